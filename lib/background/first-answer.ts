import { type StoredSignIn, storedStatus, UNKNOWN } from '../auth/stored-status';
import type { Reply, Sender } from '../messaging';
import type { StorageArea, StoredStatusSource } from '../providers/stored-status-source';
import { STORED_STATUS_SOURCES } from '../providers/stored-status-sources';
import { INVALID } from '../shape';
import { SETTINGS_KEYS, storedServers } from '../stored-settings';
import { isExtensionPage } from './extension-page';

// The background's first answer: what an extension page asks first when it opens (the popup asks
// for every account's status at once), answered from one storage read, without zod and without
// the rest of the background. MV3 stops the worker when idle, so this is the answer a person waits
// for most often. Whatever it cannot answer exactly as the router would (another message, another
// sender, `refresh`, a stored value to migrate or set aside, a grant to end, a profile to fetch)
// it leaves to the router: null. test/unit/background/first-answer.test.ts holds the two together.

export interface FirstAnswerOptions {
  extensionId: string;
  /** The extension's own origin, e.g. `chrome-extension://<id>/`. */
  extensionOrigin: string;
  local: StorageArea;
  /** Enterprise policy; rejects where no policy schema is installed (Firefox): no policy then. */
  managed: StorageArea;
  sources?: readonly StoredStatusSource[];
}

/** `StatusRequestSchema` without `refresh: true` (which asks the provider). */
const plainStatusRequest = (payload: unknown): boolean =>
  typeof payload === 'object' &&
  payload !== null &&
  !Array.isArray(payload) &&
  Object.keys(payload).every((key) => key === 'refresh') &&
  [undefined, false].includes((payload as { refresh?: unknown }).refresh as undefined);

export function createFirstAnswer({ sources = STORED_STATUS_SOURCES, ...options }: FirstAnswerOptions) {
  return async (message: unknown, sender: Sender): Promise<Reply<unknown> | null> => {
    if (sender.id !== options.extensionId || !isExtensionPage(sender.url, options.extensionOrigin))
      return null;
    if (typeof message !== 'object' || message === null || Array.isArray(message)) return null;
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    const source = sources.find((s) => s.message === type);
    if (!source || !plainStatusRequest(payload)) return null;

    const { keys, policyKeys = [] } = source;
    // One read of each area, at once: the policy is read even when no grant needs it, which costs
    // nothing beside the local read and saves a second round trip when one does.
    const [stored, policy] = await Promise.all([
      options.local.get([keys.grant, keys.profile, keys.signedOut, SETTINGS_KEYS.value, SETTINGS_KEYS.meta]),
      // Firefox rejects where no policy schema is installed: no policy then, as endpoints.ts reads it.
      policyKeys.length > 0 ? options.managed.get([...policyKeys]).catch(() => ({})) : {},
    ]);
    const signIn: StoredSignIn = {
      grant: stored[keys.grant],
      profile: stored[keys.profile],
      signedOut: stored[keys.signedOut],
    };
    const status = storedStatus(signIn, source.profile, () => {
      const settings = storedServers(stored[SETTINGS_KEYS.value], stored[SETTINGS_KEYS.meta]);
      return settings === INVALID ? UNKNOWN : source.servers(settings, policy);
    });
    return status === UNKNOWN ? null : { ok: true, data: source.reply(status) };
  };
}
