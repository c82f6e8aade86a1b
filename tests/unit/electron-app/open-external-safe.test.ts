import { beforeEach, describe, expect, test, vi } from 'vitest';
import { isSafeExternalUrl, openExternalSafe } from '../../../electron/app/open-external-safe.js';
import { fakeElectron } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).fakeElectron.module);

const openExternal = fakeElectron.module.shell.openExternal;

beforeEach(() => {
  openExternal.mockClear();
  openExternal.mockImplementation(() => Promise.resolve());
});

const refused = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'file:///etc/passwd',
  'file://host/share/x.exe',
  'data:text/html,<script>alert(1)</script>',
  'smb://host/share',
  '\\\\host\\share',
  '//host/share',
  'vscode://x',
  'vscode://vscode.git/clone?url=https://evil.example/repo',
  'ms-msdt:/id PCWDiagnostic /skip force',
  'ms-officecmd:{"id":3}',
  'search-ms:query=x',
  'http://example.com',
  'ftp://example.com/file',
  'ws://example.com',
  'about:blank',
  'chrome://settings',
  'app://studio/index.html',
  'https://user:pw@host.example/',
  'https://user@host.example/',
  'https://bank.example@evil.example/',
  'mailto:a@b.c?attach=/etc/passwd',
  'mailto:a@b.c?subject=x&Attachment=~/.ssh/id_rsa',
  'mailto:',
  '',
  'not a url',
];

/** The URL as given, and exactly what reaches the OS. */
const allowed: [string, string][] = [
  ['https://example.com/page?q=1#top', 'https://example.com/page?q=1#top'],
  ['HTTPS://EXAMPLE.COM/x', 'https://example.com/x'],
  // IDN (a Cyrillic "а" here): allowed, but the OS gets punycode, so the browser shows what it is.
  ['https://exаmple.com/', 'https://xn--exmple-4nf.com/'],
  ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
  ['mailto:a@b.c', 'mailto:a@b.c'],
  ['mailto:a@b.c?subject=Hello&body=World', 'mailto:a@b.c?subject=Hello&body=World'],
];

describe('openExternalSafe', () => {
  test.each(refused)('refuses %j without calling the shell', async (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
    await expect(openExternalSafe(url)).resolves.toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  test.each(allowed)('opens %j as %j', async (url, opened) => {
    expect(isSafeExternalUrl(url)).toBe(true);
    await expect(openExternalSafe(url)).resolves.toBe(true);
    expect(openExternal.mock.calls).toEqual([[opened]]);
  });

  test('reports false when the OS cannot open it', async () => {
    openExternal.mockImplementation(() => Promise.reject(new Error('no handler')));
    await expect(openExternalSafe('https://example.com/')).resolves.toBe(false);
  });
});
