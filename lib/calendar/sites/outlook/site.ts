import type { CalendarSite } from '../../../protocol/calendar-event';

/** Outlook on the web, work (office.com, office365.com) and personal (live.com): entrypoints/outlook.content. */
export const outlookSite: CalendarSite = {
  key: 'outlook',
  name: 'Outlook',
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
};
