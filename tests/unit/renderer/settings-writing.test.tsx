/**
 * Settings → Writing against the real core: what a writer sees, what each
 * change stores, "Saved" only once the core has answered, and a refusal
 * shown next to the control with the stored value back in place.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryProgramListStore } from '../../../electron/core/accounts/program-registry.js';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { SANDBOX_PROGRAM_ID } from '../../../electron/core/sandbox-program/sandbox-program.js';
import { createMemorySettingsStore, type SettingsStore } from '../../../electron/core/settings/settings-store.js';
import { createStudioCore } from '../../../electron/core/studio-core.js';
import { SettingsScreen } from '../../../renderer/screens/SettingsScreen.js';
import { SettingsContext } from '../../../renderer/studio/settings-context.js';
import { StudioContext } from '../../../renderer/studio/studio-context.js';
import { useStudioSettings } from '../../../renderer/studio/use-studio-settings.js';
import type { Program } from '../../../shared/accounts/program-schema.js';
import { buildStudioApi, type StudioApi } from '../../../shared/ipc/studio-api.js';
import { defaultSettings, type Settings } from '../../../shared/settings/settings-schema.js';
import { testAppInfo, testCoreStores } from '../../support/test-core.js';

const ACME_ID = '0f8c7a52-3b1e-4d7a-9c2e-5a6b7c8d9e0f';
const programs: Program[] = [
  {
    id: SANDBOX_PROGRAM_ID,
    displayName: 'Sandbox Program',
    location: { kind: 'custom', apiBaseUrl: 'http://127.0.0.1:4010', authBaseUrl: 'http://127.0.0.1:4010' },
    signIn: { kind: 'server', clientId: 'sandbox-client' },
  },
  { id: ACME_ID, displayName: 'Acme Comms', location: { kind: 'region', region: 'us1' }, signIn: { kind: 'user', clientId: 'acme-desktop' } },
];

/** The real core and `window.studio`; `settings.set` answers only once `release()` is called when `holdSaves` is set. */
function startCore({ stored, settingsStore = createMemorySettingsStore(stored), holdSaves = false }: { stored?: Partial<Settings>; settingsStore?: SettingsStore; holdSaves?: boolean } = {}) {
  const core = createStudioCore({
    appInfo: testAppInfo,
    settingsStore,
    logger: createMemoryLogger(),
    ...testCoreStores(),
    programListStore: createMemoryProgramListStore(programs),
  });
  const held: (() => void)[] = [];
  const studio = buildStudioApi({
    invoke: async (channel, request) => {
      if (holdSaves && channel === 'settings.set') await new Promise<void>((resolve) => held.push(resolve));
      return core.router.invoke(channel, request);
    },
    subscribe: (event, listener) => core.events.subscribe((name, payload) => (name === event ? listener(payload) : undefined)),
  });
  return { studio, settingsStore, release: () => held.splice(0).forEach((resolve) => resolve()) };
}

function SettingsHarness({ studio }: { studio: StudioApi }) {
  const { state, save } = useStudioSettings(studio);
  if (state.status !== 'ready') return null;
  return (
    <StudioContext value={studio}>
      <SettingsContext value={{ settings: state.settings, save }}>
        <SettingsScreen />
      </SettingsContext>
    </StudioContext>
  );
}

async function openWriting(studio: StudioApi) {
  render(<SettingsHarness studio={studio} />);
  return screen.findByRole('region', { name: 'Writing' });
}

const row = (name: 'Spelling' | 'Autosave' | 'New drafts') => within(screen.getByRole('region', { name: 'Writing' })).getByRole('group', { name });
const spellSwitch = () => within(row('Spelling')).getByRole<HTMLInputElement>('switch', { name: 'Check spelling as I write' });
const language = (name: string) => within(row('Spelling')).getByRole<HTMLInputElement>('checkbox', { name });
const select = (label: string) => screen.getByLabelText<HTMLSelectElement>(label);
const selectedText = (label: string) => select(label).selectedOptions[0]?.textContent;
const stored = (store: SettingsStore) => store.read() as Settings;

afterEach(cleanup);

describe('what is shown', () => {
  it('shows the stored preferences, with the defaults for a new user', async () => {
    await openWriting(startCore().studio);

    expect(spellSwitch().checked).toBe(true);
    expect(language('English (US)').checked).toBe(true);
    for (const name of ['English (UK)', 'French', 'German', 'Spanish', 'Portuguese (Brazil)', 'Dutch', 'Italian']) expect(language(name).checked).toBe(false);
    expect(selectedText('Save a draft after a pause in typing of')).toBe('1 second');
    expect(select('Save a draft after a pause in typing of').options).toHaveLength(10);
    await within(row('New drafts')).findByRole('option', { name: 'Acme Comms (not signed in)' });
    expect(selectedText('New drafts go to')).toBe('Sandbox Program (built in)');
  });

  it('names a stored language that is not in the common list, and offers no sixth when five are chosen', async () => {
    await openWriting(startCore({ stored: { ...defaultSettings, spellCheckLanguages: ['en-GB', 'fr', 'de', 'es', 'sv'] } }).studio);

    expect(language('Swedish').checked).toBe(true);
    expect(language('English (US)').disabled).toBe(true);
    expect(language('Italian').disabled).toBe(true);
    expect(language('French').disabled).toBe(false);
    expect(within(row('Spelling')).getByText(/Up to 5 at once\./)).toBeTruthy();
  });

  it('says so when the program chosen for new drafts was removed, and shows the Sandbox program instead', async () => {
    await openWriting(startCore({ stored: { ...defaultSettings, defaultProgramId: '11111111-2222-4333-8444-555555555555' } }).studio);

    expect(await within(row('New drafts')).findByText('The program chosen before is no longer in Content Studio, so new drafts go to the Sandbox program.')).toBeTruthy();
    expect(selectedText('New drafts go to')).toBe('Sandbox Program (built in)');
  });
});

describe('saving', () => {
  it('adds a dictionary at once, and says "Saved" only once the core has stored it', async () => {
    const { studio, settingsStore, release } = startCore({ holdSaves: true });
    await openWriting(studio);

    fireEvent.click(language('French'));

    expect(language('French').checked).toBe(true);
    expect(within(row('Spelling')).queryByText('Saved')).toBeNull();
    expect(settingsStore.read()).toBeUndefined();

    act(() => release());

    expect(await within(row('Spelling')).findByText('Saved')).toBeTruthy();
    expect(stored(settingsStore).spellCheckLanguages).toEqual(['en-US', 'fr']);
  });

  it('turns spelling off with an empty list, greys out the dictionaries, and brings the same ones back', async () => {
    const { studio, settingsStore } = startCore({ stored: { ...defaultSettings, spellCheckLanguages: ['en-GB', 'nl'] } });
    await openWriting(studio);

    fireEvent.click(spellSwitch());
    await within(row('Spelling')).findByText('Saved');
    expect(stored(settingsStore).spellCheckLanguages).toEqual([]);
    expect(spellSwitch().checked).toBe(false);
    expect(within(row('Spelling')).getByRole('group', { name: 'Dictionaries' }).hasAttribute('disabled')).toBe(true);
    expect(language('Dutch').checked).toBe(true);

    fireEvent.click(spellSwitch());
    await vi.waitFor(() => expect(stored(settingsStore).spellCheckLanguages).toEqual(['en-GB', 'nl']));
    expect(spellSwitch().checked).toBe(true);
  });

  it('stores a new autosave delay', async () => {
    const { studio, settingsStore } = startCore();
    await openWriting(studio);

    fireEvent.change(select('Save a draft after a pause in typing of'), { target: { value: '4' } });

    expect(await within(row('Autosave')).findByText('Saved')).toBeTruthy();
    expect(stored(settingsStore).autosaveDelaySeconds).toBe(4);
    expect(selectedText('Save a draft after a pause in typing of')).toBe('4 seconds');
  });

  it('stores the program for new drafts, and the Sandbox program as no choice', async () => {
    const { studio, settingsStore } = startCore();
    await openWriting(studio);
    await within(row('New drafts')).findByRole('option', { name: 'Acme Comms (not signed in)' });

    fireEvent.change(select('New drafts go to'), { target: { value: ACME_ID } });
    await within(row('New drafts')).findByText('Saved');
    expect(stored(settingsStore).defaultProgramId).toBe(ACME_ID);

    fireEvent.change(select('New drafts go to'), { target: { value: '' } });
    await vi.waitFor(() => expect(stored(settingsStore).defaultProgramId).toBeNull());
    expect(selectedText('New drafts go to')).toBe('Sandbox Program (built in)');
  });

  it('shows a refusal next to the control and puts the stored value back', async () => {
    const inner = createMemorySettingsStore();
    const settingsStore: SettingsStore = {
      read: () => inner.read(),
      write: () => {
        throw new Error('EACCES: permission denied');
      },
    };
    await openWriting(startCore({ settingsStore }).studio);

    fireEvent.change(select('Save a draft after a pause in typing of'), { target: { value: '7' } });

    const alert = await within(row('Autosave')).findByRole('alert');
    expect(alert.textContent).toBe('Your autosave delay could not be saved. Something went wrong inside Content Studio. The details are in the log.');
    expect(select('Save a draft after a pause in typing of').getAttribute('aria-describedby')).toContain(alert.id);
    expect(selectedText('Save a draft after a pause in typing of')).toBe('1 second');
    expect(screen.queryByText('Saved')).toBeNull();
    expect(within(row('Spelling')).queryByRole('alert')).toBeNull();
  });
});
