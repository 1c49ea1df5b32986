// What the calendar content scripts get as `ctx` instead of WXT's ContentScriptContext (aliased in
// wxt.config.ts): they use only `ctx.signal`, and WXT's class, with its timers, location watcher
// and logger, costs ~2.5 kB of their 25 kB budget. Kept from it: a copy of the same script started
// later in this tab (the extension reloaded or updated) stops this one, so a tab never gets two
// buttons.

export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(name: string) {
    const type = `calendar-meetings:${name}:started`;
    const id = Math.random().toString(36).slice(2);
    // The id travels as a string: an object's detail may not cross from another script's world.
    document.dispatchEvent(new CustomEvent(type, { detail: id }));
    const stop = (event: Event) => {
      if ((event as CustomEvent<unknown>).detail !== id) this.controller.abort();
    };
    document.addEventListener(type, stop, { signal: this.signal });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }
}
