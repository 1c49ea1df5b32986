import type { Clock } from '../core/clock';
import { type ApiContext, type ApiResult, zoomError } from './api';
import { MESSAGES, type RegistrationApi } from './registration-messages';
import { type Links, registrantId } from './ids';
import { paginate } from './paging';
import type { Category, DailyCheck, RateLimiter } from './rate-limit';
import { BatchInput, RegistrantInput, StatusInput } from './schemas';
import { registrantObject, visibleOccurrences } from './serialize';
import { isOver, type Registrant, registrationEnabled, type Session } from './state';
import { zoomTime } from './time';
import { parseInput, queryEnum, validationError } from './validate';

/**
 * Registration, shared by meetings and webinars: the same rules, each refused with the code and
 * message the reference gives for that kind and endpoint.
 */

/** Zoom's ceiling on registrants per meeting. */
export const DEFAULT_CAPACITY = 4999;

export interface RegistrationDeps {
  clock: Clock;
  limiter: RateLimiter;
  links: Links;
  capacity: () => number;
}

export function createRegistration(deps: RegistrationDeps) {
  const now = () => deps.clock.now();

  /** The 3-a-day limit per registrant, counted per API, per session and e-mail, per GMT day. */
  const dailyChecks = (
    session: Session,
    api: RegistrationApi,
    category: Category,
    emails: string[],
  ): DailyCheck[] => {
    const limit = deps.limiter.config.registrantRequestsPerDay;
    return [...new Set(emails.map((e) => e.toLowerCase()))].map((email) => ({
      key: `registrant:${api}:${session.id}:${email}`,
      limit,
      category,
      message: `You have exceeded the daily rate limit of "${limit}" for ${MESSAGES[session.kind].apiName[api]} API requests for the registrant "${email}". You can resume these API requests at GMT 00:00:00.`,
    }));
  };

  const find = (session: Session, email: string) =>
    session.registrants.find((r) => r.email.toLowerCase() === email.toLowerCase());

  /** Seats taken: everyone registered except the denied, who will not attend. */
  const seatsAfter = (session: Session, emails: string[]) => {
    const taken = session.registrants.filter((r) => r.status !== 'denied').length;
    const fresh = new Set(emails.map((e) => e.toLowerCase()).filter((e) => !find(session, e)));
    return taken + fresh.size;
  };

  /**
   * Registers people. Someone already registered keeps their one registration: Zoom answers a
   * re-registration with the existing registrant's id and join URL, so the sandbox returns the stored
   * registrant unchanged (a recurring session adds any newly requested occurrences to it). This is
   * what makes a retried batch safe: it cannot register anyone twice.
   */
  const register = (
    session: Session,
    people: {
      email: string;
      first_name: string;
      last_name?: string | undefined;
      profile?: Record<string, unknown>;
    }[],
    autoApprove: boolean | undefined,
    occurrenceIds: string[],
  ): Registrant[] =>
    people.map((p) => {
      const existing = find(session, p.email);
      if (existing) {
        for (const id of occurrenceIds)
          if (!existing.occurrence_ids.includes(id)) existing.occurrence_ids.push(id);
        return existing;
      }
      const id = registrantId();
      const registrant: Registrant = {
        id,
        email: p.email,
        first_name: p.first_name,
        last_name: p.last_name,
        // approval_type 0 approves at once; 1 waits for the host unless the caller asks auto_approve.
        status: session.settings.approval_type === 0 || autoApprove === true ? 'approved' : 'pending',
        create_time: zoomTime(now()),
        join_url: deps.links.registrantJoin(session, id),
        occurrence_ids: occurrenceIds,
        profile: p.profile ?? {},
      };
      session.registrants.push(registrant);
      return registrant;
    });

  const occurrenceIdsFrom = (session: Session, raw: string | null): string[] => {
    const all = visibleOccurrences(session, now()).map((o) => o.occurrence_id);
    if (!raw) return all;
    const wanted = raw.split(',').map((s) => s.trim());
    const known = new Set(
      session.occurrences.filter((o) => o.status === 'available').map((o) => o.occurrence_id),
    );
    if (session.occurrences.length === 0 || wanted.some((id) => !known.has(id))) {
      throw zoomError(400, 300, 'Invalid parameter: occurrence_ids.');
    }
    return wanted;
  };

  return {
    async list(ctx: ApiContext, session: Session): Promise<ApiResult> {
      if (!registrationEnabled(session)) throw MESSAGES[session.kind].noRegistration(session.id);
      const status = queryEnum(ctx.query, 'status', ['approved', 'pending', 'denied'] as const, 'approved');
      const occurrence = ctx.query.get('occurrence_id');
      const matching = session.registrants.filter(
        (r) => r.status === status && (!occurrence || r.occurrence_ids.includes(occurrence)),
      );
      const { items, ...page } = paginate(matching, ctx.query);
      return {
        status: 200,
        body: { ...page, registrants: items.map(registrantObject) },
      };
    },

    async add(ctx: ApiContext, session: Session): Promise<ApiResult> {
      const m = MESSAGES[session.kind];
      if (!registrationEnabled(session)) throw m.noRegistrationAdd(session.id);
      const {
        email,
        first_name,
        last_name,
        auto_approve,
        language: _language,
        ...profile
      } = parseInput(RegistrantInput, await ctx.json());
      if (session.kind === 'webinar' && email.toLowerCase() === ctx.user.email.toLowerCase()) {
        throw zoomError(400, 3027, 'Host cannot register.');
      }
      if (isOver(session, now())) throw m.over();
      const occurrenceIds = occurrenceIdsFrom(session, ctx.query.get('occurrence_ids'));
      const checks = dailyChecks(session, 'add', 'LIGHT', [email]);
      deps.limiter.checkDaily(checks);
      if (seatsAfter(session, [email]) > deps.capacity()) throw m.fullAdd();
      deps.limiter.countDaily(checks);
      const [registrant] = register(
        session,
        [{ email, first_name, last_name, profile }],
        auto_approve,
        occurrenceIds,
      );
      const occurrences = visibleOccurrences(session, now()).filter((o) =>
        registrant!.occurrence_ids.includes(o.occurrence_id),
      );
      return {
        status: 201,
        body: {
          id: session.id,
          registrant_id: registrant!.id,
          join_url: registrant!.join_url,
          topic: session.topic,
          start_time: session.start_time,
          ...(session.occurrences.length > 0 ? { occurrences } : {}),
        },
      };
    },

    async batch(ctx: ApiContext, session: Session): Promise<ApiResult> {
      const m = MESSAGES[session.kind];
      const input = parseInput(BatchInput, await ctx.json());
      if (session.type !== m.batchType_) throw m.batchType();
      if (!registrationEnabled(session)) throw m.noRegistrationBatch(session.id);
      if (isOver(session, now())) throw m.over();
      const emails = input.registrants.map((r) => r.email);
      const checks = dailyChecks(session, 'batch', 'HEAVY', emails);
      deps.limiter.checkDaily(checks);
      // All or nothing: a batch that would pass the capacity registers nobody.
      if (seatsAfter(session, emails) > deps.capacity()) throw m.fullBatch();
      deps.limiter.countDaily(checks);
      const registrants = register(session, input.registrants, input.auto_approve, []);
      return {
        // The reference (docs/api/zoom-meetings-api-reference.txt) answers 201 for batch registration
        // (the older export said 200).
        status: 201,
        body: {
          registrants: registrants.map((r) => ({
            registrant_id: r.id,
            email: r.email,
            join_url: r.join_url,
          })),
        },
      };
    },

    async updateStatus(ctx: ApiContext, session: Session): Promise<ApiResult> {
      if (!registrationEnabled(session)) throw MESSAGES[session.kind].noRegistration(session.id);
      const input = parseInput(StatusInput, await ctx.json());
      const targets = input.registrants.map((ref, i) => {
        const found = session.registrants.find(
          (r) =>
            (ref.id !== undefined && r.id === ref.id) ||
            (ref.email !== undefined && r.email.toLowerCase() === ref.email.toLowerCase()),
        );
        if (!ref.id && !ref.email) throw validationError(`registrants[${i}]`, 'needs an id or an email');
        if (!found) throw zoomError(404, 3001, `Registrant does not exist: ${ref.id ?? ref.email}.`);
        return found;
      });
      const checks = dailyChecks(
        session,
        'status',
        'MEDIUM',
        targets.map((r) => r.email),
      );
      deps.limiter.checkDaily(checks);
      deps.limiter.countDaily(checks);
      for (const target of targets) {
        if (input.action === 'cancel') session.registrants = session.registrants.filter((r) => r !== target);
        else target.status = input.action === 'approve' ? 'approved' : 'denied';
      }
      return { status: 204 };
    },

    get(session: Session, id: string | undefined): ApiResult {
      if (!registrationEnabled(session)) throw MESSAGES[session.kind].noRegistration(session.id);
      const registrant = session.registrants.find((r) => r.id === id);
      if (!registrant) throw zoomError(404, 3001, `Registrant does not exist: ${id ?? ''}.`);
      return { status: 200, body: registrantObject(registrant) };
    },

    remove(session: Session, id: string | undefined): ApiResult {
      if (!registrationEnabled(session))
        throw zoomError(400, 300, `Registration has not been enabled for this meeting: ${session.id}.`);
      const before = session.registrants.length;
      session.registrants = session.registrants.filter((r) => r.id !== id);
      if (session.registrants.length === before) {
        // An unknown registrant id is "invalid" (400, code 300), not a 404
        // (docs/api/zoom-meetings-api-reference.txt).
        throw zoomError(
          400,
          300,
          'The value that you entered for the Registrant ID field is invalid. Enter a valid value and try again.',
        );
      }
      return { status: 204 };
    },
  };
}

export type Registration = ReturnType<typeof createRegistration>;
