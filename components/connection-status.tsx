import { t } from '@/lib/i18n';
import type { ConnectionStatus } from '@/lib/messaging';
import type { RequestState } from './use-request';

/** One line saying whether Zoom is connected, as the background reports it. */
export function ConnectionStatusLine({ status }: { status: RequestState<ConnectionStatus> }) {
  if (status.state === 'loading') return <p role="status">{t('statusLoading')}</p>;
  if (status.state === 'error') return <p role="alert">{t('errorPrefix', status.message)}</p>;
  const zoom = status.data.zoom;
  return (
    <p role="status" data-testid="connection-status">
      {zoom.connected
        ? t('statusConnectedAs', zoom.user.displayName)
        : (zoom.reason ?? t('statusNotConnected'))}
    </p>
  );
}
