/**
 * The export's fields as tables for the documentation page (/data/), read from the generated
 * JSON Schema, so the page documents exactly what the file holds. Nested objects are flattened
 * to dotted paths (`status.label`); a count (`{ sources, articles, unidentified }`) is one row.
 */

/** One documented field. */
export interface FieldDoc {
  /** Dotted path inside one item: `status.label`, `coverage.supports`. */
  path: string;
  /** The type in words: `string`, `integer or null`, `one of: asserts, disputes`. */
  type: string;
  description: string;
}

/** One top-level part of the file: a list of items (claims, mentions…) or the file's own fields. */
export interface SectionDoc {
  name: string;
  description: string;
  fields: FieldDoc[];
}

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  description?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
};

const COUNT_KEYS = 'articles,sources,unidentified';

function isCount(schema: Schema): boolean {
  return Object.keys(schema.properties ?? {}).sort().join(',') === COUNT_KEYS;
}

/** The type of a schema in words. */
function typeOf(schema: Schema): string {
  if (schema.anyOf) {
    const parts = schema.anyOf.map(typeOf);
    const nullable = parts.includes('null');
    const rest = parts.filter((p) => p !== 'null').join(' or ');
    return nullable ? `${rest} or null` : rest;
  }
  if (schema.enum) return `one of: ${schema.enum.map(String).join(', ')}`;
  if (schema.const !== undefined) return `always ${JSON.stringify(schema.const)}`;
  if (schema.type === 'array') return schema.items ? `list of ${typeOf(schema.items)}` : 'list';
  if (schema.type === 'object') return isCount(schema) ? 'count' : 'object';
  if (schema.type === 'string' && schema.format) {
    const formats: Record<string, string> = { 'date-time': 'date and time', date: 'day', uri: 'URL' };
    return formats[schema.format] ?? schema.format;
  }
  return Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'any');
}

/** The object inside a schema, when it is an object or a nullable object. */
function objectOf(schema: Schema): Schema | undefined {
  if (schema.type === 'object') return schema;
  return schema.anyOf?.find((s) => s.type === 'object');
}

function describe(schema: Schema): string {
  return schema.description ?? schema.anyOf?.find((s) => s.description)?.description ?? '';
}

function flatten(schema: Schema, prefix = ''): FieldDoc[] {
  const rows: FieldDoc[] = [];
  for (const [key, field] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    const object = objectOf(field);
    rows.push({ path, type: typeOf(field), description: describe(field) });
    if (object && !isCount(object)) rows.push(...flatten(object, path));
    const item = field.type === 'array' ? field.items : undefined;
    if (item?.type === 'object' && !isCount(item)) rows.push(...flatten(item, `${path}[]`));
  }
  return rows;
}

/** The sections of the documentation: the file's own fields, then one per list. */
export function documentFields(jsonSchema: Record<string, unknown>): SectionDoc[] {
  const root = jsonSchema as Schema;
  const lists = Object.entries(root.properties ?? {}).filter(([, s]) => s.type === 'array' && s.items?.type === 'object');
  const scalars: Schema = { properties: Object.fromEntries(Object.entries(root.properties ?? {}).filter(([, s]) => !(s.type === 'array' && s.items?.type === 'object'))) };
  return [
    { name: 'The file', description: describe(root), fields: flatten(scalars) },
    ...lists.map(([name, s]) => ({ name, description: describe(s), fields: flatten(s.items!) })),
  ];
}
