import { describe, expect, it } from 'vitest';
import { createRegistrationHandlers, RegistrationError } from '@/lib/background/registration-handlers';
import { loadUpcoming } from '@/lib/popup/upcoming';
import { preRegister, registrationHarness, SEED } from '../registration/harness';

const sender = {};
const meeting = (id: string) => ({ kind: 'meeting' as const, id });
const text = (lines: string[]) => ({ kind: 'text' as const, text: lines.join('\n') });

describe('registration handlers (against the sandbox)', () => {
  const { setup } = registrationHarness();

  function handlers() {
    const h = setup();
    const runner = h.runner();
    let n = 0;
    const all = createRegistrationHandlers({
      api: h.zoom,
      provider: h.provider,
      runner,
      upcoming: () => loadUpcoming(h.zoom, h.now()),
      newId: () => `job-${++n}`,
      now: h.now,
    });
    return { h, runner, all };
  }

  it('previews: invalid lines with reasons, duplicates, already registered, counts; sends nothing', async () => {
    const { h, all } = handlers();
    await preRegister(h, SEED.autoApproval, ['old@example.org']);
    const preview = await all['registration.prepare'](
      {
        target: meeting(SEED.autoApproval),
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
    const request = { target: meeting(SEED.noRegistration), input: text(['ada@example.org']), options: {} };
    const preview = await all['registration.prepare'](request, sender);
    expect(preview.refusal?.code).toBe('no-registration');
    await expect(all['registration.start'](request, sender)).rejects.toBeInstanceOf(RegistrationError);
    expect(h.sandbox.requests().filter((r) => r.path.includes('registrants'))).toEqual([]);
  });

  it('starts a job, reports it without its people, and gives the results with join links', async () => {
    const { all, runner } = handlers();
    const request = {
      target: meeting(SEED.autoApproval),
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
      target: meeting(SEED.autoApproval),
      input: text(['ada@customer.example']),
      options: {},
    };
    await expect(all['registration.start'](request, sender)).rejects.toThrow(/nobody to send/);
  });

  it('approves pending registrants in groups of 30 and lists them by status', async () => {
    const { h, all } = handlers();
    const target = meeting(SEED.manualApproval);
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
    expect(ids).toContain(SEED.autoApproval);
    expect(ids).toContain(SEED.webinar);
    expect(ids).not.toContain(SEED.noRegistration);
  });

  it('says registration is off when listing the registrants of such an event', async () => {
    const { all } = handlers();
    await expect(
      all['registrants.list']({ target: meeting(SEED.noRegistration) }, sender),
    ).rejects.toMatchObject({ code: 'registration-off' });
  });
});
