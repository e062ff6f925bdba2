import { useTranslation } from 'react-i18next';
import type { RelationsRecord } from '../../../app/shared/records/record-schema';
import type { RecordUpdate } from '../../../app/shared/records/record-layers';
import { useLanguage } from '../use-language';
import { compareRecordVersions } from './compare-record-versions';
import { describeFieldValue } from './describe-field-value';
import './RecordVersions.css';

/** One version's value of a field: its lines, or "(none)". */
function FieldValue({ field, record }: { field: string; record: RelationsRecord | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!record) return null;
  const lines = describeFieldValue(field, (record as Record<string, unknown>)[field], record.kind, t, language);
  if (lines.length === 0) return <span className="record-versions__none">{t('updates:versions.empty')}</span>;
  return (
    <>
      {lines.map((line, index) => (
        <p key={index} lang={line.lang}>
          {line.text}
        </p>
      ))}
    </>
  );
}

/**
 * The three versions of a record an update changed, side by side: theirs before (what the officer's edit was
 * based on), theirs now (or "removed by the update") and mine. A row whose versions differ is marked, in words
 * as well as colour.
 */
export function RecordVersions({ update, title }: { update: RecordUpdate; title: string }) {
  const { t } = useTranslation();
  const versions = [update.theirsBefore, update.theirsNow, update.mine];
  const rows = compareRecordVersions(versions);
  return (
    <table className="record-versions">
      <caption>{t('updates:versions.caption', { title })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('updates:versions.field')}</th>
          <th scope="col">{t('updates:versions.theirsBefore')}</th>
          <th scope="col">{update.theirsNow ? t('updates:versions.theirsNow') : `${t('updates:versions.theirsNow')}: ${t('updates:versions.removed')}`}</th>
          <th scope="col">{update.mineRetired ? t('updates:versions.mineRetired', { reason: update.mineRetired.reason }) : t('updates:versions.mine')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ field, differs }) => (
          <tr key={field} className={differs ? 'record-versions__differs' : undefined}>
            <th scope="row">
              {t(`updates:fields.${field}`, { defaultValue: field })}
              {differs && <span className="record-versions__marker">{t('updates:versions.differs')}</span>}
            </th>
            {versions.map((version, index) => (
              <td key={index}>
                {version ? <FieldValue field={field} record={version} /> : index === 1 && <span className="record-versions__none">{t('updates:versions.removed')}</span>}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
