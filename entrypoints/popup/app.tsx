import { useState } from 'react';
import { browser } from 'wxt/browser';
import { AccountLine } from '@/components/account-line';
import { ConnectionStatusLine } from '@/components/connection-status';
import { SummariesView } from '@/components/summaries-view';
import { Tabs } from '@/components/tabs';
import { UpcomingView } from '@/components/upcoming-view';
import { useRequest } from '@/components/use-request';
import { t } from '@/lib/i18n';
import '@/lib/zod-config';
import type { UpcomingItem } from '@/lib/protocol/popup';

// Upcoming renders first and from the cache: nothing waits for the connection status, which is
// asked in parallel (a signed-out person also gets "sign in" advice from the list's refresh).
// `initialItems`: the rows the first screen (first-screen.ts) already shows, kept on show.
export function App({ initialItems = null }: { initialItems?: UpcomingItem[] | null }) {
  const [tab, setTab] = useState('upcoming');
  const status = useRequest('status.get', {});
  const webex = useRequest('webex.status', {});
  // Summaries (and live streams, offered per Zoom meeting) exist only at Zoom.
  const zoomConnected = status.state === 'ready' ? status.data.zoom.connected : null;
  return (
    <main className="popup">
      <header className="popup-head">
        <h1>{t('popupTitle')}</h1>
        <button type="button" className="quiet" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('actionOpenSettings')}
        </button>
      </header>
      <ConnectionStatusLine status={status} />
      {webex.state === 'ready' && webex.data.connected && (
        <AccountLine provider="webex" user={webex.data.user} testId="webex-connection-status" />
      )}
      <Tabs
        label={t('popupTitle')}
        tabs={[
          { id: 'upcoming', label: t('tabUpcoming') },
          { id: 'summaries', label: t('tabSummaries') },
        ]}
        selected={tab}
        onSelect={setTab}
      >
        {tab === 'upcoming' ? (
          <UpcomingView initialItems={initialItems} />
        ) : (
          <Summaries zoomConnected={zoomConnected} />
        )}
      </Tabs>
    </main>
  );
}

/** AI Companion summaries are Zoom's: without a Zoom account the tab says so instead of failing. */
function Summaries({ zoomConnected }: { zoomConnected: boolean | null }) {
  if (zoomConnected === false)
    return (
      <section aria-labelledby="summaries-heading">
        <h2 id="summaries-heading">{t('summariesHeading')}</h2>
        <p data-testid="summaries-need-zoom">{t('summariesNeedZoom')}</p>
        <button type="button" className="primary" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('actionOpenSettings')}
        </button>
      </section>
    );
  // Still asking, or the status could not be read: the view's own request says what is wrong.
  return <SummariesView />;
}
