import { describe, expect, it, vi } from 'vitest';
import { describeError } from '@/lib/http/describe-error';
import { createPageCheckHandlers } from '@/lib/background/page-check-handler';
import { createMessageRouter } from '@/lib/background/router';
import { PAGE_CHECK } from '@/lib/calendar/content/page-check';

// "Check a calendar page": the background asks every tab; only calendar tabs (their content
// scripts) answer; each answer is parsed like any outside input; content scripts cannot ask.

const GOOD = {
  site: 'google',
  editors: [
    {
      kind: 'full',
      probes: [{ field: 'start', hook: null, tried: ['#xStDaIn', 'div[jsname="iKdrbf"]'] }],
      missing: ['start'],
    },
  ],
};

function setup(answers: Record<number, unknown>) {
  const tabs = {
    query: vi.fn(async () => [{ id: 1 }, { id: 2 }, { id: 3 }, {}]),
    sendMessage: vi.fn(async (id: number) => {
      if (!(id in answers)) throw new Error('Could not establish connection. Receiving end does not exist.');
      return answers[id];
    }),
  };
  const route = createMessageRouter(createPageCheckHandlers(tabs), {
    extensionId: 'x',
    extensionOrigin: 'chrome-extension://x/',
    describeError,
  });
  return { tabs, route };
}

describe('calendar.checkPages', () => {
  it('collects the calendar tabs’ answers, drops tabs without one and answers that do not parse', async () => {
    const { tabs, route } = setup({
      1: GOOD,
      3: { site: 'google', editors: [{ kind: 'full', probes: 'x' }] },
    });
    const reply = await route(
      { type: 'calendar.checkPages', payload: {} },
      { id: 'x', url: 'chrome-extension://x/options.html' },
    );
    expect(reply).toEqual({ ok: true, data: { pages: [GOOD] } });
    expect(tabs.sendMessage.mock.calls.map((c) => c[0])).toEqual([1, 2, 3]);
    expect(tabs.sendMessage).toHaveBeenCalledWith(1, { type: PAGE_CHECK });
  });

  it('is refused to a content script (a calendar page)', async () => {
    const { tabs, route } = setup({ 1: GOOD });
    const reply = await route(
      { type: 'calendar.checkPages', payload: {} },
      { id: 'x', url: 'https://calendar.google.com/calendar/r', tab: { id: 1 } },
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(tabs.query).not.toHaveBeenCalled();
  });
});
