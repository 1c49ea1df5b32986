import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { PROVIDER_NAMES, type ProviderKey } from '@/lib/provider-names';

export type Source = { kind: 'text'; text: string } | { kind: 'csv'; name: string; text: string };
export interface ImportOptions {
  autoApprove: boolean;
  confirmationEmail: boolean;
}

/** The protocol's limit on one input; a 4,999-row CSV with names is well under 1 MB. */
const MAX_FILE_BYTES = 4_000_000;

/** Reads a chosen file as text in the page; nothing is uploaded anywhere but to the preview. */
function readFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

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
  const [fileError, setFileError] = useState<string>();
  const { source, options } = props;

  async function choose(file: File | undefined) {
    setFileError(undefined);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setFileError(t('registrationFileTooLarge'));
    try {
      props.onSource({ kind: 'csv', name: file.name, text: await readFile(file) });
    } catch {
      setFileError(t('registrationFileUnreadable'));
    }
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
          onChange={(e) => props.onSource({ kind: 'text', text: e.target.value })}
        />
        <p className="hint" id={`${textId}-hint`}>
          {t('registrationPeopleHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={fileId}>{t('registrationCsvLabel')}</label>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
        {source.kind === 'csv' && (
          <p className="hint" data-testid="csv-file">
            {t('registrationCsvChosen', [source.name])}
          </p>
        )}
        {fileError && <p role="alert">{fileError}</p>}
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
      <button type="submit" className="primary" disabled={!props.canPreview || props.busy}>
        {props.busy ? t('statusLoading') : t('registrationPreview')}
      </button>
    </form>
  );
}
