import { browser } from 'wxt/browser';
import { MeetingSummary } from '@/components/meeting-summary';
import { Tabs } from '@/components/tabs';
import { t } from '@/lib/i18n';
import { itemActions, rowLayout } from '@/lib/popup/item-actions';
import type { UpcomingItem } from '@/lib/protocol/popup';

/**
 * What the popup shows before the rest of it has loaded: the same layout as the full popup, with
 * the cached "Upcoming" rows. Only what needs nothing else works here (Join, Settings); the
 * other buttons are there, disabled, so nothing moves when the full popup takes
 * over. `items`: the cached rows (lib/popup/first-screen-cache.ts), null when nothing is cached.
 */
export function FirstScreen({ items }: { items: UpcomingItem[] | null }) {
  return (
    <main className="popup">
      <header className="popup-head">
        <h1>{t('popupTitle')}</h1>
        <button type="button" className="quiet" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('actionOpenSettings')}
        </button>
      </header>
      <p role="status">{t('statusLoading')}</p>
      <Tabs
        label={t('popupTitle')}
        tabs={[
          { id: 'upcoming', label: t('tabUpcoming') },
          { id: 'summaries', label: t('tabSummaries') },
        ]}
        selected="upcoming"
        onSelect={() => undefined}
      >
        <section aria-labelledby="upcoming-heading" aria-busy>
          <div className="section-head">
            <h2 id="upcoming-heading">{t('upcomingHeading')}</h2>
            <button type="button" disabled>
              {t('statusRefreshing')}
            </button>
          </div>
          {items && items.length > 0 ? (
            <ul className="meetings" data-testid="upcoming-list">
              {items.map((item) => (
                <CachedRow key={`${item.provider}:${item.kind}:${item.id}`} item={item} />
              ))}
            </ul>
          ) : (
            <p role="status">{t('statusLoading')}</p>
          )}
        </section>
      </Tabs>
    </main>
  );
}

/** A row as MeetingItem draws it; the buttons that need the background wait for the full popup. */
function CachedRow({ item }: { item: UpcomingItem }) {
  const layout = rowLayout(itemActions(item));
  return (
    <li className="meeting" data-testid="meeting" data-meeting-id={item.id} data-provider={item.provider}>
      <MeetingSummary item={item} />
      <div className="actions">
        {layout.primary === 'start' ? (
          <button type="button" className="primary" disabled>
            {t('actionStart')}
          </button>
        ) : (
          <a className="button primary" href={item.joinUrl} target="_blank" rel="noopener noreferrer">
            {t('actionJoin')}
          </a>
        )}
        <button type="button" aria-haspopup="menu" aria-expanded={false} disabled>
          {t('actionMore')} <span aria-hidden="true">▾</span>
        </button>
      </div>
    </li>
  );
}
