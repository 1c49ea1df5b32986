import type { Upcoming, UpcomingItem, UpcomingProblem } from '../protocol/popup';
import type { PopupAccount } from './accounts';
import { mergeUpcoming } from './upcoming-order';
import { inArea, ViewError } from './view-errors';

type Outcome =
  { failed: false; items: UpcomingItem[] } | { failed: true; items: UpcomingItem[]; error: unknown };

function problemOf(account: PopupAccount, error: unknown): UpcomingProblem {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof message === 'string' && message && code !== undefined)
    return { provider: account.provider, code: String(code), message };
  console.error(`Could not list the ${account.provider} meetings`, error);
  return {
    provider: account.provider,
    code: 'internal',
    message: 'Something went wrong inside the extension.',
  };
}

/** One account: fresh from its API (and cached), or on failure its own cached rows and the error. */
async function listOne(account: PopupAccount, userId: string, now: () => number): Promise<Outcome> {
  try {
    const items = await inArea('meeting', () => account.upcoming(now()));
    // Written here, read by the popup directly on its next opening (before any message).
    await account.cache.set({ userId, fetchedAt: now(), items });
    return { failed: false, items };
  } catch (error) {
    const cached = await account.cache.get();
    const signedOut = error instanceof ViewError && error.code === 'signed-out';
    const keep = !signedOut && cached?.userId === userId ? cached.items : [];
    return { failed: true, items: keep.filter((i) => i.provider === account.provider), error };
  }
}

/**
 * "Upcoming" across every connected account, soonest first. One account failing (offline, session
 * ended) leaves the others' rows on show and is reported as a problem; all of them failing is the
 * first one's error, as with a single account; none connected is "signed-out".
 */
export async function listUpcoming(accounts: readonly PopupAccount[], now: () => number): Promise<Upcoming> {
  const connected = (
    await Promise.all(accounts.map(async (account) => ({ account, userId: await account.userId() })))
  ).filter((a): a is { account: PopupAccount; userId: string } => a.userId !== null);
  if (connected.length === 0)
    throw new ViewError('signed-out', 'You are not signed in to Zoom or Webex. Sign in from the settings.');
  const outcomes = await Promise.all(connected.map(({ account, userId }) => listOne(account, userId, now)));
  const failures = outcomes.flatMap((o, i) =>
    o.failed ? [{ account: connected[i]!.account, error: o.error }] : [],
  );
  if (failures.length === outcomes.length) throw failures[0]!.error;
  return {
    fetchedAt: now(),
    items: mergeUpcoming(...outcomes.map((o) => o.items)),
    problems: failures.map(({ account, error }) => problemOf(account, error)),
  };
}
