/**
 * The change summary of a build: what the new site publishes that the previous one did not.
 * "Before" and "after" are the two sites' open-data exports (`data/crosscheck.json`, built by
 * src/open-data/): the previous one is read from the published folder before the new site
 * replaces it, so the summary compares what readers saw with what they will see.
 *
 * Reported: new and removed articles and claims, claims with new evidence (mentions in articles
 * the previous site did not have them in), with evidence taken out (articles that no longer
 * mention them) and with evidence edited (an article that still mentions them does so in other
 * words, with another stance, or in more or fewer passages), claims whose derived status changed (old → new), and
 * new contradictions (or ones that became active: both sides now held by some source), and
 * articles the previous site had whose headline or publication date changed (a correction: the
 * outlet changed it, and the record with it), or whose outlet or story changed; claims whose
 * statement was reworded, whose verdict was given, changed or taken back, or whose story changed;
 * contradictions that ended (gone, or no longer active); and outlets, stories and entities new,
 * removed, renamed, or given another name (a story another title), or, an outlet, another owner
 * (which decides what counts as one source). A record
 * renamed with its old id in `aliases` (its old address redirects) is reported as renamed, and is
 * the same record as before under its new id: not new, not removed, and neither its mentions nor
 * its contradictions are new. So is a rename taken back: a record under the earlier id the
 * previous site listed in its aliases again.
 *
 * scripts/build.ts prints it after each build and writes it as JSON ({@link changesFile}).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileIdentity } from '../../src/data/source-files.ts';
import { OPEN_DATA_FILE } from '../../src/open-data/published.ts';

/** Where the export lives inside a built site. */
export const EXPORT_FILE = OPEN_DATA_FILE;

/** The parts of the export the summary reads (src/open-data/schema.ts has the whole shape). */
export interface ExportSlice {
  /**
   * `aliases` may be missing from a slice an older build kept: read as none; `published`, too:
   * then a change of date is not reported against it.
   */
  articles: { slug: string; headline: string; published?: string | null; outlet?: string; story?: string; aliases?: string[] }[];
  /** `story` and `verdict` may be missing from a slice an older build kept: then a change of either is not reported against it. */
  claims: { id: string; statement: string; status: { status: string; label: string }; story?: string; verdict?: { rating: string } | null; aliases?: string[] }[];
  /** `stance` may be missing from a slice an older build kept: then a change of stance alone is not reported against it. */
  mentions: { claim: string; article: string; anchor: string; stance?: string }[];
  contradictions: { key: string; kind: string; claims: string[]; active: boolean }[];
  /**
   * Missing from a slice an older build kept: then nothing is reported about them. An outlet's
   * `owner` (`null`: none) may be missing too: then a change of owner is not reported against it.
   */
  outlets?: { id: string; name: string; owner?: string | null; aliases?: string[] }[];
  stories?: { id: string; title: string; aliases?: string[] }[];
  entities?: { id: string; name: string; aliases?: string[] }[];
}

export interface ChangeSummary {
  /** False when the previous site had no export to compare with (a first build): then nothing is listed as new. */
  compared: boolean;
  /** Totals of the new site. */
  totals: { articles: number; claims: number; mentions: number; contradictions: number };
  /** `renamed`: records whose old id is now an alias of another (`from` the old id, `to` the new one; `merged` when the previous site had `to` too); neither added nor removed. */
  /** `edited`: articles the previous site had (under this slug or, renamed, another) whose headline, publication date, outlet or story changed, each with what changed. */
  articles: { added: { slug: string; headline: string }[]; removed: string[]; renamed: Rename[]; edited: Edited[] };
  /** `edited`: claims the previous site had whose statement, verdict or story changed, each with what changed. */
  claims: { added: { id: string; statement: string; status: string }[]; removed: string[]; renamed: Rename[]; edited: EditedClaim[] };
  /** Outlets, stories and entities (`name` is a story's title): `edited`, those whose name changed. */
  outlets: Named;
  stories: Named;
  entities: Named;
  /** Claims the previous site had, with mentions in articles that did not mention them before. */
  newEvidence: { claim: string; statement: string; articles: string[] }[];
  /**
   * Claims the previous site had, no longer mentioned by articles that mentioned them (a mention
   * moved to another claim when one is split, or taken out, or its article removed).
   */
  evidenceRemoved: { claim: string; statement: string; articles: string[] }[];
  /**
   * Claims the previous site had, whose passages in articles that mentioned them before and still
   * do changed: their words (the anchor, made of the words, changed: not only quotation marks,
   * dashes, spacing or capitals), their stance, or their number. With those articles.
   */
  evidenceEdited: { claim: string; statement: string; articles: string[] }[];
  /** Claims whose derived status changed, with the statuses' labels. */
  statusChanged: { claim: string; statement: string; from: string; to: string }[];
  /**
   * Contradictions that are new, or active now and not before: `activated` when the previous site
   * had it already, without coverage on both sides (a declared one, until an article holds each claim true).
   */
  newContradictions: { key: string; kind: string; claims: string[]; active: boolean; activated?: true }[];
  /**
   * Contradictions the previous site had that ended: gone (a `contradicts` taken out, a claim
   * removed, or no mention disputing a claim others hold true), or, `inactive`, still declared but
   * no longer with coverage on both sides. `key` as the previous site had it, `claims` under their
   * current ids (as they were when one was merged into the other).
   */
  endedContradictions: { key: string; kind: string; claims: string[]; inactive?: true }[];
}

/**
 * Outlets, stories or entities added, removed, renamed (as articles and claims) and given another
 * name, or, an outlet, another owner (`null`: none): the owner decides which outlets count as one
 * source, so a new owner may change claims' statuses.
 */
export interface Named {
  added: { id: string; name: string }[];
  removed: string[];
  renamed: Rename[];
  edited: { id: string; name?: { from: string; to: string }; owner?: { from: string | null; to: string | null } }[];
}

/** An article the previous site had, and what of its headline, publication date (`null`: no date known), outlet and story changed. */
export interface Edited {
  slug: string;
  headline?: { from: string; to: string };
  published?: { from: string | null; to: string | null };
  /** Outlet and story ids, the previous one under its current id when it was renamed. */
  outlet?: { from: string; to: string };
  story?: { from: string; to: string };
}

/** A claim the previous site had, and what of its statement, verdict (its rating, `null`: none) and story changed. */
export interface EditedClaim {
  id: string;
  statement?: { from: string; to: string };
  verdict?: { from: string | null; to: string | null };
  story?: { from: string; to: string };
}

export interface Rename {
  from: string;
  to: string;
  /** The record `to` was published already: `from` was merged into it. */
  merged?: true;
}

/** Reads a site's export, or undefined when the site has none (or it cannot be read). */
export function readExport(siteDir: string): ExportSlice | undefined {
  const file = path.join(siteDir, EXPORT_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<ExportSlice>;
    return {
      articles: data.articles ?? [],
      claims: data.claims ?? [],
      mentions: data.mentions ?? [],
      contradictions: data.contradictions ?? [],
      // Missing (not an export of this site's format): not compared.
      ...(data.outlets && { outlets: data.outlets }),
      ...(data.stories && { stories: data.stories }),
      ...(data.entities && { entities: data.entities }),
    };
  } catch {
    return undefined;
  }
}

/**
 * Each build also keeps the slice of its export in its state folder (scripts/lib/fast/state.ts),
 * with the identity of the export's file, so that the next build's summary reads a few megabytes
 * instead of parsing the whole export again (52 MB at 5,000 articles; the two exports took about
 * 1.8 s of CPU in a profiled rebuild, the slices 0.5 s). A slice is used only for the very file
 * it was taken from: the same inode, size and modification time, which the swap keeps (a rename)
 * and anything else that rewrites or copies the site changes.
 */
const SLICE_FILE = 'export-slice.json';

/** The parts of `data` (an export) the summary reads. */
export function sliceOf(data: ExportSlice): ExportSlice {
  return {
    articles: data.articles.map(({ slug, headline, published, outlet, story, aliases }) => ({ slug, headline, published, outlet, story, aliases: [...(aliases ?? [])] })),
    claims: data.claims.map(({ id, statement, status, story, verdict, aliases }) => ({
      id,
      statement,
      status: { status: status.status, label: status.label },
      story,
      verdict: verdict === undefined ? undefined : verdict && { rating: verdict.rating },
      aliases: [...(aliases ?? [])],
    })),
    mentions: data.mentions.map(({ claim, article, anchor, stance }) => ({ claim, article, anchor, stance })),
    contradictions: data.contradictions.map(({ key, kind, claims, active }) => ({ key, kind, claims, active })),
    outlets: data.outlets?.map(({ id, name, owner, aliases }) => ({ id, name, owner, aliases: [...(aliases ?? [])] })),
    stories: data.stories?.map(({ id, title, aliases }) => ({ id, title, aliases: [...(aliases ?? [])] })),
    entities: data.entities?.map(({ id, name, aliases }) => ({ id, name, aliases: [...(aliases ?? [])] })),
  };
}

/** The identity of a file: its inode, size and modification time, or undefined when it is missing. */
function identity(file: string): string | undefined {
  const s = statSync(file, { bigint: true, throwIfNoEntry: false });
  return s ? fileIdentity(s) : undefined;
}

/**
 * Keeps in the folder `dir` the slice of `data`, the export written to `exportFile`. A slice that
 * cannot be written is left out: the next summary reads the export.
 */
export function keepSlice(dir: string, exportFile: string, data: ExportSlice): void {
  const file = path.join(dir, SLICE_FILE);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, JSON.stringify({ export: identity(exportFile), slice: sliceOf(data) }));
  } catch {
    rmSync(file, { force: true });
  }
}

/**
 * The slice kept in `dir` for the site `siteDir`'s export, when it was taken from that very file;
 * otherwise read from the export itself. `keptForSite`: `dir` is the state of the site in
 * `siteDir` (scripts/lib/fast/state.ts), so that with the export taken out of the site by hand
 * its slice still says what the site published.
 */
export function readSlice(siteDir: string, dir: string | undefined, keptForSite = false): ExportSlice | undefined {
  const exportFile = path.join(siteDir, EXPORT_FILE);
  if (dir && existsSync(path.join(dir, SLICE_FILE))) {
    try {
      const kept = JSON.parse(readFileSync(path.join(dir, SLICE_FILE), 'utf8')) as { export?: string; slice: ExportSlice };
      const exported = identity(exportFile);
      if (kept.export !== undefined && (kept.export === exported || (keptForSite && exported === undefined))) return kept.slice;
    } catch {
      // Read from the export.
    }
  }
  return readExport(siteDir);
}

/**
 * The records of `after` that took over an id of `before` as an alias: each old id that `after`
 * no longer has, mapped to the id of the record that lists it in `aliases` now (a record renamed,
 * or merged into another, whose old address redirects to it). And a rename taken back: a record
 * of `before` gone from `after`, one of whose aliases (an id it had earlier) a record of `after`
 * has again, is that record, under its earlier id.
 */
function renamesOf(before: readonly Aliased[], after: readonly Aliased[]): Map<string, string> {
  const current = new Set(after.map((record) => record.id));
  const old = new Set(before.map((record) => record.id));
  const renames = new Map<string, string>();
  for (const record of after) {
    for (const alias of record.aliases ?? []) if (old.has(alias) && !current.has(alias)) renames.set(alias, record.id);
  }
  for (const record of before) {
    if (current.has(record.id) || renames.has(record.id)) continue;
    const earlier = (record.aliases ?? []).find((alias) => current.has(alias) && !old.has(alias));
    if (earlier !== undefined) renames.set(record.id, earlier);
  }
  return renames;
}

/** A record's id and the ids it was published under before. */
interface Aliased {
  id: string;
  aliases?: readonly string[] | undefined;
}

/** A contradiction's identity whatever its claims are called: its kind and its claims, each under its current id. */
const contradictionIdentity = (c: { kind: string; claims: readonly string[] }, rename: (id: string) => string) => `${c.kind}\n${c.claims.map(rename).sort().join('\n')}`;

/** Two dates of the export the same instant, or both unknown: a date written another way (an export of another version, UTC then the outlet's offset) is no correction. */
const sameInstant = (a: string | null, b: string | null) => a === b || (a !== null && b !== null && Date.parse(a) === Date.parse(b));

/** What `after` publishes that `before` did not. With no `before`, only the totals. */
export function summariseChanges(before: ExportSlice | undefined, after: ExportSlice): ChangeSummary {
  const summary: ChangeSummary = {
    compared: before !== undefined,
    totals: { articles: after.articles.length, claims: after.claims.length, mentions: after.mentions.length, contradictions: after.contradictions.length },
    articles: { added: [], removed: [], renamed: [], edited: [] },
    claims: { added: [], removed: [], renamed: [], edited: [] },
    outlets: noNamed(),
    stories: noNamed(),
    entities: noNamed(),
    newEvidence: [],
    evidenceRemoved: [],
    evidenceEdited: [],
    statusChanged: [],
    newContradictions: [],
    endedContradictions: [],
  };
  if (!before) return summary;

  // Outlets, stories and entities: read only when both slices have them (an older build's slice has not).
  const outletIds = new Map<string, string>();
  const storyIds = new Map<string, string>();
  if (before.outlets && after.outlets) summary.outlets = compareNamed(before.outlets, after.outlets, outletIds);
  if (before.stories && after.stories) {
    const title = ({ id, title, aliases }: { id: string; title: string; aliases?: string[] }) => ({ id, name: title, aliases });
    summary.stories = compareNamed(before.stories.map(title), after.stories.map(title), storyIds);
  }
  if (before.entities && after.entities) summary.entities = compareNamed(before.entities, after.entities, new Map());
  const outletId = (id: string) => outletIds.get(id) ?? id;
  const storyId = (id: string) => storyIds.get(id) ?? id;

  // A renamed record is the same record: the previous site is read under the new ids.
  const articleRenames = renamesOf(
    before.articles.map((a) => ({ id: a.slug, aliases: a.aliases })),
    after.articles.map((a) => ({ id: a.slug, aliases: a.aliases })),
  );
  const claimRenames = renamesOf(before.claims, after.claims);
  const article = (slug: string) => articleRenames.get(slug) ?? slug;
  const claimId = (id: string) => claimRenames.get(id) ?? id;
  const listed = (renames: Map<string, string>, published: Set<string>): Rename[] =>
    [...renames.keys()].sort().map((from) => {
      const to = renames.get(from)!;
      return published.has(to) ? { from, to, merged: true } : { from, to };
    });
  summary.articles.renamed = listed(articleRenames, new Set(before.articles.map((a) => a.slug)));
  summary.claims.renamed = listed(claimRenames, new Set(before.claims.map((c) => c.id)));

  const oldArticles = new Set(before.articles.map((a) => article(a.slug)));
  const newArticles = new Set(after.articles.map((a) => a.slug));
  summary.articles.added = after.articles.filter((a) => !oldArticles.has(a.slug)).map((a) => ({ slug: a.slug, headline: a.headline }));
  summary.articles.removed = before.articles.map((a) => a.slug).filter((slug) => !newArticles.has(article(slug))).sort();

  // Under its own slug first, as claims below: an article another was merged into is compared with itself.
  const oldArticle = new Map<string, ExportSlice['articles'][number]>();
  for (const a of before.articles) if (articleRenames.has(a.slug) && !oldArticle.has(article(a.slug))) oldArticle.set(article(a.slug), a);
  for (const a of before.articles) if (!articleRenames.has(a.slug)) oldArticle.set(a.slug, a);
  for (const a of after.articles) {
    const old = oldArticle.get(a.slug);
    if (!old) continue;
    const edit: Edited = { slug: a.slug };
    if (old.headline !== a.headline) edit.headline = { from: old.headline, to: a.headline };
    if (old.published !== undefined && a.published !== undefined && !sameInstant(old.published, a.published)) edit.published = { from: old.published, to: a.published };
    if (old.outlet !== undefined && a.outlet !== undefined && outletId(old.outlet) !== a.outlet) edit.outlet = { from: outletId(old.outlet), to: a.outlet };
    if (old.story !== undefined && a.story !== undefined && storyId(old.story) !== a.story) edit.story = { from: storyId(old.story), to: a.story };
    if (edit.headline || edit.published || edit.outlet || edit.story) summary.articles.edited.push(edit);
  }
  summary.articles.edited.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));

  // Under its own id first: a record another was merged into keeps its own status.
  const oldClaims = new Map<string, ExportSlice['claims'][number]>();
  for (const c of before.claims) if (claimRenames.has(c.id) && !oldClaims.has(claimId(c.id))) oldClaims.set(claimId(c.id), c);
  for (const c of before.claims) if (!claimRenames.has(c.id)) oldClaims.set(c.id, c);
  const newClaims = new Set(after.claims.map((c) => c.id));
  summary.claims.removed = before.claims.map((c) => c.id).filter((id) => !newClaims.has(claimId(id))).sort();

  const oldPairs = new Set(before.mentions.map((m) => `${claimId(m.claim)}\n${article(m.article)}`));
  const fresh = new Map<string, Set<string>>();
  for (const m of after.mentions) {
    if (oldPairs.has(`${m.claim}\n${m.article}`)) continue;
    const set = fresh.get(m.claim) ?? new Set<string>();
    set.add(m.article);
    fresh.set(m.claim, set);
  }

  const newPairs = new Set(after.mentions.map((m) => `${m.claim}\n${m.article}`));
  const gone = new Map<string, Set<string>>();
  for (const m of before.mentions) {
    const [claim, slug] = [claimId(m.claim), article(m.article)];
    if (newPairs.has(`${claim}\n${slug}`)) continue;
    const set = gone.get(claim) ?? new Set<string>();
    set.add(slug);
    gone.set(claim, set);
  }

  // The passages of each claim in each article, by their words (an anchor is `m-<claim>-<hash of the words>`, src/lib/mentions.ts) and stance.
  const passages = (mentions: ExportSlice['mentions'], claimOf: (id: string) => string, articleOf: (slug: string) => string, stances: boolean) => {
    const byPair = new Map<string, string[]>();
    for (const m of mentions) {
      const prefix = `m-${m.claim}-`;
      const words = m.anchor.startsWith(prefix) ? m.anchor.slice(prefix.length) : m.anchor;
      const pair = `${claimOf(m.claim)}\n${articleOf(m.article)}`;
      const list = byPair.get(pair) ?? [];
      list.push(stances ? `${words} ${m.stance}` : words);
      byPair.set(pair, list);
    }
    for (const list of byPair.values()) list.sort();
    return byPair;
  };
  const stances = before.mentions.every((m) => m.stance !== undefined) && after.mentions.every((m) => m.stance !== undefined);
  const oldPassages = passages(before.mentions, claimId, article, stances);
  const edited = new Map<string, Set<string>>();
  for (const [pair, list] of passages(after.mentions, (id) => id, (slug) => slug, stances)) {
    const old = oldPassages.get(pair);
    if (!old || old.join('\n') === list.join('\n')) continue;
    const [claim, slug] = pair.split('\n') as [string, string];
    const set = edited.get(claim) ?? new Set<string>();
    set.add(slug);
    edited.set(claim, set);
  }

  for (const claim of after.claims) {
    const old = oldClaims.get(claim.id);
    if (!old) {
      summary.claims.added.push({ id: claim.id, statement: claim.statement, status: claim.status.label });
      continue;
    }
    const articles = fresh.get(claim.id);
    if (articles) summary.newEvidence.push({ claim: claim.id, statement: claim.statement, articles: [...articles].sort() });
    const taken = gone.get(claim.id);
    if (taken) summary.evidenceRemoved.push({ claim: claim.id, statement: claim.statement, articles: [...taken].sort() });
    const changed = edited.get(claim.id);
    if (changed) summary.evidenceEdited.push({ claim: claim.id, statement: claim.statement, articles: [...changed].sort() });
    if (old.status.status !== claim.status.status) {
      summary.statusChanged.push({ claim: claim.id, statement: claim.statement, from: old.status.label, to: claim.status.label });
    }
    const edit: EditedClaim = { id: claim.id };
    if (old.statement !== claim.statement) edit.statement = { from: old.statement, to: claim.statement };
    const rating = (verdict: { rating: string } | null) => verdict?.rating ?? null;
    if (old.verdict !== undefined && claim.verdict !== undefined && rating(old.verdict) !== rating(claim.verdict)) edit.verdict = { from: rating(old.verdict), to: rating(claim.verdict) };
    if (old.story !== undefined && claim.story !== undefined && storyId(old.story) !== claim.story) edit.story = { from: storyId(old.story), to: claim.story };
    if (edit.statement || edit.verdict || edit.story) summary.claims.edited.push(edit);
  }
  summary.claims.edited.sort((a, b) => compareIds(a.id, b.id));

  const oldContradictions = new Map(before.contradictions.map((c) => [contradictionIdentity(c, claimId), c]));
  summary.newContradictions = after.contradictions.flatMap((c) => {
    const old = oldContradictions.get(contradictionIdentity(c, (id) => id));
    if (old && (!c.active || old.active)) return [];
    return [{ key: c.key, kind: c.kind, claims: [...c.claims], active: c.active, ...(old ? { activated: true as const } : {}) }];
  });
  const newContradictions = new Map(after.contradictions.map((c) => [contradictionIdentity(c, (id) => id), c]));
  for (const c of before.contradictions) {
    const now = newContradictions.get(contradictionIdentity(c, claimId));
    if (now && (now.active || !c.active)) continue;
    // Under the claims' current ids, unless one was merged into the other: then as they were.
    const current = c.claims.map(claimId);
    const claims = new Set(current).size === current.length ? current : [...c.claims];
    summary.endedContradictions.push({ key: c.key, kind: c.kind, claims, ...(now ? { inactive: true as const } : {}) });
  }
  return summary;
}

/** Ids in code-unit order, as the export sorts them. */
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const noNamed = (): Named => ({ added: [], removed: [], renamed: [], edited: [] });

/**
 * Outlets, stories or entities of the two sites compared, as articles and claims are: renamed
 * with the old id in `aliases`, the same record; `renames` is given each old id's new one.
 */
function compareNamed(before: readonly NamedRecord[], after: readonly NamedRecord[], renames: Map<string, string>): Named {
  for (const [from, to] of renamesOf(before, after)) renames.set(from, to);
  const current = (id: string) => renames.get(id) ?? id;
  const published = new Set(before.map((r) => r.id));
  const now = new Set(after.map((r) => r.id));
  // Under its own id first: a record another was merged into keeps its own name and owner.
  const old = new Map<string, NamedRecord>();
  for (const r of before) if (renames.has(r.id) && !old.has(current(r.id))) old.set(current(r.id), r);
  for (const r of before) if (!renames.has(r.id)) old.set(r.id, r);
  return {
    added: after.filter((r) => !old.has(r.id)).map((r) => ({ id: r.id, name: r.name })),
    removed: before.map((r) => r.id).filter((id) => !now.has(current(id))).sort(compareIds),
    renamed: [...renames.keys()].sort(compareIds).map((from) => (published.has(renames.get(from)!) ? { from, to: renames.get(from)!, merged: true as const } : { from, to: renames.get(from)! })),
    edited: after.flatMap((r) => {
      const was = old.get(r.id);
      if (!was) return [];
      const edit: Named['edited'][number] = { id: r.id };
      if (was.name !== r.name) edit.name = { from: was.name, to: r.name };
      // Compared only when both slices have it (an older build's has not).
      if (was.owner !== undefined && r.owner !== undefined && was.owner !== r.owner) edit.owner = { from: was.owner, to: r.owner };
      return edit.name || edit.owner ? [edit] : [];
    }),
  };
}

/** An outlet, a story (its title as `name`) or an entity, as {@link compareNamed} reads it. */
interface NamedRecord {
  id: string;
  name: string;
  /** An outlet's owner, `null` for none; undefined when not known (a story, an entity, an older build's slice). */
  owner?: string | null;
  aliases?: string[];
}

/** How many items of each list the printed summary names before "and N more". */
const SHOWN = 8;

/** The summary as the build prints it. */
export function formatChanges(summary: ChangeSummary): string {
  const { totals } = summary;
  const number = (n: number) => n.toLocaleString('en-US');
  const count = (n: number, one: string, many = `${one}s`) => `${number(n)} ${n === 1 ? one : many}`;
  const site = `The site has ${count(totals.articles, 'article')}, ${count(totals.claims, 'claim')}, ${count(totals.mentions, 'mention')} and ${count(totals.contradictions, 'contradiction')}.`;
  if (!summary.compared) return `Changes: no previous site to compare with. ${site}`;

  const lines: string[] = [];
  const list = <T>(title: string, items: readonly T[], show: (item: T) => string) => {
    if (items.length === 0) return;
    lines.push(`  ${title}:`);
    for (const item of items.slice(0, SHOWN)) lines.push(`    ${show(item)}`);
    if (items.length > SHOWN) lines.push(`    … and ${number(items.length - SHOWN)} more`);
  };
  list(count(summary.articles.added.length, 'new article'), summary.articles.added, (a) => `${a.slug}: ${a.headline}`);
  list(count(summary.claims.added.length, 'new claim'), summary.claims.added, (c) => `${c.id} (${c.status})`);
  list(count(summary.newEvidence.length, 'claim with new evidence', 'claims with new evidence'), summary.newEvidence, (c) => `${c.claim}: from ${c.articles.join(', ')}`);
  list(count(summary.evidenceRemoved.length, 'claim with evidence taken out', 'claims with evidence taken out'), summary.evidenceRemoved, (c) => `${c.claim}: no longer in ${c.articles.join(', ')}`);
  list(count(summary.evidenceEdited.length, 'claim with evidence edited', 'claims with evidence edited'), summary.evidenceEdited, (c) => `${c.claim}: in ${c.articles.join(', ')}`);
  list(count(summary.statusChanged.length, 'claim changed status', 'claims changed status'), summary.statusChanged, (c) => `${c.claim}: ${c.from} → ${c.to}`);
  // One the previous site had, inactive, is not new: said apart, as one that ends is.
  const brandNew = summary.newContradictions.filter((c) => !c.activated);
  list(count(brandNew.length, 'new contradiction'), brandNew, (c) => `${c.claims.join(' ⟷ ')} (${c.kind}${c.active ? ', active' : ''})`);
  const activated = summary.newContradictions.filter((c) => c.activated);
  list(count(activated.length, 'contradiction now active', 'contradictions now active'), activated, (c) => `${c.claims.join(' ⟷ ')} (${c.kind}, active: both sides have coverage now)`);
  // As the export writes it (2026-06-10T00:00:00.000Z for a day, or midnight UTC), shown as the editor wrote it: the day, or the time without its milliseconds.
  const date = (published: string | null) => (published === null ? 'no date' : published.replace(/T00:00:00(?:\.000)?Z$/, '').replace(/(T\d\d:\d\d:\d\d)\.000(?=Z|[+-])/, '$1'));
  const edited = (e: Edited) =>
    `${e.slug}: ${[e.headline && `headline “${e.headline.from}” → “${e.headline.to}”`, e.published && `published ${date(e.published.from)} → ${date(e.published.to)}`].filter(Boolean).join('; ')}`;
  const corrected = summary.articles.edited.filter((e) => e.headline || e.published);
  list(count(corrected.length, 'article with a corrected headline or date', 'articles with a corrected headline or date'), corrected, edited);
  const moved = summary.articles.edited.filter((e) => e.outlet || e.story);
  const move = (e: { outlet?: { from: string; to: string }; story?: { from: string; to: string } }) =>
    [e.outlet && `outlet ${e.outlet.from} → ${e.outlet.to}`, e.story && `story ${e.story.from} → ${e.story.to}`].filter(Boolean).join('; ');
  list(count(moved.length, 'article with another outlet or story', 'articles with another outlet or story'), moved, (e) => `${e.slug}: ${move(e)}`);
  const claimsEdited = (what: (e: EditedClaim) => string | undefined) => summary.claims.edited.flatMap((e) => (what(e) ? [`${e.id}: ${what(e)}`] : []));
  const reworded = claimsEdited((e) => e.statement && `“${e.statement.from}” → “${e.statement.to}”`);
  list(count(reworded.length, 'claim reworded', 'claims reworded'), reworded, (line) => line);
  const verdicts = claimsEdited((e) => e.verdict && `${e.verdict.from ?? 'no verdict'} → ${e.verdict.to ?? 'no verdict'}`);
  list(count(verdicts.length, 'claim with a new verdict', 'claims with a new verdict'), verdicts, (line) => line);
  const claimsMoved = claimsEdited((e) => e.story && `story ${e.story.from} → ${e.story.to}`);
  list(count(claimsMoved.length, 'claim in another story', 'claims in another story'), claimsMoved, (line) => line);
  list(count(summary.endedContradictions.length, 'contradiction ended', 'contradictions ended'), summary.endedContradictions, (c) => `${c.claims.join(' ⟷ ')} (${c.kind}${c.inactive ? ', no longer active: one side has no coverage now' : ''})`);
  // What readers find at the addresses: a record removed is gone from the site (its page, and any
  // old address it kept, answer "Page not found"); one renamed keeps its old address, which redirects.
  const notFound = (n: number, one: string, many: string) => `${count(n, one, many)} (${n === 1 ? 'its address now shows' : 'their addresses now show'} “Page not found”)`;
  const redirected = (n: number, one: string, many: string) => `${count(n, one, many)} (${n === 1 ? 'its old address redirects to the new one' : 'their old addresses redirect to the new ones'})`;
  list(notFound(summary.articles.removed.length, 'article removed', 'articles removed'), summary.articles.removed, (slug) => slug);
  list(notFound(summary.claims.removed.length, 'claim removed', 'claims removed'), summary.claims.removed, (id) => id);
  const renamed = (kind: string) => (r: Rename) => `${r.from} → ${r.to}${r.merged ? ` (merged into an existing ${kind})` : ''}`;
  list(redirected(summary.articles.renamed.length, 'article renamed', 'articles renamed'), summary.articles.renamed, renamed('article'));
  list(redirected(summary.claims.renamed.length, 'claim renamed', 'claims renamed'), summary.claims.renamed, renamed('claim'));
  for (const [kind, named, title] of [
    ['outlet', summary.outlets, 'name'],
    ['story', summary.stories, 'title'],
    ['entity', summary.entities, 'name'],
  ] as const) {
    const many = kind === 'story' ? 'stories' : kind === 'entity' ? 'entities' : 'outlets';
    list(count(named.added.length, `new ${kind}`, `new ${many}`), named.added, (r) => `${r.id}: ${r.name}`);
    list(redirected(named.renamed.length, `${kind} renamed`, `${many} renamed`), named.renamed, renamed(kind));
    const renamedAs = named.edited.flatMap((r) => (r.name ? [{ id: r.id, name: r.name }] : []));
    list(count(renamedAs.length, `${kind} with a new ${title}`, `${many} with a new ${title}`), renamedAs, (r) => `${r.id}: “${r.name.from}” → “${r.name.to}”`);
    const owned = named.edited.flatMap((r) => (r.owner ? [{ id: r.id, owner: r.owner }] : []));
    const owner = (name: string | null) => (name === null ? 'no owner' : `“${name}”`);
    list(count(owned.length, `${kind} with a new owner (outlets of one owner count as one source)`, `${many} with a new owner (outlets of one owner count as one source)`), owned, (r) => `${r.id}: ${owner(r.owner.from)} → ${owner(r.owner.to)}`);
    list(notFound(named.removed.length, `${kind} removed`, `${many} removed`), named.removed, (id) => id);
  }
  // Says every kind of change listed above, so that it is true whatever changed that the summary
  // does not list (an article's text or summary, a claim's note): nothing of those kinds did.
  if (lines.length === 0) return `Changes: none since the previous site of the kinds the summary lists (no article, claim, outlet, story or entity new, removed or renamed; no headline, date, statement, verdict, name, title or owner changed; no article or claim moved to another outlet or story; no evidence added, edited or taken out; no change of status; no contradiction new or ended). ${site}`;
  return `Changes since the previous site:\n${lines.join('\n')}\n${site}`;
}

/** Where the build writes the summary of its output folder `out`: in the project's cache. */
export function changesFile(root: string, out: string): string {
  const key = createHash('sha256').update(path.resolve(out)).digest('hex').slice(0, 8);
  return path.join(root, 'node_modules/.cache/crosscheck/changes', `${path.basename(out)}-${key}.json`);
}
