import type { ProviderKey } from '../brands/brands';
import type { PageEvent } from '../protocol/calendar-event';
import type { EventMeetings } from './event-meetings';
import { type CalendarEventRef, eventKey, type LinkStore } from './link-store';
import { eventFromPage } from './page-event';

/** One provider as the calendar button's messages see it. */
export interface DispatchProvider {
  readonly key: ProviderKey;
  isSignedIn(): Promise<boolean>;
  /** Its meetings service, built on first use. */
  meetings(): Promise<EventMeetings>;
}

export interface MeetingDispatchOptions {
  /** Every provider, in the order the calendar button lists the connected ones. */
  providers: readonly DispatchProvider[];
  links: Pick<LinkStore, 'byEvent' | 'byJoinLinkIn'>;
  /** The options page's choice: which provider a new attach uses when the button names none. */
  defaultProvider(): Promise<ProviderKey>;
}

/**
 * The `meeting.*` messages for every provider. A new meeting goes to the provider the person
 * clicked, else the default; an event already linked stays with the provider of its meeting,
 * whatever was clicked or is the default now (never a second meeting for one event). Events
 * arrive as the page shows them; their repeat rule is read here, before any provider sees them.
 */
export function createMeetingDispatch(options: MeetingDispatchOptions) {
  const { links, providers } = options;
  const serviceOf = (key: ProviderKey) => {
    const provider = providers.find((p) => p.key === key);
    if (!provider) throw new Error(`No provider is registered as "${key}".`);
    return provider.meetings();
  };

  /** The provider of the meeting an event is linked to: by its id, else by a stored join link. */
  async function linkedProvider(event: CalendarEventRef): Promise<ProviderKey | null> {
    const key = eventKey(event);
    const entry = (key ? await links.byEvent(key) : null) ?? (await links.byJoinLinkIn(event.location));
    return entry?.link.provider ?? null;
  }
  const serviceFor = async (event: CalendarEventRef, chosen?: ProviderKey) =>
    serviceOf((await linkedProvider(event)) ?? chosen ?? (await options.defaultProvider()));

  return {
    async providers(): Promise<{ defaultProvider: ProviderKey; connected: ProviderKey[] }> {
      const [defaultProvider, signedIn] = await Promise.all([
        options.defaultProvider(),
        // An account whose state cannot be read is not offered; its sign-in stays one click away.
        Promise.all(providers.map((p) => p.isSignedIn().catch(() => false))),
      ]);
      return { defaultProvider, connected: providers.filter((_, i) => signedIn[i]).map((p) => p.key) };
    },
    // `tabId`: the tab the request came from, its event checked against its address by the
    // background (lib/background/sender-event.ts); a new event's meeting is bound to it.
    async attach(page: PageEvent, provider: ProviderKey | undefined, tabId: number) {
      // Read first: a rule that cannot be read is refused with its sentence, nothing created.
      const event = eventFromPage(page);
      return (await serviceFor(event, provider)).attach(event, tabId);
    },
    linkFor: async (event: CalendarEventRef, tabId: number, adopt = false) =>
      (await serviceFor(event)).linkFor(event, tabId, adopt),
    async sync(page: PageEvent, tabId: number) {
      const event = eventFromPage(page);
      return (await serviceFor(event)).sync(event, tabId);
    },
    // An event linked to nothing goes to the default's service, which refuses it with its sentence.
    remove: async (event: CalendarEventRef, tabId: number) => (await serviceFor(event)).remove(event, tabId),
  };
}

export type MeetingDispatch = ReturnType<typeof createMeetingDispatch>;
