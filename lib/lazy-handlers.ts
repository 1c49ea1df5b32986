import type { Handlers, MessageName } from './messaging';

/**
 * Handlers for `names` that load their group on the first call: a worker woken by one message
 * builds only the group that answers it. The group is loaded once; every later call reuses it.
 */
export function lazyHandlers(
  names: readonly MessageName[],
  load: () => Promise<Partial<Handlers>>,
): Partial<Handlers> {
  let group: Promise<Partial<Handlers>> | undefined;
  const entries = names.map((name) => {
    const handler = async (payload: unknown, sender: Parameters<Handlers[MessageName]>[1]) => {
      const handlers = await (group ??= load());
      const target = handlers[name] as ((p: unknown, s: typeof sender) => Promise<unknown>) | undefined;
      if (!target) throw new Error(`The background has no handler for "${name}".`);
      return target(payload, sender);
    };
    return [name, handler] as const;
  });
  return Object.fromEntries(entries) as Partial<Handlers>;
}
