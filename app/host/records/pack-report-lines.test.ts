import { describe, expect, it } from 'vitest';
import { createNodeTranslator } from '../../core/i18n/node-translator';
import { packReportLines } from './pack-report-lines';

const translate = createNodeTranslator();
const report = {
  fromVersion: '2026.12.2',
  toVersion: '2026.12.3',
  dryRun: true,
  added: ['mn-visit-2025'],
  changed: Array.from({ length: 22 }, (_, i) => `az-trade-${2000 + i}`),
  removed: [],
  conflicts: ['az-visit-2014-05'],
  countries: 6,
  records: 102,
  notesOnRemovedRecords: 0,
};

describe('the dataset pack report', () => {
  it('names the ids of each part, up to twenty, and says when nothing would be changed', () => {
    const lines = packReportLines(report, translate('en'));
    expect(lines[0]).toMatch(/^Would import dataset 2026\.12\.3: 6 countries, 102 records, replacing 2026\.12\.2 .*Nothing was changed\.$/);
    expect(lines.slice(1)).toEqual([
      'New (1): mn-visit-2025',
      `Changed (22): ${report.changed.slice(0, 20).join(', ')} and 2 more`,
      'Removed (0): none',
      'Changed under your edits, kept for you in the Updates list (1): az-visit-2014-05',
    ]);
  });

  it('speaks Vietnamese and tells the notes left on removed records', () => {
    const lines = packReportLines({ ...report, dryRun: false, changed: [], notesOnRemovedRecords: 2 }, translate('vi'));
    expect(lines).toHaveLength(6);
    expect(lines[2]).toBe('Thay đổi (0): không có');
    expect(lines[5]).toMatch(/2/);
  });
});
