/**
 * Fingerprints of what a page shows, for incremental builds (src/data/incremental.ts). Pure:
 * the site index in, digests out; no Astro, no files.
 *
 * A page's fingerprint is a digest of the values it is given (its route's params and props, and
 * the view the index holds for it), walked in full, plus a "card" for every record those values
 * contain or name by id. A card is what another page may show of a record it links to:
 *
 * - a claim: its record, derived status, independence sentence and verdict;
 * - an article: its record, outlet, story, date and independent source;
 * - an outlet, an entity or a story: its record.
 *
 * Records inside a value are not walked again (their card stands for them), so a page's
 * fingerprint costs what its own view holds, never the whole corpus. Any string equal to an id
 * adds that record's card: components look records up by the ids a view names
 * (`index.claims.get(e.claim)`), and an id that only looks like one adds a dependency, never
 * misses one. A component that shows more of a linked record than its card must add it here.
 */
import { createHash } from 'node:crypto';
import type { SiteIndex } from '../lib/site-index.ts';

export interface Fingerprinter {
  /** A digest of the values, of the cards of the records they contain or name, and of the salt. */
  digest(...values: unknown[]): string;
}

/** Card keys: a letter for the collection, then the id (`c:pause-is-unilateral`). */
type CardKey = string;

/** Walks `index` once to know its records; `salt` enters every digest (the source's hash). */
export function createFingerprinter(index: SiteIndex, salt = ''): Fingerprinter {
  const { lookup } = index;
  /** Record objects → their card key. */
  const records = new Map<object, CardKey>();
  /** Ids → the card keys of the records with that id (ids of different kinds may coincide). */
  const ids = new Map<string, CardKey[]>();
  const add = (prefix: string, map: ReadonlyMap<string, object>) => {
    for (const [id, record] of map) {
      const key = `${prefix}:${id}`;
      records.set(record, key);
      const list = ids.get(id);
      if (list) list.push(key);
      else ids.set(id, [key]);
    }
  };
  add('c', lookup.claims);
  add('a', lookup.articles);
  add('o', lookup.outlets);
  add('e', lookup.entities);
  add('s', lookup.stories);

  const cards = new Map<CardKey, string>();
  const cardOf = (key: CardKey): string => {
    let digest = cards.get(key);
    if (digest !== undefined) return digest;
    const id = key.slice(2);
    let data: unknown;
    switch (key[0]) {
      case 'c': {
        const view = index.claims.get(id as never);
        data = view
          ? [view.claim, view.status, view.independence, view.verdict]
          : lookup.claims.get(id as never);
        break;
      }
      case 'a': {
        const view = index.articles.get(id as never);
        data = view ? [view.article, view.outlet, view.story, view.date, view.source] : lookup.articles.get(id as never);
        break;
      }
      case 'o':
        data = lookup.outlets.get(id as never);
        break;
      case 'e':
        data = lookup.entities.get(id as never);
        break;
      default:
        data = lookup.stories.get(id as never);
    }
    const out: string[] = [];
    serialise(data, out, new Set(), undefined);
    digest = hash(out.join(''));
    cards.set(key, digest);
    return digest;
  };

  /** Writes `value` into `out`; with `deps`, records become card keys and ids add cards. */
  function serialise(value: unknown, out: string[], ancestors: Set<object>, deps: Set<CardKey> | undefined): void {
    switch (typeof value) {
      case 'string': {
        out.push(JSON.stringify(value));
        const keys = deps && ids.get(value);
        if (keys) for (const key of keys) deps.add(key);
        return;
      }
      case 'number':
      case 'boolean':
      case 'bigint':
        out.push(String(value), ',');
        return;
      case 'undefined':
        out.push('u,');
        return;
      case 'function':
      case 'symbol':
        out.push('f,');
        return;
    }
    if (value === null) {
      out.push('n,');
      return;
    }
    const object = value as object;
    if (deps) {
      const key = records.get(object);
      if (key) {
        deps.add(key);
        out.push('#', key, ',');
        return;
      }
    }
    if (ancestors.has(object)) {
      out.push('^,');
      return;
    }
    if (object instanceof Date) {
      out.push('D', Number.isNaN(object.getTime()) ? 'invalid' : object.toISOString(), ',');
      return;
    }
    if (object instanceof URL) {
      out.push('U', object.href, ',');
      return;
    }
    ancestors.add(object);
    if (Array.isArray(object)) {
      out.push('[');
      for (const item of object) serialise(item, out, ancestors, deps);
      out.push(']');
    } else if (object instanceof Map) {
      out.push('M{');
      for (const [k, v] of object) {
        serialise(k, out, ancestors, deps);
        serialise(v, out, ancestors, deps);
      }
      out.push('}');
    } else if (object instanceof Set) {
      out.push('S[');
      for (const item of object) serialise(item, out, ancestors, deps);
      out.push(']');
    } else if (ArrayBuffer.isView(object)) {
      out.push('B', hash(object as Uint8Array), ',');
    } else {
      out.push('{');
      for (const key of Object.keys(object)) {
        out.push(JSON.stringify(key), ':');
        serialise((object as Record<string, unknown>)[key], out, ancestors, deps);
      }
      out.push('}');
    }
    ancestors.delete(object);
  }

  return {
    digest(...values) {
      const out: string[] = [salt, '|'];
      const deps = new Set<CardKey>();
      for (const value of values) serialise(value, out, new Set(), deps);
      out.push('|');
      for (const key of [...deps].sort()) out.push(key, '=', cardOf(key), ';');
      return hash(out.join(''));
    },
  };
}

function hash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('base64url').slice(0, 32);
}
