import type { z } from 'zod';

/** One message: its request schema, its response schema, and whether a content script may send it. */
export interface ProtocolEntry {
  request: z.ZodType;
  response: z.ZodType;
  contentScript: boolean;
}
