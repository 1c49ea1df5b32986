import { resolveUser } from '../api';
import type { ZoomContext } from '../context';

/** "Get a user": the sandbox has one user, reachable as `me`, by id or by e-mail. */
export function mountUsers({ api, state, links }: ZoomContext): void {
  api('GET', '/users/:userId', 'LIGHT', ({ params }) => {
    const user = resolveUser(state(), params.userId);
    return {
      status: 200,
      body: {
        ...user,
        personal_meeting_url: links.join({ id: user.pmi, password: '' }),
        use_pmi: false,
        timezone: user.timezone,
      },
    };
  });
}
