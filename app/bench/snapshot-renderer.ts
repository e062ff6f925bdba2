import { existsSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { builtRendererDir } from '../host/commands/serve-command';

const hasIndex = (dir: string) => existsSync(path.join(dir, 'index.html'));

/**
 * Copies the built renderer into the bench's folder, so that a rebuild while the bench runs cannot pull
 * the page away in the middle of a print. Undefined when the renderer is not built.
 */
export async function snapshotBuiltRenderer(folder: string): Promise<string | undefined> {
  const built = builtRendererDir();
  if (!hasIndex(built)) return undefined;
  const copy = path.join(folder, 'renderer');
  await cp(built, copy, { recursive: true });
  return hasIndex(copy) ? copy : undefined;
}
