import { useTranslation } from 'react-i18next';
import { formatDateSpan } from '../../../app/shared/format/format-partial-date';
import type { BilingualText } from '../../../app/shared/records/bilingual-text';
import type { Article, RelationsRecord } from '../../../app/shared/records/record-schema';
import { recordFacts } from '../components/record-facts';
import { useLanguage } from '../use-language';
import { RecordSourceLine } from './RecordSourceLine';
import './RecordView.css';

/**
 * A record's fields, read only: kind, date, status, title and summary in both languages (with their translation
 * status), its kind's facts and its sources. For comparing versions side by side (the Updates list) and the history.
 */
export function RecordView({ record, articles, label }: { record: RelationsRecord; articles: ReadonlyMap<string, Article>; label?: string }) {
  const { t } = useTranslation('records');
  const { t: ta } = useTranslation();
  const { t: tb } = useTranslation('browse');
  const language = useLanguage();
  const both = (text: BilingualText) => (
    <>
      <span lang="vi">{text.vi.trim() || t('translationMissing')}</span>
      {' / '}
      <span lang="en">{text.en.trim() || t('translationMissing')}</span> <span className="record-view__status">({t(`translation.${text.translation}`)})</span>
    </>
  );
  return (
    <dl className="record-view" aria-label={label}>
      <dt>{t('form.kind')}</dt>
      <dd>{ta(`kinds.${record.kind}`)}</dd>
      <dt>{t('form.date')}</dt>
      <dd>{record.date ? formatDateSpan(record.date, record.dateEnd, language) : ta('undated')}</dd>
      <dt>{t('form.status')}</dt>
      <dd>{t(`recordStatus.${record.status ?? 'held'}`)}</dd>
      <dt>{t('form.title')}</dt>
      <dd>{both(record.title)}</dd>
      <dt>{t('form.summary')}</dt>
      <dd>{both(record.summary)}</dd>
      {recordFacts(record, tb, language).map(({ label: fact, value }) => (
        <div key={fact}>
          <dt>{fact}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      <dt>{t('form.source.heading')}</dt>
      {record.sources.map((source, index) => (
        <dd key={index}>
          <RecordSourceLine source={source} articles={articles} />
        </dd>
      ))}
    </dl>
  );
}
