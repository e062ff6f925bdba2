import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateSpan } from '../../../app/shared/format/format-partial-date';
import type { RecordKind, RelationsRecord } from '../../../app/shared/records/record-schema';
import { useRecordText } from '../records/use-record-text';
import { useLanguage } from '../use-language';
import './RecordTimeline.css';

/** A country's records in date order, one line each, filtered by kind with labelled checkboxes. */
export function RecordTimeline({ records, kinds }: { records: readonly RelationsRecord[]; kinds: readonly RecordKind[] }) {
  const { t } = useTranslation();
  const { t: tb } = useTranslation('browse');
  const language = useLanguage();
  const text = useRecordText();
  const [hidden, setHidden] = useState<ReadonlySet<RecordKind>>(new Set());
  const shown = records.filter((record) => !hidden.has(record.kind));

  const toggle = (kind: RecordKind) => {
    const next = new Set(hidden);
    if (!next.delete(kind)) next.add(kind);
    setHidden(next);
  };

  return (
    <section className="record-timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{tb('timeline.heading')}</h2>
      <fieldset>
        <legend>{tb('timeline.filter')}</legend>
        {kinds.map((kind) => (
          <label key={kind}>
            <input type="checkbox" checked={!hidden.has(kind)} onChange={() => toggle(kind)} />
            {t(`kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      <p role="status" className="record-timeline__count">
        {shown.length === 0 && records.length > 0 ? tb('timeline.none') : tb('timeline.shown', { count: records.length, shown: shown.length })}
      </p>
      <ol aria-labelledby="timeline-heading">
        {shown.map((record) => (
          <li key={record.id}>
            <span className="record-timeline__date">
              {record.date ? formatDateSpan(record.date, record.dateEnd, language) : t('undated')}
            </span>
            <span className="record-timeline__kind">{t(`kinds.${record.kind}`)}</span>
            <Link to={`?record=${record.id}`}>{text(record.title)}</Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
