import { findSession, resolveUser, zoomError } from '../api';
import type { ZoomContext } from '../context';
import { invitationText } from '../invitation';
import { paginate } from '../paging';
import { MeetingInput } from '../schemas';
import { sessionListItem, sessionObject } from '../serialize';
import { createSession, updateSession } from '../sessions';
import { isOver, type Session } from '../state';
import { parseInput, queryEnum } from '../validate';

const LIST_TYPES = ['scheduled', 'live', 'upcoming', 'upcoming_meetings', 'previous_meetings'] as const;

/** Zoom's message for its "Create/Update a meeting" daily limits. */
const dailyMessage = (limit: number | null, what: string) =>
  `You have exceeded the daily rate limit (${limit}) of ${what} API requests permitted for this particular user. You may resume these requests at GMT 00:00:00.`;

/** Meetings: list, create, get, update, delete, invitation. Labels from docs/api/zoom-meetings-api-reference.txt. */
export function mountMeetings({ api, state, clock, limiter, links }: ZoomContext): void {
  api('GET', '/users/:userId/meetings', 'MEDIUM', ({ params, query }) => {
    resolveUser(state(), params.userId);
    const type = queryEnum(query, 'type', LIST_TYPES, 'scheduled');
    const now = clock.now();
    const keep: Record<(typeof LIST_TYPES)[number], (s: Session) => boolean> = {
      scheduled: () => true,
      live: (s) => s.status === 'started',
      upcoming: (s) => !isOver(s, now),
      upcoming_meetings: (s) => !isOver(s, now),
      previous_meetings: (s) => isOver(s, now),
    };
    const meetings = state()
      .meetings.filter(keep[type])
      .sort((a, b) => a.start_time.localeCompare(b.start_time));
    const { items, ...page } = paginate(meetings, query);
    return {
      status: 200,
      body: { ...page, meetings: items.map((m) => sessionListItem(m, links)) },
    };
  });

  api('POST', '/users/:userId/meetings', 'LIGHT', async ({ params, json }) => {
    const user = resolveUser(state(), params.userId);
    const input = parseInput(MeetingInput, await json());
    const limit = limiter.config.meetingCreatesPerDay;
    const checks = [
      {
        key: `meeting-create:${user.id}`,
        limit,
        category: 'LIGHT' as const,
        message: dailyMessage(limit, 'Meeting Create/Update'),
      },
    ];
    limiter.checkDaily(checks);
    const meeting = createSession('meeting', input, user, state(), clock.now());
    limiter.countDaily(checks);
    state().meetings.push(meeting);
    return {
      status: 201,
      body: sessionObject(meeting, user, links, clock.now()),
    };
  });

  api('GET', '/meetings/:meetingId', 'LIGHT', ({ params, query, user }) => {
    const meeting = findSession(state().meetings, params.meetingId, 'Meeting');
    const showPrevious = query.get('show_previous_occurrences') === 'true';
    return {
      status: 200,
      body: sessionObject(meeting, user, links, clock.now(), showPrevious),
    };
  });

  api('PATCH', '/meetings/:meetingId', 'LIGHT', async ({ params, query, json }) => {
    const meeting = findSession(state().meetings, params.meetingId, 'Meeting');
    const input = parseInput(MeetingInput, await json());
    const limit = limiter.config.meetingUpdatesPerDay;
    const checks = [
      {
        key: `meeting-update:${meeting.id}`,
        limit,
        category: 'LIGHT' as const,
        message: dailyMessage(limit, 'Meeting Update'),
      },
    ];
    limiter.checkDaily(checks);
    updateSession(meeting, input, query.get('occurrence_id'));
    limiter.countDaily(checks);
    return { status: 204 };
  });

  api('DELETE', '/meetings/:meetingId', 'LIGHT', ({ params, query }) => {
    const meeting = findSession(state().meetings, params.meetingId, 'Meeting');
    const occurrenceId = query.get('occurrence_id');
    if (occurrenceId) {
      const occurrence = meeting.occurrences.find(
        (o) => o.occurrence_id === occurrenceId && o.status === 'available',
      );
      if (!occurrence) throw zoomError(400, 300, 'Invalid parameter: occurrence_id.');
      occurrence.status = 'deleted';
    } else {
      state().meetings = state().meetings.filter((m) => m !== meeting);
    }
    return { status: 204 };
  });

  api('GET', '/meetings/:meetingId/invitation', 'LIGHT', ({ params, user }) => {
    const meeting = findSession(state().meetings, params.meetingId, 'Meeting');
    return {
      status: 200,
      body: { invitation: invitationText(meeting, user, links), sip_links: [] },
    };
  });
}
