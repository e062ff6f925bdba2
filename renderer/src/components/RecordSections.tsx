import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordMark } from '../../../app/shared/records/record-layers';
import type { Article, RecordKind, RelationsRecord } from '../../../app/shared/records/record-schema';
import { RecordEntry } from './RecordEntry';
import './RecordSections.css';

interface RecordSectionsProps {
  records: readonly RelationsRecord[];
  kinds: readonly RecordKind[];
  articles: ReadonlyMap<string, Article>;
  marks?: Readonly<Record<string, RecordMark>>;
  /** The buttons shown with each record. */
  actions?: (record: RelationsRecord) => ReactNode;
}

/** A section for each kind of record (visits, agreements, trade…), its records in date order. */
export function RecordSections({ records, kinds, articles, marks, actions }: RecordSectionsProps) {
  const { t } = useTranslation('browse');
  return (
    <>
      {kinds.map((kind) => (
        <section key={kind} className="record-section" aria-labelledby={`section-${kind}`}>
          <h2 id={`section-${kind}`}>{t(`sections.${kind}`)}</h2>
          <ol>
            {records
              .filter((record) => record.kind === kind)
              .map((record) => (
                <li key={record.id}>
                  <RecordEntry record={record} articles={articles} mark={marks?.[record.id]} actions={actions?.(record)} />
                </li>
              ))}
          </ol>
        </section>
      ))}
    </>
  );
}
