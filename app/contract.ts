/**
 * The one list of what the renderer may ask. No Node or Electron imports here: the renderer,
 * the preload, the browser host and the core all read this file.
 * Adding a request: add it here, add its handler in app/core/handlers.ts, use it from a screen.
 */
import { z } from 'zod';
import type { TeamSyncReport, TeamSyncStatus } from './shared/sync/team-sync-status';
import type { PartnerCountry } from './shared/countries/partner-country-schema';
import type { SerializedAppError } from './shared/app-error';
import type { BriefData } from './shared/briefs/brief-data';
import { briefSpecSchema } from './shared/briefs/brief-spec';
import type { PrintBriefResult } from './shared/briefs/print-brief-result';
import type { NoteRevision } from './shared/notes/note-schema';
import {
  importNotesInputSchema,
  listNotesInputSchema,
  noteIdInputSchema,
  restoreNoteRevisionInputSchema,
  saveNoteInputSchema,
  type NoteListing,
  type NotesExportDownload,
  type NotesImportReport,
} from './shared/notes/note-requests';
import type { NoteView } from './shared/notes/note-view';
import { countryCodeSchema } from './shared/records/record-schema';
import type { Article, Country, RelationsRecord } from './shared/records/record-schema';
import type { CountrySummary } from './shared/records/country-summary';
import {
  addRecordInputSchema,
  editRecordInputSchema,
  importDatasetPackInputSchema,
  recordIdInputSchema,
  resolveRecordUpdateInputSchema,
  retireRecordInputSchema,
  type DatasetPackReport,
  type RecordDetail,
  type RecordMark,
  type RecordRetirement,
  type RecordUpdate,
} from './shared/records/record-layers';
import type { SearchHit } from './shared/search/search-hit';
import type { SearchIndexState } from './shared/search/search-index-state';
import { settingsPatchSchema, type Settings } from './shared/settings/settings-schema';
import type { StoreNotice } from './shared/store/store-notice';

/** Declares a request: `request<Output>()(inputSchema)`. */
function request<Output>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output });
}

const noInput = z.object({}).strict();

export interface DeskStatus {
  dataDir: string;
  readOnly: boolean;
  notices: StoreNotice[];
  datasetVersion: string;
  asOf: string;
  /** Whether every record is searchable yet: after a dataset update the index is built in the background. */
  searchIndex: SearchIndexState;
}

/** One partner state and how many records the desk holds on it. */
export interface PartnerSummary {
  partner: PartnerCountry;
  recordCount: number;
}

export interface CountryPage {
  country: Country;
  /** The partner state's basics (official name, capital, region), for every partner Vietnam has. */
  partner?: PartnerCountry;
  /** The merged view (reference and the officer's layer), retired records left out. */
  records: RelationsRecord[];
  /** How each record of `records` is marked (origin, last change), by id. */
  marks: Record<string, RecordMark>;
  /** The country's retired records, shown apart with the reason. */
  retired: { record: RelationsRecord; retired: RecordRetirement }[];
  /** The articles the records cite. */
  articles: Article[];
}

export const contract = {
  getStatus: request<DeskStatus>()(noInput),
  getSettings: request<Settings>()(noInput),
  updateSettings: request<Settings>()(settingsPatchSchema),
  listCountries: request<CountrySummary[]>()(noInput),
  listPartners: request<PartnerSummary[]>()(noInput),
  getCountry: request<CountryPage>()(z.object({ code: countryCodeSchema }).strict()),
  search: request<SearchHit[]>()(
    z.object({ query: z.string().min(1).max(200), limit: z.number().int().min(1).max(100).optional(), country: countryCodeSchema.optional() }).strict(),
  ),
  getBrief: request<BriefData>()(briefSpecSchema),
  printBrief: request<PrintBriefResult>()(briefSpecSchema),
  listNotes: request<NoteListing>()(listNotesInputSchema),
  saveNote: request<NoteView>()(saveNoteInputSchema),
  deleteNote: request<NoteView>()(noteIdInputSchema),
  restoreNote: request<NoteView>()(noteIdInputSchema),
  listNoteRevisions: request<NoteRevision[]>()(noteIdInputSchema),
  restoreNoteRevision: request<NoteView>()(restoreNoteRevisionInputSchema),
  getRecord: request<RecordDetail>()(recordIdInputSchema),
  addRecord: request<RecordDetail>()(addRecordInputSchema),
  editRecord: request<RecordDetail>()(editRecordInputSchema),
  retireRecord: request<RecordDetail>()(retireRecordInputSchema),
  restoreRecord: request<RecordDetail>()(recordIdInputSchema),
  undoRecordChange: request<RecordDetail>()(recordIdInputSchema),
  listRecordUpdates: request<RecordUpdate[]>()(noInput),
  resolveRecordUpdate: request<RecordDetail>()(resolveRecordUpdateInputSchema),
  importDatasetPack: request<DatasetPackReport>()(importDatasetPackInputSchema),
  getTeamSyncStatus: request<TeamSyncStatus>()(noInput),
  syncTeam: request<TeamSyncReport>()(noInput),
  exportNotes: request<NotesExportDownload>()(noInput),
  importNotes: request<NotesImportReport>()(importNotesInputSchema),
};

export type Contract = typeof contract;
export type RequestName = keyof Contract;
export type RequestInput<K extends RequestName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends RequestName> = z.output<Contract[K]['input']>;
export type RequestOutput<K extends RequestName> = Contract[K]['output'];

/** What the core implements: one handler per request, checked by the compiler. */
export type Handlers = { [K in RequestName]: (input: ParsedInput<K>) => Promise<RequestOutput<K>> };

/** How a reply crosses a transport: a value, or an error with a stable code. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: SerializedAppError };

/** What a transport carries: the preload's IPC bridge and the HTTP client both satisfy it. */
export type ContractTransport = {
  [K in RequestName]: (input: RequestInput<K>) => Promise<Reply<RequestOutput<K>>>;
};

/** What the renderer calls: a transport whose replies are unwrapped (errors thrown). */
export type ContractClient = { [K in RequestName]: (input: RequestInput<K>) => Promise<RequestOutput<K>> };


export const requestNames = Object.keys(contract) as RequestName[];

export function isRequestName(name: string): name is RequestName {
  return Object.hasOwn(contract, name);
}

/** The IPC channel of a request in Electron. */
export function ipcChannel(name: RequestName): string {
  return `country-desk:${name}`;
}
