import type { RegistrantCounts } from '../../protocol/popup';
import type { WebexClient } from './client';
import type { WebexRegistrantStatus } from './schemas';
import { inArea } from '../../popup/view-errors';

/**
 * How many people are registered to a Webex meeting series and how many await approval: registration is on when the series has registration
 * settings; Webex gives no totals, so every registrant is listed (all pages) and counted.
 */
export async function webexRegistrantCounts(
  api: Pick<WebexClient, 'meetings' | 'registrants'>,
  id: string,
): Promise<RegistrantCounts> {
  return inArea('meeting', async () => {
    const meeting = await api.meetings.get(id);
    if (!meeting.registration) return { enabled: false };
    const everyone = await api.registrants.listAll(id);
    const count = (status: WebexRegistrantStatus) => everyone.filter((r) => r.status === status).length;
    return { enabled: true, approved: count('approved'), pending: count('pending') };
  });
}
