import { fileURLToPath } from 'node:url';

/** Everything the browser-mode host under test writes to stdout and stderr, for the token sentinel. */
export const HOST_LOG = fileURLToPath(new URL('../../.artifacts/e2e-host.log', import.meta.url));
