/**
 * The checks that need the whole corpus: references that name no record (from fields and from
 * claim mentions), records that refer to themselves, `via` chains that go round in a circle,
 * aliases that collide with ids or with each other, links in bodies to record pages no record has,
 * claims that no article mentions, claims that no article of their own story mentions, and outlets
 * whose owner is written as another outlet's id.
 */
import { distance } from 'fastest-levenshtein';
import { DATE_NOT_KNOWN, MONTH_ARCHIVES, MONTH_LINES_PER_PAGE, MONTHS_SEGMENT } from '../lib/archive.ts';
import { keptAnchors } from '../lib/anchors.ts';
import { mentionAnchor, oldMentionAnchors, STANCES } from '../lib/mentions.ts';
import { EVIDENCE_IN_FULL } from '../lib/evidence.ts';
import {
  ARTICLE_MENTIONS_LISTED,
  CLAIM_CONTRADICTION_LINES,
  CLAIM_CONTRADICTIONS_IN_FULL,
  CLAIM_RELATED_LISTED,
  disputeLimits,
  ENTITY_ARTICLES_LISTED,
  ENTITY_CLAIMS_LISTED,
  EVIDENCE_PER_PAGE,
  LINES_PER_PAGE,
  STORY_LIST_LIMIT,
  SUB_PAGES,
} from '../lib/sub-pages.ts';
import { COLLECTIONS, EXTENSIONS, singular, type CollectionName } from './collections.ts';
import type { FileFacts } from './file.ts';
import type { Listing } from './files.ts';
import * as M from './messages.ts';
import type { Problem } from './problem.ts';
import { nearest, pickNearest, scoreNearest, toId } from './suggest.ts';
import { isId } from '../lib/ids.ts';

/**
 * Records whose file name has a space typed inside a word (`mayor-safety-fi rst.md`): the
 * references name the id without the space (`mayor-safety-first`), and none the id with a hyphen
 * for it. Each takes that id, and its bad-file-name problem names that file to rename it to, so
 * that the one rename is reported once, not again at each reference, nor the claim as unmentioned.
 */
export function respelled(facts: readonly FileFacts[], problems: Problem[], spaced: readonly Listing['spaced'][number][]): FileFacts[] {
  if (spaced.length === 0) return [...facts];
  const named = new Set<string>();
  for (const f of facts) {
    for (const r of f.refs) named.add(`${r.collection}/${r.id}`);
    for (const m of f.mentions) named.add(`claims/${m.claim}`);
    for (const id of f.named ?? []) named.add(`claims/${id}`);
  }
  const taken = new Set(facts.map((f) => `${f.collection}/${f.id}`));
  const ids = new Map<string, string>();
  for (const s of spaced) {
    const joined = s.forms.find((form) => named.has(`${s.collection}/${form}`) && !taken.has(`${s.collection}/${form}`));
    if (joined === undefined || named.has(`${s.collection}/${s.id}`)) continue;
    ids.set(s.file, joined);
    taken.add(`${s.collection}/${joined}`);
    const at = problems.findIndex((p) => p.file === s.file && p.code === M.BadFileName.code);
    const stem = s.file.slice(s.file.lastIndexOf('/') + 1, s.file.length - s.ext.length);
    if (at >= 0) problems[at] = { ...problems[at]!, message: M.BadFileName.message(stem, `${joined}${s.ext}`, true) };
  }
  return facts.map((f) => (ids.has(f.file) ? { ...f, id: ids.get(f.file)! } : f));
}

/**
 * The ids of a collection nearest an unknown one (`leaveOut`: an id not to suggest, the record
 * itself), scored once for each unknown id: a claim renamed without an alias and mentioned n times
 * compared its old id with every claim n times.
 */
function idSuggester(byCollection: ReadonlyMap<CollectionName, ReadonlyMap<string, FileFacts>>) {
  const scores = new Map<string, { candidate: string; score: number }[]>();
  return (c: CollectionName, id: string, leaveOut?: string) => {
    const key = `${c}/${id}`;
    let scored = scores.get(key);
    if (!scored) scores.set(key, (scored = scoreNearest(id, byCollection.get(c)!.keys())));
    return pickNearest(scored, 3, leaveOut);
  };
}

/**
 * `published`: the addresses the site has published (published-urls.txt, without its removed
 * ones): a month page among them is an address that keeps working, as a redirect, once the month
 * has nothing to list. `anchors`: the passage anchors each article page published
 * (published-anchors.txt, by page path), which the page keeps once its words are edited.
 */
export function checkCorpus(
  facts: readonly FileFacts[],
  contentShown: string,
  published: ReadonlySet<string> = new Set(),
  anchors: ReadonlyMap<string, readonly string[]> = new Map(),
  missing: readonly { collection: CollectionName; near?: string | undefined }[] = [],
  pending: ReadonlySet<string> = new Set(),
): Problem[] {
  const problems: Problem[] = [];
  // References to the records of a collection whose folder is missing: one problem for the folder, not one for each (folderMissing).
  const absent = new Map(missing.map((m) => [m.collection, { near: m.near, refs: [] as { file: string; line: number; column: number }[] }]));
  const byCollection = new Map<CollectionName, Map<string, FileFacts>>(COLLECTIONS.map((c) => [c, new Map()]));
  for (const f of facts) byCollection.get(f.collection)!.set(f.id, f);
  const ids = (c: CollectionName) => byCollection.get(c)!;
  const nearestId = idSuggester(byCollection);
  const fileFor = (c: CollectionName, id: string) => `${contentShown}/${c}/${id}${EXTENSIONS[c][0]}`;
  // A record's old ids (its aliases), by `collection/alias`: a reference to one names its current id.
  const renamed = new Map<string, string>();
  for (const f of facts) for (const a of f.aliases) if (!renamed.has(`${f.collection}/${a.alias}`)) renamed.set(`${f.collection}/${a.alias}`, f.id);

  // References from fields.
  for (const f of facts) {
    for (const ref of f.refs) {
      const targets = ids(ref.collection);
      if (absent.has(ref.collection)) {
        absent.get(ref.collection)!.refs.push({ file: f.file, line: ref.line, column: ref.column });
        continue;
      }
      // A record in a file not read (`x.md.txt`): its own problem says to rename it, which resolves this.
      if (!targets.has(ref.id) && pending.has(`${ref.collection}/${ref.id}`)) continue;
      if (ref.collection === f.collection && ref.id === f.id) {
        problems.push({ file: f.file, line: ref.line, column: ref.column, code: M.SelfReference.code, message: M.SelfReference.message(ref.field, singular(f.collection), ref.id) });
      } else if (!targets.has(ref.id)) {
        // The id of a record of another collection (an outlet named as a quote's speaker).
        const elsewhere = COLLECTIONS.find((c) => c !== ref.collection && ids(c).has(ref.id));
        // A value no file can be named (`Über-x`, `The Wire`): the id it would be, first among the suggestions when a record has it.
        const form = isId(ref.id) ? undefined : toId(ref.id);
        const near = nearestId(ref.collection, ref.id, ref.collection === f.collection ? f.id : undefined);
        const suggestions = form && targets.has(form) && !(ref.collection === f.collection && form === f.id) ? [form, ...near.filter((id) => id !== form)] : near;
        problems.push({
          file: f.file,
          line: ref.line,
          column: ref.column,
          code: M.UnknownReference.code,
          message: M.UnknownReference.message(
            ref.field,
            singular(ref.collection),
            ref.id,
            fileFor(ref.collection, ref.id),
            // Never the record itself: following that would only make it refer to itself.
            suggestions,
            renamed.get(`${ref.collection}/${ref.id}`),
            elsewhere && { kind: singular(elsewhere), file: ids(elsewhere).get(ref.id)!.file },
            form,
          ),
        });
      }
    }
  }

  // Claim mentions: in any Markdown body they render as links, so each must name a claim.
  const claims = ids('claims');
  const mentioned = new Set<string>();
  for (const f of facts) {
    for (const m of f.mentions) {
      if (claims.has(m.claim)) {
        if (f.collection === 'articles') mentioned.add(m.claim);
        continue;
      }
      if (absent.has('claims')) {
        absent.get('claims')!.refs.push({ file: f.file, line: m.line, column: m.column });
        continue;
      }
      if (pending.has(`claims/${m.claim}`)) continue;
      const current = renamed.get(`claims/${m.claim}`);
      // A mention by an old id is reported as such; its claim is not reported again as unmentioned.
      if (current !== undefined && f.collection === 'articles') mentioned.add(current);
      problems.push({
        file: f.file,
        line: m.line,
        column: m.column,
        code: M.UnknownClaim.code,
        message: M.UnknownClaim.message(m.claim, fileFor('claims', m.claim), nearestId('claims', m.claim), m.source, current, published.has(`/claims/${m.claim}/`)),
      });
    }
  }
  // A mention with a problem of its own is reported as such; its claim is not reported again as unmentioned.
  for (const f of ids('articles').values()) for (const id of f.named ?? []) mentioned.add(id);
  // An article that could not be read may mention any claim: none is said to be unmentioned, or
  // mentioned only by other stories' articles, until it can be read (its own problem says why not).
  const unread = [...ids('articles').values()].some((f) => f.unread);
  // Where articles' HTML comments mention each claim, in file order.
  const commentedIn = new Map<string, { file: string; line: number; column: number }[]>();
  for (const f of [...ids('articles').values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    for (const c of f.commented ?? []) for (const id of c.claims) (commentedIn.get(id) ?? commentedIn.set(id, []).get(id)!).push({ file: f.file, line: c.line, column: c.column });
  }
  const byComment = new Map<string, { at: { file: string; line: number; column: number }; claims: string[]; others: { file: string; line: number; column: number }[] }>();
  for (const [id, f] of claims) {
    // A record of another collection saved in claims/ is reported as such, not as a claim; nor is a file that cannot be read.
    if (f.problems.some((p) => p.code === M.WrongCollection.code) || f.unread || unread) continue;
    // With no articles/ folder, no claim can be mentioned: one problem for the folder (below).
    if (absent.has('articles')) {
      absent.get('articles')!.refs.push({ file: f.file, line: 1, column: 1 });
      continue;
    }
    if (mentioned.has(id)) continue;
    // Mentioned only in HTML comments (a passage commented out): said once, at the first comment, for every claim it is the first of.
    const comments = commentedIn.get(id);
    if (comments) {
      const first = comments[0]!;
      const key = `${first.file}:${first.line}:${first.column}`;
      const group = byComment.get(key) ?? byComment.set(key, { at: first, claims: [], others: [] }).get(key)!;
      group.claims.push(id);
      for (const other of comments.slice(1)) if (!group.others.some((o) => o.file === other.file && o.line === other.line)) group.others.push(other);
      continue;
    }
    problems.push({ file: f.file, line: 1, column: 1, code: M.UnmentionedClaim.code, message: M.UnmentionedClaim.message(id) });
  }
  for (const { at, claims: ids, others } of byComment.values()) {
    problems.push({ file: at.file, line: at.line, column: at.column, code: M.UnmentionedClaim.code, message: M.UnmentionedClaim.commented(ids, others) });
  }

  if (!unread) problems.push(...storyMismatches(facts, byCollection, renamed));
  problems.push(...unknownPages(facts, byCollection, fileFor, published, anchors));
  problems.push(...viaCycles(ids('articles')));
  problems.push(...duplicateArticles(ids('articles')));
  problems.push(...aliasCollisions(facts, byCollection));
  problems.push(...reservedIds(facts));
  problems.push(...ownerIds(ids('outlets')));
  for (const [collection, { near, refs }] of absent) {
    if (refs.length === 0) continue;
    const folder = `${contentShown}/${collection}`;
    const first = refs[0]!;
    const files = new Set(refs.map((r) => r.file)).size;
    problems.push({ file: folder, line: 1, column: 1, code: M.CollectionFolderMissing.code, message: M.CollectionFolderMissing.message(folder, collection, refs.length, files, `${first.file}:${first.line}:${first.column}`, near) });
  }
  return problems;
}

/**
 * Outlets whose `owner` is another outlet's id rather than its name (`owner: wire` for the outlet
 * "Global Wire"): the analysis joins an outlet to its owner by the owner's name
 * (src/lib/independence.ts, compared without case or extra spaces), so the two would silently count
 * as two independent sources. An owner that is also some outlet's name is left alone.
 */
function ownerIds(outlets: Map<string, FileFacts>): Problem[] {
  const key = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  const names = new Set([...outlets.values()].flatMap((o) => (o.title === undefined ? [] : [key(o.title)])));
  const problems: Problem[] = [];
  for (const f of outlets.values()) {
    const owner = f.owner;
    if (!owner || names.has(key(owner.name))) continue;
    const named = outlets.get(owner.name.trim());
    if (!named || named === f || named.title === undefined) continue;
    problems.push({ file: f.file, line: owner.line, column: owner.column, code: M.OwnerId.code, message: M.OwnerId.message(owner.name.trim(), named.title, named.file) });
  }
  return problems;
}

/**
 * Claims whose story none of the articles that mention them belongs to (a claim file copied from
 * another story, its `story` left as it was): its story's page would count it among the story's
 * claims with no article of the story making it ("0 articles … making 1 claim"), and the stories
 * of the articles that make it would not show it. Reported at the claim's `story`; a story named
 * by an old id counts as the story it names, and a claim no article mentions is reported as such.
 */
function storyMismatches(facts: readonly FileFacts[], byCollection: Map<CollectionName, Map<string, FileFacts>>, renamed: ReadonlyMap<string, string>): Problem[] {
  const stories = byCollection.get('stories')!;
  const claims = byCollection.get('claims')!;
  const storyOf = (f: FileFacts) => {
    const ref = f.refs.find((r) => r.field === 'story');
    const id = ref && (stories.has(ref.id) ? ref.id : renamed.get(`stories/${ref.id}`));
    return id === undefined ? undefined : { ref: ref!, id };
  };
  const articleStories = new Map<string, Set<string>>();
  for (const f of byCollection.get('articles')!.values()) {
    const story = storyOf(f)?.id;
    if (story === undefined) continue;
    for (const m of f.mentions) {
      if (!claims.has(m.claim)) continue;
      let set = articleStories.get(m.claim);
      if (!set) articleStories.set(m.claim, (set = new Set()));
      set.add(story);
    }
  }
  const problems: Problem[] = [];
  for (const [id, f] of claims) {
    const own = storyOf(f);
    const others = articleStories.get(id);
    if (own === undefined || others === undefined || others.has(own.id)) continue;
    problems.push({ file: f.file, line: own.ref.line, column: own.ref.column, code: M.StoryMismatch.code, message: M.StoryMismatch.message(id, own.id, [...others].sort()) });
  }
  return problems;
}

/**
 * The record page a link in a body leads to, read as the browser reads it from the page the body
 * is on (`/claims/x/`): `/stories/y/`, `../y/`, `/stories/y` and `/stories/y/index.html` all name
 * story y. Any other page (an index, a feed, another site's) gives undefined.
 */
function linkedRecord(url: string, from: FileFacts): { collection: CollectionName; id: string; fragment: string } | undefined {
  let pathname: string;
  let fragment: string;
  try {
    const parsed = new URL(url, `https://site.invalid/${from.collection}/${from.id}/`);
    pathname = decodeURIComponent(parsed.pathname);
    fragment = decodeURIComponent(parsed.hash.slice(1));
  } catch {
    return undefined;
  }
  const match = /^\/([a-z]+)\/([^/]+)(?:\/(?:index\.html)?)?$/.exec(pathname);
  const collection = COLLECTIONS.find((c) => c === match?.[1]);
  return collection && match ? { collection, id: match[2]!, fragment } : undefined;
}

/** A numbered page of a sub-page, from 2: page 1 is the sub-page's own address (`/claims/x/evidence/`). */
const PAGE_NUMBER = /^(?:[2-9]|[1-9]\d+)$/;

/**
 * The sub-page of a record a link leads to (`/claims/x/evidence/`, `/stories/y/timeline/3/`), read
 * as the browser reads it from the page the body is on, with its page number (1 for none), or an
 * outlet's month page (`/outlets/x/months/2026-06/`, sub `months`, whose months are not checked);
 * `rest` is the address after the record's.
 */
function linkedSubPage(url: string, from: FileFacts): { collection: CollectionName; id: string; sub: string; page: number; rest: string } | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, `https://site.invalid/${from.collection}/${from.id}/`).pathname);
  } catch {
    return undefined;
  }
  const match = /^\/([a-z]+)\/([^/]+)\/([a-z]+)\/(?:([^/]+)\/)?(?:([^/]+)\/)?(?:index\.html)?$/.exec(pathname);
  const collection = COLLECTIONS.find((c) => c === match?.[1]);
  if (!collection || !match) return undefined;
  const [, , id, sub, page, monthPage] = match as unknown as [string, string, string, string, string | undefined, string | undefined];
  const rest = `${sub}/${page === undefined ? '' : `${page}/`}${monthPage === undefined ? '' : `${monthPage}/`}`;
  // A month page, or one of its numbered pages from 2 (src/lib/archive.ts).
  if (collection === 'outlets' && sub === 'months' && page !== undefined && MONTH.test(page) && (monthPage === undefined || PAGE_NUMBER.test(monthPage))) return { collection, id, sub, page: 1, rest };
  if (monthPage !== undefined || !SUB_PAGES[collection]?.includes(sub)) return undefined;
  if (page !== undefined && !PAGE_NUMBER.test(page)) return undefined;
  return { collection, id, sub, page: page === undefined ? 1 : Number(page), rest };
}

/** When the site makes each sub-page (src/lib/sub-pages.ts), for the messages. */
const SUB_PAGE_RULES: Readonly<Record<string, string>> = {
  'claims/evidence': `only for a claim with more than ${EVIDENCE_IN_FULL} mentions of one stance`,
  'claims/contradictions': `only for a claim whose page cuts its list of contradictions, so in more than ${CLAIM_CONTRADICTIONS_IN_FULL + CLAIM_CONTRADICTION_LINES} contradictions`,
  'claims/related': `only for a claim related to more than ${CLAIM_RELATED_LISTED} claims, in either direction`,
  'stories/timeline': `only for a story of more than ${STORY_LIST_LIMIT} articles`,
  'stories/claims': `only for a story whose page cuts a list of its claims, so of more than ${STORY_LIST_LIMIT} claims`,
  'entities/articles': `only for an entity named in more than ${ENTITY_ARTICLES_LISTED} articles`,
  'entities/claims': `only for an entity in more than ${ENTITY_CLAIMS_LISTED} claims by it, or about it`,
  'articles/disputed': `only for an article whose page cuts its lists of what was disputed, so holding true more than ${disputeLimits(ARTICLE_MENTIONS_LISTED + 1).claims} claims`,
};

/**
 * How many numbered pages each sub-page the site will make has, by `collection/id/sub`, worked out
 * from the records as src/lib/site-index.ts and src/lib/sub-pages.ts do (a sub-page the site will
 * not make is absent). A story's claims page is the one bound: it exists when a list of the story's
 * claims by status is cut, and the checks do not work out statuses, so any story of more than
 * {@link STORY_LIST_LIMIT} claims (its own, and those its articles mention) is taken to have it,
 * with a page for every {@link LINES_PER_PAGE} of its claims and of its quotes' drift. So is an
 * article's disputed page, which depends on what other sources say: any article holding true more
 * claims than its page quotes ({@link disputeLimits}) is taken to have it, with a page for every
 * {@link LINES_PER_PAGE} of those claims, twice (disputed by others, and by its own source). And a
 * claim's contradictions page: the claims it contradicts or that contradict it, and one more when
 * some article disputes it (the coverage may also hold it true); and its related claims page, from
 * `related` either way.
 */
function subPageCounts(byCollection: Map<CollectionName, Map<string, FileFacts>>): Map<string, number> {
  const counts = new Map<string, number>();
  const pagesOf = (items: number, perPage: number) => Math.max(1, Math.ceil(items / perPage));
  const claims = byCollection.get('claims')!;
  const stories = byCollection.get('stories')!;
  const storyIds = new Map<string, string>();
  for (const s of stories.values()) for (const id of [s.id, ...s.aliases.map((a) => a.alias)]) if (!storyIds.has(id)) storyIds.set(id, s.id);
  const storyOf = (f: FileFacts) => storyIds.get(f.refs.find((r) => r.field === 'story')?.id ?? '');
  const add = (map: Map<string, Set<string>>, key: string, value: string) => map.set(key, (map.get(key) ?? new Set()).add(value));
  const entityRefs = (f: FileFacts, field: string) => f.refs.filter((r) => r.collection === 'entities' && (r.field === field || r.field.startsWith(`${field} (`))).map((r) => r.id);

  // A claim's evidence: every mention of it in an article.
  const stances = new Map<string, Map<string, number>>();
  const storyArticles = new Map<string, number>();
  const entityArticles = new Map<string, Set<string>>();
  const claimEntities = new Map<string, string[]>();
  const about = new Map<string, Set<string>>();
  const by = new Map<string, Set<string>>();
  const storyClaims = new Map<string, Set<string>>();
  for (const c of claims.values()) {
    const story = storyOf(c);
    if (story !== undefined) add(storyClaims, story, c.id);
    const named = [...entityRefs(c, 'entities'), ...entityRefs(c, 'speaker')];
    claimEntities.set(c.id, named);
    for (const e of entityRefs(c, 'entities')) add(about, e, c.id);
    for (const e of entityRefs(c, 'speaker')) add(by, e, c.id);
  }
  for (const a of byCollection.get('articles')!.values()) {
    const held = new Set(a.mentions.filter((m) => (m.stance ?? 'asserts') !== 'disputes' && m.stance !== 'quotes' && claims.has(m.claim)).map((m) => m.claim));
    if (held.size > disputeLimits(a.mentions.length).claims) counts.set(`articles/${a.id}/disputed`, pagesOf(2 * held.size, LINES_PER_PAGE));
    const story = storyOf(a);
    if (story !== undefined) storyArticles.set(story, (storyArticles.get(story) ?? 0) + 1);
    for (const e of entityRefs(a, 'entities')) add(entityArticles, e, a.id);
    for (const m of a.mentions) {
      if (!claims.has(m.claim)) continue;
      if (story !== undefined) add(storyClaims, story, m.claim);
      const byStance = stances.get(m.claim) ?? new Map<string, number>();
      stances.set(m.claim, byStance.set(m.stance ?? 'asserts', (byStance.get(m.stance ?? 'asserts') ?? 0) + 1));
      for (const e of claimEntities.get(m.claim) ?? []) add(entityArticles, e, a.id);
    }
  }
  // A claim's contradictions: declared either way, and one implied when an article disputes it; its related claims, either way.
  const partners = new Map<string, Set<string>>();
  const related = new Map<string, Set<string>>();
  for (const c of claims.values()) {
    for (const r of c.refs) {
      if (r.collection !== 'claims' || r.id === c.id || !claims.has(r.id)) continue;
      const map = r.field === 'contradicts' || r.field.startsWith('contradicts (') ? partners : r.field === 'related' || r.field.startsWith('related (') ? related : undefined;
      if (!map) continue;
      add(map, c.id, r.id);
      add(map, r.id, c.id);
    }
  }
  for (const id of claims.keys()) {
    const n = (partners.get(id)?.size ?? 0) + (stances.get(id)?.has('disputes') ? 1 : 0);
    if (n > CLAIM_CONTRADICTIONS_IN_FULL + CLAIM_CONTRADICTION_LINES) counts.set(`claims/${id}/contradictions`, pagesOf(n, LINES_PER_PAGE));
    const r = related.get(id)?.size ?? 0;
    if (r > CLAIM_RELATED_LISTED) counts.set(`claims/${id}/related`, pagesOf(r, LINES_PER_PAGE));
  }
  for (const [id, byStance] of stances) {
    const total = [...byStance.values()].reduce((sum, n) => sum + n, 0);
    if ([...byStance.values()].some((n) => n > EVIDENCE_IN_FULL)) counts.set(`claims/${id}/evidence`, pagesOf(total, EVIDENCE_PER_PAGE));
  }
  for (const [id, n] of storyArticles) if (n > STORY_LIST_LIMIT) counts.set(`stories/${id}/timeline`, pagesOf(n, LINES_PER_PAGE));
  // A story's claims: its own, and those its articles mention; each quote's drift is a line too.
  for (const [id, set] of storyClaims) {
    const quotes = [...set].filter((c) => claims.get(c)?.kind === 'quote' && stances.has(c)).length;
    if (set.size > STORY_LIST_LIMIT) counts.set(`stories/${id}/claims`, pagesOf(set.size + quotes, LINES_PER_PAGE));
  }
  for (const [id, articles] of entityArticles) if (articles.size > ENTITY_ARTICLES_LISTED) counts.set(`entities/${id}/articles`, pagesOf(articles.size, LINES_PER_PAGE));
  for (const id of new Set([...about.keys(), ...by.keys()])) {
    const a = about.get(id)?.size ?? 0;
    const b = by.get(id)?.size ?? 0;
    if (a > ENTITY_CLAIMS_LISTED || b > ENTITY_CLAIMS_LISTED) counts.set(`entities/${id}/claims`, pagesOf(a + b, LINES_PER_PAGE));
  }
  return counts;
}

/** Year and month, as a month page's address has them: `2026-06`. */
const MONTH = /^\d{4}-\d{2}$/;

/** A link to a month page: the archive's collection (`articles`, `claims`, `stories`, `outlets`), the month (or {@link DATE_NOT_KNOWN}), and its page number (1 for none). */
interface MonthLink {
  collection: CollectionName;
  month: string;
  page: number;
}

/** The month page a link leads to (`/claims/months/2026-06/`, `/outlets/x/months/2026-06/2/`), read as the browser reads it from the page the body is on. */
function linkedMonth(url: string, from: FileFacts): MonthLink | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, `https://site.invalid/${from.collection}/${from.id}/`).pathname);
  } catch {
    return undefined;
  }
  const match = /^\/(?:(articles|claims|stories)|outlets\/[^/]+)\/months\/([^/]+)\/(?:([^/]+)\/)?(?:index\.html)?$/.exec(pathname);
  if (!match) return undefined;
  const [, collection = 'outlets', month, page] = match as unknown as [string, CollectionName | undefined, string, string | undefined];
  if (!MONTH.test(month) && !(collection === 'claims' && month === DATE_NOT_KNOWN)) return undefined;
  if (page !== undefined && !PAGE_NUMBER.test(page)) return undefined;
  return { collection, month, page: page === undefined ? 1 : Number(page) };
}

/**
 * The month pages the site will make, each with how many numbered pages it has (at most): the
 * articles' months (src/lib/archive.ts: an article's month is that of its publication date, else
 * of the day it was added), each outlet's, and the claims' (a claim's month is that of its first
 * report, an article with a publication date that mentions it; the checks do not work out first
 * reports, so every month in which a dated article mentions a claim is taken to have a page, with
 * a page for every {@link MONTH_LINES_PER_PAGE} of the claims such articles mention, and
 * {@link DATE_NOT_KNOWN} when an article without a publication date mentions one). An outlet's
 * month lists its articles and the claims they asserted: taken as those they mention. A story's
 * month is that of its date, else of its oldest article (a dated one when it has one).
 */
interface MonthPages {
  articles: Map<string, number>;
  claims: Map<string, number>;
  stories: Map<string, number>;
  outlets: Map<string, Map<string, number>>;
}

function monthPages(byCollection: Map<CollectionName, Map<string, FileFacts>>): MonthPages {
  const pagesOf = (lines: number) => Math.max(1, Math.ceil(lines / MONTH_LINES_PER_PAGE));
  const claims = byCollection.get('claims')!;
  const articles = new Map<string, number>();
  const claimMonths = new Map<string, Set<string>>();
  const outletMonths = new Map<string, Map<string, { articles: number; claims: Set<string> }>>();
  for (const a of byCollection.get('articles')!.values()) {
    if (a.month === undefined) continue;
    articles.set(a.month, (articles.get(a.month) ?? 0) + 1);
    const mentioned = a.mentions.map((m) => m.claim).filter((c) => claims.has(c));
    if (mentioned.length > 0) {
      const month = a.dated ? a.month : DATE_NOT_KNOWN;
      const set = claimMonths.get(month) ?? new Set();
      for (const c of mentioned) set.add(c);
      claimMonths.set(month, set);
    }
    const outlet = a.refs.find((r) => r.field === 'outlet')?.id;
    if (outlet === undefined) continue;
    const byMonth = outletMonths.get(outlet) ?? new Map<string, { articles: number; claims: Set<string> }>();
    const entry = byMonth.get(a.month) ?? { articles: 0, claims: new Set<string>() };
    entry.articles++;
    for (const c of mentioned) entry.claims.add(c);
    outletMonths.set(outlet, byMonth.set(a.month, entry));
  }
  // A story without a date of its own is placed by its oldest article: the oldest dated one, when it has one.
  const oldest = new Map<string, { month: string; dated: boolean }>();
  for (const a of byCollection.get('articles')!.values()) {
    const story = a.refs.find((r) => r.field === 'story')?.id;
    if (story === undefined || a.month === undefined) continue;
    const now = oldest.get(story);
    if (!now || (a.dated && !now.dated) || (a.dated === now.dated && a.month < now.month)) oldest.set(story, { month: a.month, dated: a.dated === true });
  }
  const stories = new Map<string, number>();
  for (const s of byCollection.get('stories')!.values()) {
    const month = s.month ?? oldest.get(s.id)?.month;
    if (month !== undefined) stories.set(month, (stories.get(month) ?? 0) + 1);
  }
  return {
    articles: new Map([...articles].map(([month, n]) => [month, pagesOf(n)])),
    stories: new Map([...stories].map(([month, n]) => [month, pagesOf(n)])),
    claims: new Map([...claimMonths].map(([month, set]) => [month, pagesOf(set.size)])),
    outlets: new Map([...outletMonths].map(([outlet, byMonth]) => [outlet, new Map([...byMonth].map(([month, e]) => [month, pagesOf(e.articles + e.claims.size)]))])),
  };
}

/** What a month page would list, said of a month that has none (`no article is placed in 2099-01`). */
function monthOwner(month: MonthLink, outlet: string | undefined): string {
  if (outlet !== undefined) return `the outlet "${outlet}" has no article placed in ${month.month} (by its publication date, or by the day it was added when it has none)`;
  if (month.collection === 'articles') return `no article is placed in ${month.month} (by its publication date, or by the day it was added when it has none)`;
  if (month.collection === 'stories') return `no story is placed in ${month.month} (by its date, or by its oldest article when it has none)`;
  if (month.month === DATE_NOT_KNOWN) return 'every article that mentions a claim has a publication date, so no claim was first reported on a date not known';
  return `no article with a publication date in ${month.month} mentions a claim, so no claim was first reported then`;
}

/** Up to three of `months` nearest to `month` (`2026-06`), in order. */
function nearestMonths(month: string, months: readonly string[]): string[] {
  const index = (m: string) => (MONTH.test(m) ? Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) : Number.POSITIVE_INFINITY);
  const at = index(month);
  return months
    .filter((m) => MONTH.test(m))
    .sort((a, b) => Math.abs(index(a) - at) - Math.abs(index(b) - at) || (a < b ? -1 : 1))
    .slice(0, 3)
    .sort();
}

/**
 * The address a link leads to when it is in a collection's folder, or one misspelt (`/claim/x/`,
 * `/Claims/x/`), where no page of the site is: deeper than a record's page (a relative link such
 * as `claims/x/` read from an article's page, `/claims//x/`), with what was likely meant.
 * Month pages (`/claims/months/2026-06/`, `/outlets/x/months/2026-06/`, and their pages from 2) and the collections'
 * index pages are pages; any other folder of the site is not looked at, nor is a relative link
 * that names no record from the site's root either (`notes/`).
 */
function strayLink(url: string, from: FileFacts): { pathname: string; meant?: string | undefined } | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, `https://site.invalid/${from.collection}/${from.id}/`).pathname);
  } catch {
    return undefined;
  }
  const [first = '', ...rest] = pathname.slice(1).split('/');
  const inner = rest.filter((s, i) => s !== '' || i < rest.length - 1);
  if ((COLLECTIONS as readonly string[]).includes(first)) {
    if (inner.length <= 1 && !inner.includes('')) return undefined;
    // Month pages, and their numbered pages from 2 (src/lib/archive.ts).
    const month = first === 'outlets' ? 1 : 0;
    const monthOrNone = inner[month + 1] ?? '';
    if (inner[month] === 'months' && (MONTH.test(monthOrNone) || (first === 'claims' && monthOrNone === DATE_NOT_KNOWN)) && (inner.length === month + 2 || (inner.length === month + 3 && PAGE_NUMBER.test(inner[month + 2]!)))) return undefined;
    // The sub-pages of a large story, claim or entity, and their numbered pages from 2 (src/lib/pagination.ts).
    if (inner.length === 2 && SUB_PAGES[first]?.includes(inner[1]!)) return undefined;
    if (inner.length === 3 && SUB_PAGES[first]?.includes(inner[1]!) && PAGE_NUMBER.test(inner[2]!)) return undefined;
    // A link without its first / is read from the page's own address: `claims/x/` on /articles/a/.
    // Another relative link (`notes/`) is left alone: what it meant cannot be told.
    const own = `/${from.collection}/${from.id}/`;
    const relative = pathname.startsWith(own) ? pathname.slice(own.length - 1) : undefined;
    const meant = relative !== undefined && linkedRecord(relative, from) ? relative : undefined;
    return meant !== undefined || url.startsWith('/') ? { pathname, meant } : undefined;
  }
  const collection = COLLECTIONS.find((c) => c === first.toLowerCase() || (first.length >= 4 && distance(first.toLowerCase(), c) <= 2));
  return collection ? { pathname, meant: `/${collection}/${rest.join('/')}` } : undefined;
}

/**
 * Links in bodies to a record page that no record has: a mistyped id, or a record renamed without
 * an alias or deleted. The page would be published with a link to nothing. A link to an alias
 * leads to its redirect, so it is fine.
 */
function unknownPages(
  facts: readonly FileFacts[],
  byCollection: Map<CollectionName, Map<string, FileFacts>>,
  fileFor: (c: CollectionName, id: string) => string,
  published: ReadonlySet<string>,
  recordedAnchors: ReadonlyMap<string, readonly string[]>,
): Problem[] {
  const nearestId = idSuggester(byCollection);
  /** The record each alias redirects to, by `collection/alias`. */
  const aliases = new Map(facts.flatMap((f) => f.aliases.map((a) => [`${f.collection}/${a.alias}`, f] as const)));
  const problems: Problem[] = [];
  let pages: Map<string, number> | undefined;
  let months: MonthPages | undefined;
  /** A link to a month page (`/claims/months/2026-06/`) of a month the site has no page for, said as such; false when the page is there. */
  const missingMonth = (link: FileFacts['links'][number], f: FileFacts, month: MonthLink, outlet?: string): boolean => {
    months ??= monthPages(byCollection);
    const archive = outlet === undefined ? `/${month.collection}/months/` : `/outlets/${outlet}/months/`;
    const address = `${archive}${month.month}/${month.page > 1 ? `${month.page}/` : ''}`;
    // A month page once published stays, as a redirect, when its month has nothing left to list (docs/deploying.md).
    if (published.has(address)) return false;
    const have = outlet === undefined ? months[month.collection as 'articles' | 'claims' | 'stories'] : (months.outlets.get(outlet) ?? new Map<string, number>());
    const count = have.get(month.month);
    if (count !== undefined && month.page <= count) return false;
    const index = outlet === undefined ? `/${month.collection}/` : `/outlets/${outlet}/`;
    const message =
      count === undefined
        ? M.UnknownPage.month(link.url, monthOwner(month, outlet), month.month, nearestMonths(month.month, [...have.keys()]), index)
        : M.UnknownPage.monthPage(link.url, `${archive}${month.month}/`, count, month.collection === 'articles' && outlet === undefined);
    problems.push({ file: f.file, line: link.line, column: link.column, code: M.UnknownPage.code, message });
    return true;
  };
  for (const f of facts) {
    for (const link of f.links) {
      const month = linkedMonth(link.url, f);
      if (month && month.collection !== 'outlets') {
        missingMonth(link, f, month);
        continue;
      }
      const sub = linkedSubPage(link.url, f);
      if (sub) {
        const at = { file: f.file, line: link.line, column: link.column, code: M.UnknownPage.code };
        const ids = byCollection.get(sub.collection)!;
        const target = ids.get(sub.id) ?? aliases.get(`${sub.collection}/${sub.id}`);
        const kind = singular(sub.collection);
        if (!target) {
          problems.push({ ...at, message: M.UnknownPage.message(link.url, kind, sub.id, fileFor(sub.collection, sub.id), nearestId(sub.collection, sub.id)) });
          continue;
        }
        if (target.id !== sub.id) {
          // An old id's sub-page redirects only if it was published; the current one is the link to write.
          problems.push({ ...at, message: M.UnknownPage.subPageAlias(link.url, kind, target.id, `/${sub.collection}/${target.id}/${sub.rest}`) });
          continue;
        }
        if (sub.sub === 'months') {
          if (month) missingMonth(link, f, month, target.id);
          continue;
        }
        pages ??= subPageCounts(byCollection);
        const count = pages.get(`${sub.collection}/${sub.id}/${sub.sub}`) ?? 0;
        if (sub.page > count) {
          const record = `/${sub.collection}/${sub.id}/`;
          const last = `${record}${sub.sub}/${count > 1 ? `${count}/` : ''}`;
          problems.push({ ...at, message: M.UnknownPage.subPage(link.url, kind, sub.id, sub.sub, SUB_PAGE_RULES[`${sub.collection}/${sub.sub}`] ?? '', count, record, last) });
        }
        continue;
      }
      const record = linkedRecord(link.url, f);
      if (!record) {
        const stray = strayLink(link.url, f);
        if (stray) problems.push({ file: f.file, line: link.line, column: link.column, code: M.UnknownPage.code, message: M.UnknownPage.stray(link.url, stray.pathname, stray.meant) });
        continue;
      }
      const ids = byCollection.get(record.collection)!;
      const target = ids.get(record.id) ?? aliases.get(`${record.collection}/${record.id}`);
      if (target && target.id !== record.id && record.fragment !== '') {
        // An old address's page redirects with a meta refresh, which keeps the #… of the link only where script runs
        // (src/layouts/Redirect.astro): a link of the site's own goes straight to the place.
        problems.push({
          file: f.file,
          line: link.line,
          column: link.column,
          code: M.UnknownPage.code,
          message: M.UnknownPage.throughAlias(link.url, singular(target.collection), target.id, `/${target.collection}/${target.id}/#${record.fragment}`),
        });
        continue;
      }
      if (target && !hasId(target, record.fragment)) {
        const ids = [...PAGE_SECTIONS[target.collection], ...(target.headings ?? [])];
        problems.push({
          file: f.file,
          line: link.line,
          column: link.column,
          code: M.UnknownPage.code,
          message: M.UnknownPage.section(link.url, singular(target.collection), target.id, record.fragment, nearest(record.fragment, ids, 2), target.headings ?? []),
        });
        continue;
      }
      if (target) {
        // A passage of an article (`#m-<claim>-<hash>`, the id of a mention's span): its id changes with the span's words.
        const anchors = target.collection === 'articles' && record.fragment.startsWith('m-') ? anchorsOf(target) : undefined;
        const old = anchors && oldAnchorsOf(target, anchors, byCollection.get('claims')!);
        if (anchors && old && !anchors.includes(record.fragment) && !old.has(record.fragment)) {
          const kept = keptPassage(target, record.fragment, anchors, old, byCollection.get('claims')!, recordedAnchors);
          // A published anchor the page keeps on the passage with its words, now of another claim (a claim split): it lands
          // where it did, as the anchor a passage had under its claim's old id does, so it is accepted as that one is.
          if (kept?.sameWords) continue;
          // One it keeps on a passage chosen for it (the words edited): it lands, but the link is the site's own, to write as the page is now.
          if (kept) {
            problems.push({
              file: f.file,
              line: link.line,
              column: link.column,
              code: M.UnknownPage.code,
              message: M.UnknownPage.keptPassage(link.url, target.id, `/articles/${target.id}/#${kept.passage}`),
            });
            continue;
          }
          const near = anchors.filter((a, i) => record.fragment.startsWith(`m-${target.mentions[i]!.claim}-`)).map((a) => `#${a}`);
          problems.push({
            file: f.file,
            line: link.line,
            column: link.column,
            code: M.UnknownPage.code,
            message: M.UnknownPage.passage(link.url, target.id, near),
          });
        }
        continue;
      }
      const kind = singular(record.collection);
      // `/claims/months/`: the months have no page of their own; the archive's page lists them.
      if (record.id === 'months' && (record.collection === 'articles' || record.collection === 'claims' || record.collection === 'stories')) {
        months ??= monthPages(byCollection);
        const latest = [...months[record.collection].keys()].filter((m) => MONTH.test(m)).sort().at(-1);
        problems.push({ file: f.file, line: link.line, column: link.column, code: M.UnknownPage.code, message: M.UnknownPage.monthIndex(link.url, `/${record.collection}/`, latest && `/${record.collection}/months/${latest}/`) });
        continue;
      }
      problems.push({
        file: f.file,
        line: link.line,
        column: link.column,
        code: M.UnknownPage.code,
        message: M.UnknownPage.message(link.url, kind, record.id, fileFor(record.collection, record.id), nearestId(record.collection, record.id)),
      });
    }
  }
  return problems;
}

/**
 * The ids of an article's passages on its page, one per mention, in order: made from each span's
 * claim and words as src/plugins/remark-claim-mentions.ts makes them (identical spans numbered).
 */
function anchorsOf(article: FileFacts): string[] {
  const seen = new Map<string, number>();
  return article.mentions.map((m) => mentionAnchor(m.claim, m.text, seen));
}

/**
 * The ids of the sections of each kind of record page (src/components/ArticlePage.astro,
 * ClaimPage.astro, StoryPage.astro, src/pages/outlets/[id].astro, src/pages/entities/[id].astro),
 * whether or not a given page shows that section; tests/build/site.test.ts holds the pages to it.
 */
export const PAGE_SECTIONS: Record<CollectionName, readonly string[]> = {
  articles: ['main', 'summary', 'record', 'claims', 'disputed', 'left-out'],
  claims: ['main', 'evidence', ...STANCES.map((s) => `evidence-${s}`), 'drift', 'contradictions', 'related', 'notes'],
  stories: ['main', 'articles', 'timeline', 'contested', 'single-source', 'coverage', 'coverage-caption', 'coverage-caption-others', 'quote-drift'],
  outlets: ['main', 'articles', 'months', 'claims', 'also-disputed', 'also-contradicted'],
  entities: ['main', 'by', 'about', 'articles'],
};

/**
 * Whether a record's page has an element with the id `fragment` (no fragment: the page itself):
 * a section of its kind of page, a heading of its body (`h-…`, unless its headings are not
 * known), a footnote, a text fragment, or an anchor of a mention (`m-…`, which articles check
 * apart).
 */
function hasId(target: FileFacts, fragment: string): boolean {
  if (fragment === '' || fragment.startsWith(':~:') || fragment.startsWith('m-')) return true;
  if (fragment.startsWith('user-content-') || fragment === 'footnote-label') return true;
  if (PAGE_SECTIONS[target.collection].includes(fragment)) return true;
  // Outlets and entities are YAML: their pages have no body, so no heading.
  const headings = target.collection === 'outlets' || target.collection === 'entities' ? [] : target.headings;
  return headings === null || headings === undefined ? fragment.startsWith('h-') : headings.includes(fragment);
}

/**
 * The anchor of the passage on which an article's page keeps `fragment`, one of its published
 * anchors (recorded under its path or an old one) that it no longer has (src/lib/anchors.ts
 * keptAnchors, as the page does), and whether that passage has the words the anchor was made from
 * (the same hash and number, of another claim now); undefined when the page does not keep it.
 */
function keptPassage(
  article: FileFacts,
  fragment: string,
  anchors: readonly string[],
  present: ReadonlySet<string>,
  claims: ReadonlyMap<string, FileFacts>,
  recorded: ReadonlyMap<string, readonly string[]>,
): { passage: string; sameWords: boolean } | undefined {
  const published = [...new Set([article.id, ...article.aliases.map((a) => a.alias)].flatMap((slug) => recorded.get(`/articles/${slug}/`) ?? []))];
  if (!published.includes(fragment)) return undefined;
  const mentions = article.mentions.map((m, i) => ({ anchor: anchors[i]!, claim: m.claim }));
  const aliasesOf = (claim: string) => claims.get(claim)?.aliases.map((a) => a.alias) ?? [];
  const everything = new Set([...anchors, ...present]);
  for (const [passage, kept] of keptAnchors(published, mentions, aliasesOf, everything)) {
    if (!kept.includes(fragment)) continue;
    const claim = mentions.find((m) => m.anchor === passage)!.claim;
    return { passage, sameWords: fragment.endsWith(`-${passage.slice(`m-${claim}-`.length)}`) };
  }
  return undefined;
}

/** The anchors an article's passages had under their claims' old ids, which its page keeps (src/lib/mentions.ts). */
function oldAnchorsOf(article: FileFacts, anchors: readonly string[], claims: ReadonlyMap<string, FileFacts>): Set<string> {
  return new Set(
    article.mentions.flatMap((m, i) => oldMentionAnchors(anchors[i]!, m.claim, claims.get(m.claim)?.aliases.map((a) => a.alias) ?? [])),
  );
}

/**
 * Articles recorded twice: two records with the same address, as a browser reads it (the host in
 * any letter case, a default port or percent-encoding make no difference). A part after # tells
 * apart the posts of a live page. Each record after the first (in file order) is reported at its
 * url, naming the first.
 */
function duplicateArticles(articles: Map<string, FileFacts>): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, FileFacts>();
  for (const f of [...articles.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    if (!f.url || !URL.canParse(f.url.address)) continue;
    const address = new URL(f.url.address).href;
    const other = first.get(address);
    if (!other) {
      first.set(address, f);
      continue;
    }
    problems.push({ file: f.file, line: f.url.line, column: f.url.column, code: M.DuplicateArticle.code, message: M.DuplicateArticle.message(f.url.address, other.file, other.url!.line, other.url!.address) });
  }
  return problems;
}

/** Articles whose `via` chain comes back to them, reported once per circle, on its first article. */
function viaCycles(articles: Map<string, FileFacts>): Problem[] {
  const problems: Problem[] = [];
  const via = new Map<string, string>();
  for (const [id, f] of articles) {
    const ref = f.refs.find((r) => r.field === 'via');
    if (ref && ref.id !== id && articles.has(ref.id)) via.set(id, ref.id);
  }
  const done = new Set<string>();
  for (const start of [...via.keys()].sort()) {
    if (done.has(start)) continue;
    const chain: string[] = [];
    const onChain = new Map<string, number>();
    let current: string | undefined = start;
    while (current !== undefined && !done.has(current) && !onChain.has(current)) {
      onChain.set(current, chain.length);
      chain.push(current);
      current = via.get(current);
    }
    if (current !== undefined && onChain.has(current)) {
      const circle = chain.slice(onChain.get(current));
      const first = [...circle].sort()[0]!;
      const from = circle.indexOf(first);
      const ordered = [...circle.slice(from), ...circle.slice(0, from), first];
      const f = articles.get(first)!;
      const ref = f.refs.find((r) => r.field === 'via')!;
      problems.push({ file: f.file, line: ref.line, column: ref.column, code: M.ViaCycle.code, message: M.ViaCycle.message(ordered) });
    }
    for (const id of chain) done.add(id);
  }
  return problems;
}

/**
 * Ids no record may take: an article, claim or story whose id or alias is `months` would have its
 * page at `/stories/months/`, the folder of the stories' month pages (src/lib/archive.ts).
 */
function reservedIds(facts: readonly FileFacts[]): Problem[] {
  const problems: Problem[] = [];
  for (const f of facts) {
    if (!(MONTH_ARCHIVES as readonly string[]).includes(f.collection)) continue;
    const kind = singular(f.collection);
    if (f.id === MONTHS_SEGMENT) problems.push({ file: f.file, line: 1, column: 1, code: M.ReservedId.code, message: M.ReservedId.message(f.id, kind, f.collection, false) });
    for (const a of f.aliases) {
      if (a.alias === MONTHS_SEGMENT) problems.push({ file: f.file, line: a.line, column: a.column, code: M.ReservedId.code, message: M.ReservedId.message(a.alias, kind, f.collection, true) });
    }
  }
  return problems;
}

function aliasCollisions(facts: readonly FileFacts[], byCollection: Map<CollectionName, Map<string, FileFacts>>): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, FileFacts>();
  for (const f of facts) {
    const kind = singular(f.collection);
    const ids = byCollection.get(f.collection)!;
    const own = new Set<string>();
    f.aliases.forEach((a, i) => {
      const at = { file: f.file, line: a.line, column: a.column, code: M.AliasCollision.code };
      const key = `${f.collection}/${a.alias}`;
      // A record renamed back to the id it was first published under lists that id first, before
      // the ids it had since: the feeds name its entries by the first alias (src/lib/feeds.ts).
      if (a.alias === f.id && i === 0 && f.aliases.length > 1 && !f.aliases.slice(1).some((b) => b.alias === f.id)) {
        own.add(a.alias);
        return;
      }
      if (own.has(a.alias)) {
        // Its own id listed again is one more copy, not a second mistake of the same kind.
        problems.push({ ...at, message: M.AliasCollision.message(a.alias, kind, undefined, 'repeated') });
      } else if (a.alias === f.id) {
        problems.push({ ...at, message: M.AliasCollision.message(a.alias, kind, undefined, 'own') });
      } else if (own.has(a.alias)) {
        problems.push({ ...at, message: M.AliasCollision.message(a.alias, kind, undefined, 'repeated') });
      } else if (ids.has(a.alias)) {
        problems.push({ ...at, message: M.AliasCollision.message(a.alias, kind, ids.get(a.alias)!.file, 'id') });
      } else if (owners.has(key)) {
        problems.push({ ...at, message: M.AliasCollision.message(a.alias, kind, owners.get(key)!.file, 'alias') });
      } else {
        owners.set(key, f);
      }
      own.add(a.alias);
    });
  }
  return problems;
}
