import { commonFailure } from '../../registration/classify-failure';
import { ApiError } from '../../http/errors';
import { nextUtcMidnight } from '../../http/rate-limit';
import type { ZoomClient } from './client';
import type { Meeting, Webinar } from './schemas';
import { BATCH_LIMIT } from './schemas';
import { createPacer } from '../../registration/pacer';
import type {
  EventInfo,
  EventKind,
  EventRef,
  Failure,
  RegisterOptions,
  RegistrationProvider,
} from '../../registration/registration-provider';

/** docs/api/zoom-add-meeting-registrant.txt: "a maximum limit of 4999 registrants per meeting". */
export const ZOOM_CAPACITY = 4999;

/** Zoom's per-second limits by label; Pro by default (labels from
 * docs/api/zoom-meetings-api-reference.txt: batch HEAVY, add LIGHT). */
export interface ZoomRates {
  light: number;
  heavy: number;
}
export const PRO_RATES: ZoomRates = { light: 30, heavy: 10 };

export interface ZoomProviderOptions {
  zoom: ZoomClient;
  rates?: ZoomRates;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** The types whose batch endpoint exists (docs/api/zoom-batch-registrants-*.txt): scheduled meetings and webinars. */
const BATCH_TYPES: Record<EventKind, number> = { meeting: 2, webinar: 5 };
const REGISTRATION = { 0: 'automatic', 1: 'manual' } as const;
const LISTED_STATUSES = ['approved', 'pending', 'denied'] as const;

/** What the engine needs to know about a Zoom meeting or webinar. */
export function zoomEventInfo(kind: EventKind, event: Meeting | Webinar): EventInfo {
  const approval = event.settings?.approval_type;
  return {
    kind,
    id: String(event.id),
    topic: event.topic,
    type: event.type,
    // Zoom reads a missing approval_type as 2, "no registration required".
    registration: approval === 0 || approval === 1 ? REGISTRATION[approval] : 'none',
    batch: event.type === BATCH_TYPES[kind],
    occurrences: (event.occurrences ?? []).map((o) =>
      o.start_time ? { id: o.occurrence_id, startTime: o.start_time } : { id: o.occurrence_id },
    ),
  };
}

/** Zoom's wording of the per-registrant daily limit (3 calls per person per API per day). */
const PER_REGISTRANT = /daily rate limit.*for the registrant "([^"]+)"/i;
/** Codes that say the event itself will refuse everyone: over, gone, full, wrong type, no webinars. */
const EVENT_CODES = new Set([200, 303, 404, 3000, 3001, 3038, 3043]);

export function classifyZoomError(error: unknown, now: () => number = Date.now): Failure {
  const common = commonFailure(error);
  if (common) return common;
  const apiError = error as ApiError;
  const reason = apiError.message;
  if (apiError.kind === 'daily-limit') {
    const person = PER_REGISTRANT.exec(apiError.providerMessage ?? '')?.[1];
    if (person) {
      const why = `Zoom accepts at most 3 registration requests a day for the same person; try again after 00:00 GMT.`;
      return { kind: 'person', email: person, reason: why };
    }
    return { kind: 'pause-until', at: apiError.resetAt ?? nextUtcMidnight(now()), reason };
  }
  if (apiError.providerCode !== undefined && EVENT_CODES.has(apiError.providerCode)) {
    return { kind: 'job', reason };
  }
  return { kind: 'chunk', reason };
}

export function createZoomRegistrationProvider(options: ZoomProviderOptions): RegistrationProvider {
  const { zoom } = options;
  const rates = options.rates ?? PRO_RATES;
  const timing = {
    ...(options.now ? { now: options.now } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
  };
  const heavy = createPacer({ perSecond: rates.heavy, ...timing });
  const light = createPacer({ perSecond: rates.light, ...timing });
  const api = (event: EventRef) => (event.kind === 'meeting' ? zoom.registrants : zoom.webinars.registrants);
  const body = (options: RegisterOptions) => ({
    ...(options.autoApprove === undefined ? {} : { auto_approve: options.autoApprove }),
  });
  const names = (p: { firstName: string; lastName?: string | undefined }) => ({
    first_name: p.firstName,
    ...(p.lastName ? { last_name: p.lastName } : {}),
  });

  return {
    name: 'zoom',
    batchLimit: BATCH_LIMIT,
    capacity: ZOOM_CAPACITY,
    async getMeeting(id) {
      return zoomEventInfo('meeting', await zoom.meetings.get(id));
    },
    async getWebinar(id) {
      return zoomEventInfo('webinar', await zoom.webinars.get(id));
    },
    // Listing is MEDIUM (20/s) and a job lists a few pages at most, so it is not paced. The three
    // statuses are listed at once: each is a round trip the host waits for before the first batch.
    async listRegistrants(event) {
      const byStatus = await Promise.all(
        LISTED_STATUSES.map((status) => api(event).listAll(event.id, { statuses: [status] })),
      );
      return byStatus.flat().map((r) => ({
        id: r.id,
        email: r.email,
        status: r.status ?? 'approved',
        joinUrl: r.join_url,
      }));
    },
    async batchRegister(event, people, options) {
      await heavy.slot();
      const result = await api(event).batch(event.id, {
        ...body(options),
        ...(options.confirmationEmail === undefined
          ? {}
          : { registrants_confirmation_email: options.confirmationEmail }),
        registrants: people.map((p) => ({ email: p.email, ...names(p) })),
      });
      return result.registrants.map((r) => ({
        email: r.email,
        registrantId: r.registrant_id,
        joinUrl: r.join_url,
      }));
    },
    async addRegistrant(event, person, options) {
      await light.slot();
      const added = await api(event).add(
        event.id,
        { email: person.email, ...names(person), ...body(options) },
        options.occurrenceIds?.length ? { occurrenceIds: options.occurrenceIds } : {},
      );
      return { email: person.email, registrantId: added.registrant_id, joinUrl: added.join_url };
    },
    classify: (error) => classifyZoomError(error, options.now),
  };
}
