import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEB_PORT, parseWebOptions, UsageError } from '../../../electron/web/web-options.js';

describe('browser-mode options', () => {
  it('defaults to port 5183 and the XDG data folder', () => {
    expect(DEFAULT_WEB_PORT).toBe(5183);
    expect(parseWebOptions([], { XDG_DATA_HOME: '/data' })).toEqual({ port: 5183, dataDir: '/data/content-studio' });
  });

  it('takes --port and --data-dir, in either spelling', () => {
    expect(parseWebOptions(['--port', '6000', '--data-dir=./x'], {})).toEqual({ port: 6000, dataDir: path.resolve('x') });
    expect(parseWebOptions(['--port=0'], { CONTENT_STUDIO_DATA_DIR: '/env' })).toEqual({ port: 0, dataDir: '/env' });
  });

  it('explains a bad port or an unknown option', () => {
    for (const args of [['--port', 'abc'], ['--port', '70000'], ['--port', '-1'], ['--port', '1.5'], ['--verbose']]) {
      expect(() => parseWebOptions(args, {}), args.join(' ')).toThrow(UsageError);
    }
    expect(() => parseWebOptions(['--port', 'abc'], {})).toThrow('--port takes a number');
  });
});
