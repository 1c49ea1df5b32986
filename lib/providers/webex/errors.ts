import type { HttpClient } from '../../http/client';
import { ApiError, type ApiErrorKind } from '../../http/errors';

/** Every sentence the extension says for Webex's failures. */
export const WEBEX_MESSAGES = {
  network: 'Could not reach Webex. Check your connection and try again.',
  timeout: 'Webex took too long to answer. Please try again.',
  unexpected: 'Webex answered in an unexpected way.',
  rateLimited: 'Webex is receiving too many requests right now. Please try again in a moment.',
  locked: 'Webex says this meeting is temporarily unavailable. Please try again in a moment.',
  server: 'Webex is having trouble right now. Please try again later.',
  sessionEnded: 'Your Webex session ended; sign in again.',
  notSignedIn: 'You are not signed in to Webex. Sign in from the options page.',
  settingsChanged: 'The Webex server settings changed; sign in again.',
  noClientId:
    'No Webex client ID is set in this copy of the extension, so it cannot sign in to Webex. Enter one under "Advanced" on the options page, or build with WXT_WEBEX_CLIENT_ID (see the README).',
  forbidden: 'Webex refused this request: your account lacks the permission.',
  notFound: 'This Webex meeting or registrant does not exist, or your account cannot see it.',
  conflict: 'Webex refused the request because it conflicts with the meeting as it is now.',
} as const;

const BY_KIND: Partial<Record<ApiErrorKind, string>> = {
  network: WEBEX_MESSAGES.network,
  timeout: WEBEX_MESSAGES.timeout,
  'unexpected-response': WEBEX_MESSAGES.unexpected,
  server: WEBEX_MESSAGES.server,
  unauthorized: WEBEX_MESSAGES.sessionEnded,
};

/**
 * The sentence for a failure of this kind and status. Webex's own `message` (`providerMessage`) is
 * shown where no sentence of ours is better.
 */
export function webexSentence(
  error: Pick<ApiError, 'kind' | 'status' | 'providerMessage' | 'message'>,
): string {
  if (error.kind === 'rate-limited') {
    return error.status === 423 ? WEBEX_MESSAGES.locked : WEBEX_MESSAGES.rateLimited;
  }
  const fixed = BY_KIND[error.kind];
  if (fixed) return fixed;
  // Refusals of the request itself: Webex's own sentence says what was wrong.
  const theirs = error.providerMessage;
  if (error.kind === 'not-found') return WEBEX_MESSAGES.notFound;
  if (theirs) return `Webex refused the request: ${theirs}`;
  if (error.kind === 'forbidden') return WEBEX_MESSAGES.forbidden;
  if (error.status === 409) return WEBEX_MESSAGES.conflict;
  return error.status ? `Webex refused the request (HTTP ${error.status}).` : error.message;
}

/**
 * The same error in Webex's words, keeping everything a caller branches on (kind, status, retry
 * hint); anything but an `ApiError` (or one worded before any request) passes. The client's own
 * errors already are (webexHttpDialect); this words what reaches a Webex call from elsewhere: the
 * token endpoint's answers during a refresh or a sign-in.
 */
export function toWebexError(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  // Errors raised before any request (invalid input, signed out) are already worded by their maker.
  if (error.kind === 'invalid-request' || error.kind === 'signed-out' || error.kind === 'sign-in-failed') {
    return error;
  }
  return new ApiError({
    kind: error.kind,
    message: webexSentence(error),
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
    ...(error.providerMessage === undefined ? {} : { providerMessage: error.providerMessage }),
    cause: error,
  });
}

/** Wraps the shared client so every error a Webex call throws, wherever it arose, is worded for Webex. */
export function withWebexErrors(http: HttpClient): HttpClient {
  return {
    async request(method, path, options) {
      try {
        return await http.request(method, path, options);
      } catch (error) {
        throw toWebexError(error);
      }
    },
  };
}
