import { z } from 'zod';
import type { EventField } from './calendar-event';
import { SITES } from './event-rules';

// "Check a calendar page" on the options page: how each field of the open event editors was read
// (by which hook) or not, from every calendar tab. Extension pages only; the calendar tabs' answers
// come from their content scripts and are parsed here like any outside input. Bounded, since a
// page's own scripts share the tab.

const FIELDS = [
  'title',
  'start',
  'end',
  'allDay',
  'timeZone',
  'recurrence',
  'guests',
  'location',
  'description',
  'id',
] as const satisfies readonly EventField[];
const Field = z.enum(FIELDS);
const HookName = z.string().max(300);

export const PageCheckSchema = z.object({
  site: z.enum(SITES),
  editors: z
    .array(
      z.object({
        kind: z.enum(['quick-add', 'full']),
        probes: z
          .array(z.object({ field: Field, hook: HookName.nullable(), tried: z.array(HookName).max(20) }))
          .max(20),
        missing: z.array(Field).max(20),
      }),
    )
    .max(10),
});
export type CheckedPage = z.infer<typeof PageCheckSchema>;

export const calendarCheckMessages = {
  /** Every open calendar tab's answer; a tab that does not answer (no editor script) is left out. */
  'calendar.checkPages': {
    request: z.object({}).strict(),
    response: z.object({ pages: z.array(PageCheckSchema) }),
    contentScript: false,
  },
} as const;
