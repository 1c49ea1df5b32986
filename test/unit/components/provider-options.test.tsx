// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DefaultProviderChoice } from '@/components/default-provider-choice';
import { ProviderOptions } from '@/components/provider-options';
import { webexOptions } from '@/components/webex-options';
import { zoomOptions } from '@/components/zoom-options';
import { englishMessages } from '@/test/support/english-messages';
import { answerMessages } from '@/test/support/runtime-messages';

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
    provider: zoomOptions,
    headings: ['Zoom account', 'Zoom server and app'],
    variable: 'WXT_ZOOM_CLIENT_ID',
    clientIdLabel: 'OAuth client ID',
    saved: (view: object, payload: unknown) => ({ ...view, endpoints: payload }),
    status: 'status.get',
    save: 'settings.saveZoom',
    reply: { zoom: { connected: false } },
  },
  {
    name: 'Webex',
    page: <ProviderOptions provider={webexOptions} settings={{ state: 'ready', data: webexView }} />,
    provider: webexOptions,
    headings: ['Webex account', 'Webex server and integration'],
    variable: 'WXT_WEBEX_CLIENT_ID',
    clientIdLabel: 'Integration client ID',
    saved: (view: object, payload: unknown) => ({ ...view, ...(payload as object) }),
    status: 'webex.status',
    save: 'settings.saveWebex',
    reply: { connected: false },
  },
];

beforeEach(async () => {
  fakeBrowser.reset();
  englishMessages();
  (fakeBrowser as unknown as { permissions: object }).permissions = { request: vi.fn(async () => true) };
});
afterEach(cleanup);

describe.each(providers)('the $name options', (p) => {
  it('shows one “Sign in”, folds the server under “Advanced”, and re-reads the account after a save', async () => {
    const sent = answerMessages({
      [p.status]: () => ({ ok: true, data: p.reply }),
      [p.save]: () => ({ ok: true, data: p.page.props.settings.data }),
    });
    render(p.page);
    const [account, server] = p.headings.map((name) => screen.getByRole('region', { name }));
    await within(account!).findByRole('button', { name: `Sign in with ${p.name}` });
    // The only thing to press outside "Advanced" is the sign-in; the server form is folded away.
    const outside = within(account!)
      .getAllByRole('button')
      .filter((button) => !button.closest('details'));
    expect(outside.map((b) => b.textContent)).toEqual([`Sign in with ${p.name}`]);
    const advanced = server!.closest('details')!;
    expect(advanced.open).toBe(false);
    expect(advanced.querySelector('summary')!.textContent).toBe('Advanced: server and app');
    expect(screen.getByRole('form', { name: p.headings[1] })).toBe(server!.querySelector('form'));
    await waitFor(() => expect(sent.map((m) => m.type)).toEqual([p.status]));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent.map((m) => m.type)).toEqual([p.status, p.save, p.status]));
  });

  it('without a client id, says what is missing and how to build with one, and offers no sign-in', async () => {
    const data = p.page.props.settings.data;
    const empty = { ...data, endpoints: { ...data.endpoints, clientId: '' } };
    answerMessages({ [p.status]: () => ({ ok: true, data: p.reply }) });
    render(
      <ProviderOptions provider={p.provider as never} settings={{ state: 'ready', data: empty as never }} />,
    );
    const account = screen.getByRole('region', { name: p.headings[0] });
    await within(account).findByText(
      `No ${p.name} client ID is set in this copy of the extension, so it cannot sign in to ${p.name}.`,
    );
    expect(
      within(account).getByText(
        new RegExp(`build it with ${p.variable}.*Connecting to Zoom and Webex.*README`),
      ),
    ).toBeTruthy();
    expect(within(account).queryByRole('button', { name: `Sign in with ${p.name}` })).toBeNull();
  });

  it('never signs in on a client id that is typed but not saved', async () => {
    const data = p.page.props.settings.data;
    const empty = { ...data, endpoints: { ...data.endpoints, clientId: '' } };
    answerMessages({
      [p.status]: () => ({ ok: true, data: p.reply }),
      [p.save]: (payload) => ({ ok: true, data: p.saved(empty, payload) }),
    });
    render(
      <ProviderOptions provider={p.provider as never} settings={{ state: 'ready', data: empty as never }} />,
    );
    const account = screen.getByRole('region', { name: p.headings[0] });
    await within(account).findByText(/No .* client ID is set/);
    fireEvent.change(screen.getByLabelText(p.clientIdLabel), { target: { value: 'typed-client' } });
    // The field shows a client id: the account no longer says one is missing, and asks for a save first.
    await within(account).findByText(
      'Your changes under “Advanced” are not saved yet. Save them before signing in.',
    );
    expect(within(account).queryByText(/No .* client ID is set/)).toBeNull();
    const signIn = within(account).getByRole<HTMLButtonElement>('button', { name: `Sign in with ${p.name}` });
    expect(signIn.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(
        within(account).getByRole<HTMLButtonElement>('button', { name: `Sign in with ${p.name}` }).disabled,
      ).toBe(false),
    );
    expect(within(account).queryByText(/not saved yet/)).toBeNull();
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
