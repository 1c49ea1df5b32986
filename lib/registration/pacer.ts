/**
 * Spaces calls to a rate limit instead of running into it. Zoom refuses the 11th HEAVY call in a
 * second with a 429 that is itself a call (and, on real Zoom, counts against the daily total); at
 * 4,999 people that is 17 wasted calls and 17 waits of up to a second each. Pacing to the label's
 * rate keeps the job at the floor (167 batch calls at 10/s is 16.7 s) with no 429 at all.
 *
 * A sliding window: at most `perSecond` calls start in any `windowMs`. That is stricter than Zoom's
 * fixed per-second windows, so it holds whatever the phase of the server's clock; the margin over one
 * second absorbs the jitter between the moment a call starts here and the moment the server counts
 * it, which grows with several calls in flight on a busy machine (50 ms still met the odd 429 in
 * `npm run bench`; 100 ms costs 5% of the floor).
 */
export interface PacerOptions {
  perSecond: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  windowMs?: number;
}

export interface Pacer {
  /** Resolves when one more call may start, and counts it. */
  slot(): Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createPacer(options: PacerOptions): Pacer {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const windowMs = options.windowMs ?? 1100;
  const starts: number[] = [];
  let queue = Promise.resolve();

  async function take(): Promise<void> {
    for (;;) {
      const t = now();
      while (starts.length > 0 && starts[0]! <= t - windowMs) starts.shift();
      if (starts.length < options.perSecond) {
        starts.push(t);
        return;
      }
      await sleep(starts[0]! + windowMs - t);
    }
  }

  return {
    // Callers are served in order, so two concurrent callers cannot both take the last slot.
    slot() {
      const next = queue.then(take);
      queue = next.catch(() => {});
      return next;
    },
  };
}
