import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const config = load(readFileSync(path.join(import.meta.dirname, '..', 'electron-builder.yml'), 'utf8')) as {
  asar?: boolean;
  electronFuses?: Record<string, unknown>;
};

describe('the packaged Electron app', () => {
  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['onlyLoadAppFromAsar', true],
    ['enableEmbeddedAsarIntegrityValidation', true],
  ])('sets the fuse %s to %s', (fuse, value) => {
    expect(config.electronFuses?.[fuse]).toBe(value);
  });

  it('is packed in an asar archive, which the asar fuses need', () => {
    expect(config.asar).toBe(true);
  });
});
