import { calendarPages } from '../../calendar/sites/registry';
import type { MenuAction } from '../types';

/** On a calendar page -> a small form (topic, start, duration) that creates a meeting and copies its invitation. */
export const scheduleMeeting: MenuAction = {
  id: 'schedule-meeting',
  titleKey: 'menuScheduleMeeting',
  contexts: ['page', 'selection'],
  // The pages the calendar content scripts run on.
  documentUrlPatterns: [...calendarPages],
  async run(click, platform) {
    // Text selected on the calendar (an event's title, say) is a good first guess at the topic.
    const topic = click.selectionText?.trim().slice(0, 200);
    await platform.openWindow(`schedule.html${topic ? `?topic=${encodeURIComponent(topic)}` : ''}`);
  },
};
