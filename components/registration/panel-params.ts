import { z } from 'zod';

const GuestsSchema = z
  .array(z.object({ email: z.string().max(320), name: z.string().max(256).optional() }))
  .max(5000);

/**
 * What the calendar's content script hands the panel, in the iframe URL's fragment: the meeting and
 * the event's guests (`provider=webex` for a Webex meeting; Zoom when absent). A fragment never leaves the browser, and the iframe sits in a closed shadow
 * root, so the host page neither sends nor reads it.
 */
const PanelParamsSchema = z.discriminatedUnion('provider', [
  z.object({ provider: z.literal('zoom'), meetingId: z.string().regex(/^\d{6,}$/), guests: GuestsSchema }),
  z.object({ provider: z.literal('webex'), meetingId: z.string().regex(/^\w{1,64}$/), guests: GuestsSchema }),
]);
export type PanelParams = z.infer<typeof PanelParamsSchema>;

export function readPanelParams(hash: string): PanelParams | undefined {
  const query = new URLSearchParams(hash.replace(/^#/, ''));
  let guests: unknown;
  try {
    guests = JSON.parse(query.get('guests') ?? '[]');
  } catch {
    return undefined;
  }
  const parsed = PanelParamsSchema.safeParse({
    provider: query.get('provider') ?? 'zoom',
    meetingId: query.get('meeting'),
    guests,
  });
  return parsed.success ? parsed.data : undefined;
}
