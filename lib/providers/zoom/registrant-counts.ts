import { ApiError } from '../../http/errors';
import type { EventKind, RegistrantCounts } from '../../protocol/popup';
import type { RegistrantStatus } from './schemas';
import type { ZoomClient } from './client';
import { inArea } from '../../popup/view-errors';

/**
 * How many people are registered and how many await approval. One event read (is registration on:
 * approval_type 2 means no) and one single-row page per status: Zoom's `total_records` counts them.
 */
export async function registrantCounts(
  api: ZoomClient,
  kind: EventKind,
  id: string,
): Promise<RegistrantCounts> {
  return inArea('meeting', async () => {
    const event = kind === 'meeting' ? await api.meetings.get(id) : await api.webinars.get(id);
    const approval = event.settings?.approval_type;
    if (approval === undefined || approval === 2) return { enabled: false };
    const registrants = kind === 'meeting' ? api.registrants : api.webinars.registrants;
    const count = async (status: RegistrantStatus) => {
      const page = await registrants.list(id, { status, pageSize: 1 });
      return page.total_records ?? page.registrants.length;
    };
    const [approved, pending] = await Promise.all([count('approved'), count('pending')]);
    return { enabled: true, approved, pending };
  });
}

/** The host's start link, read when the person clicks "Start"; the background opens it in a tab. */
export async function startUrl(api: ZoomClient, kind: EventKind, id: string): Promise<string> {
  return inArea('meeting', async () => {
    const event = kind === 'meeting' ? await api.meetings.get(id) : await api.webinars.get(id);
    if (!event.start_url)
      throw new ApiError({
        kind: 'unexpected-response',
        message: 'Zoom gave no start link for this meeting.',
      });
    return event.start_url;
  });
}
