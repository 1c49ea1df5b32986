import { t } from '@/lib/i18n';
import type { ConnectionStatus } from '@/lib/messaging';
import { AccountLine } from './account-line';
import { ProviderLogo } from '@/components/logos/provider-logo';
import type { RequestState } from './use-request';

/** One line saying whether Zoom is connected, as the background reports it. */
export function ConnectionStatusLine({ status }: { status: RequestState<ConnectionStatus> }) {
  if (status.state === 'loading') return <p role="status">{t('statusLoading')}</p>;
  if (status.state === 'error') return <p role="alert">{t('errorPrefix', status.message)}</p>;
  const zoom = status.data.zoom;
  if (zoom.connected) return <AccountLine provider="zoom" user={zoom.user} testId="connection-status" />;
  return (
    <p role="status" className="account-line" data-testid="connection-status">
      <ProviderLogo provider="zoom" />
      <span>{zoom.reason ?? t('statusNotConnected')}</span>
    </p>
  );
}
