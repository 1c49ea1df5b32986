import type { MenuAction } from '../types';
import { meetingIdFromLink, ZOOM_JOIN_LINK_PATTERNS } from '../zoom-link';

/**
 * A Zoom join link -> its invitation on the clipboard. The service worker has no clipboard, so a
 * small extension window fetches the invitation, copies it and shows what it copied (with a Copy
 * button if the browser refused). Chosen over an offscreen document (Chrome only, one more
 * permission) and over writing from the page (needs `scripting`, and fails on pages that block it).
 */
export const copyInvitation: MenuAction = {
  id: 'copy-invitation',
  titleKey: 'menuCopyInvitation',
  contexts: ['link'],
  targetUrlPatterns: ZOOM_JOIN_LINK_PATTERNS,
  async run(click, platform) {
    const id = meetingIdFromLink(click.linkUrl);
    if (!id) return platform.notify(platform.t('menuNotAZoomLink'));
    await platform.openWindow(`invitation.html?meeting=${id}`);
  },
};
