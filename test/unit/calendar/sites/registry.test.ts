// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { CalendarAdapter } from '@/lib/calendar/adapter';
import { startCalendarController } from '@/lib/calendar/content/calendar-controller';
import { SITES } from '@/lib/protocol/event-rules';
import { calendarPages, calendarSites, siteName, siteOfOrigin } from '@/lib/calendar/sites/registry';
import { scheduleMeeting } from '@/lib/menus/actions/schedule-meeting';
import config from '../../../../wxt.config';

// The content scripts are run here with the controller stubbed, to see which adapter each starts.
vi.mock('@/lib/calendar/content/calendar-controller', () => ({ startCalendarController: vi.fn() }));

const ROOT = resolve(import.meta.dirname, '../../../..');
const SITES_DIR = join(ROOT, 'lib/calendar/sites');
const ENTRYPOINTS_DIR = join(ROOT, 'entrypoints');

interface ContentScript {
  file: string;
  matches: string[];
  main(ctx: { signal: AbortSignal }): void;
}

const siteFolders = () =>
  readdirSync(SITES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

const contentScripts = async (): Promise<ContentScript[]> => {
  const folders = readdirSync(ENTRYPOINTS_DIR).filter((name) => name.endsWith('.content'));
  return Promise.all(
    folders.map(async (folder) => {
      const file = join(ENTRYPOINTS_DIR, folder, 'index.ts');
      const module = (await import(file)) as { default: Omit<ContentScript, 'file'> };
      return { file, ...module.default };
    }),
  );
};

/** The adapter a content script hands the controller when it starts. */
const adapterStartedBy = (script: ContentScript): CalendarAdapter => {
  const start = vi.mocked(startCalendarController);
  start.mockClear();
  script.main({ signal: new AbortController().signal });
  expect(start, script.file).toHaveBeenCalledTimes(1);
  return start.mock.calls[0]![0].adapter;
};

const isAdapter = (value: unknown): value is CalendarAdapter =>
  typeof value === 'object' &&
  value !== null &&
  ['findEditors', 'readEvent', 'writeLocation', 'writeDescription', 'watch'].every(
    (key) => typeof (value as Record<string, unknown>)[key] === 'function',
  );

describe('the calendar site registry', () => {
  it('lists each site folder once, with the keys the event schema accepts', async () => {
    const folders = siteFolders();
    expect(folders.length).toBeGreaterThanOrEqual(2);
    expect(calendarSites.map((site) => site.key).sort()).toEqual(folders.sort());
    expect([...SITES].sort()).toEqual(folders.sort());
    for (const folder of folders) {
      const module = (await import(join(SITES_DIR, folder, 'site.ts'))) as Record<string, unknown>;
      const declared = Object.values(module);
      expect(declared, `${folder}/site.ts`).toHaveLength(1);
      expect(calendarSites, `${folder}/site.ts is not in the registry`).toContain(declared[0]);
      expect(declared[0]).toMatchObject({ key: folder });
    }
  });

  it('gives each site a name and exact-host https patterns, which the origin check reads back', () => {
    for (const site of calendarSites) {
      expect(site.name.length).toBeGreaterThan(0);
      expect(siteName(site.key)).toBe(site.name);
      expect(site.matches.length).toBeGreaterThan(0);
      for (const pattern of site.matches) {
        expect(pattern).toMatch(/^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
        expect(siteOfOrigin(new URL(pattern).origin)).toBe(site.key);
      }
    }
    expect(siteOfOrigin('https://calendar.google.com.example.org')).toBeNull();
    expect(siteOfOrigin('http://calendar.google.com')).toBeNull();
  });

  it("has a folder adapter for each site, reporting the site's key", async () => {
    for (const site of calendarSites) {
      const module = (await import(join(SITES_DIR, site.key, 'adapter.ts'))) as Record<string, unknown>;
      const adapters = Object.values(module).filter(isAdapter);
      expect(adapters, `${site.key}/adapter.ts`).toHaveLength(1);
      expect(adapters[0]!.site).toBe(site.key);
    }
  });

  it("runs one content script per site, on the site's pages, with the site's adapter", async () => {
    const scripts = await contentScripts();
    expect(scripts).toHaveLength(calendarSites.length);
    for (const site of calendarSites) {
      const mine = scripts.filter((script) => script.matches.some((m) => site.matches.includes(m)));
      expect(mine, `content scripts for ${site.key}`).toHaveLength(1);
      expect(mine[0]!.matches).toEqual(site.matches);
      expect(adapterStartedBy(mine[0]!).site).toBe(site.key);
    }
  });

  it("lets every site's pages load the panel and the on-demand actions, and no other page", () => {
    const manifest = config.manifest;
    if (typeof manifest !== 'object' || manifest === null || !('web_accessible_resources' in manifest)) {
      throw new Error('wxt.config.ts: the manifest is no object with web_accessible_resources');
    }
    const resources = manifest.web_accessible_resources as { resources: string[]; matches?: string[] }[];
    for (const file of ['panel.html', 'calendar-actions.js']) {
      const entries = resources.filter((entry) => entry.resources.includes(file));
      expect(entries, file).toHaveLength(1);
      expect([...entries[0]!.matches!].sort(), file).toEqual([...calendarPages].sort());
    }
  });

  it('offers scheduling from the menu on every site and nowhere else', () => {
    expect(scheduleMeeting.documentUrlPatterns).toEqual(calendarPages);
    expect(calendarPages).toEqual(calendarSites.flatMap((site) => site.matches));
  });
});
