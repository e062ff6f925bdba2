import type { CliCommand } from './cli-command';
import { countriesCommand } from './commands/countries-command';
import { serveCommand } from './commands/serve-command';
import { showCommand } from './commands/show-command';

/** Every `country-desk` command, in the order `help` lists them. */
export const cliCommands: readonly CliCommand[] = [serveCommand, countriesCommand, showCommand];
