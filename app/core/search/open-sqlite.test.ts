import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite, SQLITE_BINDING_VARIABLE } from './open-sqlite';

const nodeBuild = path.join(path.dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');

afterEach(() => {
  delete process.env[SQLITE_BINDING_VARIABLE];
});

describe('openSqlite', () => {
  it('opens with the module built for Node by default, with FTS5', () => {
    const db = openSqlite(':memory:');
    db.exec('CREATE VIRTUAL TABLE t USING fts5(a)');
    db.close();
  });

  it('loads the native module the environment names (the Electron build in development)', () => {
    process.env[SQLITE_BINDING_VARIABLE] = nodeBuild;
    openSqlite(':memory:').close();
    process.env[SQLITE_BINDING_VARIABLE] = path.join(path.dirname(nodeBuild), 'missing.node');
    expect(() => openSqlite(':memory:')).toThrow();
  });
});
