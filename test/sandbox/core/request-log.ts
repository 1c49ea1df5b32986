/** One handled request, as tests see it when they count calls. */
export interface LogEntry {
  method: string;
  /** Path without the query string, e.g. `/v2/meetings/81000000002/batch_registrants`. */
  path: string;
  query: string;
  /** 0 when the sandbox dropped the connection on purpose. */
  status: number;
  /** Sandbox-clock time the request arrived, ISO 8601. */
  time: string;
  /** Real milliseconds spent, including injected latency. */
  ms: number;
}

export interface RequestLog {
  record(entry: LogEntry): void;
  list(): LogEntry[];
  clear(): void;
}

/** Kept bounded so a long demo session cannot grow memory without end. */
const MAX_ENTRIES = 20_000;

export function createRequestLog(): RequestLog {
  let entries: LogEntry[] = [];
  return {
    record(entry) {
      entries.push(entry);
      if (entries.length > MAX_ENTRIES) entries = entries.slice(-MAX_ENTRIES / 2);
    },
    list: () => entries.slice(),
    clear() {
      entries = [];
    },
  };
}
