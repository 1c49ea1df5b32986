import { browser } from 'wxt/browser';
import { ConnectionStatusLine } from '@/components/connection-status';
import { CopyButton } from '@/components/copy-button';
import { useRequest } from '@/components/use-request';
import { t } from '@/lib/i18n';
import './options.css';

export function App() {
  const status = useRequest('status.get', {});
  const redirectUrl = browser.identity.getRedirectURL();
  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="account-heading">
        <h2 id="account-heading">{t('optionsAccountHeading')}</h2>
        <ConnectionStatusLine status={status} />
        <p>
          {t('optionsRedirectUrl')}: <code data-testid="redirect-url">{redirectUrl}</code>{' '}
          <CopyButton text={redirectUrl} />
        </p>
      </section>
    </main>
  );
}
