import { findSession, resolveUser } from '../api';
import type { ZoomContext } from '../context';
import { paginate } from '../paging';
import { WebinarInput } from '../schemas';
import { sessionListItem, sessionObject } from '../serialize';
import { createSession } from '../sessions';
import { isOver } from '../state';
import { parseInput, queryEnum } from '../validate';

/** Webinars and their registrants. Labels from docs/api/zoom-meetings-api-reference.txt. */
export function mountWebinars({ api, state, clock, limiter, links, registration }: ZoomContext): void {
  const webinar = (id: string | undefined) => findSession(state().webinars, id, 'Webinar');

  api('GET', '/users/:userId/webinars', 'MEDIUM', ({ params, query }) => {
    resolveUser(state(), params.userId);
    const type = queryEnum(query, 'type', ['scheduled', 'upcoming'] as const, 'scheduled');
    const now = clock.now();
    const webinars = state()
      .webinars.filter((w) => type === 'scheduled' || !isOver(w, now))
      .sort((a, b) => a.start_time.localeCompare(b.start_time));
    const { items, ...page } = paginate(webinars, query);
    return {
      status: 200,
      body: { ...page, webinars: items.map((w) => sessionListItem(w, links)) },
    };
  });

  api('POST', '/users/:userId/webinars', 'LIGHT', async ({ params, json }) => {
    const user = resolveUser(state(), params.userId);
    const input = parseInput(WebinarInput, await json());
    const limit = limiter.config.webinarCreatesPerDay;
    const checks = [
      {
        key: `webinar-create:${user.id}`,
        limit,
        category: 'LIGHT' as const,
        message: `A maximum of "${limit}" webinars can be created and updated for a single user in one day.`,
      },
    ];
    limiter.checkDaily(checks);
    const created = createSession('webinar', input, user, state(), clock.now());
    limiter.countDaily(checks);
    state().webinars.push(created);
    return {
      status: 201,
      body: sessionObject(created, user, links, clock.now()),
    };
  });

  api('GET', '/webinars/:webinarId', 'LIGHT', ({ params, query, user }) => {
    const showPrevious = query.get('show_previous_occurrences') === 'true';
    return {
      status: 200,
      body: sessionObject(webinar(params.webinarId), user, links, clock.now(), showPrevious),
    };
  });

  api('GET', '/webinars/:webinarId/registrants', 'MEDIUM', (ctx) =>
    registration.list(ctx, webinar(ctx.params.webinarId)),
  );
  api('POST', '/webinars/:webinarId/registrants', 'LIGHT', (ctx) =>
    registration.add(ctx, webinar(ctx.params.webinarId)),
  );
  api('POST', '/webinars/:webinarId/batch_registrants', 'HEAVY', (ctx) =>
    registration.batch(ctx, webinar(ctx.params.webinarId)),
  );
}
