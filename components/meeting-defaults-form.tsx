import { useState } from 'react';
import { z } from 'zod';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { type MeetingDefaults, PASSCODE } from '@/lib/storage';
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
const SWITCHES = [
  ['waitingRoom', 'defaultsWaitingRoom'],
  ['joinBeforeHost', 'defaultsJoinBeforeHost'],
  ['muteUponEntry', 'defaultsMuteUponEntry'],
] as const;

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

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const { hosts, invalid } = parseHosts(hostsText);
    const found = {
      ...(invalid.length > 0 ? { hosts: t('defaultsHostsInvalid', invalid.join(', ')) } : {}),
      ...(draft.passcode === 'fixed' && !PASSCODE.test(draft.fixedPasscode)
        ? { passcode: t('defaultsPasscodeInvalid') }
        : {}),
    };
    setErrors(found);
    if (found.hosts || found.passcode) return setMessage(undefined);
    const reply = await sendMessage('settings.saveMeetingDefaults', { ...draft, alternativeHosts: hosts });
    if (!reply.ok) return setMessage({ kind: 'alert', text: reply.error.message });
    setDraft(reply.data);
    setHostsText(reply.data.alternativeHosts.join(', '));
    setMessage({ kind: 'status', text: t('defaultsSaved') });
  }

  return (
    <form onSubmit={(e) => void save(e)} aria-labelledby="defaults-heading" noValidate>
      <p className="hint">{t('defaultsIntro')}</p>
      <fieldset>
        <legend>{t('defaultsPasscode')}</legend>
        {(Object.keys(PASSCODES) as MeetingDefaults['passcode'][]).map((mode) => (
          <label key={mode} className="choice">
            <input
              type="radio"
              name="passcode"
              checked={draft.passcode === mode}
              onChange={() => set({ passcode: mode })}
            />
            {t(PASSCODES[mode])}
          </label>
        ))}
        <label>
          {t('defaultsPasscodeValue')}
          <input
            type="text"
            maxLength={10}
            autoComplete="off"
            value={draft.fixedPasscode}
            disabled={draft.passcode !== 'fixed'}
            aria-invalid={errors.passcode ? true : undefined}
            aria-describedby={errors.passcode ? 'passcode-error' : undefined}
            onChange={(e) => set({ fixedPasscode: e.target.value })}
          />
        </label>
        {errors.passcode && (
          <p id="passcode-error" className="error">
            {errors.passcode}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('defaultsInMeeting')}</legend>
        {SWITCHES.map(([field, label]) => (
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
