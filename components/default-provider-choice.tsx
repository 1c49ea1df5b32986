import { useState } from 'react';
import { BRANDS } from '@/lib/brands/brands';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { WebexSettingsView } from '@/lib/protocol/webex';
import type { ProviderChoice } from '@/lib/storage';

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
      {BRANDS.map((brand) => (
        <label key={brand.key} className="choice">
          <input
            type="radio"
            name="defaultProvider"
            value={brand.key}
            checked={choice === brand.key}
            onChange={() => void choose(brand.key)}
          />
          {brand.name}
        </label>
      ))}
      {message && <p role={message.kind}>{message.text}</p>}
    </fieldset>
  );
}
