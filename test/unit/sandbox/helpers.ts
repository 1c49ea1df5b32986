import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type Sandbox, type SandboxOptions, startSandbox } from '../../sandbox/server';

export interface Reply {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read fields out of arbitrary JSON answers
  body: any;
  text: string;
}

/** Seed ids (test/sandbox/seed.json) and what each is for. */
export const SEED = {
  noRegistration: 81000000001,
  autoApproval: 81000000002,
  manualApproval: 81000000003,
  recurring: 81000000004,
  over: 81000000005,
  live: 81000000006,
  webinar: 92000000001,
  recurringWebinar: 92000000002,
  summaryOnly: 81000000007,
  account: 'sbxAccount00000000001',
  hostEmail: 'host@sandbox.example',
} as const;

/**
 * One sandbox per test file on a free port, reset before each test, with a fresh access token.
 * `call` speaks JSON to it; pass `token: null` to send no Authorization header.
 */
export function setupSandbox(options: SandboxOptions = {}) {
  const ctx = {} as { sandbox: Sandbox; token: string; refreshToken: string };
  beforeAll(async () => {
    ctx.sandbox = await startSandbox(options);
  });
  afterAll(async () => {
    await ctx.sandbox.close();
  });
  beforeEach(() => {
    ctx.sandbox.reset();
    ctx.sandbox.revokeAllTokens();
    const tokens = ctx.sandbox.issueTokens();
    ctx.token = tokens.access_token;
    ctx.refreshToken = tokens.refresh_token;
  });

  const call = async (
    method: string,
    path: string,
    init: {
      body?: unknown;
      raw?: string;
      token?: string | null;
      headers?: Record<string, string>;
    } = {},
  ): Promise<Reply> => {
    const headers: Record<string, string> = { ...init.headers };
    const token = init.token === undefined ? ctx.token : init.token;
    if (token) headers.Authorization = `Bearer ${token}`;
    let body: string | undefined = init.raw;
    if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      headers['Content-Type'] = 'application/json';
    }
    const res = await fetch(`${ctx.sandbox.url}${path}`, {
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

  /** A form POST, as OAuth clients send. */
  const form = async (path: string, params: Record<string, string>, headers: Record<string, string> = {}) => {
    const res = await fetch(`${ctx.sandbox.url}${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        ...headers,
      },
      body: new URLSearchParams(params).toString(),
      redirect: 'manual',
    });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return {
      status: res.status,
      headers: res.headers,
      body: parsed as Reply['body'],
      text,
    };
  };

  /** Moves the sandbox clock and signs in again (a jump of hours outlives the access token). */
  const advance = (ms: number) => {
    ctx.sandbox.clock.advance(ms);
    ctx.token = ctx.sandbox.issueTokens().access_token;
  };

  return { ctx, call, form, advance };
}

/** `n` distinct people for a batch. */
export function people(n: number, prefix = 'person') {
  return Array.from({ length: n }, (_, i) => ({
    email: `${prefix}${i}@example.org`,
    first_name: `First${i}`,
    last_name: `Last${i}`,
  }));
}
