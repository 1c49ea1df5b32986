import { BRANDS, brandOf, type ProviderKey } from '../brands/brands';
import { everyProvider } from '../brands/names';
import { httpsLink } from '../providers/https-link';
import { matchesPattern } from './match-pattern';
import type { MenuPlatform } from './types';

/** Where the link actions appear: every provider's join links, as its brand declares them. */
export const MEETING_LINK_PATTERNS: string[] = BRANDS.flatMap((brand) => [...brand.joinLinks]);

export interface LinkedMeeting {
  provider: ProviderKey;
  id: string;
}

/** The provider whose join-link patterns a link matches (the first, in the brands' order), or null. */
export function providerOfLink(link: string | undefined): ProviderKey | null {
  const url = httpsLink(link);
  if (!url) return null;
  const brand = BRANDS.find((b) => b.joinLinks.some((pattern) => matchesPattern(url, pattern)));
  return brand?.key ?? null;
}

/** The sentence for each reason the link's provider found no meeting, naming that provider. */
const MISSES = {
  'signed-out': 'menuSignedOut',
  'not-found': 'menuMeetingNotFound',
  'not-a-meeting-link': 'menuNotProviderMeetingLink',
} as const;

/**
 * The meeting a clicked link points at, as the provider of the link says. When there is none (not
 * a meeting link, signed out, no meeting of the account has that link) the person is told why and
 * the answer is null.
 */
export async function linkedMeeting(
  link: string | undefined,
  platform: MenuPlatform,
): Promise<LinkedMeeting | null> {
  const provider = providerOfLink(link);
  if (!provider || !link) {
    await platform.notify(platform.t('menuNotAMeetingLink', [everyProvider('disjunction')]));
    return null;
  }
  const lookup = await platform.findMeetingOfLink(provider, link);
  if (lookup.found) return { provider, id: lookup.meetingId };
  await platform.notify(platform.t(MISSES[lookup.reason], [brandOf(provider).name]));
  return null;
}

/** The query the invitation and registrants pages read (lib/protocol's provider and meeting id). */
export function meetingQuery(meeting: LinkedMeeting): string {
  return `provider=${encodeURIComponent(meeting.provider)}&meeting=${encodeURIComponent(meeting.id)}`;
}
