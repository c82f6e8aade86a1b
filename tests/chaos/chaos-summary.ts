/** The chaos run's report as a person reads it at the end of `npm run chaos` or a failing test. */
import { percent, reclaimedByExpiry, type ChaosEvidence } from './chaos-checks.js';
import { faultGroups } from './fault-plan.js';

export interface ChaosReport extends ChaosEvidence {
  readonly durationMs: number;
  readonly violations: string[];
}

const listed = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, n]) => `${key} ${n}`)
    .join(', ') || 'none';

function notes(report: ChaosReport, start: string): number {
  let n = 0;
  for (const { events } of report.outcomes.values()) n += events.filter((event) => event.note.startsWith(start)).length;
  return n;
}

export function describeChaos(report: ChaosReport): string {
  const { faults, fleet, violations } = report;
  const states: Record<string, number> = {};
  for (const { job } of report.outcomes.values()) states[job?.state ?? 'missing'] = (states[job?.state ?? 'missing'] ?? 0) + 1;
  const verdict = violations.length === 0 ? 'every post exactly once, published' : `${violations.length} violation(s)`;
  const lines = [
    `Chaos run: ${report.posts.length} posts in ${(report.durationMs / 1_000).toFixed(1)} s: ${verdict}.`,
    `Requests the sandbox received: ${faults.requests}; faults injected: ${faults.faults} (${percent(faults.faults, faults.requests)}).`,
    ...faultGroups.map(
      (group) =>
        `  ${group.padEnd(17)} ${String(faults.byGroup[group]).padStart(5)}  (${percent(faults.byGroup[group], faults.faults)} of faults; ${listed(faults.byVariant[group])})`,
    ),
    `Answers the runners got, by status: ${listed(fleet.answers)}; no answer: ${listed(fleet.noAnswers)}.`,
    `Runners started: ${fleet.runners.length}; SIGKILLs: ${fleet.kills.length}.`,
    ...fleet.kills.map(
      (kill, index) =>
        `  Kill ${index + 1}: ${kill.victim} during ${kill.during}, ${kill.jobsInHand} job(s) in hand, ${kill.done} posts done; ${kill.successors === 0 ? 'not replaced' : `replaced by ${kill.successors}`}.`,
    ),
    `Jobs taken back: ${fleet.recovered.reduce((sum, { reclaimed }) => sum + reclaimed, 0)} by start-up recovery, ${reclaimedByExpiry(report.outcomes)} by lease expiry.`,
    `Retries scheduled: ${notes(report, 'Attempt ')}; jobs held back after their own 429: ${notes(report, 'Waiting for the program')}; ` +
      `handed back between steps while the program was paused (a 429 or the circuit breaker): ${notes(report, 'Released by')}.`,
    `Jobs by state: ${listed(states)}.`,
    ...(violations.length === 0 ? [] : ['Violations:', ...violations.map((violation) => `  - ${violation}`)]),
  ];
  return lines.join('\n');
}
