import type { Candidate } from './person';
import { type Plan, planRegistration, type Refusal } from './plan';
import type { EventInfo, EventRef, RegisterOptions, RegistrationProvider } from './registration-provider';

/**
 * The preview a view shows before anything is sent: the event's type and registration settings,
 * everyone already registered (every status, every page), and the plan made from both, with the
 * event it read (a view names the event even when the plan refuses). Costs one read of the event
 * and the listing pages; registers nobody.
 */
export async function prepareWithEvent(
  provider: RegistrationProvider,
  ref: EventRef,
  candidates: readonly Candidate[],
  options: RegisterOptions = {},
): Promise<{ event: EventInfo; outcome: Plan | Refusal }> {
  const event =
    ref.kind === 'meeting' ? await provider.getMeeting(ref.id) : await provider.getWebinar(ref.id);
  const limits = { batchLimit: provider.batchLimit, capacity: provider.capacity };
  // Without registration Zoom refuses the listing too; the plan's refusal says why, in our words.
  const existing = event.registration === 'none' ? [] : await provider.listRegistrants(ref);
  return { event, outcome: planRegistration({ event, candidates, existing, options, ...limits }) };
}
