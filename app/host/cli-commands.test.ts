import { describe, expect, it } from 'vitest';
import { cliCommands } from './cli-commands';

describe('the lazily loaded commands', () => {
  it('load, each, the command named by the words the list matches on', async () => {
    for (const entry of cliCommands) expect((await entry.load()).words, entry.words.join(' ')).toEqual(entry.words);
  });
});
