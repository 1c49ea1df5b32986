import { linkedMeeting, MEETING_LINK_PATTERNS, meetingQuery } from '../linked-meeting';
import type { MenuAction } from '../types';

/** A provider's join link -> the registrants page of its meeting. */
export const manageRegistrants: MenuAction = {
  id: 'manage-registrants',
  titleKey: 'menuManageRegistrants',
  contexts: ['link'],
  targetUrlPatterns: MEETING_LINK_PATTERNS,
  requiresPage: 'registrants.html',
  async run(click, platform) {
    const meeting = await linkedMeeting(click.linkUrl, platform);
    if (meeting) await platform.openPage(`registrants.html?${meetingQuery(meeting)}`);
  },
};
