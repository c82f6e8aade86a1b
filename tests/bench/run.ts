/**
 * `npm run bench` runs every tests/bench/*.bench.ts; `npm run bench -- store`
 * runs those whose name contains "store". Each runs in its own process so one
 * benchmark's heap and caches do not colour the next. Missed targets are
 * printed by the benchmark and never fail the run; a crash does.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const folder = import.meta.dirname;
const filters = process.argv.slice(2);
const benchmarks = readdirSync(folder)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();

if (benchmarks.length === 0) {
  console.error(`No benchmark matches ${filters.join(', ')}.`);
  process.exit(1);
}

let failed = 0;
for (const name of benchmarks) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(folder, name)], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✖ ${name} stopped with ${result.signal ?? `exit code ${result.status}`}`);
    failed += 1;
  }
}
process.exit(failed === 0 ? 0 : 1);
