import { describe, expect, it } from 'vitest';
import { ApiError, errorFromStatus } from '@/lib/http/errors';
import { dailyLimitMessage, readZoomError, zoomHttpDialect } from '@/lib/providers/zoom/http-dialect';

describe('Zoom error codes', () => {
  it.each([
    [124, 401, /session ended/],
    [200, 400, /does not have permission/],
    [300, 400, /meeting or webinar ID/],
    [303, 400, /only for scheduled meetings \(type 2\)/],
    [1001, 404, /user does not exist/],
    [2305, 403, /do not allow access to meeting summaries/],
    [3000, 400, /cannot access this meeting or webinar/],
    [3001, 404, /does not exist on Zoom/],
    [3038, 400, /is over/],
    [3043, 400, /maximum number of registrants/],
    [3161, 400, /not allowed to host or schedule/],
  ])('maps %i to a sentence', (code, status, sentence) => {
    const error = errorFromStatus(status, { code, message: 'raw zoom text' }, zoomHttpDialect);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toMatch(sentence);
    expect(error.providerCode).toBe(code);
    expect(error.status).toBe(status);
  });

  it('uses Zoom’s own words for a code it does not know', () => {
    expect(
      errorFromStatus(400, { code: 9999, message: 'Something specific.' }, zoomHttpDialect).message,
    ).toBe('Zoom refused the request: Something specific.');
  });

  it('gives each status its kind, and exposes the kind as `code` for the views', () => {
    expect(errorFromStatus(401, {}, zoomHttpDialect).kind).toBe('unauthorized');
    expect(errorFromStatus(403, {}, zoomHttpDialect).kind).toBe('forbidden');
    expect(errorFromStatus(404, { code: 3001 }, zoomHttpDialect).code).toBe('not-found');
    expect(errorFromStatus(502, {}, zoomHttpDialect).kind).toBe('server');
    expect(errorFromStatus(502, {}, zoomHttpDialect).message).toMatch(/having trouble/);
    expect(errorFromStatus(409, {}, zoomHttpDialect).message).toBe('Zoom refused the request (HTTP 409).');
  });

  it('names the reset time of a daily limit', () => {
    expect(dailyLimitMessage(Date.UTC(2026, 0, 2))).toMatch('2026-01-02T00:00:00Z');
  });

  it('reads Zoom’s error body, and ignores a body of another shape', async () => {
    await expect(
      readZoomError(new Response('{"code":3001,"message":"Meeting does not exist: 1."}')),
    ).resolves.toEqual({ code: 3001, message: 'Meeting does not exist: 1.' });
    await expect(readZoomError(new Response('<html>oops</html>'))).resolves.toEqual({});
    await expect(readZoomError(new Response('{"code":{"nested":1}}'))).resolves.toEqual({});
  });
});
