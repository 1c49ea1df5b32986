import { randomUUID } from 'node:crypto';
import { HttpError } from '../core/http';

/**
 * Webex's error body: `{ message, errors: [{ description }], trackingId }`. The tracking id is what
 * Webex support asks for; the sandbox makes one per answer so clients can be tested for keeping it.
 */
export function webexErrorBody(message: string, descriptions: string[] = [message]) {
  return {
    message,
    errors: descriptions.map((description) => ({ description })),
    trackingId: `SBX_${randomUUID()}`,
  };
}

export const webexError = (
  status: number,
  message: string,
  headers: Record<string, string> = {},
  descriptions?: string[],
) => new HttpError(status, webexErrorBody(message, descriptions), headers);

/** Parses a JSON body; anything else is Webex's 400. */
export function parseWebexJson(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw webexError(400, 'The request body is not valid JSON.');
  }
}
