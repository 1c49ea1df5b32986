import { z } from 'zod';
import { GuestSchema } from './calendar-event';
import { MeetingIdSchema, ProviderSchema, TicketIdSchema } from './meetings';

// The registrants panel (entrypoints/panel) takes nothing from its URL: the calendar page can frame
// it with any address. It redeems the ticket the content script got ('panel.ticket') and shows only
// what the ticket holds.

export const PanelTicketViewSchema = z.object({
  provider: ProviderSchema,
  meetingId: MeetingIdSchema,
  topic: z.string(),
  guests: z.array(GuestSchema),
});
export type PanelTicketView = z.infer<typeof PanelTicketViewSchema>;

export const panelMessages = {
  /** Once only, from the panel framed in the tab the ticket was issued to. */
  'panel.redeem': {
    request: z.object({ ticket: TicketIdSchema }).strict(),
    response: PanelTicketViewSchema,
    contentScript: false,
  },
} as const;
