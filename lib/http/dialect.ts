import type { z } from 'zod';
import type { RateLimit } from './rate-limit';

/**
 * How one provider's API speaks, handed to the shared HTTP client and the sign-in by the provider
 * (lib/providers/<key>/): the sentences for failures these layers meet themselves, how its error
 * bodies and refusals read, and how it says "wait" or "no more today". The shared layers name no
 * provider; every sentence a person sees comes from here.
 */
export interface HttpDialect {
  messages: FailureMessages;
  /** The provider's `{ code, message }` from an error answer; `{}` when the body has neither. */
  readError(response: Response): Promise<ErrorBody>;
  /** The sentence for a refused request that is not retried (or has run out of retries). */
  refusal(status: number, body: ErrorBody): string;
  /**
   * Whether this answer asks to wait (a per-second limit, a lock) or says a daily limit is reached,
   * with the sentence to show if it cannot be waited out; `undefined` for any other answer.
   */
  readLimit(response: Response, body: ErrorBody, now: number): WordedLimit | undefined;
}

/** The sentences for failures that are no refusal of the provider's: they name the provider. */
export interface FailureMessages {
  network: string;
  timeout: string;
  unexpected: string;
  rateLimited: string;
  server: string;
  sessionEnded: string;
  notSignedIn: string;
}

/** What an error answer says in the provider's own terms (a numeric code, its sentence). */
export interface ErrorBody {
  code?: number;
  message?: string;
}

export type WordedLimit = RateLimit & { message: string };

/** Reads an error answer's JSON through `schema`; anything else (HTML, another shape) is `{}`. */
export async function readErrorBody(
  response: Response,
  schema: z.ZodType<ErrorBody, unknown>,
): Promise<ErrorBody> {
  try {
    const parsed = schema.safeParse(JSON.parse(await response.text()));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
