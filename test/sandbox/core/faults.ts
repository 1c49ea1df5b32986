import type { ServerResponse } from 'node:http';
import { sendJson } from './http';

/** Misbehaviour on demand, so clients can be tested against a slow, failing or vanishing server. */
export interface FaultSettings {
  /** Real milliseconds added before each request is handled. */
  latencyMs: number;
  /** Probability (0..1) that a request fails with `errorStatus`. */
  errorRate: number;
  errorStatus: 500 | 503;
  /** The next N requests fail with `errorStatus`, whatever the rate. */
  failNext: number;
  /** Probability (0..1) that the socket is destroyed without an answer. */
  dropRate: number;
  /** The next N requests have their socket destroyed. */
  dropNext: number;
}

export const DEFAULT_FAULTS: FaultSettings = {
  latencyMs: 0,
  errorRate: 0,
  errorStatus: 503,
  failNext: 0,
  dropRate: 0,
  dropNext: 0,
};

export interface Faults {
  readonly settings: FaultSettings;
  set(patch: Partial<FaultSettings>): FaultSettings;
  reset(): void;
  /** Applies the faults to one request: 'dropped' and 'failed' mean the response is already done. */
  apply(res: ServerResponse): Promise<'dropped' | 'failed' | 'none'>;
}

export function createFaults(random: () => number = Math.random): Faults {
  let settings: FaultSettings = { ...DEFAULT_FAULTS };
  return {
    get settings() {
      return settings;
    },
    set(patch) {
      settings = { ...settings, ...patch };
      return settings;
    },
    reset() {
      settings = { ...DEFAULT_FAULTS };
    },
    async apply(res) {
      if (settings.latencyMs > 0) await new Promise((r) => setTimeout(r, settings.latencyMs));
      if (settings.dropNext > 0 || (settings.dropRate > 0 && random() < settings.dropRate)) {
        if (settings.dropNext > 0) settings = { ...settings, dropNext: settings.dropNext - 1 };
        res.socket?.destroy();
        return 'dropped';
      }
      if (settings.failNext > 0 || (settings.errorRate > 0 && random() < settings.errorRate)) {
        if (settings.failNext > 0) settings = { ...settings, failNext: settings.failNext - 1 };
        const status = settings.errorStatus;
        const body =
          status === 503
            ? {
                code: 503,
                message: 'Service is temporarily unavailable. Please try again later.',
              }
            : { code: 500, message: 'Internal server error.' };
        // Zoom's clients honour Retry-After on 503 too; one second keeps tests fast.
        sendJson(res, status, body, status === 503 ? { 'Retry-After': '1' } : {});
        return 'failed';
      }
      return 'none';
    },
  };
}
