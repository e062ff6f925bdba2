import type { RelationsRecord } from '../../../app/shared/records/record-schema';
import type { Language } from '../../../app/shared/settings/settings-schema';
import { BriefRecordText } from './BriefRecordText';

/** A record's cells of a table row: one per language of the brief, side by side. */
export function BriefRecordCells({ record, languages }: { record: RelationsRecord; languages: readonly Language[] }) {
  return languages.map((lang) => (
    <td key={lang} lang={lang}>
      <BriefRecordText record={record} lang={lang} />
    </td>
  ));
}
