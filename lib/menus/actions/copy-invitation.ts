import { linkedMeeting, MEETING_LINK_PATTERNS, meetingQuery } from '../linked-meeting';
import type { MenuAction } from '../types';

/**
 * A provider's join link -> its meeting's invitation on the clipboard. The service worker has no
 * clipboard, so a small extension window fetches the invitation, copies it and shows what it copied
 * (with a Copy button if the browser refused). Chosen over an offscreen document (Chrome only, one
 * more permission) and over writing from the page (needs `scripting`, and fails on pages that
 * block it).
 */
export const copyInvitation: MenuAction = {
  id: 'copy-invitation',
  titleKey: 'menuCopyInvitation',
  contexts: ['link'],
  targetUrlPatterns: MEETING_LINK_PATTERNS,
  async run(click, platform) {
    const meeting = await linkedMeeting(click.linkUrl, platform);
    if (meeting) await platform.openWindow(`invitation.html?${meetingQuery(meeting)}`);
  },
};
