/** `--data <file>`: the program survives a restart; a file that is not one is a clear error. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSandboxHarness } from '../../support/sandbox-harness.js';
import { tempDir } from '../../support/test-core.js';

describe('persistence', () => {
  it('writes the seeded program at start and keeps a created topic across a restart', async () => {
    const dataFile = path.join(tempDir('sandbox-data'), 'nested', 'program.json');
    const first = await startSandboxHarness({ dataFile });
    let token: string;
    try {
      expect(existsSync(dataFile)).toBe(true);
      token = first.tokenFor('manager');
      const created = await first.call('POST', '/v2/channels', { token, body: { name: 'Survives Restarts', description: 'Persisted.' } });
      expect(created.status).toBe(201);
    } finally {
      await first.close();
    }

    const second = await startSandboxHarness({ dataFile });
    try {
      const list = await second.call('GET', '/v2/channels?sort=-created_at&page.size=100');
      expect(list.body.meta.pagination.total_records).toBe(41);
      expect(list.body.data.map((topic: any) => topic.name)).toContain('Survives Restarts');
      expect(second.sandbox.runtime.state.next_ids.topic).toBe(202);
      // Token hashes are part of the program, so a signed-in client stays signed in.
      expect((await second.call('GET', '/v2/channels', { token })).status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('writes after writes, not after reads', async () => {
    const dataFile = path.join(tempDir('sandbox-data'), 'program.json');
    const harness = await startSandboxHarness({ dataFile });
    try {
      writeFileSync(dataFile, readFileSync(dataFile, 'utf8').replace('"Sandbox Program"', '"Marked"'));
      await harness.call('GET', '/v2/channels');
      await harness.call('GET', '/v2/channels/101/followers');
      expect(readFileSync(dataFile, 'utf8')).toContain('"Marked"');
      await harness.call('POST', '/v2/channels', { token: harness.tokenFor('manager'), body: { name: 'Accepted', description: 'Written.' } });
      expect(readFileSync(dataFile, 'utf8')).not.toContain('"Marked"');
    } finally {
      await harness.close();
    }
  });

  it('refuses to start on a JSON file that is not a sandbox data file, naming it', async () => {
    const dataFile = path.join(tempDir('sandbox-data'), 'other.json');
    writeFileSync(dataFile, JSON.stringify({ format: 2, posts: [] }));
    await expect(startSandboxHarness({ dataFile })).rejects.toThrow(`${dataFile} is not a sandbox data file`);
    expect(readFileSync(dataFile, 'utf8')).toBe('{"format":2,"posts":[]}');
  });

  it('refuses to start on a file that is not JSON', async () => {
    const dataFile = path.join(tempDir('sandbox-data'), 'corrupt.json');
    writeFileSync(dataFile, '{"format": 1, "posts": [');
    await expect(startSandboxHarness({ dataFile })).rejects.toThrow();
    expect(readFileSync(dataFile, 'utf8')).toBe('{"format": 1, "posts": [');
  });

  it('names the file when it is not JSON', async () => {
    const dataFile = path.join(tempDir('sandbox-data'), 'corrupt.json');
    writeFileSync(dataFile, '{"format": 1, "posts": [');
    await expect(startSandboxHarness({ dataFile })).rejects.toThrow(dataFile);
  });
});
