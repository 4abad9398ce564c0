/**
 * Post-build step: every URL in the registry of published URLs (scripts/lib/published-urls.ts)
 * must exist in the new build, as a page or as an alias's redirect. A missing one fails the build
 * with one located line per missing URL (`published-urls.txt:line:1`, where it was recorded) and
 * what to do about it, and the previous site stays as it was.
 *
 * A month page of an archive (`/articles/months/2026-06/`, `/claims/months/…`,
 * `/outlets/<id>/months/…`) that has nothing left to list (its last article was removed, or
 * moved to another month or outlet, or its outlet was renamed) is not refused: it becomes a
 * redirect page to the same month under the outlet's new id when there is one, or else to the
 * archive's own page, and it stays published (also when removals are let through); a numbered
 * page of a month (`/claims/months/2026-06/3/`) that has fewer pages now redirects to the month's
 * last page before it. So does a
 * sub-page of a large story, claim or entity (`/stories/<id>/claims/`, `/claims/<id>/evidence/`,
 * src/lib/sub-pages.ts) that the build no longer makes: its record shrank below the limit, and its
 * page lists everything again, or the record was renamed, and its new id has the same sub-page; and
 * so does a numbered page of a sub-page (`/claims/<id>/evidence/3/`) once its list has fewer pages.
 * A letter page of the outlets' or entities' index (`/outlets/letters/t/`, src/lib/name-index.ts)
 * that the build no longer makes (no name left under its letter, or the index lists every record
 * again) redirects to the letter's last page before it, or else to the index.
 *
 * A content folder without a registry is not checked, and the build says so.
 * CROSSCHECK_ALLOW_REMOVED_URLS=1 lets an intended removal through (with a warning); `npm run
 * urls -- --build` uses it to rebuild and record the new set of URLs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nearestEach } from '../../../src/check/suggest.ts';
import { DATE_NOT_KNOWN, formatMonth } from '../../../src/lib/archive.ts';
import { isLetter, LETTERS_SEGMENT, letterLabel, letterPhrase } from '../../../src/lib/name-index.ts';
import { counted } from '../../../src/lib/order.ts';
import { SUB_PAGES } from '../../../src/lib/sub-pages.ts';
import { fragmentKeeper } from '../../../src/lib/urls.ts';
import type { PostBuildStep } from '../post-build.ts';
import { diffRegistry, publishedPaths, redirectTarget, registryEntries, registryPath, type RegistryEntry } from '../published-urls.ts';

/** The collections whose pages are records (`/<collection>/<id>/`), each of which can take aliases. */
const RECORDS: Record<string, string> = { claims: 'claim', articles: 'article', stories: 'story', outlets: 'outlet', entities: 'entity' };

/** A record page's collection and id, from its site path; undefined for any other page. */
function recordOf(sitePath: string): { collection: string; id: string } | undefined {
  const match = /^\/([a-z]+)\/([^/]+)\/$/.exec(sitePath);
  return match && RECORDS[match[1]!] ? { collection: match[1]!, id: match[2]! } : undefined;
}

/** What the new site holds beyond the registry, from which a missing URL's likely cause is read. */
export interface NewSite {
  /** Site paths built but not registered: renamed records show up here under their new ids. */
  added: readonly string[];
  /** Of those, the redirect pages and the site path each leads to (with the base). */
  redirects: ReadonlyMap<string, string>;
  /** The content file of a record, as shown to the editor: `content/claims/x.md`. */
  fileOf: (collection: string, id: string) => string;
}

/**
 * What to do about one missing record page. An alias listed on a record of another collection
 * (the old article slug on a claim) made a redirect there instead: say so. Otherwise a new record
 * of the same collection is likely the renamed one: the nearest new id, or the only one.
 */
function adviceFor(sitePath: string, site: NewSite, known: SiteFacts): string {
  const record = recordOf(sitePath);
  const month = monthPageOf(sitePath);
  if (month && month.archive !== '/articles/' && month.archive !== '/claims/') {
    return `It is a month page of ${month.archive}, which is missing too: once that page is kept (by an alias), this one redirects to it.`;
  }
  const sub = subPageOf(sitePath);
  if (sub) return `It is a page of ${sub.record}, which is missing too: once that page is kept (by an alias), this one redirects to it.`;
  if (!record) return 'The new site no longer builds this page.';
  const { collection, id } = record;
  const kind = RECORDS[collection]!;
  const fresh = known.fresh.get(collection) ?? [];
  const renamed = known.renamed(collection, id) ?? (fresh.length === 1 ? fresh[0] : undefined);
  for (const { from, stray, target } of known.strays.get(id) ?? []) {
    if (stray.collection !== collection) {
      return (
        `"${id}" is in the aliases of ${site.fileOf(target.collection, target.id)}, so it redirects ${from} instead: ` +
        `an alias keeps the old URL of its own collection only. Move it to the aliases of the ${kind}'s new file` +
        (renamed ? ` (the new ${kind} "${renamed}" is ${site.fileOf(collection, renamed)}).` : '.')
      );
    }
  }
  if (renamed) {
    return (
      `The ${kind} "${renamed}" is new: if it is "${id}" renamed, add "${id}" to the aliases in ${site.fileOf(collection, renamed)}, ` +
      'and the old URL redirects to it.'
    );
  }
  // A duplicate merged into a record already published: the record's own id first keeps its feed entries (src/lib/feeds.ts).
  const merged =
    kind === 'claim' || kind === 'article'
      ? ` If it was merged into another ${kind}, add "${id}" to that ${kind}'s aliases after its own id (aliases: [its-id, ${id}]), so that the feeds keep naming that ${kind}'s entries by its id.`
      : ` If it was merged into another ${kind}, add "${id}" to that ${kind}'s aliases.`;
  return `If the ${kind} was renamed, add "${id}" to the aliases in its new file, and the old URL redirects to it.${merged}`;
}

/** What {@link adviceFor} reads of the new site, sorted out once for all the missing URLs. */
interface SiteFacts {
  /** The new record pages that are not redirects, by collection: their ids. */
  fresh: Map<string, string[]>;
  /** The redirects from a record page, by that record's id, in the order of the redirects. */
  strays: Map<string, { from: string; stray: { collection: string; id: string }; target: { collection: string; id: string } }[]>;
  /** The new id of its collection nearest a missing record's. */
  renamed: (collection: string, id: string) => string | undefined;
}

/**
 * {@link SiteFacts} for some missing URLs: going through every new page and redirect, and
 * comparing with every new id, for each missing URL cost their product (1,000 records renamed
 * without aliases: a million comparisons).
 */
function siteFacts(missing: readonly string[], site: NewSite): SiteFacts {
  const fresh = new Map<string, string[]>();
  for (const p of site.added) {
    if (site.redirects.has(p)) continue;
    const r = recordOf(p);
    if (!r) continue;
    const ids = fresh.get(r.collection);
    if (ids) ids.push(r.id);
    else fresh.set(r.collection, [r.id]);
  }
  const strays: SiteFacts['strays'] = new Map();
  for (const [from, to] of site.redirects) {
    const stray = recordOf(from);
    const target = recordOf(to.replace(/^.*?(\/[a-z]+\/[^/]+\/)$/, '$1'));
    if (!stray || !target) continue;
    const those = strays.get(stray.id);
    if (those) those.push({ from, stray, target });
    else strays.set(stray.id, [{ from, stray, target }]);
  }
  const nearestOf = new Map<string, Map<string, string | undefined>>();
  const renamed = (collection: string, id: string) => {
    let near = nearestOf.get(collection);
    if (!near) {
      // Every missing record of the collection at once (nearestEach bounds the comparisons).
      const ids = [...new Set(missing.map(recordOf).filter((r) => r?.collection === collection).map((r) => r!.id))];
      const candidates = fresh.get(collection) ?? [];
      const found = nearestEach(ids, candidates, 1);
      near = new Map(ids.map((x, i) => [x, found[i]![0]]));
      nearestOf.set(collection, near);
    }
    return near.get(id);
  };
  return { fresh, strays, renamed };
}

/**
 * The build's message when registered URLs are missing: one line per URL, located at its line in
 * the registry (the record's own file is gone), saying what to do.
 */
export function missingUrlsMessage(missing: readonly Pick<RegistryEntry, 'path' | 'line'>[], registry: string, site: NewSite): string {
  const known = siteFacts(
    missing.map((m) => m.path),
    site,
  );
  const lines = missing.map((m) => `${registry}:${m.line}:1  ${m.path} is missing from the new site. ${adviceFor(m.path, site, known)}`);
  return (
    `${missing.length === 1 ? '1 published URL is' : `${missing.length} published URLs are`} missing from the new site. ` +
    `Each was published (it is listed in ${registry}) and may be linked from elsewhere:\n${lines.join('\n')}\n` +
    'If a removal is intended, run `npm run urls -- --build` to rebuild and record the new set of URLs.'
  );
}

/** The redirect pages among some built site paths, and where each leads. */
function redirectsAmong(outDir: string, paths: readonly string[]): Map<string, string> {
  const redirects = new Map<string, string>();
  for (const p of paths) {
    if (!p.endsWith('/')) continue;
    const file = path.join(outDir, p.slice(1), 'index.html');
    const target = existsSync(file) ? redirectTarget(readFileSync(file, 'utf8')) : undefined;
    if (target) redirects.set(p, target);
  }
  return redirects;
}

/**
 * A month page's archive page, month and page number (src/lib/archive.ts: page 1 has no number):
 * `/outlets/x/months/2026-06/` → `/outlets/x/`, `2026-06`, 1; `/claims/months/2026-06/3/` → `/claims/`, `2026-06`, 3;
 * the stories' months too (`/stories/months/2026-06/`), and the claims' page of first reports of a date not known
 * (`/claims/months/date-not-known/`), and the stories' of those with neither a date nor an article (`/stories/months/date-not-known/`).
 */
export function monthPageOf(sitePath: string): { archive: string; month: string; number: number } | undefined {
  const match = /^(\/(?:articles|claims|stories|outlets\/[^/]+)\/)months\/(\d{4}-(?:0[1-9]|1[0-2])|[a-z-]+)\/(?:([2-9]|[1-9]\d+)\/)?$/.exec(sitePath);
  if (!match || (!/^\d/.test(match[2]!) && (match[2] !== DATE_NOT_KNOWN || (match[1] !== '/claims/' && match[1] !== '/stories/')))) return undefined;
  return { archive: match[1]!, month: match[2]!, number: match[3] ? Number(match[3]) : 1 };
}

/**
 * Where a registered month page the build no longer makes should send its readers. The month may
 * still have a page where its archive page is now (the same, or the page it redirects to when an
 * outlet was renamed): then the same numbered page, or else the last page before it (a month that
 * lost articles has fewer pages), or else the month's first page. Otherwise that archive page.
 * Undefined when the path is no month page or its archive page is gone too (then it is reported
 * missing). `built` holds the new site's paths; `redirectOf` gives a built redirect page's target,
 * without the base.
 */
export function monthFallback(sitePath: string, built: ReadonlySet<string>, redirectOf: (sitePath: string) => string | undefined): string | undefined {
  const page = monthPageOf(sitePath);
  if (!page || !built.has(page.archive)) return undefined;
  const archive = redirectOf(page.archive) ?? page.archive;
  const made = (p: string) => built.has(p) && !redirectOf(p) && p !== sitePath;
  const first = `${archive}months/${page.month}/`;
  if (!made(first)) return archive;
  for (let n = page.number; n >= 2; n--) if (made(`${first}${n}/`)) return `${first}${n}/`;
  return first;
}

/**
 * The policy of a page the registry step writes: the site's fixed directives (astro.config.ts), no
 * style, and one script, allowed by its hash: the one that keeps the `#…` of the address the page
 * was opened with (src/lib/urls.ts), as an old id's redirect page does. Astro writes every other page's.
 */
const redirectPagePolicy = (script: string) =>
  "default-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
  `script-src 'sha256-${createHash('sha256').update(script).digest('base64')}'; style-src 'none'`;

/**
 * A redirect page the registry step writes for a published address the build no longer makes: `heading` and `text` (HTML) say why.
 * A link to a place on it (`/claims/months/2026-05/#…`) lands on the same place of `to` where script runs.
 */
function redirectPage(title: string, heading: string, text: string, to: string): string {
  const script = fragmentKeeper(to);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="content-security-policy" content="${redirectPagePolicy(script)}">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title} · Crosscheck</title>
    <meta http-equiv="refresh" content="0; url=${escapeAttribute(to)}">
    <meta name="robots" content="noindex">
  </head>
  <body>
    <main>
      <h1>${heading}</h1>
      <p>${text}</p>
    </main>
    <script>${script}</script>
  </body>
</html>
`;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The redirect page a month page the build no longer makes becomes, sending readers to `to` (a
 * site path with the base, from `monthFallback`): a page of the same month (fewer pages now, or
 * the outlet renamed), or the archive's page when nothing is left from that month.
 */
export function emptyMonthPage(sitePath: string, to: string): string {
  const page = monthPageOf(sitePath)!;
  const what = page.archive === '/articles/' ? 'articles' : page.archive === '/claims/' ? 'claims first reported' : page.archive === '/stories/' ? 'stories' : "this outlet's articles";
  const escaped = escapeAttribute(to);
  const name = page.month !== DATE_NOT_KNOWN ? formatMonth(page.month) : page.archive === '/stories/' ? 'stories not dated yet' : 'claims first reported on a date not known';
  const sameMonth = new RegExp(`/months/${page.month}/(?:(\\d+)/)?$`).exec(to);
  if (sameMonth && to.endsWith(`${page.archive}months/${page.month}/${sameMonth[1] ? `${sameMonth[1]}/` : ''}`)) {
    const heading = 'This list has fewer pages now';
    const text = sameMonth[1]
      ? `Page ${page.number} is no longer needed: the list of ${name} ends on <a href="${escaped}">page ${sameMonth[1]}</a>.`
      : `Page ${page.number} is no longer needed: the list of ${name} now fits on <a href="${escaped}">one page</a>.`;
    return redirectPage(heading, heading, text, to);
  }
  if (page.month === DATE_NOT_KNOWN && page.archive === '/stories/') {
    const heading = 'No story left without a date';
    return redirectPage(heading, heading, `Every story has a date or an article now, or <a href="${escaped}">the stories</a> list them all again.`, to);
  }
  if (page.month === DATE_NOT_KNOWN) {
    const heading = 'Nothing left of a date not known';
    return redirectPage(heading, heading, `No claim’s first report is of a date not known any more: <a href="${escaped}">see the claims by month</a>.`, to);
  }
  if (sameMonth) {
    const heading = 'This page has moved';
    return redirectPage(`Moved: ${name}`, heading, `The outlet was renamed: its articles of ${name} are now at <a href="${escaped}">${escaped}</a>.`, to);
  }
  const heading = `Nothing left from ${name}`;
  return redirectPage(heading, heading, `The site no longer lists ${what} of ${name} on a page of their own: <a href="${escaped}">see them all</a>.`, to);
}

/**
 * A letter page's index page, letter and page number (src/lib/name-index.ts: page 1 has no number):
 * `/outlets/letters/t/` → `/outlets/`, `t`, 1; `/entities/letters/cyrillic/3/` → `/entities/`, `cyrillic`, 3.
 */
export function letterPageOf(sitePath: string): { index: string; letter: string; number: number } | undefined {
  const match = new RegExp(`^(/(?:outlets|entities)/)${LETTERS_SEGMENT}/([a-z0-9-]+)/(?:([2-9]|[1-9]\\d+)/)?$`).exec(sitePath);
  return match && isLetter(match[2]!) ? { index: match[1]!, letter: match[2]!, number: match[3] ? Number(match[3]) : 1 } : undefined;
}

/**
 * Where a registered letter page the build no longer makes should send its readers: the letter's
 * last page before it (the letter has fewer names now), or else the index, which lists every
 * record again or links the letters there are. Arguments as for `monthFallback`.
 */
export function letterFallback(sitePath: string, built: ReadonlySet<string>, redirectOf: (sitePath: string) => string | undefined): string | undefined {
  const page = letterPageOf(sitePath);
  if (!page || !built.has(page.index)) return undefined;
  const made = (p: string) => built.has(p) && !redirectOf(p) && p !== sitePath;
  const first = `${page.index}${LETTERS_SEGMENT}/${page.letter}/`;
  for (let n = page.number; n >= 2; n--) if (made(`${first}${n}/`)) return `${first}${n}/`;
  return made(first) ? first : page.index;
}

/** The redirect page a letter page the build no longer makes becomes, sending readers to `to` (a site path with the base, from `letterFallback`). */
export function emptyLetterPage(sitePath: string, to: string): string {
  const page = letterPageOf(sitePath)!;
  const what = page.index === '/outlets/' ? 'outlets' : 'entities';
  const escaped = escapeAttribute(to);
  const name = letterLabel(page.letter);
  const whose = `the ${what} whose names ${letterPhrase(page.letter)}`;
  const target = letterPageOf(to.replace(/^.*?(\/(?:outlets|entities)\/)/, '$1'));
  if (target) {
    const heading = 'This list has fewer pages now';
    const text =
      target.number === 1
        ? `Page ${page.number} is no longer needed: ${whose} now fit on <a href="${escaped}">one page</a>.`
        : `Page ${page.number} is no longer needed: the list of ${whose} ends on <a href="${escaped}">page ${target.number}</a>.`;
    return redirectPage(heading, heading, text, to);
  }
  const heading = `No page for ${name}`;
  return redirectPage(heading, heading, `The site no longer lists ${whose} on a page of their own: <a href="${escaped}">see them all</a>.`, to);
}

/**
 * A sub-page's record page, name and page number: `/stories/x/claims/` → `/stories/x/`, `claims`, 1;
 * `/claims/x/evidence/3/` → `/claims/x/`, `evidence`, 3 (src/lib/pagination.ts: page 1 has no number).
 */
export function subPageOf(sitePath: string): { record: string; name: string; number: number } | undefined {
  const match = /^(\/([a-z]+)\/[^/]+\/)([a-z]+)\/(?:([2-9]|[1-9]\d+)\/)?$/.exec(sitePath);
  return match && SUB_PAGES[match[2]!]?.includes(match[3]!) ? { record: match[1]!, name: match[3]!, number: match[4] ? Number(match[4]) : 1 } : undefined;
}

/**
 * Where a registered sub-page the build no longer makes should send its readers. Its record's page
 * (or, the record renamed, the page it now redirects to) may still have the sub-page: then the
 * same numbered page, or else the last page before it (a list that got shorter has fewer pages),
 * or else its first page. Otherwise the record's page, which lists everything once the record is
 * below the sub-page's limit. Undefined when the path is no sub-page or its record's page is gone
 * too. Arguments as for `monthFallback`.
 */
export function subPageFallback(sitePath: string, built: ReadonlySet<string>, redirectOf: (sitePath: string) => string | undefined): string | undefined {
  const page = subPageOf(sitePath);
  if (!page || !built.has(page.record)) return undefined;
  const record = redirectOf(page.record) ?? page.record;
  const made = (p: string) => built.has(p) && !redirectOf(p) && p !== sitePath;
  const first = `${record}${page.name}/`;
  if (!made(first)) return record;
  for (let n = page.number; n >= 2; n--) if (made(`${first}${n}/`)) return `${first}${n}/`;
  return first;
}

/**
 * The redirect page a sub-page the build no longer makes becomes, sending readers to `to`: a site
 * path without the base, from `subPageFallback`; `base` is the site's.
 */
export function movedSubPage(sitePath: string, to: string, base = '/'): string {
  const page = subPageOf(sitePath)!;
  const target = subPageOf(to);
  const escaped = escapeAttribute(`${base}${to.slice(1)}`);
  if (target && target.record !== page.record) {
    const heading = 'This page has moved';
    return redirectPage(heading, heading, `The record was renamed: this page is now at <a href="${escaped}">${escaped}</a>.`, `${base}${to.slice(1)}`);
  }
  if (target) {
    const heading = 'This list has fewer pages now';
    const text =
      target.number === 1
        ? `Page ${page.number} is no longer needed: the list now fits on <a href="${escaped}">one page</a>.`
        : `Page ${page.number} is no longer needed: the list ends on <a href="${escaped}">page ${target.number}</a>.`;
    return redirectPage(heading, heading, text, `${base}${to.slice(1)}`);
  }
  const heading = 'The whole list is on the main page';
  return redirectPage(heading, heading, `The list this page held is short enough now to be shown in full on <a href="${escaped}">the record's own page</a>.`, `${base}${to.slice(1)}`);
}

/** The base the site is served under, as astro.config.ts reads it, with its slashes: `/`, `/sub/`. */
function siteBase(): string {
  const base = process.env.CROSSCHECK_BASE ?? '/';
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/**
 * What the step says of the registered pages it wrote as redirects: those the previous site did
 * not already redirect are news, listed (" 1 month page the build no longer makes now redirects:
 * /articles/months/2026-05/."); those it did are a standing fact, counted once without their
 * addresses (" 2 month pages the build no longer makes redirect as before."), so that a build
 * does not announce again, for as long as the registry lists it, what an earlier build did.
 */
function redirected(pages: readonly string[], before: ReadonlySet<string>, noun: string, what: string): string {
  const fresh = pages.filter((p) => !before.has(p));
  const old = pages.length - fresh.length;
  const verb = (n: number) => (n === 1 ? 'redirects' : 'redirect');
  return (
    (fresh.length > 0 ? ` ${counted(fresh.length, noun)} ${what} now ${verb(fresh.length)}: ${fresh.join(' ')}.` : '') +
    (old > 0 ? ` ${counted(old, noun)} ${what} ${fresh.length > 0 ? 'also ' : ''}${verb(old)} as before.` : '')
  );
}

export const urlRegistryStep: PostBuildStep = {
  name: 'Published URLs',
  run({ root, outDir, finalDir, contentDir }) {
    const file = registryPath(root, contentDir);
    const shown = (p: string) => path.relative(root, p).split(path.sep).join('/') || p;
    if (!existsSync(file)) {
      return `Published URLs: not checked, there is no ${shown(file)} (run \`npm run urls\` to create it).`;
    }
    // Addresses removed on purpose need not exist (the checks keep other records off them).
    const entries = registryEntries(readFileSync(file, 'utf8')).filter((e) => !e.removed);
    const built = publishedPaths(outDir);
    const diff = diffRegistry(
      entries.map((e) => e.path),
      built,
    );
    const { added } = diff;
    let { missing } = diff;
    // Month pages with nothing left redirect, even when removals are let through (`npm run urls --
    // --build`): otherwise recording one intended removal would drop every such redirect with it.
    const kept: string[] = [];
    const keptSubPages: string[] = [];
    const keptLetters: string[] = [];
    const before = new Set<string>();
    if (missing.length > 0) {
      const base = siteBase();
      const have = new Set(built);
      const redirectOf = (p: string) => {
        const page = path.join(outDir, p.slice(1), 'index.html');
        const target = existsSync(page) ? redirectTarget(readFileSync(page, 'utf8')) : undefined;
        return target?.startsWith(base) ? `/${target.slice(base.length)}` : target;
      };
      // What the previous site (still in finalDir) already redirected is no news: it is counted, not listed again.
      const redirectedBefore = (p: string) => {
        const page = path.join(finalDir, p.slice(1), 'index.html');
        return existsSync(page) && redirectTarget(readFileSync(page, 'utf8')) !== undefined;
      };
      for (const p of missing) {
        if (redirectedBefore(p)) before.add(p);
        const toMonth = monthFallback(p, have, redirectOf);
        const toLetter = toMonth ? undefined : letterFallback(p, have, redirectOf);
        const to = toMonth ?? toLetter ?? subPageFallback(p, have, redirectOf);
        if (!to) continue;
        mkdirSync(path.join(outDir, p.slice(1)), { recursive: true });
        const html = toMonth ? emptyMonthPage(p, `${base}${to.slice(1)}`) : toLetter ? emptyLetterPage(p, `${base}${to.slice(1)}`) : movedSubPage(p, to, base);
        writeFileSync(path.join(outDir, p.slice(1), 'index.html'), html);
        (toMonth ? kept : toLetter ? keptLetters : keptSubPages).push(p);
      }
      const handled = new Set([...kept, ...keptLetters, ...keptSubPages]);
      missing = missing.filter((p) => !handled.has(p));
    }
    const news =
      (added.length > 0 ? ` ${counted(added.length, 'new URL')} ${added.length === 1 ? 'is' : 'are'} not registered yet (\`npm run urls\` records ${added.length === 1 ? 'it' : 'them'}).` : '') +
      redirected(kept, before, 'month page', 'the build no longer makes') +
      redirected(keptLetters, before, 'letter page', 'the build no longer makes') +
      redirected(keptSubPages, before, 'page', 'of a story, claim or entity that the build no longer makes there');
    if (missing.length > 0) {
      if (process.env.CROSSCHECK_ALLOW_REMOVED_URLS === '1') {
        return `Published URLs: ${counted(missing.length, 'registered URL')} removed on purpose (CROSSCHECK_ALLOW_REMOVED_URLS=1): ${missing.join(' ')}`;
      }
      const gone = new Set(missing);
      const content = path.resolve(root, contentDir);
      const fileOf = (collection: string, id: string) => {
        const base = path.join(content, collection, id);
        const ext = ['.md', '.yaml', '.yml'].find((e) => existsSync(base + e)) ?? (collection === 'outlets' || collection === 'entities' ? '.yaml' : '.md');
        return shown(base + ext);
      };
      const site: NewSite = { added, redirects: redirectsAmong(outDir, added), fileOf };
      throw new Error(missingUrlsMessage(entries.filter((e) => gone.has(e.path)), shown(file), site));
    }
    return `Published URLs: all ${entries.length} in ${shown(file)} still resolve.${news}`;
  },
};
