import type { MenuAction } from '../types';
import { meetingIdFromLink, ZOOM_JOIN_LINK_PATTERNS } from '../zoom-link';

/** A Zoom join link -> the registrants page of that meeting. */
export const manageRegistrants: MenuAction = {
  id: 'manage-registrants',
  titleKey: 'menuManageRegistrants',
  contexts: ['link'],
  targetUrlPatterns: ZOOM_JOIN_LINK_PATTERNS,
  requiresPage: 'registrants.html',
  async run(click, platform) {
    const id = meetingIdFromLink(click.linkUrl);
    if (!id) return platform.notify(platform.t('menuNotAZoomLink'));
    await platform.openPage(`registrants.html?meeting=${id}`);
  },
};
