import { describe, expect, it } from 'vitest';
import type { RelationsRecord } from '../records/record-schema';
import { isStale, newestRecordDate } from './brief-freshness';

const dated = (date?: string, dateEnd?: string) => ({ date, dateEnd }) as RelationsRecord;

describe('freshness', () => {
  it('finds the newest date, a span counting by its end', () => {
    expect(newestRecordDate([dated('2024-06-19'), dated(undefined), dated('2017', '2025-03'), dated('2025-02-17')])).toBe('2025-03');
    expect(newestRecordDate([dated(undefined)])).toBeUndefined();
  });

  it('warns when the newest record is more than six months older than the date prepared', () => {
    expect(isStale('2025-05-09', '2026-12-01')).toBe(true);
    expect(isStale('2025-05', '2025-11-30')).toBe(false);
    expect(isStale('2025-05-09', '2025-12-01')).toBe(true);
    expect(isStale(undefined, '2025-06-01')).toBe(true);
  });
});
