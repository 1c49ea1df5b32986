import { useEffect } from 'react';
import { InvitationResult } from '@/components/invitation-result';
import { ErrorNotice } from '@/components/error-notice';
import { useRequest } from '@/components/use-request';
import { t } from '@/lib/i18n';
import type { RequestOf } from '@/lib/messaging';

/** Each provider's meeting ids (they go into API paths), window title and "not a meeting" sentence. */
const PROVIDERS = {
  zoom: { id: /^\d+$/, title: () => t('invitationTitle'), invalid: () => t('menuNotAZoomLink') },
  webex: {
    id: /^\w{1,64}$/,
    title: () => t('webexInvitationTitle'),
    invalid: () => t('menuNotAWebexMeeting'),
  },
} as const;

/**
 * `invitation.html?meeting=<id>`: opened by the "Copy invitation" menu on a Zoom link;
 * `?provider=webex&meeting=<id>` for a Webex meeting, whose invitation the background composes.
 */
export function App() {
  const params = new URLSearchParams(location.search);
  const provider = params.get('provider') === 'webex' ? 'webex' : 'zoom';
  const id = params.get('meeting') ?? '';
  const { title, invalid } = PROVIDERS[provider];
  useEffect(() => {
    document.title = title();
  }, [title]);
  return (
    <main className="window">
      <h1>{title()}</h1>
      {PROVIDERS[provider].id.test(id) ? (
        <Invitation meeting={provider === 'webex' ? { provider, id } : { id }} />
      ) : (
        <p role="alert">{invalid()}</p>
      )}
    </main>
  );
}

function Invitation({ meeting }: { meeting: RequestOf<'meeting.invitation'> }) {
  const loaded = useRequest('meeting.invitation', meeting);
  if (loaded.state === 'loading') return <p role="status">{t('statusLoading')}</p>;
  if (loaded.state === 'error') return <ErrorNotice scope={meeting.provider ?? 'zoom'} error={loaded} />;
  return <InvitationResult text={loaded.data.invitation} />;
}
