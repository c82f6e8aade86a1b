/**
 * `npm test`: every gate, in order, stopping at the first failure:
 * typecheck, lint, Electronegativity, unit tests, end-to-end tests in browser
 * mode, and the Electron end-to-end test (skipped, with its reason, where
 * there is no Electron binary). Ends with one summary line of the counts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './build-steps.js';
import { ensureChromium } from './ensure-chromium.js';

const artifacts = path.join(repoRoot, 'tests/.artifacts');
const counts = { passed: 0, failed: 0, skipped: 0 };

/** Runs one gate; `count` adds its report's numbers, even when it failed, before the summary is printed. */
function run(title: string, command: string, args: string[], count?: () => void): void {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env: process.env });
  count?.();
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed.`);
    printSummary();
    process.exit(result.status ?? 1);
  }
}

const npx = (title: string, args: string[], count?: () => void) => run(title, 'npx', ['--no-install', ...args], count);

function addVitestCounts(file: string): void {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
  counts.skipped += report.numPendingTests + report.numTodoTests;
}

function addPlaywrightCounts(file: string): void {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  counts.passed += report.stats.expected + report.stats.flaky;
  counts.failed += report.stats.unexpected;
  counts.skipped += report.stats.skipped;
}

function printSummary(): void {
  console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}

rmSync(artifacts, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });
ensureChromium();

run('Typecheck', 'npm', ['run', '--silent', 'typecheck']);
npx('Lint', ['eslint', '--max-warnings', '0', '.']);
npx('Electronegativity', ['tsx', 'build/check-electronegativity.ts']);

const unitReport = path.join(artifacts, 'unit-report.json');
npx('Unit tests', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`], () => addVitestCounts(unitReport));

npx('Build', ['tsx', 'build/build.ts']);
npx('End-to-end tests (browser mode)', ['playwright', 'test', '-c', 'playwright.config.ts'], () =>
  addPlaywrightCounts(path.join(artifacts, 'e2e-report.json')),
);
npx('End-to-end tests (Electron)', ['playwright', 'test', '-c', 'playwright.electron.config.ts'], () =>
  addPlaywrightCounts(path.join(artifacts, 'electron-report.json')),
);

printSummary();
