import { startCalendarController } from '@/lib/calendar/calendar-controller';
import { ask } from '@/lib/calendar/content-messaging';
import { contentT } from '@/lib/calendar/content-t';
import { loadCalendarActions } from '@/lib/calendar/load-actions';
import { googleCalendar } from '@/lib/calendar/sites/google/adapter';

// Lean by budget (<= 25 kB): no React, no zod. The shared controller does the work; the meetings
// themselves are the background's job, reached through `ask`; what runs only once the person acts
// is the calendar-actions bundle, loaded then.
export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCalendarController({
      adapter: googleCalendar,
      document,
      signal: ctx.signal,
      t: contentT,
      ask,
      actions: loadCalendarActions,
    });
  },
});
