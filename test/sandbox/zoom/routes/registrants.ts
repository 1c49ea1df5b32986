import { findSession } from '../api';
import type { ZoomContext } from '../context';

/** Meeting registrants: list, add, batch, status, get, delete. Labels from docs/api/zoom-meetings-api-reference.txt. */
export function mountMeetingRegistrants({ api, state, registration }: ZoomContext): void {
  const meeting = (id: string | undefined) => findSession(state().meetings, id, 'Meeting');

  api('GET', '/meetings/:meetingId/registrants', 'MEDIUM', (ctx) =>
    registration.list(ctx, meeting(ctx.params.meetingId)),
  );
  api('POST', '/meetings/:meetingId/registrants', 'LIGHT', (ctx) =>
    registration.add(ctx, meeting(ctx.params.meetingId)),
  );
  api('POST', '/meetings/:meetingId/batch_registrants', 'HEAVY', (ctx) =>
    registration.batch(ctx, meeting(ctx.params.meetingId)),
  );
  api('PUT', '/meetings/:meetingId/registrants/status', 'MEDIUM', (ctx) =>
    registration.updateStatus(ctx, meeting(ctx.params.meetingId)),
  );
  api('GET', '/meetings/:meetingId/registrants/:registrantId', 'LIGHT', ({ params }) =>
    registration.get(meeting(params.meetingId), params.registrantId),
  );
  api('DELETE', '/meetings/:meetingId/registrants/:registrantId', 'LIGHT', ({ params }) =>
    registration.remove(meeting(params.meetingId), params.registrantId),
  );
}
