import { describe, expect, it } from 'vitest';
import { setupSandbox } from '@/test/support/sandbox';
import { ZOOM_SEED } from '@/test/support/sandbox-seed';

const { ctx, call } = setupSandbox();

describe('CORS', () => {
  it('answers preflights with 204 and the allowed headers', async () => {
    const res = await fetch(`${ctx.sandbox.url}/v2/meetings/${ZOOM_SEED.autoApproval}/batch_registrants`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abcdefghijklmnop',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Content-Type/);
    expect(res.headers.get('access-control-allow-methods')).toMatch(/PATCH/);
  });

  it('puts CORS headers (and exposes rate-limit headers) on every kind of answer', async () => {
    const answers = [
      await call('GET', '/v2/users/me'),
      await call('GET', '/v2/users/me', { token: null }),
      await call('GET', '/nowhere'),
      await call('POST', '/oauth/token', { raw: 'grant_type=nope' }),
      await call('GET', '/__admin/state', { token: null }),
    ];
    for (const res of answers) {
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-expose-headers')).toMatch(/Retry-After.*X-RateLimit-Type/);
    }
  });
});

describe('bad input', () => {
  it('malformed JSON is a 400 with code 300', async () => {
    const res = await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/registrants`, {
      raw: '{"email": "a@example.org",',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      code: 300,
      message: 'Request Body should be a valid JSON object.',
    });
  });

  it('a JSON value that is not an object is refused naming the body', async () => {
    const res = await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/batch_registrants`, {
      body: [1, 2],
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('body');
  });

  it('wrong types name the field', async () => {
    const res = await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/batch_registrants`, {
      body: {
        auto_approve: 'yes',
        registrants: [{ email: 'a@example.org', first_name: 'A' }],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('Validation Failed: auto_approve must be a boolean.');
    expect(res.body.errors).toEqual([{ field: 'auto_approve', message: 'must be a boolean' }]);
  });

  it('unknown paths are 404, wrong methods 405', async () => {
    const missing = await call('GET', '/v2/meetings/1/whatever');
    expect(missing.status).toBe(404);
    const wrong = await call('PUT', `/v2/meetings/${ZOOM_SEED.autoApproval}`, {
      body: {},
    });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toContain('PATCH');
  });

  it('a body over 1 MB is refused with 413 and the server keeps serving', async () => {
    const res = await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/registrants`, {
      raw: `{"x":"${'a'.repeat(1_100_000)}"}`,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect((await call('GET', '/v2/users/me')).status).toBe(200);
  });

  it('nothing crashes the server: odd paths, encodings and headers', async () => {
    const odd = [
      '/v2/meetings/%E0%A4%A/registrants',
      '/v2/meetings/../../etc/passwd',
      `/v2/meetings/${'9'.repeat(400)}`,
      '/v2//users//me',
      '/oauth/authorize?client_id=%00',
    ];
    for (const path of odd) {
      const res = await call('GET', path);
      expect(res.status).toBeGreaterThanOrEqual(200);
      expect(res.status).toBeLessThan(500);
    }
    const basic = await call('POST', '/oauth/token', {
      raw: 'grant_type=refresh_token&refresh_token=x',
      token: null,
      headers: {
        Authorization: 'Basic %%%',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
    });
    expect(basic.status).toBe(400);
    expect((await call('GET', '/v2/users/me')).status).toBe(200);
  });
});
