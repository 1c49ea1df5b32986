import { escapeHtml, sendHtml } from '../../core/http';
import type { Router } from '../../core/router';
import type { ZoomState } from '../state';

/**
 * The pages behind the links the API hands out (join, start, register), so a demo that follows a
 * join URL lands somewhere that says what it is instead of a 404.
 */
export function mountPages(router: Router, state: () => ZoomState): void {
  const page =
    (what: string) => (ctx: { res: Parameters<typeof sendHtml>[0]; params: Record<string, string> }) => {
      const id = ctx.params.id ?? '';
      const session = [...state().meetings, ...state().webinars].find((s) => String(s.id) === id);
      const title = session ? `${what}: ${session.topic}` : `${what}: unknown meeting ${id}`;
      sendHtml(
        ctx.res,
        session ? 200 : 404,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
          `<body><main><h1>${escapeHtml(title)}</h1><p>This is the Zoom sandbox; no call happens here.</p></main></body></html>`,
      );
    };
  router.add('GET', '/j/:id', page('Join meeting'));
  router.add('GET', '/w/:id', page('Join as registrant'));
  router.add('GET', '/s/:id', page('Start meeting'));
  router.add('GET', '/meeting/register/:id', page('Register for meeting'));
  router.add('GET', '/webinar/register/:id', page('Register for webinar'));
}
