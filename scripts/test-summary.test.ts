import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countPlaywright, countVitest, summaryLine } from './test-summary.mjs';

describe('test summary', () => {
  it('sums Vitest and Playwright JSON reports into one closing line', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'summary-'));
    const vitest = path.join(dir, 'vitest.json');
    const playwright = path.join(dir, 'playwright.json');
    await writeFile(vitest, JSON.stringify({ numPassedTests: 40, numFailedTests: 1, numPendingTests: 2, numTodoTests: 0 }));
    await writeFile(playwright, JSON.stringify({ stats: { expected: 7, unexpected: 2, flaky: 1, skipped: 0 } }));
    const counts = [countVitest(vitest), countPlaywright(playwright)];
    expect(summaryLine(counts as never)).toBe('48 passed, 3 failed, 2 skipped');
  });

  it('leaves out skipped when none were, and reports a missing report as undefined', () => {
    expect(summaryLine([{ passed: 3, failed: 0, skipped: 0 }])).toBe('3 passed, 0 failed');
    expect(countVitest('/nonexistent/report.json')).toBeUndefined();
  });
});
