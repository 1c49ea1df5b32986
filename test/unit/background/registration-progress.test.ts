import { describe, expect, it, vi } from 'vitest';
import { createProgressReporter } from '@/lib/background/registration-progress';
import type { JobProgress } from '@/lib/registration/runner';

const job = (state: JobProgress['state'], total: number, ms = 1000): JobProgress => ({
  id: 'j',
  provider: 'zoom',
  createdAt: 0,
  updatedAt: ms,
  target: { kind: 'meeting', id: '1', topic: 'Training', type: 2 },
  path: 'batch',
  options: {},
  state,
  counts: { total, registered: total, failed: 0, duplicates: 0, alreadyRegistered: 0, remaining: 0 },
});

function reporter() {
  const platform = {
    broadcast: vi.fn(async () => {}),
    notify: vi.fn(async (_id: string, _title: string, _message: string) => {}),
    t: (key: string, subs?: string[]) => `${key}:${(subs ?? []).join('/')}`,
  };
  return { platform, report: createProgressReporter(platform) };
}

describe('registration progress', () => {
  it('sends every change to open views', () => {
    const { platform, report } = reporter();
    report(job('running', 10));
    report(job('running', 10));
    expect(platform.broadcast).toHaveBeenCalledTimes(2);
    expect(platform.broadcast).toHaveBeenCalledWith({
      type: 'registration.progress',
      job: job('running', 10),
    });
  });

  it('notifies once when a long job finishes or pauses, never for a short one', () => {
    const { platform, report } = reporter();
    report(job('running', 500));
    report(job('waiting', 500));
    report(job('waiting', 500));
    report(job('done', 500));
    expect(platform.notify.mock.calls.map((c) => c[2])).toEqual([
      'notifyJobPaused:500/0/500',
      'notifyJobDone:500/0/500',
    ]);
    const short = reporter();
    short.report(job('done', 5));
    expect(short.platform.notify).not.toHaveBeenCalled();
  });

  it('a small job that ran long (waits, retries) is long too', () => {
    const { platform, report } = reporter();
    report(job('done', 5, 60_000));
    expect(platform.notify).toHaveBeenCalledWith('registration:j', 'Training', 'notifyJobDone:5/0/5');
  });
});
