import { t } from '@/lib/i18n';
import { PROVIDER_NAMES } from '@/lib/brands/names';
import type { JobProgressView } from '@/lib/protocol/registration';

// Written out key by key (not built from the value) so the locales test sees every key used.

export function registrantStatusLabel(status: 'approved' | 'pending' | 'denied'): string {
  if (status === 'approved') return t('registrantStatusApproved');
  if (status === 'pending') return t('registrantStatusPending');
  return t('registrantStatusDenied');
}

export function jobStateLabel(
  state: JobProgressView['state'],
  provider: JobProgressView['provider'],
): string {
  switch (state) {
    case 'queued':
      return t('jobStateQueued');
    case 'running':
      return t('jobStateRunning');
    case 'paused':
      return t('jobStatePaused');
    case 'waiting':
      return t('jobStateWaiting', PROVIDER_NAMES[provider]);
    case 'done':
      return t('jobStateDone');
    case 'cancelled':
      return t('jobStateCancelled');
  }
}

export function outcomeLabel(status: string | undefined): string {
  switch (status) {
    case 'registered':
      return t('outcomeRegistered');
    case 'failed':
      return t('outcomeFailed');
    case 'skipped-duplicate':
      return t('outcomeDuplicate');
    case 'already-registered':
      return t('outcomeAlready');
    case 'invalid':
      return t('outcomeInvalid');
    default:
      return t('outcomeNotSent');
  }
}

/** "3 min 20 s" from milliseconds, rounded up to whole seconds. */
export function durationLabel(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return minutes > 0
    ? t('durationMinutesSeconds', [String(minutes), String(seconds % 60)])
    : t('durationSeconds', [String(seconds)]);
}
