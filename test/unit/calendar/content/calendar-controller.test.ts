// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { googleCalendar } from '@/lib/calendar/sites/google/adapter';
import { upsertInvitationBlock } from '@/lib/calendar/dom/invitation-block';
import {
  buttonText,
  clickButton,
  INVITATION,
  LINK,
  startController,
} from '@/test/support/calendar-controller';
import { eventHash, loadFixture } from '@/test/support/calendar-pages';
import { fail, ok } from '@/test/support/runtime-messages';

const GRID = 'https://calendar.google.com/calendar/r';
const ORIGINAL = 'Agenda:\n\n  1. numbers  \n\n2. the rest';
const LINKED = {
  id: 'evt9',
  title: 'Planning',
  start: '2026-03-10T09:30',
  end: '2026-03-10T10:30',
  location: LINK.joinUrl,
  description: upsertInvitationBlock(ORIGINAL, INVITATION),
};
const attachedText = `Zoom meeting ${LINK.meetingId}`;

/** The quick-add dialog of a new event, with the controller running against `answers`. */
async function quickAddOpen(answers: Parameters<typeof startController>[1], description = ORIGINAL) {
  const fixture = loadFixture('google-calendar', GRID);
  const bg = startController(googleCalendar, answers);
  fixture.openQuickAdd!({ title: 'Planning', description });
  // Zoom alone until the background names the providers (these tests answer, or leave it at that).
  await vi.waitFor(() => expect(buttonText()).toMatch(/^Add \w+ meeting/));
  return { fixture, bg };
}

describe('the calendar controller: adding', () => {
  it('attaches: join link into the location, invitation into the block, the rest byte for byte', async () => {
    const { fixture, bg } = await quickAddOpen({
      'meeting.attach': ok({ link: LINK, invitation: INVITATION }),
    });
    clickButton('Add Zoom meeting');
    // The zone the meeting got is named: the quick-add shows none, so the calendar's (the browser's).
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    await vi.waitFor(() => expect(buttonText()).toContain(`${attachedText} · ${browserZone}`));
    // A new event with no location cannot be linked yet: no look-up is sent for it.
    expect(bg.typesSent()).toEqual(['meeting.attach']);
    expect(bg.sent[0]!.payload).toMatchObject({ event: { title: 'Planning', description: ORIGINAL } });
    const model = fixture.model();
    expect(model.location).toBe(LINK.joinUrl);
    expect(model.description).toBe(upsertInvitationBlock(ORIGINAL, INVITATION));
    expect(model.description.startsWith(`${ORIGINAL}\n\n`)).toBe(true);
    // registration is false: no registrants action.
    expect(buttonText()).not.toContain('buttonRegistrants');
  });

  it('shows a refusal in place and leaves the event untouched', async () => {
    const { fixture } = await quickAddOpen({
      'meeting.attach': fail('invalid-event', 'An all-day event has no start time for Zoom.'),
    });
    clickButton('Add Zoom meeting');
    await vi.waitFor(() =>
      expect(buttonText()).toBe(
        'Zoom meeting not added: An all-day event has no start time for Zoom.Add Zoom meeting',
      ),
    );
    expect(fixture.model()).toMatchObject({ location: '', description: ORIGINAL });
  });

  it('when its on-demand part cannot load, says so in the button and makes no meeting', async () => {
    const fixture = loadFixture('google-calendar', GRID);
    const bg = startController(
      googleCalendar,
      { 'meeting.attach': ok({ link: LINK, invitation: INVITATION }) },
      undefined,
      () => Promise.reject(new Error('The page tools could not be loaded (gone).')),
    );
    fixture.openQuickAdd!({ title: 'Planning', description: ORIGINAL });
    await vi.waitFor(() => expect(buttonText()).toMatch(/^Add \w+ meeting/));
    clickButton('Add Zoom meeting');
    await vi.waitFor(() =>
      expect(buttonText()).toBe(
        'Zoom meeting not added: The page tools could not be loaded (gone).Add Zoom meeting',
      ),
    );
    expect(bg.typesSent()).toEqual([]);
    expect(fixture.model()).toMatchObject({ location: '', description: ORIGINAL });
  });

  it('takes the meeting back when the event cannot carry it (damaged block), touching nothing', async () => {
    const damaged = `${ORIGINAL}\n[/zoom-invitation]`;
    const { fixture, bg } = await quickAddOpen(
      {
        'meeting.attach': ok({ link: LINK, invitation: INVITATION }),
        'meeting.remove': ok({ removed: true as const }),
      },
      damaged,
    );
    clickButton('Add Zoom meeting');
    await vi.waitFor(() =>
      expect(buttonText()).toMatch(
        /^Zoom meeting not added: The meeting invitation in the description has lost/,
      ),
    );
    expect(bg.typesSent()).toEqual(['meeting.attach', 'meeting.remove']);
    // The event, not the meeting id: the background deletes only the meeting linked to it.
    expect(bg.sent[1]!.payload).toEqual({ event: { site: 'google', id: undefined, location: LINK.joinUrl } });
    expect(fixture.model()).toMatchObject({ location: '', description: damaged });
  });

  it('signed out: offers sign-in, then carries on with the add', async () => {
    const fixture = loadFixture('google-calendar', GRID);
    let signedIn = false;
    const bg = startController(googleCalendar, {
      'meeting.attach': () =>
        signedIn ? ok({ link: LINK, invitation: INVITATION }) : fail('signed-out', 'Sign in to Zoom first.'),
      'auth.signInFromPage': () => {
        signedIn = true;
        return ok({ connected: true });
      },
    });
    fixture.openQuickAdd!({ title: 'Planning' });
    await vi.waitFor(() => expect(buttonText()).toBe('Add Zoom meeting'));
    clickButton('Add Zoom meeting');
    await vi.waitFor(() => expect(buttonText()).toBe('Sign in to Zoom to add a meeting'));
    expect(fixture.model().location).toBe('');
    clickButton('Sign in to Zoom to add a meeting');
    await vi.waitFor(() => expect(buttonText()).toContain(attachedText));
    expect(bg.typesSent()).toEqual(['meeting.attach', 'auth.signInFromPage', 'meeting.attach']);
    expect(fixture.model().location).toBe(LINK.joinUrl);
  });

  it('stays on "sign in" with the reason when the sign-in does not connect', async () => {
    const fixture = loadFixture('google-calendar', GRID);
    startController(googleCalendar, {
      'meeting.attach': fail('signed-out', 'Sign in to Zoom first.'),
      'auth.signInFromPage': fail('auth-cancelled', 'The sign-in window was closed.'),
    });
    fixture.openQuickAdd!({ title: 'Planning' });
    await vi.waitFor(() => expect(buttonText()).toBe('Add Zoom meeting'));
    clickButton('Add Zoom meeting');
    await vi.waitFor(() => expect(buttonText()).toBe('Sign in to Zoom to add a meeting'));
    clickButton('Sign in to Zoom to add a meeting');
    await vi.waitFor(() =>
      expect(buttonText()).toBe('The sign-in window was closed.Sign in to Zoom to add a meeting'),
    );
  });
});

describe('the calendar controller: an event already linked', () => {
  const openLinked = async (answers: Parameters<typeof startController>[1]) => {
    const fixture = loadFixture('google-calendar', `${GRID}/eventedit/evt9${eventHash(LINKED)}`);
    const bg = startController(googleCalendar, answers);
    return { fixture, bg };
  };

  it('shows "attached" on reopen, asking by the event as read', async () => {
    const { bg } = await openLinked({ 'meeting.linkFor': ok({ link: LINK }) });
    await vi.waitFor(() => expect(buttonText()).toContain(attachedText));
    expect(bg.sent[0]).toMatchObject({
      type: 'meeting.linkFor',
      payload: { event: { id: 'evt9', location: LINK.joinUrl } },
    });
  });

  it('links a meeting its location only mentions once the person confirms, naming it', async () => {
    const answers: string[] = [];
    const { bg } = await openLinked({
      'meeting.linkFor': (payload) => {
        answers.push(JSON.stringify(payload));
        return payload.adopt ? ok({ link: LINK }) : ok({ link: null, candidate: LINK });
      },
    });
    await vi.waitFor(() => expect(buttonText()).toContain(attachedText));
    expect(bg.confirm).toHaveBeenCalledWith(expect.stringContaining(`"${LINK.topic}" (${LINK.meetingId})`));
    expect(bg.sent.map((m) => m.payload)).toEqual([
      { event: expect.objectContaining({ id: 'evt9' }) },
      { event: expect.objectContaining({ id: 'evt9' }), adopt: true },
    ]);
  });

  it('leaves a mentioned meeting alone when the person declines', async () => {
    loadFixture('google-calendar', `${GRID}/eventedit/evt9${eventHash(LINKED)}`);
    const bg = startController(
      googleCalendar,
      { 'meeting.linkFor': ok({ link: null, candidate: LINK }) },
      vi.fn(() => false),
    );
    await vi.waitFor(() => expect(bg.confirm).toHaveBeenCalledOnce());
    await new Promise((r) => setTimeout(r, 20));
    expect(buttonText()).toBe('Add Zoom meeting');
    expect(bg.typesSent()).toEqual(['meeting.linkFor']);
  });

  it('stays idle when the look-up fails or finds nothing', async () => {
    await openLinked({ 'meeting.linkFor': fail('unreachable', 'The extension did not answer.') });
    await vi.waitFor(() => expect(buttonText()).toBe('Add Zoom meeting'));
    await new Promise((r) => setTimeout(r, 20));
    expect(buttonText()).toBe('Add Zoom meeting');
  });

  it('Remove: deletes the meeting, strips the block, clears the link from the location', async () => {
    const { fixture, bg } = await openLinked({
      'meeting.linkFor': ok({ link: LINK }),
      'meeting.remove': ok({ removed: true as const }),
    });
    await vi.waitFor(() => expect(buttonText()).toContain(attachedText));
    clickButton('Remove Zoom meeting');
    await vi.waitFor(() => expect(buttonText()).toBe('Add Zoom meeting'));
    expect(bg.sent.at(-1)).toEqual({
      type: 'meeting.remove',
      payload: { event: { site: 'google', id: 'evt9', location: LINK.joinUrl } },
    });
    expect(fixture.model()).toMatchObject({ location: '', description: ORIGINAL });
  });

  it('Remove refused: stays attached with the reason, the event untouched', async () => {
    const { fixture } = await openLinked({
      'meeting.linkFor': ok({ link: LINK }),
      'meeting.remove': fail('3001', 'Meeting does not exist: 81234567890.'),
    });
    await vi.waitFor(() => expect(buttonText()).toContain(attachedText));
    clickButton('Remove Zoom meeting');
    await vi.waitFor(() =>
      expect(buttonText()).toContain('Meeting not removed: Meeting does not exist: 81234567890.'),
    );
    expect(buttonText()).toContain(attachedText);
    expect(fixture.model()).toMatchObject({ location: LINK.joinUrl, description: LINKED.description });
  });

  it('a location the person typed stays when the meeting is removed', async () => {
    const typed = { ...LINKED, location: 'Room 4' };
    loadFixture('google-calendar', `${GRID}/eventedit/evt9${eventHash(typed)}`);
    startController(googleCalendar, {
      'meeting.linkFor': ok({ link: LINK }),
      'meeting.remove': ok({ removed: true as const }),
    });
    await vi.waitFor(() => expect(buttonText()).toContain(attachedText));
    clickButton('Remove Zoom meeting');
    await vi.waitFor(() => expect(buttonText()).toBe('Add Zoom meeting'));
    const { __fixture } = window as unknown as { __fixture: { model(): { location: string } } };
    expect(__fixture.model().location).toBe('Room 4');
  });

  it('stops everything when the content-script context ends', async () => {
    const { bg } = await openLinked({ 'meeting.linkFor': ok({ link: LINK }) });
    await vi.waitFor(() => expect(buttonText()).toContain(attachedText));
    bg.controller.abort();
    expect(document.querySelector('[data-zoom-meeting-button]')).toBeNull();
    document.querySelector<HTMLElement>('#xSaveBu')!.click();
    await new Promise((r) => setTimeout(r, 10));
    expect(bg.typesSent()).toEqual(['meeting.linkFor']);
  });
});

describe('the calendar controller: either provider', () => {
  const WEBEX_LINK = {
    provider: 'webex' as const,
    meetingId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    joinUrl: 'https://example.webex.com/example/j.php?MTID=m0123',
    topic: 'Planning',
    registration: false,
  };
  const WEBEX_INVITATION = `Join the Webex meeting: Planning\n${WEBEX_LINK.joinUrl}`;
  const both = ok({ defaultProvider: 'zoom' as const, connected: ['zoom' as const, 'webex' as const] });

  it('offers the default provider first and every other connected one, as the background says', async () => {
    const { bg } = await quickAddOpen({ 'meeting.providers': both });
    await vi.waitFor(() => expect(buttonText()).toBe('Add Zoom meetingAdd Webex meeting'));
    // Asked at start and again when the editor opened (an account may have been connected since).
    expect(bg.providerAsks()).toBe(2);
  });

  it('adds with the provider clicked, and shows its meeting as that provider’s', async () => {
    const { fixture, bg } = await quickAddOpen({
      'meeting.providers': both,
      'meeting.attach': ok({ link: WEBEX_LINK, invitation: WEBEX_INVITATION }),
    });
    await vi.waitFor(() => expect(buttonText()).toContain('Add Webex meeting'));
    clickButton('Add Webex meeting');
    await vi.waitFor(() => expect(buttonText()).toContain(`Webex meeting ${WEBEX_LINK.meetingId}`));
    expect(buttonText()).toContain('Remove Webex meeting');
    expect(bg.sent[0]).toMatchObject({ type: 'meeting.attach', payload: { provider: 'webex' } });
    expect(fixture.model().location).toBe(WEBEX_LINK.joinUrl);
  });

  it('asks to sign in to the provider that refused, and signs in to that one', async () => {
    let signedIn = false;
    const { bg } = await quickAddOpen({
      'meeting.providers': ok({ defaultProvider: 'webex' as const, connected: [] }),
      'meeting.attach': () =>
        signedIn
          ? ok({ link: WEBEX_LINK, invitation: WEBEX_INVITATION })
          : fail('signed-out', 'You are not signed in to Webex.'),
      'auth.signInFromPage': () => {
        signedIn = true;
        return ok({ connected: true });
      },
    });
    await vi.waitFor(() => expect(buttonText()).toBe('Add Webex meeting'));
    clickButton('Add Webex meeting');
    await vi.waitFor(() => expect(buttonText()).toBe('Sign in to Webex to add a meeting'));
    clickButton('Sign in to Webex to add a meeting');
    await vi.waitFor(() => expect(buttonText()).toContain(`Webex meeting ${WEBEX_LINK.meetingId}`));
    expect(bg.sent.map((s) => [s.type, (s.payload as { provider?: string }).provider])).toEqual([
      ['meeting.attach', 'webex'],
      ['auth.signInFromPage', 'webex'],
      ['meeting.attach', 'webex'],
    ]);
  });

  it('shows a linked Webex meeting on reopen, whatever the default', async () => {
    const webexLinked = { ...LINKED, location: WEBEX_LINK.joinUrl };
    loadFixture('google-calendar', `${GRID}/eventedit/evt9${eventHash(webexLinked)}`);
    startController(googleCalendar, {
      'meeting.providers': ok({ defaultProvider: 'zoom' as const, connected: ['zoom' as const] }),
      'meeting.linkFor': ok({ link: WEBEX_LINK }),
    });
    await vi.waitFor(() => expect(buttonText()).toContain(`Webex meeting ${WEBEX_LINK.meetingId}`));
    expect(buttonText()).toContain('Remove Webex meeting');
  });
});
