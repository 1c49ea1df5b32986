import { t } from '@/lib/i18n';
import type { UpcomingItem } from '@/lib/protocol/popup';
import { MeetingItem } from './meeting-item';
import { ErrorNotice } from './error-notice';
import { useUpcoming } from './use-upcoming';

/**
 * "Upcoming": the next meetings and webinars of every connected account (Zoom, Webex), merged
 * soonest first, from the caches at once, then fresh. `initialItems`: cached rows already read.
 */
export function UpcomingView({ initialItems = null }: { initialItems?: UpcomingItem[] | null }) {
  const { items, refreshing, error, problems, refresh } = useUpcoming(initialItems);
  return (
    <section aria-labelledby="upcoming-heading" aria-busy={refreshing}>
      <div className="section-head">
        <h2 id="upcoming-heading">{t('upcomingHeading')}</h2>
        <button type="button" onClick={refresh} disabled={refreshing}>
          {refreshing ? t('statusRefreshing') : t('actionRefresh')}
        </button>
      </div>
      {error && <ErrorNotice scope="every" error={error} onRetry={refresh} />}
      {problems.map((problem) => (
        <ErrorNotice key={problem.provider} scope={problem.provider} error={problem} onRetry={refresh} />
      ))}
      {items === null && !error && <p role="status">{t('statusLoading')}</p>}
      {items?.length === 0 && <p data-testid="upcoming-empty">{t('upcomingEmpty')}</p>}
      {items && items.length > 0 && (
        <ul className="meetings" data-testid="upcoming-list">
          {items.map((item) => (
            <MeetingItem key={`${item.provider}:${item.kind}:${item.id}`} item={item} onGone={refresh} />
          ))}
        </ul>
      )}
    </section>
  );
}
