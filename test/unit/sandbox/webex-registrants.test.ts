import { describe, expect, it } from 'vitest';
import { people, setupSandbox } from '@/test/support/sandbox';
import { WEBEX_SEED } from '@/test/support/sandbox-seed';

const { ctx, call } = setupSandbox('webex');
const m = WEBEX_SEED.training;
const registrants = () => ctx.sandbox.webex.state.meetings.find((x) => x.id === m)!.registrants;
const insert = (items: unknown[], query = '') =>
  call('POST', `/meetings/${m}/registrants/bulkInsert${query}`, { body: { items } });

describe('Webex registrants in the sandbox', () => {
  it('bulkInsert adds everyone in one call, pending under manual approval, approved under auto-accept', async () => {
    const reply = await insert(people(3, 'person', 'webex'));
    expect(reply.status).toBe(200);
    expect(reply.body.items.map((r: { status: string }) => r.status)).toEqual([
      'pending',
      'pending',
      'pending',
    ]);
    ctx.sandbox.webex.state.meetings.find((x) => x.id === m)!.registration!.autoAcceptRequest = true;
    expect((await insert(people(1, 'auto', 'webex'))).body.items[0].status).toBe('approved');
    expect(registrants()).toHaveLength(5 + 4);
  });

  it('is all or nothing: one registered address refuses the call with 409 and adds nobody', async () => {
    const reply = await insert([
      ...people(2, 'person', 'webex'),
      { firstName: 'A', lastName: 'L', email: 'ADA@customer.example' },
    ]);
    expect(reply.status).toBe(409);
    expect(reply.body.message).toBe(
      'Registrant ADA@customer.example is already registered for this meeting.',
    );
    expect(registrants()).toHaveLength(5);
    expect((await insert([...people(1, 'person', 'webex'), ...people(1, 'person', 'webex')])).status).toBe(
      409,
    );
  });

  it('refuses missing fields, a meeting without registration, a full or over meeting', async () => {
    expect((await insert([{ firstName: 'No', email: 'x@example.org' }])).status).toBe(400);
    expect((await insert([])).status).toBe(400);
    const noReg = await call('POST', `/meetings/${WEBEX_SEED.sync}/registrants/bulkInsert`, {
      body: { items: people(1, 'person', 'webex') },
    });
    expect(noReg.body.message).toBe('Registration is not enabled for this meeting.');
    ctx.sandbox.webex.state.meetings.find((x) => x.id === m)!.registration!.maxRegisterNum = 6;
    // Mallory is rejected, so 4 seats are taken: 2 more fit, 3 do not.
    expect((await insert(people(3, 'person', 'webex'))).status).toBe(409);
    expect((await insert(people(2, 'person', 'webex'))).status).toBe(200);
    ctx.sandbox.clock.advance(7 * 86_400_000);
    ctx.token = ctx.sandbox.webex.issueTokens().access_token; // a week outlives the access token
    expect((await insert(people(1, 'late', 'webex'))).body.message).toMatch(/has ended/);
  });

  it('takes current and hostEmail: the host is accepted, anyone else is refused, current must be boolean', async () => {
    expect(
      (await insert(people(1, 'person', 'webex'), `?current=true&hostEmail=${WEBEX_SEED.hostEmail}`)).status,
    ).toBe(200);
    expect((await insert(people(1, 'x', 'webex'), '?hostEmail=other@example.org')).status).toBe(403);
    expect((await insert(people(1, 'y', 'webex'), '?current=maybe')).status).toBe(400);
  });

  it('lists with a page size, filters by e-mail and registration time', async () => {
    await insert(people(12, 'person', 'webex'));
    const page = await call('GET', `/meetings/${m}/registrants`);
    expect(page.body.items).toHaveLength(10);
    expect(page.headers.get('link')).toMatch(/rel="next"/);
    const one = await call('GET', `/meetings/${m}/registrants?email=GRACE@customer.example`);
    expect(one.body.items.map((r: { id: string }) => r.id)).toEqual([WEBEX_SEED.grace]);
    const since = new Date(ctx.sandbox.clock.now() - 60_000).toISOString();
    const recent = await call('GET', `/meetings/${m}/registrants?max=100&registrationTimeFrom=${since}`);
    expect(recent.body.items).toHaveLength(12);
    expect((await call('GET', `/meetings/${m}/registrants/nobody`)).status).toBe(404);
  });

  it('queries by e-mail, with status and order', async () => {
    const reply = await call('POST', `/meetings/${m}/registrants/query`, {
      body: {
        emails: ['alan@customer.example', 'ada@customer.example', 'grace@customer.example'],
        status: 'approved',
        orderBy: 'email',
      },
    });
    expect(reply.body.items.map((r: { email: string }) => r.email)).toEqual([
      'ada@customer.example',
      'alan@customer.example',
    ]);
    expect((await call('POST', `/meetings/${m}/registrants/query`, { body: { emails: [] } })).status).toBe(
      400,
    );
  });

  it('approves, rejects and cancels by id; an unknown id refuses the call and changes nothing', async () => {
    const act = (action: string, ids: string[]) =>
      call('POST', `/meetings/${m}/registrants/${action}`, {
        body: { sendEmail: false, registrants: ids.map((id) => ({ id })) },
      });
    expect((await act('approve', [WEBEX_SEED.grace, 'nobody'])).status).toBe(404);
    expect(registrants().find((r) => r.id === WEBEX_SEED.grace)!.status).toBe('pending');
    expect((await act('approve', [WEBEX_SEED.grace, WEBEX_SEED.linus])).status).toBe(204);
    expect((await act('reject', [WEBEX_SEED.grace])).status).toBe(204);
    expect((await act('cancel', [WEBEX_SEED.linus])).status).toBe(204);
    expect(registrants().map((r) => [r.email, r.status])).toContainEqual([
      'grace@customer.example',
      'rejected',
    ]);
    expect(registrants().some((r) => r.id === WEBEX_SEED.linus)).toBe(false);
    // A cancelled person may register again.
    expect(
      (await insert([{ firstName: 'Linus', lastName: 'T', email: 'linus@partner.example' }])).status,
    ).toBe(200);
    expect((await act('approve', [])).status).toBe(400);
  });
});

describe('Webex throttling in the sandbox', () => {
  it('forced 423 and 429 carry Retry-After and Webex error bodies, then pass', async () => {
    ctx.sandbox.webex.configureLimits({ retryAfterSeconds: 7 });
    ctx.sandbox.webex.force(1, 423);
    const locked = await call('GET', '/people/me');
    expect(locked.status).toBe(423);
    expect(locked.headers.get('retry-after')).toBe('7');
    expect(locked.headers.get('x-ratelimit-type')).toBeNull();
    ctx.sandbox.webex.force(1, 429);
    expect((await call('GET', '/people/me')).status).toBe(429);
    expect((await call('GET', '/people/me')).status).toBe(200);
  });

  it('a per-second budget answers 429 past it until the next second', async () => {
    ctx.sandbox.clock.freeze();
    ctx.sandbox.webex.configureLimits({ perSecond: 2 });
    expect((await call('GET', '/people/me')).status).toBe(200);
    expect((await call('GET', '/people/me')).status).toBe(200);
    const limited = await call('GET', '/people/me');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    ctx.sandbox.clock.advance(1000);
    expect((await call('GET', '/people/me')).status).toBe(200);
    ctx.sandbox.clock.unfreeze();
  });

  it('is steered over HTTP too (/__admin/webex), and reset restores the seed and limits', async () => {
    const admin = (path: string, body: unknown) =>
      fetch(`${ctx.sandbox.url}/__admin/webex${path}`, { method: 'POST', body: JSON.stringify(body) });
    expect((await admin('/force', { count: 1, status: 423 })).status).toBe(200);
    expect((await call('GET', '/people/me')).status).toBe(423);
    expect((await admin('/force', { count: 1, status: 500 })).status).toBe(400);
    expect((await admin('/limits', { perSecond: 1 })).status).toBe(200);
    await insert(people(1, 'person', 'webex'));
    ctx.sandbox.reset();
    expect(ctx.sandbox.webex.limits().perSecond).toBeNull();
    expect(registrants()).toHaveLength(5);
    const state = (await (await fetch(`${ctx.sandbox.url}/__admin/webex/state`)).json()) as {
      webex: { meetings: unknown[] };
    };
    expect(state.webex.meetings).toHaveLength(2);
  });
});
