/**
 * Reading the content model's zod schemas (src/content.config.ts) as data: which fields an
 * object takes, which fields are references and into which collection, which are dates, and
 * what a field expects, in words an editor understands. The checks walk the schemas instead of
 * keeping a second list of fields, so a field added to the model is checked at once.
 *
 * Zod 4 keeps a schema's definition on `schema.def`; only the parts used here are typed.
 */
import { REFERENCE_META } from './astro-content.ts';

/** The part of a zod schema this module reads. */
export interface SchemaNode {
  def: {
    type: string;
    innerType?: SchemaNode;
    /** A pipe (`.transform()`): the schema the value is checked with, and what converts it. */
    in?: SchemaNode;
    out?: SchemaNode;
    shape?: Record<string, SchemaNode>;
    element?: SchemaNode;
    entries?: Record<string, string | number>;
    checks?: { _zod: { def: CheckDef } }[];
    format?: string;
    error?: (issue: unknown) => unknown;
  };
  meta(): Record<string, unknown> | undefined;
}

interface CheckDef {
  check: string;
  format?: string;
  minimum?: number;
  error?: (issue: unknown) => unknown;
}

/** Wrappers that change how a value is read but not what it is. */
const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch']);

/**
 * The schema inside optional/default wrappers and conversions (a pipe's input: what the editor
 * writes is checked against it), and whether the field may be left out.
 */
export function unwrap(node: SchemaNode): { node: SchemaNode; optional: boolean } {
  let optional = false;
  let current = node;
  for (;;) {
    if (WRAPPERS.has(current.def.type) && current.def.innerType) {
      if (current.def.type !== 'nullable' && current.def.type !== 'readonly') optional = true;
      current = current.def.innerType;
    } else if (current.def.type === 'pipe' && current.def.in) {
      current = current.def.in;
    } else {
      return { node: current, optional };
    }
  }
}

/** The collection a reference field points into, or undefined for any other field. */
export function referenceOf(node: SchemaNode): string | undefined {
  const meta = unwrap(node).node.meta();
  const target = meta?.[REFERENCE_META];
  return typeof target === 'string' ? target : undefined;
}

export function isObject(node: SchemaNode): boolean {
  return unwrap(node).node.def.type === 'object';
}

export function isDate(node: SchemaNode): boolean {
  return unwrap(node).node.def.type === 'date';
}

/** The fields an object schema takes, in the order the model declares them. */
export function fieldsOf(node: SchemaNode): Record<string, SchemaNode> {
  return unwrap(node).node.def.shape ?? {};
}

/** The schema of the value at `path` (object keys and array indexes), if the model has one. */
export function nodeAt(root: SchemaNode, path: readonly PropertyKey[]): SchemaNode | undefined {
  let current: SchemaNode | undefined = root;
  for (const step of path) {
    if (!current) return undefined;
    const inner: SchemaNode = unwrap(current).node;
    if (inner.def.type === 'object' && typeof step === 'string') current = inner.def.shape && Object.hasOwn(inner.def.shape, step) ? inner.def.shape[step] : undefined;
    else if (inner.def.type === 'array' && typeof step === 'number') current = inner.def.element;
    else return undefined;
  }
  return current;
}

/** The message a schema's author wrote for a check (written as what is expected), if any. */
function authored(error: ((issue: unknown) => unknown) | undefined): string | undefined {
  if (!error) return undefined;
  try {
    const text = error({});
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/** What a field expects, in words: "an outlet id", "one of report, analysis", "text". */
export function expected(node: SchemaNode, kindOf: (collection: string) => string): string {
  const reference = referenceOf(node);
  if (reference) return `${article(kindOf(reference))} id`;
  const inner = unwrap(node).node;
  const def = inner.def;
  switch (def.type) {
    case 'string': {
      const own = def.format ? authored(def.error) : undefined;
      if (own) return own;
      for (const check of def.checks ?? []) {
        const text = check._zod.def.check === 'string_format' ? authored(check._zod.def.error) : undefined;
        if (text) return text;
      }
      if (def.format === 'url') return 'a web address';
      return 'text';
    }
    case 'date':
      return authored(def.error) ?? 'a date';
    case 'boolean':
      return 'true or false';
    case 'number':
      return 'a number';
    case 'enum':
      return `one of ${Object.values(def.entries ?? {}).join(', ')}`;
    case 'array': {
      const element = def.element;
      if (!element) return 'a list';
      const target = referenceOf(element);
      if (target) return `a list of ${kindOf(target)} ids`;
      const item = unwrap(element).node;
      if (item.def.type === 'string' && (item.def.checks ?? []).some((c) => c._zod.def.format === 'regex')) {
        return `a list of ids (${expected(element, kindOf)})`;
      }
      return `a list of ${item.def.type === 'string' ? 'names or phrases' : 'values'}`;
    }
    case 'object':
      return `a group of fields (${Object.keys(def.shape ?? {}).join(', ')}), each on its own indented line`;
    default:
      return def.type;
  }
}

/** The allowed values of an enum field, or undefined for any other field. */
export function enumValues(node: SchemaNode): string[] | undefined {
  const def = unwrap(node).node.def;
  return def.type === 'enum' ? Object.values(def.entries ?? {}).map(String) : undefined;
}

/** "a claim", "an outlet", "an entity". */
export function article(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}
