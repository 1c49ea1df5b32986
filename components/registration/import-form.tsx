import { useId, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { PROVIDER_NAMES, type ProviderKey } from '@/lib/brands/names';
import { readCsvFile } from './read-csv-file';

/** `notices`: what the person should check in a file that was read (a guessed encoding, say). */
export type Source =
  { kind: 'text'; text: string } | { kind: 'csv'; name: string; text: string; notices: string[] };
export interface ImportOptions {
  autoApprove: boolean;
  confirmationEmail: boolean;
}

const NOTHING: Source = { kind: 'text', text: '' };

export function ImportForm(props: {
  /** Whose confirmation e-mail the option turns on. */
  provider: ProviderKey;
  source: Source;
  onSource: (source: Source) => void;
  options: ImportOptions;
  onOptions: (options: ImportOptions) => void;
  canPreview: boolean;
  busy: boolean;
  onPreview: () => void;
}) {
  const textId = useId();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string>();
  const [reading, setReading] = useState(false);
  // Only the latest choice counts: a slow read of an earlier file must not replace a later one.
  const latest = useRef(0);
  const { source, options } = props;

  async function choose(file: File | undefined) {
    const choice = ++latest.current;
    setFileError(undefined);
    // A new choice drops the old file at once: nothing can preview it while the new one is read,
    // nor after the new one is refused.
    if (source.kind === 'csv') props.onSource(NOTHING);
    setReading(file !== undefined);
    if (!file) return;
    const read = await readCsvFile(file);
    if (choice !== latest.current) return;
    setReading(false);
    if (read.ok)
      return props.onSource({ kind: 'csv', name: file.name, text: read.text, notices: read.notices });
    if (fileInput.current) fileInput.current.value = '';
    setFileError(read.message);
  }

  return (
    <form
      className="import"
      onSubmit={(e) => {
        e.preventDefault();
        props.onPreview();
      }}
    >
      <div className="field">
        <label htmlFor={textId}>{t('registrationPeopleLabel')}</label>
        <textarea
          id={textId}
          rows={8}
          value={source.kind === 'text' ? source.text : ''}
          placeholder={'Ada Lovelace <ada@example.org>\ngrace@example.org'}
          aria-describedby={`${textId}-hint`}
          onChange={(e) => {
            // Typing replaces the file: the file input must not go on showing a name the preview won't use.
            if (fileInput.current) fileInput.current.value = '';
            latest.current++;
            setReading(false);
            setFileError(undefined);
            props.onSource({ kind: 'text', text: e.target.value });
          }}
        />
        <p className="hint" id={`${textId}-hint`}>
          {t('registrationPeopleHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={fileId}>{t('registrationCsvLabel')}</label>
        <input
          ref={fileInput}
          id={fileId}
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
        {reading && <p role="status">{t('registrationFileReading')}</p>}
        {source.kind === 'csv' && (
          <div data-testid="csv-file">
            <p className="hint">{t('registrationCsvChosen', [source.name])}</p>
            {source.notices.map((notice) => (
              <p className="advice" key={notice}>
                {notice}
              </p>
            ))}
          </div>
        )}
        {fileError && (
          <p role="alert" data-testid="file-error">
            {fileError}
          </p>
        )}
      </div>
      <fieldset>
        <legend>{t('registrationOptions')}</legend>
        <label>
          <input
            type="checkbox"
            checked={options.autoApprove}
            onChange={(e) => props.onOptions({ ...options, autoApprove: e.target.checked })}
          />{' '}
          {t('registrationAutoApprove')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={options.confirmationEmail}
            onChange={(e) => props.onOptions({ ...options, confirmationEmail: e.target.checked })}
          />{' '}
          {t('registrationConfirmationEmail', PROVIDER_NAMES[props.provider])}
        </label>
      </fieldset>
      <button type="submit" className="primary" disabled={!props.canPreview || props.busy || reading}>
        {props.busy ? t('statusLoading') : t('registrationPreview')}
      </button>
    </form>
  );
}
