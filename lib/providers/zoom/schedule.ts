import type { ScheduleRequest, UpcomingItem } from '../../protocol/popup';
import type { ZoomClient } from './client';
import { upcomingItem } from './upcoming';

/**
 * "Schedule a Zoom meeting" from a calendar page's context menu: a plain scheduled meeting (type 2)
 * at the wall-clock time the person typed, in their zone, and its invitation to copy.
 */
export async function scheduleMeeting(
  api: ZoomClient,
  request: ScheduleRequest,
): Promise<{ item: UpcomingItem; invitation: string }> {
  const meeting = await api.meetings.create({
    topic: request.topic,
    type: 2,
    // Zoom reads a time without offset in the body's `timezone` (docs/api/zoom-meetings-api-reference.txt).
    start_time: `${request.start}:00`,
    duration: request.duration,
    timezone: request.timezone,
  });
  const { invitation } = await api.meetings.invitation(meeting.id);
  return {
    item: upcomingItem('meeting', meeting),
    invitation,
  };
}
