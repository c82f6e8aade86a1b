import type { StudioCore } from '../../electron/core/studio-core.js';

/** Calls the core as the renderer does and answers the data; a refusal fails the test with the core's words. */
export async function coreData(core: StudioCore, channel: string, payload: unknown = {}): Promise<any> {
  const result = await core.router.invoke(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.data;
}
