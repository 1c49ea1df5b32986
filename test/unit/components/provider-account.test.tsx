// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ProviderAccount } from '@/components/provider-account';
import { webexOptions } from '@/components/webex-options';
import { zoomOptions } from '@/components/zoom-options';
import { englishMessages } from '@/test/support/english-messages';
import { answerMessages } from '@/test/support/runtime-messages';

type Status = { connected: true; user: object } | { connected: false; reason?: string };

/** Each provider's messages, reply shape and words; the e2e tests rely on the test ids and labels. */
const providers = [
  {
    name: 'Zoom',
    account: <ProviderAccount section={zoomOptions.account.section} />,
    messages: { status: 'status.get', signIn: 'auth.signIn', signOut: 'auth.signOut' },
    reply: (zoom: Status) => ({ zoom }),
    user: {
      userId: 'u',
      displayName: 'Sandy Host',
      email: 'host@sandbox.example',
      accountType: 'licensed',
      accountId: 'a',
    },
    sentence: 'Signed in to Zoom as Sandy Host (host@sandbox.example)',
    shown: ['Licensed'],
    words: { connect: 'Sign in with Zoom', notConnected: 'Not connected to Zoom' },
    testIds: { user: 'zoom-user', status: 'connection-status' },
  },
  {
    name: 'Webex',
    account: <ProviderAccount section={webexOptions.account.section} />,
    messages: { status: 'webex.status', signIn: 'webex.signIn', signOut: 'webex.signOut' },
    reply: (status: Status) => status,
    user: { userId: 'w', displayName: 'Grace Host', email: 'grace@sandbox.example', orgId: 'o' },
    sentence: 'Signed in to Webex as Grace Host (grace@sandbox.example)',
    shown: [],
    words: { connect: 'Sign in with Webex', notConnected: 'Not connected to Webex' },
    testIds: { user: 'webex-user', status: 'webex-connection-status' },
  },
];

describe.each(providers)('the $name account section', (p) => {
  beforeEach(async () => {
    fakeBrowser.reset();
    englishMessages();
  });
  afterEach(cleanup);

  it('says why the person was signed out, connects on click and disconnects', async () => {
    const ended = `Your ${p.name} session ended; sign in again.`;
    const sent = answerMessages({
      [p.messages.status]: () => ({ ok: true, data: p.reply({ connected: false, reason: ended }) }),
      [p.messages.signIn]: () => ({ ok: true, data: p.reply({ connected: true, user: p.user }) }),
      [p.messages.signOut]: () => ({ ok: true, data: p.reply({ connected: false }) }),
    });
    render(p.account);
    expect((await screen.findByTestId(p.testIds.status)).textContent).toBe(ended);
    const signIn = screen.getByRole('button', { name: p.words.connect });
    expect(signIn.querySelector(`svg[data-logo="${p.name.toLowerCase()}"]`)).toBeTruthy();
    fireEvent.click(signIn);
    await screen.findByTestId(p.testIds.user);
    // One sentence for every provider, with the provider's mark beside it.
    const line = screen.getByTestId(`${p.testIds.user}-line`);
    expect(line.textContent).toBe(p.sentence);
    expect(line.querySelector(`svg[data-logo="${p.name.toLowerCase()}"][aria-hidden="true"]`)).toBeTruthy();
    for (const text of p.shown) expect(screen.getByText(text)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    await waitFor(() => expect(screen.getByTestId(p.testIds.status).textContent).toBe(p.words.notConnected));
    expect(sent.map((m) => m.type)).toEqual([p.messages.status, p.messages.signIn, p.messages.signOut]);
    expect(sent.map((m) => m.payload)).toEqual([{ refresh: true }, {}, {}]);
  });

  it('shows a failed sign-in’s sentence, stays disconnected and reads the status again', async () => {
    const sent = answerMessages({
      [p.messages.status]: () => ({ ok: true, data: p.reply({ connected: false }) }),
      [p.messages.signIn]: () => ({
        ok: false,
        error: { code: 'sign-in-failed', message: 'The sign-in answer did not match the request.' },
      }),
    });
    render(p.account);
    fireEvent.click(await screen.findByRole('button', { name: p.words.connect }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('The sign-in answer did not match the request.'),
    );
    expect(screen.getByText(p.words.notConnected)).toBeTruthy();
    await waitFor(() =>
      expect(sent.map((m) => m.type)).toEqual([p.messages.status, p.messages.signIn, p.messages.status]),
    );
  });
});
