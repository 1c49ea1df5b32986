import { describe, expect, it } from 'vitest';
import {
  BatchRegistrantsResponseSchema,
  CreateMeetingRequestSchema,
  MeetingSchema,
  RegistrantListSchema,
  RegistrantStatusUpdateSchema,
} from '@/lib/providers/zoom/schemas';

describe('Zoom schemas', () => {
  it('read the registrant list example of the Zoom reference (docs/api/)', () => {
    const example = {
      next_page_token: 'w7587w4eiyfsudgf',
      page_count: 1,
      page_size: 30,
      total_records: 20,
      registrants: [
        {
          id: '9tboDiHUQAeOnbmudzWa5g',
          email: 'jchill@example.com',
          first_name: 'Jill',
          last_name: 'Chill',
          status: 'approved',
          create_time: '2022-03-22T05:59:09Z',
          join_url: 'https://example.com/j/11111',
          participant_pin_code: 380303,
        },
      ],
    };
    expect(RegistrantListSchema.parse(example).registrants[0]).toMatchObject({
      id: '9tboDiHUQAeOnbmudzWa5g',
      status: 'approved',
    });
  });

  it('read the batch registration example of the batch registration page (docs/api/)', () => {
    const example = {
      registrants: [
        {
          registrant_id: 'conseret14re',
          email: 'example@example.com',
          join_url: ' https://zoom.us/w/9999999?tk=x',
        },
      ],
    };
    expect(BatchRegistrantsResponseSchema.parse(example).registrants).toHaveLength(1);
  });

  it('read a meeting with fields Zoom adds and omit the ones it may leave out', () => {
    const parsed = MeetingSchema.parse({
      id: 1,
      topic: 'T',
      type: 3,
      join_url: 'j',
      new_field: true,
      settings: { audio: 'both' },
    });
    expect(parsed).toMatchObject({ id: 1, type: 3 });
    expect(() => MeetingSchema.parse({ id: 1, topic: 'T', type: 2 })).toThrow(); // no join_url
  });

  it('accept Zoom’s date-time forms and refuse others', () => {
    const base = { topic: 'T', type: 2 };
    expect(
      CreateMeetingRequestSchema.safeParse({ ...base, start_time: '2026-03-25T07:29:29Z' }).success,
    ).toBe(true);
    expect(CreateMeetingRequestSchema.safeParse({ ...base, start_time: '2026-03-25T07:29:29' }).success).toBe(
      true,
    );
    expect(CreateMeetingRequestSchema.safeParse({ ...base, start_time: 'next Tuesday' }).success).toBe(false);
  });

  it('refuse a weekly recurrence with days outside 1–7', () => {
    const body = {
      topic: 'T',
      type: 8,
      start_time: '2026-03-25T07:29:29Z',
      recurrence: { type: 2, weekly_days: '1,8' },
    };
    expect(CreateMeetingRequestSchema.safeParse(body).success).toBe(false);
  });

  it('need an id or an email for each registrant whose status changes', () => {
    expect(
      RegistrantStatusUpdateSchema.safeParse({ action: 'deny', registrants: [{ id: 'r' }] }).success,
    ).toBe(true);
    expect(RegistrantStatusUpdateSchema.safeParse({ action: 'deny', registrants: [{}] }).success).toBe(false);
  });
});
