import { AppError } from '../../shared/app-error';
import type { Article, CountryCode, RelationsRecord } from '../../shared/records/record-schema';
import type { RecordDetail } from '../../shared/records/record-layers';
import { isArticleSource } from '../../shared/records/source-kinds';
import { markOf, overridesReference } from './merged-records';
import type { OfficerEntry, EntryState } from './officer-files-schema';
import type { OfficerChange, OfficerLayer } from './officer-layer';
import type { OfficerLayerFiles } from './officer-layer-files';
import { canUndo, currentRevision, publicHistory, undoTarget, withRevision, type ChangeStamp } from './officer-revisions';
import { resolvedState, updateFor } from './record-updates';
import type { RecordsService } from './records-service';

export interface OfficerLayerOptions {
  files: OfficerLayerFiles;
  /** The reference layer as it is now (a dataset import replaces it). */
  reference: () => RecordsService;
  /** The officer's name from the settings ('' when none is set). */
  officerName: () => string;
  /** Whether records may be filed under a country: a partner state or one the reference knows. */
  knownCountry: (code: CountryCode) => boolean;
  /** The articles records cite, from the reference layer and the officer's (the merged view's). */
  citedArticles: (records: readonly RelationsRecord[]) => Promise<Article[]>;
  /** Told after every saved change with the ids it touched: the merged view and the search follow. */
  changed: (ids: readonly string[]) => Promise<void>;
  importPack: OfficerLayer['importPack'];
  now?: () => Date;
}

/** An entry of the officer's made for a record that has none yet (its first change starts the history). */
const blankEntry = (id: string): Pick<OfficerEntry, 'id' | 'revisions' | 'base'> => ({ id, revisions: [] });

/** The officer's layer over `files`: every change is a revision, on disk before its promise settles. */
export function createOfficerLayer(options: OfficerLayerOptions): OfficerLayer {
  const { files } = options;
  const listeners = new Set<(change: OfficerChange) => void>();
  const now = options.now ?? (() => new Date());
  const stamp = (): ChangeStamp => ({ at: now().toISOString(), by: options.officerName() });
  const referenceRecord = (id: string) => options.reference().findRecord(id);

  const detail = async (id: string): Promise<RecordDetail | undefined> => {
    const entry = files.entry(id);
    const own = entry !== undefined && entry.origin !== 'reference';
    const record = own ? entry.record : await referenceRecord(id);
    if (!record) return undefined;
    const reference = entry?.origin === 'edited' ? await referenceRecord(id) : undefined;
    return {
      record,
      mark: { ...markOf(entry), ...(own ? { origin: entry.origin } : {}) },
      ...(overridesReference(entry) && entry.retired ? { retired: entry.retired } : {}),
      history: publicHistory(entry),
      ...(reference ? { reference } : {}),
      articles: await options.citedArticles([record]),
      canUndo: canUndo(entry),
    };
  };
  const requireDetail = async (id: string) => {
    const found = await detail(id);
    if (!found) throw new AppError('record-not-found', { id });
    return found;
  };

  const checkRecord = async (record: RelationsRecord, articles: readonly Article[]) => {
    if (!options.knownCountry(record.country)) throw new AppError('unknown-country', { code: record.country });
    const known = new Set([...(await options.citedArticles([record])), ...articles].map((article) => article.id));
    record.sources.forEach((source, index) => {
      if (isArticleSource(source) && !known.has(source.article)) {
        throw new AppError('record-invalid', { detail: `record.sources.${index}.article: unknown article '${source.article}'` });
      }
    });
  };

  const save = async (entry: OfficerEntry, articles: readonly Article[], tell: boolean): Promise<RecordDetail> => {
    await files.addArticles(articles);
    const before = files.entry(entry.id);
    await files.putEntry(entry);
    await options.changed([entry.id]);
    const latest = entry.revisions.at(-1)!;
    if (tell) {
      const change: OfficerChange = {
        id: entry.id,
        country: entry.country,
        revision: latest.revision,
        basedOn: currentRevision(before),
        record: entry.record,
        ...(entry.retired ? { retired: entry.retired } : {}),
        articles: [...articles],
        at: latest.at,
        by: latest.by,
      };
      for (const listener of listeners) listener(change);
    }
    return requireDetail(entry.id);
  };

  /** The origin and base an officer's change gives a record: its own, or an edit of the reference version. */
  const ownership = async (entry: OfficerEntry | undefined, id: string): Promise<Pick<EntryState, 'origin'> & { base: RelationsRecord | null | undefined }> => {
    if (entry?.origin === 'mine') return { origin: 'mine', base: undefined };
    if (overridesReference(entry) && entry.base) return { origin: 'edited', base: undefined };
    return { origin: 'edited', base: (await referenceRecord(id)) ?? null };
  };

  return {
    async add(record, articles) {
      if (files.entry(record.id) || (await referenceRecord(record.id))) throw new AppError('record-exists', { id: record.id });
      await checkRecord(record, articles);
      const entry = withRevision(blankEntry(record.id), { origin: 'mine', present: true, record }, 'added', stamp());
      return save(entry, articles, true);
    },
    async edit(id, record, articles, basedOn) {
      const current = await requireDetail(id);
      if (record.id !== id) throw new AppError('record-invalid', { detail: `record.id: expected '${id}', not '${record.id}'` });
      if (basedOn !== current.mark.revision) throw new AppError('record-changed-meanwhile', { id, revision: current.mark.revision });
      await checkRecord(record, articles);
      const entry = files.entry(id);
      const { origin, base } = await ownership(entry, id);
      const state: EntryState = { origin, present: true, record, ...(current.retired ? { retired: current.retired } : {}) };
      return save(withRevision(entry ?? blankEntry(id), state, 'edited', stamp(), { base }), articles, true);
    },
    async retire(id, reason) {
      const current = await requireDetail(id);
      if (current.retired) throw new AppError('record-already-retired', { id });
      const entry = files.entry(id);
      const { origin, base } = await ownership(entry, id);
      const at = stamp();
      const state: EntryState = { origin, present: true, record: current.record, retired: { reason, ...at } };
      return save(withRevision(entry ?? blankEntry(id), state, 'retired', at, { base }), [], true);
    },
    async restore(id) {
      const entry = files.entry(id);
      if (!overridesReference(entry) || !entry.retired) throw new AppError((await detail(id)) ? 'record-not-retired' : 'record-not-found', { id });
      const state: EntryState = { origin: entry.origin, present: entry.present, record: entry.record };
      return save(withRevision(entry, state, 'restored', stamp()), [], true);
    },
    async undo(id) {
      const entry = files.entry(id);
      const target = entry && undoTarget(entry, await referenceRecord(id));
      if (!target) throw new AppError((await detail(id)) ? 'nothing-to-undo' : 'record-not-found', { id });
      return save(withRevision(entry, target.state, 'undone', stamp(), { undoTo: target.undoTo }), [], true);
    },
    detail,
    async listMine(country) {
      const mine = files.entries().filter((entry) => overridesReference(entry) && (country === undefined || entry.country === country));
      const details = await Promise.all(mine.map((entry) => detail(entry.id)));
      return details.filter((found): found is RecordDetail => found !== undefined);
    },
    updates: () => [...files.updates()],
    async resolve(id, choice) {
      const update = files.updates().find((u) => u.id === id);
      if (!update) throw new AppError('update-not-found', { id });
      const reference = await referenceRecord(id);
      const entry = files.entry(id) ?? (reference && { ...blankEntry(id), country: reference.country, origin: 'reference', present: true, record: reference });
      if (!entry) throw new AppError('record-not-found', { id });
      const resolved = resolvedState(entry, update, choice);
      const base = resolved.base === undefined && !entry.base && resolved.state.origin === 'edited' ? (reference ?? null) : resolved.base;
      const saved = await save(withRevision(entry, resolved.state, resolved.action, stamp(), { base }), [], true);
      await files.putUpdates([], [id]);
      return saved;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async applyTeamChange(change) {
      const entry = files.entry(change.id);
      const mine = await detail(change.id);
      const reference = await referenceRecord(change.id);
      if (mine && currentRevision(entry) !== change.basedOn) {
        const theirsBefore = entry?.revisions.find((r) => r.revision === change.basedOn)?.record ?? reference ?? mine.record;
        const version = { id: change.id, country: mine.record.country, record: mine.record, ...(mine.retired ? { retired: mine.retired } : {}) };
        await files.addArticles(change.articles);
        await files.putUpdates([updateFor(version, theirsBefore, change.record, { kind: 'team' })]);
        return 'conflict';
      }
      const own = await ownership(entry, change.id);
      const origin = reference || entry?.origin === 'edited' ? own.origin : 'mine';
      const base = origin === 'mine' ? undefined : own.base;
      const state: EntryState = { origin, present: true, record: change.record, ...(change.retired ? { retired: change.retired } : {}) };
      const action = change.retired ? 'retired' : change.basedOn === 0 && !reference ? 'added' : 'edited';
      await save(withRevision(entry ?? blankEntry(change.id), state, action, { at: change.at, by: change.by }, { revision: change.revision, base }), change.articles, false);
      return 'applied';
    },
    importPack: (file, packOptions) => options.importPack(file, packOptions),
  };
}
