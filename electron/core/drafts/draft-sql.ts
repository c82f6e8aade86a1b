import type Database from 'libsql';

/**
 * BEGIN IMMEDIATE takes the write lock up front, so a write never fails
 * half-way on a lock upgrade. The caller's error is the one rethrown: a failed
 * COMMIT (disk full, I/O) may already have rolled back, and a second error
 * from ROLLBACK would hide the first.
 */
export function inTransaction<T>(db: Database.Database, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) {
      try {
        db.exec('ROLLBACK');
      } catch {
        // The transaction is gone either way; the first error is the one to report.
      }
    }
    throw error;
  }
}

/**
 * libsql's `get` adds a `_metadata` field to the row; reading the first row
 * of `all` keeps rows to the selected columns.
 */
export function firstRow<T>(statement: Database.Statement, ...params: unknown[]): T | undefined {
  return statement.all(...params)[0] as T | undefined;
}
