import type { z } from 'zod';
import { validationError } from '../http/api-error.js';

const expectedNames: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

const formatNames: Readonly<Record<string, string>> = {
  datetime: 'an ISO 8601 date and time, e.g. 2024-05-01T09:30:00Z',
};

/** A sentence a person can act on, naming the field, instead of zod's developer wording. */
function describeIssue(issue: z.core.$ZodIssue): { message: string; field?: string } {
  const path = issue.path.map(String);
  const field = path.join('.');
  const missing = issue.input === undefined && field !== '';
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = [...path, issue.keys[0] ?? ''].join('.');
      return { field: key, message: `${key} is not a field this endpoint accepts.` };
    }
    case 'invalid_type':
      if (field === '') return { message: 'The request body must be a JSON object.' };
      return { field, message: missing ? `${field} is required.` : `${field} must be ${expectedNames[issue.expected] ?? issue.expected}.` };
    case 'invalid_value':
      return { field, message: missing ? `${field} is required.` : `${field} must be one of: ${issue.values.map(String).join(', ')}.` };
    case 'too_big': {
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
      return { field, message: `${field} can be at most ${issue.maximum.toLocaleString('en-US')}${unit}.` };
    }
    case 'too_small':
      return { field, message: `${field} must be ${issue.inclusive === false ? 'more than' : 'at least'} ${issue.minimum.toLocaleString('en-US')}.` };
    case 'invalid_format':
      return { field, message: `${field} must be ${formatNames[issue.format] ?? `a valid ${issue.format}`}.` };
    case 'custom':
      return { field, message: `${field} ${issue.message}.` };
    default:
      return { field, message: field === '' ? issue.message : `${field}: ${issue.message}` };
  }
}

/** The parsed body, or a 400 naming the first field at fault. */
export function parseBody<T>(schema: z.ZodType<T>, value: unknown): T {
  // reportInput keeps each issue's input, which tells "missing" from "wrong type".
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue === undefined) throw validationError('The request is not valid.');
  const { message, field } = describeIssue(issue);
  throw validationError(message, field === '' ? undefined : field);
}
