import type { LivestreamEdit, LivestreamStartSettings, LivestreamView } from '../../protocol/popup';
import type { ValidatedItem } from '../../storage-item';
import type { ZoomClient } from './client';
import { inArea } from '../../popup/view-errors';

export type LivestreamLog = Record<string, { action: 'start' | 'stop'; at: number }>;

export interface LivestreamDeps {
  api: ZoomClient;
  /** What this browser last did per meeting: Zoom's API reports settings, not whether it streams. */
  log: ValidatedItem<LivestreamLog>;
  now: () => number;
}

/** A meeting's live stream: its settings, the meeting's status and the last start/stop from here. */
export function createLivestreamService({ api, log, now }: LivestreamDeps) {
  async function view(id: string): Promise<LivestreamView> {
    return inArea('livestream', async () => {
      const [config, meeting, entries] = await Promise.all([
        api.livestream.get(id),
        api.meetings.get(id),
        log.get(),
      ]);
      return {
        stream_url: config.stream_url ?? '',
        stream_key: config.stream_key ?? '',
        page_url: config.page_url ?? '',
        resolution: config.resolution ?? '',
        meetingStatus: meeting.status ?? 'waiting',
        lastAction: entries[id] ?? null,
      };
    });
  }

  return {
    view,

    async update(id: string, settings: LivestreamEdit): Promise<LivestreamView> {
      await inArea('livestream', () => api.livestream.update(id, settings));
      return view(id);
    },

    /**
     * `settings` only with `start`: docs/api/zoom-meetings-api-reference.txt reads them for start
     * (and `mode`), not for stop.
     */
    async setStatus(
      id: string,
      action: 'start' | 'stop',
      settings?: LivestreamStartSettings,
    ): Promise<LivestreamView> {
      const body =
        action === 'start' && settings
          ? {
              action,
              settings: {
                layout: settings.layout,
                active_speaker_name: settings.active_speaker_name,
                close_caption: settings.close_caption,
                // An empty name would replace the stream's name with nothing; leave Zoom's.
                ...(settings.display_name ? { display_name: settings.display_name } : {}),
              },
            }
          : { action };
      await inArea('livestream', () => api.livestream.updateStatus(id, body));
      await log.set({ ...(await log.get()), [id]: { action, at: now() } });
      return view(id);
    },
  };
}
