import { ApiError } from '../../http/errors';
import type { WebexClient } from './client';
import { registrationOffError } from '../../registration/errors';
import type { RegistrationAccount, StatusAction } from '../../registration/registration-account';
import type { EventRef, RegistrationProvider } from '../../registration/registration-provider';
import { registrationTargets } from '../../registration/targets';

export interface WebexAccountOptions {
  webex: WebexClient;
  provider: RegistrationProvider;
  now?: () => number;
}

/** Webex's words for the host's decisions; "deny" is Webex's "reject". */
const ACTIONS = { approve: 'approve', deny: 'reject', cancel: 'cancel' } as const satisfies Record<
  StatusAction,
  string
>;

/** People per approve / reject / cancel call. Webex states no maximum; 100 is its page size. */
export const WEBEX_STATUS_GROUP = 100;

/** A listing of a meeting without registration: the sandbox's 400 sentence (Webex states none). */
const registrationOff = (error: unknown) =>
  error instanceof ApiError && /registration is not enabled/i.test(error.providerMessage ?? '');

export function createWebexRegistrationAccount(options: WebexAccountOptions): RegistrationAccount {
  const { webex, provider } = options;
  const now = options.now ?? Date.now;
  const read = (ref: EventRef) =>
    ref.kind === 'meeting' ? provider.getMeeting(ref.id) : provider.getWebinar(ref.id);

  return {
    provider,
    // The list rows may lack the registration form (the spec hides it in some answers), so each
    // is read, as for Zoom; the series that have not ended, soonest first.
    async targets() {
      const series = await webex.meetings.list({ from: new Date(now()).toISOString(), max: 100 });
      const upcoming = series
        .filter((m) => Date.parse(m.end) > now())
        .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
        .map((m) => ({
          kind: m.scheduledType === 'webinar' ? ('webinar' as const) : ('meeting' as const),
          id: m.id,
          topic: m.title,
          startTime: m.start,
        }));
      const items = await registrationTargets(upcoming, read);
      return items.map((item) => ({ ...item, provider: 'webex' as const }));
    },
    // Webex gives no personal join link per registrant: it mails each their own.
    async registrants(target, status) {
      const all = await webex.registrants.listAll(target.id).catch((error: unknown) => {
        throw registrationOff(error) ? registrationOffError(target.kind) : error;
      });
      return all
        .map((r) => ({
          id: r.id,
          email: r.email,
          status: r.status === 'rejected' ? ('denied' as const) : r.status,
          ...(r.firstName ? { firstName: r.firstName } : {}),
          ...(r.lastName ? { lastName: r.lastName } : {}),
        }))
        .filter((r) => !status || r.status === status);
    },
    async updateStatus(target, action, ids) {
      let updated = 0;
      for (let i = 0; i < ids.length; i += WEBEX_STATUS_GROUP) {
        const group = ids.slice(i, i + WEBEX_STATUS_GROUP);
        await webex.registrants[ACTIONS[action]](target.id, group);
        updated += group.length;
      }
      return updated;
    },
  };
}
