import { describe, expect, it } from 'vitest';
import type { WebexClient } from '@/lib/providers/webex/client';
import { loadWebexUpcoming, webexUpcomingItem } from '@/lib/providers/webex/upcoming';
import type { WebexMeeting } from '@/lib/providers/webex/schemas';
import { SYNC, TRAINING, webexMeeting } from '@/test/support/fake-provider-api';

const NOW = Date.parse('2026-03-01T10:00:00Z');
const meeting = (...args: Parameters<typeof webexMeeting>) => webexMeeting(...args) as WebexMeeting;
const listing = (items: WebexMeeting[]) =>
  ({ meetings: { list: async () => items } }) as unknown as Pick<WebexClient, 'meetings'>;

describe('Webex meetings as "Upcoming" rows', () => {
  it('maps a meeting series: id, title, start, minutes, zone and join link, marked Webex', () => {
    expect(webexUpcomingItem(meeting(TRAINING, 'Training', '2026-03-03T10:00:00Z', 90))).toEqual({
      provider: 'webex',
      id: TRAINING,
      kind: 'meeting',
      topic: 'Training',
      startTime: '2026-03-03T10:00:00.000Z',
      durationMinutes: 90,
      timezone: 'Europe/Paris',
      joinUrl: `https://sandbox.webex.example/j/${TRAINING.slice(0, 6)}`,
    });
  });

  it('keeps a Webex webinar a webinar, and an occurrence id with "_"', () => {
    const id = `${TRAINING}_20260303T100000Z`;
    expect(
      webexUpcomingItem(meeting(id, 'Launch', '2026-03-03T10:00:00Z', 60, { scheduledType: 'webinar' })),
    ).toMatchObject({ id, kind: 'webinar' });
  });

  it('refuses an id that could leave its path segment', () => {
    expect(webexUpcomingItem(meeting('../people/me', 'X', '2026-03-03T10:00:00Z'))).toBeNull();
    expect(webexUpcomingItem(meeting('a b', 'X', '2026-03-03T10:00:00Z'))).toBeNull();
  });

  it('lists the meetings not over yet, soonest first: running now in, ended and expired out', async () => {
    const items = await loadWebexUpcoming(
      listing([
        meeting(TRAINING, 'Later', '2026-03-03T10:00:00Z'),
        meeting(SYNC, 'Running now', '2026-03-01T09:30:00Z', 60),
        meeting('a'.repeat(32), 'Ended an hour ago', '2026-03-01T08:00:00Z', 60),
        meeting('b'.repeat(32), 'Expired', '2026-03-05T08:00:00Z', 60, { state: 'expired' }),
        meeting('c'.repeat(32), 'Weekly, began last month', '2026-02-01T08:00:00Z', 60, {
          recurrence: 'FREQ=WEEKLY;INTERVAL=1',
        }),
      ]),
      NOW,
    );
    expect(items.map((i) => i.topic)).toEqual(['Weekly, began last month', 'Running now', 'Later']);
  });

  it('drops one unreadable row, but calls a list of nothing but unreadable rows an error', async () => {
    const good = meeting(TRAINING, 'Good', '2026-03-03T10:00:00Z');
    const bad = meeting('no/slashes', 'Bad', '2026-03-03T10:00:00Z');
    expect((await loadWebexUpcoming(listing([good, bad]), NOW)).map((i) => i.topic)).toEqual(['Good']);
    await expect(loadWebexUpcoming(listing([bad]), NOW)).rejects.toMatchObject({
      kind: 'unexpected-response',
    });
    expect(await loadWebexUpcoming(listing([]), NOW)).toEqual([]);
  });
});
