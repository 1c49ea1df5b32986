import { z } from 'zod';
import { GuestSchema } from '../protocol/calendar-event';
import { type PanelTicketView, PanelTicketViewSchema } from '../protocol/panel';
import { defineValidatedItem, type ValidatedItem } from '../storage-item';

// The registrants panel is a page the calendar site may frame at any address, so it trusts nothing
// in its URL. The content script asks for a ticket for the meeting linked to the event its tab
// shows; the panel framed in that same tab redeems it once, and shows only what it holds.

const TicketSchema = z.object({
  view: PanelTicketViewSchema.extend({ guests: z.array(GuestSchema).max(5000) }),
  tabId: z.number().int(),
  expiresAt: z.number(),
});
type Ticket = z.infer<typeof TicketSchema>;
const TicketsSchema = z.record(z.string(), TicketSchema);
type Tickets = z.infer<typeof TicketsSchema>;

/** In `session:` storage: a worker stopped between issue and redeem keeps it; content scripts cannot read it. */
export const panelTicketsItem = defineValidatedItem('session:panelTickets', TicketsSchema, { fallback: {} });

/** Long enough for the frame to load on a slow machine, short enough that a leaked one is useless. */
export const TICKET_TTL_MS = 60_000;

/** A ticket that does not open the panel: unknown, used, expired or from another tab. */
export class TicketRefusedError extends Error {
  readonly code = 'ticket-refused';
}

export interface PanelTicketOptions {
  item?: ValidatedItem<Tickets>;
  now?: () => number;
  /** 128 random bits in hex. */
  newId?: () => string;
}

const randomId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

export function createPanelTickets(options: PanelTicketOptions = {}) {
  const item = options.item ?? panelTicketsItem;
  const now = options.now ?? Date.now;
  const newId = options.newId ?? randomId;
  let queue: Promise<unknown> = Promise.resolve();
  /** Read-modify-write in turn: a redeem racing another must not both see the ticket. */
  function change<T>(edit: (tickets: Tickets) => T): Promise<T> {
    const run = queue.then(async () => {
      const tickets = await item.get();
      for (const [id, t] of Object.entries(tickets)) if (t.expiresAt <= now()) delete tickets[id];
      const result = edit(tickets);
      await item.set(tickets);
      return result;
    });
    queue = run.catch(() => {});
    return run;
  }

  return {
    issue(view: PanelTicketView, tabId: number): Promise<string> {
      const id = newId();
      const ticket: Ticket = { view, tabId, expiresAt: now() + TICKET_TTL_MS };
      return change((tickets) => {
        tickets[id] = ticket;
        return id;
      });
    },

    /** Single use: the ticket is gone after any attempt, so one shown from a wrong tab is burnt too. */
    async redeem(id: string, tabId: number | undefined): Promise<PanelTicketView> {
      const ticket = await change((tickets) => {
        const found = Object.hasOwn(tickets, id) ? tickets[id] : undefined;
        delete tickets[id];
        return found;
      });
      if (!ticket)
        throw new TicketRefusedError(
          'This panel has expired or was opened already. Open it again from the event.',
        );
      if (ticket.tabId !== tabId)
        throw new TicketRefusedError('This panel belongs to another tab. Open it again from the event.');
      return ticket.view;
    },
  };
}

export type PanelTickets = ReturnType<typeof createPanelTickets>;
