// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { WebexAccount } from '@/components/webex-account';
import { DefaultProviderChoice, WebexServerForm } from '@/components/webex-server-form';
import type { WebexSettingsView } from '@/lib/protocol/webex';
import { answerMessages, englishMessagesMessages } from './render';

const user = { userId: 'w', displayName: 'Grace Host', email: 'grace@sandbox.example', orgId: 'o' };

const view: WebexSettingsView = {
  endpoints: { oauthBase: 'https://webexapis.com/v1', apiBase: 'https://webexapis.com/v1', clientId: 'abc' },
  defaultProvider: 'zoom',
  redirectUrl: 'https://id.chromiumapp.org/',
};

describe('the Webex account section', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await englishMessagesMessages();
  });
  afterEach(cleanup);

  it('says why the person was signed out, connects on click and disconnects', async () => {
    const sent = answerMessages({
      'webex.status': () => ({
        ok: true,
        data: { connected: false, reason: 'Your Webex session ended; sign in again.' },
      }),
      'webex.signIn': () => ({ ok: true, data: { connected: true, user } }),
      'webex.signOut': () => ({ ok: true, data: { connected: false } }),
    });
    render(<WebexAccount />);
    await screen.findByText('Your Webex session ended; sign in again.');
    fireEvent.click(screen.getByRole('button', { name: 'Connect Webex' }));
    await screen.findByText('grace@sandbox.example');
    expect(screen.getByText('Grace Host')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    await screen.findByText('Not connected to Webex');
    expect(sent.map((m) => m.type)).toEqual(['webex.status', 'webex.signIn', 'webex.signOut']);
    expect(sent[0]!.payload).toEqual({ refresh: true });
  });

  it('shows a failed sign-in’s sentence and stays disconnected', async () => {
    answerMessages({
      'webex.status': () => ({ ok: true, data: { connected: false } }),
      'webex.signIn': () => ({
        ok: false,
        error: { code: 'sign-in-failed', message: 'Enter the client ID of your Webex integration first.' },
      }),
    });
    render(<WebexAccount />);
    fireEvent.click(await screen.findByRole('button', { name: 'Connect Webex' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Enter the client ID of your Webex integration first.',
      ),
    );
    expect(screen.getByText('Not connected to Webex')).toBeTruthy();
  });
});

describe('the Webex server form', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await englishMessagesMessages();
  });
  afterEach(cleanup);

  it('asks for another server’s host permission, then saves it', async () => {
    const request = vi.fn(async () => true);
    (fakeBrowser as unknown as { permissions: object }).permissions = { request };
    const sent = answerMessages({
      'settings.saveWebex': (payload) => ({
        ok: true,
        data: { ...view, ...(payload as { endpoints: WebexSettingsView['endpoints'] }) },
      }),
    });
    const onSaved = vi.fn();
    render(<WebexServerForm view={view} onSaved={onSaved} />);
    expect(screen.getByTestId('webex-redirect-url').textContent).toBe('https://id.chromiumapp.org/');
    const sandbox = 'http://127.0.0.1:4010/webex/v1';
    fireEvent.change(screen.getByLabelText('OAuth base URL'), { target: { value: sandbox } });
    fireEvent.change(screen.getByLabelText('API base URL'), { target: { value: sandbox } });
    fireEvent.change(screen.getByLabelText('Integration client ID'), {
      target: { value: 'sandbox-webex-client' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    expect(sent).toEqual([
      {
        type: 'settings.saveWebex',
        payload: { endpoints: { oauthBase: sandbox, apiBase: sandbox, clientId: 'sandbox-webex-client' } },
      },
    ]);
    expect(screen.getByRole('status').textContent).toMatch(/Saved/);
  });

  it('needs no permission for webexapis.com, and refuses an address that is not a URL', async () => {
    const request = vi.fn(async () => true);
    (fakeBrowser as unknown as { permissions: object }).permissions = { request };
    const sent = answerMessages({ 'settings.saveWebex': () => ({ ok: true, data: view }) });
    render(<WebexServerForm view={view} onSaved={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(request).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('API base URL'), { target: { value: 'webexapis' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Save' }).closest('form')!);
    await screen.findByText('Both base URLs must be http(s) addresses.');
    expect(sent).toHaveLength(1);
  });
});

describe('the default provider choice', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await englishMessagesMessages();
  });
  afterEach(cleanup);

  it('saves the provider as soon as it is picked, and goes back when saving fails', async () => {
    let fail = false;
    const sent = answerMessages({
      'settings.saveWebex': (payload) =>
        fail
          ? { ok: false, error: { code: 'unreachable', message: 'The extension did not answer.' } }
          : { ok: true, data: { ...view, ...(payload as object) } },
    });
    render(<DefaultProviderChoice view={view} />);
    const webex = screen.getByLabelText<HTMLInputElement>('Webex');
    const zoom = screen.getByLabelText<HTMLInputElement>('Zoom');
    expect(zoom.checked).toBe(true);
    fireEvent.click(webex);
    await screen.findByText('Saved.');
    expect(webex.checked).toBe(true);
    expect(sent).toEqual([{ type: 'settings.saveWebex', payload: { defaultProvider: 'webex' } }]);

    fail = true;
    fireEvent.click(zoom);
    await screen.findByText('The extension did not answer.');
    expect(webex.checked).toBe(true);
  });
});
