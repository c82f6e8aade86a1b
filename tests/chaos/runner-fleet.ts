/**
 * The runner processes of one chaos run and the kills. Kill i is armed once
 * i/(kills+1) of the posts are done; it then lands on the oldest live runner
 * right after that runner sent a request (so a job is mid-step), after a
 * random number of such requests; the first and every other kill wait for a
 * create (POST /v2/content), the moment a lost answer would make a
 * duplicate. Each killed runner is replaced once it has exited, and its
 * successor's start-up recovery takes the dead runner's jobs back; at the
 * second kill two runners replace it and run side by side from then on. After
 * the last kill no runner replaces it: a live runner takes its jobs back
 * when their leases expire. The runners left then run until no job is open.
 */
import { randomInt } from 'node:crypto';
import type { ChildLine } from './child-lines.js';
import { startRunnerProcess, type RunnerExit, type RunnerProcess } from './runner-process.js';

export interface KillRecord {
  readonly victim: string;
  /** Posts done when the kill landed. */
  readonly done: number;
  /** The request the victim had just sent, or 'idle' when it sent none for a while. */
  readonly during: string;
  /** Jobs the victim held, as of its last progress line. */
  readonly jobsInHand: number;
  /** Runners started in its place: none after the last kill, whose jobs a live runner takes back by lease expiry. */
  readonly successors: number;
  readonly exit: RunnerExit;
}

export interface FleetReport {
  readonly runners: { readonly name: string; readonly killed: boolean; readonly exit: RunnerExit; readonly rested: boolean; readonly garbled: string[]; readonly stderr: string }[];
  readonly kills: KillRecord[];
  /** Jobs each runner's start-up recovery took back. */
  readonly recovered: { readonly name: string; readonly reclaimed: number; readonly stalled: number }[];
  /** Answers the runners' clients got, by status, and requests that got none, by reason. */
  readonly answers: Record<string, number>;
  readonly noAnswers: Record<string, number>;
  readonly runnerErrors: string[];
  readonly timedOut: boolean;
}

export interface FleetOptions {
  readonly dataDir: string;
  readonly sandboxUrl: string;
  readonly token: string;
  readonly posts: number;
  readonly kills: number;
  readonly timeoutMs: number;
  readonly log: (message: string) => void;
}

interface Entry {
  readonly runner: RunnerProcess;
  /** It has run its start-up recovery. */
  ready: boolean;
  killed: boolean;
  rested: boolean;
}

interface Armed {
  readonly victim: RunnerProcess;
  readonly wantsCreate: boolean;
  skip: number;
  sends: number;
  readonly since: number;
}

/** A kill still waiting for its request after this long takes any request, and after twice this, lands anyway. */
const ARMED_PATIENCE_MS = 3_000;
/** …and the same after this many requests of the victim. */
const ARMED_SEND_LIMIT = 60;

const bump = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

export function runFleet(options: FleetOptions): Promise<FleetReport> {
  const { posts, kills: plannedKills, log } = options;
  const thresholds = Array.from({ length: plannedKills }, (_, index) => Math.ceil((posts * (index + 1)) / (plannedKills + 1)));
  const done = new Set<string>();
  const alive: RunnerProcess[] = [];
  const all: Entry[] = [];
  const jobsInHand = new Map<RunnerProcess, number>();
  const kills: KillRecord[] = [];
  const recovered: FleetReport['recovered'] = [];
  const answers: Record<string, number> = {};
  const noAnswers: Record<string, number> = {};
  const runnerErrors: string[] = [];
  let armed: Armed | null = null;
  let fired = 0;
  let starting = 0;
  let timedOut = false;

  return new Promise((resolve) => {
    let finished = false;
    const finishWhenAllEnded = () => {
      if (finished || alive.length > 0 || starting > 0) return;
      finished = true;
      clearTimeout(deadline);
      clearInterval(patience);
      resolve({
        runners: all.map(({ runner, killed, rested }) => ({ name: runner.name, killed, rested, exit: runner.exit()!, garbled: runner.garbled, stderr: runner.stderr() })),
        kills,
        recovered,
        answers,
        noAnswers,
        runnerErrors,
        timedOut,
      });
    };

    function start(): void {
      const name = `runner-${all.length + 1}`;
      const entry: Entry = { runner: startRunnerProcess(name, { ...options, onLine: (line) => onLine(entry, line) }), ready: false, killed: false, rested: false };
      const { runner } = entry;
      all.push(entry);
      alive.push(runner);
      log(`${name} started (pid ${runner.pid}).`);
      void runner.exited.then((exit) => {
        alive.splice(alive.indexOf(runner), 1);
        if (armed?.victim === runner) armed = null; // it came to rest first: the kill waits for another runner
        // A killed runner's end is the kill's to record.
        if (entry.killed) return;
        log(`${name} ended: ${exit.signal ?? `exit code ${exit.code}`}.`);
        finishWhenAllEnded();
      });
    }

    function kill(during: string): void {
      const { victim } = armed!;
      armed = null;
      const entry = all.find(({ runner }) => runner === victim)!;
      entry.killed = true;
      const index = fired;
      fired += 1;
      const record = { victim: victim.name, done: done.size, during, jobsInHand: jobsInHand.get(victim) ?? 0 };
      victim.sigkill();
      log(`Kill ${index + 1}: SIGKILL ${victim.name} during ${during} with ${record.jobsInHand} job(s) in hand, ${done.size}/${posts} done.`);
      const last = index === plannedKills - 1 && alive.length > 1;
      const successors = last ? 0 : index === 1 ? 2 : 1;
      starting += successors;
      void victim.exited.then((exit) => {
        kills.push({ ...record, successors, exit });
        // Only once the killed process is gone: its successor's recovery tells a dead runner's lease by its pid.
        starting -= successors;
        if (!timedOut) for (let n = 0; n < successors; n += 1) start();
        finishWhenAllEnded();
      });
    }

    function arm(): void {
      // Not before every runner has started and recovered: a successor still starting would take the next victim's jobs back by its
      // start-up recovery, and after the last kill that must be the survivor's lease expiry.
      if (armed !== null || fired >= plannedKills || done.size < thresholds[fired]! || starting > 0) return;
      if (alive.length === 0 || all.some(({ runner, ready }) => !ready && alive.includes(runner))) return;
      armed = { victim: alive[0]!, wantsCreate: fired % 2 === 0, skip: randomInt(0, 8), sends: 0, since: performance.now() };
    }

    function onLine(entry: Entry, line: ChildLine): void {
      const { runner } = entry;
      switch (line.t) {
        case 'ready':
          entry.ready = true;
          recovered.push({ name: runner.name, reclaimed: line.reclaimed, stalled: line.stalled });
          break;
        case 'job':
          jobsInHand.set(runner, line.inFlight);
          if (line.state === 'done') done.add(line.jobId);
          arm();
          break;
        case 'send': {
          if (armed?.victim !== runner || (jobsInHand.get(runner) ?? 0) === 0) break;
          armed.sends += 1;
          const patient = performance.now() - armed.since < ARMED_PATIENCE_MS && armed.sends < ARMED_SEND_LIMIT;
          const fits = !armed.wantsCreate || !patient || (line.method === 'POST' && line.path === '/v2/content');
          if (fits && armed.skip-- <= 0) kill(`${line.method} ${line.path}`);
          break;
        }
        case 'answer':
          bump(answers, String(line.status));
          break;
        case 'no-answer':
          bump(noAnswers, line.reason);
          break;
        case 'runner-error':
          runnerErrors.push(`${runner.name}: ${line.message}`);
          break;
        case 'rest':
          entry.rested = true;
          break;
      }
    }

    const patience = setInterval(() => {
      if (armed !== null && performance.now() - armed.since > 2 * ARMED_PATIENCE_MS) kill('idle');
    }, 250);
    const deadline = setTimeout(() => {
      timedOut = true;
      log(`The run did not finish within ${Math.round(options.timeoutMs / 1_000)} s; stopping every runner.`);
      for (const runner of alive) runner.sigkill();
    }, options.timeoutMs);
    start();
  });
}
