/**
 * A small corpus builder for the sharing tests (feeds, structured data, open data, history):
 * only what a case is about is written; the rest gets plain defaults. Outlets, claims and
 * stories that articles name but the case does not list are made up on the spot.
 */
import type { Article, Claim, Corpus, Outlet, Story } from '../../../src/lib/corpus.ts';
import { writtenOffset } from '../../../src/lib/dates.ts';
import { asArticleSlug, asClaimId, asEntityId, asOutletId, asStoryId } from '../../../src/lib/ids.ts';
import { mentionAnchor, type Mention, type Stance } from '../../../src/lib/mentions.ts';

const point = { line: 1, column: 1, offset: 0 };

/** A mention of `claim` (its text defaults to words made from the claim id). */
export function mention(claim: string, stance: Stance = 'asserts', text = `words of ${claim}`): Mention {
  return { claim: asClaimId(claim), stance, text, quoted: false, anchor: mentionAnchor(claim, text, new Map()), start: point, end: point };
}

export function outlet(id: string, extra: Partial<Omit<Outlet, 'id'>> = {}): Outlet {
  return { id: asOutletId(id), name: extra.name ?? `Outlet ${id.toUpperCase()}`, unidentified: false, aliases: [], ...extra };
}

export interface ArticleExtra extends Partial<Omit<Article, 'slug' | 'outlet' | 'story' | 'via' | 'added' | 'published' | 'mentions'>> {
  added?: string;
  published?: string;
  via?: string;
  story?: string;
}

/** An article of outlet `outletId` (added 2026-06-10 unless told otherwise, story `s`). */
export function article(slug: string, outletId: string, mentions: Mention[] = [], extra: ArticleExtra = {}): Article {
  const { added, published, via, story, ...rest } = extra;
  return {
    slug: asArticleSlug(slug),
    headline: `Headline of ${slug}`,
    outlet: asOutletId(outletId),
    language: 'en',
    story: asStoryId(story ?? 's'),
    summary: `Summary of ${slug}.`,
    kind: 'report',
    entities: [],
    aliases: [],
    ...rest,
    added: new Date(added ?? '2026-06-10'),
    // As the loaders record them: the offsets the dates are written in (src/lib/written-dates.ts).
    addedOffset: writtenOffset(added ?? '2026-06-10'),
    published: published === undefined ? undefined : new Date(published),
    publishedOffset: published === undefined ? undefined : writtenOffset(published),
    via: via === undefined ? undefined : asArticleSlug(via),
    mentions,
  };
}

export interface ClaimExtra extends Partial<Omit<Claim, 'id' | 'story' | 'speaker' | 'contradicts' | 'related' | 'entities'>> {
  story?: string;
  speaker?: string;
  contradicts?: string[];
  related?: string[];
}

/** A claim (a `fact` of story `s` unless told otherwise). */
export function claim(id: string, extra: ClaimExtra = {}): Claim {
  const { story, speaker, contradicts, related, ...rest } = extra;
  return {
    id: asClaimId(id),
    statement: `Statement ${id}.`,
    kind: 'fact',
    entities: [],
    aliases: [],
    ...rest,
    story: asStoryId(story ?? 's'),
    speaker: speaker === undefined ? undefined : asEntityId(speaker),
    contradicts: (contradicts ?? []).map(asClaimId),
    related: (related ?? []).map(asClaimId),
  };
}

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
    for (const m of a.mentions) if (!claims.some((c) => c.id === m.claim)) claims.push(claim(m.claim));
  }
  for (const id of new Set([...articles.map((a) => a.story), ...claims.map((c) => c.story)])) {
    if (!stories.some((s) => s.id === id)) stories.push(story(id));
  }
  return { outlets, entities: parts.entities ?? [], stories, articles, claims };
}
