import type { z } from 'zod';
import {
  channels,
  isChannelName,
  type ChannelName,
  type ChannelResponse,
} from '../../../shared/ipc/contract.js';
import type { IpcResult } from '../../../shared/ipc/ipc-result.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import type { Logger } from '../logging/logger.js';

export type Handler<C extends ChannelName> = (
  request: z.output<(typeof channels)[C]['request']>,
) => Promise<ChannelResponse<C>> | ChannelResponse<C>;

/** One handler per channel: the compiler refuses a contract entry without one. */
export type Handlers = { readonly [C in ChannelName]: Handler<C> };

export interface Router {
  /**
   * Runs one call from an untrusted caller. Never throws and never rejects:
   * every failure comes back as a typed `StudioError` value.
   */
  invoke(channel: unknown, payload: unknown): Promise<IpcResult<unknown>>;
}

const MAX_REPORTED_ISSUES = 10;

function describeIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => ({
    path: issue.path.map(String).join('.').slice(0, 200),
    message: issue.message.slice(0, 300),
  }));
}

export function createRouter(handlers: Handlers, logger: Logger): Router {
  async function run<C extends ChannelName>(name: C, payload: unknown): Promise<IpcResult<ChannelResponse<C>>> {
    const spec = channels[name];
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) {
      throw new StudioError('invalid_request', `The request for ${name} is not valid.`, {
        issues: describeIssues(parsed.error),
      });
    }
    const handler = handlers[name] as Handler<C>;
    const result = await handler(parsed.data as z.output<(typeof channels)[C]['request']>);
    const checked = spec.response.safeParse(result);
    if (!checked.success) {
      logger.error(`Handler for ${name} answered outside the contract`, { issues: describeIssues(checked.error) });
      throw new StudioError('internal', 'Something went wrong inside Content Studio. The details are in the log.');
    }
    return { ok: true, data: checked.data as ChannelResponse<C> };
  }

  return {
    async invoke(channel, payload) {
      if (!isChannelName(channel)) {
        const shown = typeof channel === 'string' ? channel.slice(0, 100) : typeof channel;
        return { ok: false, error: new StudioError('unknown_channel', `There is no channel called ${shown}.`).toData() };
      }
      try {
        return await run(channel, payload);
      } catch (error) {
        if (error instanceof StudioError) return { ok: false, error: error.toData() };
        logger.error(`Handler for ${channel} failed`, { error });
        return {
          ok: false,
          error: new StudioError('internal', 'Something went wrong inside Content Studio. The details are in the log.').toData(),
        };
      }
    },
  };
}
