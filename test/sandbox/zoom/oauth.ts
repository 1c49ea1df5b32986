import type { IncomingMessage } from 'node:http';
import { readBody, redirect, sendHtml, sendJson } from '../core/http';
import type { RouteContext, Router } from '../core/router';
import { consentPage, errorPage } from './consent-page';
import { type AuthRequest, OAuthError, type OAuthStore } from './oauth-store';
import type { ZoomUser } from './state';

/** Mounts Zoom's OAuth endpoints: /oauth/authorize (GET page, POST decision), /oauth/token, /oauth/revoke. */
export function mountOAuth(router: Router, oauth: OAuthStore, currentUser: () => ZoomUser): void {
  router.add('GET', '/oauth/authorize', ({ res, url }) => {
    const q = url.searchParams;
    const clientId = q.get('client_id');
    const redirectUri = q.get('redirect_uri');
    // Until client and redirect URI are known good, errors are shown here: redirecting to an
    // unchecked URI would make the sandbox an open redirector.
    if (!oauth.isClient(clientId)) {
      sendHtml(res, 400, errorPage('invalid_client', `Unknown client_id: ${clientId ?? '(none)'}.`));
      return;
    }
    if (!redirectUri || !oauth.isAllowedRedirect(redirectUri)) {
      sendHtml(res, 400, errorPage('invalid_request', `Invalid redirect_uri: ${redirectUri ?? '(none)'}.`));
      return;
    }
    const state = q.get('state');
    const fail = (error: string, description: string) =>
      redirect(
        res,
        withParams(redirectUri, {
          error,
          error_description: description,
          state,
        }),
      );
    if (q.get('response_type') !== 'code')
      return fail('unsupported_response_type', 'response_type must be code.');
    const challenge = q.get('code_challenge');
    if (!challenge || !/^[A-Za-z0-9\-_]{43}$/.test(challenge)) {
      return fail('invalid_request', 'code_challenge is missing or malformed.');
    }
    if (q.get('code_challenge_method') !== 'S256')
      return fail('invalid_request', 'code_challenge_method must be S256.');

    const request: AuthRequest = {
      clientId: clientId!,
      redirectUri,
      challenge,
      state,
    };
    if (oauth.settings.autoApprove) {
      redirect(res, approve(oauth, request, currentUser()));
      return;
    }
    const consentId = oauth.holdRequest(request);
    const user = currentUser();
    sendHtml(
      res,
      200,
      consentPage({
        consentId,
        clientId: clientId!,
        redirectUri,
        userEmail: user.email,
        scope: oauth.settings.scope,
      }),
    );
  });

  router.add('POST', '/oauth/authorize', async ({ req, res }) => {
    const form = new URLSearchParams(await readBody(req));
    const request = oauth.takeRequest(form.get('consent_id') ?? '');
    if (!request) {
      sendHtml(
        res,
        400,
        errorPage('Request expired', 'This sign-in request is no longer valid. Start again from the app.'),
      );
      return;
    }
    if (form.get('decision') === 'allow') {
      redirect(res, approve(oauth, request, currentUser()));
    } else {
      redirect(
        res,
        withParams(request.redirectUri, {
          error: 'access_denied',
          state: request.state,
        }),
      );
    }
  });

  router.add('POST', '/oauth/token', (ctx) =>
    tokenEndpoint(ctx, (p) => {
      const grantType = p.form.get('grant_type');
      if (grantType === 'authorization_code') {
        return oauth.redeemCode({
          code: p.form.get('code'),
          clientId: p.clientId,
          redirectUri: p.form.get('redirect_uri'),
          verifier: p.form.get('code_verifier'),
        });
      }
      if (grantType === 'refresh_token') {
        return oauth.refresh({
          refreshToken: p.form.get('refresh_token'),
          clientId: p.clientId,
        });
      }
      throw new OAuthError('unsupported_grant_type', `Unsupported grant type: ${grantType ?? '(none)'}.`);
    }),
  );

  router.add('POST', '/oauth/revoke', (ctx) =>
    tokenEndpoint(ctx, (p) => {
      if (p.clientId !== null && !oauth.isClient(p.clientId)) {
        throw new OAuthError('invalid_client', `Invalid client_id: ${p.clientId}.`);
      }
      const token = p.form.get('token');
      if (!token) throw new OAuthError('invalid_request', 'Missing parameter: token.');
      oauth.revoke(token);
      return { status: 'success' };
    }),
  );
}

function approve(oauth: OAuthStore, request: AuthRequest, user: ZoomUser): string {
  const code = oauth.issueCode(request, user.id);
  return withParams(request.redirectUri, { code, state: request.state });
}

function withParams(uri: string, params: Record<string, string | null>): string {
  const url = new URL(uri);
  for (const [key, value] of Object.entries(params)) if (value !== null) url.searchParams.set(key, value);
  return url.toString();
}

/**
 * Shared by /token and /revoke: Zoom takes application/x-www-form-urlencoded parameters (query
 * parameters too, as its older docs show). The client is named by `client_id` or by HTTP Basic; a
 * public client has no secret, so a Basic secret is accepted without being checked.
 */
async function tokenEndpoint(
  { req, res, url }: RouteContext,
  handle: (p: { form: URLSearchParams; clientId: string | null }) => unknown,
): Promise<void> {
  const form = new URLSearchParams(url.searchParams);
  for (const [key, value] of new URLSearchParams(await readBody(req))) form.set(key, value);
  const noStore = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };
  try {
    const basic = basicClientId(req);
    const bodyClient = form.get('client_id');
    if (basic && bodyClient && basic !== bodyClient) {
      throw new OAuthError('invalid_client', 'client_id does not match the Authorization header.');
    }
    sendJson(res, 200, handle({ form, clientId: basic ?? bodyClient }), noStore);
  } catch (error) {
    if (!(error instanceof OAuthError)) throw error;
    sendJson(
      res,
      error.status,
      {
        error: error.error,
        error_description: error.description,
        reason: error.description,
      },
      noStore,
    );
  }
}

function basicClientId(req: IncomingMessage): string | null {
  const header = req.headers.authorization ?? '';
  const match = /^Basic\s+(.+)$/i.exec(header);
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const id = decoded.split(':')[0];
  if (!id) return null;
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}
