// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { googleCalendar } from '@/lib/calendar/sites/google/adapter';
import { upsertInvitationBlock } from '@/lib/calendar/dom/invitation-block';
import { outlookWeb } from '@/lib/calendar/sites/outlook/adapter';
import { buttonText, INVITATION, LINK, startController } from '@/test/support/calendar-controller';
import { eventHash, type FixtureApi, loadFixture } from '@/test/support/calendar-pages';
import { fail, ok } from '@/test/support/runtime-messages';
import { personClick } from '@/test/support/shadow-roots';

const GRID = 'https://calendar.google.com/calendar/r';
const ORIGINAL = 'Agenda:\n\n1. numbers';
const LINKED = {
  id: 'evt9',
  title: 'Planning',
  start: '2026-03-10T09:30',
  end: '2026-03-10T10:30',
  location: LINK.joinUrl,
  description: upsertInvitationBlock(ORIGINAL, INVITATION),
};
const MOVED_INVITATION = `${INVITATION}\nTime: Mar 10, 2026 11:00 AM Eastern Time`;
const attachedText = `Zoom meeting ${LINK.meetingId}`;
const settle = () => new Promise((r) => setTimeout(r, 20));
const click = (selector: string) => document.querySelector<HTMLElement>(selector)!.click();

async function openLinkedGoogle(answers: Parameters<typeof startController>[1], confirm?: () => boolean) {
  const fixture = loadFixture('google-calendar', `${GRID}/eventedit/evt9${eventHash(LINKED)}`);
  const bg = startController(
    googleCalendar,
    { 'meeting.linkFor': ok({ link: LINK }), ...answers },
    confirm && vi.fn(confirm),
  );
  await vi.waitFor(() => expect(buttonText()).toContain(attachedText));
  return { fixture, bg };
}

const reopen = async (fixture: FixtureApi) => {
  fixture.open(fixture.savedEvents.find((e) => e.id === 'evt9')!);
  await vi.waitFor(() => expect(buttonText()).toContain(attachedText));
};

describe("following the person's Save", () => {
  it('a moved event: updates the meeting after the save, and the new invitation comes in on reopen', async () => {
    const { fixture, bg } = await openLinkedGoogle({
      'meeting.sync': ok({ link: LINK, updated: true, invitation: MOVED_INVITATION }),
    });
    fixture.pick('start', '2026-03-10T11:00');
    fixture.pick('end', '2026-03-10T12:00');
    click('#xSaveBu');
    await vi.waitFor(() => expect(bg.typesSent()).toContain('meeting.sync'));
    expect(bg.sent.find((s) => s.type === 'meeting.sync')!.payload).toMatchObject({
      event: { id: 'evt9', start: '2026-03-10T11:00:00', end: '2026-03-10T12:00:00' },
    });
    // The page saved at once, with the old invitation: the save was not held up.
    expect(fixture.savedEvents.find((e) => e.id === 'evt9')).toMatchObject({
      start: '2026-03-10T11:00',
      description: LINKED.description,
    });
    await settle();
    await reopen(fixture);
    await vi.waitFor(() =>
      expect(fixture.model().description).toBe(upsertInvitationBlock(ORIGINAL, MOVED_INVITATION)),
    );
  });

  it('a save that changes nothing Zoom knows (only the description) sends nothing', async () => {
    const { fixture, bg } = await openLinkedGoogle({});
    fixture.pick('description', `${LINKED.description}\nmore notes`);
    click('#xSaveBu');
    await settle();
    expect(bg.typesSent()).toEqual(['meeting.linkFor']);
  });

  it('an unlinked event: a save sends nothing', async () => {
    loadFixture('google-calendar', `${GRID}/eventedit/evt9${eventHash({ ...LINKED, location: '' })}`);
    const bg = startController(googleCalendar, { 'meeting.linkFor': ok({ link: null }) });
    await vi.waitFor(() => expect(buttonText()).toBe('Add Zoom meeting'));
    (window as unknown as { __fixture: FixtureApi }).__fixture.pick('title', 'Renamed');
    click('#xSaveBu');
    await settle();
    expect(bg.typesSent()).toEqual(['meeting.linkFor']);
  });

  it('a failed update is retried when the event is reopened, and said if it fails again', async () => {
    let calls = 0;
    const { fixture, bg } = await openLinkedGoogle({
      'meeting.sync': () => (++calls, fail('unreachable', 'Zoom did not answer.')),
    });
    fixture.pick('title', 'Planning (moved)');
    click('#xSaveBu');
    await vi.waitFor(() => expect(calls).toBe(1));
    await settle();
    await reopen(fixture);
    await vi.waitFor(() => expect(buttonText()).toContain('Meeting not updated: Zoom did not answer.'));
    expect(calls).toBe(2);
    expect(bg.sent.filter((s) => s.type === 'meeting.sync').at(-1)!.payload).toMatchObject({
      event: { title: 'Planning (moved)' },
    });
  });
});

describe('Outlook in Japanese: Save and Delete found by their localized labels', () => {
  const ITEM = { ...LINKED, id: 'AAMkAD9=', start: '2026-03-24T14:00', end: '2026-03-24T15:00' };
  const url = `https://outlook.office.com/calendar/item/${encodeURIComponent(ITEM.id)}?lang=ja${eventHash(ITEM)}`;

  it("a renamed event is synced on 保存; 削除 offers the meeting's deletion", async () => {
    const fixture = loadFixture('outlook', url);
    const bg = startController(outlookWeb, {
      'meeting.linkFor': ok({ link: LINK }),
      'meeting.sync': ok({ link: LINK, updated: true, invitation: null }),
      'meeting.remove': ok({ removed: true as const }),
    });
    await vi.waitFor(() => expect(buttonText()).toContain(attachedText));
    fixture.pick('title', '定例 (変更)');
    click('button[aria-label="保存"]');
    await vi.waitFor(() => expect(bg.typesSent()).toContain('meeting.sync'));
    expect(bg.sent.at(-1)!.payload).toMatchObject({ event: { id: 'AAMkAD9=', title: '定例 (変更)' } });

    fixture.open(fixture.savedEvents.find((e) => e.id === ITEM.id)!);
    await vi.waitFor(() => expect(buttonText()).toContain(attachedText));
    click('button[aria-label="削除"]');
    await vi.waitFor(() => expect(bg.typesSent().at(-1)).toBe('meeting.remove'));
  });
});

describe('no work while no editor is open', () => {
  it("listens for the editor's commands only while an editor is open", async () => {
    const added = vi.spyOn(document, 'addEventListener');
    const fixture = loadFixture('google-calendar', GRID);
    startController(googleCalendar, {});
    // Idle: only the grid popover's Delete is watched, one capture listener for good.
    const idle = added.mock.calls.filter(([type]) => type === 'click');
    expect(idle).toHaveLength(1);
    expect(idle[0]![2]).toMatchObject({ capture: true });
    fixture.openQuickAdd!();
    await vi.waitFor(() => expect(buttonText()).toBe('Add Zoom meeting'));
    const clicks = added.mock.calls.filter(([type]) => type === 'click').slice(1);
    expect(clicks).toHaveLength(1);
    const signal = (clicks[0]![2] as AddEventListenerOptions).signal!;
    expect(signal.aborted).toBe(false);
    fixture.closeQuickAdd!();
    await vi.waitFor(() => expect(signal.aborted).toBe(true));
  });
});

describe("the grid popover's Delete (no editor open)", () => {
  // Google's eid (base64url of "<eventId> <calendarId>"); the popover carries it padded.
  const EID = 'N2txMW0yYWJjIGFkYUBleGFtcGxlLmNvbQ';
  const EVENT_ID = '7kq1m2abc ada@example.com';

  function popoverOfLinked(confirm: () => boolean) {
    const fixture = loadFixture('google-calendar', `${GRID}${eventHash({ ...LINKED, id: EID })}`);
    const bg = startController(
      googleCalendar,
      { 'meeting.linkedTo': ok({ link: LINK }), 'meeting.remove': ok({ removed: true as const }) },
      vi.fn(confirm),
    );
    fixture.openDetails!(EID);
    const del = document.querySelector<HTMLElement>('#xDetDlg button[jsname=VkLyEc]')!;
    return { fixture, bg, del };
  }

  it('a linked event: asks, naming the meeting, then removes the meeting of that event', async () => {
    const { fixture, bg, del } = popoverOfLinked(() => true);
    personClick(del);
    await vi.waitFor(() => expect(bg.typesSent()).toEqual(['meeting.linkedTo', 'meeting.remove']));
    expect(bg.sent[0]!.payload).toEqual({ event: { site: 'google', id: EVENT_ID } });
    expect(bg.sent[1]!.payload).toEqual({ event: { site: 'google', id: EVENT_ID } });
    expect(bg.confirm).toHaveBeenCalledOnce();
    expect(bg.confirm).toHaveBeenCalledWith(
      expect.stringMatching(new RegExp(`${LINK.topic}.*${LINK.meetingId}`, 's')),
    );
    // The page deleted its event regardless.
    expect(fixture.savedEvents.some((e) => e.id === EID)).toBe(false);
  });

  it('declined: the meeting stays', async () => {
    const { bg, del } = popoverOfLinked(() => false);
    personClick(del);
    await vi.waitFor(() => expect(bg.confirm).toHaveBeenCalledOnce());
    await settle();
    expect(bg.typesSent()).toEqual(['meeting.linkedTo']);
  });

  it('an unlinked event: nothing asked, nothing removed', async () => {
    const { bg, del } = popoverOfLinked(() => true);
    bg.answers['meeting.linkedTo'] = ok({ link: null });
    personClick(del);
    await vi.waitFor(() => expect(bg.typesSent()).toEqual(['meeting.linkedTo']));
    await settle();
    expect(bg.confirm).not.toHaveBeenCalled();
    expect(bg.typesSent()).toEqual(['meeting.linkedTo']);
  });

  it("a page script's click (untrusted) sends nothing, though the page deletes its event", async () => {
    const { fixture, bg, del } = popoverOfLinked(() => true);
    del.click();
    await settle();
    expect(bg.typesSent()).toEqual([]);
    expect(bg.confirm).not.toHaveBeenCalled();
    expect(fixture.savedEvents.some((e) => e.id === EID)).toBe(false);
  });

  it('a failed remove is logged, not thrown', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { bg, del } = popoverOfLinked(() => true);
    bg.answers['meeting.remove'] = fail('provider', 'Zoom said no.');
    personClick(del);
    await vi.waitFor(() =>
      expect(warn).toHaveBeenCalledWith(expect.objectContaining({ message: 'Zoom said no.' })),
    );
    warn.mockRestore();
  });
});
