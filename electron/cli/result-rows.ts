import type { OutboxState } from '../../shared/outbox/outbox-views.js';

/** `not_queued`: the file never became a job (unreadable, front matter, preflight, busy…). */
export type RowState = OutboxState | 'not_queued' | 'not_found';

/**
 * One result line of publish, retry and cancel: the public shape of
 * `--json`, documented in `content-studio publish --help`. Keys and their
 * order are a contract; scripts read them.
 */
export interface ResultRow {
  readonly file: string | null;
  readonly jobId: string | null;
  readonly state: RowState;
  readonly remoteId: number | null;
  readonly permalink: string | null;
  readonly error: { readonly code: string; readonly message: string } | null;
}

export const notQueued = (file: string, code: string, message: string): ResultRow => ({ file, jobId: null, state: 'not_queued', remoteId: null, permalink: null, error: { code, message } });

export function jsonLine(row: ResultRow): string {
  const { file, jobId, state, remoteId, permalink, error } = row;
  return `${JSON.stringify({ file, jobId, state, remoteId, permalink, error })}\n`;
}

/** Columns padded to their widest cell; the last one (a link or a sentence) runs free. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [header, ...rows].map(line).join('\n') + '\n';
}

export function resultTable(rows: readonly ResultRow[]): string {
  return table(
    ['FILE', 'STATE', 'POST', 'LINK OR PROBLEM'],
    rows.map((row) => [row.file ?? row.jobId ?? '', row.state, row.remoteId === null ? '' : String(row.remoteId), row.error?.message ?? row.permalink ?? '']),
  );
}
