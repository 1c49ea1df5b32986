// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { CalendarAdapter } from '@/lib/calendar/adapter';
import { plainText } from '@/lib/calendar/dom/nodes';
import { googleCalendar } from '@/lib/calendar/sites/google/adapter';
import { findInvitationBlock } from '@/lib/calendar/dom/invitation-block';
import { planMeetingRemoval, writeMeetingIntoEvent } from '@/lib/calendar/content/write-back';
import { loadFixture } from '@/test/support/calendar-pages';
import { englishMessages } from '@/test/support/english-messages';

// What the meeting writes into the event: in place in the description's box when the adapter names
// it; the whole text retyped only when it cannot, and never over a description it could not read.

const JOIN = 'https://zoom.us/j/81?pwd=x';
const INVITE = 'Join: https://zoom.us/j/81?pwd=x';
const DESCRIPTION_BOX = '[role="dialog"] [jsname="hGaP9"] [contenteditable="true"]';

function quickAdd(description: string) {
  const fixture = loadFixture('google-calendar', 'https://calendar.google.com/calendar/r');
  fixture.openQuickAdd!({ title: 'Sync', description });
  const editor = googleCalendar.findEditors(document)[0]!;
  return { fixture, editor };
}

beforeEach(() => void englishMessages());

describe('writing the meeting into the event', () => {
  it("with the adapter's box: the person's lines stay the same nodes, and removing gives them back", () => {
    const { fixture, editor } = quickAdd('Agenda\nBring slides');
    const adapter: CalendarAdapter = {
      ...googleCalendar,
      descriptionBox: (e) =>
        e.element.querySelector<HTMLElement>('[jsname="hGaP9"] [contenteditable="true"]'),
    };
    const box = document.querySelector<HTMLElement>(DESCRIPTION_BOX)!;
    const lines = [...box.childNodes];
    writeMeetingIntoEvent(adapter, editor, JOIN, INVITE);
    expect([...box.childNodes].slice(0, 2)).toEqual(lines);
    expect(findInvitationBlock(fixture.model().description)!.body).toBe(INVITE);
    expect(fixture.model().location).toBe(JOIN);
    planMeetingRemoval(adapter, editor, JOIN)();
    expect([...box.childNodes]).toEqual(lines);
    expect(fixture.model()).toMatchObject({ description: 'Agenda\nBring slides', location: '' });
    expect(plainText(box)).toBe('Agenda\nBring slides');
  });

  it('never retypes a description it could not read: the join link goes in, the description stays', () => {
    const { fixture, editor } = quickAdd('Agenda the person wrote');
    // No rich-text box, and a reading that could not make out the description.
    const adapter: CalendarAdapter = {
      ...googleCalendar,
      descriptionBox: () => null,
      read: (e) => {
        const reading = googleCalendar.read(e);
        return {
          ...reading,
          draft: { ...reading.draft, description: '' },
          missing: [...reading.missing, 'description'],
        };
      },
    };
    writeMeetingIntoEvent(adapter, editor, JOIN, INVITE);
    expect(fixture.model()).toMatchObject({ description: 'Agenda the person wrote', location: JOIN });
    planMeetingRemoval(adapter, editor, JOIN)();
    expect(fixture.model().description).toBe('Agenda the person wrote');
  });
});
