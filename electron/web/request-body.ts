import type { IncomingMessage } from 'node:http';

/** Large enough for a long article with its metadata; the schemas bound each field far below it. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

export class RequestBodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RequestBodyError(400, 'The request body is not valid JSON.');
  }
}

function tooLarge(): RequestBodyError {
  return new RequestBodyError(413, `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`);
}
