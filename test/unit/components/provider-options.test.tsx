// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DefaultProviderChoice } from '@/components/default-provider-choice';
import { ProviderOptions } from '@/components/provider-options';
import { webexOptions } from '@/components/webex-options';
import { zoomOptions } from '@/components/zoom-options';
import { answerMessages, englishMessagesMessages } from './render';

const endpoints = { oauthBase: 'https://example.test', apiBase: 'https://example.test/v1', clientId: 'abc' };
const redirectUrl = 'https://id.chromiumapp.org/';
const locked = { preset: false, oauthBase: false, apiBase: false, clientId: false };
const webexView = { endpoints, defaultProvider: 'zoom' as const, redirectUrl };

const providers = [
  {
    name: 'Zoom',
    page: (
      <ProviderOptions
        provider={zoomOptions}
        settings={{
          state: 'ready',
          data: { endpoints: { ...endpoints, preset: 'custom' }, locked, redirectUrl },
        }}
      />
    ),
    headings: ['Zoom account', 'Zoom server and app'],
    status: 'status.get',
    save: 'settings.saveZoom',
    reply: { zoom: { connected: false } },
  },
  {
    name: 'Webex',
    page: <ProviderOptions provider={webexOptions} settings={{ state: 'ready', data: webexView }} />,
    headings: ['Webex account', 'Webex server and integration'],
    status: 'webex.status',
    save: 'settings.saveWebex',
    reply: { connected: false },
  },
];

beforeEach(async () => {
  fakeBrowser.reset();
  await englishMessagesMessages();
  (fakeBrowser as unknown as { permissions: object }).permissions = { request: vi.fn(async () => true) };
});
afterEach(cleanup);

describe.each(providers)('the $name options', (p) => {
  it('labels the account and the server sections, and re-reads the account after a save', async () => {
    const sent = answerMessages({
      [p.status]: () => ({ ok: true, data: p.reply }),
      [p.save]: () => ({ ok: true, data: p.page.props.settings.data }),
    });
    render(p.page);
    const [account, server] = p.headings.map((name) => screen.getByRole('region', { name }));
    await within(account!).findByRole('button', { name: `Connect ${p.name}` });
    expect(screen.getByRole('form', { name: p.headings[1] })).toBe(server!.querySelector('form'));
    await waitFor(() => expect(sent.map((m) => m.type)).toEqual([p.status]));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent.map((m) => m.type)).toEqual([p.status, p.save, p.status]));
  });
});

describe('the default provider choice', () => {
  it('saves the provider as soon as it is picked, and goes back when saving fails', async () => {
    let fail = false;
    const sent = answerMessages({
      'settings.saveWebex': (payload) =>
        fail
          ? { ok: false, error: { code: 'unreachable', message: 'The extension did not answer.' } }
          : { ok: true, data: { ...webexView, ...(payload as object) } },
    });
    render(<DefaultProviderChoice view={webexView} />);
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
