import { useState } from 'react';
import { ErrorNotice } from '@/components/error-notice';
import { useRequest } from '@/components/use-request';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { PanelTicketView } from '@/lib/protocol/panel';
import type { RegistrantRow } from '@/lib/protocol/registration';
import { registrantStatusLabel } from './labels';
import { useJobs } from './use-jobs';

const key = (email: string) => email.trim().toLowerCase();
const nameOf = (r: RegistrantRow) => {
  const name = [r.firstName, r.lastName].filter(Boolean).join(' ');
  return name ? `${name} <${r.email}>` : r.email;
};

/**
 * The event's guests against the meeting's registrants: who is registered (and how), who is not
 * (one click registers them, as a job), and who is registered but no longer a guest (their
 * registration can be cancelled, so their personal link stops working).
 */
export function GuestPanel({ provider, meetingId, guests }: Omit<PanelTicketView, 'topic'>) {
  const target = { provider, kind: 'meeting' as const, id: meetingId };
  const [revision, setRevision] = useState(0);
  const [jobId, setJobId] = useState<string>();
  // Set on the first click, before the request: a second click must not start a second job.
  const [starting, setStarting] = useState(false);
  /** The registrations about to be cancelled, named, while the person confirms; none otherwise. */
  const [cancelling, setCancelling] = useState<RegistrantRow[]>();
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const list = useRequest('registrants.list', { target }, revision);
  const jobs = useJobs();
  const job = jobs.jobs.find((j) => j.id === jobId);
  const [seenDone, setSeenDone] = useState<string>();
  // The job ended: read the registrants again to show everyone's new status.
  if (job && (job.state === 'done' || job.state === 'cancelled') && seenDone !== job.id) {
    setSeenDone(job.id);
    setRevision((r) => r + 1);
  }

  if (list.state === 'loading' && revision === 0) return <p role="status">{t('statusLoading')}</p>;
  if (list.state === 'error')
    return <ErrorNotice scope={target.provider} error={list} onRetry={() => setRevision((r) => r + 1)} />;
  const registrants: RegistrantRow[] = list.state === 'ready' ? list.data.registrants : [];
  const byEmail = new Map(registrants.map((r) => [key(r.email), r]));
  const guestKeys = new Set(guests.map((g) => key(g.email)));
  const unregistered = guests.filter((g) => !byEmail.has(key(g.email)));
  const formerGuests = registrants.filter((r) => !guestKeys.has(key(r.email)) && r.status !== 'denied');

  async function register() {
    if (starting) return;
    setStarting(true);
    setMessage(undefined);
    const input = { kind: 'guests' as const, guests: unregistered };
    const reply = await sendMessage('registration.start', { target, input, options: {} });
    if (reply.ok) {
      setJobId(reply.data.jobId);
      jobs.refresh();
    } else {
      setStarting(false);
      setMessage({ error: true, text: reply.error.message });
    }
  }

  async function cancelFormer(confirmed: RegistrantRow[]) {
    setCancelling(undefined);
    // Exactly the people the person saw named, not whoever the list holds by now.
    const ids = confirmed.map((r) => r.id);
    const reply = await sendMessage('registrants.updateStatus', { target, action: 'cancel', ids });
    setMessage(
      reply.ok
        ? { error: false, text: t('registrantsUpdated', [String(reply.data.updated)]) }
        : { error: true, text: reply.error.message },
    );
    setRevision((r) => r + 1);
  }

  const running = job && (job.state === 'running' || job.state === 'queued');
  const busy = running || (starting && !job);
  return (
    <div className="panel-body" aria-busy={list.state === 'loading'}>
      <table>
        <caption>{t('panelGuestsCaption', [String(guests.length)])}</caption>
        <thead>
          <tr>
            <th scope="col">{t('registrationColumnEmail')}</th>
            <th scope="col">{t('registrantsColumnStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {guests.map((g) => {
            const r = byEmail.get(key(g.email));
            return (
              <tr key={key(g.email)} data-status={r?.status ?? 'none'}>
                <td>{g.name ? `${g.name} <${g.email}>` : g.email}</td>
                <td>{r ? registrantStatusLabel(r.status) : t('panelNotRegistered')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {unregistered.length > 0 && (
        <button type="button" className="primary" disabled={busy} onClick={() => void register()}>
          {t('panelRegisterGuests', [String(unregistered.length)])}
        </button>
      )}
      {job && (
        <p role="status" data-testid="panel-job" data-state={job.state}>
          {t('registrationProgressCounts', [
            String(job.counts.registered),
            String(job.counts.failed),
            String(job.counts.remaining),
            String(job.counts.alreadyRegistered + job.counts.duplicates),
          ])}
        </p>
      )}
      {formerGuests.length > 0 && (
        <section aria-labelledby="former-heading">
          <h2 id="former-heading">{t('panelFormerGuests', [String(formerGuests.length)])}</h2>
          <ul>
            {formerGuests.map((r) => (
              <li key={r.id}>{r.email}</li>
            ))}
          </ul>
          {cancelling ? (
            <div role="group" aria-labelledby="confirm-cancel-heading">
              <p id="confirm-cancel-heading">{t('panelConfirmCancel', [String(cancelling.length)])}</p>
              <ul data-testid="panel-cancel-names">
                {cancelling.map((r) => (
                  <li key={r.id}>{nameOf(r)}</li>
                ))}
              </ul>
              <button type="button" className="danger" onClick={() => void cancelFormer(cancelling)}>
                {t('panelConfirmCancelYes', [String(cancelling.length)])}
              </button>
              <button type="button" onClick={() => setCancelling(undefined)}>
                {t('panelConfirmCancelNo')}
              </button>
            </div>
          ) : (
            <button type="button" onClick={() => setCancelling(formerGuests)}>
              {t('panelCancelFormer')}
            </button>
          )}
        </section>
      )}
      {message && <p role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </div>
  );
}
