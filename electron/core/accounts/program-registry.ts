import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { addProgramInputSchema, programSchema, type AddProgramInput, type Program } from '../../../shared/accounts/program-schema.js';
import type { Logger } from '../logging/logger.js';

/**
 * Where the list of programs is kept: electron-store in the app, conf in
 * browser mode, memory in tests. It holds no secret, so it may be a plain file.
 */
export interface ProgramListStore {
  read(): unknown;
  write(list: readonly Program[]): void;
}

export function createMemoryProgramListStore(initial?: unknown): ProgramListStore {
  let value: unknown = initial;
  return {
    read: () => value,
    write: (list) => {
      value = structuredClone(list);
    },
  };
}

export interface ProgramRegistry {
  list(): readonly Program[];
  /** The program, or StudioError('not_found'). */
  get(id: string): Program;
  add(input: AddProgramInput): Program;
  /** Replaces the entry with the same id (learnt Firstup program id, changed client id). */
  update(program: Program): void;
  remove(id: string): void;
}

/**
 * A hand-edited or half-written file must not cost the user every program,
 * so entries are checked one by one and only the damaged ones are dropped
 * (and logged by position and field, never by value).
 */
function readValidated(store: ProgramListStore, logger: Logger): Program[] {
  const raw = store.read();
  if (raw === undefined) return [];
  const entries = z.array(z.unknown()).safeParse(raw);
  if (!entries.success) {
    logger.warn('The program list is not a list; starting with no programs');
    return [];
  }
  const programs: Program[] = [];
  entries.data.forEach((entry, index) => {
    const parsed = programSchema.safeParse(entry);
    if (!parsed.success) {
      logger.warn('Dropped a damaged program entry', { index, fields: parsed.error.issues.map((issue) => issue.path.join('.')) });
    } else if (programs.some((known) => known.id === parsed.data.id)) {
      logger.warn('Dropped a program entry with a duplicate id', { index });
    } else {
      programs.push(parsed.data);
    }
  });
  return programs;
}

export function createProgramRegistry(store: ProgramListStore, logger: Logger, newId: () => string = randomUUID): ProgramRegistry {
  let programs: Program[] | undefined;
  const current = () => (programs ??= readValidated(store, logger));
  const save = (next: Program[]) => {
    store.write(next);
    programs = next;
  };
  return {
    list: () => current(),
    get(id) {
      const found = current().find((program) => program.id === id);
      if (found === undefined) throw new StudioError('not_found', 'That program is not in the list (it may have been removed).');
      return found;
    },
    add(input) {
      const checked = addProgramInputSchema.safeParse(input);
      if (!checked.success) {
        throw new StudioError('invalid_request', `The program cannot be added: ${checked.error.issues[0]?.message ?? 'invalid input'}`, { fields: checked.error.issues.map((issue) => issue.path.join('.')) });
      }
      const program = programSchema.parse({ ...checked.data, id: newId() });
      save([...current(), program]);
      return program;
    },
    update(program) {
      const checked = programSchema.parse(program);
      save(current().map((known) => (known.id === checked.id ? checked : known)));
    },
    remove(id) {
      save(current().filter((program) => program.id !== id));
    },
  };
}
