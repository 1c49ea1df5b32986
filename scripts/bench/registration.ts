// Registration figures for `npm run bench`: N new people registered to the sandbox meeting under
// Zoom Pro's limits, in real time. Calls must equal the chunks plus the listing pages; the wall
// time is compared with the rate-limit floor (batch calls / HEAVY 10 per second), and with the
// naive way, one "add registrant" call per person, as fast as 429s allow.
import { createHttpClient } from '../../lib/http/client';
import { ChunkSchema, JobSchema } from '../../lib/protocol/registration-job';
import { createJob, type Job, type JobStore } from '../../lib/registration/jobs';
import { prepareWithEvent } from '../../lib/registration/prepare';
import { createRegistrationRunner } from '../../lib/registration/runner';
import { createZoomRegistrationProvider, PRO_RATES } from '../../lib/providers/zoom/registration';
import { createZoomClient } from '../../lib/providers/zoom/client';
import { zoomHttpDialect } from '../../lib/providers/zoom/http-dialect';
import { createZoomPaths } from '../../lib/providers/zoom/paths';
import { type Sandbox, startSandbox } from '../../test/sandbox/server';

const MEETING = '81000000002';

/** Stands in for the job store: the same validation and a serialised copy of what each write carries. */
function memoryStore(): JobStore {
  const saved = new Map<string, string>();
  const live = new Map<string, Job>();
  return {
    load: async () => [...saved.entries()].map(([id, s]) => live.get(id) ?? JobSchema.parse(JSON.parse(s))),
    add: async (job) => void saved.set(job.id, JSON.stringify(JobSchema.parse(job))),
    save: async (job, chunks = job.chunks) => {
      const { chunks: _all, skipped: _skipped, ...header } = job;
      // What a storage write would carry: the header and the changed chunks, validated and serialised.
      JSON.stringify([header, chunks.map((c) => ChunkSchema.parse(c))]);
      live.set(job.id, job);
    },
    remove: async (ids) => ids.forEach((id) => saved.delete(id) && live.delete(id)),
  };
}

function client(sandbox: Sandbox) {
  let token = sandbox.issueTokens().access_token;
  const http = createHttpClient({
    prefixUrl: `${sandbox.url}/v2`,
    getAccessToken: async () => token,
    forceRefresh: async () => (token = sandbox.issueTokens().access_token),
    dialect: zoomHttpDialect,
  });
  return createZoomClient({ http, paths: createZoomPaths({ level: 'user' }) });
}

const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ line: i + 1, email: `bench${i}@example.org`, firstName: `B${i}` }));

export interface RegistrationFigure {
  n: number;
  calls: number;
  expectedCalls: number;
  seconds: number;
  floorSeconds: number;
  ratio: number;
  naiveSeconds?: number;
  naiveCalls?: number;
}

/** Back to the seed, with the meeting emptied so 4,999 new people fit its capacity. */
function fresh(sandbox: Sandbox) {
  sandbox.reset();
  const meeting = sandbox.state.meetings.find((m) => String(m.id) === MEETING);
  if (meeting) meeting.registrants = [];
}

async function engine(sandbox: Sandbox, n: number) {
  const provider = createZoomRegistrationProvider({ zoom: client(sandbox) });
  const runner = createRegistrationRunner({
    store: memoryStore(),
    provider: () => provider,
    scheduler: { schedule: () => {}, cancel: () => {} },
  });
  sandbox.clearRequests();
  const started = performance.now();
  const { outcome: plan } = await prepareWithEvent(provider, { kind: 'meeting', id: MEETING }, people(n));
  if (!plan.ok) throw new Error(plan.reason);
  await runner.enqueue(createJob(plan, { id: `bench-${n}`, now: Date.now(), provider: 'zoom' }));
  await runner.idle();
  const seconds = (performance.now() - started) / 1000;
  const batches = Math.ceil(n / 30);
  // One read of the meeting and one (empty) listing page per status.
  return { seconds, calls: sandbox.requests().length, expectedCalls: batches + 4, batches };
}

async function naive(sandbox: Sandbox, n: number) {
  const zoom = client(sandbox);
  sandbox.clearRequests();
  const started = performance.now();
  for (const p of people(n)) {
    await zoom.registrants.add(MEETING, { email: p.email, first_name: p.firstName });
  }
  return { seconds: (performance.now() - started) / 1000, calls: sandbox.requests().length };
}

export async function benchRegistration(sizes = [95, 1000, 4999], naiveUpTo = 1000) {
  const sandbox = await startSandbox();
  const figures: RegistrationFigure[] = [];
  try {
    for (const n of sizes) {
      fresh(sandbox);
      const run = await engine(sandbox, n);
      const floorSeconds = run.batches / PRO_RATES.heavy;
      const figure: RegistrationFigure = {
        n,
        calls: run.calls,
        expectedCalls: run.expectedCalls,
        seconds: run.seconds,
        floorSeconds,
        ratio: run.seconds / floorSeconds,
      };
      if (n <= naiveUpTo) {
        fresh(sandbox);
        const slow = await naive(sandbox, n);
        figure.naiveSeconds = slow.seconds;
        figure.naiveCalls = slow.calls;
      }
      figures.push(figure);
    }
  } finally {
    await sandbox.close();
  }
  return figures;
}
