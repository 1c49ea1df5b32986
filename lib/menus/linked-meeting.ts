import type { MenuPlatform } from './types';
import { webexJoinLink, WEBEX_JOIN_LINK_PATTERNS } from '../providers/webex/join-link';
import { meetingIdFromLink, ZOOM_JOIN_LINK_PATTERNS } from '../providers/zoom/join-link';

/** Where the link actions appear: Zoom and Webex join links. */
export const MEETING_LINK_PATTERNS = [...ZOOM_JOIN_LINK_PATTERNS, ...WEBEX_JOIN_LINK_PATTERNS];

export interface LinkedMeeting {
  provider: 'zoom' | 'webex';
  id: string;
}

/** What a link says before anyone is asked: a Zoom meeting id, a Webex link to look up, or neither. */
export type RecognizedLink = { provider: 'zoom'; id: string } | { provider: 'webex'; webLink: string } | null;

export function recognizeMeetingLink(link: string | undefined): RecognizedLink {
  const zoomId = meetingIdFromLink(link);
  if (zoomId) return { provider: 'zoom', id: zoomId };
  const webLink = webexJoinLink(link);
  return webLink ? { provider: 'webex', webLink } : null;
}

const WEBEX_MISSES = { 'signed-out': 'menuWebexSignedOut', 'not-found': 'menuWebexMeetingNotFound' };

/**
 * The meeting a clicked link points at. When there is none (not a meeting link, signed out of
 * Webex, no meeting of the account has that link) the person is told why and the answer is null.
 */
export async function linkedMeeting(
  link: string | undefined,
  platform: MenuPlatform,
): Promise<LinkedMeeting | null> {
  const recognized = recognizeMeetingLink(link);
  if (!recognized) {
    await platform.notify(platform.t('menuNotAMeetingLink'));
    return null;
  }
  if (recognized.provider === 'zoom') return recognized;
  const lookup = await platform.findWebexMeeting(recognized.webLink);
  if (lookup.found) return { provider: 'webex', id: lookup.meetingId };
  await platform.notify(platform.t(WEBEX_MISSES[lookup.reason]));
  return null;
}

/** The query the invitation and registrants pages read: Zoom is the default provider there. */
export function meetingQuery(meeting: LinkedMeeting): string {
  const id = encodeURIComponent(meeting.id);
  return meeting.provider === 'zoom' ? `meeting=${id}` : `provider=webex&meeting=${id}`;
}
