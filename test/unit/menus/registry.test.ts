import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { menuActions } from '@/lib/menus/registry';

const ROOT = resolve(import.meta.dirname, '../../..');
const ACTIONS_DIR = join(ROOT, 'lib/menus/actions');
const messages = (locale: string) =>
  JSON.parse(readFileSync(join(ROOT, `public/_locales/${locale}/messages.json`), 'utf8')) as Record<
    string,
    { message: string } | undefined
  >;
const english = messages('en');

describe('the context-menu registry', () => {
  it('lists every action file in lib/menus/actions', async () => {
    const files = readdirSync(ACTIONS_DIR).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const module = (await import(join(ACTIONS_DIR, file))) as Record<string, unknown>;
      const exported = Object.values(module);
      expect(
        exported.some((value) => menuActions.includes(value as never)),
        `${file} exports an action that is not in menuActions`,
      ).toBe(true);
    }
    expect(menuActions.length).toBe(files.length);
  });

  it('names no provider in code: links go to whichever provider’s brand declares them', () => {
    const files = readdirSync(join(ROOT, 'lib/menus'), { recursive: true, encoding: 'utf8' });
    const sources = files.filter((f) => f.endsWith('.ts'));
    expect(sources.length).toBeGreaterThan(0);
    for (const file of sources) {
      const code = readFileSync(join(ROOT, 'lib/menus', file), 'utf8').replace(
        /\/\/.*|\/\*[\s\S]*?\*\//g,
        '',
      );
      expect(code, file).not.toMatch(/['"`](zoom|webex)['"`]|providers\/(zoom|webex)\//i);
    }
  });

  it('gives each action a unique id and a title in _locales', () => {
    const ids = menuActions.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const action of menuActions) expect(english[action.titleKey], action.titleKey).toBeDefined();
  });

  it('shows link actions only on Zoom and Webex join links and scheduling only on calendar pages', () => {
    const byId = Object.fromEntries(menuActions.map((a) => [a.id, a]));
    expect(byId['copy-invitation']).toMatchObject({
      contexts: ['link'],
      targetUrlPatterns: ['https://*.zoom.us/j/*', 'https://*.zoomgov.com/j/*', 'https://*.webex.com/*'],
    });
    expect(byId['manage-registrants']?.targetUrlPatterns).toEqual(byId['copy-invitation']?.targetUrlPatterns);
    expect(byId['register-to-meeting']).toMatchObject({ contexts: ['selection'] });
    expect(byId['schedule-meeting']?.documentUrlPatterns).toEqual([
      'https://calendar.google.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      'https://outlook.live.com/*',
    ]);
  });

  it('titles the items shown on Webex links without naming Zoom alone', () => {
    const both = menuActions.filter((a) => a.targetUrlPatterns?.includes('https://*.webex.com/*'));
    expect(both.map((a) => a.id)).toEqual(['copy-invitation', 'manage-registrants']);
    for (const locale of ['en', 'de']) {
      const titles = messages(locale);
      for (const action of both) expect(titles[action.titleKey]?.message, locale).not.toMatch(/zoom/i);
    }
  });

  it('matches the content scripts’ sites for "Schedule a Zoom meeting"', async () => {
    const scripts = readdirSync(join(ROOT, 'entrypoints')).filter((name) => name.endsWith('.content'));
    expect(scripts.length).toBeGreaterThan(0);
    const matches: string[] = [];
    for (const name of scripts) {
      const script = (await import(join(ROOT, 'entrypoints', name, 'index.ts'))) as {
        default: { matches: string[] };
      };
      matches.push(...script.default.matches);
    }
    const schedule = menuActions.find((a) => a.id === 'schedule-meeting')!;
    expect([...(schedule.documentUrlPatterns ?? [])].sort()).toEqual(matches.sort());
  });
});
