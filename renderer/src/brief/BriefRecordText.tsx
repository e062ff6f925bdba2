import { useTranslation } from 'react-i18next';
import type { RelationsRecord } from '../../../app/shared/records/record-schema';
import type { Language } from '../../../app/shared/settings/settings-schema';
import { SourceRefs } from './SourceRefs';

/**
 * A record as a brief writes it, in one language: its title, whether it was only planned (or its
 * outcome is unknown), its source marks, and its summary as stated (qualifiers and periods included).
 */
export function BriefRecordText({ record, lang, summary = true }: { record: RelationsRecord; lang: Language; summary?: boolean }) {
  const { t } = useTranslation('briefs', { lng: lang });
  const status = record.status === 'planned' || record.status === 'unknown' ? record.status : undefined;
  return (
    <>
      <span className="brief__record-title">{record.title[lang] || t('records:translationMissing')}</span>
      {status && <span className="brief__status"> ({t(`doc.status.${status}`)})</span>} <SourceRefs record={record} />
      {summary && <span className="brief__record-summary">{record.summary[lang] || t('records:translationMissing')}</span>}
    </>
  );
}
