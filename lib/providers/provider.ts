import type { ProviderBrand } from '../brands/brand';
import type { ProviderKey } from '../brands/brands';
import type { EventMeetings, EventMeetingsDeps } from '../meetings/event-meetings';
import type { Handlers } from '../messaging';
import type { PopupAccount } from '../popup/accounts';
import type { RegistrationAccount } from '../registration/registration-account';

/**
 * A meeting provider as the extension plugs it in: everything of one provider lives in its folder
 * (lib/providers/<key>/) behind this interface, and registry.ts lists them. The calendar button,
 * the registration engine and the popup reach a provider only through it, so none of them has a
 * branch per provider.
 */
export interface MeetingProvider {
  readonly brand: ProviderBrand & { readonly key: ProviderKey };
  /** Made once per worker start; nothing is read or sent until a message asks. */
  connect(context: ProviderContext): ProviderAccount;
}

/** What the background hands every provider: the browser's sign-in window. */
export interface ProviderContext {
  /** `browser.identity.getRedirectURL()`: also what the options page shows to register. */
  redirectUrl: string;
  /** Wraps `browser.identity.launchWebAuthFlow({ url, interactive: true })`. */
  launchWebAuthFlow(url: string): Promise<string>;
}

/** One provider's account in the running background. Its parts load when first asked for. */
export interface ProviderAccount {
  readonly key: ProviderKey;
  /** Whether someone is signed in: the calendar button offers every connected provider. */
  isSignedIn(): Promise<boolean>;
  /**
   * The calendar button's "Sign in to …". A grant already held is revoked first: a page must not
   * collect grants, each a live token. Answers whether the account is connected afterwards.
   */
  signInFromPage(): Promise<boolean>;
  /** Its own messages: its account status, sign-in, server settings, and what only it offers. */
  readonly handlers: Partial<Handlers>;
  /** The calendar button's meetings of this provider. */
  eventMeetings(deps: EventMeetingsDeps): Promise<EventMeetings>;
  /** Registration: the engine's provider, upcoming targets, the registrant table. */
  registration(): Promise<RegistrationAccount>;
  /** The popup's list, invitations and registrant counts. */
  popup(): Promise<PopupAccount>;
  /**
   * The meeting a link on this provider's join-link patterns points at (the context menus ask it,
   * in the background, where the tokens are): read from the link when its id is in it, else looked
   * up with the signed-in account.
   */
  findMeetingOfLink(link: string): Promise<LinkLookup>;
}

/**
 * What a provider says of a clicked link: its meeting (the id its pages take), or why there is none
 * (no session to look it up with, no meeting of the account has it, or not a join link at all).
 */
export type LinkLookup =
  | { found: true; meetingId: string }
  | { found: false; reason: 'signed-out' | 'not-found' | 'not-a-meeting-link' };
