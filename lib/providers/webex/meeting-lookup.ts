import { ApiError } from '../../http/errors';
import type { WebexMeeting } from './schemas';
import type { LinkLookup } from '../provider';

/** What the lookup needs of the background's Webex connection (a `WebexConnection` fits). */
export interface WebexLinkSource {
  auth: { isSignedIn(): Promise<boolean> };
  api: { meetings: { byWebLink(webLink: string): Promise<WebexMeeting | null> } };
}

/**
 * Finds the meeting series of a Webex join link with the signed-in account. Runs in the background,
 * where the tokens are; an error other than a lost session is left to the caller.
 */
export function createWebexLinkLookup(webex: WebexLinkSource) {
  return async (webLink: string): Promise<LinkLookup> => {
    if (!(await webex.auth.isSignedIn())) return { found: false, reason: 'signed-out' };
    let meeting: WebexMeeting | null;
    try {
      meeting = await webex.api.meetings.byWebLink(webLink);
    } catch (error) {
      if (error instanceof ApiError && (error.kind === 'signed-out' || error.kind === 'unauthorized')) {
        return { found: false, reason: 'signed-out' };
      }
      throw error;
    }
    if (!meeting) return { found: false, reason: 'not-found' };
    // The pages take a series id; an occurrence (`<series>_<date>`) names its series.
    const series =
      meeting.meetingType === 'meetingSeries' ? meeting.id : (meeting.meetingSeriesId ?? meeting.id);
    return { found: true, meetingId: series };
  };
}
