import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SandboxState } from './model.js';

/**
 * `--data <file>`: the whole program as JSON, written atomically (temporary
 * file, then rename) after every write request, so a killed sandbox leaves
 * either the old file or the new one.
 */
export function loadState(file: string): SandboxState | null {
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<SandboxState>;
  if (parsed.format !== 1 || !Array.isArray(parsed.posts) || !Array.isArray(parsed.users)) {
    throw new Error(`${file} is not a sandbox data file (expected format 1). Move it aside or choose another --data file.`);
  }
  return parsed as SandboxState;
}

export function saveState(file: string, state: SandboxState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, file);
}
