import { ApiError } from '../../http/errors';
import { type UpcomingItem, UpcomingItemSchema } from '../../protocol/popup';
import type { WebexClient } from './client';
import { WEBEX_MESSAGES } from './errors';
import type { WebexMeeting } from './schemas';
import { endsAt, mergeUpcoming } from '../../popup/upcoming-order';

type WebexUpcomingItem = UpcomingItem & { provider: 'webex' };

const DAY = 86_400_000;
/** Webex lists a week unless told; a month is what a popup is for. */
const HORIZON_DAYS = 31;
/** Webex's largest page. */
const PAGE_SIZE = 100;
/** Series states that will not happen again (Webex: "expired" once the last occurrence is over). */
const OVER = new Set(['expired', 'ended', 'missed']);

/**
 * A Webex meeting series as the popup shows it. The id goes into API paths and the registrants
 * page's address, so it is checked here, with the rest of the row; a row that fails is dropped
 * (null) rather than breaking the list.
 */
export function webexUpcomingItem(meeting: WebexMeeting): WebexUpcomingItem | null {
  const start = Date.parse(meeting.start);
  const minutes = Math.round((Date.parse(meeting.end) - start) / 60_000);
  const parsed = UpcomingItemSchema.safeParse({
    provider: 'webex',
    id: meeting.id,
    kind: meeting.scheduledType === 'webinar' ? 'webinar' : 'meeting',
    topic: meeting.title,
    ...(Number.isNaN(start) ? {} : { startTime: new Date(start).toISOString() }),
    ...(Number.isFinite(minutes) && minutes > 0 ? { durationMinutes: minutes } : {}),
    ...(meeting.timezone ? { timezone: meeting.timezone } : {}),
    joinUrl: meeting.webLink,
  });
  return parsed.success && parsed.data.provider === 'webex'
    ? { ...parsed.data, provider: 'webex' as const }
    : null;
}

/**
 * The signed-in person's Webex meeting series that are not over, soonest first. The window starts
 * a day back so a meeting running now is listed (its host can still join); a recurring series stays
 * while it has occurrences to come, whatever its first one's date.
 */
export async function loadWebexUpcoming(
  api: Pick<WebexClient, 'meetings'>,
  now: number,
): Promise<WebexUpcomingItem[]> {
  const meetings = await api.meetings.list({
    from: new Date(now - DAY).toISOString(),
    to: new Date(now + HORIZON_DAYS * DAY).toISOString(),
    max: PAGE_SIZE,
  });
  const current = meetings.filter((m) => !OVER.has(m.state));
  const mapped = current.map((m) => ({ item: webexUpcomingItem(m), recurring: Boolean(m.recurrence) }));
  if (mapped.length > 0 && mapped.every((m) => m.item === null)) {
    // Every row refused: not "nothing upcoming", but an answer this version cannot read.
    throw new ApiError({ kind: 'unexpected-response', message: WEBEX_MESSAGES.unexpected });
  }
  const rows = mapped.flatMap(({ item, recurring }) =>
    item && (recurring || endsAt(item) > now) ? [item] : [],
  );
  return mergeUpcoming(rows);
}
