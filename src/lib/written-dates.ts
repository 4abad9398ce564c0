/**
 * The offsets an article's dates were written in, read from its frontmatter as written.
 *
 * YAML turns `published: 2026-06-04T20:00:00-07:00` into a `Date` (the instant), and the
 * offset is gone before the schema sees the value. The pages show an article's day as its
 * outlet gave it (src/lib/dates.ts), so both ways a build reads the content (Astro's glob()
 * loader, through src/loaders/checked-glob.ts, and the fast rebuild, scripts/lib/fast/read.ts)
 * pass the frontmatter text they have already read to {@link withWrittenOffsets}, which adds
 * `publishedOffset` and `addedOffset` to the data the schema returned. The same function on the
 * same text: the two readers arrive at the same record.
 *
 * The value is found on its line (`published: …`, quoted or not, a comment after it) and read
 * with the grammar the checks hold dates to; it is kept only when it stands for the very instant
 * the YAML reader made, so a line read wrongly can never move a date. Anything else (an anchor,
 * a value on the next line, a flow mapping) is read by parsing the frontmatter again, keeping
 * timestamps as text; that costs a YAML parse, but only for such a file.
 *
 * It is in src/lib, whose source astro.config.ts hashes into the configuration, because Astro's
 * content cache keeps an unchanged file's data from build to build: a change here empties it.
 */
import yaml from 'js-yaml';
import { readWrittenDate } from './dates.ts';

/** The dates whose offset an article keeps, and the key that keeps it. */
const FIELDS = [
  ['published', 'publishedOffset'],
  ['added', 'addedOffset'],
] as const;

/**
 * The value on the top-level line `field: value`, without quotes around it or a comment after
 * it; undefined when there is no such line. Found with `indexOf`, not a multiline regular
 * expression: this runs for every article of every build.
 */
function lineValue(frontmatter: string, field: string): string | undefined {
  let start: number;
  if (frontmatter.startsWith(field)) start = field.length;
  else {
    const at = frontmatter.indexOf(`\n${field}`);
    if (at === -1) return undefined;
    start = at + 1 + field.length;
  }
  while (frontmatter[start] === ' ' || frontmatter[start] === '\t') start++;
  if (frontmatter[start] !== ':') return undefined;
  const end = frontmatter.indexOf('\n', start);
  const text = frontmatter
    .slice(start + 1, end === -1 ? undefined : end)
    .replace(/[ \t]+#.*$/, '')
    .trim();
  const quote = text[0];
  return (quote === '"' || quote === "'") && text.endsWith(quote) && text.length > 1 ? text.slice(1, -1) : text;
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

/**
 * An article's data with the offsets its dates were written in (minutes east of UTC), for the
 * dates written with a time and an offset other than `Z` or `+00:00`; other data is returned
 * as it is. `frontmatter` is the YAML text between the `---` lines.
 */
export function withWrittenOffsets<T extends Record<string, unknown>>(data: T, frontmatter: string | undefined): T {
  if (!frontmatter) return data;
  let offsets: Record<string, number> | undefined;
  let again: Record<string, unknown> | undefined | null = null;
  for (const [field, key] of FIELDS) {
    const value = data[field];
    if (!(value instanceof Date)) continue;
    const line = lineValue(frontmatter, field);
    let written = line === undefined ? undefined : readWrittenDate(line);
    if (written?.time !== value.getTime()) {
      again = again === null ? reparsed(frontmatter) : again;
      const text = again?.[field];
      written = typeof text === 'string' ? readWrittenDate(text) : undefined;
      if (written?.time !== value.getTime()) continue;
    }
    if (written.offset !== undefined) (offsets ??= {})[key] = written.offset;
  }
  return offsets ? { ...data, ...offsets } : data;
}
