// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { LivestreamPanel } from '@/components/livestream-panel';
import { englishMessages } from '@/test/support/english-messages';
import { answerMessages } from '@/test/support/runtime-messages';

const view = {
  stream_url: 'rtmp://live.example/app',
  stream_key: 'secret-key',
  page_url: 'https://live.example/page',
  resolution: '720p',
  meetingStatus: 'started',
  lastAction: null,
};
const ok = (data: unknown) => ({ ok: true as const, data });

describe('the live-stream panel', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    englishMessages();
  });
  afterEach(cleanup);

  it('loading', () => {
    answerMessages({ 'livestream.get': () => new Promise(() => {}) });
    render(<LivestreamPanel id="6" />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
  });

  it('empty: no stream set up yet, offers to set one up, no start', async () => {
    answerMessages({
      'livestream.get': () => ok({ ...view, stream_url: '', stream_key: '', page_url: '', resolution: '' }),
    });
    render(<LivestreamPanel id="6" />);
    await screen.findByText('No live stream is set up for this meeting.');
    expect(screen.getByRole('button', { name: 'Edit live stream' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start stream' })).toBeNull();
  });

  it('data: the settings with the key hidden until revealed, and the state', async () => {
    answerMessages({ 'livestream.get': () => ok(view) });
    render(<LivestreamPanel id="6" />);
    expect((await screen.findByTestId('stream-url')).textContent).toBe('rtmp://live.example/app');
    expect(screen.getByTestId('stream-key').textContent).not.toContain('secret');
    fireEvent.click(screen.getByRole('button', { name: 'Reveal' }));
    expect(screen.getByTestId('stream-key').textContent).toBe('secret-key');
    expect(screen.getByRole('button', { name: 'Hide' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('livestream-state').textContent).toBe('The meeting is running');
  });

  it('error: a plan without live streaming says what to do', async () => {
    answerMessages({
      'livestream.get': () => ({ ok: false, error: { code: 'no-live-streaming', message: 'x' } }),
    });
    render(<LivestreamPanel id="6" />);
    expect((await screen.findByRole('alert')).textContent).toContain('does not include live streaming');
  });

  it('validates an edit before sending: URLs and key; then saves', async () => {
    const sent = answerMessages({
      'livestream.get': () => ok(view),
      'livestream.update': (p) => ok({ ...view, ...(p as { settings: object }).settings }),
    });
    render(<LivestreamPanel id="6" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit live stream' }));
    fireEvent.change(screen.getByLabelText('Stream URL'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.change(screen.getByLabelText('Live stream page URL'), { target: { value: 'not a url' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText("Enter the streaming server's URL (rtmp://, rtmps:// or https://).");
    expect(screen.getByText("Enter the page's address, starting with https://.")).toBeTruthy();
    expect(sent.some((m) => m.type === 'livestream.update')).toBe(false);

    fireEvent.change(screen.getByLabelText('Stream URL'), { target: { value: 'rtmps://live.example/app2' } });
    fireEvent.change(screen.getByLabelText('Live stream page URL'), {
      target: { value: 'https://live.example/new' },
    });
    fireEvent.change(screen.getByLabelText('Resolution'), { target: { value: '1080p' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('page-url').textContent).toBe('https://live.example/new'));
    expect(sent.find((m) => m.type === 'livestream.update')!.payload).toEqual({
      id: '6',
      settings: {
        stream_url: 'rtmps://live.example/app2',
        stream_key: 'secret-key',
        page_url: 'https://live.example/new',
        resolution: '1080p',
      },
    });
  });

  it('starts with the chosen settings and stops, offering only the action that applies', async () => {
    const sent = answerMessages({
      'livestream.get': () => ok(view),
      'livestream.setStatus': (p) =>
        ok({ ...view, lastAction: { action: (p as { action: string }).action, at: Date.now() } }),
    });
    render(<LivestreamPanel id="6" />);
    fireEvent.change(await screen.findByLabelText('Layout'), { target: { value: 'gallery_view' } });
    fireEvent.change(screen.getByLabelText('Display name of the stream'), { target: { value: 'Town hall' } });
    fireEvent.click(screen.getByLabelText("Show the active speaker's name"));
    fireEvent.change(screen.getByLabelText('Captions'), { target: { value: 'off' } });
    expect(screen.queryByRole('button', { name: 'Stop stream' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Start stream' }));
    await screen.findByText(/stream started from here/);
    expect(screen.queryByRole('button', { name: 'Start stream' })).toBeNull();
    expect(screen.queryByLabelText('Layout')).toBeNull();
    expect(sent.find((m) => m.type === 'livestream.setStatus')!.payload).toEqual({
      id: '6',
      action: 'start',
      settings: {
        layout: 'gallery_view',
        display_name: 'Town hall',
        active_speaker_name: false,
        close_caption: 'off',
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Stop stream' }));
    await screen.findByText(/stream stopped from here/);
    expect(screen.queryByRole('button', { name: 'Stop stream' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Start stream' })).toBeTruthy();
    expect(sent.filter((m) => m.type === 'livestream.setStatus').at(-1)!.payload).toEqual({
      id: '6',
      action: 'stop',
    });
  });

  it('disables start while the meeting is not running, and says why', async () => {
    answerMessages({ 'livestream.get': () => ok({ ...view, meetingStatus: 'waiting' }) });
    render(<LivestreamPanel id="6" />);
    const start = await screen.findByRole('button', { name: 'Start stream' });
    expect((start as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('A stream can start once the meeting is running.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Stop stream' })).toBeNull();
  });

  it('offers only Stop when this browser started the stream of the running meeting', async () => {
    answerMessages({ 'livestream.get': () => ok({ ...view, lastAction: { action: 'start', at: 1 } }) });
    render(<LivestreamPanel id="6" />);
    expect(await screen.findByRole('button', { name: 'Stop stream' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start stream' })).toBeNull();
  });

  it('offers Start again once the meeting has ended, whatever was started before', async () => {
    answerMessages({
      'livestream.get': () =>
        ok({ ...view, meetingStatus: 'waiting', lastAction: { action: 'start', at: 1 } }),
    });
    render(<LivestreamPanel id="6" />);
    expect(await screen.findByRole('button', { name: 'Start stream' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Stop stream' })).toBeNull();
  });
});
