import { ApiError } from '../../http/errors';
import type { UpcomingItem, ZoomUpcomingItem } from '../../protocol/popup';
import type { ZoomClient } from './client';
import { endsAt, mergeUpcoming } from '../../popup/upcoming-order';

/** Enough for a popup; Zoom's largest page is 300, and nobody scrolls that far in 600 px. */
const PAGE_SIZE = 100;

interface Row {
  id: number;
  topic: string;
  join_url: string;
  start_time?: string | undefined;
  duration?: number | undefined;
  timezone?: string | undefined;
}

/** A Zoom list row (or a created meeting) as the popup shows it; fields absent stay absent. */
export function upcomingItem(kind: UpcomingItem['kind'], row: Row): ZoomUpcomingItem {
  return {
    provider: 'zoom',
    id: String(row.id),
    kind,
    topic: row.topic,
    joinUrl: row.join_url,
    ...(row.start_time ? { startTime: row.start_time } : {}),
    ...(row.duration === undefined ? {} : { durationMinutes: row.duration }),
    ...(row.timezone ? { timezone: row.timezone } : {}),
  };
}

/** Webinars need an add-on; an account without it still sees its meetings. */
async function webinarRows(api: ZoomClient): Promise<Row[]> {
  try {
    return (await api.webinars.list({ pageSize: PAGE_SIZE })).webinars;
  } catch (error) {
    if (error instanceof ApiError && (error.providerCode === 200 || error.kind === 'forbidden')) return [];
    throw error;
  }
}

/**
 * The signed-in person's meetings and webinars that have not ended, soonest first. Zoom's
 * `upcoming` list includes a meeting running now (its live stream can still be started); webinars
 * have no such filter, so ended ones are dropped here.
 */
export async function loadUpcoming(api: ZoomClient, now: number): Promise<ZoomUpcomingItem[]> {
  const [meetings, webinars] = await Promise.all([
    api.meetings.list({ type: 'upcoming', pageSize: PAGE_SIZE }),
    webinarRows(api),
  ]);
  return mergeUpcoming(
    meetings.meetings.map((m) => upcomingItem('meeting', m)),
    webinars.map((w) => upcomingItem('webinar', w)),
  ).filter((i) => endsAt(i) > now);
}
