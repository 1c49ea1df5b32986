import { useState } from 'react';
import { browser } from 'wxt/browser';
import { originPatterns } from '@/lib/auth/endpoints';
import { t } from '@/lib/i18n';
import { sendMessage, type ZoomSettingsView } from '@/lib/messaging';
import { ZOOM_PRESETS, type ZoomEndpoints } from '@/lib/storage';
import { CopyButton } from './copy-button';

const PRESETS = ['zoom', 'zoomgov', 'custom'] as const;
const PRESET_LABELS = { zoom: 'presetZoom', zoomgov: 'presetZoomGov', custom: 'presetCustom' } as const;

function isUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Which Zoom (zoom.us, ZoomGov, a custom server such as the sandbox) and which OAuth app. */
export function ZoomServerForm({
  view,
  onSaved,
}: {
  view: ZoomSettingsView;
  onSaved: (v: ZoomSettingsView) => void;
}) {
  const [draft, setDraft] = useState<ZoomEndpoints>(view.endpoints);
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string }>();
  const { locked } = view;
  const invalid = !isUrl(draft.oauthBase) || !isUrl(draft.apiBase);

  function choosePreset(preset: ZoomEndpoints['preset']) {
    setDraft((d) => (preset === 'custom' ? { ...d, preset } : { ...d, preset, ...ZOOM_PRESETS[preset] }));
  }

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (invalid) return setMessage({ kind: 'alert', text: t('settingsInvalidUrl') });
    if (draft.preset === 'custom') {
      // A custom server is not in the manifest's hosts: ask for it now, while the click counts as a gesture.
      const granted = await browser.permissions
        .request({ origins: originPatterns(draft) })
        .catch(() => false);
      if (!granted) setMessage({ kind: 'alert', text: t('settingsHostPermissionDenied') });
    }
    const reply = await sendMessage('settings.saveZoom', draft);
    if (!reply.ok) return setMessage({ kind: 'alert', text: reply.error.message });
    setDraft(reply.data.endpoints);
    onSaved(reply.data);
    setMessage((m) => (m?.kind === 'alert' ? m : { kind: 'status', text: t('settingsSaved') }));
  }

  return (
    <form onSubmit={(e) => void save(e)} aria-labelledby="server-heading">
      <fieldset disabled={locked.preset}>
        <legend>{t('settingsServer')}</legend>
        {PRESETS.map((preset) => (
          <label key={preset} className="choice">
            <input
              type="radio"
              name="preset"
              value={preset}
              checked={draft.preset === preset}
              onChange={() => choosePreset(preset)}
            />
            {t(PRESET_LABELS[preset])}
          </label>
        ))}
      </fieldset>
      <label>
        {t('settingsOauthBase')}
        <input
          type="url"
          required
          value={draft.oauthBase}
          readOnly={locked.oauthBase || draft.preset !== 'custom'}
          onChange={(e) => setDraft({ ...draft, oauthBase: e.target.value })}
        />
      </label>
      <label>
        {t('settingsApiBase')}
        <input
          type="url"
          required
          value={draft.apiBase}
          readOnly={locked.apiBase || draft.preset !== 'custom'}
          onChange={(e) => setDraft({ ...draft, apiBase: e.target.value })}
        />
      </label>
      <label>
        {t('settingsClientId')}
        <input
          type="text"
          value={draft.clientId}
          readOnly={locked.clientId}
          onChange={(e) => setDraft({ ...draft, clientId: e.target.value })}
        />
      </label>
      {(locked.preset || locked.clientId) && <p className="hint">{t('settingsLockedByPolicy')}</p>}
      <p>
        {t('optionsRedirectUrl')}: <code data-testid="redirect-url">{view.redirectUrl}</code>{' '}
        <CopyButton text={view.redirectUrl} />
      </p>
      <button type="submit" className="primary">
        {t('actionSave')}
      </button>
      {message && (
        <p role={message.kind} data-testid="settings-message">
          {message.text}
        </p>
      )}
    </form>
  );
}
