import { calendarActions } from '@/lib/calendar/content/actions';
import { ACTIONS_GLOBAL } from '@/lib/calendar/content/load-actions';

// The calendar content scripts' on-demand part (lib/calendar/content/actions.ts), imported by them on the
// first click that needs it (lib/calendar/content/load-actions.ts). It runs in their own world, so what it
// registers on the global is theirs alone, never the page's.
export default defineUnlistedScript(() => {
  Object.assign(globalThis, { [ACTIONS_GLOBAL]: calendarActions });
});
