// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ServerForm } from '@/components/server-form';
import { webexOptions } from '@/components/webex-options';
import { zoomOptions } from '@/components/zoom-options';
import type { ZoomSettingsView } from '@/lib/messaging';
import type { WebexSettingsView } from '@/lib/protocol/webex';
import { englishMessages } from '@/test/support/english-messages';
import { answerMessages } from '@/test/support/runtime-messages';

const zoomView: ZoomSettingsView = {
  endpoints: {
    preset: 'zoom',
    oauthBase: 'https://zoom.us',
    apiBase: 'https://api.zoom.us/v2',
    clientId: 'abc',
  },
  locked: { preset: false, oauthBase: false, apiBase: false, clientId: false },
  redirectUrl: 'https://id.chromiumapp.org/',
};

const webexView: WebexSettingsView = {
  endpoints: { oauthBase: 'https://webexapis.com/v1', apiBase: 'https://webexapis.com/v1', clientId: 'abc' },
  defaultProvider: 'zoom',
  redirectUrl: 'https://id.chromiumapp.org/',
};

function ZoomForm({
  view = zoomView,
  onSaved = () => {},
}: {
  view?: ZoomSettingsView;
  onSaved?: () => void;
}) {
  return (
    <ServerForm spec={zoomOptions.server.form} view={view} labelledBy="server-heading" onSaved={onSaved} />
  );
}

function WebexForm({ onSaved = () => {} }: { onSaved?: () => void }) {
  const spec = webexOptions.server.form;
  return <ServerForm spec={spec} view={webexView} labelledBy="webex-server-heading" onSaved={onSaved} />;
}

function grantPermissions() {
  const request = vi.fn(async () => true);
  (fakeBrowser as unknown as { permissions: object }).permissions = { request };
  return request;
}

beforeEach(async () => {
  fakeBrowser.reset();
  englishMessages();
});
afterEach(cleanup);

const sandbox = 'http://127.0.0.1:4010';

/** Per provider: how a person points the form at the sandbox, and what the background is sent. */
const customServers = [
  {
    name: 'Zoom',
    Form: ZoomForm,
    testIds: { redirectUrl: 'redirect-url', message: 'settings-message' },
    fill: {
      'Custom (e.g. the local sandbox)': null,
      'OAuth base URL': sandbox,
      'API base URL': `${sandbox}/v2`,
    },
    save: 'settings.saveZoom',
    reply: (payload: unknown) => ({ ...zoomView, endpoints: payload }),
    sent: { preset: 'custom', oauthBase: sandbox, apiBase: `${sandbox}/v2`, clientId: 'abc' },
  },
  {
    name: 'Webex',
    Form: WebexForm,
    testIds: { redirectUrl: 'webex-redirect-url', message: 'webex-settings-message' },
    fill: {
      'OAuth base URL': `${sandbox}/webex/v1`,
      'API base URL': `${sandbox}/webex/v1`,
      'Integration client ID': 'sandbox-webex-client',
    },
    save: 'settings.saveWebex',
    reply: (payload: unknown) => ({ ...webexView, ...(payload as object) }),
    sent: {
      endpoints: {
        oauthBase: `${sandbox}/webex/v1`,
        apiBase: `${sandbox}/webex/v1`,
        clientId: 'sandbox-webex-client',
      },
    },
  },
];

describe.each(customServers)('the $name server form', (p) => {
  it('asks for another server’s host permission, then saves it', async () => {
    const request = grantPermissions();
    const sent = answerMessages({ [p.save]: (payload) => ({ ok: true, data: p.reply(payload) }) });
    const onSaved = vi.fn();
    render(<p.Form onSaved={onSaved} />);
    expect(screen.getByTestId(p.testIds.redirectUrl).textContent).toBe('https://id.chromiumapp.org/');
    for (const [label, value] of Object.entries(p.fill)) {
      if (value === null) fireEvent.click(screen.getByLabelText(label));
      else fireEvent.change(screen.getByLabelText(label), { target: { value } });
    }
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    expect(sent).toEqual([{ type: p.save, payload: p.sent }]);
    expect(screen.getByTestId(p.testIds.message).getAttribute('role')).toBe('status');
    expect(screen.getByTestId(p.testIds.message).textContent).toMatch(/Saved/);
  });
});

describe.each(customServers)('saving a custom $name server', (p) => {
  function fillCustom() {
    for (const [label, value] of Object.entries(p.fill)) {
      if (value === null) fireEvent.click(screen.getByLabelText(label));
      else fireEvent.change(screen.getByLabelText(label), { target: { value } });
    }
  }

  it('says a permission prompt is open while it waits, and cannot be saved twice meanwhile', async () => {
    let answer: (granted: boolean) => void = () => {};
    const request = vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve)));
    (fakeBrowser as unknown as { permissions: object }).permissions = { request };
    const sent = answerMessages({ [p.save]: (payload) => ({ ok: true, data: p.reply(payload) }) });
    render(<p.Form />);
    fillCustom();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const message = await screen.findByTestId(p.testIds.message);
    expect(message.getAttribute('role')).toBe('status');
    expect(message.textContent).toBe('Waiting for you to allow access to 127.0.0.1 in the browser’s prompt…');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save' }).disabled).toBe(true);
    expect(sent).toEqual([]);

    answer(true);
    await waitFor(() => expect(screen.getByTestId(p.testIds.message).textContent).toMatch(/^Saved/));
    expect(sent).toEqual([{ type: p.save, payload: p.sent }]);
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('says so plainly when access is refused, and stores nothing', async () => {
    const request = vi.fn(async () => false);
    (fakeBrowser as unknown as { permissions: object }).permissions = { request };
    const sent = answerMessages({ [p.save]: (payload) => ({ ok: true, data: p.reply(payload) }) });
    const onSaved = vi.fn();
    render(<p.Form onSaved={onSaved} />);
    fillCustom();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Access to 127.0.0.1 was not allowed, so nothing was saved. To use this server, save again and choose “Allow”.',
    );
    expect(sent).toEqual([]);
    expect(onSaved).not.toHaveBeenCalled();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save' }).disabled).toBe(false);
  });

  it('tells its page whether the fields hold changes not saved yet', async () => {
    grantPermissions();
    answerMessages({ [p.save]: (payload) => ({ ok: true, data: p.reply(payload) }) });
    const onUnsavedChange = vi.fn();
    const spec = p.name === 'Zoom' ? zoomOptions.server.form : webexOptions.server.form;
    const view = p.name === 'Zoom' ? zoomView : webexView;
    render(
      <ServerForm
        spec={spec as never}
        view={view as never}
        labelledBy="h"
        onSaved={() => {}}
        onUnsavedChange={onUnsavedChange}
      />,
    );
    expect(onUnsavedChange).toHaveBeenLastCalledWith(false);
    fillCustom();
    expect(onUnsavedChange).toHaveBeenLastCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onUnsavedChange).toHaveBeenLastCalledWith(false));
  });
});

describe('the Zoom server form', () => {
  it('fills the preset’s addresses and never asks for a permission for Zoom for Government', async () => {
    const request = grantPermissions();
    const sent = answerMessages({
      'settings.saveZoom': (payload) => ({ ok: true, data: { ...zoomView, endpoints: payload } }),
    });
    render(<ZoomForm />);
    fireEvent.click(screen.getByLabelText('Zoom for Government (zoomgov.com)'));
    expect((screen.getByLabelText('API base URL') as HTMLInputElement).readOnly).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.payload).toMatchObject({
      preset: 'zoomgov',
      oauthBase: 'https://zoomgov.com',
      apiBase: 'https://api.zoomgov.com/v2',
    });
    expect(request).not.toHaveBeenCalled();
  });

  it('refuses an address that is not a web address and sends nothing', async () => {
    const sent = answerMessages({});
    render(<ZoomForm />);
    fireEvent.click(screen.getByLabelText('Custom (e.g. the local sandbox)'));
    fireEvent.change(screen.getByLabelText('API base URL'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Save' }).closest('form')!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/http/));
    expect(sent).toEqual([]);
  });

  it('refuses plain http to another machine: no prompt, nothing sent', async () => {
    const request = grantPermissions();
    const sent = answerMessages({});
    render(<ZoomForm />);
    fireEvent.click(screen.getByLabelText('Custom (e.g. the local sandbox)'));
    fireEvent.change(screen.getByLabelText('OAuth base URL'), {
      target: { value: 'http://zoom.example.org' },
    });
    fireEvent.change(screen.getByLabelText('API base URL'), {
      target: { value: 'http://zoom.example.org/v2' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Server addresses must start with https:// (only this computer’s own addresses, such as http://127.0.0.1, may use http).',
    );
    expect(request).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  it('shows fields an administrator set as read-only, and says why', () => {
    answerMessages({});
    const locked = { preset: true, oauthBase: true, apiBase: true, clientId: true };
    render(<ZoomForm view={{ ...zoomView, locked }} />);
    expect((screen.getByLabelText('OAuth client ID') as HTMLInputElement).readOnly).toBe(true);
    expect(screen.getByLabelText('Custom (e.g. the local sandbox)').closest('fieldset')!.disabled).toBe(true);
    expect(screen.getByText(/set by your administrator/)).toBeTruthy();
  });
});

describe('the Webex server form', () => {
  it('has no presets', () => {
    answerMessages({});
    render(<WebexForm />);
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByText(/set by your administrator/)).toBeNull();
  });

  it('needs no permission for webexapis.com, and refuses an address that is not a URL', async () => {
    const request = grantPermissions();
    const sent = answerMessages({ 'settings.saveWebex': () => ({ ok: true, data: webexView }) });
    render(<WebexForm />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(request).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('API base URL'), { target: { value: 'webexapis' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Save' }).closest('form')!);
    await screen.findByText(/Server addresses must start with https:\/\//);
    expect(sent).toHaveLength(1);
  });

  it('shows the saving error’s sentence', async () => {
    answerMessages({
      'settings.saveWebex': () => ({ ok: false, error: { code: 'invalid-request', message: 'Nope.' } }),
    });
    render(<WebexForm />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Nope.');
  });
});
