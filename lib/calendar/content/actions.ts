import { confirmForm } from './confirm-form';
import { checkPage } from './page-check';
import { openRegistrantsPanel } from './registrants-panel';
import { planMeetingRemoval, refreshInvitation, writeMeetingIntoEvent } from './write-back';

// What the calendar button needs only once the person acts: the confirm form, the writes into the
// event, the registrants panel and the options page's check. Built into a bundle of its own
// (entrypoints/calendar-actions.ts) and loaded on first use (load-actions.ts), so the content
// scripts every calendar page loads stay within their 25 kB budget. Tests import it directly.

export const calendarActions = {
  confirmForm,
  checkPage,
  openRegistrantsPanel,
  planMeetingRemoval,
  refreshInvitation,
  writeMeetingIntoEvent,
};

export type CalendarActions = typeof calendarActions;

/** The actions, loaded once; rejects with a sentence for the button when they cannot be. */
export type LoadActions = () => Promise<CalendarActions>;
