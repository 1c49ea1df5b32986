import { type CalendarEvent, CalendarEventSchema, type Recurrence } from '@/lib/protocol/calendar-event';
import { DEFAULT_MEETING_DEFAULTS, type MeetingDefaults } from '@/lib/storage';

// What the event-to-meeting tests of both providers start from: one event, the options page's
// defaults and a weekly rule, each with the fields a test changes.

export const event = (patch: Partial<CalendarEvent> = {}): CalendarEvent =>
  CalendarEventSchema.parse({
    site: 'google',
    id: 'evt1',
    title: 'Planning',
    start: '2026-05-12T10:00:00',
    end: '2026-05-12T11:30:00',
    timeZone: 'Europe/Berlin',
    allDay: false,
    guests: [],
    description: '',
    location: '',
    ...patch,
  });
export const defaults = (patch: Partial<MeetingDefaults> = {}): MeetingDefaults => ({
  ...DEFAULT_MEETING_DEFAULTS,
  ...patch,
});
export const rule = (patch: Partial<Recurrence>): Recurrence => ({
  frequency: 'weekly',
  interval: 1,
  end: { type: 'count', count: 10 },
  rule: 'RRULE:…',
  ...patch,
});
