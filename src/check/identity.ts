/**
 * What each published address showed, and the addresses that now show another record.
 *
 * An address must not only keep resolving (scripts/lib/steps/url-registry.ts): it must keep
 * showing what it was published for. Two claims whose files swapped ids, or an article's slug
 * given to another article, leave every URL resolving, to different content, so a link someone
 * shared now says something else. To find that, the registry of published URLs
 * (scripts/lib/published-urls.ts) writes after a record's path the marks of what it showed:
 * hashes of the words of what names it (an article's headline and original address, a claim's
 * statement, a story's title, an outlet's or entity's name). `npm run urls` adds the current marks
 * to those already recorded, so a path keeps every mark it was published with.
 *
 * Records are edited, so a mark that changed is not a problem in itself: a reworded statement is
 * the same claim. Two things are:
 * 1. The address shows a record that carries none of its marks, while another record carries
 *    one: the record it showed was renamed, and this one took its id (or the two swapped).
 * 2. An article's address shows an article whose original address and headline both differ from
 *    every one it was published with: another article took the slug. (Its address alone, or its
 *    headline alone, may be corrected.)
 * 3. The address of a record removed on purpose (a `removed` line of the registry) shows a record
 *    that carries none of its marks: another record took the removed one's id, and links to it may
 *    still be around.
 *
 * Case and punctuation do not count (`words`), nor how an address is written (the URL parser's
 * form; its `#…` counts, as it tells apart the posts of a live page).
 */
import { createHash } from 'node:crypto';
import type { RegistryEntry } from '../../scripts/lib/published-urls.ts';
// Types only from collections.ts, which loads the content model: `npm run urls` imports this file in plain Node.
import type { CollectionName } from './collections.ts';
import type { FileFacts } from './file.ts';
import * as M from './messages.ts';
import type { Problem } from './problem.ts';

/** The kinds of marks, by what they hash: the field that names a record of each collection, and an article's original address. */
const KIND: Record<CollectionName, string> = { articles: 'headline', claims: 'statement', stories: 'title', outlets: 'name', entities: 'name' };
const SINGULAR: Record<CollectionName, string> = { articles: 'article', claims: 'claim', stories: 'story', outlets: 'outlet', entities: 'entity' };

/** The words of a text, for comparing: lowercase, letters and digits only, single spaces. */
function words(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** An address as the URL parser writes it; its `#…` kept, which tells apart the posts of a live page (as for duplicate articles). */
function address(url: string): string {
  return URL.canParse(url.trim()) ? new URL(url.trim()).href : url.trim();
}

const hash = (kind: string, text: string) => `${kind}:${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;

/** The marks of a record as its facts give them: `statement:3f2a9c1d0b7e`, and for an article also `url:…`. */
export function identityMarks(f: Pick<FileFacts, 'collection' | 'title' | 'url'>): string[] {
  const marks: string[] = [];
  if (f.title !== undefined && words(f.title) !== '') marks.push(hash(KIND[f.collection], words(f.title)));
  if (f.collection === 'articles' && f.url) marks.push(hash('url', address(f.url.address)));
  return marks;
}

/** A record page's collection and id from its site path (`/claims/x/`), or undefined for any other page. */
function recordPath(sitePath: string): { collection: CollectionName; id: string } | undefined {
  const match = /^\/([a-z]+)\/([^/]+)\/$/.exec(sitePath);
  const collection = (Object.keys(KIND) as CollectionName[]).find((c) => c === match?.[1]);
  return collection && match ? { collection, id: match[2]! } : undefined;
}

/** The records by collection: by id, and by each alias (its first holder). */
function indexRecords(facts: readonly FileFacts[]) {
  const byId = new Map<string, FileFacts>();
  const byAlias = new Map<string, { holder: FileFacts; line: number; column: number }>();
  for (const f of facts) {
    byId.set(`${f.collection}/${f.id}`, f);
    for (const a of f.aliases) if (!byAlias.has(`${f.collection}/${a.alias}`)) byAlias.set(`${f.collection}/${a.alias}`, { holder: f, line: a.line, column: a.column });
  }
  return { byId, byAlias };
}

/**
 * The marks each published record address should be recorded with: those of the record at the
 * address, as its page or as the redirect of one of its aliases. `previous` (the registry's
 * entries) keeps the marks recorded before, so a path gathers every mark it was published with.
 */
export function registryMarks(paths: readonly string[], facts: readonly FileFacts[], previous: readonly Pick<RegistryEntry, 'path' | 'marks'>[] = []): Map<string, string[]> {
  const { byId, byAlias } = indexRecords(facts);
  const before = new Map(previous.map((e) => [e.path, e.marks]));
  const marks = new Map<string, string[]>();
  for (const p of paths) {
    const record = recordPath(p);
    if (!record) continue;
    const key = `${record.collection}/${record.id}`;
    const holder = byId.get(key) ?? byAlias.get(key)?.holder;
    const all = [...new Set([...(before.get(p) ?? []), ...(holder ? identityMarks(holder) : [])])].sort();
    if (all.length > 0) marks.set(p, all);
  }
  return marks;
}

/**
 * Outlets whose `owner` is no outlet's name or id now, but is a name the registry recorded for an
 * outlet's address (its `name:` mark) that a current outlet still holds, as its id or an alias:
 * the owning outlet was renamed, and its name with it. Owners are matched by name
 * (src/lib/independence.ts), so the two, one source before, now count as two: a notice, at the
 * owner, naming the outlet's new name (the owner may be another body of the old name).
 */
export function renamedOwners(entries: readonly RegistryEntry[], facts: readonly FileFacts[]): Problem[] {
  const outlets = facts.filter((f) => f.collection === 'outlets');
  if (!outlets.some((f) => f.owner)) return [];
  const key = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  const names = new Set(outlets.flatMap((f) => (f.title === undefined ? [] : [key(f.title)])));
  const ids = new Set(outlets.map((f) => f.id));
  const { byId, byAlias } = indexRecords(facts);
  // The outlet addresses each recorded name mark was published at.
  const pathsByMark = new Map<string, string[]>();
  for (const entry of entries) {
    if (recordPath(entry.path)?.collection !== 'outlets') continue;
    for (const m of entry.marks) pathsByMark.set(m, [...(pathsByMark.get(m) ?? []), entry.path]);
  }
  const problems: Problem[] = [];
  for (const f of outlets) {
    const owner = f.owner;
    if (!owner || key(owner.name) === '' || names.has(key(owner.name)) || ids.has(owner.name.trim())) continue;
    const mark = identityMarks({ collection: 'outlets', title: owner.name })[0];
    for (const sitePath of (mark && pathsByMark.get(mark)) ?? []) {
      const id = recordPath(sitePath)!.id;
      const holder = byId.get(`outlets/${id}`) ?? byAlias.get(`outlets/${id}`)?.holder;
      if (!holder || holder === f || holder.title === undefined) continue;
      problems.push({
        file: f.file,
        line: owner.line,
        column: owner.column,
        code: M.OwnerRenamed.code,
        message: M.OwnerRenamed.message(owner.name.trim(), holder.title.trim(), holder.file, sitePath),
      });
      break;
    }
  }
  return problems;
}

/** A record's name, shortened for a message. */
function named(f: FileFacts): string {
  const title = (f.title ?? f.id).replace(/\s+/g, ' ').trim();
  return title.length > 80 ? `${title.slice(0, 79)}…` : title;
}

/**
 * The addresses of the registry that now show another record (see the file's comment), each
 * reported where the record now at the address takes it: its file's first line, or the alias
 * that sends the address to it. Entries without marks, and addresses no record takes (the build
 * reports those missing), are not checked.
 */
export function changedAddresses(entries: readonly RegistryEntry[], facts: readonly FileFacts[]): Problem[] {
  const problems: Problem[] = [];
  const { byId, byAlias } = indexRecords(facts);
  let owners: Map<string, FileFacts[]> | undefined;
  for (const entry of entries) {
    if (entry.marks.length === 0) continue;
    const record = recordPath(entry.path);
    if (!record) continue;
    const key = `${record.collection}/${record.id}`;
    const own = byId.get(key);
    const alias = own ? undefined : byAlias.get(key);
    const holder = own ?? alias?.holder;
    if (!holder) continue;
    const recorded = new Set(entry.marks);
    const current = identityMarks(holder);
    if (current.some((m) => recorded.has(m))) continue;
    if (!owners) {
      owners = new Map();
      for (const f of facts) for (const m of identityMarks(f)) owners.set(`${f.collection}/${m}`, [...(owners.get(`${f.collection}/${m}`) ?? []), f]);
    }
    const elsewhere = entry.marks.flatMap((m) => owners!.get(`${record.collection}/${m}`) ?? []).find((f) => f !== holder);
    const kind = SINGULAR[record.collection];
    const place = alias ? { line: alias.line, column: alias.column } : { line: 1, column: 1 };
    const how = alias ? 'alias' : 'file';
    if (elsewhere) {
      problems.push({
        file: holder.file,
        ...place,
        code: M.ReusedAddress.code,
        message: M.ReusedAddress.message(entry.path, kind, record.id, { file: elsewhere.file, title: named(elsewhere) }, how),
      });
    } else if (entry.removed) {
      // The record it was published for was removed on purpose; this one took its id.
      problems.push({ file: holder.file, ...place, code: M.ReusedAddress.code, message: M.ReusedAddress.message(entry.path, kind, record.id, undefined, 'removed') });
    } else if (record.collection === 'articles' && !alias && holder.url && entry.marks.some((m) => m.startsWith('url:'))) {
      // Its original address and its headline both differ from every one it was published with.
      problems.push({ file: holder.file, ...place, code: M.ReusedAddress.code, message: M.ReusedAddress.message(entry.path, kind, record.id, undefined, how) });
    }
  }
  return problems;
}
