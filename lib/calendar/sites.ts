import type { CalendarAdapter } from './adapter';
import { googleCalendar } from './sites/google/adapter';
import { outlookWeb } from './sites/outlook/adapter';

/** Every calendar site the extension supports. Adding a site is adding an adapter file and a line here. */
export const calendarSites: readonly CalendarAdapter[] = [googleCalendar, outlookWeb];
