import { useEffect, useId, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { itemActions, type MenuAction, rowLayout } from '@/lib/popup/item-actions';
import type { UpcomingItem } from '@/lib/protocol/popup';
import { ActionMenu, type MenuEntry } from './action-menu';
import type { ViewErrorInfo } from './error-notice';
import { ErrorNotice } from './error-notice';
import { LivestreamPanel } from './livestream-panel';
import { MeetingSummary } from './meeting-summary';
import { RegistrantCounts } from './registrant-counts';

type Panel = 'registrants' | 'livestream';

/**
 * One meeting or webinar of either provider: when, how long, one primary action (Start for the
 * host, else Join) and the rest in a "More" menu, as Google Calendar and Zoom's client keep one
 * main button per meeting. What a row offers comes from `itemActions`, not from the provider's name.
 */
export function MeetingItem({ item, onGone }: { item: UpcomingItem; onGone: () => void }) {
  const [panel, setPanel] = useState<Panel | null>(null);
  const [error, setError] = useState<ViewErrorInfo | null>(null);
  const [said, setSaid] = useState('');
  const headingId = useId();
  const moreId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const actions = itemActions(item);
  const layout = rowLayout(actions);

  useEffect(() => () => clearTimeout(timer.current), []);
  // A panel chosen from the menu takes the focus, so a keyboard reaches what it asked for.
  useEffect(() => {
    if (panel) panelRef.current?.focus();
  }, [panel]);

  /** A short confirmation in the row's live region ("Invitation copied."), gone after a while. */
  function say(text: string) {
    clearTimeout(timer.current);
    setSaid(text);
    timer.current = setTimeout(() => setSaid(''), 4000);
  }

  async function start() {
    setError(null);
    const reply = await sendMessage('meeting.start', { id: item.id, kind: item.kind });
    if (!reply.ok) setError(reply.error);
  }

  async function copy(
    load: () => Promise<{ ok: true; text: string } | { ok: false; error: ViewErrorInfo }>,
    done: string,
  ) {
    setError(null);
    say(t('statusCopying'));
    const loaded = await load();
    if (!loaded.ok) {
      say('');
      return setError(loaded.error);
    }
    try {
      await navigator.clipboard.writeText(loaded.text);
      say(done);
    } catch {
      say('');
      setError({ message: t('errorClipboard') });
    }
  }

  const entries: Record<MenuAction, MenuEntry> = {
    join: { id: 'join', label: t('actionJoin'), href: item.joinUrl },
    copyLink: {
      id: 'copyLink',
      label: t('actionCopyJoinLink'),
      onSelect: () => void copy(async () => ({ ok: true, text: item.joinUrl }), t('rowLinkCopied')),
    },
    copyInvitation: {
      id: 'copyInvitation',
      label: t('actionCopyInvitation'),
      onSelect: () =>
        void copy(async () => {
          const reply = await sendMessage('meeting.invitation', { id: item.id, provider: item.provider });
          return reply.ok ? { ok: true, text: reply.data.invitation } : reply;
        }, t('rowInvitationCopied')),
    },
    registrants: {
      id: 'registrants',
      label: t('actionRegistrants'),
      onSelect: () => setPanel('registrants'),
    },
    livestream: { id: 'livestream', label: t('actionLivestream'), onSelect: () => setPanel('livestream') },
  };

  return (
    <li className="meeting" data-testid="meeting" data-meeting-id={item.id} data-provider={item.provider}>
      <MeetingSummary item={item} headingId={headingId} />
      <div className="actions">
        {layout.primary === 'start' ? (
          <button type="button" className="primary" onClick={() => void start()}>
            {t('actionStart')}
          </button>
        ) : (
          <a className="button primary" href={item.joinUrl} target="_blank" rel="noopener noreferrer">
            {t('actionJoin')}
          </a>
        )}
        <ActionMenu
          label={t('actionMore')}
          describedBy={headingId}
          buttonId={moreId}
          entries={layout.menu.map((action) => entries[action])}
        />
        <span role="status" className="row-status">
          {said}
        </span>
      </div>
      {error && (
        <ErrorNotice
          scope={item.provider}
          error={error}
          onRetry={error.code === 'meeting-gone' ? onGone : undefined}
        />
      )}
      {panel && (
        <div className="details" ref={panelRef} tabIndex={-1} data-testid={`panel-${panel}`}>
          {panel === 'registrants' ? (
            <section aria-labelledby={`${headingId}-registrants`}>
              <h4 id={`${headingId}-registrants`}>{t('actionRegistrants')}</h4>
              <RegistrantCounts
                event={{ id: item.id, kind: item.kind, provider: item.provider }}
                page={actions.registrantsPage}
              />
            </section>
          ) : (
            <LivestreamPanel id={item.id} />
          )}
          <button
            type="button"
            className="quiet"
            onClick={() => {
              setPanel(null);
              // The panel goes away with the focus in it: back to where it was opened from.
              document.getElementById(moreId)?.focus();
            }}
          >
            {t('actionHide')}
          </button>
        </div>
      )}
    </li>
  );
}
