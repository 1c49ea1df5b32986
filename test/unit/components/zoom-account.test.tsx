// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ZoomAccount } from '@/components/zoom-account';
import { answerMessages, englishMessagesMessages } from './render';

const user = {
  userId: 'u',
  displayName: 'Sandy Host',
  email: 'host@sandbox.example',
  accountType: 'licensed',
  accountId: 'a',
};

describe('the Zoom account section', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await englishMessagesMessages();
  });
  afterEach(cleanup);

  it('says why the person was signed out and connects on click', async () => {
    const sent = answerMessages({
      'status.get': () => ({
        ok: true,
        data: { zoom: { connected: false, reason: 'Your Zoom session ended; sign in again.' } },
      }),
      'auth.signIn': () => ({ ok: true, data: { zoom: { connected: true, user } } }),
    });
    render(<ZoomAccount />);
    await screen.findByText('Your Zoom session ended; sign in again.');
    fireEvent.click(screen.getByRole('button', { name: 'Connect Zoom' }));
    await screen.findByText('host@sandbox.example');
    expect(screen.getByText('Licensed')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Disconnect' })).toBeTruthy();
    expect(sent.map((m) => m.type)).toEqual(['status.get', 'auth.signIn']);
    expect(sent[0]!.payload).toEqual({ refresh: true });
  });

  it('shows a failed sign-in’s sentence and stays disconnected', async () => {
    answerMessages({
      'status.get': () => ({ ok: true, data: { zoom: { connected: false } } }),
      'auth.signIn': () => ({
        ok: false,
        error: { code: 'sign-in-failed', message: 'The sign-in answer did not match the request.' },
      }),
    });
    render(<ZoomAccount />);
    fireEvent.click(await screen.findByRole('button', { name: 'Connect Zoom' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('The sign-in answer did not match the request.'),
    );
    expect(screen.getByText('Not connected to Zoom')).toBeTruthy();
  });
});
