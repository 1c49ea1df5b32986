/**
 * The sandbox's own time. Tests move it instead of sleeping, so token expiry, per-second and daily
 * rate limits and "the meeting is over" are reached in milliseconds.
 */
export interface Clock {
  now(): number;
  /** Jump to an instant (ms since epoch). A frozen clock stays frozen there. */
  set(at: number): void;
  advance(ms: number): void;
  /** Stop time where it is: per-second windows then only move when a test advances the clock. */
  freeze(): void;
  unfreeze(): void;
  readonly frozen: boolean;
  /** Back to the real time, running. */
  reset(): void;
}

export const DAY_MS = 86_400_000;

/** The next 00:00 GMT after `at`: when Zoom's daily limits reset. */
export function nextUtcMidnight(at: number): number {
  return (Math.floor(at / DAY_MS) + 1) * DAY_MS;
}

export function createClock(realNow: () => number = Date.now): Clock {
  let offset = 0;
  let frozenAt: number | null = null;
  return {
    now: () => frozenAt ?? realNow() + offset,
    set(at) {
      if (frozenAt !== null) frozenAt = at;
      else offset = at - realNow();
    },
    advance(ms) {
      this.set(this.now() + ms);
    },
    freeze() {
      frozenAt = this.now();
    },
    unfreeze() {
      if (frozenAt === null) return;
      offset = frozenAt - realNow();
      frozenAt = null;
    },
    get frozen() {
      return frozenAt !== null;
    },
    reset() {
      offset = 0;
      frozenAt = null;
    },
  };
}
