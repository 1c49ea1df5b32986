import { createHash } from 'node:crypto';
import type { Clock } from '../core/clock';
import { opaqueToken } from './ids';

/**
 * Zoom's OAuth for a public client: authorization codes bound to the client, the redirect URI and
 * a PKCE S256 challenge, single-use and valid five minutes; access tokens that expire; refresh tokens
 * that rotate (a used one is dead). Everything issued from one consent is a "grant", revoked together.
 */
export interface OAuthSettings {
  clientIds: string[];
  /** When set, only these redirect URIs are accepted (exact match), like an app's allow list. */
  redirectUris: string[] | null;
  /** Admin-only switch: authorize redirects at once, without the consent page. */
  autoApprove: boolean;
  tokenLifetimeSeconds: number;
  refreshLifetimeSeconds: number;
  scope: string;
}

export const DEFAULT_OAUTH: OAuthSettings = {
  clientIds: ['sandbox-client'],
  redirectUris: null,
  autoApprove: false,
  tokenLifetimeSeconds: 3600,
  // Zoom's refresh tokens live 90 days.
  refreshLifetimeSeconds: 90 * 86_400,
  scope: 'meeting:read meeting:write user:read webinar:read webinar:write meeting_summary:read',
};

const CODE_LIFETIME_MS = 5 * 60_000;
const REQUEST_LIFETIME_MS = 10 * 60_000;

export interface AuthRequest {
  clientId: string;
  redirectUri: string;
  challenge: string;
  state: string | null;
}

export interface TokenResponse {
  access_token: string;
  token_type: 'bearer';
  refresh_token: string;
  expires_in: number;
  scope: string;
}

/** A refusal at the token endpoint, in OAuth's terms (`error`) and Zoom's (`reason`). */
export class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
  ) {
    super(description);
  }
}

interface Grant {
  userId: string;
  clientId: string;
}

export function pkceChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

export function createOAuthStore(clock: Clock, initial: OAuthSettings = DEFAULT_OAUTH) {
  let settings = structuredClone(initial);
  const requests = new Map<string, AuthRequest & { expiresAt: number }>();
  const codes = new Map<
    string,
    AuthRequest & {
      userId: string;
      expiresAt: number;
      used: boolean;
      grantId: string;
    }
  >();
  const grants = new Map<string, Grant>();
  const access = new Map<string, { grantId: string; expiresAt: number }>();
  const refresh = new Map<string, { grantId: string; expiresAt: number }>();

  const issueTokens = (grantId: string): TokenResponse => {
    const accessToken = opaqueToken('sbx_at_');
    const refreshToken = opaqueToken('sbx_rt_');
    const now = clock.now();
    access.set(accessToken, {
      grantId,
      expiresAt: now + settings.tokenLifetimeSeconds * 1000,
    });
    refresh.set(refreshToken, {
      grantId,
      expiresAt: now + settings.refreshLifetimeSeconds * 1000,
    });
    return {
      access_token: accessToken,
      token_type: 'bearer',
      refresh_token: refreshToken,
      expires_in: settings.tokenLifetimeSeconds,
      scope: settings.scope,
    };
  };

  const revokeGrant = (grantId: string) => {
    grants.delete(grantId);
    for (const map of [access, refresh]) {
      for (const [token, entry] of map) if (entry.grantId === grantId) map.delete(token);
    }
  };

  const checkClient = (clientId: string | null): string => {
    if (!clientId || !settings.clientIds.includes(clientId)) {
      throw new OAuthError('invalid_client', `Invalid client_id: ${clientId ?? '(none)'}.`);
    }
    return clientId;
  };

  return {
    get settings() {
      return settings;
    },
    configure(patch: Partial<OAuthSettings>) {
      settings = { ...settings, ...patch };
      return settings;
    },
    isClient: (clientId: string | null) => clientId !== null && settings.clientIds.includes(clientId),
    isAllowedRedirect(uri: string): boolean {
      if (settings.redirectUris) return settings.redirectUris.includes(uri);
      try {
        // Any absolute URL a browser would follow; never script or data URLs.
        return !['javascript:', 'data:', 'vbscript:'].includes(new URL(uri).protocol);
      } catch {
        return false;
      }
    },
    /** Keeps a validated /authorize request while the person looks at the consent page. */
    holdRequest(request: AuthRequest): string {
      const id = opaqueToken('');
      requests.set(id, {
        ...request,
        expiresAt: clock.now() + REQUEST_LIFETIME_MS,
      });
      return id;
    },
    takeRequest(id: string): AuthRequest | null {
      const request = requests.get(id);
      requests.delete(id);
      return request && request.expiresAt > clock.now() ? request : null;
    },
    issueCode(request: AuthRequest, userId: string): string {
      const code = opaqueToken('sbx_code_');
      codes.set(code, {
        ...request,
        userId,
        expiresAt: clock.now() + CODE_LIFETIME_MS,
        used: false,
        grantId: '',
      });
      return code;
    },
    redeemCode(p: {
      code: string | null;
      clientId: string | null;
      redirectUri: string | null;
      verifier: string | null;
    }) {
      const clientId = checkClient(p.clientId);
      if (!p.code) throw new OAuthError('invalid_request', 'Missing parameter: code.');
      if (!p.verifier) throw new OAuthError('invalid_request', 'Missing parameter: code_verifier.');
      const entry = codes.get(p.code);
      if (!entry) throw new OAuthError('invalid_grant', 'Invalid authorization code.');
      if (entry.used) {
        // A code presented twice may have been stolen: what it bought is withdrawn (RFC 6749 4.1.2).
        revokeGrant(entry.grantId);
        throw new OAuthError('invalid_grant', 'Authorization code has already been used.');
      }
      if (entry.expiresAt <= clock.now())
        throw new OAuthError('invalid_grant', 'Authorization code has expired.');
      if (entry.clientId !== clientId)
        throw new OAuthError('invalid_grant', 'Authorization code was issued to another client.');
      if (entry.redirectUri !== p.redirectUri)
        throw new OAuthError('invalid_grant', 'Redirect URI mismatch.');
      if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(p.verifier) || pkceChallenge(p.verifier) !== entry.challenge) {
        throw new OAuthError('invalid_grant', 'Invalid code_verifier.');
      }
      entry.used = true;
      entry.grantId = opaqueToken('grant_');
      grants.set(entry.grantId, { userId: entry.userId, clientId });
      return issueTokens(entry.grantId);
    },
    refresh(p: { refreshToken: string | null; clientId: string | null }) {
      if (p.clientId !== null) checkClient(p.clientId);
      if (!p.refreshToken) throw new OAuthError('invalid_request', 'Missing parameter: refresh_token.');
      const entry = refresh.get(p.refreshToken);
      if (!entry || entry.expiresAt <= clock.now()) throw new OAuthError('invalid_grant', 'Invalid Token!');
      const grant = grants.get(entry.grantId);
      if (!grant || (p.clientId !== null && grant.clientId !== p.clientId)) {
        throw new OAuthError('invalid_grant', 'Invalid Token!');
      }
      // Rotation: the refresh token just used is dead from now on.
      refresh.delete(p.refreshToken);
      return issueTokens(entry.grantId);
    },
    /** Revokes the grant behind an access or refresh token; unknown tokens are ignored (RFC 7009). */
    revoke(token: string) {
      const entry = access.get(token) ?? refresh.get(token);
      if (entry) revokeGrant(entry.grantId);
    },
    revokeAll() {
      grants.clear();
      access.clear();
      refresh.clear();
      codes.clear();
      requests.clear();
    },
    /** The user behind a bearer token, or null when it is unknown, revoked or expired. */
    authenticate(token: string): string | null {
      const entry = access.get(token);
      if (!entry || entry.expiresAt <= clock.now()) return null;
      return grants.get(entry.grantId)?.userId ?? null;
    },
    tokenCount: () => access.size,
  };
}

export type OAuthStore = ReturnType<typeof createOAuthStore>;
