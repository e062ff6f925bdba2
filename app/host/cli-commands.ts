import type { CliCommand } from './cli-command';

/**
 * A command known by its words, its module loaded only when it runs (or `help` lists it): a command
 * starts with its own imports alone, not every other command's.
 */
export interface LazyCliCommand {
  words: readonly string[];
  load: () => Promise<CliCommand>;
}

/** Every `country-desk` command, in the order `help` lists them. */
export const cliCommands: readonly LazyCliCommand[] = [
  { words: ['serve'], load: async () => (await import('./commands/serve-command')).serveCommand },
  { words: ['countries'], load: async () => (await import('./commands/countries-command')).countriesCommand },
  { words: ['show'], load: async () => (await import('./commands/show-command')).showCommand },
  { words: ['search'], load: async () => (await import('./commands/search-command')).searchCommand },
  { words: ['check'], load: async () => (await import('./commands/check-command')).checkCommand },
  { words: ['brief'], load: async () => (await import('./commands/brief-command')).briefCommand },
  { words: ['notes', 'list'], load: async () => (await import('./commands/notes-list-command')).notesListCommand },
  { words: ['notes', 'add'], load: async () => (await import('./commands/notes-add-command')).notesAddCommand },
  { words: ['notes', 'delete'], load: async () => (await import('./commands/notes-delete-command')).notesDeleteCommand },
  { words: ['notes', 'export'], load: async () => (await import('./commands/notes-export-command')).notesExportCommand },
  { words: ['notes', 'import'], load: async () => (await import('./commands/notes-import-command')).notesImportCommand },
  { words: ['records', 'list'], load: async () => (await import('./commands/records-list-command')).recordsListCommand },
  { words: ['records', 'add'], load: async () => (await import('./commands/records-add-command')).recordsAddCommand },
  { words: ['records', 'edit'], load: async () => (await import('./commands/records-edit-command')).recordsEditCommand },
  { words: ['records', 'retire'], load: async () => (await import('./commands/records-retire-command')).recordsRetireCommand },
  { words: ['records', 'history'], load: async () => (await import('./commands/records-history-command')).recordsHistoryCommand },
  { words: ['dataset', 'import'], load: async () => (await import('./commands/dataset-import-command')).datasetImportCommand },
  { words: ['dataset', 'export'], load: async () => (await import('./commands/dataset-export-command')).datasetExportCommand },
  { words: ['import'], load: async () => (await import('./commands/import-command')).importCommand },
  { words: ['bench'], load: async () => (await import('./commands/bench-command')).benchCommand },
  { words: ['team', 'init'], load: async () => (await import('./commands/team-init-command')).teamInitCommand },
  { words: ['team', 'assign'], load: async () => (await import('./commands/team-assign-command')).teamAssignCommand },
  { words: ['team', 'status'], load: async () => (await import('./commands/team-status-command')).teamStatusCommand },
  { words: ['team', 'join'], load: async () => (await import('./commands/team-join-command')).teamJoinCommand },
  { words: ['sync'], load: async () => (await import('./commands/sync-command')).syncCommand },
];
