import { beforeAll, describe, expect, test, vi } from 'vitest';
import { channelNames, eventNames } from '../../../shared/ipc/contract.js';
import { subscriptionName } from '../../../shared/ipc/studio-api.js';
import { fakeElectron } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).fakeElectron.module);

const { contextBridge, ipcRenderer } = fakeElectron.module;
type Listener = (...args: unknown[]) => void;
let studio: Record<string, unknown>;

beforeAll(async () => {
  await import('../../../electron/app/preload.js');
  const [key, api] = contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(key).toBe('studio');
  studio = api as Record<string, unknown>;
});

function namespace(name: string): Record<string, unknown> {
  return studio[name] as Record<string, unknown>;
}

function method(channel: string): (request?: unknown) => Promise<unknown> {
  const [group = '', name = ''] = channel.split('.');
  return namespace(group)[name] as (request?: unknown) => Promise<unknown>;
}

function subscribe(event: string): (listener: Listener) => () => void {
  return studio[subscriptionName(event as (typeof eventNames)[number])] as (listener: Listener) => () => void;
}

describe('window.studio', () => {
  test('is the only thing exposed', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  });

  test('holds exactly the contract namespaces and one onX per event', () => {
    const namespaces = [...new Set(channelNames.map((channel) => channel.split('.')[0]))];
    const subscriptions = eventNames.map(subscriptionName);
    expect(Object.keys(studio).sort()).toEqual([...namespaces, ...subscriptions].sort());
    for (const ns of namespaces) {
      const expected = channelNames.filter((c) => c.startsWith(`${ns}.`)).map((c) => c.split('.')[1]);
      expect(Object.keys(namespace(ns ?? '')).sort()).toEqual(expected.sort());
    }
  });

  test('every leaf is a function, and none of it is ipcRenderer or a generic invoke/send/on', () => {
    const leaves = Object.values(studio).flatMap((value) => (typeof value === 'function' ? [value] : Object.values(value as Record<string, unknown>)));
    expect(leaves).toHaveLength(channelNames.length + eventNames.length);
    for (const leaf of leaves) {
      expect(typeof leaf).toBe('function');
      expect(leaf).not.toBe(ipcRenderer);
      expect(leaf).not.toBe(ipcRenderer.invoke);
    }
    const keys = JSON.stringify(Object.keys(studio)) + JSON.stringify(Object.values(studio).map((v) => Object.keys(v as object)));
    expect(keys).not.toMatch(/"(invoke|send|sendSync|on|once|ipcRenderer|postMessage)"/);
  });

  test('a channel function invokes that channel only, with the request', async () => {
    ipcRenderer.invoke.mockClear();
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, data: { theme: 'dark' } });
    await expect(method('settings.set')({ theme: 'dark' })).resolves.toEqual({ ok: true, data: { theme: 'dark' } });
    expect(ipcRenderer.invoke.mock.calls).toEqual([['settings.set', { theme: 'dark' }]]);
  });

  test('a failed invoke resolves to a core_unreachable error instead of rejecting', async () => {
    ipcRenderer.invoke.mockRejectedValueOnce(new Error("No handler registered for 'app.info'"));
    await expect(method('app.info')()).resolves.toMatchObject({ ok: false, error: { code: 'core_unreachable' } });
  });

  test.each(eventNames)('%s: the callback gets exactly one argument, the payload, until unsubscribed', (event) => {
    const channel = `studio:event:${event}`;
    const received: unknown[][] = [];
    const unsubscribe = subscribe(event)((...args) => received.push(args));
    expect(ipcRenderer.listenerCount(channel)).toBe(1);

    const ipcEvent = { sender: ipcRenderer, senderId: 0, ports: [] };
    ipcRenderer.emit(channel, ipcEvent, { theme: 'dark' }, 'extra');
    expect(received).toEqual([[{ theme: 'dark' }]]);

    unsubscribe();
    expect(ipcRenderer.listenerCount(channel)).toBe(0);
    ipcRenderer.emit(channel, ipcEvent, { theme: 'light' });
    expect(received).toHaveLength(1);
  });
});
