import { z } from 'zod';

/**
 * What the calendar's content script hands the panel, in the iframe URL's fragment: the meeting and
 * the event's guests. A fragment never leaves the browser, and the iframe sits in a closed shadow
 * root, so the host page neither sends nor reads it.
 */
const PanelParamsSchema = z.object({
  meetingId: z.string().regex(/^\d{6,}$/),
  guests: z.array(z.object({ email: z.string().max(320), name: z.string().max(256).optional() })).max(5000),
});
export type PanelParams = z.infer<typeof PanelParamsSchema>;

export function readPanelParams(hash: string): PanelParams | undefined {
  const query = new URLSearchParams(hash.replace(/^#/, ''));
  let guests: unknown;
  try {
    guests = JSON.parse(query.get('guests') ?? '[]');
  } catch {
    return undefined;
  }
  const parsed = PanelParamsSchema.safeParse({ meetingId: query.get('meeting'), guests });
  return parsed.success ? parsed.data : undefined;
}
