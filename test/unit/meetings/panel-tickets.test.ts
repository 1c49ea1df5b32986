import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createPanelTickets, TICKET_TTL_MS } from '@/lib/meetings/panel-tickets';

const view = {
  provider: 'zoom' as const,
  meetingId: '81000000002',
  topic: 'Training',
  guests: [{ email: 'ada@example.org', name: 'Ada' }],
};

describe('registrants-panel tickets', () => {
  let clock = 1_000;
  beforeEach(() => {
    fakeBrowser.reset();
    clock = 1_000;
  });
  const tickets = () => createPanelTickets({ now: () => clock });

  it('are 128 random bits, and redeem once, in the tab they were issued to', async () => {
    const t = tickets();
    const id = await t.issue(view, 7);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(await t.issue(view, 7)).not.toBe(id);
    await expect(t.redeem(id, 7)).resolves.toEqual(view);
    await expect(t.redeem(id, 7)).rejects.toMatchObject({ code: 'ticket-refused' });
  });

  it('refuse another tab, and are burnt by the attempt', async () => {
    const t = tickets();
    const id = await t.issue(view, 7);
    await expect(t.redeem(id, 8)).rejects.toThrow(/another tab/);
    await expect(t.redeem(id, undefined)).rejects.toMatchObject({ code: 'ticket-refused' });
    await expect(t.redeem(id, 7)).rejects.toMatchObject({ code: 'ticket-refused' });
  });

  it('expire', async () => {
    const t = tickets();
    const id = await t.issue(view, 7);
    clock += TICKET_TTL_MS;
    await expect(t.redeem(id, 7)).rejects.toThrow(/expired/);
  });

  it('survive a restarted worker (session storage), and two redeems at once give one panel', async () => {
    const id = await tickets().issue(view, 7);
    const restarted = tickets();
    const results = await Promise.allSettled([restarted.redeem(id, 7), restarted.redeem(id, 7)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('refuse an id that was never issued, including inherited object keys', async () => {
    const t = tickets();
    for (const id of ['0'.repeat(32), '__proto__', 'constructor']) {
      await expect(t.redeem(id, 7)).rejects.toMatchObject({ code: 'ticket-refused' });
    }
  });
});
