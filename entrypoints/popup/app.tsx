import { browser } from 'wxt/browser';
import { ConnectionStatusLine } from '@/components/connection-status';
import { useRequest } from '@/components/use-request';
import { t } from '@/lib/i18n';
import './popup.css';

export function App() {
  const status = useRequest('status.get', {});
  return (
    <main className="popup">
      <h1>{t('popupTitle')}</h1>
      <ConnectionStatusLine status={status} />
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('actionOpenSettings')}
      </button>
    </main>
  );
}
