import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../app/shared/format/format-partial-date';
import type { Country, RelationsRecord } from '../../../app/shared/records/record-schema';
import type { Language } from '../../../app/shared/settings/settings-schema';
import { BriefRecordText } from './BriefRecordText';

interface BriefBasicFactsProps {
  country: Country;
  /** The records of basic information: relations, the framework in force, the missions. */
  records: readonly RelationsRecord[];
  languages: readonly Language[];
}

interface FactRow {
  key: string;
  label: (lang: Language) => string;
  value: (lang: Language) => ReactNode;
}

const LABELS: Partial<Record<RelationsRecord['kind'], string>> = { relations: 'doc.relations', framework: 'doc.framework' };

/** Basic information: official name, capital, relations established, the framework in force and since when, representation. */
export function BriefBasicFacts({ country, records, languages }: BriefBasicFactsProps) {
  const { t: tVi } = useTranslation('briefs', { lng: 'vi' });
  const { t: tEn } = useTranslation('briefs', { lng: 'en' });
  const t = (lang: Language) => (lang === 'vi' ? tVi : tEn);
  const rows: FactRow[] = [];
  const { officialName, capital } = country;
  if (officialName) rows.push({ key: 'name', label: (lang) => t(lang)('doc.officialName'), value: (lang) => officialName[lang] });
  if (capital) rows.push({ key: 'capital', label: (lang) => t(lang)('doc.capital'), value: (lang) => capital[lang] });
  for (const record of records) {
    rows.push({
      key: record.id,
      label: (lang) => t(lang)(LABELS[record.kind] ?? 'doc.representation'),
      value: (lang) => (
        <>
          {record.date && `${formatPartialDate(record.date, lang)}: `}
          <BriefRecordText record={record} lang={lang} summary={record.kind === 'milestone'} />
        </>
      ),
    });
  }
  return (
    <table className={`brief__table brief__figures${languages.length > 1 ? ' brief__table--bilingual' : ''}`}>
      <tbody>
        {rows.map((row) =>
          languages.length > 1 ? (
            <tr key={row.key}>
              {languages.map((lang) => (
                <td key={lang} lang={lang}>
                  <strong>{row.label(lang)}:</strong> {row.value(lang)}
                </td>
              ))}
            </tr>
          ) : (
            <tr key={row.key}>
              <th scope="row">{row.label(languages[0] ?? 'vi')}</th>
              <td>{row.value(languages[0] ?? 'vi')}</td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
