import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { originPatterns } from '@/lib/providers/zoom/endpoints';
import { serverUrlProblem } from '@/lib/auth/server-url';
import type { SessionEndpoints } from '@/lib/auth/session';
import { t } from '@/lib/i18n';
import type { Reply } from '@/lib/messaging';
import { CopyButton } from './copy-button';

type Field = 'oauthBase' | 'apiBase' | 'clientId';

/** What the options page gets of a provider's server settings. */
export interface ServerView<E> {
  endpoints: E;
  /** What the person registers as the redirect URL in their OAuth app. */
  redirectUrl: string;
  /** Fields an administrator set by policy; none when absent. */
  locked?: Record<Field | 'preset', boolean>;
}

/** Named servers (zoom.us, ZoomGov, …) that fill the base URLs; the custom one leaves them free. */
export interface ServerPresets<E> {
  choices: readonly { value: string; label: string; choose(draft: E): E }[];
  selected(draft: E): string;
  /** Whether the base URLs are the person's to type. */
  custom(draft: E): boolean;
}

/** What differs between providers' server forms: the save message, presets, labels and hooks. */
export interface ServerFormSpec<E extends SessionEndpoints, V extends ServerView<E>> {
  save(endpoints: E): Promise<Reply<V>>;
  presets?: ServerPresets<E>;
  /** A server outside the manifest's hosts, whose host permission must be asked for. */
  needsHostPermission(endpoints: E): boolean;
  /** i18n keys of the labels that name the provider's app. */
  text: { clientId: string; redirectUrl: string };
  /** Stable hooks for the e2e tests. */
  testIds: { redirectUrl: string; message: string };
  /** The inputs' `name`s, where the provider's fields have them. */
  names?: Record<Field, string>;
}

const UNLOCKED = { preset: false, oauthBase: false, apiBase: false, clientId: false };
const FIELDS: Field[] = ['oauthBase', 'apiBase', 'clientId'];

/** The hosts a permission prompt names, as a person reads them ("127.0.0.1", "zoom.example.org"). */
const hostsOf = (endpoints: SessionEndpoints) =>
  [...new Set([endpoints.oauthBase, endpoints.apiBase].map((base) => new URL(base).hostname))].join(', ');

/** Which server (a preset or another, such as the sandbox) and which OAuth app. */
export function ServerForm<E extends SessionEndpoints, V extends ServerView<E>>({
  spec,
  view,
  labelledBy,
  onSaved,
  onUnsavedChange,
}: {
  spec: ServerFormSpec<E, V>;
  view: V;
  /** The id of the section's heading. */
  labelledBy: string;
  onSaved: (view: V) => void;
  /** Whether the fields differ from what is saved, so sign-in never runs on settings not saved. */
  onUnsavedChange?: (unsaved: boolean) => void;
}) {
  const [saved, setSaved] = useState<E>(view.endpoints);
  const [draft, setDraft] = useState<E>(view.endpoints);
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string }>();
  const [busy, setBusy] = useState(false);
  const locked = view.locked ?? UNLOCKED;
  const { presets } = spec;
  const fixedBases = presets ? !presets.custom(draft) : false;
  const invalid = [draft.oauthBase, draft.apiBase].some((base) => serverUrlProblem(base) !== null);
  const unsaved = FIELDS.some((field) => draft[field].trim() !== saved[field]);

  useEffect(() => onUnsavedChange?.(unsaved), [unsaved, onUnsavedChange]);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (invalid) return setMessage({ kind: 'alert', text: t('settingsInvalidUrl') });
    setBusy(true);
    try {
      if (spec.needsHostPermission(draft)) {
        // Another server is not in the manifest's hosts: ask now, while the click still counts as a
        // gesture (nothing awaited before), and say that a prompt is waiting on the person.
        const hosts = hostsOf(draft);
        setMessage({ kind: 'status', text: t('settingsWaitingForPermission', hosts) });
        const granted = await browser.permissions
          .request({ origins: originPatterns(draft) })
          .catch(() => false);
        // Without the permission the browser blocks every call to that server: store nothing.
        if (!granted) return setMessage({ kind: 'alert', text: t('settingsHostPermissionDenied', hosts) });
      }
      const reply = await spec.save(draft);
      if (!reply.ok) return setMessage({ kind: 'alert', text: reply.error.message });
      setSaved(reply.data.endpoints);
      setDraft(reply.data.endpoints);
      onSaved(reply.data);
      setMessage({ kind: 'status', text: t('settingsSaved') });
    } finally {
      setBusy(false);
    }
  }

  const input = (field: Field, type: 'url' | 'text', label: string, readOnly: boolean) => (
    <label>
      {label}
      <input
        type={type}
        required={type === 'url'}
        name={spec.names?.[field]}
        value={draft[field]}
        readOnly={readOnly}
        onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
      />
    </label>
  );

  return (
    <form onSubmit={(e) => void save(e)} aria-labelledby={labelledBy}>
      {presets && (
        <fieldset disabled={locked.preset}>
          <legend>{t('settingsServer')}</legend>
          {presets.choices.map((preset) => (
            <label key={preset.value} className="choice">
              <input
                type="radio"
                name="preset"
                value={preset.value}
                checked={presets.selected(draft) === preset.value}
                onChange={() => setDraft(preset.choose)}
              />
              {t(preset.label)}
            </label>
          ))}
        </fieldset>
      )}
      {input('oauthBase', 'url', t('settingsOauthBase'), locked.oauthBase || fixedBases)}
      {input('apiBase', 'url', t('settingsApiBase'), locked.apiBase || fixedBases)}
      {input('clientId', 'text', t(spec.text.clientId), locked.clientId)}
      {(locked.preset || locked.clientId) && <p className="hint">{t('settingsLockedByPolicy')}</p>}
      <p>
        {t(spec.text.redirectUrl)}: <code data-testid={spec.testIds.redirectUrl}>{view.redirectUrl}</code>{' '}
        <CopyButton text={view.redirectUrl} />
      </p>
      <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
        {t('actionSave')}
      </button>
      {message && (
        <p role={message.kind} data-testid={spec.testIds.message}>
          {message.text}
        </p>
      )}
    </form>
  );
}
