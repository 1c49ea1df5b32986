import type { MeetingProvider } from './provider';
import { webexProvider } from './webex/provider';
import { zoomProvider } from './zoom/provider';

/**
 * Every meeting provider the background runs, in the order of lib/brands/brands.ts. Adding one: its
 * folder beside these, its brand in lib/brands/, a line there and a line here.
 */
export const PROVIDERS: readonly MeetingProvider[] = [zoomProvider, webexProvider];
