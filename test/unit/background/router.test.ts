import { describe, expect, it, vi } from 'vitest';
import { describeError } from '@/lib/http/describe-error';
import { createMessageRouter, type Handlers } from '@/lib/background/router';

const ID = 'test-extension-id';
const ORIGIN = `chrome-extension://${ID}/`;
const page = { id: ID, url: `${ORIGIN}popup.html` };
const contentScript = { id: ID, url: 'https://calendar.google.com/calendar/r', tab: { id: 7 } };

function router(handlers: Partial<Handlers> = {}) {
  return createMessageRouter(
    {
      'status.get': async () => ({ zoom: { connected: false as const } }),
      ...handlers,
    },
    { extensionId: ID, extensionOrigin: ORIGIN, describeError },
  );
}

describe('the message router', () => {
  it('answers a valid message with the handler’s data', async () => {
    await expect(router()({ type: 'status.get', payload: {} }, page)).resolves.toEqual({
      ok: true,
      data: { zoom: { connected: false } },
    });
  });

  it('refuses a sender that is not this extension, without running the handler', async () => {
    const handler = vi.fn();
    const reply = await router({ 'status.get': handler })(
      { type: 'status.get', payload: {} },
      { id: 'other' },
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['null', null],
    ['a string', 'status.get'],
    ['no type', { payload: {} }],
    ['a numeric type', { type: 42, payload: {} }],
  ])('answers %s with "malformed"', async (_, message) => {
    await expect(router()(message, page)).resolves.toMatchObject({ ok: false, error: { code: 'malformed' } });
  });

  it('names an unknown message type, including inherited object keys', async () => {
    for (const type of ['meeting.destroyEverything', 'toString', '__proto__']) {
      const reply = await router()({ type, payload: {} }, page);
      expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
      if (!reply.ok) expect(reply.error.message).toContain(type);
    }
  });

  it('refuses a payload of the wrong shape and says which', async () => {
    const handler = vi.fn();
    const reply = await router({ 'status.get': handler })(
      { type: 'status.get', payload: { surprise: true } },
      page,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into an error reply and keeps answering afterwards', async () => {
    let calls = 0;
    const route = router({
      'status.get': async () => {
        calls += 1;
        if (calls === 1) throw new Error('boom');
        return { zoom: { connected: false as const } };
      },
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(route({ type: 'status.get', payload: {} }, page)).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    await expect(route({ type: 'status.get', payload: {} }, page)).resolves.toMatchObject({ ok: true });
  });

  it('passes a handler’s own error sentence through to the view', async () => {
    const error = Object.assign(new Error('Zoom says this meeting does not exist.'), { code: '3001' });
    const reply = await router({
      'status.get': async () => {
        throw error;
      },
    })({ type: 'status.get', payload: {} }, page);
    expect(reply).toEqual({
      ok: false,
      error: { code: '3001', message: 'Zoom says this meeting does not exist.' },
    });
  });

  it('lets content scripts send only the messages marked for them', async () => {
    const signIn = vi.fn(async () => ({ zoom: { connected: false as const } }));
    const status = vi.fn(async () => ({ zoom: { connected: false as const } }));
    const redeem = vi.fn();
    const route = router({ 'auth.signIn': signIn, 'status.get': status, 'panel.redeem': redeem });
    const ticket = { ticket: 'a'.repeat(32) };
    for (const [type, payload] of [
      ['auth.signIn', {}],
      // Name, e-mail and account ids: the calendar button needs none of them.
      ['status.get', {}],
      // The panel's ticket is redeemed by the panel, never by the page's content script.
      ['panel.redeem', ticket],
    ] as const) {
      await expect(route({ type, payload }, contentScript)).resolves.toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(signIn).not.toHaveBeenCalled();
    expect(status).not.toHaveBeenCalled();
    expect(redeem).not.toHaveBeenCalled();
    // An extension page framed inside the calendar tab is still the extension's own page.
    const panel = { id: ID, url: `${ORIGIN}panel.html`, tab: { id: 7 } };
    await expect(route({ type: 'auth.signIn', payload: {} }, panel)).resolves.toMatchObject({ ok: true });
    // So is one framed at its dynamic address (use_dynamic_url): another host, the same scheme.
    const dynamic = { id: ID, url: 'chrome-extension://0f1e2d3c-dynamic/panel.html', tab: { id: 7 } };
    await expect(route({ type: 'auth.signIn', payload: {} }, dynamic)).resolves.toMatchObject({ ok: true });
  });

  it('lets content scripts send the calendar button’s messages', async () => {
    const providers = vi.fn(async () => ({ defaultProvider: 'zoom' as const, connected: [] }));
    const route = router({ 'meeting.providers': providers });
    await expect(route({ type: 'meeting.providers', payload: {} }, contentScript)).resolves.toMatchObject({
      ok: true,
    });
  });
});
