/**
 * The content model: the five collections an editor writes in `content/`, and their schemas.
 * docs/authoring.md explains every field with examples; the content checks (src/check) read the
 * same schemas, so what is written here is exactly what an editor is held to.
 *
 * References between collections use `reference()`, so a mistyped id is an error, reported by
 * our checks with the nearest existing ids.
 */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { ID_RULE, MAX_ID_LENGTH } from './lib/ids.ts';
import { languageTagProblem } from './lib/language-tag.ts';
import { isLocalHost, normalisedUrl } from './lib/urls.ts';
import { checkedGlob } from './loaders/checked-glob.ts';

/**
 * Ids are file names: lowercase words joined by hyphens (`pause-is-unilateral`), no longer than
 * a file name and a URL can carry (src/lib/ids.ts). Aliases are held to the same rule, because
 * each becomes a folder of the built site.
 */
const idSchema = z.string().regex(ID_RULE, `lowercase words joined by hyphens, at most ${MAX_ID_LENGTH} characters, as in pause-is-unilateral`);

/**
 * The most characters a value written on one line may hold: several times the longest a real
 * one needs (the seeds' longest headline has 105, statement 182, summary 430), and no more than a
 * page can show whole. Each is shown wherever its record is listed, in page titles and link
 * previews: a 200,000-character headline went into every one of them.
 */
export const MAX_LENGTH = {
  /** A headline, title, name or byline. */
  name: 500,
  /** A claim's statement: one sentence. */
  sentence: 1000,
  /** A summary or description: one to three sentences. */
  summary: 2000,
  /** A web address (the sitemap protocol's limit, and many tools'). */
  url: 2048,
  /** A language tag (RFC 5646 asks programs to take at least 35 characters). */
  language: 35,
  /** A file name (the most most file systems allow). */
  fileName: 255,
} as const;

/** Text on one line, not empty, at most `max` characters. */
const text = (max: number) => z.string().min(1).max(max);

/** The form of a language tag: a language of two or three letters, then subtags (`en`, `pt-BR`, `zh-Hant-TW`). */
const LANGUAGE_TAG_FORM = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * A web address: only `http:` and `https:` are accepted, so no link can run script, and no user
 * name before `@`, so no address can pass for another site's. Converted
 * to the form the URL parser writes (`"` → `%22`, `<` → `%3C`, …), so it is valid wherever
 * it lands: an `href`, a feed, the open-data export.
 */
export const httpUrlSchema = z
  .url({ protocol: /^https?$/, error: 'an http:// or https:// address' })
  .max(MAX_LENGTH.url)
  // `https://www.example.org@evil.example/` leads to evil.example: no user name or password before `@`.
  .refine((url) => !URL.canParse(url) || (new URL(url).username === '' && new URL(url).password === ''), {
    error: 'an address without a user name before @',
    params: { reason: 'url-credentials' },
  })
  // `http://localhost:4321/…`, `http://192.168.1.20/…`: a page on the editor's machine or network, which no reader can open.
  .refine((url) => !URL.canParse(url) || !isLocalHost(new URL(url).hostname), {
    error: 'a public address, not one on this machine or network',
    params: { reason: 'url-local' },
  })
  .transform(normalisedUrl);

/**
 * A date as YAML writes it (`2026-06-04`, or with a time and offset). Converted to a `Date`;
 * a value that does not parse as a calendar date is an error, never a guess. The `Date` is the
 * instant: every date keeps the offset it was written in beside it (an article's
 * `publishedOffset` and `addedOffset`, a story's `dateOffset`, a verdict's `dateOffset`:
 * src/lib/written-dates.ts, which also refuses an offset no clock uses), so pages show the day
 * as the record gives it.
 */
export const dateSchema = z.coerce.date({ error: 'a date written as YYYY-MM-DD (a time and offset may follow)' });

/** Ids a page was published under before; each old URL redirects to the current one. */
export const aliasesSchema = z.array(idSchema).default([]);

/** What an article is, as a reader should weigh it. */
export const articleKindSchema = z.enum(['report', 'analysis', 'opinion', 'aggregate', 'press-release']);

/** What kind of statement a claim is. */
export const claimKindSchema = z.enum(['fact', 'figure', 'quote', 'attribution', 'prediction']);

/** An analyst's rating of a claim, shown beside the status the analysis derives. */
export const verdictSchema = z.object({
  /** The rating, from `accurate` to `inaccurate`; `unverifiable` when evidence cannot settle it. */
  rating: z.enum(['accurate', 'mostly-accurate', 'mixed', 'misleading', 'inaccurate', 'unverifiable']),
  /** One or two sentences on why, in our words. Shown under the rating. */
  summary: text(MAX_LENGTH.summary),
  /** When the verdict was reached (optional). */
  date: dateSchema.optional(),
});

/** The kinds of thing an entity can be. */
export const entityKindSchema = z.enum(['person', 'organisation', 'product', 'place', 'event', 'document', 'other']);

/** A publisher (`content/outlets/<id>.yaml`). */
export const outletSchema = z.object({
  /** The outlet's name as readers know it. For an unidentified source, a description such as "Unidentified news site". */
  name: text(MAX_LENGTH.name),
  /**
   * True when the source of an article is not known (a text passed around without its
   * masthead). Articles from it are shown as "source unidentified" and counted as one
   * source each, never merged with another outlet. Default: false.
   */
  unidentified: z.boolean().default(false),
  /** The outlet's home page (optional, http/https). */
  url: httpUrlSchema.optional(),
  /**
   * The owner or group the outlet belongs to (optional). Outlets with the same owner count as
   * one source when the analysis weighs independent corroboration.
   */
  owner: text(MAX_LENGTH.name).optional(),
  /** Country or region of the newsroom (optional), as a reader would name it. */
  country: text(MAX_LENGTH.name).optional(),
  /** One sentence in our words on what the outlet is (optional). */
  description: text(MAX_LENGTH.summary).optional(),
  /** Ids this outlet was published under before (old URLs redirect): its page is a published URL too. */
  aliases: aliasesSchema,
});

/** A person, organisation, product or place the coverage is about (`content/entities/<id>.yaml`). */
export const entitySchema = z.object({
  /** The name shown on pages. */
  name: text(MAX_LENGTH.name),
  /** What it is: person, organisation, product, place, event, document or other. */
  kind: entityKindSchema,
  /** One sentence in our words (optional). */
  description: text(MAX_LENGTH.summary).optional(),
  /** Other names the coverage uses for it, such as "the Pentagon" (optional). */
  names: z.array(text(MAX_LENGTH.name)).default([]),
  /** An authoritative page about it (optional, http/https). */
  url: httpUrlSchema.optional(),
  /** Ids this entity was published under before (old URLs redirect): its page is a published URL too. */
  aliases: aliasesSchema,
});

/** A story: a group of articles about one event (`content/stories/<id>.md`, body: background in our words). */
export const storySchema = z.object({
  /** The story's title, in our words. */
  title: text(MAX_LENGTH.name),
  /** One or two sentences on what happened, in our words; shown on the home page and in previews. */
  summary: text(MAX_LENGTH.summary),
  /** When the event happened, if known (optional; never invented). */
  date: dateSchema.optional(),
  /** The people, organisations and things the story is about (optional). */
  entities: z.array(reference('entities')).default([]),
  /** Ids this story was published under before (old URLs redirect). */
  aliases: aliasesSchema,
});

/** A news article under analysis (`content/articles/<slug>.md`, body: our record of it with its claim mentions). */
export const articleSchema = z.object({
  /** The article's headline as published, or our description of it in [brackets] when it had none. */
  headline: text(MAX_LENGTH.name),
  /** Who published it: an outlet id. Use an outlet marked `unidentified: true` when the source is unknown. */
  outlet: reference('outlets'),
  /** Where the original can be read (optional: http/https only). Mentions link to their passage in it. */
  url: httpUrlSchema.optional(),
  /** When it was published (optional). Record only what is known; never invent a date. */
  published: dateSchema.optional(),
  /** Who wrote it, as credited (optional; omit when not credited). */
  byline: text(MAX_LENGTH.name).optional(),
  /** The language of the original, as a BCP 47 tag (default: `en`). */
  language: z
    .string()
    .regex(LANGUAGE_TAG_FORM, 'a language tag such as en or en-GB')
    .max(MAX_LENGTH.language)
    // `xx`, `en-UK`, `iw`: written like a tag, but no language of the registry (src/lib/language-tag.ts).
    .refine((tag) => !LANGUAGE_TAG_FORM.test(tag) || tag.length > MAX_LENGTH.language || languageTagProblem(tag) === undefined, {
      error: 'a language of the IANA registry',
      params: { reason: 'language-unknown' },
    })
    .default('en'),
  /** The story it belongs to: a story id. */
  story: reference('stories'),
  /** What the article says, in our own words, in one to three sentences. Never copied from the article. */
  summary: text(MAX_LENGTH.summary),
  /** What kind of piece it is: report, analysis, opinion, aggregate or press-release. */
  kind: articleKindSchema,
  /** When it entered our corpus. Feeds and "latest articles" order by it. */
  added: dateSchema,
  /**
   * The article it was syndicated or rewritten from (optional: an article slug). The two count
   * as one source in corroboration.
   */
  via: reference('articles').optional(),
  /** The people, organisations and things it is about, beyond those its claims name (optional). */
  entities: z.array(reference('entities')).default([]),
  /** Slugs this article was published under before (old URLs redirect). */
  aliases: aliasesSchema,
  /**
   * The file name of the article's full source text in the git-ignored `archive/` folder
   * (optional; `npm run new` fills it). When the file is there, the checks confirm that every
   * mention's span occurs in it. Never published.
   */
  archive: z
    .string()
    .regex(/^[\w-][\w.-]*$/, 'a file name inside archive/, as in 004_439682a074541e48.txt')
    .max(MAX_LENGTH.fileName)
    .optional(),
});

/** A claim: one checkable statement the coverage makes (`content/claims/<id>.md`, body: analyst's notes). */
export const claimSchema = z.object({
  /** The claim as one declarative sentence, in our words. Headlines the claim page. */
  statement: text(MAX_LENGTH.sentence),
  /** The story it belongs to: a story id. */
  story: reference('stories'),
  /** What kind of statement: fact, figure, quote, attribution or prediction. */
  kind: claimKindSchema,
  /** For a quote or attribution: who said it (an entity id). Shown as "said by". */
  speaker: reference('entities').optional(),
  /** The people, organisations and things the claim is about (optional). */
  entities: z.array(reference('entities')).default([]),
  /** An analyst's rating (optional); shown beside the derived status, never instead of it. */
  verdict: verdictSchema.optional(),
  /** Claims that cannot both be true with this one (claim ids). Shown on both claims' pages. */
  contradicts: z.array(reference('claims')).default([]),
  /** Claims worth reading alongside this one (claim ids). */
  related: z.array(reference('claims')).default([]),
  /** Ids this claim was published under before (old URLs redirect). */
  aliases: aliasesSchema,
});

export const collections = {
  outlets: defineCollection({ loader: checkedGlob('outlets'), schema: outletSchema }),
  entities: defineCollection({ loader: checkedGlob('entities'), schema: entitySchema }),
  stories: defineCollection({ loader: checkedGlob('stories'), schema: storySchema }),
  articles: defineCollection({ loader: checkedGlob('articles'), schema: articleSchema }),
  claims: defineCollection({ loader: checkedGlob('claims'), schema: claimSchema }),
};
