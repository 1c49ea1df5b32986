import { describe, expect, it } from 'vitest';
import { mergeUpcoming } from '@/lib/popup/upcoming-order';
import type { UpcomingItem } from '@/lib/protocol/popup';

const zoom = (id: string, topic: string, startTime?: string): UpcomingItem => ({
  provider: 'zoom',
  id,
  kind: 'meeting',
  topic,
  joinUrl: `https://zoom.us/j/${id}`,
  ...(startTime ? { startTime } : {}),
});
const webex = (id: string, topic: string, startTime?: string): UpcomingItem => ({
  ...zoom('1', topic, startTime),
  provider: 'webex',
  id,
  joinUrl: `https://x.webex.com/j/${id}`,
});

describe('merging the accounts’ lists', () => {
  it('interleaves Zoom and Webex soonest first; same start by topic; no start time last', () => {
    const merged = mergeUpcoming(
      [
        zoom('1', 'Z at 10', '2026-03-02T10:00:00Z'),
        zoom('2', 'Z no time'),
        zoom('3', 'B at 9', '2026-03-02T09:00:00Z'),
      ],
      [webex('w1', 'W at 9:30', '2026-03-02T09:30:00Z'), webex('w2', 'A at 9', '2026-03-02T09:00:00Z')],
    );
    expect(merged.map((i) => i.topic)).toEqual(['A at 9', 'B at 9', 'W at 9:30', 'Z at 10', 'Z no time']);
  });

  it('takes any number of lists, empty ones included, and does not change them', () => {
    const zooms = [zoom('2', 'Later', '2026-03-03T10:00:00Z'), zoom('1', 'Sooner', '2026-03-02T10:00:00Z')];
    expect(mergeUpcoming(zooms, []).map((i) => i.id)).toEqual(['1', '2']);
    expect(zooms.map((i) => i.id)).toEqual(['2', '1']);
    expect(mergeUpcoming()).toEqual([]);
  });
});
