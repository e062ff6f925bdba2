import type { CliCommand } from './cli-command';
import { benchCommand } from './commands/bench-command';
import { briefCommand } from './commands/brief-command';
import { checkCommand } from './commands/check-command';
import { countriesCommand } from './commands/countries-command';
import { datasetImportCommand } from './commands/dataset-import-command';
import { importCommand } from './commands/import-command';
import { notesAddCommand } from './commands/notes-add-command';
import { notesDeleteCommand } from './commands/notes-delete-command';
import { notesExportCommand } from './commands/notes-export-command';
import { notesImportCommand } from './commands/notes-import-command';
import { notesListCommand } from './commands/notes-list-command';
import { searchCommand } from './commands/search-command';
import { serveCommand } from './commands/serve-command';
import { showCommand } from './commands/show-command';
import { teamAssignCommand } from './commands/team-assign-command';
import { teamInitCommand } from './commands/team-init-command';
import { teamStatusCommand } from './commands/team-status-command';

/** Every `country-desk` command, in the order `help` lists them. */
export const cliCommands: readonly CliCommand[] = [serveCommand, countriesCommand, showCommand, searchCommand, checkCommand, briefCommand,
  notesListCommand, notesAddCommand, notesDeleteCommand, notesExportCommand, notesImportCommand, datasetImportCommand, importCommand, benchCommand,
  teamInitCommand, teamAssignCommand, teamStatusCommand];
