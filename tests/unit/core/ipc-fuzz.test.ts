/**
 * Every channel of the contract against malformed payloads: each must come
 * back as a typed error, with no crash, no write and no event. A new channel
 * without a valid sample below fails the first test, so nobody skips this.
 */
import { describe, expect, it } from 'vitest';
import { channelNames, type ChannelName } from '../../../shared/ipc/contract.js';
import { studioErrorCodes } from '../../../shared/ipc/studio-error.js';
import { createTestCore } from '../../support/test-core.js';

const validSamples: Record<ChannelName, Record<string, unknown>> = {
  'app.info': {},
  'settings.get': {},
  'settings.set': { theme: 'dark' },
};

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

const wrongValues: unknown[] = [null, undefined, 42, Number.NaN, Infinity, true, 'text', TEN_MB, [], [1, 2], {}, { nested: { deep: [] } }, () => 1, Symbol('s'), 10n];

function malformedPayloads(sample: Record<string, unknown>): [string, unknown][] {
  const cases: [string, unknown][] = [
    ['null', null],
    ['a number', 7],
    ['NaN', Number.NaN],
    ['a string', 'settings'],
    ['a 10 MB string', TEN_MB],
    ['an array', [sample]],
    ['an extra key', { ...sample, extra: 1 }],
    ['a 10 MB extra key', { ...sample, [TEN_MB.slice(0, 1000)]: TEN_MB }],
    ['an own __proto__ key', JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(sample).slice(1, -1) || '"x": 1'}}`)],
    ['a constructor.prototype key', { ...sample, constructor: { prototype: { polluted: true } } }],
    ['an object with a getter that throws', Object.defineProperty({ ...sample }, 'boom', { enumerable: true, get: () => { throw new Error('boom'); } })],
  ];
  for (const key of Object.keys(sample)) {
    for (const value of wrongValues) {
      if (typeof value === typeof sample[key] && value !== TEN_MB) continue;
      cases.push([`${key} = ${typeof value === 'string' ? `string(${value.length})` : String(value)}`, { ...sample, [key]: value }]);
    }
    const { [key]: _missing, ...withoutKey } = sample;
    if (Object.keys(withoutKey).length > 0) cases.push([`missing ${key}`, withoutKey]);
  }
  return cases;
}

describe('IPC fuzz', () => {
  it('has a valid sample for every channel, and each sample is accepted', async () => {
    expect(Object.keys(validSamples).sort()).toEqual([...channelNames].sort());
    const { core } = createTestCore();
    for (const name of channelNames) {
      expect(await core.router.invoke(name, validSamples[name])).toMatchObject({ ok: true });
    }
  });

  for (const name of channelNames) {
    it(`${name}: malformed payloads get a typed error and change nothing`, async () => {
      const { core, writes, emitted } = createTestCore();
      for (const [label, payload] of malformedPayloads(validSamples[name])) {
        const result = await core.router.invoke(name, payload);
        expect(result.ok, `${name} accepted ${label}`).toBe(false);
        if (!result.ok) {
          expect(studioErrorCodes, label).toContain(result.error.code);
          expect(result.error.code, label).toBe('invalid_request');
          expect(JSON.stringify(result).length, `${label}: error echoes the payload`).toBeLessThan(10_000);
        }
      }
      expect(writes).toEqual([]);
      expect(emitted).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('answers garbage channel names with a typed error', async () => {
    const { core } = createTestCore();
    for (const channel of [undefined, null, 42, {}, [], 'app', 'app.info.extra', 'APP.INFO', TEN_MB, '__proto__']) {
      const result = await core.router.invoke(channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
      expect(JSON.stringify(result).length).toBeLessThan(1_000);
    }
  });
});
