/**
 * Identifiers, each a branded string so one kind never passes for another: a claim id is not an
 * article slug even though both are spelled the same way.
 *
 * Rule for every id: lowercase ASCII letters and digits in words joined by single hyphens, as in
 * `pause-is-unilateral`. Ids come from file names (`content/claims/pause-is-unilateral.md`) and
 * become URLs (`/claims/pause-is-unilateral/`), so the rule keeps both readable and stable.
 */

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A claim's id: the file name of `content/claims/<id>.md`. */
export type ClaimId = Brand<string, 'ClaimId'>;
/** An article's slug: the file name of `content/articles/<slug>.md`. */
export type ArticleSlug = Brand<string, 'ArticleSlug'>;
/** A story's id: the file name of `content/stories/<id>.md`. */
export type StoryId = Brand<string, 'StoryId'>;
/** An outlet's id: the file name of `content/outlets/<id>.yaml`. */
export type OutletId = Brand<string, 'OutletId'>;
/** An entity's id: the file name of `content/entities/<id>.yaml`. */
export type EntityId = Brand<string, 'EntityId'>;
/** A site-relative URL path that starts and ends with `/`, as in `/claims/x/`. */
export type SitePath = Brand<string, 'SitePath'>;

/** The shape every id has: `words-joined-by-hyphens`, lowercase ASCII letters and digits. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest id. An id becomes a file name (`<id>.md`, the preview `<id>.png`) and a folder of
 * the built site (`claims/<id>/`, an alias's too), and file systems refuse names over 255 bytes:
 * a longer id would be accepted and then fail the build with ENAMETOOLONG, or not be mentionable.
 * 120 leaves room, and keeps addresses readable.
 */
export const MAX_ID_LENGTH = 120;

/** {@link ID_PATTERN} and the length limit together: the whole rule for an id. */
export const ID_RULE = new RegExp(`^(?=.{1,${MAX_ID_LENGTH}}$)${ID_PATTERN.source.slice(1)}`);

/** Whether `value` is spelled as an id may be. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_RULE.test(value);
}

export const isClaimId = (value: unknown): value is ClaimId => isId(value);
export const isArticleSlug = (value: unknown): value is ArticleSlug => isId(value);
export const isStoryId = (value: unknown): value is StoryId => isId(value);
export const isOutletId = (value: unknown): value is OutletId => isId(value);
export const isEntityId = (value: unknown): value is EntityId => isId(value);

/** Brands a string already known to be an id (it came from a validated entry). */
export const asClaimId = (value: string) => value as ClaimId;
export const asArticleSlug = (value: string) => value as ArticleSlug;
export const asStoryId = (value: string) => value as StoryId;
export const asOutletId = (value: string) => value as OutletId;
export const asEntityId = (value: string) => value as EntityId;

/** Joins a base (`/` or `/sub/`) and path segments into a site path ending in `/`. */
export function sitePath(base: string, ...segments: string[]): SitePath {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = segments.map((s) => encodeURIComponent(s)).join('/');
  return (rest ? `${root}${rest}/` : root) as SitePath;
}

export const claimPath = (id: ClaimId | string, base = '/') => sitePath(base, 'claims', id);
export const articlePath = (slug: ArticleSlug | string, base = '/') => sitePath(base, 'articles', slug);
export const storyPath = (id: StoryId | string, base = '/') => sitePath(base, 'stories', id);
export const outletPath = (id: OutletId | string, base = '/') => sitePath(base, 'outlets', id);
export const entityPath = (id: EntityId | string, base = '/') => sitePath(base, 'entities', id);
