import { readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Validators for the sandbox's answers, built from Zoom's own OpenAPI 3.0 export
 * (test/specs/zoom-meeting-api.json) and, for summaries, from the field lists of
 * docs/api/zoom-meetings-api-reference.txt.
 *
 * Stricter than the spec on one point: objects admit no properties the spec does not name, so a
 * misspelt or invented field fails. The few fields Zoom returns that the older export lacks are
 * listed in EXTRA_FIELDS, each with its reason.
 */

const SPEC_PATH = new URL('../../specs/zoom-meeting-api.json', import.meta.url);

type Json = Record<string, unknown>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the OpenAPI document is walked as untyped JSON
const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as any;

/** Fields Zoom returns today that the older export's schema does not list. */
const EXTRA_FIELDS: Record<string, string[]> = {
  // Zoom's current "Get a user" returns display_name (the product shows it).
  'GET /users/{userId} 200': ['display_name'],
  // Returned whenever registration is on; present in the create schema, absent from the get schema.
  'GET /meetings/{meetingId} 200': ['registration_url'],
  'GET /webinars/{webinarId} 200': ['registration_url'],
  'POST /users/{userId}/webinars 201': ['registration_url'],
  // The create response is the meeting object; the export's create schema lists fewer of its fields.
  'POST /users/{userId}/meetings 201': ['uuid', 'host_id', 'status'],
};

/**
 * Where the full reference (which wins, per docs/api/README.md) differs from the older export:
 * batch registration answers 201 (export: 200); "Add a webinar registrant" returns `id` as the
 * webinar's int64 number (export: string).
 */
const STATUS_ALIASES: Record<string, string> = {
  'POST /meetings/{meetingId}/batch_registrants 201': '200',
  'POST /webinars/{webinarId}/batch_registrants 201': '200',
};
const SCHEMA_PATCHES: Record<string, (schema: Json) => void> = {
  'POST /webinars/{webinarId}/registrants 201': (schema) => {
    (schema.properties as Json).id = { type: 'integer', format: 'int64' };
  },
};

/** OpenAPI 3.0 -> JSON Schema: `nullable`, examples and vendor keys out; closed objects. */
function toJsonSchema(node: unknown, extra: string[] = [], depth = 0): unknown {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n, [], depth + 1));
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (
      key === 'example' ||
      key === 'examples' ||
      key.startsWith('x-') ||
      key === 'deprecated' ||
      key === 'nullable'
    ) {
      continue;
    }
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as Json).map(([k, v]) => [k, toJsonSchema(v, [], depth + 1)]),
      );
    } else if (key === 'enum') {
      // The export repeats some enum values (registrant status); JSON Schema forbids duplicates.
      out.enum = [...new Set(value as unknown[])];
    } else if (key === 'required') {
      out[key] = value;
    } else {
      out[key] = toJsonSchema(value, [], depth + 1);
    }
  }
  const source = node as Json;
  if (source.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  if (out.properties && out.additionalProperties === undefined) {
    for (const name of extra) (out.properties as Json)[name] = {};
    out.additionalProperties = false;
  }
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
// Formats the export uses that are not JSON Schema formats: accept any string.
for (const name of ['string', 'datetime', 'Hex color code']) ajv.addFormat(name, true);
// ajv-formats' `url` refuses loopback hosts, and the sandbox's links point at itself (127.0.0.1);
// any absolute http(s) URL is what the field promises.
ajv.addFormat('url', (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
});

const cache = new Map<string, ValidateFunction>();

/** The validator for one documented response, e.g. ('GET', '/meetings/{meetingId}', 200). */
export function responseValidator(method: string, path: string, status: number): ValidateFunction {
  const key = `${method} ${path} ${status}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const operation = spec.paths[path]?.[method.toLowerCase()];
  if (!operation) throw new Error(`The spec has no ${method} ${path}`);
  const documented = STATUS_ALIASES[key] ?? String(status);
  const response = operation.responses[documented];
  if (!response) throw new Error(`The spec documents no ${documented} for ${method} ${path}`);
  const raw = response.content?.['application/json']?.schema ?? { not: {} };
  const schema = toJsonSchema(raw, EXTRA_FIELDS[key]) as Json;
  SCHEMA_PATCHES[key]?.(schema);
  const validate = ajv.compile(schema);
  cache.set(key, validate);
  return validate;
}

/** The statuses the spec documents for an operation (to check the sandbox uses a documented one). */
export function documentedStatuses(method: string, path: string): string[] {
  return Object.keys(spec.paths[path]?.[method.toLowerCase()]?.responses ?? {});
}

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

/**
 * Summaries, transcribed from the full reference ("List an account's meeting or webinar summaries" and
 * "Get a meeting or webinar summary"): every field name and type as listed there, nothing else.
 */
export const summaryListValidator = ajv.compile({
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

export const summaryValidator = ajv.compile({
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

/** Every Zoom error body: `{ code, message }` (a validation failure adds `errors`). */
export const errorValidator = ajv.compile({
  type: 'object',
  required: ['code', 'message'],
  additionalProperties: false,
  properties: {
    code: { type: 'integer' },
    message: { type: 'string', minLength: 1 },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
});
