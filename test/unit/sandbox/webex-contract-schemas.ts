import { readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Validators for the sandbox's Webex answers, built from Cisco's OpenAPI 3.0 export
 * (test/specs/webex-meetings-api.json). Its schemas point at each other with
 * `#/components/schemas/...`, so the components are registered as one ajv schema and every
 * response schema refers into it.
 *
 * Stricter than the spec on one point, as the Zoom contract is: objects admit no properties the
 * spec does not name, so a misspelt or invented field fails.
 */

const SPEC_PATH = new URL('../../specs/webex-meetings-api.json', import.meta.url);
const COMPONENTS_ID = 'webex-components';

type Json = Record<string, unknown>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the OpenAPI document is walked as untyped JSON
const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as any;

/** OpenAPI 3.0 -> JSON Schema: examples and descriptions out, refs into the components, closed objects. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === 'example' || key === 'examples' || key === 'description' || key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string') {
      out.$ref = value.replace(/^#/, `${COMPONENTS_ID}#`);
    } else if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as Json).map(([k, v]) => [k, toJsonSchema(v)]),
      );
    } else if (key === 'required' || key === 'enum') {
      out[key] = value;
    } else {
      out[key] = toJsonSchema(value);
    }
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
// The export's own formats (`ARF`, `int64` on strings) are not JSON Schema formats: any value.
for (const name of ['ARF', 'int64']) ajv.addFormat(name, true);
ajv.addSchema({ $id: COMPONENTS_ID, components: toJsonSchema(spec.components) }, COMPONENTS_ID);

const cache = new Map<string, ValidateFunction>();

/** The validator for one documented response, e.g. ('GET', '/meetings/{meetingId}', 200). */
export function webexResponseValidator(method: string, path: string, status: number): ValidateFunction {
  const key = `${method} ${path} ${status}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const operation = spec.paths[path]?.[method.toLowerCase()];
  if (!operation) throw new Error(`The spec has no ${method} ${path}`);
  const response = operation.responses[String(status)];
  if (!response) throw new Error(`The spec documents no ${status} for ${method} ${path}`);
  // Webex labels some JSON answers `application/json;charset=UTF-8`.
  const content = Object.entries((response.content ?? {}) as Record<string, { schema?: unknown }>).find(
    ([type]) => type.startsWith('application/json'),
  )?.[1];
  const validate = ajv.compile((toJsonSchema(content?.schema) as Json | undefined) ?? { not: {} });
  cache.set(key, validate);
  return validate;
}

/** The statuses the spec documents for an operation. */
export function webexDocumentedStatuses(method: string, path: string): string[] {
  return Object.keys(spec.paths[path]?.[method.toLowerCase()]?.responses ?? {});
}

/**
 * Webex's error body, as its API guide gives it (the spec documents error statuses without a body):
 * `{ message, errors: [{ description }], trackingId }`.
 */
export const webexErrorValidator = ajv.compile({
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
});
