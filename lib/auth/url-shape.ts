import { INVALID, type Parse } from '../shape';
import { serverUrlProblem } from './server-url-problem';

// URL checks without zod (lib/shape.ts), for the background's first answer. Each accepts only values
// zod accepts, given back unchanged: `z.url()` trims and drops tabs and newlines, so a value with
// any of those is refused here, and the full answer then reads it with zod.

const canonicalUrl = (v: unknown): v is string =>
  typeof v === 'string' && v === v.trim() && !/[\t\n\r]/.test(v) && URL.canParse(v);

/** As `z.url()`. */
export const url: Parse<string> = (v) => (canonicalUrl(v) ? v : INVALID);

/** As `ServerUrlSchema` (server-url.ts). */
export const serverUrl: Parse<string> = (v) =>
  canonicalUrl(v) && serverUrlProblem(v) === null ? v : INVALID;
