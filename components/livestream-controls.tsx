import { useState } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { LivestreamStartSettings, LivestreamView } from '@/lib/protocol/popup';
import { ErrorNotice, type ViewErrorInfo } from './error-notice';

const LAYOUTS = {
  follow_host: 'layoutFollowHost',
  gallery_view: 'layoutGallery',
  speaker_view: 'layoutSpeaker',
};
const CAPTIONS = { 'burnt-in': 'captionsBurntIn', embedded: 'captionsEmbedded', off: 'captionsOff' };

/**
 * Start (with the settings the Zoom reference lists for `start`) or stop: only the one that applies.
 * Zoom starts a stream only in a running meeting, and its API does not say whether a stream is on,
 * so "on" is what this browser last did while the meeting runs.
 */
export function LivestreamControls({
  id,
  view,
  onChanged,
}: {
  id: string;
  view: LivestreamView;
  onChanged: (view: LivestreamView) => void;
}) {
  // Zoom's defaults (docs/api/zoom-meetings-api-reference.txt): follow the host, burnt-in captions.
  const [settings, setSettings] = useState<LivestreamStartSettings>({
    layout: 'follow_host',
    display_name: '',
    active_speaker_name: true,
    close_caption: 'burnt-in',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ViewErrorInfo | null>(null);
  const running = view.meetingStatus === 'started';
  const streaming = running && view.lastAction?.action === 'start';

  async function send(action: 'start' | 'stop') {
    setBusy(true);
    setError(null);
    const reply = await sendMessage('livestream.setStatus', {
      id,
      action,
      ...(action === 'start' ? { settings } : {}),
    });
    setBusy(false);
    if (reply.ok) onChanged(reply.data);
    else setError(reply.error);
  }

  if (streaming)
    return (
      <fieldset className="livestream-controls" disabled={busy}>
        <legend>{t('livestreamControlsLive')}</legend>
        {error && <ErrorNotice error={error} />}
        <div className="actions">
          <button type="button" onClick={() => void send('stop')}>
            {t('actionStopLivestream')}
          </button>
        </div>
      </fieldset>
    );
  return (
    <fieldset className="livestream-controls" disabled={busy}>
      <legend>{t('livestreamControlsStart')}</legend>
      <label>
        {t('livestreamLayout')}
        <select
          value={settings.layout}
          onChange={(e) =>
            setSettings({ ...settings, layout: e.target.value as LivestreamStartSettings['layout'] })
          }
        >
          {Object.entries(LAYOUTS).map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('livestreamDisplayName')}
        <input
          type="text"
          maxLength={50}
          value={settings.display_name}
          onChange={(e) => setSettings({ ...settings, display_name: e.target.value })}
        />
      </label>
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.active_speaker_name}
          onChange={(e) => setSettings({ ...settings, active_speaker_name: e.target.checked })}
        />
        {t('livestreamActiveSpeakerName')}
      </label>
      <label>
        {t('livestreamCaptions')}
        <select
          value={settings.close_caption}
          onChange={(e) =>
            setSettings({
              ...settings,
              close_caption: e.target.value as LivestreamStartSettings['close_caption'],
            })
          }
        >
          {Object.entries(CAPTIONS).map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      </label>
      {!running && <p className="hint">{t('livestreamNeedsRunningMeeting')}</p>}
      {error && <ErrorNotice error={error} />}
      <div className="actions">
        <button type="button" className="primary" disabled={!running} onClick={() => void send('start')}>
          {t('actionStartLivestream')}
        </button>
      </div>
    </fieldset>
  );
}
