/**
 * Fingerprints of what a page shows, for incremental builds (src/data/incremental.ts). Pure:
 * the site index in, digests out; no Astro, no files.
 *
 * A page's fingerprint is a digest of the values it is given (its route's params and props, and
 * the view the index holds for it), walked in full, plus a "card" for every record those values
 * contain or name by id. A card is what another page may show of a record it links to:
 *
 * - a claim: its record, derived status, independence sentence, verdict and page title;
 * - an article: its record, outlet, story, date, independent source and page title;
 * - an outlet, an entity or a story: its record and page title.
 *
 * A page title is in the card because it depends on other records (src/lib/page-titles.ts: a
 * second article with the same headline changes the first one's title, on every page of it).
 *
 * Records inside a value are not walked again (their card stands for them), nor are pieces of
 * evidence (their article's card and their place in it stand for them), so a page's fingerprint
 * costs what its own view holds, never the whole corpus. Any string equal to an id
 * adds that record's card: components look records up by the ids a view names
 * (`index.claims.get(e.claim)`), and an id that only looks like one adds a dependency, never
 * misses one. A component that shows more of a linked record than its card must add it here.
 */
import { hash as oneShot } from 'node:crypto';
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
  /**
   * Objects that stand for themselves by a token, with the cards they need: records (their card
   * key), pieces of evidence, and objects already written out (their digest). One map, looked up
   * once per object. Views share much (one piece of evidence is on its claim's page, its
   * article's, its story's), and each object is written once and then stands as its digest: the
   * cost is the size of the index, not of every page's view added up.
   */
  const known = new Map<object, { token: string; deps: readonly CardKey[] }>();
  /** Ids → the card keys of the records with that id (ids of different kinds may coincide). */
  const ids = new Map<string, CardKey[]>();
  const add = (prefix: string, map: ReadonlyMap<string, object>) => {
    for (const [id, record] of map) {
      const key = `${prefix}:${id}`;
      known.set(record, { token: `#${key},`, deps: [key] });
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

  /**
   * A piece of evidence stands for its article's card (which holds the mention, the outlet, the
   * source and the date it is made of), its mention's anchor, claim and stance, and its place:
   * the same evidence is in many views, and this keeps each view's text short.
   */
  for (const list of index.evidence.byArticle.values()) {
    for (const e of list) {
      const slug = e.article.slug;
      known.set(e, {
        token: `E${slug.length}:${slug}|${e.mention.anchor}|${e.claim}|${e.stance}|${e.position},`,
        deps: [...(ids.get(slug)?.filter((k) => k[0] === 'a') ?? []), ...(ids.get(e.claim) ?? [])],
      });
    }
  }

  /**
   * Fields of a claim's view that are computed from its own `evidence` alone (src/lib/site-index.ts:
   * `corroborate`, `quoteDrift` and `firstReported` of the claim's evidence): the evidence, written
   * out, already stands for them, and they are most of a claim's view. A field computed from
   * anything more must not be listed here.
   */
  const FROM_EVIDENCE = new Set(['corroboration', 'quoteDrift', 'firstReported']);
  const claimViews = new Set<object>(index.claims.values());

  const cards = new Map<CardKey, string>();
  const cardOf = (key: CardKey): string => {
    let digest = cards.get(key);
    if (digest !== undefined) return digest;
    const id = key.slice(2);
    let data: unknown;
    switch (key[0]) {
      case 'c': {
        const view = index.claims.get(id as never);
        data = view ? [view.claim, view.status, view.independence, view.verdict, view.title] : lookup.claims.get(id as never);
        break;
      }
      case 'a': {
        const view = index.articles.get(id as never);
        data = view ? [view.article, view.outlet, view.story, view.date, view.source, view.title] : lookup.articles.get(id as never);
        break;
      }
      case 'o':
        data = [lookup.outlets.get(id as never), index.outlets.get(id as never)?.title];
        break;
      case 'e':
        data = [lookup.entities.get(id as never), index.entities.get(id as never)?.title];
        break;
      default:
        data = [lookup.stories.get(id as never), index.stories.get(id as never)?.title];
    }
    digest = hash(serialise(data, new Set(), true));
    cards.set(key, digest);
    return digest;
  };

  /** The cards needed by what is being written; an object's are those pushed while it was written. */
  let deps: CardKey[] = [];
  /** Ids are at most this long (src/lib/ids.ts): longer strings need no lookup. */
  const ID_MAX = 120;

  /**
   * `value` as text: strings length-prefixed, objects' keys in their order, records as their
   * card key (the card is added to `deps`), ids found in strings adding their cards. With
   * `plain`, records are written out and no card is added (a card's own content).
   */
  function serialise(value: unknown, ancestors: Set<object>, plain = false): string {
    switch (typeof value) {
      case 'string': {
        if (!plain && value.length <= ID_MAX) {
          const keys = ids.get(value);
          if (keys) deps.push(...keys);
        }
        return `${value.length}"${value}`;
      }
      case 'number':
      case 'boolean':
      case 'bigint':
        return `${String(value)},`;
      case 'undefined':
        return 'u,';
      case 'function':
      case 'symbol':
        return 'f,';
    }
    if (value === null) return 'n,';
    const object = value as object;
    if (object instanceof Date) return `D${Number.isNaN(object.getTime()) ? 'invalid' : object.toISOString()},`;
    if (object instanceof URL) return `U${object.href},`;
    if (!plain) {
      const done = known.get(object);
      if (done) {
        for (const key of done.deps) deps.push(key);
        return done.token;
      }
    }
    if (ancestors.has(object)) return '^,';
    ancestors.add(object);
    const first = deps.length;
    let text: string;
    if (Array.isArray(object)) {
      text = '[';
      for (const item of object) text += serialise(item, ancestors, plain);
      text += ']';
    } else if (object instanceof Map) {
      text = 'M{';
      for (const [k, v] of object) text += serialise(k, ancestors, plain) + serialise(v, ancestors, plain);
      text += '}';
    } else if (object instanceof Set) {
      text = 'S[';
      for (const item of object) text += serialise(item, ancestors, plain);
      text += ']';
    } else if (ArrayBuffer.isView(object)) {
      text = `B${hash(new Uint8Array(object.buffer, object.byteOffset, object.byteLength))},`;
    } else {
      const derived = !plain && claimViews.has(object);
      text = '{';
      for (const key of Object.keys(object)) {
        if (derived && FROM_EVIDENCE.has(key)) continue;
        text += `${key.length}:${key}${serialise((object as Record<string, unknown>)[key], ancestors, plain)}`;
      }
      text += '}';
    }
    ancestors.delete(object);
    // Small objects are cheaper to write again than to remember.
    if (plain || text.length < 600) return text;
    const token = `@${hash(text)},`;
    known.set(object, { token, deps: deps.length === first ? NONE : [...new Set(deps.slice(first))] });
    return token;
  }
  const NONE: readonly CardKey[] = [];

  return {
    digest(...values) {
      deps = [];
      let text = `${salt}|`;
      for (const value of values) text += serialise(value, new Set());
      text += '|';
      for (const key of [...new Set(deps)].sort()) text += `${key}=${cardOf(key)};`;
      return hash(text);
    },
  };
}

/** SHA-1 is enough: the digests tell versions of our own data apart, nobody forges them. */
function hash(data: string | Uint8Array): string {
  return oneShot('sha1', data, 'base64url');
}
