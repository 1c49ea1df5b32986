import { useEffect } from 'react';
import { ErrorNotice } from '@/components/error-notice';
import { InvitationResult } from '@/components/invitation-result';
import { useRequest } from '@/components/use-request';
import { t } from '@/lib/i18n';

/** `invitation.html?meeting=<id>`: opened by the "Copy invitation" menu on a Zoom link. */
export function App() {
  const id = new URLSearchParams(location.search).get('meeting') ?? '';
  useEffect(() => {
    document.title = t('invitationTitle');
  }, []);
  return (
    <main className="window">
      <h1>{t('invitationTitle')}</h1>
      {/^\d+$/.test(id) ? <Invitation id={id} /> : <p role="alert">{t('menuNotAZoomLink')}</p>}
    </main>
  );
}

function Invitation({ id }: { id: string }) {
  const loaded = useRequest('meeting.invitation', { id });
  if (loaded.state === 'loading') return <p role="status">{t('statusLoading')}</p>;
  if (loaded.state === 'error') return <ErrorNotice error={loaded} />;
  return <InvitationResult text={loaded.data.invitation} />;
}
