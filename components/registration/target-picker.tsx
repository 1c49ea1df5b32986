import { useId } from 'react';
import { ErrorNotice } from '@/components/error-notice';
import { useRequest } from '@/components/use-request';
import { t } from '@/lib/i18n';
import type { Target, TargetItem } from '@/lib/protocol/registration';
import { isProviderKey } from '@/lib/brands/brands';
import { PROVIDER_NAMES } from '@/lib/brands/names';

const keyOf = (target: Target) => `${target.provider}:${target.kind}:${target.id}`;

function targetOfKey(key: string): Target | undefined {
  const [provider, kind, id] = key.split(':');
  if (!isProviderKey(provider) || (kind !== 'meeting' && kind !== 'webinar') || !id) return undefined;
  return { provider, kind, id };
}

function label(item: TargetItem): string {
  const when = item.startTime ? new Date(item.startTime).toLocaleString() : '';
  const kind = t(item.kind === 'webinar' ? 'registrationKindWebinar' : 'registrationKindMeeting');
  return [item.topic, `${PROVIDER_NAMES[item.provider]} ${kind}`, when].filter(Boolean).join(' · ');
}

/**
 * The meeting or webinar to register people to: upcoming ones that take registrations, plus the
 * one the page was opened for (a menu or the panel may name one that is not upcoming).
 */
export function TargetPicker(props: { value: Target | undefined; onChange: (target: Target) => void }) {
  const id = useId();
  const targets = useRequest('registration.targets', {});
  const items = targets.state === 'ready' ? targets.data.items : [];
  const chosen = props.value;
  const listed = chosen && items.some((i) => keyOf(i) === keyOf(chosen));
  return (
    <div className="field">
      <label htmlFor={id}>{t('registrationTarget')}</label>
      <select
        id={id}
        value={chosen ? keyOf(chosen) : ''}
        onChange={(e) => {
          const target = targetOfKey(e.target.value);
          if (target) props.onChange(target);
        }}
      >
        <option value="" disabled>
          {targets.state === 'loading' ? t('statusLoading') : t('registrationChooseTarget')}
        </option>
        {chosen && !listed && (
          <option value={keyOf(chosen)}>
            {`${PROVIDER_NAMES[chosen.provider]} `}
            {t(chosen.kind === 'webinar' ? 'registrationWebinarId' : 'registrationMeetingId', [chosen.id])}
          </option>
        )}
        {items.map((item) => (
          <option key={keyOf(item)} value={keyOf(item)}>
            {label(item)}
          </option>
        ))}
      </select>
      {targets.state === 'ready' && items.length === 0 && !chosen && (
        <p className="hint">{t('registrationNoTargets')}</p>
      )}
      {targets.state === 'error' && <ErrorNotice scope="every" error={targets} />}
    </div>
  );
}
