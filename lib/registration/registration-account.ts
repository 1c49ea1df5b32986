import type { RegistrantRow, Target, TargetItem } from '../protocol/registration';
import type { RegistrantStatus, RegistrationProvider } from './registration-provider';

export type StatusAction = 'approve' | 'deny' | 'cancel';

/**
 * One connected account as the registration views see it: the engine's provider, plus the host's
 * own reads and decisions (upcoming targets, the registrant table, approve / deny / cancel). Each
 * provider makes one (lib/providers/<key>/registration-account.ts); the handlers pick by the
 * target's provider and never branch on it themselves.
 */
export interface RegistrationAccount {
  readonly provider: RegistrationProvider;
  /** Upcoming meetings and webinars that take registrations, soonest first. */
  targets(): Promise<TargetItem[]>;
  /** Everyone registered, with names and personal join links where the provider gives them. */
  registrants(target: Target, status?: RegistrantStatus): Promise<RegistrantRow[]>;
  /** Applies `action` to every id (in the provider's groups); answers how many were sent. */
  updateStatus(target: Target, action: StatusAction, ids: readonly string[]): Promise<number>;
}
