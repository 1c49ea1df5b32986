import { useEffect, useState } from 'react';
import { ErrorNotice } from '@/components/error-notice';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { JobPerson } from '@/lib/protocol/registration-job';
import { resultsCsv } from '@/lib/registration/results-csv';
import { outcomeLabel } from './labels';

/** Rows rendered at once; the CSV has everyone. */
const SHOWN = 500;

/** Offers the CSV as a download; the object URL is dropped once the click has taken it. */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Every person of a job with their outcome and personal join link. `revision` reloads it. */
export function ResultsTable({ jobId, revision }: { jobId: string; revision: string }) {
  const [people, setPeople] = useState<JobPerson[]>();
  const [error, setError] = useState<{ message: string; code?: string }>();
  useEffect(() => {
    let live = true;
    void sendMessage('registration.results', { jobId }).then((reply) => {
      if (!live) return;
      if (reply.ok) setPeople(reply.data.people);
      else setError(reply.error);
    });
    return () => {
      live = false;
    };
  }, [jobId, revision]);

  if (error) return <ErrorNotice error={error} />;
  if (!people) return <p role="status">{t('statusLoading')}</p>;
  return (
    <div className="results">
      <button
        type="button"
        onClick={() => download(`registrations-${jobId.slice(0, 8)}.csv`, resultsCsv(people))}
      >
        {t('registrationExportCsv')}
      </button>
      <table>
        <caption>{t('registrationResultsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('registrationColumnLine')}</th>
            <th scope="col">{t('registrationColumnEmail')}</th>
            <th scope="col">{t('registrationColumnName')}</th>
            <th scope="col">{t('registrationColumnOutcome')}</th>
            <th scope="col">{t('registrationColumnJoinLink')}</th>
          </tr>
        </thead>
        <tbody>
          {people.slice(0, SHOWN).map((p, index) => (
            // Several people (and invalid pieces) can share a line, so the index keeps keys unique.
            <tr key={index} data-outcome={p.outcome?.status ?? 'not-sent'}>
              <td>{p.line}</td>
              {/* An invalid line has no address: what it said stands in its place. */}
              <td>{p.email || p.text}</td>
              <td>{[p.firstName, p.lastName].filter(Boolean).join(' ')}</td>
              <td>
                {outcomeLabel(p.outcome?.status)}
                {p.outcome?.error && <span className="hint"> — {p.outcome.error}</span>}
              </td>
              <td>
                {p.outcome?.joinUrl && (
                  <a href={p.outcome.joinUrl} target="_blank" rel="noreferrer">
                    {t('registrationJoinLink')}
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {people.length > SHOWN && (
        <p className="hint">{t('registrationAndMore', [String(people.length - SHOWN)])}</p>
      )}
    </div>
  );
}
