import { eventFromPage } from './page-event';
import type { PageEvent } from '../calendar/types';
import type { Provider } from '../protocol/meetings';
import { type CalendarEventRef, eventKey, type LinkStore } from './link-store';
import type { MeetingService } from '../providers/zoom/meeting-service';
import type { WebexMeetingService } from '../providers/webex/meeting-service';

type Service = Pick<MeetingService, 'attach' | 'linkFor' | 'sync' | 'remove'>;

/** Both providers, in the order the calendar button lists the connected ones. */
const PROVIDERS: readonly Provider[] = ['zoom', 'webex'];

export interface MeetingDispatchOptions {
  zoom: Service;
  webex: Pick<WebexMeetingService, 'attach' | 'linkFor' | 'sync' | 'remove'>;
  links: Pick<LinkStore, 'byEvent' | 'byJoinLinkIn'>;
  /** The options page's choice: which provider a new attach uses when the button names none. */
  defaultProvider(): Promise<Provider>;
  /** Whether each account is signed in now: the button offers every connected one. */
  signedIn: Record<Provider, () => Promise<boolean>>;
}

/**
 * The `meeting.*` messages for either provider. A new meeting goes to the provider the person
 * clicked, else the default; an event already linked stays with the provider of its meeting,
 * whatever was clicked or is the default now (never a second meeting for one event). Events
 * arrive as the page shows them; their repeat rule is read here, before any provider sees them.
 */
export function createMeetingDispatch(options: MeetingDispatchOptions) {
  const { links } = options;
  const serviceOf = (provider: Provider) => (provider === 'webex' ? options.webex : options.zoom);

  /** The provider of the meeting an event is linked to: by its id, else by a stored join link. */
  async function linkedProvider(event: CalendarEventRef): Promise<Provider | null> {
    const key = eventKey(event);
    const entry = (key ? await links.byEvent(key) : null) ?? (await links.byJoinLinkIn(event.location));
    return entry?.link.provider ?? null;
  }
  const serviceFor = async (event: CalendarEventRef, chosen?: Provider) =>
    serviceOf((await linkedProvider(event)) ?? chosen ?? (await options.defaultProvider()));

  return {
    async providers(): Promise<{ defaultProvider: Provider; connected: Provider[] }> {
      const [defaultProvider, signedIn] = await Promise.all([
        options.defaultProvider(),
        // An account whose state cannot be read is not offered; its sign-in stays one click away.
        Promise.all(PROVIDERS.map((p) => options.signedIn[p]().catch(() => false))),
      ]);
      return { defaultProvider, connected: PROVIDERS.filter((_, i) => signedIn[i]) };
    },
    // `tabId`: the tab the request came from, its event checked against its address by the
    // background (lib/background/sender-event.ts); a new event's meeting is bound to it.
    async attach(page: PageEvent, provider: Provider | undefined, tabId: number) {
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
