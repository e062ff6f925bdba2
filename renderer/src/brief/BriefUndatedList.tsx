import type { RelationsRecord } from '../../../app/shared/records/record-schema';
import type { Language } from '../../../app/shared/settings/settings-schema';
import { BriefRecordText } from './BriefRecordText';

interface BriefUndatedListProps {
  records: readonly RelationsRecord[];
  languages: readonly Language[];
}

/** The area a cooperation record is about, as its list groups it; none for other kinds. */
const areaOf = (record: RelationsRecord, lang: Language) => (record.kind === 'cooperation' ? record.area[lang] : undefined);

/**
 * Records without a date (ongoing cooperation, standing facts) as a list, apart from the dated ones
 * and never with a date column; cooperation led by its area. Two languages print as paired rows.
 */
export function BriefUndatedList({ records, languages }: BriefUndatedListProps) {
  if (records.length === 0) return null;
  const item = (record: RelationsRecord, lang: Language) => {
    const area = areaOf(record, lang);
    return (
      <>
        {area && <strong className="brief__area">{area}: </strong>}
        <BriefRecordText record={record} lang={lang} />
      </>
    );
  };
  if (languages.length > 1) {
    return (
      <table className="brief__table brief__table--bilingual brief__paired">
        <tbody>
          {records.map((record) => (
            <tr key={record.id}>
              {languages.map((lang) => (
                <td key={lang} lang={lang}>
                  {item(record, lang)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  const lang = languages[0] ?? 'vi';
  return (
    <ul className="brief__ongoing">
      {records.map((record) => (
        <li key={record.id}>{item(record, lang)}</li>
      ))}
    </ul>
  );
}
