import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../../core/clock';
import { checkHostEmail, findMeeting, pageOf, type WebexApi, type WebexApiContext } from '../api';
import { webexError } from '../errors';
import { registrantObject } from '../serialize';
import type { WebexMeeting, WebexRegistrant, WebexState } from '../state';
import { parseWebexInput, queryBoolean } from '../validate';

// The form of docs/api/webex-bulk-insert-registrants.txt and the spec's RegistrantFormObject: first name, last name and e-mail required.
const RegistrantForm = z.object({
  firstName: z.string().trim().min(1),
  lastName: z.string().trim().min(1),
  email: z.email(),
  sendEmail: z.boolean().optional(),
  jobTitle: z.string().optional(),
  companyName: z.string().optional(),
  address1: z.string().optional(),
  address2: z.string().optional(),
  city: z.string().optional(),
  state: z.string().optional(),
  zipCode: z.number().optional(),
  countryRegion: z.string().optional(),
  workPhone: z.string().optional(),
  fax: z.string().optional(),
});
// The reference states no maximum per call; the sandbox sets none either (the 1 MB body cap holds).
const BulkInsert = z.object({ items: z.array(RegistrantForm).min(1) });
const Query = z.object({
  emails: z.array(z.string()).min(1),
  status: z.enum(['approved', 'pending', 'rejected']).optional(),
  orderType: z.enum(['DESC', 'ASC']).optional(),
  orderBy: z.enum(['firstName', 'lastName', 'status', 'email']).optional(),
});
const StatusChange = z.object({
  sendEmail: z.boolean().optional(),
  registrants: z.array(z.object({ id: z.string().min(1) })).min(1),
});

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Registrants of a meeting series: list, get, bulkInsert, query, approve, reject, cancel. */
export function mountRegistrants(api: WebexApi, deps: { state: () => WebexState; clock: Clock }): void {
  const { state, clock } = deps;

  /** The checks every registrant endpoint shares: host, `current`, the meeting, registration on. */
  function registrationOf(ctx: WebexApiContext): WebexMeeting & { registration: object } {
    checkHostEmail(state(), ctx.query);
    queryBoolean(ctx.query, 'current');
    const meeting = findMeeting(state(), ctx.params.meetingId);
    if (!meeting.registration) {
      throw webexError(400, 'Registration is not enabled for this meeting.');
    }
    return meeting as WebexMeeting & { registration: object };
  }

  api('GET', '/meetings/:meetingId/registrants', (ctx) => {
    const meeting = registrationOf(ctx);
    const email = ctx.query.get('email');
    const from = ctx.query.get('registrationTimeFrom');
    const to = ctx.query.get('registrationTimeTo');
    const fromMs = from ? Date.parse(from) : Number.NEGATIVE_INFINITY;
    const toMs = to ? Date.parse(to) : Number.POSITIVE_INFINITY;
    if (Number.isNaN(fromMs) || Number.isNaN(toMs)) {
      throw webexError(400, 'registrationTimeFrom and registrationTimeTo must be ISO 8601.');
    }
    const matching = meeting.registrants.filter(
      (r) =>
        (email === null || same(r.email, email)) && r.registrationTime >= fromMs && r.registrationTime < toMs,
    );
    const page = pageOf(matching, ctx);
    return { status: 200, body: { items: page.items.map(registrantObject) }, headers: page.headers };
  });

  api('GET', '/meetings/:meetingId/registrants/:registrantId', (ctx) => {
    const meeting = registrationOf(ctx);
    const found = meeting.registrants.find((r) => r.id === ctx.params.registrantId);
    if (!found) throw webexError(404, `Registrant not found: ${ctx.params.registrantId ?? ''}.`);
    return { status: 200, body: registrantObject(found) };
  });

  api('POST', '/meetings/:meetingId/registrants/bulkInsert', async (ctx) => {
    const meeting = registrationOf(ctx);
    const input = parseWebexInput(BulkInsert, await ctx.json());
    if (meeting.end <= clock.now() && !meeting.recurrence) {
      throw webexError(400, 'The meeting has ended; registration is closed.');
    }
    // All or nothing: one refused person refuses the call, so a retry never half-duplicates.
    const seen: string[] = [];
    for (const item of input.items) {
      if (
        meeting.registrants.some((r) => same(r.email, item.email)) ||
        seen.some((e) => same(e, item.email))
      ) {
        throw webexError(409, `Registrant ${item.email} is already registered for this meeting.`);
      }
      seen.push(item.email);
    }
    const seats = meeting.registrants.filter((r) => r.status !== 'rejected').length;
    const max = meeting.registration!.maxRegisterNum;
    if (seats + input.items.length > max) {
      throw webexError(409, `The meeting has reached its maximum number of registrations (${max}).`);
    }
    const now = clock.now();
    const auto = meeting.registration!.autoAcceptRequest;
    const added = input.items.map((item): WebexRegistrant => {
      const { firstName, lastName, email, sendEmail: _sendEmail, ...extra } = item;
      return {
        id: randomUUID(),
        status: auto ? 'approved' : 'pending',
        firstName,
        lastName,
        email,
        registrationTime: now,
        extra,
      };
    });
    meeting.registrants.push(...added);
    return { status: 200, body: { items: added.map(registrantObject) } };
  });

  api('POST', '/meetings/:meetingId/registrants/query', async (ctx) => {
    const meeting = registrationOf(ctx);
    const input = parseWebexInput(Query, await ctx.json());
    const matching = meeting.registrants.filter(
      (r) => input.emails.some((e) => same(e, r.email)) && (!input.status || r.status === input.status),
    );
    if (input.orderBy) {
      const key = input.orderBy;
      const sign = input.orderType === 'DESC' ? -1 : 1;
      matching.sort((a, b) => sign * String(a[key]).localeCompare(String(b[key])));
    }
    const page = pageOf(matching, ctx);
    return { status: 200, body: { items: page.items.map(registrantObject) }, headers: page.headers };
  });

  const change =
    (apply: (meeting: WebexMeeting, r: WebexRegistrant) => void) => async (ctx: WebexApiContext) => {
      const meeting = registrationOf(ctx);
      const input = parseWebexInput(StatusChange, await ctx.json());
      // Every id is checked before anything changes: an unknown one refuses the whole call.
      const targets = input.registrants.map(({ id }) => {
        const found = meeting.registrants.find((r) => r.id === id);
        if (!found) throw webexError(404, `Registrant not found: ${id}.`);
        return found;
      });
      for (const r of targets) apply(meeting, r);
      return { status: 204 };
    };
  api(
    'POST',
    '/meetings/:meetingId/registrants/approve',
    change((_m, r) => void (r.status = 'approved')),
  );
  api(
    'POST',
    '/meetings/:meetingId/registrants/reject',
    change((_m, r) => void (r.status = 'rejected')),
  );
  // A cancelled registration is gone: the person no longer appears and may register again.
  api(
    'POST',
    '/meetings/:meetingId/registrants/cancel',
    change((m, r) => void (m.registrants = m.registrants.filter((x) => x !== r))),
  );
}
