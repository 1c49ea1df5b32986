import { describe, expect, it, vi } from 'vitest';
import { lazyHandlers } from '@/lib/lazy-handlers';
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
  it('every popup message is answered: the shared group, or the provider whose own it is', async () => {
    const { popupMessages } = await import('@/lib/protocol/popup');
    const { SHARED_POPUP_MESSAGES } = await import('@/lib/protocol/popup-shared');
    const { createPopupHandlers } = await import('@/lib/background/popup-handlers');
    const { createZoomPopupHandlers } = await import('@/lib/providers/zoom/popup-handlers');
    const { ZOOM_POPUP_MESSAGES } = await import('@/lib/providers/zoom/provider');
    const shared = createPopupHandlers({ accounts: [] });
    const zoom = createZoomPopupHandlers({
      api: {},
      livestreamLog: {},
      openTab: async () => undefined,
    } as never);
    expect(SHARED_POPUP_MESSAGES.filter((name) => !(name in shared))).toEqual([]);
    expect(ZOOM_POPUP_MESSAGES.filter((name) => !(name in zoom))).toEqual([]);
    const answered = new Set<string>([...SHARED_POPUP_MESSAGES, ...ZOOM_POPUP_MESSAGES]);
    expect(Object.keys(popupMessages).filter((name) => !answered.has(name))).toEqual([]);
  });

  it('the registration group answers every registration message', async () => {
    const { registrationMessages } = await import('@/lib/protocol/registration');
    const { createRegistrationHandlers } = await import('@/lib/background/registration-handlers');
    const handlers = createRegistrationHandlers({ accounts: {}, runner: {}, newId: () => 'id' } as never);
    expect(Object.keys(registrationMessages).filter((name) => !(name in handlers))).toEqual([]);
  });
});
