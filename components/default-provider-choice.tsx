import { useState } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { WebexSettingsView } from '@/lib/protocol/webex';
import type { ProviderChoice } from '@/lib/storage';

const PROVIDERS = [
  { value: 'zoom', label: 'providerZoom' },
  { value: 'webex', label: 'providerWebex' },
] as const;

/** Which service a calendar attach uses; saved as soon as it is picked (with the Webex settings). */
export function DefaultProviderChoice({ view }: { view: WebexSettingsView }) {
  const [choice, setChoice] = useState<ProviderChoice>(view.defaultProvider);
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string }>();

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
