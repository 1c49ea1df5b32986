import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { describeError } from '@/lib/http/describe-error';
import { createPanelHandlers } from '@/lib/background/panel-handlers';
import { createMessageRouter } from '@/lib/background/router';
import { createPanelTickets } from '@/lib/meetings/panel-tickets';

const ID = 'ext';
const link = {
  provider: 'zoom' as const,
  meetingId: '81000000002',
  joinUrl: 'https://zoom.us/j/81000000002',
  topic: 'Training',
  registration: true,
};
const guests = [{ email: 'ada@example.org', name: 'Ada' }];
const event = { site: 'google' as const, id: 'e1', location: link.joinUrl };
const contentScript = (tab: number, url = 'https://calendar.google.com/calendar/r/eventedit/e1') => ({
  id: ID,
  url,
  tab: { id: tab },
});
const panelIn = (tab: number) => ({ id: ID, url: `chrome-extension://${ID}/panel.html`, tab: { id: tab } });

function setup(answer: { link: typeof link | null; candidate?: typeof link } = { link }) {
  const linkFor = vi.fn(async () => answer);
  const route = createMessageRouter(
    createPanelHandlers({ meetings: { linkFor }, tickets: createPanelTickets() }),
    { extensionId: ID, extensionOrigin: `chrome-extension://${ID}/`, describeError },
  );
  return { route, linkFor };
}

describe('the registrants panel’s ticket', () => {
  beforeEach(() => fakeBrowser.reset());

  it('goes to the tab showing a linked event, and opens the panel in that tab once', async () => {
    const { route, linkFor } = setup();
    const issued = await route({ type: 'panel.ticket', payload: { event, guests } }, contentScript(7));
    expect(issued).toMatchObject({ ok: true });
    expect(linkFor).toHaveBeenCalledWith(event, 7);
    const ticket = (issued as { data: { ticket: string } }).data.ticket;
    await expect(route({ type: 'panel.redeem', payload: { ticket } }, panelIn(7))).resolves.toEqual({
      ok: true,
      data: { provider: 'zoom', meetingId: link.meetingId, topic: 'Training', guests },
    });
    await expect(route({ type: 'panel.redeem', payload: { ticket } }, panelIn(7))).resolves.toMatchObject({
      ok: false,
      error: { code: 'ticket-refused' },
    });
  });

  it('does not open the panel in another tab', async () => {
    const { route } = setup();
    const issued = await route({ type: 'panel.ticket', payload: { event, guests } }, contentScript(7));
    const ticket = (issued as { data: { ticket: string } }).data.ticket;
    await expect(route({ type: 'panel.redeem', payload: { ticket } }, panelIn(8))).resolves.toMatchObject({
      ok: false,
      error: { code: 'ticket-refused' },
    });
  });

  it('is refused for an event with no linked meeting, even when its location mentions one', async () => {
    const { route } = setup({ link: null, candidate: link });
    await expect(
      route({ type: 'panel.ticket', payload: { event, guests } }, contentScript(7)),
    ).resolves.toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('is refused for an event the tab does not show', async () => {
    const { route, linkFor } = setup();
    const elsewhere = contentScript(7, 'https://calendar.google.com/calendar/r/eventedit/e2');
    await expect(
      route({ type: 'panel.ticket', payload: { event, guests } }, elsewhere),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(linkFor).not.toHaveBeenCalled();
  });
});
