import type { CalendarSite, Site } from '../../protocol/calendar-event';
import { googleSite } from './google/site';
import { outlookSite } from './outlook/site';

// Every calendar site, each declared once in its folder's site.ts. What the extension runs on comes
// from here: each content script's `matches`, the manifest's web_accessible_resources
// (wxt.config.ts), the menus' document patterns and the background's check of a sender's origin.
// Data only, so the build config and the background may import it. Adding a site is a folder with
// site.ts and adapter.ts, an entrypoints/<name>.content script, and a line here;
// test/unit/calendar/sites/registry.test.ts fails while one of them is missing.
export const calendarSites: readonly CalendarSite[] = [googleSite, outlookSite];

/** Every page a calendar content script runs on. */
export const calendarPages: readonly string[] = calendarSites.flatMap((site) => site.matches);

// The origin each pattern names: the patterns are exact-host (`https://<host>/*`, see CalendarSite).
const SITE_OF_ORIGIN: ReadonlyMap<string, Site> = new Map(
  calendarSites.flatMap((site) =>
    site.matches.map((pattern) => [new URL(pattern).origin, site.key] as const),
  ),
);

/** The site a page's origin belongs to ("https://outlook.live.com" -> outlook), else null. */
export const siteOfOrigin = (origin: string): Site | null => SITE_OF_ORIGIN.get(origin) ?? null;

/** The site's name as a person knows it ("Google Calendar"). */
export const siteName = (key: Site): string => calendarSites.find((site) => site.key === key)?.name ?? key;
