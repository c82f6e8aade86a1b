import type { Audience, SandboxUser } from '../model.js';
import type { Random } from './random.js';

/** The identities the README tells people to sign in as; ids are stable across seeds. */
export const SANDBOX_USERS = {
  /** Acts for the client-credentials client (`sandbox-client`), with Program Manager rights. */
  service: { id: 1, username: 'sandbox-api', display_name: 'Sandbox API Client', role: 'program_manager' },
  publisher: { id: 2, username: 'pat.publisher', display_name: 'Pat Publisher', role: 'publisher' },
  manager: { id: 3, username: 'morgan.manager', display_name: 'Morgan Manager', role: 'program_manager' },
  member: { id: 4, username: 'max.member', display_name: 'Max Member', role: 'member' },
} as const;

const firstNames = ['Alex', 'Sam', 'Jordan', 'Taylor', 'Casey', 'Riley', 'Jamie', 'Avery', 'Quinn', 'Rowan', 'Noor', 'Priya', 'Mateo', 'Lena', 'Yuki', 'Omar', 'Ines', 'Kofi', 'Sofia', 'Lars'];
const lastNames = ['Garcia', 'Smith', 'Okafor', 'Nguyen', 'Müller', 'Rossi', 'Kowalski', 'Tanaka', 'Haddad', 'Silva', 'Dubois', 'Jensen', 'Patel', 'Kim', 'Novak', 'Brown'];

export const USER_COUNT = 5_000;

function user(id: number, username: string, displayName: string, role: SandboxUser['role']): SandboxUser {
  return {
    id,
    username,
    display_name: displayName,
    full_name: displayName,
    employee_id: `E${String(id).padStart(6, '0')}`,
    avatar_url: `https://avatars.sandbox.invalid/${id}.png`,
    role,
  };
}

export function seedUsers(random: Random): SandboxUser[] {
  const named = Object.values(SANDBOX_USERS).map((u) => user(u.id, u.username, u.display_name, u.role));
  const others = Array.from({ length: USER_COUNT - named.length }, (_, index) => {
    const id = named.length + index + 1;
    const first = random.pick(firstNames);
    const last = random.pick(lastNames);
    return user(id, `${first}.${last}.${id}`.toLowerCase(), `${first} ${last}`, random.next() < 0.03 ? 'publisher' : 'member');
  });
  return [...named, ...others];
}

export function seedAudiences(random: Random, users: readonly SandboxUser[]): Audience[] {
  const ids = users.map((u) => u.id);
  return [
    { id: 'all-employees', name: 'All employees', member_ids: ids },
    { id: 'managers', name: 'People managers', member_ids: random.sample(ids, 320).sort((a, b) => a - b) },
    { id: 'engineering', name: 'Engineering', member_ids: random.sample(ids, 1_200).sort((a, b) => a - b) },
    { id: 'sales', name: 'Sales', member_ids: random.sample(ids, 800).sort((a, b) => a - b) },
    { id: 'europe', name: 'Europe', member_ids: random.sample(ids, 1_500).sort((a, b) => a - b) },
  ];
}
