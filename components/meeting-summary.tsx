import { t } from '@/lib/i18n';
import type { UpcomingItem } from '@/lib/protocol/popup';
import { PROVIDER_NAMES } from '@/lib/brands/names';
import { formatDuration, formatWhen } from './format';
import { ProviderLogo } from '@/components/logos/provider-logo';

/**
 * A row's topic and when, how long, whose: the part of a meeting row that needs nothing loaded. The
 * popup's first screen (entrypoints/popup/first-screen.ts) draws the same markup with DOM calls;
 * test/unit/components/first-screen.test.tsx keeps the two identical.
 */
export function MeetingSummary({ item, headingId }: { item: UpcomingItem; headingId?: string }) {
  const when = [formatWhen(item.startTime), formatDuration(item.durationMinutes)].filter(Boolean);
  return (
    <>
      <h3 id={headingId}>{item.topic}</h3>
      <p className="meta">
        <ProviderLogo provider={item.provider} />
        <span className="provider" data-testid="provider">
          {PROVIDER_NAMES[item.provider]}
        </span>
        {item.kind === 'webinar' && <span className="badge">{t('kindWebinar')}</span>}
        {item.startTime ? (
          <time dateTime={item.startTime}>{when.join(' · ')}</time>
        ) : (
          <span>{when.join(' · ')}</span>
        )}
      </p>
    </>
  );
}
