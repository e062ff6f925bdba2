/** The boundaries in eslint.config.js hold: each forbidden import is reported, each allowed one is not. */
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint boundaries', () => {
  it('refuses a renderer import from app/core, app/host or app/electron', async () => {
    for (const target of ['../../../app/core/desk', '../../app/host/cli', '../../app/electron/preload']) {
      const messages = await restrictedImports('renderer/src/screens/Example.tsx', `import '${target}';\n`);
      expect(messages, target).toEqual([expect.stringContaining('only app/contract.ts and app/shared/')]);
    }
  });

  it('lets the renderer import the contract and app/shared', async () => {
    const code = "import '../../app/contract';\nimport '../../../app/shared/records/record-schema';\nimport './App';\n";
    expect(await restrictedImports('renderer/src/screens/Example.tsx', code)).toEqual([]);
  });

  it('refuses Node built-ins and Node-only folders in app/shared', async () => {
    expect(await restrictedImports('app/shared/format/example.ts', "import 'node:fs';\n")).toHaveLength(1);
    expect(await restrictedImports('app/shared/format/example.ts', "import '../../core/desk';\n")).toHaveLength(1);
    expect(await restrictedImports('app/shared/format/example.ts', "import '../records/record-schema';\n")).toEqual([]);
  });

  it('refuses a production import of a test stand-in', async () => {
    for (const [file, target] of [
      ['app/core/notes/example.ts', '../testing/test-dataset'],
      ['app/electron/example.ts', './testing/fake-electron'],
      ['app/host/example.ts', 'vitest'],
      ['renderer/src/example.ts', '@playwright/test'],
    ]) {
      expect(await restrictedImports(file!, `import '${target}';\n`), `${file} → ${target}`).toHaveLength(1);
    }
  });

  it('lets tests use their stand-ins', async () => {
    const code = "import { vi } from 'vitest';\nimport './testing/fake-electron';\n";
    expect(await restrictedImports('app/electron/example.test.ts', code)).toEqual([]);
    expect(await restrictedImports('app/core/notes/example.test.ts', "import '../testing/test-dataset';\n")).toEqual([]);
  });

  it('keeps electron out of everything but app/electron', async () => {
    expect(await restrictedImports('app/core/example.ts', "import 'electron';\n")).toHaveLength(1);
    expect(await restrictedImports('app/electron/example.ts', "import 'electron';\n")).toEqual([]);
  });
});
