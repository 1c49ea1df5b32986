import { statSync } from 'node:fs';
import { WorkerControl } from '../../test/e2e/worker-control';
import { connectThroughOptions, pointAtSandbox, startTestSandbox } from '../../test/e2e/sandbox-connection';
import { buildEmptyExtension } from './empty-extension';
import { BLANK_PAGE, copyBuildWithBlankPage, launchExtensions } from './launch';
import { median, type Ratio, ratio } from './stats';

const RUNS = 15;
/** What the popup and the options page ask first; the empty worker answers anything. */
const FIRST_MESSAGE = { type: 'status.get', payload: {} };
/** What the calendar button asks first, beyond the first answer (lib/background/first-answer.ts). */
const CALENDAR_MESSAGE = { type: 'meeting.providers', payload: {} };

const answered = (origin: string, { ms, reply }: { ms: number; reply: unknown }): number => {
  if ((reply as { ok?: unknown } | undefined)?.ok !== true)
    throw new Error(`${origin} answered with ${JSON.stringify(reply).slice(0, 200)}`);
  return ms;
};

export interface WorkerBench {
  runs: number;
  message: string;
  /** Signed in to the sandbox, as a person who opens the popup is. */
  coldStart: Ratio;
  /** The same start for the calendar button's first message, which the rest of the background answers. */
  calendarStart: { message: string; ms: number; baselineMs: number; ratio: number };
  /** Bytes of the worker's own script and of the rest it imports on first need. */
  scripts: { worker: number; rest: number };
}

/**
 * Service worker cold start: the extension's worker (signed in to the sandbox) and an empty one
 * (same WXT build setup) are loaded side by side in one browser, each stopped through DevTools and
 * woken by one message from a blank page of its own extension; the runs alternate so the machine's
 * load falls on both.
 */
export async function benchWorker(runs = RUNS): Promise<WorkerBench> {
  const sandbox = await startTestSandbox();
  const emptyDir = await buildEmptyExtension();
  const dir = copyBuildWithBlankPage();
  const { browser, extensions } = await launchExtensions([dir, emptyDir]);
  try {
    await pointAtSandbox(browser, sandbox);
    await (await connectThroughOptions(browser)).close();
    const [real, empty] = await Promise.all(
      extensions.map(async ({ id }) => {
        const page = await browser.context.newPage();
        await page.goto(`chrome-extension://${id}/${id === extensions[0]!.id ? BLANK_PAGE : 'blank.html'}`);
        return WorkerControl.open(page, `chrome-extension://${id}/`);
      }),
    );
    const start = async (control: WorkerControl, message: typeof FIRST_MESSAGE) =>
      answered(control.origin, await control.coldStart(message));
    // One untimed start each: the first ever start also installs the worker and fills V8's code cache.
    await start(real!, CALENDAR_MESSAGE);
    await start(real!, FIRST_MESSAGE);
    await start(empty!, FIRST_MESSAGE);
    const realMs: number[] = [];
    const calendarMs: number[] = [];
    const emptyMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      realMs.push(await start(real!, FIRST_MESSAGE));
      emptyMs.push(await start(empty!, FIRST_MESSAGE));
      calendarMs.push(await start(real!, CALENDAR_MESSAGE));
    }
    const baselineMs = median(emptyMs);
    const size = (file: string) => statSync(`${dir}/${file}`).size;
    return {
      runs,
      message: FIRST_MESSAGE.type,
      coldStart: ratio(median(realMs), baselineMs, 1.5),
      calendarStart: {
        message: CALENDAR_MESSAGE.type,
        ms: median(calendarMs),
        baselineMs,
        ratio: median(calendarMs) / baselineMs,
      },
      scripts: { worker: size('background.js'), rest: size('background-services.js') },
    };
  } finally {
    await browser.close();
    await sandbox.close();
  }
}
