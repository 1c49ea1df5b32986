import { describe, expect, it } from 'vitest';
import { json } from '@/test/support/fake-fetch';
import { fakeZoomApi } from '@/test/support/fake-provider-api';

// The examples of docs/api/zoom-meetings-api-reference.txt, trimmed.
const listed = {
  meeting_host_id: '30R7kT7bTIKSNUFEuH_Qlg',
  meeting_uuid: 'aDYlohsHRtCd4ii1uC2+hA==',
  meeting_id: 97763643886,
  meeting_topic: 'My Meeting',
  summary_start_time: '2019-07-15T23:24:52Z',
};
const single = {
  ...listed,
  summary_title: 'Meeting summary for my meeting',
  summary_content: '## Key takeaways\n- Mobile app performance issues',
  summary_overview: 'Overview',
  summary_details: [{ label: 'Mobile', summary: 'Details' }],
  next_steps: ['Ship it'],
};

describe('meeting summaries', () => {
  it('lists with from, to and paging', async () => {
    const h = fakeZoomApi(() => json({ page_size: 30, next_page_token: 'n', summaries: [listed] }));
    const page = await h.zoom.summaries.list({
      from: '2026-01-01T00:00:00Z',
      to: '2026-02-01T00:00:00Z',
      pageSize: 30,
    });
    expect(h.sent()).toMatchObject({
      method: 'GET',
      path: 'meetings/meeting_summaries',
      query: { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z', page_size: '30' },
    });
    expect(page.summaries[0]?.meeting_topic).toBe('My Meeting');
  });

  it('gets one summary by UUID', async () => {
    const h = fakeZoomApi(() => json(single));
    await expect(h.zoom.summaries.get('aDYlohsHRtCd4ii1uC2+hA==')).resolves.toMatchObject({
      summary_title: 'Meeting summary for my meeting',
      next_steps: ['Ship it'],
    });
    expect(h.calls[0]!.url.pathname).toBe('/v2/meetings/aDYlohsHRtCd4ii1uC2%2BhA%3D%3D/meeting_summary');
  });

  it('refuses a summary without its meeting UUID', async () => {
    const h = fakeZoomApi(() => json({ summary_title: 'x' }));
    await expect(h.zoom.summaries.get(1)).rejects.toMatchObject({ kind: 'unexpected-response' });
  });
});
