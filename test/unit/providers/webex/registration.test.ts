import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/http/errors';
import { createJob } from '@/lib/registration/jobs';
import { parseText } from '@/lib/registration/parse';
import type { RegistrationProvider } from '@/lib/registration/registration-provider';
import { createRegistrationRunner } from '@/lib/registration/runner';
import {
  classifyWebexError,
  createWebexRegistrationProvider,
  WEBEX_BATCH_LIMIT,
} from '@/lib/providers/webex/registration';
import { createRegistrationJobStore } from '@/lib/registration/job-items';
import { storedJobs } from '@/test/support/registration-jobs';
import { people } from '@/test/support/sandbox';
import { prepareRegistration } from '@/test/support/registration-engine';
import { sandboxApi } from '@/test/support/sandbox-api';
import { WEBEX_SEED } from '@/test/support/sandbox-seed';

const { setup } = sandboxApi('webex');

/** The engine wired with the Webex provider, as the background will wire it. */
function engine() {
  const h = setup();
  const provider: RegistrationProvider = createWebexRegistrationProvider({ webex: h.webex });
  const runner = createRegistrationRunner({
    store: createRegistrationJobStore(),
    provider: () => provider,
    scheduler: { schedule: vi.fn(), cancel: vi.fn() },
    now: h.now,
    sleep: h.sleep,
  });
  async function run(text: string) {
    const plan = await prepareRegistration(
      provider,
      { kind: 'meeting', id: WEBEX_SEED.training },
      parseText(text).people,
    );
    if (!plan.ok) throw new Error(plan.reason);
    await runner.enqueue(createJob(plan, { id: 'job-1', now: h.now(), provider: provider.name }));
    await runner.idle();
    return (await runner.jobs())[0]!;
  }
  return { ...h, provider, runner, run };
}

const guestList = (n: number) =>
  Array.from({ length: n }, (_, i) => `Guest ${i} <guest${i}@example.org>`).join('\n');

describe('the Webex registration provider through the runner', () => {
  it('registers 95 people, 12 already registered, in ceil(83/30) bulkInsert calls, nobody twice', async () => {
    const e = engine();
    // Ten of the guests registered earlier, plus two of the seed's people in the pasted list.
    await e.webex.registrants.bulkInsert(WEBEX_SEED.training, people(10, 'guest', 'webex'));
    e.sandbox.clearRequests();
    e.batches.length = 0;
    const text = `${guestList(93)}\nAda <ADA@customer.example>\nGrace <grace@customer.example>`;

    const job = await e.run(text);

    expect(job.state).toBe('done');
    expect(job.counts).toMatchObject({ total: 95, registered: 83, alreadyRegistered: 12, failed: 0 });
    expect(e.batches.map((b) => b.emails.length)).toEqual([30, 30, 23]);
    const sent = e.batches.flatMap((b) => b.emails);
    expect(new Set(sent).size).toBe(sent.length);
    const onMeeting = e.meeting(WEBEX_SEED.training)!.registrants.map((r) => r.email.toLowerCase());
    expect(onMeeting).toHaveLength(5 + 10 + 83);
    expect(new Set(onMeeting).size).toBe(onMeeting.length);
    // Manual approval: the new people wait for the host.
    expect(e.meeting(WEBEX_SEED.training)!.registrants.filter((r) => r.status === 'pending')).toHaveLength(
      2 + 10 + 83,
    );
  });

  it('waits out 423 and 429 without sending anyone twice', async () => {
    const e = engine();
    e.sandbox.webex.force(2, 423);
    const job = await e.run(guestList(40));
    expect(job.counts).toMatchObject({ registered: 40, failed: 0 });
    const ok = e.batches.filter((b) => b.status === 200).flatMap((b) => b.emails);
    expect(ok).toHaveLength(40);
    expect(new Set(ok).size).toBe(40);
    expect(e.sleeps).toContain(1000);
  });

  it('reconciles a call whose answer was lost by listing, never by re-sending', async () => {
    const e = engine();
    e.lost.count = 1;
    const job = await e.run(guestList(45));
    expect(job.counts).toMatchObject({ registered: 45, failed: 0 });
    // The first call reached Webex; after the lost answer, the listing shows its 30 people registered.
    expect(e.batches.map((b) => b.emails.length)).toEqual([30, 15]);
    const onMeeting = e.meeting(WEBEX_SEED.training)!.registrants.map((r) => r.email);
    expect(new Set(onMeeting).size).toBe(onMeeting.length);
  });

  it('a Webex job whose worker died with a call in flight is finished by a new runner, nobody twice', async () => {
    const e = engine();
    const plan = await prepareRegistration(
      e.provider,
      { kind: 'meeting', id: WEBEX_SEED.training },
      parseText(guestList(75)).people,
    );
    if (!plan.ok) throw new Error(plan.reason);
    let reached!: () => void;
    const callsReachedWebex = new Promise<void>((resolve) => (reached = resolve));
    let calls = 0;
    let arrived = 0;
    // The second and third batches go out together and reach Webex; the worker dies before
    // either answer is written.
    const dying: RegistrationProvider = {
      ...e.provider,
      async batchRegister(...args) {
        if (++calls < 2) return e.provider.batchRegister(...args);
        await e.provider.batchRegister(...args);
        if (++arrived === 2) reached();
        return new Promise(() => {});
      },
    };
    const runnerWith = (provider: RegistrationProvider) =>
      createRegistrationRunner({
        store: createRegistrationJobStore(),
        provider: () => provider,
        scheduler: { schedule: vi.fn(), cancel: vi.fn() },
        now: e.now,
        sleep: e.sleep,
      });
    await runnerWith(dying).enqueue(createJob(plan, { id: 'job-1', now: e.now(), provider: 'webex' }));
    await callsReachedWebex;
    const [stopped] = await storedJobs();
    expect(stopped!.chunks.map((c) => c.state)).toEqual(['done', 'in-flight', 'in-flight']);

    // The stored job names Webex: the restarted worker resumes it with the Webex provider.
    expect(stopped!.provider).toBe('webex');
    const restarted = runnerWith(e.provider);
    await restarted.resumeAll();
    await restarted.idle();
    const [done] = await restarted.jobs();
    expect(done).toMatchObject({ state: 'done', counts: { registered: 75, failed: 0, remaining: 0 } });
    expect(e.batches.map((b) => b.emails.length)).toEqual([30, 30, 15]);
    const onMeeting = e.meeting(WEBEX_SEED.training)!.registrants.map((r) => r.email);
    expect(new Set(onMeeting).size).toBe(onMeeting.length);
  });

  it('sends a dash for a missing last name (Webex requires one) and the confirmation choice', async () => {
    const e = engine();
    const provider = createWebexRegistrationProvider({ webex: e.webex });
    const [one] = await provider.batchRegister(
      { kind: 'meeting', id: WEBEX_SEED.training },
      [{ email: 'solo@example.org', firstName: 'Solo' }],
      { confirmationEmail: false },
    );
    expect(one).toMatchObject({ email: 'solo@example.org', registrantId: expect.any(String) });
    expect(e.meeting(WEBEX_SEED.training)!.registrants.at(-1)).toMatchObject({
      firstName: 'Solo',
      lastName: '-',
    });
    expect(WEBEX_BATCH_LIMIT).toBe(30);
  });

  it('approves at once when the host asks, on a meeting that would leave people pending', async () => {
    const e = engine();
    const provider = createWebexRegistrationProvider({ webex: e.webex });
    const event = { kind: 'meeting' as const, id: WEBEX_SEED.training };
    await provider.batchRegister(event, [{ email: 'wait@example.org', firstName: 'Wait' }], {});
    await provider.batchRegister(event, [{ email: 'now@example.org', firstName: 'Now' }], {
      autoApprove: true,
    });
    const status = (email: string) =>
      e.meeting(WEBEX_SEED.training)!.registrants.find((r) => r.email === email)?.status;
    expect(status('wait@example.org')).toBe('pending');
    expect(status('now@example.org')).toBe('approved');
    expect(e.calls(/\/registrants\/approve$/)).toHaveLength(1);
  });

  it('keeps people registered (pending) when only the approval after bulkInsert fails', async () => {
    const e = engine();
    const provider = createWebexRegistrationProvider({ webex: e.webex });
    const approve = vi.spyOn(e.webex.registrants, 'approve').mockRejectedValue(new Error('offline'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const [one] = await provider.batchRegister(
      { kind: 'meeting', id: WEBEX_SEED.training },
      [{ email: 'later@example.org', firstName: 'Later' }],
      { autoApprove: true },
    );
    expect(one?.registrantId).toEqual(expect.any(String));
    expect(approve).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('describes the meeting for the planner and refuses registration where it is off', async () => {
    const e = engine();
    await expect(e.provider.getMeeting(WEBEX_SEED.training)).resolves.toMatchObject({
      kind: 'meeting',
      registration: 'manual',
      batch: true,
      occurrences: [],
    });
    const plan = await prepareRegistration(
      e.provider,
      { kind: 'meeting', id: WEBEX_SEED.sync },
      parseText('a@example.org').people,
    );
    expect(plan).toMatchObject({ ok: false, code: 'no-registration' });
    await expect(
      e.provider.listRegistrants({ kind: 'meeting', id: WEBEX_SEED.training }),
    ).resolves.toContainEqual({
      id: WEBEX_SEED.mallory,
      email: 'mallory@partner.example',
      status: 'denied',
    });
  });
});

describe('classifyWebexError', () => {
  const http = (status: number, providerMessage: string) =>
    new ApiError({ kind: status === 404 ? 'not-found' : 'http', status, message: 'm', providerMessage });

  it('maps each refusal to what the runner does', () => {
    expect(
      classifyWebexError(
        new ApiError({ kind: 'rate-limited', status: 423, message: 'm', retryAfterMs: 3000 }),
      ),
    ).toEqual({
      kind: 'wait',
      ms: 3000,
      reason: 'm',
    });
    expect(
      classifyWebexError(http(409, 'Registrant bob@example.com is already registered for this meeting.')),
    ).toMatchObject({
      kind: 'person',
      email: 'bob@example.com',
    });
    expect(
      classifyWebexError(http(409, 'The meeting has reached its maximum number of registrations (1000).')),
    ).toMatchObject({
      kind: 'job',
    });
    expect(classifyWebexError(http(400, 'Registration is not enabled for this meeting.'))).toMatchObject({
      kind: 'job',
    });
    expect(classifyWebexError(http(404, 'Meeting not found'))).toMatchObject({ kind: 'job' });
    expect(classifyWebexError(http(400, 'Invalid request: items.0.email'))).toMatchObject({ kind: 'chunk' });
    expect(classifyWebexError(new ApiError({ kind: 'timeout', message: 't' }))).toMatchObject({
      kind: 'unknown-outcome',
    });
    expect(classifyWebexError(new ApiError({ kind: 'signed-out', message: 's' }))).toMatchObject({
      kind: 'signed-out',
    });
  });
});
