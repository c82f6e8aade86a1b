/**
 * `npm run check:electronegativity`: Doyensec's Electronegativity over
 * electron/, as a gate. Its CLI exits 0 whatever it finds, so this reads the
 * CSV report it writes and fails on any high or medium finding that
 * build/electronegativity-waivers.json does not waive with a written reason.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from './build-steps.js';

const ELECTRON_VERSION = (JSON.parse(readFileSync(path.join(repoRoot, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

const waiverSchema = z.array(
  z.strictObject({ check: z.string(), file: z.string(), reason: z.string().min(30, 'Write down why the finding is safe.') }),
);

interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
}

/** Electronegativity quotes fields and doubles inner quotes; samples may hold commas. */
function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted && char === '"' && line[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

function scan(): Finding[] {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'electronegativity-'));
  const report = path.join(outDir, 'report.csv');
  try {
    execFileSync(
      process.execPath,
      [path.join(repoRoot, 'node_modules/@doyensec/electronegativity/dist/index.js'), '-i', path.join(repoRoot, 'electron'), '-e', ELECTRON_VERSION, '-r', '-o', report, '-x', 'AvailableSecurityFixesGlobalCheck'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const [, ...rows] = readFileSync(report, 'utf8').trim().split(/\r?\n/);
    return rows.map((row) => {
      const [check = '', severity = '', confidence = '', file = '', location = '', sample = ''] = parseCsvLine(row);
      return { check, severity, confidence, file, location, sample };
    });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const waivers = waiverSchema.parse(JSON.parse(readFileSync(path.join(repoRoot, 'build/electronegativity-waivers.json'), 'utf8')));
const findings = scan();
const gating = findings.filter((finding) => finding.severity === 'HIGH' || finding.severity === 'MEDIUM');
const unwaived = gating.filter((finding) => !waivers.some((waiver) => waiver.check === finding.check && waiver.file === finding.file));
const unusedWaivers = waivers.filter((waiver) => !gating.some((finding) => finding.check === waiver.check && finding.file === waiver.file));

console.log(`Electronegativity ${ELECTRON_VERSION}: ${findings.length} findings, ${gating.length} high or medium, ${gating.length - unwaived.length} waived with a reason.`);
for (const waiver of unusedWaivers) console.log(`Note: waiver for ${waiver.check} in ${waiver.file} no longer matches a finding; remove it.`);
for (const finding of unwaived) {
  console.error(`${finding.severity} ${finding.check} (${finding.confidence}) at electron/${finding.file}:${finding.location}: ${finding.sample}`);
}
if (unwaived.length > 0) {
  console.error(`${unwaived.length} high or medium Electronegativity finding(s) are neither fixed nor waived.`);
  process.exit(1);
}
