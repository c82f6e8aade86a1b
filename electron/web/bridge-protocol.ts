/**
 * What the browser-mode host and its bridge client agree on. No Node imports:
 * the bridge client is bundled for the browser.
 */

/** The header carrying the per-launch secret. A custom header forces a CORS preflight, which the host never grants. */
export const SECRET_HEADER = 'x-studio-bridge-secret';

/** `POST /bridge/<channel>` with the JSON request; answers with an IpcResult. */
export const BRIDGE_PREFIX = '/bridge/';

/** `GET /bridge/events`: server-sent events, each `data: {"event": name, "payload": …}`. */
export const EVENTS_PATH = '/bridge/events';

/** Classic script defining `window.studio`, injected before the renderer's module. */
export const BRIDGE_SCRIPT_PATH = '/studio-bridge.js';
