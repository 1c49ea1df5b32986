import type { CDPSession, Page } from 'playwright-core';
import { buildEmptyExtension } from './empty-extension';
import { BLANK_PAGE, copyBuildWithBlankPage, launchExtensions } from './launch';
import { median, type Ratio, ratio } from './stats';

const RUNS = 15;
/** What the popup and the calendar button ask first; the empty worker answers anything. */
const FIRST_MESSAGE = { type: 'status.get', payload: {} };

// Timed inside the page, from the send to the answer. A string: tsx's __name helper is not in the page.
const SEND_AND_TIME = `(async () => {
  const t0 = performance.now();
  const reply = await chrome.runtime.sendMessage(${JSON.stringify(FIRST_MESSAGE)});
  return { ms: performance.now() - t0, ok: reply?.ok === true, reply: JSON.stringify(reply).slice(0, 200) };
})()`;

/** A blank page of one extension with a DevTools session that can stop its worker and see it stopped. */
class WorkerControl {
  private status = new Map<string, string>();
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly origin: string,
  ) {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions)
        if (v.scriptURL.startsWith(origin)) this.status.set(v.versionId, v.runningStatus);
    });
  }

  static async open(page: Page, origin: string): Promise<WorkerControl> {
    const cdp = await page.context().newCDPSession(page);
    const control = new WorkerControl(page, cdp, origin);
    await cdp.send('ServiceWorker.enable');
    return control;
  }

  private stopped = () => [...this.status.values()].every((s) => s === 'stopped');

  /** Stops the worker and waits until DevTools reports it stopped (asking again now and then: a
   * stop asked while the worker is still starting is sometimes not carried out). */
  async stop(): Promise<void> {
    for (let attempt = 0; attempt < 20; attempt++) {
      await this.cdp.send('ServiceWorker.stopAllWorkers');
      for (let waited = 0; waited < 500; waited += 20) {
        if (this.status.size > 0 && this.stopped()) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    throw new Error(`The worker of ${this.origin} did not stop: ${JSON.stringify([...this.status])}`);
  }

  /**
   * From a stopped worker: the time until the first message is answered. Chromium sometimes still
   * routes a message sent just after a DevTools stop to the old worker ("Receiving end does not
   * exist"); such a try is not a cold start, so it is dropped and the stop taken again.
   */
  async coldStartMs(): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      await this.stop();
      // Let the stop settle, so the start is not folded into the stop's own work.
      await new Promise((resolve) => setTimeout(resolve, 300));
      try {
        const { ms, ok, reply } = (await this.page.evaluate(SEND_AND_TIME)) as {
          ms: number;
          ok: boolean;
          reply: string;
        };
        if (!ok) throw new Error(`${this.origin} answered the first message with ${reply}`);
        return ms;
      } catch (error) {
        if (attempt >= 5 || !String(error).includes('Receiving end does not exist')) throw error;
      }
    }
  }
}

export interface WorkerBench {
  runs: number;
  message: string;
  coldStart: Ratio;
}

/**
 * Service worker cold start: the extension's worker and an empty one (same WXT build setup) are
 * loaded side by side in one browser, each stopped through DevTools and woken by one message from
 * a blank page of its own extension; the runs alternate so the machine's load falls on both.
 */
export async function benchWorker(runs = RUNS): Promise<WorkerBench> {
  const emptyDir = await buildEmptyExtension();
  const { browser, extensions } = await launchExtensions([copyBuildWithBlankPage(), emptyDir]);
  try {
    const [real, empty] = await Promise.all(
      extensions.map(async ({ id }) => {
        const page = await browser.context.newPage();
        await page.goto(`chrome-extension://${id}/${id === extensions[0]!.id ? BLANK_PAGE : 'blank.html'}`);
        return WorkerControl.open(page, `chrome-extension://${id}/`);
      }),
    );
    // One untimed start each: the first ever start also installs the worker and fills V8's code cache.
    await real!.coldStartMs();
    await empty!.coldStartMs();
    const realMs: number[] = [];
    const emptyMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      realMs.push(await real!.coldStartMs());
      emptyMs.push(await empty!.coldStartMs());
    }
    return {
      runs,
      message: FIRST_MESSAGE.type,
      coldStart: ratio(median(realMs), median(emptyMs), 1.5),
    };
  } finally {
    await browser.close();
  }
}
