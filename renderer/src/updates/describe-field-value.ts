import type { TFunction } from 'i18next';
import { formatInteger, formatPartialDate, qualifyAmount } from '../../../app/shared/format/format-partial-date';
import type { RecordKind } from '../../../app/shared/records/record-schema';
import type { Language } from '../../../app/shared/settings/settings-schema';

/** One line of a field's value as the comparison shows it; `lang` when it is text in one language. */
export interface FieldLine {
  text: string;
  lang?: Language;
}

type Shape = Record<string, unknown>;

const isShape = (value: unknown): value is Shape => typeof value === 'object' && value !== null && !Array.isArray(value);
const isBilingual = (value: Shape) => typeof value.vi === 'string' && typeof value.en === 'string';
const isMoney = (value: Shape) => typeof value.value === 'number' && typeof value.currency === 'string';
const isPerson = (value: Shape) => isShape(value.name) && isShape(value.title);

/** Where the words of a field's coded values are, by field (and record kind where two kinds share a field). */
function codeWordsKey(field: string, kind: RecordKind): string | undefined {
  if (field === 'kind') return 'app:kinds';
  if (field === 'flow') return 'browse:flows';
  if (field === 'support') return 'browse:support';
  if (field === 'status') return 'updates:statuses';
  if (field === 'level' && kind === 'visit') return 'browse:visitLevels';
  if (field === 'direction') return kind === 'visit' ? 'browse:visitDirections' : 'browse:investmentDirections';
  return undefined;
}

function describeShape(value: Shape, t: TFunction, language: Language): FieldLine[] {
  if (isBilingual(value)) {
    const status = typeof value.translation === 'string' ? t(`updates:translation.${value.translation}`, { defaultValue: value.translation }) : '';
    return [
      { text: String(value.vi), lang: 'vi' },
      { text: status ? `${String(value.en)} (${status})` : String(value.en), lang: 'en' },
    ];
  }
  if (isMoney(value)) {
    const written = `${formatInteger(value.value as number, language)} ${String(value.currency)}`;
    return [{ text: qualifyAmount(written, value.qualifier as Parameters<typeof qualifyAmount>[1], t) }];
  }
  if (isPerson(value)) {
    const name = (value.name as Shape)[language];
    const title = (value.title as Shape)[language];
    return [{ text: `${String(name)}, ${String(title)}${typeof value.country === 'string' ? ` (${value.country})` : ''}`, lang: language }];
  }
  if (typeof value.confidence === 'string') {
    const kind = value.kind === 'document' || value.kind === 'knowledge' ? t(`browse:source.kinds.${value.kind}`) : undefined;
    const where = [kind, value.article, value.title, value.number, value.date].filter((part) => typeof part === 'string' && part !== '').join(', ');
    const confidence = t(`browse:confidence.${value.confidence}`, { defaultValue: value.confidence });
    const text =
      typeof value.passage === 'string'
        ? t('updates:versions.source', { where, passage: value.passage, confidence })
        : t('updates:versions.sourceWithoutPassage', { where, confidence });
    return [{ text }];
  }
  return [{ text: JSON.stringify(value) }];
}

/**
 * A record field's value as lines of text in the current language, for the three versions side by side:
 * both languages of a bilingual text (a difference in either shows), dates and numbers as the language
 * writes them, coded values in words. An absent value gives no line.
 */
export function describeFieldValue(field: string, value: unknown, kind: RecordKind, t: TFunction, language: Language): FieldLine[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => describeFieldValue(field, item, kind, t, language));
  if (isShape(value)) return describeShape(value, t, language);
  if (typeof value === 'number') return [{ text: field === 'year' ? String(value) : formatInteger(value, language) }];
  const text = String(value);
  if ((field === 'date' || field === 'dateEnd') && /^\d{4}(-\d{2}){0,2}$/.test(text)) return [{ text: formatPartialDate(text, language) }];
  const wordsKey = codeWordsKey(field, kind);
  return [{ text: wordsKey ? t(`${wordsKey}.${text}`, { defaultValue: text }) : text }];
}
