import type { ApiResponse } from '../http/route-table.js';
import type { Role } from '../model.js';
import { SANDBOX_USERS } from '../seed/seed-people.js';

/** Whom the page offers; the service identity (user 1) belongs to client credentials only. */
export const SIGN_IN_USERS = [SANDBOX_USERS.publisher, SANDBOX_USERS.manager, SANDBOX_USERS.member] as const;

const roleText: Record<Role, string> = {
  publisher: 'Publisher: may draft and publish content',
  program_manager: 'Program manager: content, and topics too',
  member: 'Member: may read topics; content is refused (403)',
};

export const SIGN_IN_STYLESHEET_PATH = '/oauth/sign-in.css';

/**
 * No script at all, and styles only from the sheet above. There is no
 * form-action: Chromium applies it to the redirect that follows the POST
 * (w3c/webappsec-csp#8), which would block the 302 back to the app, and a
 * `http://[::1]:<port>` target cannot be written as a CSP source.
 */
const pageHeaders = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': "default-src 'none'; style-src 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (character) => entities[character] ?? character);

function page(status: number, title: string, main: string): ApiResponse {
  const text = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${SIGN_IN_STYLESHEET_PATH}">
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${main}
</main>
</body>
</html>
`;
  return { status, text, headers: pageHeaders };
}

export interface SignInPageInput {
  readonly programName: string;
  readonly requestId: string;
  readonly scope: string;
  readonly redirectOrigin: string;
}

export function signInPage(input: SignInPageInput): ApiResponse {
  const choices = SIGN_IN_USERS.map(
    (user, index) => `<div class="choice">
<input type="radio" id="user-${user.id}" name="user_id" value="${user.id}" required${index === 0 ? ' checked' : ''}>
<label for="user-${user.id}"><span class="name">${escapeHtml(user.display_name)}</span> <span class="role">${escapeHtml(roleText[user.role])}</span></label>
</div>`,
  ).join('\n');
  const scopes = input.scope.split(' ').map((scope) => `<code>${escapeHtml(scope)}</code>`).join(', ');
  return page(
    200,
    `Sign in to ${input.programName}`,
    `<p>This is the <strong>Firstup sandbox</strong>: a practice copy of Firstup running on this computer. No password is needed; choose who to be.</p>
<p>The app <strong>Content Studio</strong> asks to act as the person you choose, with these permissions: ${scopes}.</p>
<form method="post" action="/oauth/authorize">
<input type="hidden" name="request_id" value="${escapeHtml(input.requestId)}">
<fieldset>
<legend>Sign in as</legend>
${choices}
</fieldset>
<div class="actions">
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny" formnovalidate>Deny</button>
</div>
</form>
<p class="note">Either way, your browser then goes back to Content Studio at <code>${escapeHtml(input.redirectOrigin)}</code>.</p>`,
  );
}

export function errorPage(message: string): ApiResponse {
  return page(
    400,
    'Sign-in cannot continue',
    `<p>${escapeHtml(message)}</p>
<p>Go back to Content Studio and start signing in again.</p>`,
  );
}
