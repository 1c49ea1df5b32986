import { useCallback, useEffect, useState } from 'react';
import { sendMessage } from '@/lib/messaging';
import { cachedUpcoming } from '@/lib/popup/cached-upcoming';
import { keepSnapshot } from '@/lib/popup/first-screen-snapshot';
import type { UpcomingItem, UpcomingProblem } from '@/lib/protocol/popup';
import type { ViewErrorInfo } from './error-notice';

export interface UpcomingState {
  /** null until the cache or the network has answered. */
  items: UpcomingItem[] | null;
  source: 'cache' | 'network' | null;
  refreshing: boolean;
  /** The whole list failed (nobody signed in, every account unreachable). */
  error: ViewErrorInfo | null;
  /** Accounts that failed while another answered: their rows may be the cached ones. */
  problems: UpcomingProblem[];
}

/**
 * Stale-while-revalidate: the cached lists straight from storage (no round trip to a sleeping
 * service worker), then the background's fresh one, which it also writes back to the caches. A
 * cache of another account than the one signed in is never shown. `initial`: cached rows the
 * caller already read (the popup's first screen), shown until the network answers.
 */
export function useUpcoming(initial: UpcomingItem[] | null = null): UpcomingState & { refresh: () => void } {
  const [state, setState] = useState<UpcomingState>({
    items: initial,
    source: initial ? 'cache' : null,
    refreshing: true,
    error: null,
    problems: [],
  });
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let live = true;
    void cachedUpcoming().then((cached) => {
      if (!live || !cached) return;
      // The network may have answered first: never replace fresh data (or a sign-out) with the cache.
      setState((s) =>
        s.source === 'network' || s.error?.code === 'signed-out'
          ? s
          : { ...s, items: cached, source: 'cache' },
      );
    });
    void sendMessage('upcoming.list', {}).then((reply) => {
      if (!live) return;
      // What the popup shows now is what its next open draws first (lib/popup/first-screen-snapshot.ts).
      if (reply.ok) keepSnapshot(reply.data.items);
      else if (reply.error.code === 'signed-out') keepSnapshot(null);
      if (reply.ok)
        setState({
          items: reply.data.items,
          source: 'network',
          refreshing: false,
          error: null,
          problems: reply.data.problems,
        });
      else
        setState((s) => ({
          // Signed out: whatever was cached is no longer this person's to see.
          items: reply.error.code === 'signed-out' ? null : s.items,
          source: s.source,
          refreshing: false,
          error: reply.error,
          problems: [],
        }));
    });
    return () => {
      live = false;
    };
  }, [revision]);

  const refresh = useCallback(() => {
    setState((s) => ({ ...s, refreshing: true }));
    setRevision((r) => r + 1);
  }, []);
  return { ...state, refresh };
}
