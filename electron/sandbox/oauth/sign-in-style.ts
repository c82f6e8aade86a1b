import type { ApiResponse } from '../http/route-table.js';

/** Served from its own URL so the page's CSP needs no 'unsafe-inline'. */
const css = `:root { color-scheme: light dark; font: 16px/1.5 system-ui, sans-serif; }
body { margin: 0; padding: 2rem 1rem; }
main { max-width: 34rem; margin: 0 auto; }
h1 { font-size: 1.5rem; margin: 0 0 1rem; }
fieldset { border: 1px solid GrayText; border-radius: 0.5rem; padding: 0.75rem 1rem; margin: 1.5rem 0; }
legend { font-weight: 600; padding: 0 0.25rem; }
.choice { display: flex; gap: 0.75rem; align-items: flex-start; padding: 0.5rem 0; }
.choice input { margin-top: 0.35rem; }
.name { display: block; font-weight: 600; }
.role { display: block; font-size: 0.9rem; }
.actions { display: flex; gap: 0.75rem; }
button { font: inherit; padding: 0.5rem 1.5rem; border-radius: 0.375rem; border: 1px solid ButtonBorder; cursor: pointer; }
button[value="allow"] { background: #1a56db; border-color: #1a56db; color: #fff; }
:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.note { font-size: 0.9rem; margin-top: 1.5rem; }
`;

export function signInStylesheet(): ApiResponse {
  return { status: 200, text: css, headers: { 'Content-Type': 'text/css; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } };
}
