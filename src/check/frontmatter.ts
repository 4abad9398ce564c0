/**
 * Frontmatter and YAML with positions. The values are read as Astro reads them (YAML 1.2 core
 * schema with timestamps, as js-yaml does, so `2026-06-04` becomes a date; merge keys, `<<: *base`,
 * merged; `!!float 1` a number), and every key and value keeps its offset, so a problem is
 * reported at its own line and column.
 */
import jsYaml from 'js-yaml';
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, YAMLMap, type Document, type Node, type Pair, type ScalarTag } from 'yaml';

/** Where the YAML of a Markdown record sits in its text. */
export type Split =
  | { kind: 'ok'; yaml: string; yamlStart: number; bodyStart: number }
  /** `first`: the first line, when it is meant as a fence but is not one (`variant: 'mistyped'`: `----`, `—-`). */
  | { kind: 'missing'; variant: 'none' | 'empty' | 'not-first-line' | 'toml' | 'mistyped' | 'no-opening'; offset: number; first?: string }
  /**
   * No closing `---` line. `at` is where a line stands that was meant to close it, when one
   * does: `...` (YAML's end of document, which no Markdown tool reads as a fence), or a line that
   * starts with `---` and holds more (`----`, `--- # end`), where Astro would end the fields.
   */
  | { kind: 'unclosed'; at?: { offset: number; line: 'dots' | 'fence-like'; text?: string } };

const FENCE = /^---[ \t]*$/;
const DOTS = /^\.\.\.[ \t]*$/;
const FENCE_LIKE = /^---/;
/**
 * A line meant as a fence that is not one: hyphens of another number, or dashes that an editor or
 * a word processor put for hyphens (`—-`, `–––`), or with an invisible character among them, and
 * nothing else. A thematic break in a body (`----`) is not looked for: only the first line, and
 * the line that should close the fields.
 */
const DASH_LINE = /^[\u00AD\u200B-\u200F\u2060\uFEFF]*[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D][-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u00AD\u200B-\u200F\u2060\uFEFF]*[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]*$/;

/**
 * Finds the frontmatter: a first line of `---`, the YAML, and a closing line of `---`.
 * Stricter than Astro (which also accepts blank lines above it, and TOML), so that what the
 * checks read is exactly what every tool reads.
 */
export function splitFrontmatter(text: string): Split {
  const firstEnd = lineEnd(text, 0);
  if (!FENCE.test(stripCr(text.slice(0, firstEnd)))) {
    const leading = /^\s*\n(---|\+\+\+)[ \t]*\r?\n/.exec(text);
    if (/^\+\+\+[ \t]*\r?\n/.test(text)) return { kind: 'missing', variant: 'toml', offset: 0 };
    if (leading) return { kind: 'missing', variant: leading[1] === '+++' ? 'toml' : 'not-first-line', offset: 0 };
    const first = stripCr(text.slice(0, firstEnd));
    const written = first.replace(/[ \t]+$/, '');
    // `  ---` or a tab before it: meant to open the fields, but not at the start of the line.
    if (DASH_LINE.test(first.replace(/^[ \t]+/, '')) && /^[ \t]/.test(first)) return { kind: 'missing', variant: 'mistyped', offset: 0, first: written };
    if (DASH_LINE.test(first) && /[^-]|^-{2}|^-{4,}/.test(written)) return { kind: 'missing', variant: 'mistyped', offset: 0, first: written };
    // Fields from the first line on, and a --- line below them: the line that opens them is missing.
    if (/^[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|\r?$)/.test(first) && text.split('\n', 200).slice(1).some((line) => FENCE.test(stripCr(line)))) return { kind: 'missing', variant: 'no-opening', offset: 0 };
    return { kind: 'missing', variant: text.trim() === '' ? 'empty' : 'none', offset: 0 };
  }
  const yamlStart = nextLine(text, firstEnd);
  /** A `...` line, or one that starts like a fence, met before the closing line. */
  let meant: { offset: number; line: 'dots' | 'fence-like'; text?: string } | undefined;
  for (let start = yamlStart; start < text.length; ) {
    const end = lineEnd(text, start);
    const line = stripCr(text.slice(start, end));
    if (FENCE.test(line)) {
      // `...` right before the closing line (blank lines aside) is YAML's own end, and harmless.
      if (meant && (meant.line === 'fence-like' || text.slice(lineEnd(text, meant.offset), start).replace(/^[ \t]*#.*$/gm, '').trim() !== '')) return { kind: 'unclosed', at: meant };
      return { kind: 'ok', yaml: text.slice(yamlStart, start), yamlStart, bodyStart: nextLine(text, end) };
    }
    if (!meant && DOTS.test(line)) meant = { offset: start, line: 'dots' };
    else if (!meant && (FENCE_LIKE.test(line) || (DASH_LINE.test(line) && /[^-\s]|--/.test(line)))) meant = { offset: start, line: 'fence-like', text: line };
    start = nextLine(text, end);
  }
  return meant ? { kind: 'unclosed', at: meant } : { kind: 'unclosed' };
}

const lineEnd = (text: string, from: number) => {
  const i = text.indexOf('\n', from);
  return i === -1 ? text.length : i;
};
const nextLine = (text: string, end: number) => Math.min(text.length, end + 1);
const stripCr = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);

export interface YamlError {
  code: string;
  /** The parser's own message, first line. */
  message: string;
  /** Offset in the YAML text. */
  offset: number;
}

export interface ParsedYaml {
  doc: Document.Parsed;
  /** The first error or warning, if any. Later ones usually follow from it. */
  error?: YamlError | undefined;
  /** The values, as Astro's loader would pass them to the schema. */
  data: unknown;
}

/**
 * A scalar written with an explicit tag of YAML's own (`!!float 1`, `!!int '3'`, `!!bool "true"`,
 * `!!null ~`), read by js-yaml's own rule for that tag, as Astro reads it: the yaml package's core
 * schema, for one, does not take `!!float 1`. A value the tag does not fit (`!!float abc`) is
 * refused by js-yaml, so by the checks too, located at the tag.
 */
const explicit = (name: 'float' | 'int' | 'bool' | 'null', what: string): ScalarTag => {
  // js-yaml exports its types, though its published type declarations leave them out.
  const type = (jsYaml as unknown as { types: Record<typeof name, jsYaml.Type> }).types[name];
  return {
    tag: `tag:yaml.org,2002:${name}`,
    resolve: (source, onError) => {
      if (type.resolve(source)) return type.construct(source) as unknown;
      onError(`the value "${source}" is not ${what}, which its tag !!${name} asks for`);
      return source;
    },
  };
};
const EXPLICIT_TAGS = [explicit('float', 'a number'), explicit('int', 'a whole number'), explicit('bool', 'true or false'), explicit('null', 'empty (~ or null)')];

export function parseYaml(yaml: string): ParsedYaml {
  const doc = parseDocument(yaml, {
    // The core schema even under a `%YAML 1.1` directive, which js-yaml reads but does not follow:
    // `country: no` is the text "no" to Astro, never false.
    schema: 'core',
    customTags: ['timestamp', ...EXPLICIT_TAGS],
    // `<<: *base` brings in the fields of the group it names, as js-yaml merges them for Astro.
    merge: true,
    prettyErrors: false,
    uniqueKeys: true,
    // No warnings printed by the parser: a list written as a key is reported as an unknown field.
    logLevel: 'error',
    // Dates stay JavaScript Dates, as js-yaml (Astro's YAML reader) makes them.
    keepSourceTokens: false,
  });
  const first = doc.errors[0] ?? doc.warnings[0];
  if (first) {
    return {
      doc,
      error: { code: first.code, message: first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), offset: first.pos[0] },
      data: undefined,
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const message = (error as Error).message;
    const circular = mergeIntoItself(doc);
    if (circular) return { doc, error: { code: 'SELF_MERGE', ...circular }, data: undefined };
    if (/^Merge sources must be maps/.test(message)) return { doc, error: { code: 'BAD_MERGE', ...badMerge(doc) }, data: undefined };
    return { doc, error: { code: 'BAD_ALIAS', message, offset: aliasOffset(doc, /: (\S+)$/.exec(message)?.[1]) }, data: undefined };
  }
  return { doc, data };
}

/**
 * The first merge key (`<<:`) that brings in something other than a group of fields (`<<: text`,
 * `<<: [text]`), or names an anchor not set above it (`<<: *base` with no `&base`): where that
 * value is written, and why it cannot be merged, as js-yaml refuses it too.
 */
function badMerge(doc: Document.Parsed): { message: string; offset: number } {
  let found: { message: string; offset: number } | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (!isMerge(pair)) return undefined;
      const values = isSeq(pair.value) ? pair.value.items : [pair.value];
      for (const value of values) {
        if (isMap(value)) continue;
        const offset = (value as Node | null)?.range?.[0] ?? (pair.key as Node).range?.[0] ?? 0;
        if (isAlias(value)) {
          const target = value.resolve(doc);
          if (isMap(target)) continue;
          found = {
            offset,
            message: target ? `the merge key << names *${value.source}, which is not a group of fields` : `the merge key << names *${value.source}, an anchor that is not set above it (&${value.source})`,
          };
        } else {
          found = { offset, message: 'the merge key << brings in a value that is not a group of fields' };
        }
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found ?? { message: 'the merge key << brings in a value that is not a group of fields', offset: 0 };
}

/**
 * The first merge key (`<<: *base`) that names the group of fields it is written in, or a group it
 * is inside: the fields would be brought into themselves, which the yaml package follows round
 * until its count of aliases runs out. js-yaml, which Astro reads the fields with, brings in only
 * what that group has above the merge key (so nothing, into the group itself).
 */
function mergeIntoItself(doc: Document.Parsed): { message: string; offset: number } | undefined {
  let found: { message: string; offset: number } | undefined;
  visit(doc, {
    Pair(_, pair, path) {
      if (!isMerge(pair)) return undefined;
      const values = isSeq(pair.value) ? pair.value.items : [pair.value];
      for (const value of values) {
        if (!isAlias(value)) continue;
        const target = value.resolve(doc);
        if (!isMap(target)) continue;
        const within = path.lastIndexOf(target);
        if (within === -1) continue;
        const own = within === path.length - 1;
        found = {
          offset: value.range?.[0] ?? 0,
          message: own
            ? `the merge key << names *${value.source}, the group of fields it is written in, so it would bring these fields into themselves: js-yaml, which Astro reads the fields with, brings in nothing from it, as the group has its fields already`
            : `the merge key << names *${value.source}, a group of fields it is written inside, so that group would hold a copy of itself: js-yaml, which Astro reads the fields with, brings in only the fields written above this line`,
        };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Where the first alias (`*name`) named `name`, or the first alias of all, is written. */
function aliasOffset(doc: Document.Parsed, name: string | undefined): number {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node) && (name === undefined || node.source === name)) {
        offset = node.range?.[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset ?? 0;
}

/** Where a key path points: the key of an object field, or the item of a list. */
export interface Located {
  /** Offset in the YAML text. */
  offset: number;
  /** Whether the whole path was found (otherwise `offset` is the nearest existing parent's key). */
  found: boolean;
  /** The value's node, when found. */
  node?: Node | null | undefined;
}

/** Whether a pair is a merge key's (`<<: *base`), which brings in the fields of the groups it names. */
const isMerge = (pair: unknown): pair is Pair => isPair(pair) && isScalar(pair.key) && typeof pair.key.value === 'symbol';

/** The groups a merge key brings in, in the order YAML gives them precedence: `<<: *a`, `<<: [*a, *b]`, `<<: {…}`. */
function mergedMaps(doc: Document.Parsed, pair: Pair, depth = 0): YAMLMap[] {
  if (depth > 20) return [];
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  const value = resolve(pair.value);
  return (isSeq(value) ? value.items.map(resolve) : [value]).filter((m): m is YAMLMap => isMap(m));
}

/**
 * The pair of `key` in a map: its own, or else, as YAML merges, the first of the groups its merge
 * keys bring in (and theirs in turn).
 */
function findPair(doc: Document.Parsed, map: YAMLMap, key: string, depth = 0): Pair | undefined {
  const own = map.items.find((p) => isPair(p) && isScalar(p.key) && typeof p.key.value !== 'symbol' && String(p.key.value) === key) as Pair | undefined;
  if (own || depth > 20) return own;
  for (const merge of map.items.filter(isMerge)) {
    for (const inner of mergedMaps(doc, merge, depth)) {
      const found = findPair(doc, inner, key, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** Finds the place of `path` in a parsed YAML document. */
export function locate(doc: Document.Parsed, path: readonly PropertyKey[], fallback: number): Located {
  let current: unknown = doc.contents;
  let offset = fallback;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (isMap(current)) {
      // A field a merge key brings in (`<<: *base`) is found where the group it comes from writes it.
      const pair = findPair(doc, current, String(step));
      if (!pair) return { offset, found: false };
      const key = pair.key as Node;
      offset = key.range?.[0] ?? offset;
      current = pair.value;
    } else if (isSeq(current) && typeof step === 'number') {
      const item = current.items[step] as Node | undefined;
      if (!item) return { offset, found: false };
      offset = item.range?.[0] ?? offset;
      current = item;
    } else {
      return { offset, found: false };
    }
  }
  return { offset, found: true, node: current as Node | null };
}

/** The source text of a scalar value (as written, without quotes), if the node is one. */
export function scalarSource(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.source === 'string') return node.source;
  return node.value === null || node.value === undefined ? undefined : String(node.value);
}

/** The offsets of every key of a map, for unknown-key reports. */
export function keyOffsets(doc: Document.Parsed, path: readonly PropertyKey[]): Map<string, number> {
  const located = path.length === 0 ? { node: doc.contents as Node | null, found: true } : locate(doc, path, 0);
  const offsets = new Map<string, number>();
  if (located.found && isMap(located.node)) {
    for (const pair of located.node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key as Node | null;
      if (!key?.range) continue;
      if (isMerge(pair)) continue;
      // A key left out (`: b`) is "" in the data; a list or group written as a key (`[a]: b`), as YAML writes it in one line.
      if (isScalar(key)) offsets.set(key.value === null ? '' : String(key.value), key.range[0]);
      else {
        const alone = new YAMLMap(doc.schema);
        alone.items.push(pair);
        offsets.set(Object.keys(alone.toJS(doc) as object)[0] ?? '', key.range[0]);
      }
    }
    // The fields a merge key brings in, where the groups they come from write them (a field of its own wins, as YAML merges).
    const merged = (map: YAMLMap, depth: number) => {
      for (const pair of map.items.filter(isMerge)) {
        for (const inner of mergedMaps(doc, pair, depth)) {
          for (const p of inner.items) {
            const k = isPair(p) && isScalar(p.key) && typeof p.key.value !== 'symbol' ? p.key : undefined;
            if (k?.range && !offsets.has(k.value === null ? '' : String(k.value))) offsets.set(k.value === null ? '' : String(k.value), k.range[0]);
          }
          if (depth < 20) merged(inner, depth + 1);
        }
      }
    };
    merged(located.node, 0);
  }
  return offsets;
}
