import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { RequestFailure } from '../components/RequestFailure';
import { UndoStatus } from '../components/UndoStatus';
import { RecordUpdateCard } from '../updates/RecordUpdateCard';
import { resolvedStatusKey, type ResolveChoice } from '../updates/resolve-choice';
import { useUpdatesCount } from '../updates/updates-count';
import { useLanguage } from '../use-language';
import { useRequest } from '../use-request';
import { useStatusMessage } from '../use-status-message';
import './UpdatesScreen.css';

/**
 * The Updates list: records the officer edited or retired that an update changed, each with its three versions
 * and the decision (keep mine, take theirs, merge by field), which the status line's Undo takes back.
 */
export function UpdatesScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { refresh } = useUpdatesCount();
  const [failure, setFailure] = useState<unknown>();
  const { message, say, dismiss } = useStatusMessage(setFailure);
  const [resolving, setResolving] = useState<string>();
  const [updates, { reload }] = useRequest(() => api.listRecordUpdates({}), []);

  const changed = useCallback(() => {
    reload();
    refresh();
  }, [reload, refresh]);

  const resolve = (choice: ResolveChoice, title: string) => {
    setFailure(undefined);
    setResolving(choice.id);
    api
      .resolveRecordUpdate(choice)
      .then(() => {
        say({ key: resolvedStatusKey(choice.choice), params: { title } }, async () => {
          await api.undoRecordChange({ id: choice.id });
          changed();
          say({ key: 'updates:status.undone', params: { title } });
        });
        changed();
      }, setFailure)
      .finally(() => setResolving(undefined));
  };

  const shown = updates.status === 'done' ? updates.value : updates.status === 'loading' ? updates.previous : undefined;
  return (
    <section className="updates-screen" aria-labelledby="updates-heading">
      <h1 id="updates-heading">{t('updates:list.heading')}</h1>
      <p>{t('updates:list.intro')}</p>
      <UndoStatus message={message} onDismiss={dismiss} />
      {failure !== undefined && <RequestFailure error={failure} />}
      {updates.status === 'failed' && <RequestFailure error={updates.error} />}
      {shown === undefined && updates.status === 'loading' && <p>{t('loading')}</p>}
      {shown?.length === 0 && <p>{t('updates:list.empty')}</p>}
      {shown?.map((update) => (
        <RecordUpdateCard
          key={update.id}
          update={update}
          busy={resolving === update.id}
          onResolve={(choice) => resolve(choice, update.mine.title[language])}
        />
      ))}
    </section>
  );
}
