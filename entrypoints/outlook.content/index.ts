import { startCalendarController } from '@/lib/calendar/calendar-controller';
import { ask } from '@/lib/calendar/content-messaging';
import { contentT } from '@/lib/calendar/content-t';
import { loadCalendarActions } from '@/lib/calendar/load-actions';
import { outlookWeb } from '@/lib/calendar/sites/outlook/adapter';

// Lean by budget (<= 25 kB): no React, no zod. The shared controller does the work; the meetings
// themselves are the background's job, reached through `ask`; what runs only once the person acts
// is the calendar-actions bundle, loaded then.
export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCalendarController({
      adapter: outlookWeb,
      document,
      signal: ctx.signal,
      t: contentT,
      ask,
      actions: loadCalendarActions,
    });
  },
});
