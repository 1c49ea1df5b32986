import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type Sandbox, type SandboxOptions, startSandbox } from '@/test/sandbox/server';

export type SandboxProvider = 'zoom' | 'webex';

export interface Reply {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read fields out of arbitrary JSON answers
  body: any;
  text: string;
}

/** Where each provider lives in the sandbox, and its OAuth (tokens without the consent page). */
const PROVIDERS = {
  zoom: { prefix: '', oauth: (sandbox: Sandbox) => sandbox },
  webex: { prefix: '/webex/v1', oauth: (sandbox: Sandbox) => sandbox.webex },
} as const;

const parse = (text: string): unknown => {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * One sandbox per test file on a free port, reset before each test, with a fresh access token of
 * `provider`. `call` speaks JSON to that provider (Zoom: paths from the root, e.g. `/v2/...`;
 * Webex: under `/webex/v1`); pass `token: null` to send no Authorization header.
 */
export function setupSandbox(provider: SandboxProvider = 'zoom', options: SandboxOptions = {}) {
  const { prefix, oauth } = PROVIDERS[provider];
  const ctx = {} as { sandbox: Sandbox; token: string; refreshToken: string };
  beforeAll(async () => {
    ctx.sandbox = await startSandbox(options);
  });
  afterAll(async () => {
    await ctx.sandbox.close();
  });
  beforeEach(() => {
    ctx.sandbox.reset();
    oauth(ctx.sandbox).revokeAllTokens();
    const tokens = oauth(ctx.sandbox).issueTokens();
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
    const res = await fetch(`${ctx.sandbox.url}${prefix}${path}`, {
      method,
      headers,
      body,
      redirect: 'manual',
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: parse(text), text };
  };

  /** A form POST, as OAuth clients send. */
  const form = async (path: string, params: Record<string, string>, headers: Record<string, string> = {}) => {
    const res = await fetch(`${ctx.sandbox.url}${prefix}${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        ...headers,
      },
      body: new URLSearchParams(params).toString(),
      redirect: 'manual',
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: parse(text) as Reply['body'], text };
  };

  /** Moves the sandbox clock and signs in again (a jump of hours outlives the access token). */
  const advance = (ms: number) => {
    ctx.sandbox.clock.advance(ms);
    ctx.token = oauth(ctx.sandbox).issueTokens().access_token;
  };

  return { ctx, call, form, advance };
}

/** `n` distinct people for a batch, in the provider's own form (Zoom: snake_case; Webex: bulkInsert's). */
export function people(n: number, prefix?: string, provider?: 'zoom'): ZoomPerson[];
export function people(n: number, prefix: string, provider: 'webex'): WebexPerson[];
export function people(n: number, prefix = 'person', provider: SandboxProvider = 'zoom') {
  return Array.from({ length: n }, (_, i) =>
    provider === 'zoom'
      ? { email: `${prefix}${i}@example.org`, first_name: `First${i}`, last_name: `Last${i}` }
      : { firstName: `First${i}`, lastName: `Last${i}`, email: `${prefix}${i}@example.org` },
  );
}
type ZoomPerson = { email: string; first_name: string; last_name: string };
type WebexPerson = { firstName: string; lastName: string; email: string };

/** An ISO time `days` from the sandbox's now, on the minute. */
export function daysFromNow(sandbox: Sandbox, days: number, plusMinutes = 0): string {
  const ms = sandbox.clock.now() + days * 86_400_000 + plusMinutes * 60_000;
  return new Date(Math.floor(ms / 60_000) * 60_000).toISOString();
}
