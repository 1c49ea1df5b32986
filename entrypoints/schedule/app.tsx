import { useEffect, useState } from 'react';
import { InvitationResult } from '@/components/invitation-result';
import { ScheduleForm } from '@/components/schedule-form';
import { t } from '@/lib/i18n';

/** `schedule.html[?topic=...]`: opened by "Schedule a Zoom meeting" on a calendar page. */
export function App() {
  const [invitation, setInvitation] = useState<string | null>(null);
  const topic = new URLSearchParams(location.search).get('topic') ?? '';
  useEffect(() => {
    document.title = t('scheduleTitle');
  }, []);
  return (
    <main className="window">
      <h1>{t('scheduleTitle')}</h1>
      {invitation === null ? (
        <ScheduleForm initialTopic={topic} onScheduled={(result) => setInvitation(result.invitation)} />
      ) : (
        <InvitationResult text={invitation} />
      )}
    </main>
  );
}
