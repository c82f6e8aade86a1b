import { BRIDGE_SCRIPT_PATH, SECRET_HEADER } from './bridge-protocol.js';

/**
 * Adds the bridge to the renderer's document: the per-launch secret in a meta
 * tag (a page on another origin cannot read our document) and the classic
 * script that defines `window.studio` before the renderer's module runs.
 * Neither is inline script, so the CSP stays strict.
 */
export function injectBridge(html: string, secret: string): string {
  const tags = `<meta name="${SECRET_HEADER}" content="${secret}"><script src="${BRIDGE_SCRIPT_PATH}"></script>`;
  if (!html.includes('</head>')) throw new Error('The renderer document has no </head>; was it built by Vite?');
  return html.replace('</head>', `${tags}</head>`);
}
