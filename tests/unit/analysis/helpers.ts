/**
 * A tiny corpus builder for the analysis tests: write only what a case is about; everything
 * else gets a plain default. Outlets and claims that articles refer to but the case does not
 * list are made up on the spot (a plain outlet, a plain `fact` claim), and every article and
 * claim belongs to story `s` unless told otherwise.
 */
import type { Article, Claim, Corpus, Entity, Outlet, Story } from '../../../src/lib/corpus.ts';
import { writtenOffset } from '../../../src/lib/dates.ts';
import { collectEvidence } from '../../../src/lib/evidence.ts';
import {
  asArticleSlug,
  asClaimId,
  asEntityId,
  asOutletId,
  asStoryId,
  type ArticleSlug,
  type ClaimId,
} from '../../../src/lib/ids.ts';
import { resolveSources } from '../../../src/lib/independence.ts';
import { indexCorpus } from '../../../src/lib/lookup.ts';
import type { Mention, Stance } from '../../../src/lib/mentions.ts';

const point = { line: 1, column: 1, offset: 0 };

/** A mention of `claim`; its text defaults to the claim id, and it is not presented as a quotation. */
export function m(claim: string, stance: Stance = 'asserts', text: string = claim, quoted = false): Mention {
  return { claim: asClaimId(claim), stance, text, quoted, anchor: `m-${claim}-${stance}`, start: point, end: point };
}

/** A quoted mention: presented between quotation marks. */
export function q(claim: string, text: string, stance: Stance = 'quotes'): Mention {
  return m(claim, stance, text, true);
}

/** An outlet. */
export function outlet(id: string, extra: Partial<Omit<Outlet, 'id'>> = {}): Outlet {
  return { id: asOutletId(id), name: extra.name ?? id.toUpperCase(), unidentified: false, aliases: [], ...extra };
}

/** Extra article fields, with dates as written in a record (`YYYY-MM-DD`, or with a time and offset). */
export interface ArticleExtra {
  published?: string;
  added?: string;
  via?: string;
  story?: string;
  entities?: string[];
}

/** An article of `outletId` with these mentions (added 2026-06-10 unless told otherwise). */
export function article(slug: string, outletId: string, mentions: Mention[] = [], extra: ArticleExtra = {}): Article {
  return {
    slug: asArticleSlug(slug),
    headline: `Headline of ${slug}`,
    outlet: asOutletId(outletId),
    published: extra.published === undefined ? undefined : new Date(extra.published),
    // As the loaders record it: the offset the date is written in (src/lib/written-dates.ts).
    publishedOffset: extra.published === undefined ? undefined : writtenOffset(extra.published),
    language: 'en',
    story: asStoryId(extra.story ?? 's'),
    summary: `Summary of ${slug}.`,
    kind: 'report',
    added: new Date(extra.added ?? '2026-06-10'),
    addedOffset: writtenOffset(extra.added ?? '2026-06-10'),
    via: extra.via === undefined ? undefined : asArticleSlug(extra.via),
    entities: (extra.entities ?? []).map(asEntityId),
    aliases: [],
    mentions,
  };
}

/** Extra claim fields, with ids as plain strings. */
export interface ClaimExtra extends Partial<
  Omit<Claim, 'id' | 'story' | 'speaker' | 'entities' | 'contradicts' | 'related'>
> {
  story?: string;
  speaker?: string;
  entities?: string[];
  contradicts?: string[];
  related?: string[];
}

/** A claim (a `fact` of story `s` unless told otherwise). */
export function claim(id: string, extra: ClaimExtra = {}): Claim {
  const { story, speaker, entities, contradicts, related, ...rest } = extra;
  return {
    id: asClaimId(id),
    statement: `Statement ${id}.`,
    story: asStoryId(story ?? 's'),
    kind: 'fact',
    speaker: speaker === undefined ? undefined : asEntityId(speaker),
    entities: (entities ?? []).map(asEntityId),
    contradicts: (contradicts ?? []).map(asClaimId),
    related: (related ?? []).map(asClaimId),
    aliases: [],
    ...rest,
  };
}

/** An entity (a person unless told otherwise). */
export function entity(id: string, extra: Partial<Omit<Entity, 'id'>> = {}): Entity {
  return { id: asEntityId(id), name: id.toUpperCase(), kind: 'person', names: [], aliases: [], ...extra };
}

/** A story. */
export function story(id: string, extra: Partial<Omit<Story, 'id'>> = {}): Story {
  return { id: asStoryId(id), title: `Story ${id}`, summary: `About ${id}.`, entities: [], aliases: [], ...extra };
}

/** A corpus from the parts a case names, filling in referenced outlets, claims and stories. */
export function corpus(parts: Partial<Corpus> = {}): Corpus {
  const outlets = [...(parts.outlets ?? [])];
  const claims = [...(parts.claims ?? [])];
  const stories = [...(parts.stories ?? [])];
  const articles = parts.articles ?? [];
  for (const a of articles) {
    if (!outlets.some((o) => o.id === a.outlet)) outlets.push(outlet(a.outlet));
    for (const mention of a.mentions)
      if (!claims.some((c) => c.id === mention.claim)) claims.push(claim(mention.claim));
  }
  for (const id of new Set([...articles.map((a) => a.story), ...claims.map((c) => c.story)])) {
    if (!stories.some((s) => s.id === id)) stories.push(story(id));
  }
  return { outlets, entities: parts.entities ?? [], stories, articles, claims };
}

/** The shared first steps of the analysis: lookup, sources and evidence. */
export function prepare(c: Corpus) {
  const lookup = indexCorpus(c);
  const sources = resolveSources(lookup);
  const evidence = collectEvidence(lookup, sources);
  return { lookup, sources, evidence };
}

/** The evidence of one claim in a corpus. */
export function evidenceOf(c: Corpus, id: string) {
  return prepare(c).evidence.byClaim.get(asClaimId(id)) ?? [];
}

/** Brands strings as claim ids / article slugs, for expectations. */
export const ids = (...values: string[]): ClaimId[] => values.map(asClaimId);
export const slugs = (...values: string[]): ArticleSlug[] => values.map(asArticleSlug);
