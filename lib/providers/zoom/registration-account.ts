import { ApiError } from '../../http/errors';
import type { Target } from '../../protocol/registration';
import type { ZoomClient } from './client';
import { BATCH_LIMIT } from './schemas';
import { registrationOffError } from '../../registration/errors';
import type { RegistrationAccount } from '../../registration/registration-account';
import type { EventRef, RegistrationProvider } from '../../registration/registration-provider';
import { registrationTargets } from '../../registration/targets';

export interface ZoomAccountOptions {
  api: ZoomClient;
  provider: RegistrationProvider;
  /** The account's upcoming meetings and webinars (the popup's list), soonest first. */
  upcoming(): Promise<(EventRef & { topic: string; startTime?: string | undefined })[]>;
}

/** Zoom's answer to a registrant listing of an event without registration: 300 meetings, 3000 webinars. */
const registrationOff = (error: unknown) =>
  error instanceof ApiError && (error.providerCode === 300 || error.providerCode === 3000);

export function createZoomRegistrationAccount(options: ZoomAccountOptions): RegistrationAccount {
  const { api, provider } = options;
  const registrantsApi = (target: Target) =>
    target.kind === 'meeting' ? api.registrants : api.webinars.registrants;
  const read = (ref: EventRef) =>
    ref.kind === 'meeting' ? provider.getMeeting(ref.id) : provider.getWebinar(ref.id);

  return {
    provider,
    async targets() {
      const items = await registrationTargets(await options.upcoming(), read);
      return items.map((item) => ({ ...item, provider: 'zoom' as const }));
    },
    async registrants(target, status) {
      const all = await registrantsApi(target)
        .listAll(target.id, status ? { statuses: [status] } : {})
        .catch((error: unknown) => {
          throw registrationOff(error) ? registrationOffError(target.kind) : error;
        });
      return all.map((r) => ({
        id: r.id,
        email: r.email,
        status: r.status ?? status ?? 'approved',
        ...(r.first_name ? { firstName: r.first_name } : {}),
        ...(r.last_name ? { lastName: r.last_name } : {}),
        ...(r.join_url ? { joinUrl: r.join_url } : {}),
      }));
    },
    // Zoom takes 30 registrants per status call: larger selections go in groups, in order.
    async updateStatus(target, action, ids) {
      let updated = 0;
      for (let i = 0; i < ids.length; i += BATCH_LIMIT) {
        const registrants = ids.slice(i, i + BATCH_LIMIT).map((id) => ({ id }));
        await registrantsApi(target).updateStatus(target.id, { action, registrants });
        updated += registrants.length;
      }
      return updated;
    },
  };
}
