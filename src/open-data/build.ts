/**
 * Builds the open-data export from the site index: the same numbers the pages show, as one JSON
 * document shaped by src/open-data/schema.ts. Pure: plain data in and out.
 *
 * Order is fixed so that the same corpus gives the same bytes: stories, claims, articles,
 * outlets and entities by id; mentions by article slug, then place in the article;
 * contradictions as the analysis lists them (implied first, then declared, by claim ids).
 */
import type { StanceGroup } from '../lib/corroboration.ts';
import { isoInOffset } from '../lib/dates.ts';
import { articlePath, claimPath, entityPath, outletPath, storyPath } from '../lib/ids.ts';
import type { IndependenceCount } from '../lib/independence.ts';
import { isoDayOf } from '../lib/labels.ts';
import { compareText } from '../lib/order.ts';
import type { SiteIndex } from '../lib/site-index.ts';
import { absolute } from '../lib/structured-data.ts';
import { textFragmentUrl } from '../lib/text-fragment.ts';
import { normalisedUrl } from '../lib/urls.ts';
import { OPEN_DATA_VERSION, type OpenData } from './schema.ts';

/** What reusers may do with the export. */
export const OPEN_DATA_LICENCE =
  "Crosscheck's analysis (statements, summaries, statuses, counts) may be reused with attribution to Crosscheck and a link to the claim or story page. " +
  "Quoted passages (mentions[].text) are the outlets' words, quoted as evidence: they stay the outlets' work, and reusing them is subject to their terms.";

const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => compareText(key(a), key(b));
/** ISO 8601, in the offset the record wrote the date in (src/lib/dates.ts), else UTC. */
const iso = (date: Date | undefined, offset: number | undefined) => (date ? isoInOffset(date, offset) : null);
/** The day, in the offset the record wrote the date in (src/lib/dates.ts), else in UTC. */
const day = (date: Date | undefined, offset: number | undefined) => (date ? isoDayOf(date, offset) : null);
const count = (c: IndependenceCount) => ({ sources: c.sources, articles: c.articles, unidentified: c.unidentified });
const group = (g: StanceGroup) => count(g.count);
/** A record's old ids: its aliases without its own id (listed first by a record renamed back to its first id). */
const oldIds = (id: string, aliases: readonly string[]) => aliases.filter((a) => a !== id);

/** The export for a site whose root (origin and base, ending in `/`) is `root`. */
export function buildOpenData(index: SiteIndex, root: string, schemaUrl: string): OpenData {
  const { corpus } = index.lookup;
  const at = (path: string) => absolute(root, path);

  const stories = [...index.stories.values()].sort(byKey((v) => v.story.id)).map((view) => ({
    id: view.story.id,
    title: view.story.title,
    summary: view.story.summary,
    date: day(view.story.date, view.story.dateOffset),
    entities: [...view.story.entities],
    articles: view.articles.map((a) => a.slug),
    claims: view.claims.map((c) => c.id),
    aliases: oldIds(view.story.id, view.story.aliases),
    url: at(storyPath(view.story.id)),
  }));

  const claims = [...index.claims.values()].sort(byKey((v) => v.claim.id)).map((view) => {
    const { claim, corroboration: c } = view;
    return {
      id: claim.id,
      statement: claim.statement,
      story: claim.story,
      kind: claim.kind,
      speaker: claim.speaker ?? null,
      entities: [...claim.entities],
      status: { status: view.status.status, label: view.status.label, sentence: view.status.sentence },
      verdict: claim.verdict ? { rating: claim.verdict.rating, summary: claim.verdict.summary, date: day(claim.verdict.date, claim.verdict.dateOffset) } : null,
      coverage: {
        all: group(c.all),
        supports: group(c.supports),
        asserts: group(c.asserts),
        qualifies: group(c.qualifies),
        disputes: group(c.disputes),
        quotesOnly: group(c.quotesOnly),
      },
      firstReported: view.firstReported
        ? {
            date: isoInOffset(view.firstReported.date.date, view.firstReported.date.offset),
            basis: view.firstReported.date.basis,
            // With no dated article that may have been first, the undated ones, any of which may have been.
            articles: [...(view.firstReported.articles.length > 0 ? view.firstReported.articles : view.firstReported.undated)],
          }
        : null,
      contradicts: view.contradicts.map((x) => x.id).sort(compareText),
      related: view.related.map((x) => x.id).sort(compareText),
      aliases: oldIds(claim.id, claim.aliases),
      url: at(claimPath(claim.id)),
    };
  });

  const articles = [...index.articles.values()].sort(byKey((v) => v.article.slug)).map((view) => {
    const { article, source } = view;
    return {
      slug: article.slug,
      headline: article.headline,
      outlet: article.outlet,
      story: article.story,
      kind: article.kind,
      summary: article.summary,
      byline: article.byline ?? null,
      language: article.language,
      published: iso(article.published, article.publishedOffset),
      added: isoInOffset(article.added, article.addedOffset),
      via: article.via ?? null,
      source: { key: source.source.key, name: source.source.name, kind: source.source.kind },
      entities: [...article.entities],
      aliases: oldIds(article.slug, article.aliases),
      originalUrl: article.url ? normalisedUrl(article.url) : null,
      url: at(articlePath(article.slug)),
    };
  });

  const mentions = [...index.evidence.byArticle.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .flatMap(([, evidence]) =>
      evidence
        .filter((e) => index.lookup.claims.has(e.claim))
        .map((e) => ({
          claim: e.claim,
          article: e.article.slug,
          outlet: e.article.outlet,
          source: e.source.key,
          stance: e.stance,
          text: e.mention.text,
          quoted: e.mention.quoted,
          position: e.position,
          anchor: e.mention.anchor,
          url: `${at(articlePath(e.article.slug))}#${e.mention.anchor}`,
          originalUrl: e.article.url ? textFragmentUrl(e.article.url, e.mention.text, e.mention.context) : null,
        })),
    );

  const contradictions = index.contradictions.map((c) => ({
    key: c.key,
    kind: c.kind,
    claims: [...c.claims],
    declaredBy: [...c.declaredBy],
    active: c.active,
    sides: c.sides.map((side) => ({
      claim: side.claim,
      position: side.position,
      articles: [...new Set(side.evidence.map((e) => e.article.slug))],
      count: count(side.count),
    })),
  }));

  const outlets = [...corpus.outlets].sort(byKey((o) => o.id)).map((o) => ({
    id: o.id,
    name: o.name,
    unidentified: o.unidentified,
    url: o.url ? normalisedUrl(o.url) : null,
    owner: o.owner ?? null,
    country: o.country ?? null,
    description: o.description ?? null,
    aliases: oldIds(o.id, o.aliases),
    pageUrl: at(outletPath(o.id)),
  }));

  const entities = [...corpus.entities].sort(byKey((e) => e.id)).map((e) => ({
    id: e.id,
    name: e.name,
    kind: e.kind,
    description: e.description ?? null,
    names: [...e.names],
    url: e.url ? normalisedUrl(e.url) : null,
    aliases: oldIds(e.id, e.aliases),
    pageUrl: at(entityPath(e.id)),
  }));

  const newest = Math.max(...corpus.articles.map((a) => a.added.getTime()));
  return {
    $schema: schemaUrl,
    version: OPEN_DATA_VERSION,
    site: root,
    licence: OPEN_DATA_LICENCE,
    updated: Number.isFinite(newest) ? new Date(newest).toISOString() : null,
    counts: {
      stories: stories.length,
      articles: articles.length,
      claims: claims.length,
      mentions: mentions.length,
      outlets: outlets.length,
      entities: entities.length,
      contradictions: contradictions.length,
    },
    stories,
    claims,
    articles,
    mentions,
    contradictions,
    outlets,
    entities,
  };
}
