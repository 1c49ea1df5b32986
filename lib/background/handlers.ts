import type { Handlers } from './router';

export interface Services {
  /** Who is signed in, or null. Supplied by the auth module. */
  currentZoomUser(): Promise<{ displayName: string; email: string } | null>;
}

/** The background's answers, one per protocol message; entrypoints/background.ts wires them. */
export function createHandlers(services: Services): Partial<Handlers> {
  return {
    'status.get': async () => {
      const user = await services.currentZoomUser();
      return { zoom: user ? { connected: true as const, user } : { connected: false as const } };
    },
  };
}
