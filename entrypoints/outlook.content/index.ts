import { contentT } from '@/lib/calendar/content-t';
import { mountCalendarButtons } from '@/lib/calendar/mount-buttons';
import { outlookWeb } from '@/lib/calendar/outlook';

// Lean by budget (<= 25 kB): no React, no zod. Finds the event compose form and shows the button;
// what the button does is the background's job, reached through `onAdd`.
export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    mountCalendarButtons({
      adapter: outlookWeb,
      document,
      signal: ctx.signal,
      t: contentT,
      // TODO(lead): send 'meeting.createForEvent' to the background; until then log what was read.
      onAdd: (_editor, event) => console.info('[calendar-meetings] add', JSON.stringify(event)),
    });
  },
});
