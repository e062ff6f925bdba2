import type { TFunction } from 'i18next';
import { openDesk, type Desk, type DeskOptions } from '../core/desk';
import type { CliIo } from './cli-command';

/** The desk's pending recovery notices in the app's words (`app:notices.*`), one line each. */
export function deskNoticeLines(desk: Desk, t: TFunction): string[] {
  return desk.notices.map((notice) => t(`app:notices.${notice.code}`, { ...notice }));
}

/**
 * Opens the desk for a command and tells its pending recovery notices once on stderr. A writing command
 * acknowledges them (they are not told again); a reading one cannot, so the app still shows them.
 */
export async function openCliDesk(options: DeskOptions, io: Pick<CliIo, 'stderr'>, t: TFunction): Promise<Desk> {
  const desk = await openDesk(options);
  try {
    for (const line of deskNoticeLines(desk, t)) io.stderr(line);
    await desk.acknowledgeNotices();
  } catch (error) {
    await desk.close();
    throw error;
  }
  return desk;
}
