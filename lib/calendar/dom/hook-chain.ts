// Reading one field through a chain of hooks (docs/CALENDAR-DOM.md): id first, then `jsname`, then
// role/structure, per-language labels last. Each link is tried in order; the first that finds a
// value wins, and the probe records which one did (or every hook tried), for the diagnostics line
// and the options page's "Check a calendar page". Probes carry hook names only, never page text.

import type { EventField, FieldProbe } from '../adapter';

/** One link of a chain: a name for logs (the selector, usually) and how to find the value. */
export interface Hook<T> {
  name: string;
  find(scope: ParentNode): T | null | undefined;
}

/** The first value a hook of the chain finds, recording the probe; null when none did. */
export function readChain<T>(
  scope: ParentNode,
  field: EventField,
  chain: readonly Hook<T>[],
  probes: FieldProbe[],
): T | null {
  const tried: string[] = [];
  for (const hook of chain) {
    tried.push(hook.name);
    const value = hook.find(scope);
    if (value !== null && value !== undefined) {
      probes.push({ field, hook: hook.name, tried });
      return value;
    }
  }
  probes.push({ field, hook: null, tried });
  return null;
}

/** A hook that is a selector: the first element matching it. */
export const bySelector = <T extends Element = HTMLElement>(selector: string): Hook<T> => ({
  name: selector,
  find: (scope) => scope.querySelector<T>(selector),
});
