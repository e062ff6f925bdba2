import { useTranslation } from 'react-i18next';
import { newRecordId } from '../../../app/shared/records/new-record-id';
import type { Article, CountryCode, RelationsRecord } from '../../../app/shared/records/record-schema';
import { newRecordDraft } from './new-record-draft';
import { RecordEditorDialog } from './RecordEditorDialog';
import { RecordHistoryDialog } from './RecordHistoryDialog';
import { RetireRecordDialog } from './RetireRecordDialog';
import type { RecordChanges } from './use-record-changes';
import { useRecordText } from './use-record-text';

/** The id a new record's form holds until it is saved under the id the record's kind gives it. */
const DRAFT_ID = 'mine-new-record';

/** Whichever record dialog the country page has open: the form (new or existing record), the retirement, the history. */
export function RecordDialogs({ changes, country, articles }: { changes: RecordChanges; country: CountryCode; articles: readonly Article[] }) {
  const { t } = useTranslation('records');
  const text = useRecordText();
  const { dialog, close } = changes;
  switch (dialog?.kind) {
    case undefined:
      return null;
    case 'add':
      return (
        <RecordEditorDialog
          heading={t('form.addHeading')}
          initial={{ record: newRecordDraft(DRAFT_ID, 'visit', country, new Date().getFullYear()), articles: [] }}
          country={country}
          knownArticles={articles}
          kindChoosable
          save={({ record, articles: cited }) =>
            changes.add({ record: { ...record, id: newRecordId(country, record.kind) } as RelationsRecord, articles: cited })
          }
          onClose={close}
        />
      );
    case 'edit':
      return (
        <RecordEditorDialog
          heading={t('form.editHeading', { title: text(dialog.detail.record.title) })}
          initial={{ record: dialog.detail.record, articles: [] }}
          country={country}
          knownArticles={[...articles, ...dialog.detail.articles.filter((article) => !articles.some((known) => known.id === article.id))]}
          kindChoosable={false}
          save={(request) => changes.edit(request, dialog.detail.mark.revision)}
          onClose={close}
        />
      );
    case 'retire':
      return <RetireRecordDialog record={dialog.record} retire={(reason) => changes.retire(dialog.record.id, reason)} onClose={close} />;
    case 'history':
      return <RecordHistoryDialog detail={dialog.detail} undo={() => void changes.undo(dialog.detail.record.id)} onClose={close} />;
  }
}
