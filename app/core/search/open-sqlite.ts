import Database from 'better-sqlite3';

/**
 * The environment variable naming a build of better-sqlite3's native module for another runtime:
 * the Electron shell sets it in development, where node_modules holds the build for Node (used by
 * the CLI) and dist/electron/native the build for Electron. Packaged apps need none (their
 * node_modules is rebuilt for Electron by electron-builder).
 */
export const SQLITE_BINDING_VARIABLE = 'COUNTRY_DESK_SQLITE_BINDING';

/** Opens an SQLite database with the native module built for the runtime this process is. */
export function openSqlite(file: string | Buffer, options: Database.Options = {}): Database.Database {
  const nativeBinding = process.env[SQLITE_BINDING_VARIABLE];
  return new Database(file, nativeBinding ? { ...options, nativeBinding } : options);
}
