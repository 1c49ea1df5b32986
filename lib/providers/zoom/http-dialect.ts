import { z } from 'zod';
import { type ErrorBody, type HttpDialect, readErrorBody } from '../../http/dialect';
import { classifyRateLimit } from './rate-limit';

/** Every sentence the shared HTTP and sign-in layers say for Zoom. */
export const ZOOM_MESSAGES = {
  network: 'Could not reach Zoom. Check your connection and try again.',
  timeout: 'Zoom took too long to answer. Please try again.',
  unexpected: 'Zoom answered in an unexpected way.',
  rateLimited: 'Zoom is receiving too many requests right now. Please try again in a moment.',
  server: 'Zoom is having trouble right now. Please try again later.',
  sessionEnded: 'Your Zoom session ended; sign in again.',
  notSignedIn: 'You are not signed in to Zoom. Sign in from the options page.',
  settingsChanged: 'The Zoom server settings changed; sign in again.',
  noClientId:
    'No Zoom client ID is set in this copy of the extension, so it cannot sign in to Zoom. Enter one under "Advanced" on the options page, or build with WXT_ZOOM_CLIENT_ID (see the README).',
} as const;

/** Sentences for the codes this product meets; meanings from the references in docs/api/. */
const CODE_MESSAGES: Record<number, string> = {
  124: ZOOM_MESSAGES.sessionEnded,
  200: 'Your Zoom account does not have permission for this. It may need a paid plan or the webinar add-on.',
  300: 'Zoom did not accept the meeting or webinar ID, or your account may not change it.',
  303: 'Batch registration works only for scheduled meetings (type 2); this meeting is of another type.',
  1001: 'That Zoom user does not exist or does not belong to your account.',
  2305: 'Your Zoom account settings do not allow access to meeting summaries.',
  3000: 'Zoom cannot access this meeting or webinar, or registration is not enabled for it.',
  3001: 'This meeting or webinar does not exist on Zoom, or it has expired.',
  3038: 'This meeting or webinar is over; people can no longer register for it.',
  3043: 'This meeting or webinar has reached its maximum number of registrants.',
  3161: 'Your Zoom account is not allowed to host or schedule meetings.',
};

function statusMessage(status: number, zoomMessage: string | undefined): string {
  if (status === 401) return ZOOM_MESSAGES.sessionEnded;
  if (status >= 500) return ZOOM_MESSAGES.server;
  // Zoom's own wording beats a vague sentence of ours for codes we have not mapped.
  if (zoomMessage) return `Zoom refused the request: ${zoomMessage}`;
  if (status === 403) return 'Zoom refused this request: your account lacks the permission.';
  if (status === 404) return 'Zoom could not find what was asked for.';
  return `Zoom refused the request (HTTP ${status}).`;
}

export function dailyLimitMessage(resetAt: number): string {
  const when = new Date(resetAt).toISOString().replace('.000Z', 'Z');
  return `Zoom's daily limit for this kind of request has been reached. It resets at ${when} (00:00 GMT).`;
}

const ZoomErrorBodySchema = z.object({ code: z.coerce.number().optional(), message: z.string().optional() });

/** Reads Zoom's `{ code, message }` error body, if there is one; a body of another shape is ignored. */
export function readZoomError(response: Response): Promise<ErrorBody> {
  return readErrorBody(response, ZoomErrorBodySchema);
}

/**
 * Zoom as the shared client reads it: its code table first, then its own sentence; a 429 is a
 * per-second wait or a daily limit (lib/providers/zoom/rate-limit.ts).
 */
export const zoomHttpDialect: HttpDialect = {
  messages: ZOOM_MESSAGES,
  readError: readZoomError,
  refusal(status, body) {
    const known = body.code === undefined ? undefined : CODE_MESSAGES[body.code];
    return known ?? statusMessage(status, body.message);
  },
  readLimit(response, body, now) {
    if (response.status !== 429) return undefined;
    const limit = classifyRateLimit(response.headers, body.message, now);
    return limit.daily
      ? { ...limit, message: dailyLimitMessage(limit.resetAt) }
      : { ...limit, message: ZOOM_MESSAGES.rateLimited };
  },
};
