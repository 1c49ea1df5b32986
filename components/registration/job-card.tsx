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

/** Date and time to the second, in the person's locale: two runs of one list a minute apart differ. */
const whenLabel = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * When the job ran. It was created when the person pressed Register; the last write of an ended job
 * is its end (nothing writes an ended job again until "retry the failed" queues it anew).
 */
function JobTimes({ job }: { job: JobProgressView }) {
  const [started, ended] = [whenLabel(job.createdAt), whenLabel(job.updatedAt)];
  const text =
    job.state === 'done'
      ? t('registrationJobRan', [started, ended])
      : job.state === 'cancelled'
        ? t('registrationJobCancelledAt', [started, ended])
        : t('registrationJobStartedAt', [started]);
  return <time dateTime={new Date(job.createdAt).toISOString()}>{text}</time>;
}

/** One job: state, when it ran, a progress bar with counts and time left, its controls and its results. */
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
  const startedAt = whenLabel(job.createdAt);

  async function control(name: Control) {
    setError(undefined);
    const reply = await sendMessage(name, { jobId: job.id });
    if (!reply.ok) setError(reply.error.message);
    onChanged();
  }

  return (
    <article
      className="job"
      data-testid="job"
      data-state={job.state}
      aria-label={t('registrationJobLabel', [job.target.topic, startedAt])}
    >
      <h3>
        {job.target.topic} <span className="hint">{jobStateLabel(job.state, job.provider)}</span>
      </h3>
      <p className="hint" data-testid="job-times">
        <JobTimes job={job} />
      </p>
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
        {t('registrationJobCounts', [
          String(counts.registered),
          String(counts.failed),
          String(counts.remaining),
          String(counts.alreadyRegistered + counts.duplicates),
          String(counts.invalid ?? 0),
          String(counts.total),
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
