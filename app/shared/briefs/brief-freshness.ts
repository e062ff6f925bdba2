import type { RelationsRecord } from '../records/record-schema';

/** Data older than this many months before the date prepared gets a plain warning. */
export const STALE_AFTER_MONTHS = 6;

/** The newest date among the records (a span's end counts), as written; undefined when none is dated. */
export function newestRecordDate(records: readonly RelationsRecord[]): string | undefined {
  let newest: string | undefined;
  for (const record of records) {
    for (const date of [record.date, record.dateEnd]) if (date !== undefined && (newest === undefined || date > newest)) newest = date;
  }
  return newest;
}

/** The number of whole months from the start of `from` (`YYYY[-MM[-DD]]`) to `to`. */
function monthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth = 1] = from.split('-').map(Number);
  const [toYear, toMonth = 1] = to.split('-').map(Number);
  return (toYear! - fromYear!) * 12 + (toMonth - fromMonth);
}

/** True when the newest record is more than six months older than the date prepared (or nothing is dated). */
export function isStale(newest: string | undefined, prepared: string): boolean {
  return newest === undefined || monthsBetween(newest, prepared) > STALE_AFTER_MONTHS;
}
