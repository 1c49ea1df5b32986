import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type Sandbox, type SandboxOptions, startSandbox } from '../../sandbox/server';
import type { Reply } from './helpers';

/** Seed ids (test/sandbox/webex-seed.json) and what each is for. */
export const WEBEX_SEED = {
  /** Registration on, manual approval; Ada and Alan approved, Grace and Linus pending, Mallory rejected. */
  training: '5b1e0a8c9d2f4e6a8b0c1d2e3f405162',
  /** A weekly series without registration. */
  sync: '9c4d2b1a0f3e4d5c6b7a8f9e0d1c2b3a',
  grace: '7a3f1c2e-0000-4000-8000-000000000003',
  linus: '7a3f1c2e-0000-4000-8000-000000000004',
  mallory: '7a3f1c2e-0000-4000-8000-000000000005',
  hostEmail: 'host@webex-sandbox.example',
} as const;

/**
 * One sandbox per file, reset before each test, with a fresh Webex access token. `call` speaks JSON
 * to `/webex/v1`; pass `token: null` to send no Authorization header.
 */
export function setupWebexSandbox(options: SandboxOptions = {}) {
  const ctx = {} as { sandbox: Sandbox; token: string; refreshToken: string };
  beforeAll(async () => {
    ctx.sandbox = await startSandbox(options);
  });
  afterAll(async () => {
    await ctx.sandbox.close();
  });
  beforeEach(() => {
    ctx.sandbox.reset();
    ctx.sandbox.webex.revokeAllTokens();
    const tokens = ctx.sandbox.webex.issueTokens();
    ctx.token = tokens.access_token;
    ctx.refreshToken = tokens.refresh_token;
  });

  const call = async (
    method: string,
    path: string,
    init: { body?: unknown; raw?: string; token?: string | null } = {},
  ): Promise<Reply> => {
    const headers: Record<string, string> = {};
    const token = init.token === undefined ? ctx.token : init.token;
    if (token) headers.Authorization = `Bearer ${token}`;
    let body = init.raw;
    if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      headers['Content-Type'] = 'application/json';
    }
    const res = await fetch(`${ctx.sandbox.url}/webex/v1${path}`, {
      method,
      headers,
      body,
      redirect: 'manual',
    });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: res.status, headers: res.headers, body: parsed, text };
  };

  return { ctx, call };
}

/** `n` distinct people in bulkInsert's form. */
export function webexPeople(n: number, prefix = 'person') {
  return Array.from({ length: n }, (_, i) => ({
    firstName: `First${i}`,
    lastName: `Last${i}`,
    email: `${prefix}${i}@example.org`,
  }));
}

/** An ISO time `days` from the sandbox's now, on the minute. */
export function daysFromNow(sandbox: Sandbox, days: number, plusMinutes = 0): string {
  const ms = sandbox.clock.now() + days * 86_400_000 + plusMinutes * 60_000;
  return new Date(Math.floor(ms / 60_000) * 60_000).toISOString();
}
