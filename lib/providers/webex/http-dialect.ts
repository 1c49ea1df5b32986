import { z } from 'zod';
import { type HttpDialect, readErrorBody } from '../../http/dialect';
import { kindOfStatus } from '../../http/errors';
import { parseRetryAfter } from '../../http/rate-limit';
import { WEBEX_MESSAGES, webexSentence } from './errors';

// Webex's error body: `{ message, errors: [{ description }], trackingId }`; the message is its sentence.
const WebexErrorBodySchema = z.object({ message: z.string().optional() });

/**
 * Webex as the shared client reads it. Its 429 carries only `Retry-After` seconds (there is no daily
 * 429), and its 423 Locked ("temporarily unavailable", maybe with `Retry-After`) is waited out the
 * same way.
 */
export const webexHttpDialect: HttpDialect = {
  messages: WEBEX_MESSAGES,
  readError: (response) => readErrorBody(response, WebexErrorBodySchema),
  // Every refusal has a status, so the sentence never falls back to `message`.
  refusal: (status, body) =>
    webexSentence({ kind: kindOfStatus(status), status, providerMessage: body.message, message: '' }),
  readLimit(response, _body, now) {
    if (response.status !== 429 && response.status !== 423) return undefined;
    return {
      daily: false,
      waitMs: parseRetryAfter(response.headers.get('retry-after'), now),
      message: response.status === 423 ? WEBEX_MESSAGES.locked : WEBEX_MESSAGES.rateLimited,
    };
  },
};
