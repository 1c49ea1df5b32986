/** A recorded request: what the code under test sent, read once so tests can assert on it. */
export interface Call {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

export type Reply = Response | Error | Promise<Response> | (() => Response | Promise<Response>);

/**
 * A `fetch` that records every request and answers from `respond`. A Response can be read once, so
 * `respond` builds a new one per call.
 */
export function fakeFetch(respond: (call: Call, index: number) => Reply) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const call = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: await request.text(),
    };
    calls.push(call);
    const reply = respond(call, calls.length - 1);
    if (reply instanceof Error) throw reply;
    return typeof reply === 'function' ? reply() : reply;
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

/** Answers in order; the last answer repeats. */
export function inOrder(...replies: (() => Reply)[]) {
  return (_call: Call, index: number) => {
    const reply = replies[Math.min(index, replies.length - 1)];
    if (!reply) throw new Error('inOrder needs at least one reply');
    return reply();
  };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

export const noContent = () => new Response(null, { status: 204 });

export function form(call: Call): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(call.body));
}
