/**
 * The corpus as plain data: what the analysis reads. Pages turn Astro's collection entries into
 * these shapes once (src/data/site.ts); tests build them by hand. Nothing here knows Astro.
 */
import type { ArticleSlug, ClaimId, EntityId, OutletId, StoryId } from './ids.ts';
import type { Mention } from './mentions.ts';

export type ArticleKind = 'report' | 'analysis' | 'opinion' | 'aggregate' | 'press-release';
export type ClaimKind = 'fact' | 'figure' | 'quote' | 'attribution' | 'prediction';
export type VerdictRating = 'accurate' | 'mostly-accurate' | 'mixed' | 'misleading' | 'inaccurate' | 'unverifiable';
export type EntityKind = 'person' | 'organisation' | 'product' | 'place' | 'event' | 'document' | 'other';

export interface Outlet {
  id: OutletId;
  name: string;
  unidentified: boolean;
  url?: string | undefined;
  owner?: string | undefined;
  country?: string | undefined;
  description?: string | undefined;
  aliases: string[];
}

export interface Entity {
  id: EntityId;
  name: string;
  kind: EntityKind;
  description?: string | undefined;
  names: string[];
  url?: string | undefined;
  aliases: string[];
}

export interface Story {
  id: StoryId;
  title: string;
  summary: string;
  date?: Date | undefined;
  /** The offset `date` was written in, as {@link Article.publishedOffset} is for `published`. */
  dateOffset?: number | undefined;
  entities: EntityId[];
  aliases: string[];
}

export interface Article {
  slug: ArticleSlug;
  headline: string;
  outlet: OutletId;
  url?: string | undefined;
  published?: Date | undefined;
  /**
   * The offset `published` was written in, in minutes east of UTC (`-420` for `-07:00`;
   * src/lib/dates.ts), for showing the day and time as the outlet gave them. Undefined for a
   * date in `Z` or without a time. `published` itself is the instant, for every comparison.
   */
  publishedOffset?: number | undefined;
  byline?: string | undefined;
  language: string;
  story: StoryId;
  summary: string;
  kind: ArticleKind;
  added: Date;
  /** The offset `added` was written in, as {@link Article.publishedOffset} is for `published`. */
  addedOffset?: number | undefined;
  via?: ArticleSlug | undefined;
  entities: EntityId[];
  aliases: string[];
  /** File name of the full source text in archive/, when kept (never published). */
  archive?: string | undefined;
  /** The claim mentions in the body, in document order. */
  mentions: Mention[];
}

export interface Verdict {
  rating: VerdictRating;
  summary: string;
  date?: Date | undefined;
  /** The offset `date` was written in, as {@link Article.publishedOffset} is for `published`. */
  dateOffset?: number | undefined;
}

export interface Claim {
  id: ClaimId;
  statement: string;
  story: StoryId;
  kind: ClaimKind;
  speaker?: EntityId | undefined;
  entities: EntityId[];
  verdict?: Verdict | undefined;
  contradicts: ClaimId[];
  related: ClaimId[];
  aliases: string[];
}

export interface Corpus {
  outlets: Outlet[];
  entities: Entity[];
  stories: Story[];
  articles: Article[];
  claims: Claim[];
}
