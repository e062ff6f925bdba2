import { AppError } from '../../shared/app-error';
import { briefSections, briefSpecSchema, localIsoDate, type BriefSpec } from '../../shared/briefs/brief-spec';
import type { TFunction } from 'i18next';
import type { CliRun } from '../cli-command';
import { parseCountryArgument } from './show-command';

export const briefOptions = {
  lang: { type: 'string' },
  out: { type: 'string' },
  sections: { type: 'string' },
  years: { type: 'string' },
  notes: { type: 'string' },
  tags: { type: 'string' },
  title: { type: 'string' },
  occasion: { type: 'string' },
  label: { type: 'string' },
  dates: { type: 'string' },
  prepared: { type: 'string' },
  data: { type: 'string' },
  chromium: { type: 'string' },
} as const;

const list = (value: string | undefined) =>
  value === undefined ? undefined : value.split(',').map((item) => item.trim()).filter(Boolean);

function usage(detail: string): AppError {
  return new AppError('usage', { detail });
}

function parseYears(value: string | undefined, t: TFunction): number | undefined {
  if (value === undefined || value === 'all') return undefined;
  const years = Number(value);
  if (!Number.isInteger(years) || years < 1) throw usage(t('yearsInvalid', { value }));
  return years;
}

function parseDates(value: string | undefined): BriefSpec['dates'] {
  if (value === undefined) return undefined;
  const [start = '', end] = value.split('..');
  return end === undefined ? { start } : { start, end };
}

/** The brief a `country-desk brief` command line asks for; usage errors (in `t`'s language) name the flag. */
export function parseBriefFlags(
  { values, positionals }: Pick<CliRun<typeof briefOptions>, 'values' | 'positionals'>,
  t: TFunction,
  today = localIsoDate(),
): BriefSpec {
  const tags = list(values.tags);
  const candidate = {
    countries: positionals.map(parseCountryArgument),
    language: values.lang ?? 'vi',
    sections: list(values.sections) ?? [...briefSections],
    timelineYears: parseYears(values.years, t),
    notes: values.notes ?? (tags ? 'tagged' : 'pinned'),
    noteTags: tags,
    title: values.title,
    occasion: values.occasion,
    label: values.label,
    dates: parseDates(values.dates),
    prepared: values.prepared ?? today,
  };
  const parsed = briefSpecSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const flag = { language: 'lang', timelineYears: 'years', noteTags: 'tags', countries: 'CODE' }[String(issue?.path[0])] ?? String(issue?.path[0]);
    const detail = issue?.message ?? '';
    throw usage(
      flag === 'sections'
        ? t('sectionsInvalid', { detail, choices: briefSections.join(', ') })
        : t('flagInvalid', { flag, detail }),
    );
  }
  return parsed.data;
}
