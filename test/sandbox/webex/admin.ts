import { z } from 'zod';
import { HttpError, readBody, sendJson } from '../core/http';
import type { Router } from '../core/router';

/** What /__admin/webex/... steers; the in-process handle (`sandbox.webex`) offers the same. */
export interface WebexAdminControls {
  snapshot(): unknown;
  reset(): void;
  seed(seed: unknown): void;
  force(count: number, status?: 423 | 429): void;
  configureLimits(patch: { perSecond?: number | null; retryAfterSeconds?: number }): unknown;
  setAutoApprove(on: boolean): void;
  setTokenLifetime(seconds: number): void;
  revokeAllTokens(): void;
  issueTokens(): unknown;
}

export function mountWebexAdmin(router: Router, controls: WebexAdminControls): void {
  const route = (method: string, path: string, handle: (body: unknown) => unknown) => {
    router.add(method, `/__admin/webex${path}`, async ({ req, res }) => {
      const text = await readBody(req);
      try {
        sendJson(res, 200, handle(text.trim() ? JSON.parse(text) : {}) ?? { ok: true });
      } catch (error) {
        if (error instanceof SyntaxError) throw new HttpError(400, { error: 'Body must be JSON.' });
        if (error instanceof z.ZodError) throw new HttpError(400, { error: z.prettifyError(error) });
        throw error;
      }
    });
  };
  route('GET', '/state', () => controls.snapshot());
  route('POST', '/reset', () => controls.reset());
  route('POST', '/seed', (body) => controls.seed(body));
  route('POST', '/force', (body) => {
    const b = z.object({
      count: z.int().min(0),
      status: z.union([z.literal(423), z.literal(429)]).optional(),
    });
    const parsed = b.parse(body);
    controls.force(parsed.count, parsed.status);
  });
  route('POST', '/limits', (body) =>
    controls.configureLimits(
      z
        .object({
          perSecond: z.int().min(1).nullable().optional(),
          retryAfterSeconds: z.int().min(0).optional(),
        })
        .parse(body),
    ),
  );
  route('POST', '/oauth', (body) => {
    const b = z
      .object({ autoApprove: z.boolean().optional(), tokenLifetimeSeconds: z.int().min(1).optional() })
      .parse(body);
    if (b.autoApprove !== undefined) controls.setAutoApprove(b.autoApprove);
    if (b.tokenLifetimeSeconds !== undefined) controls.setTokenLifetime(b.tokenLifetimeSeconds);
  });
  route('POST', '/oauth/revoke-all', () => controls.revokeAllTokens());
  route('POST', '/oauth/tokens', () => controls.issueTokens());
}
