import { startCalendarController } from '@/lib/calendar/content/calendar-controller';
import { ask } from '@/lib/calendar/content/messaging';
import { contentT } from '@/lib/calendar/content-t';
import { loadCalendarActions } from '@/lib/calendar/content/load-actions';
import { outlookWeb } from '@/lib/calendar/sites/outlook/adapter';
import { outlookSite } from '@/lib/calendar/sites/outlook/site';

// Lean by budget (<= 25 kB): no React, no zod. The shared controller does the work; the meetings
// themselves are the background's job, reached through `ask`; what runs only once the person acts
// is the calendar-actions bundle, loaded then.
export default defineContentScript({
  // Where the site runs (lib/calendar/sites/outlook/site.ts), as the manifest and background read it.
  matches: [...outlookSite.matches],
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
