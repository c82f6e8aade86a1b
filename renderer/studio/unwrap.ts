import type { IpcResult } from '../../shared/ipc/ipc-result.js';
import { StudioError } from '../../shared/ipc/studio-error.js';

/** Turns a studio call's result value back into data or a thrown StudioError, so callers can use await and catch. */
export async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw StudioError.fromData(result.error);
  return result.data;
}
