import type { IncomingMessage, ServerResponse } from 'node:http';

/** Thrown by handlers to answer with a status and a JSON body; the server turns it into the response. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body === 'object' && body && 'message' in body ? String(body.message) : `HTTP ${status}`);
  }
}

/**
 * The extension's service worker calls the sandbox from a chrome-extension:// origin without host
 * permission, so every answer must be readable cross-origin, including the rate-limit headers the
 * client reads to back off (they are not CORS-safelisted, hence Expose-Headers).
 */
export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Expose-Headers':
    'Retry-After, X-RateLimit-Category, X-RateLimit-Type, X-RateLimit-Limit, X-RateLimit-Remaining, Link, Date',
  'Access-Control-Max-Age': '600',
};

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  if (status === 204 || body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  const text = JSON.stringify(body);
  res
    .writeHead(status, {
      'Content-Type': 'application/json;charset=UTF-8',
      'Content-Length': String(Buffer.byteLength(text)),
      ...headers,
    })
    .end(text);
}

export function sendHtml(
  res: ServerResponse,
  status: number,
  html: string,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  res
    .writeHead(status, {
      'Content-Type': 'text/html;charset=UTF-8',
      // The page holds no script; forbidding it makes any escaping slip harmless.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      'X-Frame-Options': 'DENY',
      'Cache-Control': 'no-store',
      ...headers,
    })
    .end(html);
}

export function redirect(res: ServerResponse, location: string): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store' }).end();
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const MAX_BODY_BYTES = 1_000_000;

/** Reads the whole body as text; a body over 1 MB is refused rather than buffered without end. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) {
      // The rest of the body is never read, so the connection cannot be reused: close it.
      throw new HttpError(413, { code: 413, message: 'Request body is too large.' }, { Connection: 'close' });
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}
