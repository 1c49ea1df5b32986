import { describe, expect, it } from 'vitest';
import { daysFromNow, setupSandbox } from '@/test/support/sandbox';
import { WEBEX_SEED } from '@/test/support/sandbox-seed';

const { ctx, call } = setupSandbox('webex');

const body = (patch: Record<string, unknown> = {}) => ({
  title: 'Sandbox meeting',
  start: daysFromNow(ctx.sandbox, 2),
  end: daysFromNow(ctx.sandbox, 2, 60),
  ...patch,
});

describe('Webex meetings in the sandbox', () => {
  it('creates a series: defaults to the host zone, keeps minutes, registration when asked', async () => {
    const created = await call('POST', '/meetings', {
      body: body({ start: '2031-01-06T09:00:30+01:00', end: '2031-01-06T10:00:00+01:00', registration: {} }),
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      timezone: 'Europe/Paris',
      start: '2031-01-06T08:00:00Z',
      end: '2031-01-06T09:00:00Z',
      meetingType: 'meetingSeries',
      state: 'active',
      registration: { autoAcceptRequest: false, maxRegisterNum: 1000 },
    });
    expect(created.body.registerLink).toContain(created.body.id);
  });

  it('reads a time without an offset in the given zone', async () => {
    const created = await call('POST', '/meetings', {
      body: body({ start: '2031-07-01T09:00:00', end: '2031-07-01T09:30:00', timezone: 'America/New_York' }),
    });
    expect(created.body.start).toBe('2031-07-01T13:00:00Z');
  });

  it('refuses a start in the past, a duration outside 10 min to 23 h 59, a bad zone or rule, another host', async () => {
    const refused = async (patch: Record<string, unknown>) =>
      (await call('POST', '/meetings', { body: body(patch) })).status;
    expect(
      await refused({ start: daysFromNow(ctx.sandbox, -1), end: daysFromNow(ctx.sandbox, -1, 30) }),
    ).toBe(400);
    expect(await refused({ end: daysFromNow(ctx.sandbox, 2, 9) })).toBe(400);
    expect(await refused({ end: daysFromNow(ctx.sandbox, 2, 1440) })).toBe(400);
    expect(await refused({ timezone: 'Mars/Olympus' })).toBe(400);
    expect(await refused({ recurrence: 'RRULE:FREQ=WEEKLY' })).toBe(400);
    expect(await refused({ title: '' })).toBe(400);
    expect(await refused({ hostEmail: 'someone@else.example' })).toBe(403);
    expect(ctx.sandbox.webex.state.meetings).toHaveLength(2);
  });

  it('lists upcoming series by page with a Link to the next', async () => {
    for (let i = 0; i < 3; i++) await call('POST', '/meetings', { body: body({ title: `M${i}` }) });
    // Two seeded and three new: a page of three, then two.
    const first = await call('GET', '/meetings?max=3');
    expect(first.body.items).toHaveLength(3);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')![1]!;
    const second = await fetch(next, { headers: { Authorization: `Bearer ${ctx.token}` } });
    const rest = (await second.json()) as { items: unknown[] };
    expect(rest.items).toHaveLength(2);
    expect(second.headers.get('link')).toBeNull();
  });

  it('finds a series by its join link (webLink), even one that is over, and nothing for another link', async () => {
    const training = (await call('GET', `/meetings/${WEBEX_SEED.training}`)).body;
    ctx.sandbox.clock.advance(30 * 86_400_000);
    ctx.token = ctx.sandbox.webex.issueTokens().access_token; // the old one expired meanwhile
    expect(
      (await call('GET', '/meetings?max=100')).body.items.map((m: { id: string }) => m.id),
    ).not.toContain(WEBEX_SEED.training);
    const found = await call('GET', `/meetings?webLink=${encodeURIComponent(training.webLink)}`);
    expect(found.status).toBe(200);
    expect(found.body.items).toHaveLength(1);
    expect(found.body.items[0]).toMatchObject({ id: WEBEX_SEED.training, webLink: training.webLink });
    const other = await call('GET', `/meetings?webLink=${encodeURIComponent(`${training.webLink}0`)}`);
    expect(other.body).toEqual({ items: [] });
    const both = `/meetings?webLink=${encodeURIComponent(training.webLink)}&meetingNumber=1`;
    expect((await call('GET', both)).status).toBe(400);
  });

  it('updates with PATCH (partial) and PUT (title, start and end required), and deletes', async () => {
    const id = WEBEX_SEED.training;
    expect((await call('PATCH', `/meetings/${id}`, { body: { agenda: 'New agenda' } })).body).toMatchObject({
      agenda: 'New agenda',
      title: 'Webex partner training',
    });
    expect((await call('PUT', `/meetings/${id}`, { body: { title: 'Only a title' } })).status).toBe(400);
    const moved = await call('PATCH', `/meetings/${id}`, {
      body: { start: '2031-02-01T10:00:00', end: '2031-02-01T11:00:00', timezone: 'UTC' },
    });
    expect(moved.body).toMatchObject({ start: '2031-02-01T10:00:00Z', timezone: 'UTC' });
    expect((await call('DELETE', `/meetings/${id}`)).status).toBe(204);
    expect((await call('DELETE', `/meetings/${id}`)).status).toBe(404);
  });

  it('asks for a valid token before anything', async () => {
    expect((await call('GET', '/meetings', { token: null })).status).toBe(401);
  });
});
