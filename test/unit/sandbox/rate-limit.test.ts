import { beforeEach, describe, expect, it } from 'vitest';
import { people, setupSandbox } from '@/test/support/sandbox';
import { ZOOM_SEED } from '@/test/support/sandbox-seed';

const { ctx, call, advance } = setupSandbox();

/** Midday GMT, frozen: per-second windows only move when a test moves the clock. */
beforeEach(() => {
  const day = Math.floor(Date.now() / 86_400_000) * 86_400_000;
  ctx.sandbox.clock.set(day + 12 * 3_600_000);
  ctx.sandbox.clock.freeze();
  // Rebuilt at the frozen time, so the seed's upcoming meetings are upcoming from there.
  ctx.sandbox.reset();
  ctx.sandbox.clock.set(day + 12 * 3_600_000);
  ctx.sandbox.clock.freeze();
  ctx.token = ctx.sandbox.issueTokens().access_token;
});

let seq = 0;
const registrant = (email: string) => ({ body: { email, first_name: 'Rate' } });

describe('per-second limits by label (Pro: LIGHT 30, MEDIUM 20, HEAVY 10)', () => {
  it.each([
    // A new person each time, so the per-registrant daily limit stays out of the way.
    [
      'HEAVY',
      10,
      'Heavy',
      () =>
        call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/batch_registrants`, {
          body: { registrants: people(1, `h${seq++}`) },
        }),
    ],
    ['MEDIUM', 20, 'Medium', () => call('GET', `/v2/meetings/${ZOOM_SEED.autoApproval}/registrants`)],
    ['LIGHT', 30, 'Light', () => call('GET', `/v2/meetings/${ZOOM_SEED.autoApproval}`)],
  ])(
    '%s: request %i+1 in one second gets a QPS 429 with Zoom headers',
    async (_label, limit, header, send) => {
      for (let i = 0; i < limit; i++) {
        const ok = await send();
        expect(ok.status).toBeLessThan(300);
        expect(ok.headers.get('x-ratelimit-category')).toBe(header);
        expect(ok.headers.get('x-ratelimit-remaining')).toBe(String(limit - i - 1));
      }
      const limited = await send();
      expect(limited.status).toBe(429);
      expect(limited.body).toEqual({
        code: 429,
        message: 'You have reached the maximum per-second rate limit for this API. Try again later.',
      });
      expect(limited.headers.get('x-ratelimit-category')).toBe(header);
      expect(limited.headers.get('x-ratelimit-type')).toBe('QPS');
      expect(limited.headers.get('x-ratelimit-limit')).toBe(String(limit));
      expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(limited.headers.get('retry-after')).toBe('1');
      ctx.sandbox.clock.advance(1000);
      expect((await send()).status).toBeLessThan(300);
    },
  );

  it('categories have separate windows', async () => {
    for (let i = 0; i < 10; i++) {
      await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/batch_registrants`, {
        body: { registrants: people(1, `p${i}`) },
      });
    }
    expect(
      (
        await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/batch_registrants`, {
          body: { registrants: people(1) },
        })
      ).status,
    ).toBe(429);
    expect((await call('GET', `/v2/meetings/${ZOOM_SEED.autoApproval}`)).status).toBe(200);
  });

  it('a 429 registers nobody', async () => {
    ctx.sandbox.configureRateLimits({ qps: { HEAVY: 1 } });
    await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/batch_registrants`, {
      body: { registrants: people(1, 'a') },
    });
    const limited = await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/batch_registrants`, {
      body: { registrants: people(1, 'b') },
    });
    expect(limited.status).toBe(429);
    expect(
      ctx.sandbox.state.meetings
        .find((m) => m.id === ZOOM_SEED.autoApproval)!
        .registrants.some((r) => r.email.startsWith('b')),
    ).toBe(false);
  });
});

describe('daily limits', () => {
  it('100 meeting creations a day per host, then a Daily-limit 429 until 00:00 GMT', async () => {
    ctx.sandbox.configureRateLimits({ qps: { LIGHT: null } });
    for (let i = 0; i < 100; i++) {
      expect(
        (
          await call('POST', '/v2/users/me/meetings', {
            body: { topic: `m${i}` },
          })
        ).status,
      ).toBe(201);
    }
    const limited = await call('POST', '/v2/users/me/meetings', {
      body: { topic: 'one too many' },
    });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe(429);
    expect(limited.body.message).toContain('daily rate limit (100)');
    expect(limited.headers.get('x-ratelimit-type')).toBe('Daily-limit');
    expect(limited.headers.get('x-ratelimit-limit')).toBe('100');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    const midnight = (Math.floor(ctx.sandbox.clock.now() / 86_400_000) + 1) * 86_400_000;
    expect(limited.headers.get('retry-after')).toBe(new Date(midnight).toISOString().replace('.000Z', 'Z'));
    expect(Date.parse(limited.headers.get('retry-after')!)).toBe(midnight);
    // Still refused a minute before midnight GMT, allowed once the sandbox clock passes it.
    advance(midnight - 60_000 - ctx.sandbox.clock.now());
    expect((await call('POST', '/v2/users/me/meetings', { body: { topic: 'late' } })).status).toBe(429);
    advance(60_000);
    expect(
      (
        await call('POST', '/v2/users/me/meetings', {
          body: { topic: 'next day' },
        })
      ).status,
    ).toBe(201);
  });

  it('3 registration requests a day for the same registrant (add), per meeting', async () => {
    const url = `/v2/meetings/${ZOOM_SEED.autoApproval}/registrants`;
    for (let i = 0; i < 3; i++)
      expect((await call('POST', url, registrant('same@example.org'))).status).toBe(201);
    const limited = await call('POST', url, registrant('SAME@example.org'));
    expect(limited.status).toBe(429);
    expect(limited.body.message).toBe(
      'You have exceeded the daily rate limit of "3" for Add meeting registrant API requests for the registrant "same@example.org". You can resume these API requests at GMT 00:00:00.',
    );
    expect(limited.headers.get('x-ratelimit-type')).toBe('Daily-limit');
    expect(limited.headers.get('x-ratelimit-limit')).toBe('3');
    expect((await call('POST', url, registrant('other@example.org'))).status).toBe(201);
    expect(
      (
        await call(
          'POST',
          `/v2/meetings/${ZOOM_SEED.manualApproval}/registrants`,
          registrant('same@example.org'),
        )
      ).status,
    ).toBe(201);
    advance(12 * 3_600_000);
    expect((await call('POST', url, registrant('same@example.org'))).status).toBe(201);
  });

  it('counts each person of a batch; a batch naming someone over the limit is refused whole', async () => {
    const url = `/v2/meetings/${ZOOM_SEED.autoApproval}/batch_registrants`;
    const batch = people(2, 'b');
    for (let i = 0; i < 3; i++) {
      ctx.sandbox.clock.advance(1000);
      expect((await call('POST', url, { body: { registrants: batch } })).status).toBe(201);
    }
    const limited = await call('POST', url, {
      body: { registrants: [...people(1, 'fresh'), batch[0]!] },
    });
    expect(limited.status).toBe(429);
    expect(limited.body.message).toContain('Perform batch registration');
    expect(limited.body.message).toContain(batch[0]!.email);
    expect(limited.headers.get('x-ratelimit-category')).toBe('Heavy');
    const meeting = ctx.sandbox.state.meetings.find((m) => m.id === ZOOM_SEED.autoApproval)!;
    expect(meeting.registrants.some((r) => r.email.startsWith('fresh'))).toBe(false);
  });
});

describe('other daily limits', () => {
  it("updating one registrant's status counts against that registrant too", async () => {
    const url = `/v2/meetings/${ZOOM_SEED.manualApproval}/registrants/status`;
    const body = (action: string) => ({
      body: { action, registrants: [{ email: 'linus@partner.example' }] },
    });
    for (const action of ['approve', 'deny', 'approve'])
      expect((await call('PUT', url, body(action))).status).toBe(204);
    const limited = await call('PUT', url, body('deny'));
    expect(limited.status).toBe(429);
    expect(limited.body.message).toContain("Update registrant's status");
    expect(limited.headers.get('x-ratelimit-category')).toBe('Medium');
  });

  it('meeting updates per meeting and webinar creations per host have daily limits too', async () => {
    ctx.sandbox.configureRateLimits({ meetingUpdatesPerDay: 2, webinarCreatesPerDay: 1 });
    const patch = () => call('PATCH', `/v2/meetings/${ZOOM_SEED.noRegistration}`, { body: { agenda: 'x' } });
    expect((await patch()).status).toBe(204);
    expect((await patch()).status).toBe(204);
    expect((await patch()).headers.get('x-ratelimit-type')).toBe('Daily-limit');
    expect(
      (await call('PATCH', `/v2/meetings/${ZOOM_SEED.autoApproval}`, { body: { agenda: 'x' } })).status,
    ).toBe(204);
    expect((await call('POST', '/v2/users/me/webinars', { body: { topic: 'a' } })).status).toBe(201);
    const second = await call('POST', '/v2/users/me/webinars', { body: { topic: 'b' } });
    expect(second.status).toBe(429);
    expect(second.headers.get('x-ratelimit-limit')).toBe('1');
  });
});

describe('forced 429s and switching limits off', () => {
  it('forces the next N requests to a QPS or daily 429', async () => {
    ctx.sandbox.force429(2, 'qps');
    expect((await call('GET', '/v2/users/me')).headers.get('x-ratelimit-type')).toBe('QPS');
    expect((await call('GET', '/v2/users/me')).status).toBe(429);
    expect((await call('GET', '/v2/users/me')).status).toBe(200);
    ctx.sandbox.force429(1, 'daily');
    const daily = await call('GET', `/v2/meetings/${ZOOM_SEED.autoApproval}/registrants`);
    expect(daily.status).toBe(429);
    expect(daily.headers.get('x-ratelimit-type')).toBe('Daily-limit');
    expect(daily.headers.get('x-ratelimit-category')).toBe('Medium');
    expect(Number.isNaN(Date.parse(daily.headers.get('retry-after')!))).toBe(false);
  });

  it('limits can be changed and switched off', async () => {
    ctx.sandbox.configureRateLimits({ qps: { LIGHT: 2 } });
    await call('GET', '/v2/users/me');
    await call('GET', '/v2/users/me');
    expect((await call('GET', '/v2/users/me')).status).toBe(429);
    ctx.sandbox.configureRateLimits({ enabled: false });
    for (let i = 0; i < 50; i++) expect((await call('GET', '/v2/users/me')).status).toBe(200);
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await call(
            'POST',
            `/v2/meetings/${ZOOM_SEED.autoApproval}/registrants`,
            registrant('x@example.org'),
          )
        ).status,
      ).toBe(201);
    }
    ctx.sandbox.configureRateLimits({
      enabled: true,
      registrantRequestsPerDay: null,
      qps: { LIGHT: null },
    });
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await call(
            'POST',
            `/v2/meetings/${ZOOM_SEED.autoApproval}/registrants`,
            registrant('y@example.org'),
          )
        ).status,
      ).toBe(201);
    }
  });
});
