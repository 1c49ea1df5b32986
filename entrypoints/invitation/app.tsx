import { useEffect } from 'react';
import { InvitationResult } from '@/components/invitation-result';
import { ErrorNotice } from '@/components/error-notice';
import { useRequest } from '@/components/use-request';
import { brandOf, isProviderKey, LEGACY_PROVIDER, type ProviderKey } from '@/lib/brands/brands';
import { everyProvider } from '@/lib/brands/names';
import { t } from '@/lib/i18n';
import type { RequestOf } from '@/lib/messaging';
import { ProviderMeetingRef } from '@/lib/protocol/popup';

type Meeting = RequestOf<'meeting.invitation'>;

/**
 * `invitation.html?provider=<key>&meeting=<id>`: opened by the "Copy invitation" menu on a join
 * link; `?meeting=<id>` alone is the legacy provider's (the menu's address before there were others).
 * The id must pass the background's own rule for the provider, so the page asks for nothing it would refuse.
 */
function readQuery(search: string): { provider: ProviderKey | null; meeting: Meeting | null } {
  const params = new URLSearchParams(search);
  const named = params.get('provider') ?? LEGACY_PROVIDER;
  if (!isProviderKey(named)) return { provider: null, meeting: null };
  const ref = ProviderMeetingRef.safeParse({ provider: named, id: params.get('meeting') ?? '' });
  return { provider: named, meeting: ref.success ? ref.data : null };
}

export function App() {
  const { provider, meeting } = readQuery(location.search);
  const title = provider ? t('invitationTitle', [brandOf(provider).name]) : t('menuCopyInvitation');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <main className="window">
      <h1>{title}</h1>
      {meeting ? (
        <Invitation meeting={meeting} />
      ) : (
        <p role="alert">
          {provider
            ? t('invitationNotAMeeting', [brandOf(provider).name])
            : t('menuNotAMeetingLink', [everyProvider('disjunction')])}
        </p>
      )}
    </main>
  );
}

function Invitation({ meeting }: { meeting: Meeting }) {
  const loaded = useRequest('meeting.invitation', meeting);
  if (loaded.state === 'loading') return <p role="status">{t('statusLoading')}</p>;
  if (loaded.state === 'error')
    return <ErrorNotice scope={meeting.provider ?? LEGACY_PROVIDER} error={loaded} />;
  return <InvitationResult text={loaded.data.invitation} />;
}
