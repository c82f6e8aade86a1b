import { describe, expect, test } from 'vitest';
import { createMemoryProgramListStore, createProgramRegistry } from '../../../electron/core/accounts/program-registry.js';
import { endpointsOf, type AddProgramInput } from '../../../shared/accounts/program-schema.js';
import { capturingLogger } from './oauth-test-support.js';

const ids = () => {
  let next = 0;
  return () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`;
};

const custom = (apiBaseUrl: string, authBaseUrl = apiBaseUrl): AddProgramInput => ({
  displayName: 'Staging',
  location: { kind: 'custom', apiBaseUrl, authBaseUrl },
  signIn: { kind: 'user', clientId: 'desktop' },
});

describe('the program list', () => {
  test('adds, lists and removes programs; regions resolve to their documented host pairs', () => {
    const store = createMemoryProgramListStore();
    const registry = createProgramRegistry(store, capturingLogger(), ids());
    const eu = registry.add({ displayName: ' Acme EU ', location: { kind: 'region', region: 'eu' }, signIn: { kind: 'server', clientId: 'acme-bot' } });
    const us2 = registry.add({ displayName: 'Acme US2', location: { kind: 'region', region: 'us2' }, signIn: { kind: 'user', clientId: 'desktop' } });

    expect(eu).toEqual({ id: '00000000-0000-4000-8000-000000000001', displayName: 'Acme EU', location: { kind: 'region', region: 'eu' }, signIn: { kind: 'server', clientId: 'acme-bot' } });
    expect(endpointsOf(eu.location)).toEqual({ apiBaseUrl: 'https://partner.onfirstup.eu', authBaseUrl: 'https://auth.onfirstup.eu' });
    expect(endpointsOf(us2.location)).toEqual({ apiBaseUrl: 'https://partner.us2.onfirstup.com', authBaseUrl: 'https://auth.us2.onfirstup.com' });
    expect(endpointsOf({ kind: 'region', region: 'us1' })).toEqual({ apiBaseUrl: 'https://partner.socialchorus.com', authBaseUrl: 'https://auth.socialchorus.com' });
    expect(createProgramRegistry(store, capturingLogger()).list()).toEqual([eu, us2]);

    registry.remove(eu.id);
    expect(createProgramRegistry(store, capturingLogger()).list()).toEqual([us2]);
    expect(() => registry.get(eu.id)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  test('custom hosts must be https, or http on a loopback IP (the sandbox); they are stored normalised', () => {
    const registry = createProgramRegistry(createMemoryProgramListStore(), capturingLogger(), ids());
    expect(registry.add(custom('https://Staging.Example.com/')).location).toEqual({
      kind: 'custom',
      apiBaseUrl: 'https://staging.example.com',
      authBaseUrl: 'https://staging.example.com',
    });
    expect(registry.add(custom('http://127.0.0.1:4010')).location).toMatchObject({ apiBaseUrl: 'http://127.0.0.1:4010' });
    expect(registry.add(custom('http://[::1]:4010/')).location).toMatchObject({ apiBaseUrl: 'http://[::1]:4010' });

    for (const refused of ['http://staging.example.com', 'http://localhost:4010', 'http://127.0.0.1.evil.example', 'https://user:pw@staging.example.com', 'https://x.example/?a=1', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(() => registry.add(custom(refused)), refused).toThrow(expect.objectContaining({ code: 'invalid_request' }));
    }
  });

  test('there is no room for a secret in an entry', () => {
    const registry = createProgramRegistry(createMemoryProgramListStore(), capturingLogger(), ids());
    const withSecret = { ...custom('https://x.example'), signIn: { kind: 'server', clientId: 'bot', clientSecret: 'hunter2' } } as unknown as AddProgramInput;
    expect(() => registry.add(withSecret)).toThrow(expect.objectContaining({ code: 'invalid_request' }));
  });

  test('damaged entries are dropped one by one and reported by position and field, never by value', () => {
    const good = { id: '00000000-0000-4000-8000-000000000001', displayName: 'Good', location: { kind: 'region', region: 'us1' }, signIn: { kind: 'user', clientId: 'desktop' } };
    const store = createMemoryProgramListStore([
      good,
      { ...good, id: 'not-a-uuid' },
      { ...good, id: '00000000-0000-4000-8000-000000000002', location: { kind: 'custom', apiBaseUrl: 'http://evil.example', authBaseUrl: 'http://evil.example' } },
      { ...good },
      'garbage',
    ]);
    const logger = capturingLogger();

    expect(createProgramRegistry(store, logger).list()).toEqual([good]);
    expect(logger.text()).toContain('Dropped a damaged program entry {"index":1,"fields":["id"]}');
    expect(logger.text()).toContain('{"index":2,"fields":["location.apiBaseUrl","location.authBaseUrl"]}');
    expect(logger.text()).toContain('Dropped a program entry with a duplicate id {"index":3}');
    expect(logger.text()).toContain('{"index":4,"fields":[""]}');
    expect(logger.text()).not.toContain('evil.example');
  });

  test('a list that is not a list starts empty, with a warning', () => {
    const logger = capturingLogger();
    expect(createProgramRegistry(createMemoryProgramListStore({ programs: 'x' }), logger).list()).toEqual([]);
    expect(logger.text()).toContain('not a list');
    expect(createProgramRegistry(createMemoryProgramListStore(), logger).list()).toEqual([]);
  });
});
