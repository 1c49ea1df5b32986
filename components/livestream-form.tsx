import { useId, useState } from 'react';
import { z } from 'zod';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { LivestreamEditSchema, type LivestreamView, RESOLUTIONS } from '@/lib/protocol/popup';
import { ErrorNotice, type ViewErrorInfo } from './error-notice';

type Field = 'stream_url' | 'stream_key' | 'page_url';
const LABELS: Record<Field, string> = {
  stream_url: 'livestreamStreamUrl',
  stream_key: 'livestreamStreamKey',
  page_url: 'livestreamPageUrl',
};
const FIELD_ERRORS: Record<Field, string> = {
  stream_url: 'livestreamInvalidStreamUrl',
  stream_key: 'livestreamInvalidStreamKey',
  page_url: 'livestreamInvalidPageUrl',
};

/** Edits the stream settings; checked with the protocol's own schema before anything is sent. */
export function LivestreamForm({
  id,
  view,
  onSaved,
  onCancel,
}: {
  id: string;
  view: LivestreamView;
  onSaved: (view: LivestreamView) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState({
    stream_url: view.stream_url,
    stream_key: view.stream_key,
    page_url: view.page_url,
    resolution: (RESOLUTIONS as readonly string[]).includes(view.resolution) ? view.resolution : '720p',
  });
  const [invalid, setInvalid] = useState<Partial<Record<Field, boolean>>>({});
  const [error, setError] = useState<ViewErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const base = useId();

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const parsed = LivestreamEditSchema.safeParse(draft);
    if (!parsed.success) {
      const fields = z.flattenError(parsed.error).fieldErrors as Partial<Record<Field, unknown>>;
      return setInvalid({
        stream_url: !!fields.stream_url,
        stream_key: !!fields.stream_key,
        page_url: !!fields.page_url,
      });
    }
    setInvalid({});
    setBusy(true);
    const reply = await sendMessage('livestream.update', { id, settings: parsed.data });
    setBusy(false);
    if (reply.ok) onSaved(reply.data);
    else setError(reply.error);
  }

  // The error sits outside the label so the field's accessible name stays its label alone.
  const text = (field: Field, type: 'url' | 'text') => (
    <div>
      <label>
        {t(LABELS[field])}
        <input
          type={type}
          required
          value={draft[field]}
          aria-invalid={invalid[field] ?? false}
          aria-describedby={invalid[field] ? `${base}-${field}` : undefined}
          onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
        />
      </label>
      {invalid[field] && (
        <span className="field-error" id={`${base}-${field}`}>
          {t(FIELD_ERRORS[field])}
        </span>
      )}
    </div>
  );

  return (
    <form onSubmit={(e) => void save(e)} noValidate data-testid="livestream-form">
      {text('stream_url', 'text')}
      {text('stream_key', 'text')}
      {text('page_url', 'url')}
      <label>
        {t('livestreamResolution')}
        <select value={draft.resolution} onChange={(e) => setDraft({ ...draft, resolution: e.target.value })}>
          {RESOLUTIONS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      {error && <ErrorNotice error={error} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('actionSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('actionCancel')}
        </button>
      </div>
    </form>
  );
}
