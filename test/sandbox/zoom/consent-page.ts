import { escapeHtml } from '../core/http';

/** The page a person sees at /oauth/authorize: who asks, for what, and two buttons. */
export function consentPage(p: {
  consentId: string;
  clientId: string;
  redirectUri: string;
  userEmail: string;
  scope: string;
}) {
  const e = escapeHtml;
  const scopes = p.scope
    .split(' ')
    .map((s) => `<li><code>${e(s)}</code></li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Authorize app - Zoom sandbox</title>
<style>body{font:16px system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}
button{font:inherit;padding:.5rem 1.25rem;margin-right:.5rem}</style></head>
<body>
<main>
<h1>Allow access to your Zoom account?</h1>
<p>The app <strong data-testid="client-id">${e(p.clientId)}</strong> asks to act as
<strong>${e(p.userEmail)}</strong> in this Zoom sandbox.</p>
<p>It will be sent back to <code data-testid="redirect-uri">${e(p.redirectUri)}</code>.</p>
<p>Requested permissions:</p>
<ul>${scopes}</ul>
<form method="post" action="/oauth/authorize">
<input type="hidden" name="consent_id" value="${e(p.consentId)}">
<button type="submit" name="decision" value="allow" id="allow">Allow</button>
<button type="submit" name="decision" value="deny" id="deny">Deny</button>
</form>
</main>
</body>
</html>`;
}

export function errorPage(title: string, detail: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p></main></body></html>`;
}
