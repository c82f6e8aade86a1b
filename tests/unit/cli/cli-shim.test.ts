/** bin/content-studio.mjs runs the TypeScript CLI from a checkout, with its help and its usage exit code. */
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-process.js';

describe('the content-studio shim', () => {
  it('prints the help on stdout and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('content-studio publish <file>… --action review|publish');
    expect(run.stdout).toContain('2    the command line is wrong; nothing was done');
    expect(run.stderr).toBe('');
  }, 20_000);

  it('prints a command’s own help', async () => {
    const run = await runCli(['publish', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--json   {"file", "jobId", "state", "remoteId", "permalink", "error"}');
  }, 20_000);

  it('exits 2 with a sentence on stderr for a bad option, and prints nothing on stdout', async () => {
    const run = await runCli(['publish', 'a.md', '--action', 'publish', '--bogus']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("content-studio: Unknown option '--bogus'.");
    expect(run.stderr).toContain('Run "content-studio publish --help" to see what it takes.');
  }, 20_000);

  it('exits 2 for an unknown command, and for none', async () => {
    const unknown = await runCli(['pubish']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"pubish" is not a content-studio command.');
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage:');
  }, 20_000);
});
