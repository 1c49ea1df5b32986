import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS_GLOBAL, actionsLoader } from '../../../../lib/calendar/content/load-actions';

// The content scripts' loader for their on-demand part: one load kept, a failure said in a
// sentence for the button and not kept, so the next click tries again.

const t = (key: string, sub?: string | string[]) => `${key}: ${String(sub)}`;
// A module that registers a value the way entrypoints/calendar-actions.ts does.
const registering = (value: string) =>
  `data:text/javascript,globalThis.${ACTIONS_GLOBAL}=${encodeURIComponent(JSON.stringify({ value }))}`;

afterEach(() => void delete (globalThis as Record<string, unknown>)[ACTIONS_GLOBAL]);

describe('actionsLoader', () => {
  it('imports the bundle once and hands back what it registered', async () => {
    const urls: string[] = [];
    const load = actionsLoader(() => (urls.push('asked'), registering('first')), t);
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toEqual({ value: 'first' });
    expect(b).toBe(a);
    expect(await load()).toBe(a);
    expect(urls).toHaveLength(1);
  });

  it('a bundle that registers nothing, or does not load, is a sentence; the next call tries again', async () => {
    let url = 'data:text/javascript,export{}';
    const load = actionsLoader(() => url, t);
    await expect(load()).rejects.toThrow(`errorActionsUnavailable: ${ACTIONS_GLOBAL} not set`);
    url = 'data:text/javascript,throw new Error("broken bundle")';
    await expect(load()).rejects.toThrow('errorActionsUnavailable: broken bundle');
    url = registering('later');
    await expect(load()).resolves.toEqual({ value: 'later' });
  });
});
