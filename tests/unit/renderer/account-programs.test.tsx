/**
 * Settings → Programs against the real core. A memory-only core has no
 * Sandbox program, so programs are added through the form; the ones that
 * sign in point at a real sandbox on loopback, which answers sign-ins as
 * Firstup would.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { createMemorySettingsStore } from '../../../electron/core/settings/settings-store.js';
import { createStudioCore } from '../../../electron/core/studio-core.js';
import type { ProgramView } from '../../../shared/ipc/contract.js';
import { buildStudioApi, type StudioApi } from '../../../shared/ipc/studio-api.js';
import { App } from '../../../renderer/App.js';
import { ProgramItem } from '../../../renderer/programs/ProgramItem.js';
import { StudioContext } from '../../../renderer/studio/studio-context.js';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';
import { testCoreStores, testAppInfo } from '../../support/test-core.js';
import { answerSandboxSignIn } from '../accounts/oauth-test-support.js';

const SESSION_NOTE = 'Your sign-in is kept only until Content Studio closes (no secure storage on this computer).';

let sandbox: SandboxHarness;
const jsdomArrayBuffer = Object.getOwnPropertyDescriptor(globalThis, 'ArrayBuffer')!;

beforeAll(async () => {
  sandbox = await startSandboxHarness();
  // Vitest's jsdom environment swaps in jsdom's ArrayBuffer, so Node's WebCrypto digests fail oauth4webapi's
  // `instanceof ArrayBuffer` and a person's sign-in (PKCE) breaks before it starts. The core runs in Node in
  // real life: give it Node's ArrayBuffer back for this file.
  const nodeArrayBuffer = (await crypto.subtle.digest('SHA-256', new Uint8Array(1))).constructor;
  Object.defineProperty(globalThis, 'ArrayBuffer', { configurable: true, writable: true, value: nodeArrayBuffer });
});

afterAll(async () => {
  Object.defineProperty(globalThis, 'ArrayBuffer', jsdomArrayBuffer);
  await sandbox.close();
});

/** The real core behind the real `window.studio` shape; `openWindow` gives another window on the same core. */
function startCore() {
  const core = createStudioCore({ appInfo: testAppInfo, settingsStore: createMemorySettingsStore(), logger: createMemoryLogger(), ...testCoreStores() });
  const openWindow = (): StudioApi =>
    buildStudioApi({
      invoke: (channel, request) => core.router.invoke(channel, request),
      subscribe: (event, listener) =>
        core.events.subscribe((name, payload) => {
          if (name === event) listener(payload);
        }),
    });
  return { studio: openWindow(), openWindow };
}

function ok<T>(result: { ok: true; data: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`The call failed: ${JSON.stringify(result.error)}`);
  return result.data;
}

async function openPrograms(studio: StudioApi) {
  render(<App studio={studio} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  const section = screen.getByRole('region', { name: 'Programs' });
  await waitFor(() => expect(within(section).queryByText('Reading your programs…')).toBeNull());
  return section;
}

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });
const programItem = (name: string) => screen.findByRole('listitem', { name });

interface NewProgram {
  name: string;
  where: 'US1' | 'US2' | 'EU' | 'Custom addresses';
  apiBaseUrl?: string;
  authBaseUrl?: string;
  method: 'As a person (recommended)' | 'As a server';
  clientId: string;
}

/** Fills the Add a program form as a person would; the form must be closed when called. */
function fillAddForm(program: NewProgram) {
  fireEvent.click(screen.getByRole('button', { name: 'Add a program' }));
  type('Display name', program.name);
  fireEvent.click(screen.getByRole('radio', { name: program.where }));
  if (program.apiBaseUrl !== undefined) type('API base URL', program.apiBaseUrl);
  if (program.authBaseUrl !== undefined) type('Auth base URL', program.authBaseUrl);
  fireEvent.click(screen.getByRole('radio', { name: program.method }));
  type('Client id', program.clientId);
  fireEvent.click(screen.getByRole('button', { name: 'Add program' }));
}

async function addProgram(program: NewProgram) {
  fillAddForm(program);
  await waitFor(() => expect(screen.queryByRole('form', { name: 'Add a program' })).toBeNull());
  return programItem(program.name);
}

const sandboxServer = (): NewProgram => ({ name: 'Staging', where: 'Custom addresses', apiBaseUrl: sandbox.url, authBaseUrl: sandbox.url, method: 'As a server', clientId: 'sandbox-client' });
const sandboxPerson = (): NewProgram => ({ ...sandboxServer(), name: 'Staging for people', method: 'As a person (recommended)', clientId: 'sandbox-desktop' });

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    writable: true,
    value: () => ({ matches: false, addEventListener: () => undefined, removeEventListener: () => undefined }),
  });
});

afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'clipboard');
  delete document.documentElement.dataset.theme;
});

describe('adding a program', () => {
  it('starts empty, opens the form with focus on its first field, and lists the new program', async () => {
    const { studio } = startCore();
    const section = await openPrograms(studio);
    expect(within(section).getByText(/No programs yet/)).toBeTruthy();
    expect(within(section).queryByText(SESSION_NOTE)).toBeNull();

    const toggle = within(section).getByRole('button', { name: 'Add a program' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(field('Display name'));
    fireEvent.click(toggle);

    const item = await addProgram({ name: 'Acme Comms', where: 'US1', method: 'As a person (recommended)', clientId: 'acme-desktop' });

    expect(document.activeElement).toBe(within(section).getByRole('button', { name: 'Add a program' }));
    expect(within(item).getByText('US1 (partner.socialchorus.com)')).toBeTruthy();
    expect(within(item).getByText('As a person')).toBeTruthy();
    expect(within(item).getByText('Not signed in')).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(within(section).getByText(SESSION_NOTE)).toBeTruthy();
    expect(ok(await studio.programs.list()).programs.map((view) => view.program)).toMatchObject([
      { displayName: 'Acme Comms', location: { kind: 'region', region: 'us1' }, signIn: { kind: 'user', clientId: 'acme-desktop' } },
    ]);
  });

  it('offers every region with its label from regions.ts, and shows a custom program by its API host', async () => {
    const { studio } = startCore();
    await openPrograms(studio);
    fireEvent.click(screen.getByRole('button', { name: 'Add a program' }));
    for (const label of ['US1', 'US2', 'EU', 'Custom addresses']) expect(screen.getByRole('radio', { name: label })).toBeTruthy();
    expect(screen.queryByLabelText('API base URL')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    const item = await addProgram({ ...sandboxServer(), name: 'Partner staging', apiBaseUrl: 'https://api.staging.example.com/', authBaseUrl: 'https://auth.staging.example.com' });

    expect(within(item).getByText('api.staging.example.com')).toBeTruthy();
    expect(within(item).getByText('As a server')).toBeTruthy();
  });

  it('shows the core’s validation message next to the form, marks the field, and adds nothing', async () => {
    const { studio } = startCore();
    await openPrograms(studio);

    fillAddForm({ name: 'Insecure', where: 'Custom addresses', apiBaseUrl: 'http://example.com', authBaseUrl: 'https://auth.example.com', method: 'As a person (recommended)', clientId: 'x' });

    const form = screen.getByRole('form', { name: 'Add a program' });
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('API base URL: Use an https:// address, or http://127.0.0.1 for a local sandbox.');
    expect(field('API base URL').getAttribute('aria-invalid')).toBe('true');
    expect(field('API base URL').getAttribute('aria-describedby')).toContain(alert.id);
    expect(field('Auth base URL').hasAttribute('aria-invalid')).toBe(false);
    expect(ok(await studio.programs.list()).programs).toEqual([]);

    // A blank name gets a sentence a person can act on, not the schema's wording.
    type('Display name', '   ');
    type('API base URL', 'https://api.example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Add program' }));
    await waitFor(() => expect(within(form).getByRole('alert').textContent).toContain('Display name: Enter a name of up to 100 characters.'));
    expect(field('API base URL').hasAttribute('aria-invalid')).toBe(false);
  });
});

describe('signing in as a server', () => {
  it('asks for the client secret with the attribution warning, reports a refusal, then signs in', async () => {
    const { studio } = startCore();
    await openPrograms(studio);
    const item = await addProgram(sandboxServer());
    expect(within(item).getByText(new URL(sandbox.url).host)).toBeTruthy();

    fireEvent.click(within(item).getByRole('button', { name: 'Sign in' }));

    const secret = within(item).getByLabelText<HTMLInputElement>('Client secret');
    expect(secret.type).toBe('password');
    expect(secret.getAttribute('autocomplete')).toBe('off');
    expect(document.activeElement).toBe(secret);
    expect(within(item).getByText('Posts made this way are not attributed to a person.')).toBeTruthy();

    fireEvent.change(secret, { target: { value: 'not-the-secret' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Sign in' }));
    expect(secret.value).toBe('');
    expect((await within(item).findByRole('alert')).textContent).not.toBe('');
    expect(within(item).getByText('Not signed in')).toBeTruthy();

    fireEvent.change(secret, { target: { value: 'sandbox-secret' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Sign in' }));
    expect(secret.value).toBe('');

    expect(await within(item).findByText('Signed in to program 4242')).toBeTruthy();
    expect(within(item).queryByLabelText('Client secret')).toBeNull();
    expect(document.activeElement).toBe(within(item).getByRole('button', { name: 'Sign out' }));
  });

  it('refuses an empty secret without asking the core', async () => {
    const { studio } = startCore();
    await openPrograms(studio);
    const item = await addProgram(sandboxServer());
    fireEvent.click(within(item).getByRole('button', { name: 'Sign in' }));

    fireEvent.click(within(item).getByRole('button', { name: 'Sign in' }));

    expect(within(item).getByRole('alert').textContent).toBe('Enter the client secret.');
    fireEvent.click(within(item).getByRole('button', { name: 'Cancel' }));
    expect(within(item).queryByLabelText('Client secret')).toBeNull();
    expect(document.activeElement).toBe(within(item).getByRole('button', { name: 'Sign in' }));
  });
});

describe('live status', () => {
  it('follows sign-ins, sign-outs and the identity learnt from the API, whoever caused them', async () => {
    const { studio, openWindow } = startCore();
    await openPrograms(studio);
    const item = await addProgram(sandboxServer());
    const other = openWindow();
    const [view] = ok(await other.programs.list()).programs;
    const programId = view!.program.id;

    await act(async () => void ok(await other.programs.signIn({ programId, clientSecret: 'sandbox-secret' })));
    expect(await within(item).findByText('Signed in to program 4242')).toBeTruthy();

    // The first API call reports whom the token acts as (the sandbox's service user is user 1).
    await act(async () => void ok(await other.topics.list({ programId })));
    expect(await within(item).findByText('Signed in as user 1 in program 4242')).toBeTruthy();

    await act(async () => void ok(await other.programs.signOut({ programId })));
    expect(await within(item).findByText('Not signed in')).toBeTruthy();
  });

  it('lists a program added from another window', async () => {
    const { studio, openWindow } = startCore();
    await openPrograms(studio);

    await act(async () => void ok(await openWindow().programs.add({ displayName: 'From elsewhere', location: { kind: 'region', region: 'eu' }, signIn: { kind: 'user', clientId: 'c' } })));

    const item = await programItem('From elsewhere');
    expect(within(item).getByText('EU (partner.onfirstup.eu)')).toBeTruthy();
  });
});

describe('signing in as a person', () => {
  it('shows the sign-in page as a link and as text, copies it, and updates when the browser finishes', async () => {
    const { studio, openWindow } = startCore();
    await openPrograms(studio);
    const item = await addProgram(sandboxPerson());

    fireEvent.click(within(item).getByRole('button', { name: 'Sign in' }));

    const prompt = await within(item).findByRole('group', { name: 'Continue in your browser' });
    const link = within(prompt).getByRole<HTMLAnchorElement>('link', { name: /Open the sign-in page/ });
    expect(link.href.startsWith(`${sandbox.url}/oauth/authorize?`)).toBe(true);
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    expect(document.activeElement).toBe(link);
    expect(within(prompt).getByText(link.href)).toBeTruthy();
    expect(within(item).getByText('Signing in…')).toBeTruthy();

    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);
    fireEvent.click(within(prompt).getByRole('button', { name: 'Copy address' }));
    expect(await within(prompt).findByText('Copied')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(link.href);

    stubClipboard(() => Promise.reject(new Error('NotAllowedError')));
    fireEvent.click(within(prompt).getByRole('button', { name: 'Copy address' }));
    expect((await within(prompt).findByRole('alert')).textContent).toMatch(/could not be copied/);

    // The person allows the sign-in in their browser, which goes back to the studio's loopback receiver.
    await act(async () => {
      const callback = await answerSandboxSignIn(link.href, { userId: 2 });
      await (await fetch(callback)).text();
    });
    expect(await within(item).findByText('Signed in to program 4242')).toBeTruthy();
    expect(within(item).queryByRole('group', { name: 'Continue in your browser' })).toBeNull();

    const [view] = ok(await studio.programs.list()).programs;
    await act(async () => void ok(await openWindow().topics.list({ programId: view!.program.id })));
    expect(await within(item).findByText('Signed in as user 2 in program 4242')).toBeTruthy();
  });

  it('says so when the clipboard is not available, and cancels a sign-in on request', async () => {
    const { studio } = startCore();
    await openPrograms(studio);
    const item = await addProgram(sandboxPerson());
    fireEvent.click(within(item).getByRole('button', { name: 'Sign in' }));
    const prompt = await within(item).findByRole('group', { name: 'Continue in your browser' });

    fireEvent.click(within(prompt).getByRole('button', { name: 'Copy address' }));
    expect(within(prompt).getByRole('alert').textContent).toMatch(/could not be copied/);

    fireEvent.click(within(prompt).getByRole('button', { name: 'Cancel sign-in' }));

    expect(await within(item).findByText('Not signed in')).toBeTruthy();
    expect(within(item).queryByRole('group', { name: 'Continue in your browser' })).toBeNull();
  });
});

describe('removing a program', () => {
  it('asks first, keeps the program on "Keep it", and removes it on confirmation', async () => {
    const { studio } = startCore();
    const section = await openPrograms(studio);
    const item = await addProgram({ name: 'Old program', where: 'US2', method: 'As a person (recommended)', clientId: 'old' });

    fireEvent.click(within(item).getByRole('button', { name: 'Remove' }));
    const confirm = within(item).getByRole('group', { name: 'Remove “Old program” from Content Studio?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep it' }));

    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(within(item).queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(within(item).getByRole('button', { name: 'Sign in' }));

    fireEvent.click(within(item).getByRole('button', { name: 'Remove' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Remove program' }));

    await waitFor(() => expect(within(section).queryByRole('listitem', { name: 'Old program' })).toBeNull());
    expect(document.activeElement).toBe(within(section).getByRole('heading', { name: 'Programs' }));
    expect(within(section).getByText('Removed “Old program”.')).toBeTruthy();
    expect(ok(await studio.programs.list()).programs).toEqual([]);
  });
});

describe('a program that needs signing in again', () => {
  it('says so in words, with a mark of its own, and offers "Sign in again"', () => {
    const { studio } = startCore();
    const view: ProgramView = {
      program: { id: '00000000-0000-4000-8000-000000000001', displayName: 'Lapsed', location: { kind: 'region', region: 'eu' }, signIn: { kind: 'user', clientId: 'c' } },
      status: { state: 'sign_in_needed', secretPersistence: 'encrypted' },
      isSandbox: false,
    };
    render(
      <StudioContext value={studio}>
        <ul>
          <ProgramItem view={view} onChanged={() => undefined} onRemoved={() => undefined} announce={() => undefined} />
        </ul>
      </StudioContext>,
    );

    const item = screen.getByRole('listitem', { name: 'Lapsed' });
    const status = within(item).getByText('Sign-in needed — sign in again');
    expect(status.closest('[data-state]')?.getAttribute('data-state')).toBe('sign_in_needed');
    expect(within(item).getByRole('button', { name: 'Sign in again' })).toBeTruthy();
  });

  it('hides Remove for the built-in Sandbox program', () => {
    const { studio } = startCore();
    const view: ProgramView = {
      program: { id: '5a4db0c5-0000-4000-8000-00000000c0de', displayName: 'Sandbox Program', location: { kind: 'custom', apiBaseUrl: 'http://127.0.0.1:4010', authBaseUrl: 'http://127.0.0.1:4010' }, signIn: { kind: 'server', clientId: 'sandbox-client' }, remoteProgramId: '4242' },
      status: { state: 'signed_in', identity: { userId: '1', programId: '4242', displayName: 'Sandbox API Client' }, secretPersistence: 'session-only' },
      isSandbox: true,
    };
    render(
      <StudioContext value={studio}>
        <ul>
          <ProgramItem view={view} onChanged={() => undefined} onRemoved={() => undefined} announce={() => undefined} />
        </ul>
      </StudioContext>,
    );

    const item = screen.getByRole('listitem', { name: 'Sandbox Program' });
    expect(within(item).getByText('Sandbox on this computer')).toBeTruthy();
    expect(within(item).getByText('Signed in as Sandbox API Client in program 4242')).toBeTruthy();
    expect(within(item).queryByRole('button', { name: 'Remove' })).toBeNull();
    expect(within(item).getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });
});
