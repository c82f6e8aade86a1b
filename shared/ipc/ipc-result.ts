import type { StudioErrorData } from './studio-error.js';

/**
 * What every channel call resolves to, on both transports. Failures travel as
 * values rather than thrown errors because Electron's IPC and contextBridge
 * keep only the message of a thrown Error; a plain object survives intact.
 */
export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: StudioErrorData };
