import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GateCall {
  method: string;
  path: string;
  /** Parsed JSON body of a POST, PUT or PATCH. */
  body: unknown;
}

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const HOP_BY_HOP = ['host', 'content-length', 'connection', 'keep-alive', 'origin'];
const DROPPED_ANSWER_HEADERS = ['content-encoding', 'content-length', 'transfer-encoding'];

/**
 * The sandbox as a real Zoom server looks to an extension: no CORS. Every `Access-Control-*` header
 * is removed and preflights are refused, so only the host permission the options page asked for lets
 * the background through. It also keeps each call's body, and runs `before` ahead of forwarding a
 * call, so a test can act at an exact point of a run (hold the second batch while it reloads the
 * background) without racing the extension.
 */
export async function startCorsFreeGate(target: string, before?: (call: GateCall) => void | Promise<void>) {
  const calls: GateCall[] = [];
  let preflights = 0;
  const server = createServer((req, res) => {
    void (async () => {
      if (req.method === 'OPTIONS') {
        preflights++;
        res.writeHead(403).end();
        return;
      }
      const raw = await readBody(req);
      const call: GateCall = {
        method: req.method ?? 'GET',
        path: (req.url ?? '/').split('?')[0]!,
        body:
          raw.length && /json/.test(req.headers['content-type'] ?? '')
            ? JSON.parse(raw.toString())
            : undefined,
      };
      calls.push(call);
      await before?.(call);
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([k]) => !HOP_BY_HOP.includes(k)),
      ) as Record<string, string>;
      const answer = await fetch(`${target}${req.url ?? '/'}`, {
        method: call.method,
        headers,
        redirect: 'manual',
        ...(raw.length ? { body: new Uint8Array(raw) } : {}),
      });
      const out = Buffer.from(await answer.arrayBuffer());
      answer.headers.forEach((value, name) => {
        if (DROPPED_ANSWER_HEADERS.includes(name) || name.startsWith('access-control-')) return;
        res.setHeader(name, name === 'location' ? value.replace(target, gateUrl) : value);
      });
      res.writeHead(answer.status).end(out);
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const gateUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: gateUrl,
    calls,
    /** Preflights the browser sent (and the gate refused): none when the host permission is held. */
    preflights: () => preflights,
    /** People per batch call, in order. */
    batchSizes: () =>
      calls
        .filter((c) => c.method === 'POST' && c.path.endsWith('/batch_registrants'))
        .map((c) => (c.body as { registrants: unknown[] }).registrants.length),
    clear: () => {
      calls.splice(0);
      preflights = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type CorsFreeGate = Awaited<ReturnType<typeof startCorsFreeGate>>;
