// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { MeetingDefaultsForm, parseHosts } from '@/components/meeting-defaults-form';
import { DEFAULT_MEETING_DEFAULTS } from '@/lib/storage';

const english: Record<string, { message: string }> = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
);

describe('the meeting defaults form', () => {
  let sent: { type: string; payload: unknown }[];

  beforeEach(() => {
    fakeBrowser.reset();
    sent = [];
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) =>
      (english[key]?.message ?? '').replace('$LIST$', String(subs ?? '')),
    );
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const m = message as { type: string; payload: unknown };
      sent.push(m);
      return { ok: true, data: m.payload };
    });
  });
  afterEach(cleanup);

  it('splits alternative hosts on commas, semicolons and spaces, and names what is not an address', () => {
    expect(parseHosts(' a@example.com, b@example.org;a@example.com\nnope ')).toEqual({
      hosts: ['a@example.com', 'b@example.org'],
      invalid: ['nope'],
    });
  });

  it('labels every control, grouped in fieldsets', () => {
    render(<MeetingDefaultsForm initial={DEFAULT_MEETING_DEFAULTS} />);
    expect(screen.getByRole('group', { name: 'Passcode' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Registration' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Waiting room' })).toHaveProperty('checked', true);
    expect(screen.getByRole('combobox', { name: /Record automatically/ })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Alternative hosts/ })).toBeTruthy();
  });

  it('refuses alternative hosts that are not e-mail addresses, saying which, and sends nothing', async () => {
    const user = userEvent.setup();
    render(<MeetingDefaultsForm initial={DEFAULT_MEETING_DEFAULTS} />);
    const hosts = screen.getByRole('textbox', { name: /Alternative hosts/ });
    await user.type(hosts, 'ada@example.com, bob at example');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('These are not e-mail addresses: bob, at, example')).toBeTruthy();
    expect(hosts.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);
  });

  it('saves the choices, with the hosts as a list', async () => {
    const user = userEvent.setup();
    render(<MeetingDefaultsForm initial={DEFAULT_MEETING_DEFAULTS} />);
    await user.click(screen.getByRole('radio', { name: 'Always the same one' }));
    await user.type(screen.getByRole('textbox', { name: 'Passcode for every meeting' }), 'pa55');
    await user.click(screen.getByRole('checkbox', { name: 'Mute participants when they join' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /Record automatically/ }), 'cloud');
    await user.type(
      screen.getByRole('textbox', { name: /Alternative hosts/ }),
      'ada@example.com; bo@example.org',
    );
    await user.click(screen.getByRole('radio', { name: 'Required, approved by me' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(sent).toEqual([
      {
        type: 'settings.saveMeetingDefaults',
        payload: {
          ...DEFAULT_MEETING_DEFAULTS,
          passcode: 'fixed',
          fixedPasscode: 'pa55',
          muteUponEntry: true,
          autoRecording: 'cloud',
          alternativeHosts: ['ada@example.com', 'bo@example.org'],
          registration: 'manual',
        },
      },
    ]);
    expect(screen.getByRole('status').textContent).toBe('Saved. New meetings get these settings.');
  });

  it('asks for a passcode when "always the same one" is chosen without one', async () => {
    const user = userEvent.setup();
    render(<MeetingDefaultsForm initial={DEFAULT_MEETING_DEFAULTS} />);
    await user.click(screen.getByRole('radio', { name: 'Always the same one' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('A passcode has 1 to 10 characters and no spaces.')).toBeTruthy();
    expect(sent).toEqual([]);
  });
});
