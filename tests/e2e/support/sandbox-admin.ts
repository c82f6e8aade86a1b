import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { StudioApi } from '../../../shared/ipc/studio-api.js';

/** The address of the built-in Sandbox program, as the studio itself lists it. */
export async function sandboxUrl(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const { studio } = window as unknown as { studio: StudioApi };
    const listed = await studio.programs.list();
    const sandbox = listed.ok ? listed.data.programs.find((view) => view.isSandbox) : undefined;
    if (sandbox?.program.location.kind !== 'custom') throw new Error('The Sandbox program is not listed.');
    return sandbox.program.location.apiBaseUrl;
  });
}

export interface SandboxPost {
  id: number;
  title: string;
  state: string;
  channels: number[];
  images: number;
  videos: number;
  source: { post_id: string | null };
  updated_at: string;
}

/** What the sandbox holds: the Firstup side of a journey, read without going through the studio. */
export async function sandboxPosts(request: APIRequestContext, url: string): Promise<SandboxPost[]> {
  const response = await request.get(`${url}/_sandbox/state`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { data: { content: SandboxPost[] } }).data.content;
}

/** Every request to the sandbox's API and sign-in endpoints has its connection reset: to the studio, Firstup is down. */
export async function takeSandboxDown(request: APIRequestContext, url: string): Promise<void> {
  const rules = ['/v2/*', '/oauth/*'].map((path) => ({ method: '*', path, fault: 'reset' }));
  expect((await request.post(`${url}/_sandbox/faults`, { data: { rules } })).ok()).toBe(true);
}

export async function bringSandboxBack(request: APIRequestContext, url: string): Promise<void> {
  expect((await request.delete(`${url}/_sandbox/faults`)).ok()).toBe(true);
}

/**
 * Someone else edits a post on Firstup: a server sign-in of its own (never the
 * studio's tokens), after moving the sandbox clock on so the change carries a
 * later `updated_at` than the studio's last sync.
 */
export async function editPostElsewhere(request: APIRequestContext, url: string, postId: number, fields: Record<string, string>): Promise<void> {
  expect((await request.post(`${url}/_sandbox/clock`, { data: { advance_seconds: 5 } })).ok()).toBe(true);
  const token = await request.post(`${url}/oauth/token`, { form: { grant_type: 'client_credentials', client_id: 'sandbox-client', client_secret: 'sandbox-secret' } });
  expect(token.ok()).toBe(true);
  const { access_token: accessToken } = (await token.json()) as { access_token: string };
  const updated = await request.put(`${url}/v2/content/${postId}`, { headers: { authorization: `Bearer ${accessToken}` }, data: fields });
  expect(updated.ok()).toBe(true);
}
