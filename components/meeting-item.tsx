import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { UpcomingItem } from '@/lib/protocol/popup';
import { AsyncCopyButton } from './async-copy-button';
import { CopyButton } from './copy-button';
import { ErrorNotice, type ViewErrorInfo } from './error-notice';
import { formatDuration, formatWhen } from './format';
import { LivestreamPanel } from './livestream-panel';
import { RegistrantCounts } from './registrant-counts';

/** One meeting or webinar: when, how long, join / start / copy, and its details on demand. */
export function MeetingItem({ item, onGone }: { item: UpcomingItem; onGone: () => void }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<ViewErrorInfo | null>(null);
  const detailsId = useId();
  const when = [formatWhen(item.startTime), formatDuration(item.durationMinutes)].filter(Boolean);

  async function start() {
    setError(null);
    const reply = await sendMessage('meeting.start', { id: item.id, kind: item.kind });
    if (!reply.ok) setError(reply.error);
  }

  return (
    <li className="meeting" data-testid="meeting" data-meeting-id={item.id}>
      <h3>{item.topic}</h3>
      <p className="meta">
        {item.kind === 'webinar' && <span className="badge">{t('kindWebinar')}</span>} {when.join(' · ')}
      </p>
      <div className="actions">
        <a className="button primary" href={item.joinUrl} target="_blank" rel="noopener noreferrer">
          {t('actionJoin')}
        </a>
        <button type="button" onClick={() => void start()}>
          {t('actionStart')}
        </button>
        <CopyButton text={item.joinUrl} label={t('actionCopyJoinLink')} />
        {/* Zoom has no invitation endpoint for webinars. */}
        {item.kind === 'meeting' && (
          <AsyncCopyButton
            label={t('actionCopyInvitation')}
            load={async () => {
              const reply = await sendMessage('meeting.invitation', { id: item.id });
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
      {error && <ErrorNotice error={error} {...(error.code === 'meeting-gone' ? { onRetry: onGone } : {})} />}
      {open && (
        <div id={detailsId} className="details">
          <RegistrantCounts id={item.id} kind={item.kind} />
          {item.kind === 'meeting' && <LivestreamPanel id={item.id} />}
        </div>
      )}
    </li>
  );
}
