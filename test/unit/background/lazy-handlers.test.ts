import { describe, expect, it, vi } from 'vitest';
import { lazyHandlers } from '@/lib/background/lazy-handlers';
import type { Handlers } from '@/lib/background/router';

const sender = { id: 'ext' };

describe('lazyHandlers', () => {
  it('builds the group on the first call only, and answers every name through it', async () => {
    const jobs = vi.fn(async () => [{ id: 'job-1' }]);
    const pause = vi.fn(async () => ({ paused: true }));
    const load = vi.fn(async () => ({ 'registration.jobs': jobs, 'registration.pause': pause }) as never);
    const handlers = lazyHandlers(['registration.jobs', 'registration.pause'], load);
    expect(load).not.toHaveBeenCalled();

    const [first, second] = await Promise.all([
      handlers['registration.jobs']!({} as never, sender),
      handlers['registration.pause']!({ jobId: 'job-1' } as never, sender),
    ]);
    await handlers['registration.jobs']!({} as never, sender);
    expect(first).toEqual([{ id: 'job-1' }]);
    expect(second).toEqual({ paused: true });
    expect(load).toHaveBeenCalledTimes(1);
    expect(pause).toHaveBeenCalledWith({ jobId: 'job-1' }, sender);
    expect(jobs).toHaveBeenCalledTimes(2);
  });

  it('offers exactly the names given, and says which one its group lacks', async () => {
    const handlers = lazyHandlers(['upcoming.list', 'summaries.list'], async () => ({}) as Partial<Handlers>);
    expect(Object.keys(handlers).sort()).toEqual(['summaries.list', 'upcoming.list']);
    await expect(handlers['upcoming.list']!({} as never, sender)).rejects.toThrow(
      'The background has no handler for "upcoming.list".',
    );
  });
});

describe('the lazily built groups of the background (lib/background/services.ts)', () => {
  // Each group is offered under its protocol section's names: every name must have its handler.
  it('the popup group answers every popup message', async () => {
    const { popupMessages } = await import('@/lib/protocol/popup');
    const { createPopupHandlers } = await import('@/lib/background/popup-handlers');
    const handlers = createPopupHandlers({
      api: {},
      profile: async () => null,
      upcomingCache: {},
      webex: { api: {}, profile: async () => null, upcomingCache: {} },
      livestreamLog: {},
      openTab: async () => undefined,
    } as never);
    expect(Object.keys(popupMessages).filter((name) => !(name in handlers))).toEqual([]);
  });

  it('the registration group answers every registration message', async () => {
    const { registrationMessages } = await import('@/lib/protocol/registration');
    const { createRegistrationHandlers } = await import('@/lib/background/registration-handlers');
    const handlers = createRegistrationHandlers({ accounts: {}, runner: {}, newId: () => 'id' } as never);
    expect(Object.keys(registrationMessages).filter((name) => !(name in handlers))).toEqual([]);
  });
});
