import { describe, expect, test } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, originOf, rendererLocation } from '../../../electron/app/renderer-location.js';

describe('rendererLocation', () => {
  test('production loads the bundle from app://studio and trusts only that origin', () => {
    expect(rendererLocation(undefined, false)).toEqual({ entryUrl: 'app://studio/index.html', trustedOrigin: 'app://studio' });
    expect(rendererLocation('', false)).toEqual({ entryUrl: APP_ENTRY_URL, trustedOrigin: APP_ORIGIN });
  });

  test('a packaged app ignores the dev server variable', () => {
    expect(rendererLocation('http://127.0.0.1:5173', true)).toEqual({ entryUrl: APP_ENTRY_URL, trustedOrigin: APP_ORIGIN });
  });

  test.each([
    ['http://127.0.0.1:5173', 'http://127.0.0.1:5173/', 'http://127.0.0.1:5173'],
    ['http://localhost:5173/', 'http://localhost:5173/', 'http://localhost:5173'],
  ])('dev accepts the loopback dev server %s', (url, entryUrl, trustedOrigin) => {
    expect(rendererLocation(url, false)).toEqual({ entryUrl, trustedOrigin });
  });

  test.each([
    'https://127.0.0.1:5173',
    'http://evil.example',
    'http://127.0.0.1.evil.example:5173',
    'http://localhost.evil.example',
    'http://0.0.0.0:5173',
    'http://192.168.1.10:5173',
    'http://user:pw@127.0.0.1:5173',
    'http://evil.example@127.0.0.1:5173',
    'file:///tmp/index.html',
    'app://studio',
    'javascript:alert(1)',
    'not a url',
  ])('dev refuses %s', (url) => {
    expect(() => rendererLocation(url, false)).toThrow(/CONTENT_STUDIO_DEV_SERVER_URL/);
  });
});

describe('originOf', () => {
  test.each([
    ['app://studio/index.html', 'app://studio'],
    ['app://studio/a/b?c#d', 'app://studio'],
    ['http://127.0.0.1:5173/x', 'http://127.0.0.1:5173'],
    ['http://localhost:80/x', 'http://localhost'],
    ['https://evil.example/', 'https://evil.example'],
    ['app://evil/index.html', 'app://evil'],
    ['app://user@studio/', null],
    ['about:blank', null],
    ['', null],
    ['app:///index.html', null],
  ])('%s → %s', (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });
});
