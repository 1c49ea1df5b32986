import type { CalendarSite } from '../../../protocol/calendar-event';

/** Google Calendar: its content script is entrypoints/google-calendar.content. */
export const googleSite: CalendarSite = {
  key: 'google',
  name: 'Google Calendar',
  matches: ['https://calendar.google.com/*'],
};
