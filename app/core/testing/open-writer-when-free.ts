import { openDesk, type Desk } from '../desk';

/**
 * Opens a writer of `dataDir` as soon as the folder's lock lets one in (another process holds it until
 * then): bounded polling, up to `limitMs`, then the refusal is thrown.
 */
export async function openWriterWhenFree(dataDir: string, limitMs: number, resourcesDir?: string): Promise<Desk> {
  const until = Date.now() + limitMs;
  for (;;) {
    try {
      return await openDesk({ dataDir, access: 'write', ...(resourcesDir === undefined ? {} : { resourcesDir }) });
    } catch (error) {
      if ((error as { code?: string }).code !== 'data-locked' || Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
