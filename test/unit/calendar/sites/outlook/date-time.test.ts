// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { partsFromShape, timeHooks } from '@/lib/calendar/sites/outlook/date-time';
import { englishMessages } from '@/test/support/english-messages';

// The structural link for Outlook's dates and times: the compose form's comboboxes in order, each
// read as a date or a time by the page's locale; only a known shape counts as a reading.

const form = (values: string[]) => {
  const root = document.createElement('div');
  for (const value of values) {
    const input = document.createElement('input');
    input.setAttribute('role', 'combobox');
    input.value = value;
    root.append(input);
  }
  document.body.replaceChildren(root);
  return root;
};
const byShape = (locale: string, values: string[]) => timeHooks(locale)[0]!.find(form(values));

describe('Outlook date/time pickers read by their shape', () => {
  beforeEach(() => void englishMessages());

  it('date, time, time: a timed event on one day (the end date shows only when all day)', () => {
    expect(byShape('en-US', ['Tue, 3/10/2026', '9:30 AM', '10:15 AM'])).toEqual({
      startDate: '2026-03-10',
      startTime: '09:30:00',
      endTime: '10:15:00',
    });
  });

  it('date, time, date, time; and date, date when all day, in German and Japanese', () => {
    expect(byShape('de', ['Di., 10.3.2026', '22:00', 'Mi., 11.3.2026', '01:30'])).toEqual({
      startDate: '2026-03-10',
      startTime: '22:00:00',
      endDate: '2026-03-11',
      endTime: '01:30:00',
    });
    expect(byShape('ja', ['2026/3/12(木)', '2026/3/13(金)'])).toEqual({
      startDate: '2026-03-12',
      endDate: '2026-03-13',
    });
  });

  it('a German time "10.03" is never taken for a date, nor "5:00 PM" for May', () => {
    expect(byShape('de', ['Di., 10.3.2026', '10.03', '11.03'])).toMatchObject({ startTime: '10:03:00' });
    expect(byShape('en-US', ['5/1/2026', '5:00 PM', '6:00 PM'])).toMatchObject({
      startDate: '2026-05-01',
      startTime: '17:00:00',
    });
  });

  it('any other shape, or a value that does not parse, is no reading at all', () => {
    expect(byShape('en-US', ['Tue, 3/10/2026', 'soon', '10:15 AM'])).toBeNull();
    expect(byShape('en-US', ['Tue, 3/10/2026'])).toBeNull();
    expect(byShape('en-US', ['9:30 AM', '10:15 AM'])).toBeNull();
    expect(partsFromShape([])).toBeNull();
  });

  it('without a page language nothing is read', () => {
    expect(timeHooks(null)[0]!.find(form(['3/10/2026', '9:30 AM', '10:15 AM']))).toBeNull();
  });
});
