import { calendarActions } from '@/lib/calendar/actions';
import { ACTIONS_GLOBAL } from '@/lib/calendar/load-actions';

// The calendar content scripts' on-demand part (lib/calendar/actions.ts), imported by them on the
// first click that needs it (lib/calendar/load-actions.ts). It runs in their own world, so what it
// registers on the global is theirs alone, never the page's.
export default defineUnlistedScript(() => {
  Object.assign(globalThis, { [ACTIONS_GLOBAL]: calendarActions });
});
