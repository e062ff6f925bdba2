import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateSpan } from '../../../app/shared/format/format-partial-date';
import type { RecordMark } from '../../../app/shared/records/record-layers';
import type { Article, RelationsRecord } from '../../../app/shared/records/record-schema';
import { RecordOriginMark } from '../records/RecordOriginMark';
import { useRecordText } from '../records/use-record-text';
import { useLanguage } from '../use-language';
import { NotesPanel } from './NotesPanel';
import { recordFacts } from './record-facts';
import { SourceDialog } from './SourceDialog';
import './RecordEntry.css';

/** The DOM id of a record's heading: where search results and timeline links take the officer. */
export function recordHeadingId(recordId: string): string {
  return `record-${recordId}`;
}

interface RecordEntryProps {
  record: RelationsRecord;
  articles: ReadonlyMap<string, Article>;
  /** Where the record comes from (reference, the officer's, edited by the officer). */
  mark?: RecordMark;
  /** What the officer can do to the record (edit, retire…). */
  actions?: ReactNode;
}

/** One record: date, kind and origin, title, summary, the facts of its kind, and a button showing its sources. */
export function RecordEntry({ record, articles, mark, actions }: RecordEntryProps) {
  const { t } = useTranslation();
  const text = useRecordText();
  const { t: tb } = useTranslation('browse');
  const language = useLanguage();
  const [showSource, setShowSource] = useState(false);
  const headingId = recordHeadingId(record.id);
  const facts = recordFacts(record, tb, language);
  return (
    <article className="record-entry" aria-labelledby={headingId}>
      <p className="record-entry__meta">
        {record.date ? formatDateSpan(record.date, record.dateEnd, language) : t('undated')} · {t(`kinds.${record.kind}`)} · <RecordOriginMark mark={mark} />
      </p>
      <h3 id={headingId} tabIndex={-1}>
        {text(record.title)}
      </h3>
      <p>{text(record.summary)}</p>
      {facts.length > 0 && (
        <dl className="record-entry__facts">
          {facts.map(({ label, value }) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <button
        type="button"
        className="record-entry__source"
        aria-haspopup="dialog"
        aria-label={tb('source.open', { title: text(record.title) })}
        onClick={() => setShowSource(true)}
      >
        {tb('source.button')}
      </button>
      {actions}
      {showSource && <SourceDialog record={record} articles={articles} onClose={() => setShowSource(false)} />}
      <NotesPanel country={record.country} recordId={record.id} recordTitle={text(record.title)} />
    </article>
  );
}
