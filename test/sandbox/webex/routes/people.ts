import type { WebexApi } from '../api';
import { personObject } from '../serialize';
import type { WebexState } from '../state';

/** GET /people/me: the signed-in host (the sandbox has one). */
export function mountPeople(api: WebexApi, state: () => WebexState): void {
  api('GET', '/people/me', () => ({ status: 200, body: personObject(state().host) }));
}
