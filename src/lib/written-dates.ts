/**
 * The offsets a record's dates were written in, read from its frontmatter as written.
 *
 * YAML turns `published: 2026-06-04T20:00:00-07:00` into a `Date` (the instant), and the
 * offset is gone before the schema sees the value. The pages show a day as the record gives it
 * (src/lib/dates.ts), so both ways a build reads the content (Astro's glob() loader, through
 * src/loaders/checked-glob.ts, and the fast rebuild, scripts/lib/fast/read.ts) pass the
 * frontmatter text they have already read to {@link withWrittenOffsets}, which adds the offset
 * of each date beside it, as `<field>Offset` in the same mapping: an article's
 * `publishedOffset` and `addedOffset`, a story's `dateOffset`, a claim's `verdict.dateOffset`.
 * The same function on the same text: the two readers arrive at the same record.
 *
 * A date written with an offset no clock uses (`+25:00`, `-13:60`) is refused: the checks refuse
 * it first, with its place (src/check/file.ts); this refuses it in a build that skipped them,
 * so that nothing is published with an instant moved by it.
 *
 * The value is found on its line (`published: …`, quoted or not, a comment after it; for the
 * verdict's date, the line among the verdict's own), and read
 * with the grammar the checks hold dates to; it is kept only when it stands for the very instant
 * the YAML reader made, so a line read wrongly can never move a date. Anything else (an anchor,
 * a value on the next line, a flow mapping) is read by parsing the frontmatter again, keeping
 * timestamps as text; that costs a YAML parse, but only for such a file.
 *
 * It is in src/lib, whose source astro.config.ts hashes into the configuration, because Astro's
 * content cache keeps an unchanged file's data from build to build: a change here empties it.
 */
import yaml from 'js-yaml';
import { isRealOffset, readWrittenDate } from './dates.ts';

/** The dates whose offset a record keeps, by collection: the path to each (a field, or a field of a mapping). */
const DATES: Readonly<Record<string, readonly (readonly [string] | readonly [string, string])[]>> = {
  articles: [['published'], ['added']],
  stories: [['date']],
  claims: [['verdict', 'date']],
};

/**
 * The value on the line `field: value` that `line` is (from its first character), without
 * quotes around it or a comment after it; undefined when the line is not that field's.
 */
function valueOn(line: string, field: string): string | undefined {
  if (!line.startsWith(field)) return undefined;
  let start = field.length;
  while (line[start] === ' ' || line[start] === '\t') start++;
  if (line[start] !== ':') return undefined;
  const text = line
    .slice(start + 1)
    .replace(/[ \t]+#.*$/, '')
    .trim();
  const quote = text[0];
  return (quote === '"' || quote === "'") && text.endsWith(quote) && text.length > 1 ? text.slice(1, -1) : text;
}

/** The line that starts at `start`, and where the next one starts. */
function lineAt(text: string, start: number): [line: string, next: number] {
  const end = text.indexOf('\n', start);
  return end === -1 ? [text.slice(start), text.length] : [text.slice(start, end), end + 1];
}

/**
 * The value on the top-level line `field: value`, and where the next line starts; undefined when
 * there is no such line. Found with `indexOf`, not a multiline regular expression: this runs for
 * every record of every build.
 */
function topLevel(frontmatter: string, field: string): [value: string, next: number] | undefined {
  let start: number;
  if (frontmatter.startsWith(field)) start = 0;
  else {
    const at = frontmatter.indexOf(`\n${field}`);
    if (at === -1) return undefined;
    start = at + 1;
  }
  const [line, next] = lineAt(frontmatter, start);
  const value = valueOn(line, field);
  return value === undefined ? undefined : [value, next];
}

/**
 * The value of `field` in the block mapping under the top-level line `parent:` (`verdict:`, then
 * `  date: …`): the first line of the block, indented, gives the indentation of its keys; deeper
 * lines (the rest of a long summary) are not keys. Undefined when there is no such line.
 */
function nested(frontmatter: string, parent: string, field: string): string | undefined {
  const top = topLevel(frontmatter, parent);
  if (!top || top[0] !== '') return undefined;
  let indent: number | undefined;
  for (let start = top[1]; start < frontmatter.length; ) {
    const [line, next] = lineAt(frontmatter, start);
    start = next;
    const key = line.trimStart();
    if (key === '' || key.startsWith('#')) continue;
    const depth = line.length - key.length;
    indent ??= depth;
    if (depth === 0 || depth < indent) return undefined;
    if (depth === indent) {
      const value = valueOn(key, field);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/**
 * A timestamp as YAML reads it (js-yaml's grammar), whose offset may be an hour alone (`+25`,
 * `-7`): the checks refuse that form, and the date then goes unread here; when its offset is
 * one no clock uses, YAML has moved the instant by it all the same.
 */
const YAML_TIMESTAMP = /^\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?[ \t]*([-+])(\d\d?)(?::(\d\d))?$/;

/** The offset of a timestamp YAML reads but the checks' grammar does not, as ±HH:MM, or undefined. */
function yamlZone(text: string): string | undefined {
  const m = YAML_TIMESTAMP.exec(text.trim());
  return m ? `${m[1]}${m[2]!.padStart(2, '0')}:${m[3] ?? '00'}` : undefined;
}

/** The frontmatter with timestamps left as text, parsed once per file that needs it. */
function reparsed(frontmatter: string): Record<string, unknown> | undefined {
  try {
    const data = yaml.load(frontmatter, { schema: yaml.CORE_SCHEMA });
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The error for a date at `path` written with an offset no clock uses. */
function impossible(file: string, path: readonly string[], zone: string): Error {
  return new Error(
    `${file}: ${path.join('.')}: the offset ${zone} is one no clock uses, so the date would be moved by it. A real offset runs from -12:00 to +14:00: correct it (npm run check says where).`,
  );
}

/** The mapping that holds the date at `path`'s end (the data itself for a top-level field). */
function holder(data: Record<string, unknown> | undefined, path: readonly string[]): Record<string, unknown> | undefined {
  const value = path.length === 1 ? data : data?.[path[0]!];
  return value && typeof value === 'object' && !(value instanceof Date) ? (value as Record<string, unknown>) : undefined;
}

/**
 * A record's data with the offsets its dates were written in (minutes east of UTC), for the dates
 * written with a time and an offset other than `Z` or `+00:00`; other data is returned as it is.
 * `collection` is the record's collection, `frontmatter` the YAML text between the `---` lines
 * and `file` the record's path, for the error. Throws when a date is written with an offset no
 * clock has.
 */
export function withWrittenOffsets<T extends Record<string, unknown>>(collection: string, data: T, frontmatter: string | undefined, file: string): T {
  const dates = DATES[collection];
  if (!frontmatter || !dates) return data;
  let offsets: [path: readonly string[], offset: number][] | undefined;
  let again: Record<string, unknown> | undefined | null = null;
  for (const path of dates) {
    const field = path[path.length - 1]!;
    const value = holder(data, path)?.[field];
    if (!(value instanceof Date)) continue;
    const line = path.length === 1 ? topLevel(frontmatter, field)?.[0] : nested(frontmatter, path[0]!, field);
    let written = line === undefined ? undefined : readWrittenDate(line);
    if (written?.time !== value.getTime()) {
      again = again === null ? reparsed(frontmatter) : again;
      const text = holder(again, path)?.[field];
      written = typeof text === 'string' ? readWrittenDate(text) : undefined;
      if (written?.time !== value.getTime()) {
        const zone = typeof text === 'string' && written === undefined ? yamlZone(text) : undefined;
        if (zone !== undefined && !isRealOffset(zone)) throw impossible(file, path, zone);
        continue;
      }
    }
    if (written.zone !== undefined && !isRealOffset(written.zone)) throw impossible(file, path, written.zone);
    if (written.offset !== undefined) (offsets ??= []).push([path, written.offset]);
  }
  if (!offsets) return data;
  const out: Record<string, unknown> = { ...data };
  for (const [path, offset] of offsets) {
    const field = path[path.length - 1]!;
    if (path.length === 1) out[`${field}Offset`] = offset;
    else out[path[0]!] = { ...(out[path[0]!] as Record<string, unknown>), [`${field}Offset`]: offset };
  }
  return out as T;
}
