import type { TFunction } from 'i18next';
import type { Language } from '../shared/settings/settings-schema';
import { figureIds, type Figure, type FigureId } from './bench-figures';
import { benchQueries } from './bench-queries';
import type { BenchReport } from './bench-report';
import { benchTargets, type TargetCheck } from './bench-targets';

const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

function numberFormat(language: Language, digits: number) {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** Milliseconds with the precision that matters at their size: 0.42, 8.3, 1,234. */
function formatMs(language: Language, ms: number): string {
  const digits = ms < 10 ? 2 : ms < 100 ? 1 : 0;
  return `${numberFormat(language, digits).format(ms)} ms`;
}

function statusCell(t: TFunction, check: TargetCheck | undefined): string {
  if (!check) return '';
  const mark = { met: '✅', missed: '❌', 'not-measured': '–' }[check.status];
  return `${mark} ${t(`bench:status.${check.status}`)}`;
}

function targetCell(t: TFunction, language: Language, check: TargetCheck | undefined): string {
  if (!check) return '';
  if (check.statistic === 'medianRatioToSmallScale') return `≤ ${numberFormat(language, 1).format(check.limit)}×`;
  return t('bench:targetLimit', { limit: `${numberFormat(language, 0).format(check.limit)} ms`, statistic: t(`bench:statistics.${check.statistic}`) });
}

function figureRow(t: TFunction, language: Language, id: FigureId, figure: Figure, check: TargetCheck | undefined): string {
  const label = t(`bench:figures.${id}`, { count: benchQueries.length });
  const values = figure.measured
    ? [formatMs(language, figure.median), formatMs(language, figure.p95), String(figure.runs)]
    : [t('bench:notMeasured', { reason: t(`bench:reasons.${figure.reason}`, { detail: figure.detail ?? '' }) }), '', ''];
  return `| ${[label, ...values, targetCell(t, language, check), statusCell(t, check)].join(' | ')} |`;
}

function growthRow(t: TFunction, language: Language, check: TargetCheck): string {
  const value = check.value === undefined ? t('bench:status.not-measured') : `${numberFormat(language, 2).format(check.value)}×`;
  return `| ${[t(`bench:figures.${check.id}`), value, '', '', targetCell(t, language, check), statusCell(t, check)].join(' | ')} |`;
}

function slowestQueryLine(t: TFunction, language: Language, report: BenchReport): string | undefined {
  const [query, timing] = Object.entries(report.searchByQuery).sort(([, a], [, b]) => b.median - a.median)[0] ?? [];
  if (query === undefined || timing === undefined) return undefined;
  return t('bench:slowestQuery', { query, median: formatMs(language, timing.median), p95: formatMs(language, timing.p95) });
}

function comparisonRows(t: TFunction, language: Language, report: BenchReport): string[] {
  if (report.comparisons.length === 0) return [];
  const ratio = numberFormat(language, 2);
  return [
    '',
    `| ${['measure', 'ours', 'floor', 'ratio', 'target'].map((column) => t(`bench:comparisons.columns.${column}`)).join(' | ')} |`,
    '| --- | ---: | ---: | ---: | --- |',
    ...report.comparisons.map((comparison) => {
      const cells = [
        t(`bench:comparisons.${comparison.id}`, { statistic: t(`bench:statistics.${comparison.statistic}`) }),
        formatMs(language, comparison.value),
        formatMs(language, comparison.floor),
        `${ratio.format(comparison.ratio)}×`,
        comparison.target === undefined ? '' : `≤ ${numberFormat(language, 1).format(comparison.target)}× ${comparison.ratio <= comparison.target ? '✅' : '❌'}`,
      ];
      return `| ${cells.join(' | ')} |`;
    }),
  ];
}

function startScreenLine(t: TFunction, language: Language, report: BenchReport): string | undefined {
  if (report.startScreen === undefined) return undefined;
  const kb = numberFormat(language, 0);
  return t('bench:startScreen', { kb: kb.format(report.startScreen.bytes / 1024), totalKb: kb.format(report.startScreen.totalBytes / 1024) });
}

/** The report as a short Markdown table with the data, memory and machine beneath: what `--out` writes beside the JSON. */
export function benchMarkdown(report: BenchReport, t: TFunction, language: Language): string {
  const checkFor = (id: FigureId) => report.targets.find((check) => check.id === id);
  const rows = figureIds.flatMap((id) => {
    const figure = report.figures[id];
    if (!figure) return [];
    const row = figureRow(t, language, id, figure, checkFor(id));
    const growthTarget = benchTargets.find((target) => 'smallScale' in target && target.smallScale === id);
    const growth = growthTarget ? report.targets.find((check) => check.id === growthTarget.id) : undefined;
    return growth ? [row, growthRow(t, language, growth)] : [row];
  });
  const count = numberFormat(language, 0);
  const oneDecimal = numberFormat(language, 1);
  const { data, memory, machine } = report;
  return [
    `### ${t('bench:heading', { scale: report.scale })}`,
    '',
    `| ${['measure', 'median', 'p95', 'runs', 'target', 'status'].map((column) => t(`bench:columns.${column}`)).join(' | ')} |`,
    '| --- | ---: | ---: | ---: | --- | --- |',
    ...rows,
    ...comparisonRows(t, language, report),
    '',
    ...[
      slowestQueryLine(t, language, report),
      startScreenLine(t, language, report),
      t('bench:rankingAgreement', { agreeing: report.rankingAgreement.agreeing.length, total: report.rankingAgreement.queries.length }),
      t('bench:data', {
        countries: count.format(data.countries),
        records: count.format(data.records),
        megabytes: oneDecimal.format(data.recordsFileMb),
        notes: count.format(data.notes),
        seconds: oneDecimal.format(data.generationMs / 1000),
      }),
      t('bench:memory', { rss: count.format(memory.rssPeakMb), heap: count.format(memory.heapPeakMb) }),
      t('bench:machine', {
        cpu: machine.cpu,
        cores: machine.cores,
        memory: oneDecimal.format(machine.memoryGb),
        node: machine.node,
        platform: machine.platform,
        loadStart: numberFormat(language, 2).format(machine.loadAverage.start),
        loadEnd: numberFormat(language, 2).format(machine.loadAverage.end),
        date: machine.date.slice(0, 16).replace('T', ' '),
      }),
    ]
      .filter((line) => line !== undefined)
      .map((line) => `- ${line}`),
  ].join('\n');
}
