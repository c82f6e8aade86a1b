/**
 * The README's "try it as a new user" flow, run as a new user would: start
 * `npm run sandbox`'s entry point, read the URL it prints, and use curl.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
let child: ChildProcess;
let origin = '';

async function curl(...args: string[]): Promise<{ status: number; body: any }> {
  const { stdout } = await run('curl', ['-s', '-w', '\n%{http_code}', ...args]);
  const lines = stdout.trimEnd().split('\n');
  const status = Number(lines.pop());
  const text = lines.join('\n');
  return { status, body: text === '' ? undefined : JSON.parse(text) };
}

beforeAll(async () => {
  child = spawn(process.execPath, ['--import', 'tsx', 'electron/sandbox/main.ts', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the sandbox exited with ${code}`)));
  });
  expect(firstLine).toMatch(/http:\/\/127\.0\.0\.1:\d+/);
  origin = /http:\/\/127\.0\.0\.1:\d+/.exec(firstLine)![0];
}, 30_000);

afterAll(() => {
  child.kill('SIGTERM');
});

describe('a new user tries the sandbox with curl', () => {
  it('gets a token, drafts a post, is told it needs a title, fixes it, publishes and reads its reach', async () => {
    const token = await curl('-F', 'grant_type=client_credentials', '-F', 'client_id=sandbox-client', '-F', 'client_secret=sandbox-secret', `${origin}/oauth/token`);
    expect(token.status).toBe(200);
    expect(token.body).toMatchObject({ token_type: 'Bearer', expires_in: 7200, program_id: 4242 });
    const auth = ['-H', `Authorization: Bearer ${token.body.access_token}`];
    const json = ['-H', 'Content-Type: application/json'];

    const created = await curl('-X', 'POST', `${origin}/v2/content`, ...auth, ...json, '-d', '{"content_type":"article","body":"<p>Hello</p>","channels":[{"id":101}]}');
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ state: 'draft', content_type: 'article' });
    const id: number = created.body.data.id;

    const refused = await curl('-X', 'PUT', `${origin}/v2/content/${id}/publish`, ...auth);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'title', message: 'A title is required to publish.' });

    const titled = await curl('-X', 'PUT', `${origin}/v2/content/${id}`, ...auth, ...json, '-d', '{"title":"Hello, everyone"}');
    expect(titled.status).toBe(200);
    const published = await curl('-X', 'PUT', `${origin}/v2/content/${id}/publish`, ...auth);
    expect(published.status).toBe(200);
    expect(published.body.data).toMatchObject({ state: 'published', title: 'Hello, everyone' });

    const reach = await curl(`${origin}/v2/content/${id}/reach/unique_user_count`, ...auth);
    expect(reach.status).toBe(200);
    // Topic 101 ("Company News") is followed by every one of the 5,000 seeded users.
    expect(reach.body.data).toMatchObject({ content_id: id, channels: 5000, total: 5000 });
  });
});
