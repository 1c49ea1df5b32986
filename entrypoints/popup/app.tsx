import { useState } from 'react';
import { browser } from 'wxt/browser';
import { ConnectionStatusLine } from '@/components/connection-status';
import { SummariesView } from '@/components/summaries-view';
import { Tabs } from '@/components/tabs';
import { UpcomingView } from '@/components/upcoming-view';
import { useRequest } from '@/components/use-request';
import { t } from '@/lib/i18n';
import '@/components/forms.css';
import './popup.css';

// Upcoming renders first and from the cache: nothing waits for the connection status, which is
// asked in parallel (a signed-out person also gets "sign in" advice from the list's refresh).
export function App() {
  const [tab, setTab] = useState('upcoming');
  const status = useRequest('status.get', {});
  return (
    <main className="popup">
      <header className="popup-head">
        <h1>{t('popupTitle')}</h1>
        <button type="button" className="quiet" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('actionOpenSettings')}
        </button>
      </header>
      <ConnectionStatusLine status={status} />
      <Tabs
        label={t('popupTitle')}
        tabs={[
          { id: 'upcoming', label: t('tabUpcoming') },
          { id: 'summaries', label: t('tabSummaries') },
        ]}
        selected={tab}
        onSelect={setTab}
      >
        {tab === 'upcoming' ? <UpcomingView /> : <SummariesView />}
      </Tabs>
    </main>
  );
}
