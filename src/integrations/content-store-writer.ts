/**
 * Astro's content store written to its file a piece at a time.
 *
 * At the end of a content sync Astro writes its whole store to `data-store.json` with its
 * `FileWriter` (astro/dist/content/data-store-writer.js): devalue's `stringify` of the store, one
 * string for every value and then all of them joined, and the file's previous text read back to
 * compare. At 20,000 articles that is a 164 MB file, and making it held 0.8 to 1.6 GB more for
 * about a second, the highest memory of a whole build. {@link writeStore} writes the same store
 * in devalue's format (what Astro's next sync and src/integrations/content-store.ts read with
 * devalue's `parse`), a megabyte at a time: on the same store 0.3 GB more (its numbering of the
 * store's values), not the whole file as strings.
 *
 * devalue's format is one JSON array: the value at index 0 is the root, and a container refers to
 * each of its members by its index (or by a negative number for `undefined`, a hole, `NaN`, the
 * infinities and `-0`). devalue numbers the values depth first as it serialises them, so it
 * knows a container's text only after its members'; here they are numbered as they are first
 * met, breadth first, so that a container's text is known when it is reached and the values are
 * written in the order of their numbers. `parse` reads any numbering.
 */
import { createWriteStream, rmSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { once } from 'node:events';

/** devalue's numbers for the values written in place of an index (devalue/src/constants.js). */
const UNDEFINED = -1;
const HOLE = -2;
const NAN = -3;
const POSITIVE_INFINITY = -4;
const NEGATIVE_INFINITY = -5;
const NEGATIVE_ZERO = -6;

/** Astro's content store as its writer is given it: each collection's entries, by id, by collection. */
export type ContentStore = Map<string, Map<string, unknown>>;

/** A value of a kind this writer does not write (Astro's own writer is then used). */
export class UnwritableValue extends Error {}

/** The longest string written once however often it recurs (longer ones, bodies, rarely do). */
const SHORT = 256;

/** How much text is gathered before it is handed to the file. */
const PIECE = 1 << 20;

/**
 * The store's collections and each one's entries in the order Astro writes them (its
 * `sortCollections`), which is the order the built site's `getCollection` gives them in.
 */
export function sortedStore(collections: ContentStore): ContentStore {
  return new Map(
    [...collections.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, entries]) => [name, new Map([...entries.entries()].sort(([a], [b]) => a.localeCompare(b)))]),
  );
}

/**
 * The store as devalue's text, a piece at a time, for `parse` to read back as an equal Map of
 * Maps, in the same order. Throws {@link UnwritableValue} for a value that is neither JSON's nor
 * a Map, a Date or an array (devalue's other kinds are not in a content store).
 */
export function* storeText(collections: ContentStore): Generator<string> {
  // The objects and short strings numbered so far: each is written once. devalue keeps shared
  // references (and a loop would not end); the same ids, names and dates recur in many entries.
  const numbers = new Map<unknown, number>();
  // The values numbered and not yet written, in the order of their numbers, from `head` on.
  let queue: unknown[] = [];
  let head = 0;
  let next = 0;

  const ref = (value: unknown): number => {
    if (value === undefined) return UNDEFINED;
    if (typeof value === 'number') {
      if (Number.isNaN(value)) return NAN;
      if (value === Infinity) return POSITIVE_INFINITY;
      if (value === -Infinity) return NEGATIVE_INFINITY;
      if (value === 0 && 1 / value < 0) return NEGATIVE_ZERO;
    } else if ((typeof value === 'object' && value !== null) || (typeof value === 'string' && value.length <= SHORT)) {
      const known = numbers.get(value);
      if (known !== undefined) return known;
      numbers.set(value, next);
    }
    queue.push(value);
    return next++;
  };

  const text = (value: unknown): string => {
    switch (typeof value) {
      case 'string':
        return JSON.stringify(value);
      case 'number':
      case 'boolean':
        return String(value);
      case 'object': {
        if (value === null) return 'null';
        if (Array.isArray(value)) {
          let out = '[';
          for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + (i in value ? ref(value[i]) : HOLE);
          return `${out}]`;
        }
        if (value instanceof Map) {
          let out = '["Map"';
          for (const [key, member] of value) out += `,${ref(key)},${ref(member)}`;
          return `${out}]`;
        }
        if (value instanceof Date) {
          if (Number.isNaN(value.getTime())) throw new UnwritableValue('an invalid date');
          return `["Date","${value.toISOString()}"]`;
        }
        if (Object.getPrototypeOf(value) !== Object.prototype || Object.getOwnPropertySymbols(value).length > 0) {
          throw new UnwritableValue('an object that is not plain');
        }
        let out = '{';
        let first = true;
        for (const key of Object.keys(value)) {
          if (key === '__proto__') throw new UnwritableValue('a __proto__ key');
          out += `${first ? '' : ','}${JSON.stringify(key)}:${ref((value as Record<string, unknown>)[key])}`;
          first = false;
        }
        return `${out}}`;
      }
      default:
        throw new UnwritableValue(`a value of type ${typeof value}`);
    }
  };

  ref(collections);
  let piece = '[';
  for (let written = 0; head < queue.length; written++) {
    piece += (written > 0 ? ',' : '') + text(queue[head]);
    queue[head++] = undefined;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
    // Let go of the part of the queue already written.
    if (head >= 65_536 && head * 2 >= queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
  }
  yield `${piece}]`;
}

/**
 * Writes the store to `file` in Astro's order (through a file beside it, renamed when complete, as
 * Astro's writer does), a piece at a time, and returns it in that order: what devalue's `parse`
 * reads back from the file. Throws {@link UnwritableValue} before anything replaces `file`.
 */
export async function writeStore(file: string | URL, collections: ContentStore): Promise<ContentStore> {
  const store = sortedStore(collections);
  const temporary = file instanceof URL ? new URL(`${file.href}.tmp`) : `${file}.tmp`;
  const out = createWriteStream(temporary);
  try {
    for (const piece of storeText(store)) {
      if (!out.write(piece)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  } catch (error) {
    out.destroy();
    rmSync(temporary, { force: true });
    throw error;
  }
  await rename(temporary, file);
  return store;
}
