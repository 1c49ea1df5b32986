import { describe, expect, it } from 'vitest';
import { setupSandbox } from '@/test/support/sandbox';
import { ZOOM_SEED } from '@/test/support/sandbox-seed';

const { ctx, call } = setupSandbox();

const admin = (method: string, path: string, body?: unknown) =>
  call(method, `/__admin${path}`, { body, token: null });

describe('/__admin over HTTP', () => {
  it('reads state and resets it to the seed', async () => {
    await call('DELETE', `/v2/meetings/${ZOOM_SEED.noRegistration}`);
    const state = await admin('GET', '/state');
    expect(state.status).toBe(200);
    expect(state.body.zoom.meetings.map((m: { id: number }) => m.id)).not.toContain(ZOOM_SEED.noRegistration);
    expect(state.body.rateLimits.qps).toEqual({
      LIGHT: 30,
      MEDIUM: 20,
      HEAVY: 10,
    });
    expect((await admin('POST', '/reset')).body).toEqual({ ok: true });
    expect((await call('GET', `/v2/meetings/${ZOOM_SEED.noRegistration}`)).status).toBe(200);
  });

  it('seeds another world, refusing a bad seed with a message', async () => {
    const seed = {
      user: {
        id: 'u2',
        account_id: 'a2',
        email: 'solo@example.org',
        first_name: 'Solo',
        last_name: 'Host',
      },
      meetings: [
        {
          id: 70000000001,
          topic: 'Only one',
          type: 2,
          start_offset_minutes: 60,
          settings: { approval_type: 0 },
        },
      ],
    };
    expect((await admin('POST', '/seed', seed)).status).toBe(200);
    // The new world has a new user: sign in again.
    ctx.token = ctx.sandbox.issueTokens().access_token;
    const listed = await call('GET', '/v2/users/me/meetings');
    expect(listed.body.meetings.map((m: { id: number }) => m.id)).toEqual([70000000001]);
    expect((await call('GET', '/v2/users/me')).body.email).toBe('solo@example.org');
    const bad = await admin('POST', '/seed', {
      user: { id: 'x' },
      meetings: 'none',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain('meetings');
  });

  it('moves the clock (set, advance, freeze)', async () => {
    const set = await admin('POST', '/clock', {
      set: '2030-06-01T10:00:00Z',
      freeze: true,
    });
    expect(set.body).toEqual({ now: '2030-06-01T10:00:00.000Z', frozen: true });
    const moved = await admin('POST', '/clock', { advanceMs: 90_000 });
    expect(moved.body.now).toBe('2030-06-01T10:01:30.000Z');
    expect((await admin('POST', '/clock', { freeze: false })).body.frozen).toBe(false);
    expect((await admin('POST', '/clock', { advanceMs: 'soon' })).status).toBe(400);
  });

  it('adds latency', async () => {
    await admin('POST', '/latency', { ms: 120 });
    const started = Date.now();
    await call('GET', '/v2/users/me');
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    await admin('POST', '/latency', { ms: 0 });
  });

  it('fails the next requests with 503 (Retry-After) or 500, or at a rate', async () => {
    await admin('POST', '/errors', { next: 2, status: 503 });
    const first = await call('GET', '/v2/users/me');
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('1');
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect((await call('GET', '/v2/users/me')).status).toBe(503);
    expect((await call('GET', '/v2/users/me')).status).toBe(200);
    await admin('POST', '/errors', { rate: 1, status: 500 });
    expect((await call('GET', '/v2/users/me')).status).toBe(500);
    await admin('POST', '/errors', { rate: 0 });
    expect((await call('GET', '/v2/users/me')).status).toBe(200);
  });

  it('drops connections', async () => {
    await admin('POST', '/drop', { next: 1 });
    await expect(call('GET', '/v2/users/me')).rejects.toThrow();
    expect((await call('GET', '/v2/users/me')).status).toBe(200);
    const log = (await admin('GET', '/requests')).body;
    expect(log.map((e: { status: number }) => e.status)).toEqual([0, 200]);
  });

  it('forces 429s and configures limits', async () => {
    await admin('POST', '/rate-limits/force', { count: 1, kind: 'daily' });
    expect((await call('GET', '/v2/users/me')).headers.get('x-ratelimit-type')).toBe('Daily-limit');
    const config = await admin('POST', '/rate-limits', {
      qps: { HEAVY: 2 },
      registrantRequestsPerDay: null,
    });
    expect(config.body.qps.HEAVY).toBe(2);
    expect(config.body.registrantRequestsPerDay).toBeNull();
    expect((await admin('GET', '/rate-limits')).body.qps.HEAVY).toBe(2);
    expect((await admin('POST', '/rate-limits', { qps: { HEAVY: -1 } })).status).toBe(400);
  });

  it('logs API requests (method, path, status, time) and clears the log', async () => {
    await admin('DELETE', '/requests');
    await call('GET', `/v2/meetings/${ZOOM_SEED.autoApproval}/registrants?status=pending`);
    await call('GET', '/v2/nothing-here');
    await call('OPTIONS', '/v2/users/me');
    const log = (await admin('GET', '/requests')).body;
    expect(log).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: `/v2/meetings/${ZOOM_SEED.autoApproval}/registrants`,
        query: '?status=pending',
        status: 200,
      }),
      expect.objectContaining({
        method: 'GET',
        path: '/v2/nothing-here',
        status: 404,
      }),
    ]);
    expect(Number.isNaN(Date.parse(log[0].time))).toBe(false);
    expect(ctx.sandbox.requests()).toHaveLength(2);
    await admin('DELETE', '/requests');
    expect((await admin('GET', '/requests')).body).toEqual([]);
  });

  it('sets auto-approve and token lifetime, issues and revokes tokens', async () => {
    await admin('POST', '/oauth', {
      autoApprove: true,
      tokenLifetimeSeconds: 120,
    });
    expect(ctx.sandbox.snapshot()).toMatchObject({
      oauth: { autoApprove: true, tokenLifetimeSeconds: 120 },
    });
    const tokens = (await admin('POST', '/oauth/tokens')).body;
    expect(tokens.expires_in).toBe(120);
    expect((await call('GET', '/v2/users/me', { token: tokens.access_token })).status).toBe(200);
    await admin('POST', '/oauth/revoke-all');
    expect((await call('GET', '/v2/users/me', { token: tokens.access_token })).status).toBe(401);
    await admin('POST', '/oauth', {
      autoApprove: false,
      tokenLifetimeSeconds: 3600,
    });
  });

  it('answers unknown admin paths with 404 and non-JSON bodies with 400', async () => {
    expect((await admin('GET', '/nope')).status).toBe(404);
    expect(
      (
        await call('POST', '/__admin/latency', {
          raw: '{not json',
          token: null,
        })
      ).status,
    ).toBe(400);
  });
});
