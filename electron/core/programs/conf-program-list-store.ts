import Conf from 'conf';
import type { Program } from '../../../shared/accounts/program-schema.js';
import type { ProgramListStore } from '../accounts/program-registry.js';

/** The program list in `<dataDir>/programs.json` for browser mode and the CLI. It holds no secret. */
export function createConfProgramListStore(dataDir: string): ProgramListStore {
  const conf = new Conf<{ programs?: unknown }>({ cwd: dataDir, configName: 'programs', projectName: 'content-studio', clearInvalidConfig: true });
  return {
    read: () => conf.get('programs'),
    write: (programs: readonly Program[]) => conf.set('programs', programs),
  };
}
