import Store from 'electron-store';
import type { ProgramListStore } from '../core/accounts/program-registry.js';

/** The program list in `<userData>/programs.json`. It never holds a secret; core validates what it reads. */
export function createElectronProgramListStore(): ProgramListStore {
  const store = new Store<{ programs?: unknown }>({ name: 'programs', clearInvalidConfig: true });
  return {
    read: () => store.get('programs'),
    write: (programs) => store.set('programs', programs),
  };
}
