import { contentT } from '@/lib/calendar/content-t';
import { googleCalendar } from '@/lib/calendar/google';
import { mountCalendarButtons } from '@/lib/calendar/mount-buttons';

// Lean by budget (<= 25 kB): no React, no zod. Finds the event editors and shows the button; what
// the button does is the background's job, reached through `onAdd`.
export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    mountCalendarButtons({
      adapter: googleCalendar,
      document,
      signal: ctx.signal,
      t: contentT,
      // TODO(lead): send 'meeting.createForEvent' to the background; until then log what was read.
      onAdd: (_editor, event) => console.info('[calendar-meetings] add', JSON.stringify(event)),
    });
  },
});
