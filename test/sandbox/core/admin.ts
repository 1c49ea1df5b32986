import { z } from 'zod';
import { HttpError, readBody, sendJson } from './http';
import type { RouteContext, Router } from './router';

/**
 * /__admin: the same controls the in-process handle offers, as JSON over HTTP, for suites that run
 * the sandbox in another process (Playwright, `npm run demo`). Every body is parsed with zod.
 */
export interface AdminControls {
  snapshot(): unknown;
  reset(): void;
  seed(seed: unknown): void;
  clock: {
    now(): number;
    readonly frozen: boolean;
    set(at: number | string | Date): void;
    advance(ms: number): void;
    freeze(): void;
    unfreeze(): void;
  };
  setLatency(ms: number): void;
  setErrorRate(rate: number, status?: 500 | 503): void;
  failNext(count: number, status?: 500 | 503): void;
  dropConnections(options: { rate?: number; next?: number }): void;
  force429(count: number, kind?: 'qps' | 'daily'): void;
  configureRateLimits(patch: z.infer<typeof RateLimitBody>): unknown;
  rateLimits(): unknown;
  requests(): unknown[];
  clearRequests(): void;
  setAutoApprove(on: boolean): void;
  setTokenLifetime(seconds: number): void;
  revokeAllTokens(): void;
  issueTokens(): unknown;
}

const limit = z.number().int().min(0).nullable();
const RateLimitBody = z.object({
  enabled: z.boolean().optional(),
  qps: z
    .object({
      LIGHT: limit.optional(),
      MEDIUM: limit.optional(),
      HEAVY: limit.optional(),
    })
    .optional(),
  meetingCreatesPerDay: limit.optional(),
  webinarCreatesPerDay: limit.optional(),
  meetingUpdatesPerDay: limit.optional(),
  registrantRequestsPerDay: limit.optional(),
});
const status = z.union([z.literal(500), z.literal(503)]).optional();
const ClockBody = z.object({
  set: z.union([z.string(), z.number()]).optional(),
  advanceMs: z.number().optional(),
  freeze: z.boolean().optional(),
});

export function mountAdmin(router: Router, controls: AdminControls): void {
  const route = (method: string, path: string, handle: (body: unknown) => unknown) => {
    router.add(method, `/__admin${path}`, async ({ req, res }: RouteContext) => {
      const text = await readBody(req);
      let body: unknown;
      try {
        body = text.trim() ? JSON.parse(text) : {};
      } catch {
        throw new HttpError(400, { error: 'Body must be JSON.' });
      }
      try {
        sendJson(res, 200, handle(body) ?? { ok: true });
      } catch (error) {
        if (error instanceof z.ZodError) {
          throw new HttpError(400, { error: z.prettifyError(error) });
        }
        throw error;
      }
    });
  };
  const clockView = () => ({
    now: new Date(controls.clock.now()).toISOString(),
    frozen: controls.clock.frozen,
  });

  route('GET', '/state', () => controls.snapshot());
  route('POST', '/reset', () => controls.reset());
  route('POST', '/seed', (body) => controls.seed(body));
  route('GET', '/clock', clockView);
  route('POST', '/clock', (body) => {
    const b = ClockBody.parse(body);
    if (b.set !== undefined) controls.clock.set(b.set);
    if (b.advanceMs !== undefined) controls.clock.advance(b.advanceMs);
    if (b.freeze === true) controls.clock.freeze();
    if (b.freeze === false) controls.clock.unfreeze();
    return clockView();
  });
  route('POST', '/latency', (body) =>
    controls.setLatency(z.object({ ms: z.number().min(0) }).parse(body).ms),
  );
  route('POST', '/errors', (body) => {
    const b = z
      .object({
        rate: z.number().min(0).max(1).optional(),
        next: z.int().min(0).optional(),
        status,
      })
      .parse(body);
    if (b.rate !== undefined) controls.setErrorRate(b.rate, b.status);
    if (b.next !== undefined) controls.failNext(b.next, b.status);
  });
  route('POST', '/drop', (body) =>
    controls.dropConnections(
      z
        .object({
          rate: z.number().min(0).max(1).optional(),
          next: z.int().min(0).optional(),
        })
        .parse(body),
    ),
  );
  route('GET', '/rate-limits', () => controls.rateLimits());
  route('POST', '/rate-limits', (body) => controls.configureRateLimits(RateLimitBody.parse(body)));
  route('POST', '/rate-limits/force', (body) => {
    const b = z
      .object({
        count: z.int().min(0),
        kind: z.enum(['qps', 'daily']).optional(),
      })
      .parse(body);
    controls.force429(b.count, b.kind);
  });
  route('GET', '/requests', () => controls.requests());
  route('DELETE', '/requests', () => controls.clearRequests());
  route('POST', '/oauth', (body) => {
    const b = z
      .object({
        autoApprove: z.boolean().optional(),
        tokenLifetimeSeconds: z.int().min(1).optional(),
      })
      .parse(body);
    if (b.autoApprove !== undefined) controls.setAutoApprove(b.autoApprove);
    if (b.tokenLifetimeSeconds !== undefined) controls.setTokenLifetime(b.tokenLifetimeSeconds);
  });
  route('POST', '/oauth/revoke-all', () => controls.revokeAllTokens());
  route('POST', '/oauth/tokens', () => controls.issueTokens());
}
