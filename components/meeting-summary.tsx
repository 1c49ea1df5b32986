import { t } from '@/lib/i18n';
import type { UpcomingItem } from '@/lib/protocol/popup';
import { PROVIDER_NAMES } from '@/lib/provider-names';
import { formatDuration, formatWhen } from './format';

/** A row's topic and when, how long, whose: the part of a meeting row that needs nothing loaded. */
export function MeetingSummary({ item }: { item: UpcomingItem }) {
  const when = [formatWhen(item.startTime), formatDuration(item.durationMinutes)].filter(Boolean);
  return (
    <>
      <h3>{item.topic}</h3>
      <p className="meta">
        <span className="provider" data-testid="provider">
          {PROVIDER_NAMES[item.provider]}
        </span>{' '}
        {item.kind === 'webinar' && <span className="badge">{t('kindWebinar')}</span>}{' '}
        {item.startTime ? <time dateTime={item.startTime}>{when.join(' · ')}</time> : when.join(' · ')}
      </p>
    </>
  );
}
