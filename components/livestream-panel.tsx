import { useState } from 'react';
import { t } from '@/lib/i18n';
import type { LivestreamView } from '@/lib/protocol/popup';
import { ErrorNotice } from './error-notice';
import { formatWhen } from './format';
import { LivestreamControls } from './livestream-controls';
import { LivestreamForm } from './livestream-form';
import { useRequest } from './use-request';

/** A meeting's live stream: its state, its settings (key hidden until revealed), edit, start/stop. */
export function LivestreamPanel({ id }: { id: string }) {
  const [revision, setRevision] = useState(0);
  const loaded = useRequest('livestream.get', { id }, revision);
  const [latest, setLatest] = useState<{ revision: number; view: LivestreamView }>();
  const [editing, setEditing] = useState(false);
  const [revealed, setRevealed] = useState(false);
  const view = latest?.revision === revision ? latest.view : loaded.state === 'ready' ? loaded.data : null;
  const update = (next: LivestreamView) => setLatest({ revision, view: next });

  if (loaded.state === 'error')
    return <ErrorNotice error={loaded} onRetry={() => setRevision((r) => r + 1)} />;
  if (!view) return <p role="status">{t('statusLoading')}</p>;
  const configured = Boolean(view.stream_url && view.stream_key);
  return (
    <section className="livestream" aria-label={t('livestreamHeading')} data-testid="livestream">
      <h4>{t('livestreamHeading')}</h4>
      <p data-testid="livestream-state">
        {view.meetingStatus === 'started' ? t('meetingLiveNow') : t('meetingNotStarted')}
        {view.lastAction &&
          ` · ${t(view.lastAction.action === 'start' ? 'livestreamStartedAt' : 'livestreamStoppedAt', formatWhen(new Date(view.lastAction.at).toISOString()))}`}
      </p>
      {editing ? (
        <LivestreamForm
          id={id}
          view={view}
          onSaved={(next) => {
            update(next);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {configured ? (
            <dl className="fields">
              <dt>{t('livestreamStreamUrl')}</dt>
              <dd data-testid="stream-url">{view.stream_url}</dd>
              <dt>{t('livestreamStreamKey')}</dt>
              <dd>
                <span data-testid="stream-key">{revealed ? view.stream_key : '••••••••'}</span>{' '}
                <button type="button" aria-pressed={revealed} onClick={() => setRevealed(!revealed)}>
                  {revealed ? t('actionHide') : t('actionReveal')}
                </button>
              </dd>
              <dt>{t('livestreamPageUrl')}</dt>
              <dd data-testid="page-url">{view.page_url}</dd>
              <dt>{t('livestreamResolution')}</dt>
              <dd data-testid="resolution">{view.resolution || t('valueNotSet')}</dd>
            </dl>
          ) : (
            <p>{t('livestreamNotConfigured')}</p>
          )}
          <button type="button" onClick={() => setEditing(true)}>
            {t('actionEditLivestream')}
          </button>
          {configured && <LivestreamControls id={id} view={view} onChanged={update} />}
        </>
      )}
    </section>
  );
}
