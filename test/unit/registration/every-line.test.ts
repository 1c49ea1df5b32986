import { describe, expect, it } from 'vitest';
import { createRegistrationHandlers } from '@/lib/background/registration-handlers';
import { loadUpcoming } from '@/lib/providers/zoom/upcoming';
import type { Job } from '@/lib/protocol/registration-job';
import { jobResults } from '@/lib/registration/jobs';
import { resultsCsv } from '@/lib/registration/results-csv';
import type { RegistrationRunner } from '@/lib/registration/runner';
import { createZoomRegistrationAccount } from '@/lib/providers/zoom/registration-account';
import { preRegister, registrationHarness } from '@/test/support/registration-engine';
import { ZOOM_IDS } from '@/test/support/sandbox-seed';

/** 20 lines as a host pastes them: 14 to register, 1 twice, 1 registered already, 4 that name nobody usable. */
const LINES = [
  ...Array.from({ length: 12 }, (_, i) => `Guest ${i} <guest${i}@example.org>`),
  '"Doe, Jane" <jane.doe@example.org>',
  'Jane Doe, PhD <jane.phd@example.org>',
  'GUEST0@example.org',
  'old@example.org',
  '+SUM(1,2)',
  'renée@exämple.de',
  'bad@',
  'Just A Name',
];

describe('every input line is accounted for, from the preview to the export', () => {
  const { setup } = registrationHarness();

  it('keeps the invalid lines in the job: its results and CSV have all 20 lines, its counts add up to 20', async () => {
    const h = setup();
    await preRegister(h, ZOOM_IDS.autoApproval, ['old@example.org']);
    let queued: Job | undefined;
    // Only the handlers' side is under test; the runner is a stand-in that keeps the queued job.
    const runner = {
      enqueue: async (job: Job) => (queued = structuredClone(job)),
      jobs: async () => (queued ? [queued] : []),
      job: async (id: string) => (queued?.id === id ? queued : null),
    } as unknown as RegistrationRunner;
    const zoom = createZoomRegistrationAccount({
      api: h.zoom,
      provider: h.provider,
      upcoming: () => loadUpcoming(h.zoom, h.now()),
    });
    const all = createRegistrationHandlers({
      accounts: { zoom, webex: zoom },
      runner,
      newId: () => 'job-1',
      now: h.now,
    });
    const request = {
      target: { provider: 'zoom' as const, kind: 'meeting' as const, id: ZOOM_IDS.autoApproval },
      input: { kind: 'text' as const, text: LINES.join('\n') },
      options: {},
    };

    const preview = await all['registration.prepare'](request, {});
    expect(preview.counts).toMatchObject({ valid: 16, invalid: 4, duplicates: 1, alreadyRegistered: 1 });
    expect(preview.counts.toRegister + preview.counts.invalid + 2).toBe(LINES.length);
    expect(preview.invalid.find((r) => r.line === 18)?.reason).toMatch(
      /^Zoom accepts only ASCII e-mail addresses/,
    );

    const { jobId } = await all['registration.start'](request, {});
    const { job, people } = await all['registration.results']({ jobId }, {});
    const { registered, failed, remaining, duplicates, alreadyRegistered, invalid = 0 } = job.counts;
    expect({ remaining, duplicates, alreadyRegistered, invalid }).toEqual({
      remaining: 14,
      duplicates: 1,
      alreadyRegistered: 1,
      invalid: 4,
    });
    expect(registered + failed + remaining + duplicates + alreadyRegistered + invalid).toBe(LINES.length);
    expect(job.counts.total).toBe(LINES.length);

    expect(people.map((p) => p.line)).toEqual(LINES.map((_, i) => i + 1));
    expect(people.filter((p) => p.outcome?.status === 'invalid')).toEqual([
      expect.objectContaining({
        line: 17,
        text: '+SUM(1,2)',
        outcome: expect.objectContaining({ error: 'No e-mail address.' }),
      }),
      expect.objectContaining({ line: 18, text: 'renée@exämple.de' }),
      expect.objectContaining({ line: 19, text: 'bad@' }),
      expect.objectContaining({ line: 20, text: 'Just A Name' }),
    ]);
    expect(people.find((p) => p.line === 14)).toMatchObject({ firstName: 'Jane', lastName: 'Doe, PhD' });

    const csv = resultsCsv(jobResults(queued!)).trimEnd().split('\r\n');
    expect(csv).toHaveLength(LINES.length + 1);
    expect(csv[17]).toBe(`17,,,,invalid,,,No e-mail address.,"'+SUM(1,2)"`);
  });
});
