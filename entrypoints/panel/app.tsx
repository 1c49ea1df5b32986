import { useState } from 'react';
import { GuestPanel } from '@/components/registration/guest-panel';
import { readPanelParams } from '@/components/registration/panel-params';
import { t } from '@/lib/i18n';

/** `panel.html#[provider=webex&]meeting=<id>&guests=<JSON>`: shown in an iframe inside the calendar page. */
export function App() {
  const [params] = useState(() => readPanelParams(location.hash));
  return (
    <main className="panel">
      <h1>{t('panelTitle')}</h1>
      {params ? <GuestPanel {...params} /> : <p role="alert">{t('panelBadParams')}</p>}
    </main>
  );
}
