import { useState } from 'react';
import { ErrorNotice } from '@/components/error-notice';
import { LEGACY_PROVIDER } from '@/lib/brands/brands';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { Preview, Target } from '@/lib/protocol/registration';
import { ExistingRegistrants } from './existing-registrants';
import { type ImportOptions, ImportForm, type Source } from './import-form';
import { JobCard } from './job-card';
import type { PageParams } from './page-params';
import { PreviewView } from './preview-view';
import { TargetPicker } from './target-picker';
import { useJobs } from './use-jobs';

type Step =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'preview'; preview: Preview }
  | { state: 'error'; message: string; code?: string };

/** The full-tab page: choose, import, preview, run, follow the jobs, manage who is registered. */
export function RegistrantsPage({ params }: { params: PageParams }) {
  const [target, setTarget] = useState<Target | undefined>(params.target);
  const [source, setSource] = useState<Source>({ kind: 'text', text: params.people ?? '' });
  const [options, setOptions] = useState<ImportOptions>({ autoApprove: false, confirmationEmail: true });
  const [step, setStep] = useState<Step>({ state: 'idle' });
  const [started, setStarted] = useState<string>();
  const jobs = useJobs();
  const finished = jobs.jobs.filter((j) => j.state === 'done').length;
  // The sentence under the preview follows the job it announced: "you can close this page" only
  // while it runs (or before the list has it), "finished" once it is done, nothing once it stopped.
  const startedState = started ? (jobs.jobs.find((j) => j.id === started)?.state ?? 'queued') : undefined;

  // Any change to what would be sent makes a preview stale: it must be made again before a run.
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setStep({ state: 'idle' });
      setStarted(undefined);
    };

  const request = () => ({
    target: target!,
    input:
      source.kind === 'csv'
        ? { kind: 'csv' as const, text: source.text }
        : { kind: 'text' as const, text: source.text },
    options,
  });

  async function preview() {
    // The button is disabled then, but a form can still be submitted (Enter in a field, a script).
    if (!target || source.text.trim() === '') return;
    setStep({ state: 'busy' });
    const reply = await sendMessage('registration.prepare', request());
    setStep(reply.ok ? { state: 'preview', preview: reply.data } : { state: 'error', ...reply.error });
  }

  async function run() {
    setStep({ state: 'busy' });
    const reply = await sendMessage('registration.start', request());
    if (!reply.ok) return setStep({ state: 'error', ...reply.error });
    setStep({ state: 'idle' });
    setStarted(reply.data.jobId);
    jobs.refresh();
  }

  const hasInput = source.text.trim() !== '';
  return (
    <main className="registrants">
      <h1>{t('registrantsPageTitle')}</h1>
      <section aria-labelledby="import-heading">
        <h2 id="import-heading">{t('registrationImportHeading')}</h2>
        <TargetPicker value={target} onChange={edit(setTarget)} />
        <ImportForm
          provider={target?.provider ?? LEGACY_PROVIDER}
          source={source}
          onSource={edit(setSource)}
          options={options}
          onOptions={edit(setOptions)}
          canPreview={target !== undefined && hasInput}
          busy={step.state === 'busy'}
          onPreview={() => void preview()}
        />
      </section>
      {step.state === 'error' && <ErrorNotice scope={target?.provider ?? LEGACY_PROVIDER} error={step} />}
      {step.state === 'preview' && (
        <PreviewView
          preview={step.preview}
          notices={source.kind === 'csv' ? source.notices : []}
          provider={target?.provider ?? LEGACY_PROVIDER}
          busy={false}
          onRun={() => void run()}
        />
      )}
      {(startedState === 'queued' || startedState === 'running') && (
        <p role="status" data-testid="job-started">
          {t('registrationStarted')}
        </p>
      )}
      {startedState === 'done' && (
        <p role="status" data-testid="job-finished">
          {t('registrationFinished')}
        </p>
      )}
      <section aria-labelledby="jobs-heading">
        <h2 id="jobs-heading">{t('registrationJobsHeading')}</h2>
        {jobs.error && <ErrorNotice error={jobs.error} onRetry={jobs.refresh} />}
        {jobs.jobs.length === 0 ? (
          <p>{t('registrationNoJobs')}</p>
        ) : (
          jobs.jobs.map((job) => (
            <JobCard key={job.id} job={job} onChanged={jobs.refresh} open={job.id === params.jobId} />
          ))
        )}
      </section>
      {target && (
        <section aria-labelledby="existing-heading">
          <h2 id="existing-heading">{t('registrantsExistingHeading')}</h2>
          <ExistingRegistrants target={target} revision={finished} />
        </section>
      )}
    </main>
  );
}
