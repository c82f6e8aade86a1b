/**
 * oidc-provider ships no types (and @types/oidc-provider is not installed);
 * this is the sliver oidc-provider-oauth.test.ts uses.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
  }
}
