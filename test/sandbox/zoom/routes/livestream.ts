import { findSession, zoomError } from '../api';
import type { ZoomContext } from '../context';
import { LivestreamInput, LivestreamStatusInput } from '../schemas';
import { parseInput } from '../validate';

/** A meeting's live stream: settings and start/stop. Labels from docs/api/zoom-meetings-api-reference.txt (all LIGHT). */
export function mountLivestream({ api, state }: ZoomContext): void {
  const meeting = (id: string | undefined) => findSession(state().meetings, id, 'Meeting');

  api('GET', '/meetings/:meetingId/livestream', 'LIGHT', ({ params }) => {
    const { stream_url, stream_key, page_url, resolution } = meeting(params.meetingId).livestream;
    return {
      status: 200,
      body: { stream_url, stream_key, page_url, resolution },
    };
  });

  api('PATCH', '/meetings/:meetingId/livestream', 'LIGHT', async ({ params, json }) => {
    const target = meeting(params.meetingId);
    const input = parseInput(LivestreamInput, await json());
    target.livestream = {
      ...target.livestream,
      ...input,
      resolution: input.resolution ?? target.livestream.resolution,
    };
    return { status: 204 };
  });

  api('PATCH', '/meetings/:meetingId/livestream/status', 'LIGHT', async ({ params, json }) => {
    const target = meeting(params.meetingId);
    const input = parseInput(LivestreamStatusInput, await json());
    // A stream can only be started (or stopped) while the meeting is running
    // (docs/api/zoom-meetings-api-reference.txt).
    if (target.status !== 'started') throw zoomError(400, 4927, `Meeting ${target.id} has not started.`);
    target.livestream = {
      ...target.livestream,
      status: input.action === 'start' ? 'started' : 'stopped',
      display_name: input.settings?.display_name ?? target.livestream.display_name,
      active_speaker_name: input.settings?.active_speaker_name ?? target.livestream.active_speaker_name,
      layout: input.settings?.layout ?? target.livestream.layout,
      close_caption: input.settings?.close_caption ?? target.livestream.close_caption,
    };
    return { status: 204 };
  });
}
