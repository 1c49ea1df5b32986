import { startCalendarController } from '@/lib/calendar/content/calendar-controller';
import { ask } from '@/lib/calendar/content/messaging';
import { contentT } from '@/lib/calendar/content-t';
import { loadCalendarActions } from '@/lib/calendar/content/load-actions';
import { googleCalendar } from '@/lib/calendar/sites/google/adapter';
import { googleSite } from '@/lib/calendar/sites/google/site';

// Lean by budget (<= 25 kB): no React, no zod. The shared controller does the work; the meetings
// themselves are the background's job, reached through `ask`; what runs only once the person acts
// is the calendar-actions bundle, loaded then.
export default defineContentScript({
  // Where the site runs (lib/calendar/sites/google/site.ts), as the manifest and background read it.
  matches: [...googleSite.matches],
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
