import type { TFunction } from 'i18next';
import { formatInteger, formatMoney } from '../../../app/shared/format/format-partial-date';
import type { BilingualText } from '../../../app/shared/records/bilingual-text';
import type { RelationsRecord } from '../../../app/shared/records/record-schema';
import type { Language } from '../../../app/shared/settings/settings-schema';

export interface RecordFact {
  label: string;
  value: string;
}

/** What a record's kind adds to its title and summary, as label–value pairs in the current language. */
export function recordFacts(record: RelationsRecord, t: TFunction, language: Language): RecordFact[] {
  const say = (text: BilingualText) => text[language].trim() || t('records:translationMissing');
  const fact = (key: string, value: string | undefined): RecordFact[] => (value ? [{ label: t(`facts.${key}`), value }] : []);
  switch (record.kind) {
    case 'visit':
      return [
        ...fact('principal', `${say(record.principal.name)}, ${say(record.principal.title)}`),
        ...fact('level', t(`visitLevels.${record.level}`)),
        ...fact('direction', t(`visitDirections.${record.direction}`)),
      ];
    case 'agreement':
      return fact('parties', say(record.parties));
    case 'mechanism':
      return [...fact('mechanism', say(record.mechanism)), ...fact('session', record.session?.toString())];
    case 'trade':
      return [
        ...fact('flow', t(`flows.${record.flow}`)),
        ...fact('amount', formatMoney(record.amount, language, t)),
        ...fact('year', record.period ? `${record.year} (${say(record.period)})` : String(record.year)),
      ];
    case 'investment':
      return [
        ...fact('direction', t(`investmentDirections.${record.direction}`)),
        ...fact('projects', record.projects === undefined ? undefined : formatInteger(record.projects, language)),
        ...fact('capital', record.capital && formatMoney(record.capital, language, t)),
        ...fact('rank', record.rank === undefined ? undefined : t('facts.rankValue', { rank: record.rank, of: record.rankOutOf ?? '?' })),
      ];
    case 'people':
      return fact('count', record.count === undefined ? undefined : formatInteger(record.count, language));
    case 'multilateral':
      return [...fact('forum', say(record.forum)), ...fact('support', t(`support.${record.support}`)), ...fact('term', record.term)];
    case 'cooperation':
      return fact('area', say(record.area));
    case 'framework':
      return fact('framework', say(record.framework));
    case 'relations':
    case 'milestone':
      return [];
  }
}
