import { escapeHtml, readBody, redirect, sendHtml, sendJson } from '../core/http';
import type { Router } from '../core/router';
import { errorPage } from '../zoom/consent-page';
import { type AuthRequest, OAuthError, type OAuthStore, type TokenResponse } from '../zoom/oauth-store';
import { WEBEX_PREFIX } from './api';
import { webexErrorBody } from './errors';
import type { WebexHost } from './state';

/**
 * Webex's OAuth for an integration, on the neutral code/token store the Zoom provider uses:
 * GET /authorize (consent page, or a redirect at once with auto-approve), POST /authorize (the
 * decision), POST /access_token (code + PKCE S256, refresh with rotation). Webex documents no
 * token-revocation endpoint for integrations, so none is served: a client signs out by forgetting.
 */
export function mountWebexOAuth(router: Router, oauth: OAuthStore, host: () => WebexHost): void {
  router.add('GET', `${WEBEX_PREFIX}/authorize`, ({ res, url }) => {
    const q = url.searchParams;
    const clientId = q.get('client_id');
    const redirectUri = q.get('redirect_uri');
    // Until client and redirect URI are known good, errors are shown here (no open redirector).
    if (!oauth.isClient(clientId)) {
      sendHtml(res, 400, errorPage('invalid_client', `Unknown client_id: ${clientId ?? '(none)'}.`));
      return;
    }
    if (!redirectUri || !oauth.isAllowedRedirect(redirectUri)) {
      sendHtml(res, 400, errorPage('invalid_request', `Invalid redirect_uri: ${redirectUri ?? '(none)'}.`));
      return;
    }
    const state = q.get('state');
    const fail = (error: string) => redirect(res, withParams(redirectUri, { error, state }));
    if (q.get('response_type') !== 'code') return fail('unsupported_response_type');
    const challenge = q.get('code_challenge');
    if (!challenge || !/^[A-Za-z0-9\-_]{43}$/.test(challenge)) return fail('invalid_request');
    if (q.get('code_challenge_method') !== 'S256') return fail('invalid_request');
    // Webex requires the integration's scopes on the authorize URL.
    if (!q.get('scope')) return fail('invalid_scope');
    const request: AuthRequest = { clientId: clientId!, redirectUri, challenge, state };
    if (oauth.settings.autoApprove) return void redirect(res, approve(oauth, request, host()));
    sendHtml(res, 200, consentPage(oauth.holdRequest(request), clientId!, host().email, q.get('scope')!));
  });

  router.add('POST', `${WEBEX_PREFIX}/authorize`, async ({ req, res }) => {
    const form = new URLSearchParams(await readBody(req));
    const request = oauth.takeRequest(form.get('consent_id') ?? '');
    if (!request) {
      sendHtml(res, 400, errorPage('Request expired', 'This sign-in request is no longer valid.'));
      return;
    }
    if (form.get('decision') === 'allow') redirect(res, approve(oauth, request, host()));
    else redirect(res, withParams(request.redirectUri, { error: 'access_denied', state: request.state }));
  });

  router.add('POST', `${WEBEX_PREFIX}/access_token`, async ({ req, res }) => {
    const form = new URLSearchParams(await readBody(req));
    const noStore = { 'Cache-Control': 'no-store' };
    try {
      const grantType = form.get('grant_type');
      const clientId = form.get('client_id');
      let tokens: TokenResponse;
      if (grantType === 'authorization_code') {
        tokens = oauth.redeemCode({
          code: form.get('code'),
          clientId,
          redirectUri: form.get('redirect_uri'),
          verifier: form.get('code_verifier'),
        });
      } else if (grantType === 'refresh_token') {
        tokens = oauth.refresh({ refreshToken: form.get('refresh_token'), clientId });
      } else {
        throw new OAuthError('unsupported_grant_type', `Unsupported grant type: ${grantType ?? '(none)'}.`);
      }
      sendJson(res, 200, webexTokens(tokens), noStore);
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      sendJson(res, error.status, webexErrorBody(`${error.error}: ${error.description}`), noStore);
    }
  });
}

/** Webex's token answer: the OAuth fields plus the refresh token's own lifetime. */
function webexTokens(t: TokenResponse) {
  return {
    access_token: t.access_token,
    expires_in: t.expires_in,
    refresh_token: t.refresh_token,
    refresh_token_expires_in: 90 * 86_400,
    token_type: 'Bearer',
    scope: t.scope,
  };
}

function approve(oauth: OAuthStore, request: AuthRequest, host: WebexHost): string {
  return withParams(request.redirectUri, { code: oauth.issueCode(request, host.id), state: request.state });
}

function withParams(uri: string, params: Record<string, string | null>): string {
  const url = new URL(uri);
  for (const [key, value] of Object.entries(params)) if (value !== null) url.searchParams.set(key, value);
  return url.toString();
}

function consentPage(consentId: string, clientId: string, email: string, scope: string): string {
  const e = escapeHtml;
  const scopes = scope
    .split(/\s+/)
    .map((s) => `<li><code>${e(s)}</code></li>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Authorize app - Webex sandbox</title></head>
<body><main>
<h1>Allow access to your Webex account?</h1>
<p>The integration <strong data-testid="client-id">${e(clientId)}</strong> asks to act as
<strong>${e(email)}</strong> in this Webex sandbox.</p>
<ul>${scopes}</ul>
<form method="post" action="${WEBEX_PREFIX}/authorize">
<input type="hidden" name="consent_id" value="${e(consentId)}">
<button type="submit" name="decision" value="allow" id="allow">Accept</button>
<button type="submit" name="decision" value="deny" id="deny">Decline</button>
</form>
</main></body></html>`;
}
