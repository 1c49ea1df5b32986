import type { ProtocolEntry } from './entry';

/**
 * The protocol's sections, each loaded on its own. lib/messaging.ts joins them for the pages; the
 * background's router asks here, so a worker woken by one message builds the schemas of that
 * message's section only (building every section's schemas was most of a cold start).
 */
const SECTIONS = {
  account: async () => (await import('./account')).accountMessages,
  meetings: async () => (await import('./meetings')).meetingMessages,
  panel: async () => (await import('./panel')).panelMessages,
  calendarCheck: async () => (await import('./calendar-check')).calendarCheckMessages,
  settings: async () => (await import('./settings')).settingsMessages,
  popup: async () => (await import('./popup')).popupMessages,
  registration: async () => (await import('./registration')).registrationMessages,
  webex: async () => (await import('./webex')).webexMessages,
} satisfies Record<string, () => Promise<Record<string, ProtocolEntry>>>;

export type SectionName = keyof typeof SECTIONS;
type MessagesOf<S extends SectionName> = Awaited<ReturnType<(typeof SECTIONS)[S]>>;
type AnyMessage = { [S in SectionName]: keyof MessagesOf<S> }[SectionName];
/** The section that declares message `N`. */
type SectionOf<N> = { [S in SectionName]: N extends keyof MessagesOf<S> ? S : never }[SectionName];

/**
 * Which section declares each message, without loading any. The type checks the whole table: every
 * message is listed, under the section that declares it, and nothing else is.
 */
export const SECTION_OF = {
  'status.get': 'account',
  'auth.signIn': 'account',
  'auth.signOut': 'account',
  'settings.getZoom': 'account',
  'settings.saveZoom': 'account',
  'meeting.providers': 'meetings',
  'meeting.attach': 'meetings',
  'meeting.linkFor': 'meetings',
  'meeting.linkedTo': 'meetings',
  'meeting.sync': 'meetings',
  'meeting.remove': 'meetings',
  'panel.ticket': 'meetings',
  'auth.signInFromPage': 'meetings',
  'panel.redeem': 'panel',
  'calendar.checkPages': 'calendarCheck',
  'settings.getMeetingDefaults': 'settings',
  'settings.saveMeetingDefaults': 'settings',
  'upcoming.list': 'popup',
  'meeting.start': 'popup',
  'meeting.invitation': 'popup',
  'registrants.counts': 'popup',
  'livestream.get': 'popup',
  'livestream.update': 'popup',
  'livestream.setStatus': 'popup',
  'summaries.list': 'popup',
  'summaries.get': 'popup',
  'meeting.schedule': 'popup',
  'registration.targets': 'registration',
  'registration.prepare': 'registration',
  'registration.start': 'registration',
  'registration.jobs': 'registration',
  'registration.pause': 'registration',
  'registration.resume': 'registration',
  'registration.cancel': 'registration',
  'registration.retryFailed': 'registration',
  'registration.results': 'registration',
  'registrants.list': 'registration',
  'registrants.updateStatus': 'registration',
  'webex.status': 'webex',
  'webex.signIn': 'webex',
  'webex.signOut': 'webex',
  'settings.getWebex': 'webex',
  'settings.saveWebex': 'webex',
} as const satisfies { [N in AnyMessage]: SectionOf<N> };

type SectionMessage = keyof typeof SECTION_OF;

/** The messages one section declares, named without loading it. */
export function messagesOf<S extends SectionName>(
  section: S,
): Extract<SectionMessage, keyof MessagesOf<S>>[] {
  return (Object.keys(SECTION_OF) as SectionMessage[]).filter(
    (name): name is Extract<SectionMessage, keyof MessagesOf<S>> => SECTION_OF[name] === section,
  );
}

/** The entry of message `name`, its section loaded on first need; undefined for a name not in the protocol. */
export async function protocolEntry(name: string): Promise<ProtocolEntry | undefined> {
  if (!Object.hasOwn(SECTION_OF, name)) return undefined;
  const messages: Record<string, ProtocolEntry> = await SECTIONS[SECTION_OF[name as SectionMessage]]();
  return messages[name];
}
