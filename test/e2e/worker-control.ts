import type { Page } from 'playwright-core';

interface VersionsUpdated {
  versions: { versionId: string; scriptURL: string; runningStatus: string; status: string }[];
}

/** What the control needs of a page and its DevTools session: Playwright's and puppeteer's both fit. */
export interface WorkerPage {
  evaluate(expression: string): Promise<unknown>;
  send(method: 'ServiceWorker.enable' | 'ServiceWorker.stopAllWorkers'): Promise<unknown>;
  onVersionsUpdated(listener: (event: VersionsUpdated) => void): void;
}

/** A page of one extension with a DevTools session that can stop its worker and see it stopped. */
export class WorkerControl {
  private status = new Map<string, string>();
  /** Each version's place in its life: installing, activated, redundant. */
  private installed = new Map<string, string>();
  private constructor(
    private readonly page: WorkerPage,
    readonly origin: string,
  ) {
    page.onVersionsUpdated(({ versions }) => {
      for (const v of versions) {
        if (!v.scriptURL.startsWith(origin)) continue;
        this.status.set(v.versionId, v.runningStatus);
        this.installed.set(v.versionId, v.status);
      }
    });
  }

  /** On a Playwright page. */
  static async open(page: Page, origin: string): Promise<WorkerControl> {
    const cdp = await page.context().newCDPSession(page);
    return WorkerControl.over(
      {
        evaluate: (expression) => page.evaluate(expression),
        send: (method) => cdp.send(method),
        onVersionsUpdated: (listener) => cdp.on('ServiceWorker.workerVersionUpdated', listener),
      },
      origin,
    );
  }

  /** On any page and DevTools session (puppeteer's, for one). */
  static async over(page: WorkerPage, origin: string): Promise<WorkerControl> {
    const control = new WorkerControl(page, origin);
    await page.send('ServiceWorker.enable');
    return control;
  }

  private stopped = () => [...this.status.values()].every((s) => s === 'stopped');

  /**
   * Stops the worker and waits until DevTools reports it stopped (asking again now and then: a
   * stop asked while the worker is still starting is sometimes not carried out). Never while the
   * newest version is still installing: a worker stopped then is never activated, and nothing
   * answers until the browser registers it again (no person's browser stops a worker there).
   */
  async stop(): Promise<void> {
    for (let waited = 0; waited < 10_000; waited += 50) {
      const newest = [...this.installed.keys()].sort((a, b) => Number(b) - Number(a))[0];
      if (newest !== undefined && this.installed.get(newest) === 'activated') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (let attempt = 0; attempt < 20; attempt++) {
      await this.page.send('ServiceWorker.stopAllWorkers');
      for (let waited = 0; waited < 500; waited += 20) {
        if (this.status.size > 0 && this.stopped()) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    throw new Error(`The worker of ${this.origin} did not stop: ${JSON.stringify([...this.status])}`);
  }

  /**
   * From a stopped worker: `message` sent from the page, timed inside it from the send to the
   * answer. Chromium sometimes still routes a message sent just after a DevTools stop to the old
   * worker ("Receiving end does not exist"); such a try is not a cold start, so it is dropped and
   * the stop taken again.
   */
  async coldStart(message: { type: string; payload: unknown }): Promise<{ ms: number; reply: unknown }> {
    // Timed inside the page. A string: tsx's __name helper is not in the page.
    const sendAndTime = `(async () => {
      const t0 = performance.now();
      const reply = await chrome.runtime.sendMessage(${JSON.stringify(message)});
      return { ms: performance.now() - t0, reply };
    })()`;
    for (let attempt = 1; ; attempt++) {
      await this.stop();
      // Let the stop settle, so the start is not folded into the stop's own work.
      await new Promise((resolve) => setTimeout(resolve, 300));
      try {
        return (await this.page.evaluate(sendAndTime)) as { ms: number; reply: unknown };
      } catch (error) {
        if (attempt >= 5 || !String(error).includes('Receiving end does not exist')) throw error;
      }
    }
  }
}
