// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ZoomServerForm } from '@/components/zoom-server-form';
import type { ZoomSettingsView } from '@/lib/messaging';
import { answerMessages, englishMessagesMessages } from './render';

const view: ZoomSettingsView = {
  endpoints: {
    preset: 'zoom',
    oauthBase: 'https://zoom.us',
    apiBase: 'https://api.zoom.us/v2',
    clientId: 'abc',
  },
  locked: { preset: false, oauthBase: false, apiBase: false, clientId: false },
  redirectUrl: 'https://id.chromiumapp.org/',
};

describe('the Zoom server form', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await englishMessagesMessages();
  });
  afterEach(cleanup);

  it('asks for the custom host’s permission, then saves the custom server', async () => {
    const request = vi.fn(async () => true);
    (fakeBrowser as unknown as { permissions: object }).permissions = { request };
    const sent = answerMessages({
      'settings.saveZoom': (payload) => ({ ok: true, data: { ...view, endpoints: payload } }),
    });
    const onSaved = vi.fn();
    render(<ZoomServerForm view={view} onSaved={onSaved} />);

    fireEvent.click(screen.getByLabelText('Custom (e.g. the local sandbox)'));
    fireEvent.change(screen.getByLabelText('OAuth base URL'), { target: { value: 'http://127.0.0.1:4010' } });
    fireEvent.change(screen.getByLabelText('API base URL'), {
      target: { value: 'http://127.0.0.1:4010/v2' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    expect(sent).toEqual([
      {
        type: 'settings.saveZoom',
        payload: {
          preset: 'custom',
          oauthBase: 'http://127.0.0.1:4010',
          apiBase: 'http://127.0.0.1:4010/v2',
          clientId: 'abc',
        },
      },
    ]);
    expect(screen.getByRole('status').textContent).toMatch(/Saved/);
  });

  it('fills the preset’s addresses and never asks for a permission for Zoom for Government', async () => {
    const request = vi.fn(async () => true);
    (fakeBrowser as unknown as { permissions: object }).permissions = { request };
    const sent = answerMessages({
      'settings.saveZoom': (payload) => ({ ok: true, data: { ...view, endpoints: payload } }),
    });
    render(<ZoomServerForm view={view} onSaved={() => {}} />);
    fireEvent.click(screen.getByLabelText('Zoom for Government (zoomgov.com)'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.payload).toMatchObject({
      oauthBase: 'https://zoomgov.com',
      apiBase: 'https://api.zoomgov.com/v2',
    });
    expect(request).not.toHaveBeenCalled();
  });

  it('refuses an address that is not http(s) and sends nothing', async () => {
    const sent = answerMessages({});
    render(<ZoomServerForm view={view} onSaved={() => {}} />);
    fireEvent.click(screen.getByLabelText('Custom (e.g. the local sandbox)'));
    fireEvent.change(screen.getByLabelText('API base URL'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Save' }).closest('form')!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/http/));
    expect(sent).toEqual([]);
  });

  it('shows fields an administrator set as read-only, and says why', () => {
    answerMessages({});
    render(
      <ZoomServerForm
        view={{ ...view, locked: { preset: true, oauthBase: true, apiBase: true, clientId: true } }}
        onSaved={() => {}}
      />,
    );
    expect((screen.getByLabelText('OAuth client ID') as HTMLInputElement).readOnly).toBe(true);
    expect(screen.getByLabelText('Custom (e.g. the local sandbox)').closest('fieldset')!.disabled).toBe(true);
    expect(screen.getByText(/set by your administrator/)).toBeTruthy();
  });
});
