import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SandboxState } from './model.js';

/**
 * `--data <file>`: the whole program as JSON, written atomically (temporary
 * file, then rename) after every write request, so a killed sandbox leaves
 * either the old file or the new one.
 */
export class SandboxDataFileError extends Error {
  constructor(file: string) {
    super(`${file} is not a sandbox data file (expected JSON of format 1). Move it aside or choose another --data file.`);
  }
}

export function loadState(file: string): SandboxState | null {
  if (!existsSync(file)) return null;
  let parsed: Partial<SandboxState> | null;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<SandboxState> | null;
  } catch {
    throw new SandboxDataFileError(file);
  }
  if (parsed === null || typeof parsed !== 'object' || parsed.format !== 1 || !Array.isArray(parsed.posts) || !Array.isArray(parsed.users)) {
    throw new SandboxDataFileError(file);
  }
  return parsed as SandboxState;
}

export function saveState(file: string, state: SandboxState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, file);
}
