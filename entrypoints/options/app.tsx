import { useState } from 'react';
import { MeetingDefaultsSection } from '@/components/meeting-defaults-form';
import { useRequest } from '@/components/use-request';
import { WebexAccount } from '@/components/webex-account';
import { DefaultProviderChoice, WebexServerForm } from '@/components/webex-server-form';
import { ZoomAccount } from '@/components/zoom-account';
import { ZoomServerForm } from '@/components/zoom-server-form';
import { t } from '@/lib/i18n';
import type { ZoomSettingsView } from '@/lib/messaging';
import './options.css';

export function App() {
  const [accountRevision, setAccountRevision] = useState(0);
  const [webexRevision, setWebexRevision] = useState(0);
  const settings = useRequest('settings.getZoom', {});
  const webexSettings = useRequest('settings.getWebex', {});
  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="account-heading">
        <h2 id="account-heading">{t('optionsAccountHeading')}</h2>
        <ZoomAccount key={accountRevision} />
      </section>
      <section aria-labelledby="server-heading">
        <h2 id="server-heading">{t('settingsServerHeading')}</h2>
        {settings.state === 'loading' && <p role="status">{t('statusLoading')}</p>}
        {settings.state === 'error' && <p role="alert">{settings.message}</p>}
        {settings.state === 'ready' && (
          // Saving other servers ends the session (tokens only go where they came from): re-read the account.
          <ZoomServerForm
            view={settings.data}
            onSaved={(_: ZoomSettingsView) => setAccountRevision((r) => r + 1)}
          />
        )}
      </section>
      <section aria-labelledby="webex-account-heading">
        <h2 id="webex-account-heading">{t('webexAccountHeading')}</h2>
        <WebexAccount key={webexRevision} />
      </section>
      <section aria-labelledby="webex-server-heading">
        <h2 id="webex-server-heading">{t('webexServerHeading')}</h2>
        {webexSettings.state === 'loading' && <p role="status">{t('statusLoading')}</p>}
        {webexSettings.state === 'error' && <p role="alert">{webexSettings.message}</p>}
        {webexSettings.state === 'ready' && (
          <WebexServerForm view={webexSettings.data} onSaved={() => setWebexRevision((r) => r + 1)} />
        )}
      </section>
      <section aria-labelledby="provider-heading">
        <h2 id="provider-heading">{t('defaultProviderHeading')}</h2>
        {webexSettings.state === 'ready' && <DefaultProviderChoice view={webexSettings.data} />}
      </section>
      <section aria-labelledby="defaults-heading">
        <h2 id="defaults-heading">{t('defaultsHeading')}</h2>
        <MeetingDefaultsSection />
      </section>
    </main>
  );
}
