import { useState } from 'react';
import { browser } from 'wxt/browser';
import { originPatterns } from '@/lib/auth/endpoints';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { WebexSettingsView } from '@/lib/protocol/webex';
import { WEBEX_API_BASE, type ProviderChoice, type WebexEndpoints } from '@/lib/storage';
import { CopyButton } from './copy-button';

function isUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const builtIn = (endpoints: WebexEndpoints) =>
  [endpoints.oauthBase, endpoints.apiBase].every(
    (base) => new URL(base).origin === new URL(WEBEX_API_BASE).origin,
  );

type Message = { kind: 'status' | 'alert'; text: string };

/** Which Webex server (webexapis.com or another, such as the sandbox) and which integration. */
export function WebexServerForm({
  view,
  onSaved,
}: {
  view: WebexSettingsView;
  onSaved: (v: WebexSettingsView) => void;
}) {
  const [draft, setDraft] = useState<WebexEndpoints>(view.endpoints);
  const [message, setMessage] = useState<Message>();
  const invalid = !isUrl(draft.oauthBase) || !isUrl(draft.apiBase);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (invalid) return setMessage({ kind: 'alert', text: t('settingsInvalidUrl') });
    if (!builtIn(draft)) {
      // Another server is not in the manifest's hosts: ask for it now, while the click is a gesture.
      const granted = await browser.permissions
        .request({ origins: originPatterns(draft) })
        .catch(() => false);
      if (!granted) setMessage({ kind: 'alert', text: t('settingsHostPermissionDenied') });
    }
    const reply = await sendMessage('settings.saveWebex', { endpoints: draft });
    if (!reply.ok) return setMessage({ kind: 'alert', text: reply.error.message });
    setDraft(reply.data.endpoints);
    onSaved(reply.data);
    setMessage((m) => (m?.kind === 'alert' ? m : { kind: 'status', text: t('settingsSaved') }));
  }

  return (
    <form onSubmit={(e) => void save(e)} aria-labelledby="webex-server-heading">
      <label>
        {t('settingsOauthBase')}
        <input
          type="url"
          required
          name="webexOauthBase"
          value={draft.oauthBase}
          onChange={(e) => setDraft({ ...draft, oauthBase: e.target.value })}
        />
      </label>
      <label>
        {t('settingsApiBase')}
        <input
          type="url"
          required
          name="webexApiBase"
          value={draft.apiBase}
          onChange={(e) => setDraft({ ...draft, apiBase: e.target.value })}
        />
      </label>
      <label>
        {t('webexSettingsClientId')}
        <input
          type="text"
          name="webexClientId"
          value={draft.clientId}
          onChange={(e) => setDraft({ ...draft, clientId: e.target.value })}
        />
      </label>
      <p>
        {t('webexRedirectUrl')}: <code data-testid="webex-redirect-url">{view.redirectUrl}</code>{' '}
        <CopyButton text={view.redirectUrl} />
      </p>
      <button type="submit" className="primary">
        {t('actionSave')}
      </button>
      {message && (
        <p role={message.kind} data-testid="webex-settings-message">
          {message.text}
        </p>
      )}
    </form>
  );
}

const PROVIDERS = [
  { value: 'zoom', label: 'providerZoom' },
  { value: 'webex', label: 'providerWebex' },
] as const;

/** Which service a calendar attach uses; saved as soon as it is picked. */
export function DefaultProviderChoice({ view }: { view: WebexSettingsView }) {
  const [choice, setChoice] = useState<ProviderChoice>(view.defaultProvider);
  const [message, setMessage] = useState<Message>();

  async function choose(next: ProviderChoice) {
    const previous = choice;
    setChoice(next);
    const reply = await sendMessage('settings.saveWebex', { defaultProvider: next });
    if (!reply.ok) {
      setChoice(previous);
      return setMessage({ kind: 'alert', text: reply.error.message });
    }
    setChoice(reply.data.defaultProvider);
    setMessage({ kind: 'status', text: t('defaultProviderSaved') });
  }

  return (
    <fieldset>
      <legend>{t('defaultProviderLegend')}</legend>
      {PROVIDERS.map((p) => (
        <label key={p.value} className="choice">
          <input
            type="radio"
            name="defaultProvider"
            value={p.value}
            checked={choice === p.value}
            onChange={() => void choose(p.value)}
          />
          {t(p.label)}
        </label>
      ))}
      {message && <p role={message.kind}>{message.text}</p>}
    </fieldset>
  );
}
