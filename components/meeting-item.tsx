import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { itemActions } from '@/lib/popup/item-actions';
import type { UpcomingItem } from '@/lib/protocol/popup';
import { AsyncCopyButton } from './async-copy-button';
import { CopyButton } from './copy-button';
import type { ViewErrorInfo } from './error-notice';
import { LivestreamPanel } from './livestream-panel';
import { MeetingSummary } from './meeting-summary';
import { ErrorNotice } from './error-notice';
import { RegistrantCounts } from './registrant-counts';

/**
 * One meeting or webinar of either provider: when, how long, join / start / copy, and its details
 * on demand. What a row offers comes from `itemActions`, not from the provider's name.
 */
export function MeetingItem({ item, onGone }: { item: UpcomingItem; onGone: () => void }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<ViewErrorInfo | null>(null);
  const detailsId = useId();
  const actions = itemActions(item);

  async function start() {
    setError(null);
    const reply = await sendMessage('meeting.start', { id: item.id, kind: item.kind });
    if (!reply.ok) setError(reply.error);
  }

  return (
    <li className="meeting" data-testid="meeting" data-meeting-id={item.id} data-provider={item.provider}>
      <MeetingSummary item={item} />
      <div className="actions">
        <a className="button primary" href={item.joinUrl} target="_blank" rel="noopener noreferrer">
          {t('actionJoin')}
        </a>
        {actions.start && (
          <button type="button" onClick={() => void start()}>
            {t('actionStart')}
          </button>
        )}
        <CopyButton text={item.joinUrl} label={t('actionCopyJoinLink')} />
        {actions.copyInvitation && (
          <AsyncCopyButton
            label={t('actionCopyInvitation')}
            load={async () => {
              const reply = await sendMessage('meeting.invitation', { id: item.id, provider: item.provider });
              return reply.ok ? { ok: true, text: reply.data.invitation } : reply;
            }}
            onError={setError}
          />
        )}
        <button
          type="button"
          aria-expanded={open}
          aria-controls={open ? detailsId : undefined}
          onClick={() => setOpen(!open)}
        >
          {t('actionDetails')}
        </button>
      </div>
      {error && (
        <ErrorNotice
          scope={item.provider}
          error={error}
          onRetry={error.code === 'meeting-gone' ? onGone : undefined}
        />
      )}
      {open && (
        <div id={detailsId} className="details">
          <RegistrantCounts
            event={{ id: item.id, kind: item.kind, provider: item.provider }}
            page={actions.registrantsPage}
          />
          {actions.livestream && <LivestreamPanel id={item.id} />}
        </div>
      )}
    </li>
  );
}
