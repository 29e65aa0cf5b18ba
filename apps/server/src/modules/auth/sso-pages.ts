// The small pages the browser sees when it comes back from the identity provider. They are answers
// of /api routes, so their CSP forbids everything (no script, no style): a meta refresh moves on.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

const page = (title: string, body: string, refreshTo?: string) => `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${refreshTo ? `<meta http-equiv="refresh" content="0;url=${escapeHtml(refreshTo)}">\n` : ''}<title>${escapeHtml(title)} – Lotse</title>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;

/**
 * The answer that carries the new session cookie. The cookie is SameSite=Strict and this response
 * ends a cross-site redirect chain (provider → Lotse), so the browser would not send it on a redirect
 * from here; the page's own navigation to the cockpit starts on Lotse's site and does.
 */
export function continuePage(target: string): string {
  return page(
    'Anmeldung',
    `<h1>Anmeldung bestätigt</h1>\n<p><a href="${escapeHtml(target)}">Weiter zu Lotse</a></p>`,
    target,
  );
}

/** A sign-in that cannot go on (expired or forged return, provider unreachable), with the way back. */
export function failurePage(message: string): string {
  return page(
    'Anmeldung nicht möglich',
    `<h1>Anmeldung nicht möglich</h1>\n<p>${escapeHtml(message)}</p>\n<p><a href="/fachkraft/login">Zur Anmeldung</a></p>`,
  );
}

const NEXT = /^\/(?:fachkraft|admin|traeger|planung)(?:[/?#][\w\-./?=&#%~+:@!$()*,]*)?$/;

/** Only the staff faces' own paths are a target after sign-in (no open redirect); else the cockpit. */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || next.length > 500 || !NEXT.test(next)) return '/fachkraft';
  if (next.startsWith('/fachkraft/login') || next.includes('//') || next.includes('\\')) return '/fachkraft';
  return next;
}
