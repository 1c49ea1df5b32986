import type { MenuAction } from '../types';

/**
 * The calendar sites the content scripts run on (their `matches`). Repeated rather than imported:
 * content-script entrypoints are not modules the background may pull in.
 */
export const CALENDAR_PAGES = [
  'https://calendar.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
];

/** On a calendar page -> a small form (topic, start, duration) that creates a meeting and copies its invitation. */
export const scheduleMeeting: MenuAction = {
  id: 'schedule-meeting',
  titleKey: 'menuScheduleMeeting',
  contexts: ['page', 'selection'],
  documentUrlPatterns: CALENDAR_PAGES,
  async run(click, platform) {
    // Text selected on the calendar (an event's title, say) is a good first guess at the topic.
    const topic = click.selectionText?.trim().slice(0, 200);
    await platform.openWindow(`schedule.html${topic ? `?topic=${encodeURIComponent(topic)}` : ''}`);
  },
};
