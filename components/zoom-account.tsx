import { useState } from 'react';
import { t } from '@/lib/i18n';
import { type ConnectionStatus, sendMessage } from '@/lib/messaging';
import { useRequest } from './use-request';

const ACCOUNT_TYPES: Record<string, string> = {
  basic: 'accountTypeBasic',
  licensed: 'accountTypeLicensed',
  'on-prem': 'accountTypeOnPrem',
  none: 'accountTypeNone',
  unknown: 'accountTypeUnknown',
};

/** Who is signed in, with Connect / Disconnect. Sign-in itself runs in the background. */
export function ZoomAccount() {
  const [revision, setRevision] = useState(0);
  const loaded = useRequest('status.get', { refresh: true }, revision);
  const [override, setOverride] = useState<{ revision: number; status: ConnectionStatus }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const status =
    override?.revision === revision ? override.status : loaded.state === 'ready' ? loaded.data : null;

  async function run(type: 'auth.signIn' | 'auth.signOut') {
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
  const zoom = status.zoom;
  return (
    <div className="account">
      {zoom.connected ? (
        <dl data-testid="zoom-user">
          <dt>{t('accountName')}</dt>
          <dd>{zoom.user.displayName}</dd>
          <dt>{t('accountEmail')}</dt>
          <dd>{zoom.user.email}</dd>
          <dt>{t('accountType')}</dt>
          <dd>{t(ACCOUNT_TYPES[zoom.user.accountType] ?? 'accountTypeUnknown')}</dd>
        </dl>
      ) : (
        <p role="status" data-testid="connection-status">
          {zoom.reason ?? t('statusNotConnected')}
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      <button
        type="button"
        className={zoom.connected ? '' : 'primary'}
        disabled={busy}
        aria-busy={busy}
        onClick={() => void run(zoom.connected ? 'auth.signOut' : 'auth.signIn')}
      >
        {busy ? t('statusWorking') : zoom.connected ? t('actionDisconnect') : t('actionConnectZoom')}
      </button>
    </div>
  );
}
