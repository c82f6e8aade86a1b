/**
 * A job whose runner keeps dying mid-step (the app closed or crashed, or the
 * runner stopped answering) is stopped after as many tries as any step gets,
 * rather than retried forever: something about it may be what kills the
 * runner. The step may have reached Firstup, hence the advice to look there.
 */
export function stalledError(step: string, attempts: number): string {
  return `Sending stopped part-way ${attempts} times at the "${step}" step (the app closed or stopped responding). Check the post on Firstup, then retry or cancel it here.`;
}
