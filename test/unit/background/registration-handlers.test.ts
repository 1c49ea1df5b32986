import { describe, expect, it, vi } from 'vitest';
import { createRegistrationHandlers, RegistrationError } from '@/lib/background/registration-handlers';
import { createHttpClient } from '@/lib/http/client';
import { webexHttpDialect } from '@/lib/providers/webex/http-dialect';
import { loadUpcoming } from '@/lib/providers/zoom/upcoming';
import type { ProviderName } from '@/lib/registration/registration-provider';
import { createRegistrationRunner } from '@/lib/registration/runner';
import { createWebexRegistrationAccount } from '@/lib/providers/webex/registration-account';
import { createWebexRegistrationProvider } from '@/lib/providers/webex/registration';
import { createZoomRegistrationAccount } from '@/lib/providers/zoom/registration-account';
import { createRegistrationJobStore } from '@/lib/registration/job-items';
import { createWebexClient } from '@/lib/providers/webex/client';
import { preRegister, registrationHarness } from '@/test/support/registration-engine';
import { WEBEX_SEED, ZOOM_IDS } from '@/test/support/sandbox-seed';

const sender = {};
const meeting = (id: string) => ({ provider: 'zoom' as const, kind: 'meeting' as const, id });
const webexMeeting = (id: string) => ({ provider: 'webex' as const, kind: 'meeting' as const, id });
const text = (lines: string[]) => ({ kind: 'text' as const, text: lines.join('\n') });

describe('registration handlers (against the sandbox)', () => {
  const { setup } = registrationHarness();

  /** Both accounts against the one sandbox, wired as registration-setup.ts wires them. */
  function handlers(options: { webexSignedOut?: boolean } = {}) {
    const h = setup();
    let webexToken = h.sandbox.webex.issueTokens().access_token;
    if (options.webexSignedOut) h.sandbox.webex.revokeAllTokens();
    const webex = createWebexClient({
      http: createHttpClient({
        prefixUrl: h.sandbox.webex.base,
        getAccessToken: async () => webexToken,
        forceRefresh: async () => {
          if (options.webexSignedOut) throw new Error('not signed in');
          return (webexToken = h.sandbox.webex.issueTokens().access_token);
        },
        dialect: webexHttpDialect,
        sleep: h.sleep,
        now: h.now,
      }),
    });
    const accounts = {
      zoom: createZoomRegistrationAccount({
        api: h.zoom,
        provider: h.provider,
        upcoming: () => loadUpcoming(h.zoom, h.now()),
      }),
      webex: createWebexRegistrationAccount({
        webex,
        provider: createWebexRegistrationProvider({ webex }),
        now: h.now,
      }),
    };
    const runner = createRegistrationRunner({
      store: createRegistrationJobStore(),
      provider: (name: ProviderName) => accounts[name].provider,
      scheduler: { schedule: vi.fn(), cancel: vi.fn() },
      now: h.now,
      sleep: h.sleep,
    });
    let n = 0;
    const all = createRegistrationHandlers({ accounts, runner, newId: () => `job-${++n}`, now: h.now });
    return { h, runner, all };
  }

  it('previews: invalid lines with reasons, duplicates, already registered, counts; sends nothing', async () => {
    const { h, all } = handlers();
    await preRegister(h, ZOOM_IDS.autoApproval, ['old@example.org']);
    const preview = await all['registration.prepare'](
      {
        target: meeting(ZOOM_IDS.autoApproval),
        input: text(['Ada <ada@example.org>', 'nope', 'ADA@example.org', 'old@example.org']),
        options: {},
      },
      sender,
    );
    expect(preview.invalid).toEqual([{ line: 2, text: 'nope', reason: 'No e-mail address.' }]);
    expect(preview.duplicates).toEqual([{ line: 3, email: 'ADA@example.org', firstLine: 1 }]);
    expect(preview.alreadyRegistered).toEqual([{ line: 4, email: 'old@example.org', status: 'approved' }]);
    expect(preview.counts).toMatchObject({ valid: 3, invalid: 1, toRegister: 1, calls: 1 });
    expect(h.calls(/./, 'POST')).toEqual([]);
  });

  it('refuses a meeting without registration in the preview and at the start, before any registration call', async () => {
    const { h, all } = handlers();
    const request = {
      target: meeting(ZOOM_IDS.noRegistration),
      input: text(['ada@example.org']),
      options: {},
    };
    const preview = await all['registration.prepare'](request, sender);
    expect(preview.refusal?.code).toBe('no-registration');
    await expect(all['registration.start'](request, sender)).rejects.toBeInstanceOf(RegistrationError);
    expect(h.sandbox.requests().filter((r) => r.path.includes('registrants'))).toEqual([]);
  });

  it('a double-click on Register starts one job; the second answer says why nothing new started', async () => {
    const { h, all, runner } = handlers();
    const request = {
      target: meeting(ZOOM_IDS.autoApproval),
      input: text(Array.from({ length: 40 }, (_, i) => `p${i}@example.org`)),
      options: {},
    };
    const [first, second] = await Promise.allSettled([
      all['registration.start'](request, sender),
      all['registration.start'](request, sender),
    ]);
    expect(first.status).toBe('fulfilled');
    expect(second).toMatchObject({
      status: 'rejected',
      reason: {
        code: 'already-running',
        message: expect.stringMatching(/already registering \d+ of these people.*Nothing new/),
      },
    });
    await runner.idle();
    expect(h.batchSizes).toEqual([30, 10]);
    expect((await all['registration.jobs']({}, sender)).jobs).toHaveLength(1);
  });

  it('starts a job, reports it without its people, and gives the results with join links', async () => {
    const { all, runner } = handlers();
    const request = {
      target: meeting(ZOOM_IDS.autoApproval),
      input: text(['ada@example.org', 'grace@example.org']),
      options: {},
    };
    const { jobId } = await all['registration.start'](request, sender);
    await runner.idle();
    const { jobs } = await all['registration.jobs']({}, sender);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).not.toHaveProperty('chunks');
    expect(jobs[0]!.counts).toMatchObject({ registered: 2, remaining: 0 });
    const { people } = await all['registration.results']({ jobId }, sender);
    expect(people.map((p) => p.outcome?.joinUrl)).toEqual([expect.any(String), expect.any(String)]);
    await expect(all['registration.pause']({ jobId }, sender)).rejects.toThrow(/can be paused/);
    await expect(all['registration.results']({ jobId: 'nope' }, sender)).rejects.toThrow(/no longer exists/);
  });

  it('nobody new: the start refuses rather than queue an empty job', async () => {
    const { all } = handlers();
    const request = {
      target: meeting(ZOOM_IDS.autoApproval),
      input: text(['ada@customer.example']),
      options: {},
    };
    await expect(all['registration.start'](request, sender)).rejects.toThrow(/nobody to send/);
  });

  it('approves pending registrants in groups of 30 and lists them by status', async () => {
    const { h, all } = handlers();
    const target = meeting(ZOOM_IDS.manualApproval);
    const { registrants } = await all['registrants.list']({ target, status: 'pending' }, sender);
    expect(registrants.map((r) => r.status)).toEqual(['pending', 'pending']);
    h.sandbox.clearRequests();
    const ids = registrants.map((r) => r.id);
    expect(await all['registrants.updateStatus']({ target, action: 'approve', ids }, sender)).toEqual({
      updated: 2,
    });
    expect(h.calls(/registrants\/status$/, 'PUT')).toHaveLength(1);
    const after = await all['registrants.list']({ target, status: 'pending' }, sender);
    expect(after.registrants).toEqual([]);
  });

  it('lists as targets only the upcoming events that take registrations', async () => {
    const { all } = handlers();
    const { items } = await all['registration.targets']({}, sender);
    const ids = items.map((i) => i.id);
    expect(ids).toContain(ZOOM_IDS.autoApproval);
    expect(ids).toContain(ZOOM_IDS.webinar);
    expect(ids).not.toContain(ZOOM_IDS.noRegistration);
  });

  it('says registration is off when listing the registrants of such an event', async () => {
    const { all } = handlers();
    await expect(
      all['registrants.list']({ target: meeting(ZOOM_IDS.noRegistration) }, sender),
    ).rejects.toMatchObject({ code: 'registration-off' });
  });

  it('registers to a Webex meeting through the same messages: only the new people, in bulkInsert calls', async () => {
    const { h, all, runner } = handlers();
    const guests = Array.from({ length: 40 }, (_, i) => `Guest ${i} <guest${i}@example.org>`);
    // Two of the seed's registrants are on the list: approved Ada and pending Grace.
    const input = text([...guests, 'ada@customer.example', 'grace@customer.example']);
    const request = { target: webexMeeting(WEBEX_SEED.training), input, options: {} };
    const preview = await all['registration.prepare'](request, sender);
    expect(preview.event).toMatchObject({ id: WEBEX_SEED.training, registration: 'manual' });
    expect(preview.counts).toMatchObject({ toRegister: 40, alreadyRegistered: 2, calls: 2 });
    h.sandbox.clearRequests();
    const { jobId } = await all['registration.start'](request, sender);
    await runner.idle();
    const { job, people } = await all['registration.results']({ jobId }, sender);
    expect(job.provider).toBe('webex');
    expect(job.counts).toMatchObject({ registered: 40, failed: 0, remaining: 0 });
    expect(people.filter((p) => p.outcome?.status === 'registered')).toHaveLength(40);
    expect(h.calls(/\/registrants\/bulkInsert$/)).toHaveLength(2);
    // Nobody was sent to Zoom.
    expect(h.calls(/batch_registrants|\/registrants$/)).toEqual([]);
  });

  it('approves a pending Webex registrant and lists Webex registrants by status', async () => {
    const { h, all } = handlers();
    const target = webexMeeting(WEBEX_SEED.training);
    const pending = await all['registrants.list']({ target, status: 'pending' }, sender);
    expect(pending.registrants.map((r) => r.email).sort()).toEqual([
      'grace@customer.example',
      'linus@partner.example',
    ]);
    const denied = await all['registrants.list']({ target, status: 'denied' }, sender);
    expect(denied.registrants.map((r) => r.email)).toEqual(['mallory@partner.example']);
    await all['registrants.updateStatus']({ target, action: 'approve', ids: [WEBEX_SEED.grace] }, sender);
    expect(h.calls(/\/registrants\/approve$/)).toHaveLength(1);
    const grace = h.sandbox.webex.state.meetings
      .find((m) => m.id === WEBEX_SEED.training)!
      .registrants.find((r) => r.id === WEBEX_SEED.grace);
    expect(grace?.status).toBe('approved');
    // "deny" is Webex's reject.
    await all['registrants.updateStatus']({ target, action: 'deny', ids: [WEBEX_SEED.linus] }, sender);
    expect(h.calls(/\/registrants\/reject$/)).toHaveLength(1);
  });

  it("lists both accounts' targets with their provider, and the one connected when the other is not", async () => {
    const both = handlers();
    const { items } = await both.all['registration.targets']({}, sender);
    expect(items).toContainEqual(expect.objectContaining({ provider: 'webex', id: WEBEX_SEED.training }));
    expect(items).toContainEqual(expect.objectContaining({ provider: 'zoom', id: ZOOM_IDS.autoApproval }));
    const starts = items.map((i) => (i.startTime ? Date.parse(i.startTime) : Infinity));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));

    const zoomOnly = handlers({ webexSignedOut: true });
    const answer = await zoomOnly.all['registration.targets']({}, sender);
    expect(answer.items.length).toBeGreaterThan(0);
    expect(answer.items.every((i) => i.provider === 'zoom')).toBe(true);
  });

  it('says registration is off for a Webex meeting without it', async () => {
    const { all } = handlers();
    await expect(
      all['registrants.list']({ target: webexMeeting(WEBEX_SEED.sync) }, sender),
    ).rejects.toMatchObject({ code: 'registration-off' });
  });
});
