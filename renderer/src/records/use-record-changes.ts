import { useCallback, useState } from 'react';
import type { RecordDetail } from '../../../app/shared/records/record-layers';
import type { RelationsRecord } from '../../../app/shared/records/record-schema';
import { api } from '../api';
import { useStatusMessage } from '../use-status-message';
import type { ValidRecordRequest } from './check-record-draft';
import { useRecordText } from './use-record-text';

/** The dialog open on the country page: the form of a new or an existing record, a retirement, a history. */
export type RecordDialog =
  | { kind: 'add' }
  | { kind: 'edit'; detail: RecordDetail }
  | { kind: 'retire'; record: RelationsRecord }
  | { kind: 'history'; detail: RecordDetail };

/**
 * What the officer does to a country's records: add, edit, retire, restore, undo. Each change is saved by the core,
 * the page reloaded, and said on the status line with an Undo of that change.
 */
export function useRecordChanges(reload: () => void) {
  const text = useRecordText();
  const [dialog, setDialog] = useState<RecordDialog>();
  const [failure, setFailure] = useState<unknown>();
  const status = useStatusMessage(setFailure);

  const undo = useCallback(
    async (id: string) => {
      const detail = await api.undoRecordChange({ id });
      reload();
      status.say({ key: 'records:changed.undone', params: { title: text(detail.record.title) } });
    },
    [reload, status, text],
  );
  const changed = useCallback(
    (detail: RecordDetail, key: string) => {
      setFailure(undefined);
      reload();
      status.say({ key: `records:changed.${key}`, params: { title: text(detail.record.title) } }, () => undo(detail.record.id));
    },
    [reload, status, undo, text],
  );
  const open = (id: string, as: 'edit' | 'history') => {
    setFailure(undefined);
    api.getRecord({ id }).then((detail) => setDialog({ kind: as, detail }), setFailure);
  };

  return {
    dialog,
    failure,
    status,
    close: () => setDialog(undefined),
    openAdd: () => setDialog({ kind: 'add' }),
    openEdit: (id: string) => open(id, 'edit'),
    openHistory: (id: string) => open(id, 'history'),
    openRetire: (record: RelationsRecord) => setDialog({ kind: 'retire', record }),
    add: async (request: ValidRecordRequest) => changed(await api.addRecord(request), 'added'),
    edit: async (request: ValidRecordRequest, basedOn: number) =>
      changed(await api.editRecord({ id: request.record.id, record: request.record, articles: request.articles, basedOn }), 'edited'),
    retire: async (id: string, reason: string) => changed(await api.retireRecord({ id, reason }), 'retired'),
    restore: (id: string) => api.restoreRecord({ id }).then((detail) => changed(detail, 'restored'), setFailure),
    undo: (id: string) => undo(id).catch(setFailure),
  };
}

export type RecordChanges = ReturnType<typeof useRecordChanges>;
