// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { drawFirstScreen } from '@/entrypoints/popup/first-screen';
import { keepSnapshot, readSnapshot } from '@/lib/popup/first-screen-snapshot';
import type { UpcomingItem } from '@/lib/protocol/popup';
import { englishMessages } from '@/test/support/english-messages';

const row = (id: string, topic: string): UpcomingItem => ({
  provider: 'zoom',
  id,
  kind: 'meeting',
  topic,
  startTime: '2026-03-02T10:00:00Z',
  durationMinutes: 30,
  joinUrl: `https://zoom.us/j/${id}`,
});
const kept = [row('81000000001', 'Weekly team sync')];
const fresh = [row('81000000002', 'Quarterly review')];

beforeEach(() => {
  englishMessages();
  localStorage.clear();
});
afterEach(() => document.body.replaceChildren());

describe("the picture of the popup's last open", () => {
  it('gives back the rows kept, and nothing once none are kept', () => {
    expect(readSnapshot()).toBeNull();
    keepSnapshot(kept);
    expect(readSnapshot()).toEqual(kept);
    keepSnapshot([]);
    expect(readSnapshot()).toBeNull();
    keepSnapshot(kept);
    keepSnapshot(null);
    expect(readSnapshot()).toBeNull();
  });

  it('reads nothing from a value it did not write, and drops fields the rows do not have', () => {
    for (const value of ['{', 'null', '{"items":[]}', '[{"provider":"teams","id":"1"}]', '[1]', '"x"']) {
      localStorage.setItem('popupFirstScreen', value);
      expect(readSnapshot(), value).toBeNull();
    }
    localStorage.setItem(
      'popupFirstScreen',
      JSON.stringify([{ ...kept[0], startUrl: 'https://zoom.us/s/1' }]),
    );
    expect(readSnapshot()).toEqual(kept);
  });

  it('never throws where localStorage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(readSnapshot(refusing)).toBeNull();
    expect(() => keepSnapshot(kept, refusing)).not.toThrow();
    expect(() => keepSnapshot(null, refusing)).not.toThrow();
  });
});

describe('the first screen with a picture of the last open', () => {
  const meetings = (root: HTMLElement) => root.querySelectorAll('[data-testid="meeting"]').length;

  it('draws the picture at once, then the caches’ rows in its place when they differ', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    let answer!: (rows: UpcomingItem[] | null) => void;
    const drawn = drawFirstScreen(root, new Promise((resolve) => (answer = resolve)), kept);
    expect(meetings(root)).toBe(1);
    expect(root.textContent).toContain('Weekly team sync');
    answer(fresh);
    await expect(drawn).resolves.toEqual(fresh);
    expect(meetings(root)).toBe(1);
    expect(root.textContent).toContain('Quarterly review');
    expect(root.textContent).not.toContain('Weekly team sync');
  });

  it('takes the picture away when the caches have nothing for the person signed in now', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    await drawFirstScreen(root, Promise.resolve(null), kept);
    expect(meetings(root)).toBe(0);
    expect(root.textContent).not.toContain('Weekly team sync');
  });

  it('keeps the rows it drew when the caches say the same, and waits for them without a picture', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const drawn = drawFirstScreen(root, Promise.resolve(kept), kept);
    const first = root.querySelector('[data-testid="meeting"]');
    await drawn;
    expect(root.querySelector('[data-testid="meeting"]')).toBe(first);

    const other = document.createElement('div');
    let answer!: (rows: UpcomingItem[] | null) => void;
    const waiting = drawFirstScreen(other, new Promise((resolve) => (answer = resolve)), null);
    expect(other.childNodes).toHaveLength(0);
    answer(fresh);
    await waiting;
    expect(meetings(other)).toBe(1);
  });
});
