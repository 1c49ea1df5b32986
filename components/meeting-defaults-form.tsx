import { useState } from 'react';
import { z } from 'zod';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { MeetingDefaults } from '@/lib/storage';
import { ProviderLogo } from '@/components/logos/provider-logo';
import { useRequest } from './use-request';

const PASSCODES = {
  auto: 'defaultsPasscodeAuto',
  none: 'defaultsPasscodeNone',
  fixed: 'defaultsPasscodeFixed',
};
const RECORDINGS = {
  none: 'defaultsRecordingNone',
  local: 'defaultsRecordingLocal',
  cloud: 'defaultsRecordingCloud',
};
const REGISTRATIONS = {
  none: 'defaultsRegistrationNone',
  automatic: 'defaultsRegistrationAutomatic',
  manual: 'defaultsRegistrationManual',
};
/** Settings only Zoom meetings get: Webex meetings follow the Webex site's own settings there. */
const ZOOM_SWITCHES = [
  ['waitingRoom', 'defaultsWaitingRoom'],
  ['muteUponEntry', 'defaultsMuteUponEntry'],
] as const;

/** Zoom's passcode rule (docs/api/zoom-meetings-api-reference.txt, "Update a meeting"): at most 10
 * characters, letters, digits and @ - _ *. The create call allows more, so this one fits both. */
export const PASSCODE_MAX = 10;
const PASSCODE_CHARACTER = /[A-Za-z0-9@_*-]/;

/** What is wrong with a fixed passcode, in a sentence, or nothing. Never cuts the input itself. */
export function passcodeProblem(value: string): string | undefined {
  if (value.length === 0) return t('defaultsPasscodeEmpty');
  const refused = [...new Set([...value].filter((c) => !PASSCODE_CHARACTER.test(c)))];
  if (refused.length > 0)
    return t(
      'defaultsPasscodeCharacters',
      refused.map((c) => (c === ' ' ? t('defaultsSpace') : `“${c}”`)).join(', '),
    );
  if (value.length > PASSCODE_MAX) return t('defaultsPasscodeTooLong', String(value.length));
  return undefined;
}

/** "a@x.org, b@y.org" (commas, semicolons or new lines) -> the addresses, and those that are not. */
export function parseHosts(text: string): { hosts: string[]; invalid: string[] } {
  const parts = [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
  const invalid = parts.filter((part) => !z.email().safeParse(part).success);
  return { hosts: parts.filter((part) => !invalid.includes(part)), invalid };
}

/** The options page's "Meeting defaults": what a meeting attached from the calendar gets. */
export function MeetingDefaultsSection() {
  const defaults = useRequest('settings.getMeetingDefaults', {});
  if (defaults.state === 'loading') return <p role="status">{t('statusLoading')}</p>;
  if (defaults.state === 'error') return <p role="alert">{defaults.message}</p>;
  return <MeetingDefaultsForm initial={defaults.data} />;
}

export function MeetingDefaultsForm({ initial }: { initial: MeetingDefaults }) {
  const [draft, setDraft] = useState(initial);
  const [hostsText, setHostsText] = useState(initial.alternativeHosts.join(', '));
  const [errors, setErrors] = useState<{ hosts?: string; passcode?: string }>({});
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string }>();
  const set = (patch: Partial<MeetingDefaults>) => setDraft((d) => ({ ...d, ...patch }));
  // Said while typing (an empty field only on Save): too long or a character Zoom refuses.
  const passcodeError =
    errors.passcode ?? (draft.fixedPasscode ? passcodeProblem(draft.fixedPasscode) : undefined);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const { hosts, invalid } = parseHosts(hostsText);
    const found = {
      ...(invalid.length > 0 ? { hosts: t('defaultsHostsInvalid', invalid.join(', ')) } : {}),
      ...(draft.passcode === 'fixed' && passcodeProblem(draft.fixedPasscode)
        ? { passcode: passcodeProblem(draft.fixedPasscode) }
        : {}),
    };
    setErrors(found);
    if (found.hosts || found.passcode) return setMessage(undefined);
    // A passcode typed but not chosen is kept only if it would be valid (storage holds at most 10).
    const fixedPasscode =
      draft.passcode === 'fixed' || !passcodeProblem(draft.fixedPasscode) ? draft.fixedPasscode : '';
    const reply = await sendMessage('settings.saveMeetingDefaults', {
      ...draft,
      fixedPasscode,
      alternativeHosts: hosts,
    });
    if (!reply.ok) return setMessage({ kind: 'alert', text: reply.error.message });
    setDraft(reply.data);
    setHostsText(reply.data.alternativeHosts.join(', '));
    setMessage({ kind: 'status', text: t('defaultsSaved') });
  }

  const fixed = draft.passcode === 'fixed';
  return (
    <form onSubmit={(e) => void save(e)} aria-labelledby="defaults-heading" noValidate>
      <p className="hint">{t('defaultsIntro')}</p>
      <div className="defaults-group" role="group" aria-labelledby="defaults-both">
        <h3 id="defaults-both">
          <ProviderLogo provider="zoom" />
          <ProviderLogo provider="webex" />
          <span>{t('defaultsForBoth')}</span>
        </h3>
        <fieldset>
          <legend>{t('defaultsPasscode')}</legend>
          {(Object.keys(PASSCODES) as MeetingDefaults['passcode'][]).map((mode) => (
            <label key={mode} className="choice">
              <input
                type="radio"
                name="passcode"
                checked={draft.passcode === mode}
                onChange={() => {
                  set({ passcode: mode });
                  setErrors((found) => ({ ...found, passcode: undefined }));
                }}
              />
              {t(PASSCODES[mode])}
            </label>
          ))}
          {/* The field exists only while "always the same one" is chosen; what was typed is kept. */}
          {fixed && (
            <div aria-live="polite">
              <label>
                {t('defaultsPasscodeValue')}
                <input
                  type="text"
                  className="short"
                  autoComplete="off"
                  spellCheck={false}
                  value={draft.fixedPasscode}
                  aria-invalid={passcodeError ? true : undefined}
                  aria-describedby={passcodeError ? 'passcode-limit passcode-error' : 'passcode-limit'}
                  onChange={(e) => {
                    set({ fixedPasscode: e.target.value });
                    setErrors((found) => ({ ...found, passcode: undefined }));
                  }}
                />
              </label>
              <p id="passcode-limit" className="hint">
                {t('defaultsPasscodeLimit')}
              </p>
              {passcodeError && (
                <p id="passcode-error" className="error" data-testid="passcode-error">
                  {passcodeError}
                </p>
              )}
            </div>
          )}
          <p className="hint">{t('defaultsPasscodeWebex')}</p>
        </fieldset>
        <fieldset>
          <legend>{t('defaultsInMeeting')}</legend>
          <label>
            <input
              type="checkbox"
              checked={draft.joinBeforeHost}
              onChange={(e) => set({ joinBeforeHost: e.target.checked })}
            />{' '}
            {t('defaultsJoinBeforeHost')}
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('defaultsRegistration')}</legend>
          {(Object.keys(REGISTRATIONS) as MeetingDefaults['registration'][]).map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="registration"
                checked={draft.registration === value}
                onChange={() => set({ registration: value })}
              />
              {t(REGISTRATIONS[value])}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="defaults-group" role="group" aria-labelledby="defaults-zoom">
        <h3 id="defaults-zoom">
          <ProviderLogo provider="zoom" />
          <span>{t('defaultsForZoom')}</span>
        </h3>
        <p className="hint">{t('defaultsZoomOnlyNote')}</p>
        <fieldset>
          <legend>{t('defaultsInZoomMeeting')}</legend>
          {ZOOM_SWITCHES.map(([field, label]) => (
            <label key={field}>
              <input
                type="checkbox"
                checked={draft[field]}
                onChange={(e) => set({ [field]: e.target.checked })}
              />{' '}
              {t(label)}
            </label>
          ))}
          {draft.waitingRoom && draft.joinBeforeHost && (
            <p className="hint">{t('defaultsJoinBeforeHostHint')}</p>
          )}
          <label>
            {t('defaultsAutoRecording')}{' '}
            <select
              value={draft.autoRecording}
              onChange={(e) => set({ autoRecording: e.target.value as MeetingDefaults['autoRecording'] })}
            >
              {(Object.keys(RECORDINGS) as MeetingDefaults['autoRecording'][]).map((value) => (
                <option key={value} value={value}>
                  {t(RECORDINGS[value])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('defaultsAlternativeHosts')}
            <input
              type="text"
              inputMode="email"
              value={hostsText}
              aria-invalid={errors.hosts ? true : undefined}
              aria-describedby={errors.hosts ? 'hosts-error' : undefined}
              onChange={(e) => setHostsText(e.target.value)}
            />
          </label>
          {errors.hosts && (
            <p id="hosts-error" className="error">
              {errors.hosts}
            </p>
          )}
        </fieldset>
      </div>
      <button type="submit" className="primary">
        {t('actionSave')}
      </button>
      {message && (
        <p role={message.kind} data-testid="defaults-message">
          {message.text}
        </p>
      )}
    </form>
  );
}
