import { baseUrlSchema, signInMethodSchema } from '../../shared/accounts/program-schema.js';
import { dataDirOf, DATA_OPTIONS, parseCommandArgs } from './cli-args.js';
import { UsageError } from './usage-error.js';

export const CLIENT_SECRET_ENV = 'CONTENT_STUDIO_CLIENT_SECRET';

export const publishActions = ['review', 'publish'] as const;
export type PublishAction = (typeof publishActions)[number];

/** Which program the files go to, as the command line says it. */
export type ProgramChoice =
  | { readonly kind: 'sandbox' }
  /** A program registered in the data folder, by display name; the secret is needed only if it signs in as a server. */
  | { readonly kind: 'named'; readonly name: string; readonly clientSecret: string | undefined }
  | { readonly kind: 'server'; readonly apiBaseUrl: string; readonly authBaseUrl: string; readonly clientId: string; readonly clientSecret: string };

export interface PublishOptions {
  readonly files: readonly string[];
  readonly action: PublishAction;
  readonly topics: readonly string[];
  readonly program: ProgramChoice;
  readonly dataDir: string;
  readonly json: boolean;
}

export const PUBLISH_OPTIONS = {
  ...DATA_OPTIONS,
  action: { type: 'string' },
  topic: { type: 'string', multiple: true },
  program: { type: 'string' },
  'api-url': { type: 'string' },
  'auth-url': { type: 'string' },
  'client-id': { type: 'string' },
  'client-secret': { type: 'string' },
} as const;

export const SECRET_HINT = `Set the environment variable ${CLIENT_SECRET_ENV} (or pass --client-secret, which other users of this computer can see). The CLI never writes it to disk.`;

/** "Sandbox" and "Sandbox Program" (the built-in program's display name) both mean the built-in one. */
const SANDBOX_NAME = /^\s*sandbox(?: program)?\s*$/i;

function baseUrl(option: string, raw: string): string {
  const parsed = baseUrlSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`--${option} "${raw}" cannot be used: ${parsed.error.issues[0]?.message ?? 'it is not an address'}`);
  return parsed.data;
}

function action(raw: string | undefined): PublishAction {
  if (raw === undefined) throw new UsageError('Say what should happen to the files: --action review (submit them for review) or --action publish.');
  const found = publishActions.find((known) => known === raw.trim().toLowerCase());
  if (found === undefined) throw new UsageError(`--action takes review or publish, not "${raw}".`);
  return found;
}

function secretOf(values: { 'client-secret'?: string | undefined }, env: NodeJS.ProcessEnv): string | undefined {
  const given = values['client-secret'] ?? env[CLIENT_SECRET_ENV];
  if (given === undefined || given === '') return undefined;
  return given;
}

type ProgramValues = { program?: string; 'api-url'?: string; 'auth-url'?: string; 'client-id'?: string; 'client-secret'?: string };

function programChoice(values: ProgramValues, env: NodeJS.ProcessEnv): ProgramChoice {
  const server = values['api-url'] !== undefined || values['auth-url'] !== undefined || values['client-id'] !== undefined;
  if (values.program !== undefined && server) {
    throw new UsageError('Use --program or --api-url, not both: --program names a program registered in the data folder; --api-url, --auth-url and --client-id name a server directly.');
  }
  if (server) {
    const missing = (['api-url', 'auth-url', 'client-id'] as const).filter((name) => values[name] === undefined).map((name) => `--${name}`);
    if (missing.length > 0) throw new UsageError(`A server is named by --api-url, --auth-url and --client-id together; ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing.`);
    const clientId = values['client-id']!;
    const method = signInMethodSchema.safeParse({ kind: 'server', clientId });
    if (!method.success) throw new UsageError(`--client-id "${clientId}" cannot be used: ${method.error.issues[0]?.message ?? 'it is not a client id'}`);
    const clientSecret = secretOf(values, env);
    if (clientSecret === undefined) throw new UsageError(`Signing in to ${values['api-url']!} needs the client secret. ${SECRET_HINT}`);
    return { kind: 'server', apiBaseUrl: baseUrl('api-url', values['api-url']!), authBaseUrl: baseUrl('auth-url', values['auth-url']!), clientId, clientSecret };
  }
  if (values.program === undefined || SANDBOX_NAME.test(values.program)) {
    if (values['client-secret'] !== undefined) {
      throw new UsageError('--client-secret goes with --api-url or with a --program that signs in as a server; the built-in Sandbox program needs none.');
    }
    return { kind: 'sandbox' };
  }
  if (values.program.trim() === '') throw new UsageError('--program takes the name of a program, not an empty value.');
  return { kind: 'named', name: values.program.trim(), clientSecret: secretOf(values, env) };
}

function topicsOf(raw: readonly string[] | undefined): string[] {
  const topics = (raw ?? []).map((topic) => topic.trim());
  if (topics.some((topic) => topic === '')) throw new UsageError('--topic takes a topic id or name, not an empty value.');
  return [...new Set(topics)];
}

/** `content-studio publish …`; `help` when --help was asked for (nothing else is checked then). */
export function parsePublishOptions(argv: readonly string[], env: NodeJS.ProcessEnv): PublishOptions | 'help' {
  const { values, positionals } = parseCommandArgs(argv, PUBLISH_OPTIONS, 'publish');
  if (values.help === true) return 'help';
  if (positionals.length === 0) {
    throw new UsageError('Name at least one Markdown or HTML file to publish, e.g. content-studio publish news.md --topic "Company News" --action review');
  }
  return {
    files: positionals,
    action: action(values.action),
    topics: topicsOf(values.topic),
    program: programChoice(values, env),
    dataDir: dataDirOf(values['data-dir'], env),
    json: values.json === true,
  };
}
