import { useState } from 'react';
import { t } from '@/lib/i18n';
import { type MessageName, sendMessage } from '@/lib/messaging';
import type { JobProgressView } from '@/lib/protocol/registration';
import { timeLeftMs } from '@/lib/registration/results-csv';
import { durationLabel, jobStateLabel } from './labels';
import { ResultsTable } from './results-table';

type Control = Extract<
  MessageName,
  'registration.pause' | 'registration.resume' | 'registration.cancel' | 'registration.retryFailed'
>;

/** One job: state, a progress bar with counts and time left, its controls and its results. */
export function JobCard(props: { job: JobProgressView; onChanged: () => void; open?: boolean }) {
  const { job, onChanged } = props;
  const [showResults, setShowResults] = useState(props.open ?? false);
  const [error, setError] = useState<string>();
  const { counts } = job;
  // Progress is over the people this job sends; skipped ones were settled before it started.
  const toSend = counts.registered + counts.failed + counts.remaining;
  const sent = counts.registered + counts.failed;
  const left = timeLeftMs(job);
  const ended = job.state === 'done' || job.state === 'cancelled';

  async function control(name: Control) {
    setError(undefined);
    const reply = await sendMessage(name, { jobId: job.id });
    if (!reply.ok) setError(reply.error.message);
    onChanged();
  }

  return (
    <article className="job" data-testid="job" data-state={job.state} aria-label={job.target.topic}>
      <h3>
        {job.target.topic} <span className="hint">{jobStateLabel(job.state, job.provider)}</span>
      </h3>
      <progress
        role="progressbar"
        aria-label={t('registrationProgressLabel')}
        aria-valuemin={0}
        aria-valuemax={toSend}
        aria-valuenow={sent}
        max={Math.max(toSend, 1)}
        value={sent}
      />
      <p data-testid="job-counts">
        {t('registrationProgressCounts', [
          String(counts.registered),
          String(counts.failed),
          String(counts.remaining),
          String(counts.alreadyRegistered + counts.duplicates),
        ])}
        {left !== undefined && ` · ${t('registrationTimeLeft', [durationLabel(left)])}`}
      </p>
      {job.state === 'waiting' && job.pausedUntil !== undefined && (
        <p>{t('registrationResumesAt', [new Date(job.pausedUntil).toLocaleString()])}</p>
      )}
      {job.reason && <p className="reason">{job.reason}</p>}
      <div className="actions">
        {(job.state === 'running' || job.state === 'queued' || job.state === 'waiting') && (
          <button type="button" onClick={() => void control('registration.pause')}>
            {t('registrationPause')}
          </button>
        )}
        {(job.state === 'paused' || job.state === 'waiting') && (
          <button type="button" onClick={() => void control('registration.resume')}>
            {t('registrationResume')}
          </button>
        )}
        {!ended && (
          <button type="button" onClick={() => void control('registration.cancel')}>
            {t('registrationCancel')}
          </button>
        )}
        {counts.failed > 0 && job.state !== 'running' && job.state !== 'queued' && (
          <button type="button" onClick={() => void control('registration.retryFailed')}>
            {t('registrationRetryFailed', [String(counts.failed)])}
          </button>
        )}
        <button type="button" aria-expanded={showResults} onClick={() => setShowResults((s) => !s)}>
          {showResults ? t('registrationHideResults') : t('registrationShowResults')}
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      {showResults && <ResultsTable jobId={job.id} revision={`${job.state}:${sent - (sent % 150)}`} />}
    </article>
  );
}
