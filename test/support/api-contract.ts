import { readFileSync } from 'node:fs';
import Ajv, { type Format, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Validators for the sandbox's answers, built from each provider's own OpenAPI 3.0 export:
 * Zoom's test/specs/zoom-meeting-api.json (where the full reference, docs/api/README.md, wins) and
 * Cisco's test/specs/webex-meetings-api.json.
 *
 * Stricter than the specs on one point: objects admit no properties the spec does not name, so a
 * misspelt or invented field fails. The few fields Zoom returns that its older export lacks are
 * listed in `extraFields`, each with its reason.
 */

export type ContractProvider = 'zoom' | 'webex';
type Json = Record<string, unknown>;

interface ContractSource {
  /** The export, in test/specs/. */
  spec: string;
  /** Formats the export uses that are not JSON Schema formats, or that ajv-formats reads too strictly. */
  formats: Record<string, Format>;
  /** The export's schemas point at each other with `#/components/schemas/...`. */
  refs?: boolean;
  /** Fields the provider returns today that the export's schema does not list. */
  extraFields?: Record<string, string[]>;
  /** A status the provider answers, mapped to the one the export documents instead. */
  statusAliases?: Record<string, string>;
  schemaPatches?: Record<string, (schema: Json) => void>;
  /** The provider's error body. */
  errorBody: Json;
}

const SOURCES: Record<ContractProvider, ContractSource> = {
  zoom: {
    spec: 'zoom-meeting-api.json',
    formats: {
      string: true,
      datetime: true,
      'Hex color code': true,
      // ajv-formats' `url` refuses loopback hosts, and the sandbox's links point at itself
      // (127.0.0.1); any absolute http(s) URL is what the field promises.
      url: (value: string) => {
        try {
          return ['http:', 'https:'].includes(new URL(value).protocol);
        } catch {
          return false;
        }
      },
    },
    extraFields: {
      // Zoom's current "Get a user" returns display_name (the product shows it).
      'GET /users/{userId} 200': ['display_name'],
      // Returned whenever registration is on; present in the create schema, absent from the get schema.
      'GET /meetings/{meetingId} 200': ['registration_url'],
      'GET /webinars/{webinarId} 200': ['registration_url'],
      'POST /users/{userId}/webinars 201': ['registration_url'],
      // The create response is the meeting object; the export's create schema lists fewer of its fields.
      'POST /users/{userId}/meetings 201': ['uuid', 'host_id', 'status'],
    },
    // Where the full reference differs from the older export: batch registration answers 201
    // (export: 200); "Add a webinar registrant" returns `id` as the webinar's int64 number
    // (export: string).
    statusAliases: {
      'POST /meetings/{meetingId}/batch_registrants 201': '200',
      'POST /webinars/{webinarId}/batch_registrants 201': '200',
    },
    schemaPatches: {
      'POST /webinars/{webinarId}/registrants 201': (schema) => {
        (schema.properties as Json).id = { type: 'integer', format: 'int64' };
      },
    },
    // Every Zoom error body: `{ code, message }` (a validation failure adds `errors`).
    errorBody: {
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
    },
  },
  webex: {
    spec: 'webex-meetings-api.json',
    // The export's own formats (`ARF`, `int64` on strings): any value.
    formats: { ARF: true, int64: true },
    refs: true,
    // As Webex's API guide gives it (the spec documents error statuses without a body):
    // `{ message, errors: [{ description }], trackingId }`.
    errorBody: {
      type: 'object',
      additionalProperties: false,
      required: ['message', 'errors', 'trackingId'],
      properties: {
        message: { type: 'string', minLength: 1 },
        errors: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['description'],
            properties: { description: { type: 'string', minLength: 1 } },
          },
        },
        trackingId: { type: 'string', minLength: 1 },
      },
    },
  },
};

const DROPPED = new Set(['example', 'examples', 'description', 'deprecated', 'nullable']);

/**
 * OpenAPI 3.0 -> JSON Schema: annotations, `nullable` and vendor keys out, refs into the registered
 * components, closed objects (`extra` names the fields a closed object admits beyond the spec's).
 */
function toJsonSchema(node: unknown, components: string | undefined, extra: string[] = []): unknown {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n, components));
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string' && components) {
      out.$ref = value.replace(/^#/, `${components}#`);
    } else if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as Json).map(([k, v]) => [k, toJsonSchema(v, components)]),
      );
    } else if (key === 'enum') {
      // Zoom's export repeats some enum values (registrant status); JSON Schema forbids duplicates.
      out.enum = [...new Set(value as unknown[])];
    } else if (key === 'required') {
      out[key] = value;
    } else {
      out[key] = toJsonSchema(value, components);
    }
  }
  if ((node as Json).nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  if (out.properties && out.additionalProperties === undefined) {
    for (const name of extra) (out.properties as Json)[name] = {};
    out.additionalProperties = false;
  }
  return out;
}

export interface ApiContract {
  /** The validator for one documented response, e.g. ('GET', '/meetings/{meetingId}', 200). */
  responseValidator(method: string, path: string, status: number): ValidateFunction;
  /** The statuses the spec documents for an operation (to check the sandbox uses a documented one). */
  documentedStatuses(method: string, path: string): string[];
  /** The provider's error body. */
  errorValidator: ValidateFunction;
  /** A schema of our own (transcribed from a reference), with this contract's formats. */
  compile(schema: Json): ValidateFunction;
}

const contracts = new Map<ContractProvider, ApiContract>();

/** One provider's contract; its export is read on first use. */
export function apiContract(provider: ContractProvider): ApiContract {
  const known = contracts.get(provider);
  if (known) return known;
  const source = SOURCES[provider];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the OpenAPI document is walked as untyped JSON
  const spec = JSON.parse(readFileSync(new URL(`../specs/${source.spec}`, import.meta.url), 'utf8')) as any;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const [name, format] of Object.entries(source.formats)) ajv.addFormat(name, format);
  const components = source.refs ? `${provider}-components` : undefined;
  if (components)
    ajv.addSchema({ $id: components, components: toJsonSchema(spec.components, components) }, components);

  const cache = new Map<string, ValidateFunction>();
  const contract: ApiContract = {
    responseValidator(method, path, status) {
      const key = `${method} ${path} ${status}`;
      const cached = cache.get(key);
      if (cached) return cached;
      const operation = spec.paths[path]?.[method.toLowerCase()];
      if (!operation) throw new Error(`The spec has no ${method} ${path}`);
      const documented = source.statusAliases?.[key] ?? String(status);
      const response = operation.responses[documented];
      if (!response) throw new Error(`The spec documents no ${documented} for ${method} ${path}`);
      // Webex labels some JSON answers `application/json;charset=UTF-8`.
      const content = Object.entries((response.content ?? {}) as Record<string, { schema?: unknown }>).find(
        ([type]) => type.startsWith('application/json'),
      )?.[1];
      const raw = content?.schema ?? { not: {} };
      const schema = toJsonSchema(raw, components, source.extraFields?.[key]) as Json;
      source.schemaPatches?.[key]?.(schema);
      const validate = ajv.compile(schema);
      cache.set(key, validate);
      return validate;
    },
    documentedStatuses: (method, path) =>
      Object.keys(spec.paths[path]?.[method.toLowerCase()]?.responses ?? {}),
    errorValidator: ajv.compile(source.errorBody),
    compile: (schema) => ajv.compile(schema),
  };
  contracts.set(provider, contract);
  return contract;
}
