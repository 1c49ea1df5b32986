import { t } from '@/lib/i18n';
import { ErrorNotice } from './error-notice';
import { MeetingItem } from './meeting-item';
import { useUpcoming } from './use-upcoming';

/** "Upcoming": the next meetings and webinars, from the cache at once, then fresh from Zoom. */
export function UpcomingView() {
  const { items, refreshing, error, refresh } = useUpcoming();
  return (
    <section aria-labelledby="upcoming-heading" aria-busy={refreshing}>
      <div className="section-head">
        <h2 id="upcoming-heading">{t('upcomingHeading')}</h2>
        <button type="button" onClick={refresh} disabled={refreshing}>
          {refreshing ? t('statusRefreshing') : t('actionRefresh')}
        </button>
      </div>
      {error && <ErrorNotice error={error} onRetry={refresh} />}
      {items === null && !error && <p role="status">{t('statusLoading')}</p>}
      {items?.length === 0 && <p data-testid="upcoming-empty">{t('upcomingEmpty')}</p>}
      {items && items.length > 0 && (
        <ul className="meetings" data-testid="upcoming-list">
          {items.map((item) => (
            <MeetingItem key={`${item.kind}:${item.id}`} item={item} onGone={refresh} />
          ))}
        </ul>
      )}
    </section>
  );
}
