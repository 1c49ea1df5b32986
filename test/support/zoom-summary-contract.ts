import { apiContract } from './api-contract';

// Zoom's meeting summaries, which its older export lacks: transcribed from the full reference
// (docs/api/zoom-meetings-api-reference.txt, "List an account's meeting or webinar summaries" and
// "Get a meeting or webinar summary"), every field name and type as listed there, nothing else.

const { compile } = apiContract('zoom');

const dateTime = { type: 'string', format: 'date-time' };
const summaryListItem = {
  meeting_host_id: { type: 'string' },
  meeting_host_email: { type: 'string', format: 'email' },
  meeting_uuid: { type: 'string' },
  meeting_id: { type: 'integer' },
  meeting_topic: { type: 'string' },
  meeting_start_time: dateTime,
  meeting_end_time: dateTime,
  summary_start_time: dateTime,
  summary_end_time: dateTime,
  summary_created_time: dateTime,
  summary_last_modified_time: dateTime,
};

export const summaryListValidator = compile({
  type: 'object',
  additionalProperties: false,
  properties: {
    from: dateTime,
    to: dateTime,
    next_page_token: { type: 'string' },
    page_size: { type: 'integer' },
    summaries: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: summaryListItem,
      },
    },
  },
});

export const summaryValidator = compile({
  type: 'object',
  additionalProperties: false,
  required: ['meeting_id', 'meeting_uuid', 'summary_content'],
  properties: {
    ...summaryListItem,
    edited_summary: {
      type: 'object',
      additionalProperties: false,
      properties: {
        next_steps: { type: 'array', items: { type: 'string' } },
        summary_details: { type: 'string' },
        summary_overview: { type: 'string' },
      },
    },
    next_steps: { type: 'array', items: { type: 'string' } },
    summary_content: { type: 'string' },
    summary_details: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { label: { type: 'string' }, summary: { type: 'string' } },
      },
    },
    summary_doc_url: { type: 'string', format: 'uri' },
    summary_last_modified_user_email: { type: 'string' },
    summary_last_modified_user_id: { type: 'string' },
    summary_overview: { type: 'string' },
    summary_title: { type: 'string' },
  },
});
