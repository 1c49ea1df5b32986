import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
}

export type RouteHandler = (ctx: RouteContext) => Promise<void> | void;

interface Route {
  method: string;
  segments: string[];
  literals: number;
  handler: RouteHandler;
}

export type Match =
  | { kind: 'found'; handler: RouteHandler; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' };

/**
 * A tiny path router: `/v2/meetings/:meetingId`. When several patterns match, the one with more
 * literal segments wins, so `/meetings/meeting_summaries` is not taken for a meeting id.
 */
export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: RouteHandler): void {
    const segments = split(pattern);
    const literals = segments.filter((s) => !s.startsWith(':')).length;
    this.routes.push({
      method: method.toUpperCase(),
      segments,
      literals,
      handler,
    });
  }

  match(method: string, path: string): Match {
    const parts = split(path);
    let best: { route: Route; params: Record<string, string> } | null = null;
    const allow = new Set<string>();
    for (const route of this.routes) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      allow.add(route.method);
      if (route.method !== method.toUpperCase()) continue;
      if (!best || route.literals > best.route.literals) best = { route, params };
    }
    if (best)
      return {
        kind: 'found',
        handler: best.route.handler,
        params: best.params,
      };
    if (allow.size > 0) return { kind: 'method-not-allowed', allow: [...allow] };
    return { kind: 'not-found' };
  }
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | null {
  if (pattern.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const want = pattern[i]!;
    const got = parts[i]!;
    if (want.startsWith(':')) {
      try {
        params[want.slice(1)] = decodeURIComponent(got);
      } catch {
        return null;
      }
    } else if (want !== got) {
      return null;
    }
  }
  return params;
}
