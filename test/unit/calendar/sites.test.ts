import { describe, expect, it } from 'vitest';
import { calendarSites } from '../../../lib/calendar/sites';

// Every module in lib/calendar and its site folders, so an adapter added as a file but not listed
// in sites.ts fails here.
const modules = import.meta.glob<Record<string, unknown>>(
  ['../../../lib/calendar/*.ts', '../../../lib/calendar/sites/**/*.ts'],
  { eager: true },
);

const isAdapter = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  ['findEditors', 'readEvent', 'writeLocation', 'writeDescription', 'watch'].every(
    (key) => typeof (value as Record<string, unknown>)[key] === 'function',
  );

describe('calendar site registry', () => {
  it('lists every adapter exported from lib/calendar', () => {
    const exported = Object.entries(modules).flatMap(([file, mod]) =>
      Object.values(mod)
        .filter(isAdapter)
        .map((adapter) => ({ file, adapter })),
    );
    expect(exported.length).toBeGreaterThanOrEqual(2);
    for (const { file, adapter } of exported) expect(calendarSites, file).toContain(adapter);
  });

  it('has one adapter per site', () => {
    const sites = calendarSites.map((s) => s.site);
    expect(new Set(sites).size).toBe(sites.length);
    expect(sites.sort()).toEqual(['google', 'outlook']);
  });
});
