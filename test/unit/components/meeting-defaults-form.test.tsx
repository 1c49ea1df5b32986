// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { MeetingDefaultsForm, parseHosts } from '@/components/meeting-defaults-form';
import { DEFAULT_MEETING_DEFAULTS } from '@/lib/storage';
import { englishMessages } from '@/test/support/english-messages';

describe('the meeting defaults form', () => {
  let sent: { type: string; payload: unknown }[];

  beforeEach(async () => {
    fakeBrowser.reset();
    sent = [];
    englishMessages();
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
    expect(screen.getByTestId('passcode-error').textContent).toBe(
      'Enter a passcode, or choose another option above.',
    );
    expect(sent).toEqual([]);
  });

  it('names the provider each setting applies to: Zoom and Webex, or Zoom only', () => {
    render(<MeetingDefaultsForm initial={DEFAULT_MEETING_DEFAULTS} />);
    const both = within(screen.getByRole('group', { name: 'Zoom and Webex meetings' }));
    const zoomOnly = within(screen.getByRole('group', { name: 'Zoom meetings only' }));
    expect(both.getByRole('group', { name: 'Passcode' })).toBeTruthy();
    expect(both.getByRole('checkbox', { name: 'Participants may join before the host' })).toBeTruthy();
    expect(both.getByRole('group', { name: 'Registration' })).toBeTruthy();
    expect(both.getByText(/Webex always sets a password/)).toBeTruthy();
    expect(zoomOnly.getByRole('checkbox', { name: 'Waiting room' })).toBeTruthy();
    expect(zoomOnly.getByRole('checkbox', { name: 'Mute participants when they join' })).toBeTruthy();
    expect(zoomOnly.getByRole('combobox', { name: /Record automatically/ })).toBeTruthy();
    expect(zoomOnly.getByRole('textbox', { name: /Alternative hosts/ })).toBeTruthy();
    expect(zoomOnly.getByText(/Webex meetings do not get these/)).toBeTruthy();
    expect(
      screen.getByText(/Zoom meetings all of them, Webex meetings those of the first group/),
    ).toBeTruthy();
  });

  it('shows the passcode field only while "always the same one" is chosen, with its limit', async () => {
    const user = userEvent.setup();
    render(<MeetingDefaultsForm initial={DEFAULT_MEETING_DEFAULTS} />);
    expect(screen.queryByRole('textbox', { name: 'Passcode for every meeting' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Always the same one' }));
    const field = screen.getByRole('textbox', { name: 'Passcode for every meeting' });
    expect(field).toHaveProperty('maxLength', -1);
    const described = field.getAttribute('aria-describedby')!;
    expect(document.getElementById(described)!.textContent).toBe(
      'At most 10 characters: letters, digits and @ - _ *',
    );
    await user.type(field, 'keep-me');
    await user.click(screen.getByRole('radio', { name: 'As your Zoom account sets it' }));
    expect(screen.queryByRole('textbox', { name: 'Passcode for every meeting' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Always the same one' }));
    expect(screen.getByRole('textbox', { name: 'Passcode for every meeting' })).toHaveProperty(
      'value',
      'keep-me',
    );
  });

  it('keeps a too-long passcode as typed and says so, instead of cutting it; sends nothing', async () => {
    const user = userEvent.setup();
    render(<MeetingDefaultsForm initial={DEFAULT_MEETING_DEFAULTS} />);
    await user.click(screen.getByRole('radio', { name: 'Always the same one' }));
    const field = screen.getByRole('textbox', { name: 'Passcode for every meeting' });
    await user.type(field, 'abcdefghijk');
    expect(field).toHaveProperty('value', 'abcdefghijk');
    expect(screen.getByTestId('passcode-error').textContent).toBe(
      'This passcode has 11 characters; Zoom allows at most 10.',
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain('passcode-error');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(sent).toEqual([]);
    await user.type(field, '{Backspace}');
    expect(screen.queryByTestId('passcode-error')).toBeNull();
  });

  it('names the characters Zoom refuses in a passcode', async () => {
    const user = userEvent.setup();
    render(<MeetingDefaultsForm initial={DEFAULT_MEETING_DEFAULTS} />);
    await user.click(screen.getByRole('radio', { name: 'Always the same one' }));
    await user.type(screen.getByRole('textbox', { name: 'Passcode for every meeting' }), 'pa ss!');
    expect(screen.getByTestId('passcode-error').textContent).toBe(
      'Zoom does not allow a space, “!” in a passcode: use letters, digits and @ - _ * only.',
    );
  });

  it('drops an invalid passcode that is not in use rather than fail the save', async () => {
    const user = userEvent.setup();
    render(<MeetingDefaultsForm initial={DEFAULT_MEETING_DEFAULTS} />);
    await user.click(screen.getByRole('radio', { name: 'Always the same one' }));
    await user.type(screen.getByRole('textbox', { name: 'Passcode for every meeting' }), 'much-too-long');
    await user.click(screen.getByRole('radio', { name: 'As your Zoom account sets it' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(sent).toEqual([
      { type: 'settings.saveMeetingDefaults', payload: { ...DEFAULT_MEETING_DEFAULTS, fixedPasscode: '' } },
    ]);
  });
});
