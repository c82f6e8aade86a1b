import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { createMemorySettingsStore, type SettingsStore } from '../../../electron/core/settings/settings-store.js';
import { createStudioCore } from '../../../electron/core/studio-core.js';
import { testCoreStores } from '../../support/test-core.js';
import type { AppInfo } from '../../../shared/ipc/contract.js';
import { buildStudioApi, type StudioApi } from '../../../shared/ipc/studio-api.js';
import { defaultSettings } from '../../../shared/settings/settings-schema.js';
import { App } from '../../../renderer/App.js';

const desktopInfo: AppInfo = {
  name: 'Content Studio',
  version: '0.1.0',
  platform: 'linux',
  transport: 'electron',
  dataDir: '/home/writer/.config/Content Studio',
  versions: { node: '22.20.0', electron: '45.4.1', chrome: '142.0.7444.59' },
};

/**
 * The real core behind the real `window.studio` shape, as the preload and the
 * browser bridge build it. `openWindow` gives another window on the same core.
 */
function startCore({ appInfo = desktopInfo, settingsStore = createMemorySettingsStore() } = {}) {
  const logger = createMemoryLogger();
  const core = createStudioCore({ appInfo, settingsStore, logger, ...testCoreStores() });
  const openWindow = (): StudioApi =>
    buildStudioApi({
      invoke: (channel, request) => core.router.invoke(channel, request),
      subscribe: (event, listener) =>
        core.events.subscribe((name, payload) => {
          if (name === event) listener(payload);
        }),
    });
  return { studio: openWindow(), openWindow, settingsStore, logger };
}

/** Stands in for the operating system's light/dark setting, which jsdom does not have. */
function fakeSystemAppearance(initiallyDark: boolean) {
  let dark = initiallyDark;
  const listeners = new Set<() => void>();
  const matchMedia = (query: string) =>
    ({
      media: query,
      get matches() {
        return query === '(prefers-color-scheme: dark)' && dark;
      },
      addEventListener: (_type: 'change', listener: () => void) => listeners.add(listener),
      removeEventListener: (_type: 'change', listener: () => void) => listeners.delete(listener),
    }) as unknown as MediaQueryList;
  Object.defineProperty(window, 'matchMedia', { configurable: true, writable: true, value: matchMedia });
  return {
    switchTo(nextDark: boolean) {
      dark = nextDark;
      for (const listener of listeners) listener();
    },
  };
}

function brokenWritesStore(): SettingsStore {
  const store = createMemorySettingsStore();
  return {
    read: () => store.read(),
    write: () => {
      throw new Error('EACCES: permission denied');
    },
  };
}

const nav = () => screen.getByRole('navigation', { name: 'Studio' });
const navButton = (name: string) => within(nav()).getByRole('button', { name });
const pageHeading = (name: string) => screen.findByRole('heading', { level: 1, name });
const radio = (name: string) => screen.getByRole<HTMLInputElement>('radio', { name });
const theme = () => document.documentElement.dataset.theme;

async function openSettings() {
  fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
  await pageHeading('Settings');
}

let system: ReturnType<typeof fakeSystemAppearance>;

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  system = fakeSystemAppearance(false);
});

afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.theme;
});

describe('navigation', () => {
  it('opens on Drafts, marked as the current page', async () => {
    render(<App studio={startCore().studio} />);

    await pageHeading('Drafts');
    expect(navButton('Drafts').getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('main')).toBeTruthy();
  });

  it('switches screens from the sidebar and keeps the choice in the address', async () => {
    render(<App studio={startCore().studio} />);
    await pageHeading('Drafts');

    fireEvent.click(navButton('Library'));

    await pageHeading('Library');
    expect(window.location.hash).toBe('#/library');
    expect(navButton('Library').getAttribute('aria-current')).toBe('page');
    expect(navButton('Drafts').hasAttribute('aria-current')).toBe(false);
    expect(screen.queryByRole('heading', { level: 1, name: 'Drafts' })).toBeNull();
  });

  it('opens the screen named in the address, as after a reload', async () => {
    window.history.replaceState(null, '', '/#/queue');
    render(<App studio={startCore().studio} />);

    await pageHeading('Queue');
    expect(navButton('Queue').getAttribute('aria-current')).toBe('page');
  });

  it('falls back to Drafts for an address that names no screen', async () => {
    window.history.replaceState(null, '', '/#/nowhere');
    render(<App studio={startCore().studio} />);

    await pageHeading('Drafts');
  });

  it('switches screens with Ctrl+number', async () => {
    render(<App studio={startCore().studio} />);
    await pageHeading('Drafts');

    fireEvent.keyDown(window, { key: '4', code: 'Digit4', ctrlKey: true });
    await pageHeading('Topics');

    fireEvent.keyDown(window, { key: '5', code: 'Digit5', metaKey: true });
    await pageHeading('Settings');
    expect(window.location.hash).toBe('#/settings');
  });

  it('Queue, read from the core, says nothing is waiting when the outbox is empty, with nothing to click', async () => {
    render(<App studio={startCore().studio} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Queue' }));
    await pageHeading('Queue');

    const main = screen.getByRole('main');
    expect(await within(main).findByRole('heading', { level: 2, name: 'Nothing is waiting to be published' })).toBeTruthy();
    expect(within(main).getByText(/each one waits here until Firstup has it/)).toBeTruthy();
    expect(within(main).queryAllByRole('button')).toHaveLength(0);
    expect(within(main).queryAllByRole('listitem')).toHaveLength(0);
  });
});

describe('theme', () => {
  it('applies the saved preference at start', async () => {
    render(<App studio={startCore({ settingsStore: createMemorySettingsStore({ theme: 'dark' }) }).studio} />);

    await pageHeading('Drafts');
    expect(theme()).toBe('dark');
  });

  it('saves a new choice through the core, says so, and applies it', async () => {
    const { studio, settingsStore } = startCore();
    render(<App studio={studio} />);
    await openSettings();
    expect(radio('System').checked).toBe(true);
    expect(theme()).toBe('light');

    fireEvent.click(radio('Dark'));

    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(radio('Dark').checked).toBe(true);
    expect(theme()).toBe('dark');
    expect(settingsStore.read()).toEqual({ ...defaultSettings, theme: 'dark' });
  });

  it('follows the operating system while the preference is System', async () => {
    render(<App studio={startCore().studio} />);
    await pageHeading('Drafts');
    expect(theme()).toBe('light');

    act(() => system.switchTo(true));
    expect(theme()).toBe('dark');

    act(() => system.switchTo(false));
    expect(theme()).toBe('light');
  });

  it('ignores the operating system once Light or Dark is chosen', async () => {
    render(<App studio={startCore({ settingsStore: createMemorySettingsStore({ theme: 'light' }) }).studio} />);
    await pageHeading('Drafts');

    act(() => system.switchTo(true));

    expect(theme()).toBe('light');
  });

  it('applies a change made in another window', async () => {
    const { studio, openWindow } = startCore();
    render(<App studio={studio} />);
    await openSettings();

    await act(() => openWindow().settings.set({ theme: 'dark' }));

    expect(radio('Dark').checked).toBe(true);
    expect(theme()).toBe('dark');
  });
});

describe('settings', () => {
  it('reports a failed save and keeps showing the preference that is really stored', async () => {
    const { studio, logger } = startCore({ settingsStore: brokenWritesStore() });
    render(<App studio={studio} />);
    await openSettings();

    fireEvent.click(radio('Dark'));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Your theme could not be saved\./);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByText('Saved')).toBeNull();
    expect(radio('System').checked).toBe(true);
    expect(radio('Dark').checked).toBe(false);
    expect(theme()).toBe('light');
    expect(logger.lines.some((line) => line.level === 'error')).toBe(true);
  });

  it('shows the details of the app in the About panel', async () => {
    render(<App studio={startCore().studio} />);
    await openSettings();

    const about = screen.getByRole('region', { name: 'About Content Studio' });
    expect(await within(about).findByText('Desktop app (Electron)')).toBeTruthy();
    for (const text of ['Content Studio', '0.1.0', 'Linux', '/home/writer/.config/Content Studio', '22.20.0', '45.4.1', '142.0.7444.59']) {
      expect(within(about).getByText(text)).toBeTruthy();
    }
  });

  it('leaves out the Electron and Chrome versions in browser mode', async () => {
    const browserInfo: AppInfo = { ...desktopInfo, transport: 'web', platform: 'darwin', versions: { node: '20.19.5' } };
    render(<App studio={startCore({ appInfo: browserInfo }).studio} />);
    await openSettings();

    const about = screen.getByRole('region', { name: 'About Content Studio' });
    expect(await within(about).findByText('Browser mode')).toBeTruthy();
    expect(within(about).getByText('macOS')).toBeTruthy();
    expect(within(about).queryByText('Electron')).toBeNull();
    expect(within(about).queryByText('Chrome')).toBeNull();
  });
});

describe('startup', () => {
  it('explains when the preferences cannot be read, and tries again on request', async () => {
    let readable = false;
    const store = createMemorySettingsStore({ theme: 'dark' });
    const flakyStore: SettingsStore = {
      read: () => {
        if (!readable) throw new Error('EIO: i/o error');
        return store.read();
      },
      write: (settings) => store.write(settings),
    };
    render(<App studio={startCore({ settingsStore: flakyStore }).studio} />);

    await pageHeading('Content Studio could not start.');
    readable = true;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    await pageHeading('Drafts');
    expect(theme()).toBe('dark');
  });
});
