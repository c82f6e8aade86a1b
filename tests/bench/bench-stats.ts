import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Nearest-rank percentile of samples in milliseconds, rounded to 0.01 ms. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return round(sorted[index] ?? Number.NaN);
}

export const round = (value: number) => Math.round(value * 100) / 100;

export async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

export interface Target {
  readonly key: string;
  readonly limit: number;
  readonly kind: 'max' | 'min';
}

/** Prints each target as pass/fail; a miss is reported, never turned into a failing exit code. */
export function reportTargets(results: Readonly<Record<string, number | string>>, targets: readonly Target[]): void {
  for (const { key, limit, kind } of targets) {
    const value = results[key];
    const pass = typeof value === 'number' && (kind === 'max' ? value <= limit : value >= limit);
    console.log(`${pass ? 'PASS' : 'FAIL'}  ${key} = ${value} (target ${kind === 'max' ? '≤' : '≥'} ${limit})`);
  }
}

export function writeResults(name: string, results: Readonly<Record<string, number | string>>): string {
  const folder = path.join(import.meta.dirname, 'results');
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
