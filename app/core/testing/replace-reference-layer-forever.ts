import { bundledDataset } from '../records/load-bundled-dataset';
import { openReferenceLayer } from '../records/open-reference-layer';

/**
 * A process that replaces the reference layer of a data folder again and again, each time with the
 * resources' dataset under a new version, and says on stdout when each replace starts: a test kills it
 * (SIGKILL) while a replace is writing. Run as `node --import tsx this-file DATA_DIR RESOURCES_DIR`.
 */
const [dataDir, resourcesDir] = process.argv.slice(2) as [string, string];
const bundled = bundledDataset(resourcesDir);
const dataset = await bundled.load();
const layer = await openReferenceLayer(dataDir, bundled, false);
for (let n = 1; ; n += 1) {
  process.stdout.write(`replacing ${n}\n`);
  await layer.replace({ ...dataset, datasetVersion: `${dataset.datasetVersion}.${n}` });
}
