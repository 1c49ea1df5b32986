import { zoomEventInfo } from '@/lib/providers/zoom/registration';

/** A scheduled Zoom meeting with automatic approval, as the planner sees it: jobs built offline. */
export const scheduledMeeting = zoomEventInfo('meeting', {
  id: 1,
  topic: 'T',
  type: 2,
  join_url: 'j',
  settings: { approval_type: 0 },
});
