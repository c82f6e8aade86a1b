/**
 * The server side of the chaos run's faults: it counts every partner-API
 * request the sandbox received and every fault it injected, and installs
 * each fault of the plan once its gap of clean requests has passed. The
 * sandbox keeps no such count, and every API request passes through its
 * fault book's `take` (the one call that decides whether a fault fires), so
 * the ledger wraps that method on the running sandbox's own book. Rules are
 * installed there in process, rather than by POST /_sandbox/faults, because
 * counting a gap exactly needs them in place before the next request is
 * matched.
 */
import type { FaultBook } from '../../electron/sandbox/faults/fault-rules.js';
import { faultGroups, groupOf, variantOf, type FaultGroup, type FaultPlan } from './fault-plan.js';

export interface FaultCounts {
  /** Partner-API requests (`/v2/…`) the sandbox received. */
  readonly requests: number;
  readonly faults: number;
  readonly byGroup: Readonly<Record<FaultGroup, number>>;
  /** Within each group, per variant (e.g. 502, or a delay past the client's timeout). */
  readonly byVariant: Readonly<Record<FaultGroup, Readonly<Record<string, number>>>>;
}

export interface FaultLedger {
  counts(): FaultCounts;
  /** Stops injecting (the checks read the sandbox afterwards) and puts the book's own `take` back. */
  stop(): void;
}

export function startFaultLedger(book: FaultBook, plan: FaultPlan): FaultLedger {
  const ownTake = book.take;
  const take: FaultBook['take'] = (...args) => ownTake.apply(book, args);
  let requests = 0;
  const byGroup = Object.fromEntries(faultGroups.map((group) => [group, 0])) as Record<FaultGroup, number>;
  const byVariant = Object.fromEntries(faultGroups.map((group) => [group, {}])) as Record<FaultGroup, Record<string, number>>;
  let next = plan.next();
  let clean = next.gap;
  book.clear();
  book.take = (method, path, random) => {
    if (!path.startsWith('/v2/')) return take(method, path, random);
    requests += 1;
    if (clean > 0) {
      clean -= 1;
      return null;
    }
    if (book.list().length === 0) book.set(next.rules);
    const rule = take(method, path, random);
    if (rule !== null) {
      const group = groupOf(rule);
      byGroup[group] += 1;
      byVariant[group][variantOf(rule)] = (byVariant[group][variantOf(rule)] ?? 0) + 1;
      book.clear();
      next = plan.next();
      clean = next.gap;
    }
    return rule;
  };
  return {
    counts: () => ({
      requests,
      faults: Object.values(byGroup).reduce((sum, n) => sum + n, 0),
      byGroup: { ...byGroup },
      byVariant: Object.fromEntries(faultGroups.map((group) => [group, { ...byVariant[group] }])) as FaultCounts['byVariant'],
    }),
    stop() {
      book.take = ownTake;
      book.clear();
    },
  };
}
