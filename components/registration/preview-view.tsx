import { t } from '@/lib/i18n';
import type { Preview } from '@/lib/protocol/registration';
import { PROVIDER_NAMES, type ProviderKey } from '@/lib/brands/names';
import { registrantStatusLabel } from './labels';

/** Most rows a skipped-people list shows; the counts above give the whole. */
const LIST_LIMIT = 200;

function Count({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

function More({ shown, total }: { shown: number; total: number }) {
  return total > shown ? <p className="hint">{t('registrationAndMore', [String(total - shown)])}</p> : null;
}

/** What the run would do, before anything is sent: every line accounted for. */
/** The sentence for a preview that would send nobody, saying what to do; none when it would. */
function nothingToSend(preview: Preview): string | undefined {
  const { counts } = preview;
  if (preview.refusal || counts.toRegister > 0) return undefined;
  if (counts.valid === 0 && counts.invalid === 0) return t('registrationNothingFound');
  if (counts.valid === 0) return t('registrationAllInvalid');
  return t('registrationNobodyNew');
}

export function PreviewView(props: {
  preview: Preview;
  /** What the person should check about the input itself (a file's guessed encoding, say). */
  notices?: readonly string[];
  provider: ProviderKey;
  busy: boolean;
  onRun: () => void;
}) {
  const { preview } = props;
  const { counts } = preview;
  const invalid = preview.invalid.slice(0, LIST_LIMIT);
  const advice = nothingToSend(preview);
  return (
    <section aria-labelledby="preview-heading" className="preview">
      <h2 id="preview-heading">{t('registrationPreviewHeading', [preview.event.topic])}</h2>
      {props.notices?.map((notice) => (
        <p className="advice" data-testid="input-notice" key={notice}>
          {notice}
        </p>
      ))}
      <dl className="counts">
        <Count label={t('registrationCountRead')} value={counts.valid + counts.invalid} testId="count-read" />
        <Count label={t('registrationCountNew')} value={counts.toRegister} testId="count-new" />
        <Count label={t('registrationCountInvalid')} value={counts.invalid} testId="count-invalid" />
        <Count label={t('registrationCountDuplicates')} value={counts.duplicates} testId="count-duplicates" />
        <Count
          label={t('registrationCountAlready')}
          value={counts.alreadyRegistered}
          testId="count-already"
        />
        <Count
          label={t('registrationCountCalls', PROVIDER_NAMES[props.provider])}
          value={counts.calls}
          testId="count-calls"
        />
      </dl>
      {preview.refusal && (
        <p role="alert" data-testid="refusal">
          {preview.refusal.reason}
        </p>
      )}
      {advice && (
        <p role="status" data-testid="nothing-to-send">
          {advice}
        </p>
      )}
      {invalid.length > 0 && (
        <table>
          <caption>{t('registrationInvalidCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('registrationColumnLine')}</th>
              <th scope="col">{t('registrationColumnText')}</th>
              <th scope="col">{t('registrationColumnReason')}</th>
            </tr>
          </thead>
          <tbody>
            {invalid.map((row, index) => (
              // Several people can share a line (commas), so the line alone is no key.
              <tr key={index}>
                <td>{row.line}</td>
                <td>{row.text}</td>
                <td>{row.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <More shown={invalid.length} total={preview.invalid.length} />
      {preview.sample.length > 0 && (
        // Open when the input was guessed at (an encoding, a missing header): the names are what to check.
        <details open={(props.notices?.length ?? 0) > 0} data-testid="sample">
          <summary>
            {t('registrationSampleCaption', [String(preview.sample.length), String(counts.toRegister)])}
          </summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('registrationColumnLine')}</th>
                <th scope="col">{t('registrationColumnName')}</th>
                <th scope="col">{t('registrationColumnEmail')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.sample.map((p, index) => (
                <tr key={index}>
                  <td>{p.line}</td>
                  <td>{[p.firstName, p.lastName].filter(Boolean).join(' ')}</td>
                  <td>{p.email}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {preview.duplicates.length > 0 && (
        <details>
          <summary>{t('registrationDuplicatesCaption', [String(preview.duplicates.length)])}</summary>
          <ul>
            {preview.duplicates.slice(0, LIST_LIMIT).map((d, index) => (
              <li key={index}>
                {t('registrationDuplicateRow', [String(d.line), d.email, String(d.firstLine)])}
              </li>
            ))}
          </ul>
        </details>
      )}
      {preview.alreadyRegistered.length > 0 && (
        <details>
          <summary>{t('registrationAlreadyCaption', [String(preview.alreadyRegistered.length)])}</summary>
          <ul>
            {preview.alreadyRegistered.slice(0, LIST_LIMIT).map((r, index) => (
              <li key={index}>{`${r.email} (${registrantStatusLabel(r.status)})`}</li>
            ))}
          </ul>
        </details>
      )}
      {!preview.refusal && (
        <button
          type="button"
          className="primary"
          disabled={props.busy || counts.toRegister === 0}
          onClick={props.onRun}
        >
          {t('registrationRun', [String(counts.toRegister)])}
        </button>
      )}
    </section>
  );
}
