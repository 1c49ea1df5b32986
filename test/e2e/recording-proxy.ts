import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedCall {
  method: string;
  path: string;
  /** Parsed JSON body of a POST, PUT or PATCH (the sandbox's log keeps no bodies). */
  body: unknown;
}

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

/**
 * A pass-through in front of the sandbox's API that keeps every request body, so a test can say
 * how many people each batch call carried. `before` runs before a call is forwarded: a test uses it
 * to act at an exact point of a run (a 429 for the first batch) without racing the extension.
 */
export async function startRecordingProxy(
  target: string,
  before?: (call: ProxiedCall) => void | Promise<void>,
) {
  const calls: ProxiedCall[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const path = (req.url ?? '/').split('?')[0]!;
      const call = {
        method: req.method ?? 'GET',
        path,
        body: raw.length ? JSON.parse(raw.toString()) : undefined,
      };
      if (call.method !== 'OPTIONS') {
        calls.push(call);
        await before?.(call);
      }
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(
          ([k]) => !['host', 'content-length', 'connection', 'keep-alive'].includes(k),
        ),
      ) as Record<string, string>;
      const answer = await fetch(`${target}${req.url ?? '/'}`, {
        method: req.method ?? 'GET',
        headers,
        ...(raw.length ? { body: new Uint8Array(raw) } : {}),
      });
      const out = Buffer.from(await answer.arrayBuffer());
      answer.headers.forEach((value, name) => {
        if (name !== 'content-encoding' && name !== 'content-length' && name !== 'transfer-encoding')
          res.setHeader(name, value);
      });
      res.writeHead(answer.status).end(out);
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    /** People per batch call, in order. */
    batchSizes: () =>
      calls
        .filter((c) => c.method === 'POST' && c.path.endsWith('/batch_registrants'))
        .map((c) => (c.body as { registrants: unknown[] }).registrants.length),
    clear: () => void calls.splice(0),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
