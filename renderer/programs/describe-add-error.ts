import { z } from 'zod';
import { StudioError } from '../../shared/ipc/studio-error.js';
import { describeError } from '../studio/describe-error.js';

/** The form's fields, by the path the core's validation names them with. */
export type AddProgramField = 'displayName' | 'apiBaseUrl' | 'authBaseUrl' | 'clientId';

export interface AddProgramProblem {
  readonly field: AddProgramField | null;
  readonly message: string;
}

const fieldByPath: Readonly<Record<string, AddProgramField>> = {
  displayName: 'displayName',
  'location.apiBaseUrl': 'apiBaseUrl',
  'location.authBaseUrl': 'authBaseUrl',
  'signIn.clientId': 'clientId',
};

export const fieldLabels: Readonly<Record<AddProgramField, string>> = {
  displayName: 'Display name',
  apiBaseUrl: 'API base URL',
  authBaseUrl: 'Auth base URL',
  clientId: 'Client id',
};

/** zod's own wording ("Too small: expected string…") is for developers; these say what to type instead. */
const plainFallbacks: Readonly<Record<AddProgramField, string>> = {
  displayName: 'Enter a name of up to 100 characters.',
  apiBaseUrl: 'Enter a full address that starts with https://.',
  authBaseUrl: 'Enter a full address that starts with https://.',
  clientId: 'A client id is 1 to 200 visible ASCII characters.',
};

const issuesSchema = z.object({ issues: z.array(z.object({ path: z.string(), message: z.string() })) });

const isDeveloperWording = (message: string) => /^(Invalid|Too small|Too big|Expected)/i.test(message);

/**
 * What was wrong with a new program, field by field when the core says which
 * field (its request validation does), else the core's sentence as it is.
 */
export function describeAddError(error: unknown): readonly AddProgramProblem[] {
  if (error instanceof StudioError && error.code === 'invalid_request') {
    const parsed = issuesSchema.safeParse(error.details);
    if (parsed.success && parsed.data.issues.length > 0) {
      return parsed.data.issues.map(({ path, message }) => {
        const field = fieldByPath[path] ?? null;
        if (field === null) return { field, message };
        return { field, message: isDeveloperWording(message) ? plainFallbacks[field] : message };
      });
    }
  }
  return [{ field: null, message: describeError(error) }];
}
