import { useState } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { WebexStatusView } from '@/lib/protocol/webex';
import { useRequest } from './use-request';

/** The Webex account beside the Zoom one: who is signed in, with Connect / Disconnect. */
export function WebexAccount() {
  const [revision, setRevision] = useState(0);
  const loaded = useRequest('webex.status', { refresh: true }, revision);
  const [override, setOverride] = useState<{ revision: number; status: WebexStatusView }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const status =
    override?.revision === revision ? override.status : loaded.state === 'ready' ? loaded.data : null;

  async function run(type: 'webex.signIn' | 'webex.signOut') {
    setBusy(true);
    setError(undefined);
    const reply = await sendMessage(type, {});
    setBusy(false);
    if (reply.ok) setOverride({ revision, status: reply.data });
    else {
      setError(reply.error.message);
      setRevision((r) => r + 1);
    }
  }

  if (loaded.state === 'error') return <p role="alert">{loaded.message}</p>;
  if (!status) return <p role="status">{t('statusLoading')}</p>;
  return (
    <div className="account">
      {status.connected ? (
        <dl data-testid="webex-user">
          <dt>{t('accountName')}</dt>
          <dd>{status.user.displayName}</dd>
          <dt>{t('accountEmail')}</dt>
          <dd>{status.user.email}</dd>
        </dl>
      ) : (
        <p role="status" data-testid="webex-connection-status">
          {status.reason ?? t('webexStatusNotConnected')}
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      <button
        type="button"
        className={status.connected ? '' : 'primary'}
        disabled={busy}
        aria-busy={busy}
        onClick={() => void run(status.connected ? 'webex.signOut' : 'webex.signIn')}
      >
        {busy ? t('statusWorking') : status.connected ? t('actionDisconnect') : t('actionConnectWebex')}
      </button>
    </div>
  );
}
