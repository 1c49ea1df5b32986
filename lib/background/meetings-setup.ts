import { createMeetingDispatch } from '../meetings/dispatch';
import { createLinkStore } from '../meetings/link-store';
import type { ProviderAccount } from '../providers/provider';
import { type MeetingDefaults, settingsItem } from '../storage';

/** The `meeting.*` services of every provider over one link store (services.ts loads this lazily). */
export function createMeetings({
  accounts,
  defaults,
}: {
  accounts: readonly ProviderAccount[];
  defaults: () => Promise<MeetingDefaults>;
}) {
  // One link store for all providers: its writes are queued, and two stores would not see each other's.
  const links = createLinkStore();
  return createMeetingDispatch({
    providers: accounts.map((account) => {
      let service: ReturnType<ProviderAccount['eventMeetings']> | undefined;
      return {
        key: account.key,
        isSignedIn: () => account.isSignedIn(),
        meetings: () => (service ??= account.eventMeetings({ links, defaults })),
      };
    }),
    links,
    defaultProvider: async () => (await settingsItem.get()).defaultProvider,
  });
}
