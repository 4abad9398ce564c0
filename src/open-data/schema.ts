/**
 * The open-data export's shape, `/data/crosscheck.json`, as one zod schema. The published JSON
 * Schema (`/data/crosscheck.schema.json`, draft 2020-12) is generated from it with
 * `z.toJSONSchema`, the builder's types are inferred from it, and the tests validate the built
 * export against the generated JSON Schema: the three cannot drift apart.
 *
 * Conventions: every field is present (an unknown value is `null`, never a missing key); dates
 * are ISO 8601 strings (an article's in the offset its record gives); `url` fields are absolute
 * addresses on this site (`pageUrl` for outlets and entities, whose `url` is their own site),
 * `originalUrl` fields the outlets' own; lists are sorted by id unless a description says
 * otherwise.
 */
import { z } from 'astro/zod';

/** The export's format version: bumped when a field is removed or changes meaning. */
export const OPEN_DATA_VERSION = 2;

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).describe('An id: lowercase words joined by hyphens.');
const url = z.url().describe('An absolute URL.');
const isoDateTime = z.iso.datetime().describe('A date and time, ISO 8601, UTC.');
const writtenDateTime = z.iso
  .datetime({ offset: true })
  .describe("A date and time, ISO 8601, in the offset the record gives (as at the outlet: 2026-06-04T20:00:00.000-07:00), or UTC (Z) when it gives none or only a day.");
const day = z.iso.date().describe('A calendar day, YYYY-MM-DD: in the offset the record gives with a time (2026-06-04T20:00:00-07:00 is 2026-06-04), else in UTC.');

export const countSchema = z
  .object({
    sources: z.int().nonnegative().describe('Independent sources, after collapsing syndication (`via`) and shared ownership.'),
    articles: z.int().nonnegative().describe('Distinct articles.'),
    unidentified: z.int().nonnegative().describe('How many of the sources are unidentified (unknown publisher).'),
  })
  .describe('A count in independent sources and in articles.');

export const outletSchema = z.object({
  id,
  name: z.string().describe("The outlet's name, or a description of an unidentified source."),
  unidentified: z.boolean().describe('True when the publisher of its articles is not known.'),
  url: url.nullable().describe("The outlet's home page."),
  owner: z.string().nullable().describe('The owner or group; outlets with the same owner count as one source.'),
  country: z.string().nullable().describe('Country or region of the newsroom.'),
  description: z.string().nullable().describe('One sentence in our words.'),
  aliases: z.array(id).describe('Ids it was published under before; their URLs redirect.'),
  pageUrl: url.describe("The outlet's page on this site."),
});

export const entitySchema = z.object({
  id,
  name: z.string().describe('The name shown on pages.'),
  kind: z.enum(['person', 'organisation', 'product', 'place', 'event', 'document', 'other']).describe('What it is.'),
  description: z.string().nullable().describe('One sentence in our words.'),
  names: z.array(z.string()).describe('Other names the coverage uses for it.'),
  url: url.nullable().describe('An authoritative page about it.'),
  aliases: z.array(id).describe('Ids it was published under before; their URLs redirect.'),
  pageUrl: url.describe("The entity's page on this site."),
});

export const storySchema = z.object({
  id,
  title: z.string().describe('In our words.'),
  summary: z.string().describe('In our words.'),
  date: day.nullable().describe('When the event happened, if known.'),
  entities: z.array(id).describe('Entity ids.'),
  articles: z.array(id).describe('Its article slugs, oldest first.'),
  claims: z.array(id).describe('Its claim ids, and those of other claims its articles mention, in coverage-matrix order.'),
  aliases: z.array(id).describe('Ids it was published under before; their URLs redirect.'),
  url: url.describe("The story's page on this site."),
});

export const articleSchema = z.object({
  slug: id,
  headline: z.string().describe('As published, or our description in [brackets] when it had none.'),
  outlet: id.describe('Outlet id.'),
  story: id.describe('Story id.'),
  kind: z.enum(['report', 'analysis', 'opinion', 'aggregate', 'press-release']).describe('What kind of piece it is.'),
  summary: z.string().describe('What the article says, in our words.'),
  byline: z.string().nullable().describe('Who wrote it, as credited.'),
  language: z.string().describe('BCP 47 language tag of the original.'),
  published: writtenDateTime.nullable().describe('When the outlet published it, if known (never guessed).'),
  added: writtenDateTime.describe('When it entered the corpus.'),
  via: id.nullable().describe('The article it was syndicated or rewritten from (an article slug).'),
  source: z
    .object({
      key: z.string().describe('Equal keys are the same independent source.'),
      name: z.string().describe('The source as readers see it: the owner or the outlet.'),
      kind: z.enum(['owner', 'outlet', 'unidentified']).describe('An owner of several outlets, one outlet, or an unidentified text.'),
    })
    .describe('The independent source the article counts as.'),
  entities: z.array(id).describe('Entity ids of what it is about, beyond its claims.'),
  aliases: z.array(id).describe('Slugs it was published under before; their URLs redirect.'),
  originalUrl: url.nullable().describe('Where the original can be read (http or https).'),
  url: url.describe('Our record of the article on this site.'),
});

export const stanceSchema = z
  .enum(['asserts', 'disputes', 'quotes', 'qualifies'])
  .describe('asserts: states it as fact; disputes: says it is wrong; quotes: reports someone saying it; qualifies: states it with a caveat.');

export const claimStatusSchema = z
  .enum(['contested', 'corroborated', 'single-source', 'disputed', 'reported-only', 'unmentioned'])
  .describe('The status derived from the coverage (see the documentation for the rules).');

export const claimSchema = z.object({
  id,
  statement: z.string().describe('The claim as one declarative sentence, in our words.'),
  story: id.describe('Story id.'),
  kind: z.enum(['fact', 'figure', 'quote', 'attribution', 'prediction']).describe('What kind of statement it is.'),
  speaker: id.nullable().describe('For a quote or attribution: who said it (entity id).'),
  entities: z.array(id).describe('Entity ids of what it is about.'),
  status: z.object({
    status: claimStatusSchema,
    label: z.string().describe('The status as the site shows it.'),
    sentence: z.string().describe('One sentence explaining the status with its numbers.'),
  }).describe('The status derived from the coverage.'),
  verdict: z
    .object({
      rating: z.enum(['accurate', 'mostly-accurate', 'mixed', 'misleading', 'inaccurate', 'unverifiable']).describe('The rating.'),
      summary: z.string().describe('Why, in our words.'),
      date: day.nullable().describe('When the verdict was reached, if recorded.'),
    })
    .nullable()
    .describe("An editor's rating, when there is one; separate from the derived status."),
  coverage: z
    .object({
      all: countSchema.describe('Every mention, whatever the stance.'),
      supports: countSchema.describe('Mentions holding it true: asserts or qualifies.'),
      asserts: countSchema,
      qualifies: countSchema,
      disputes: countSchema,
      quotesOnly: countSchema.describe('Sources whose every mention only quotes it.'),
    })
    .describe('How much coverage it has, by stance.'),
  firstReported: z
    .object({
      date: writtenDateTime.describe('The date of the earliest coverage.'),
      basis: z.enum(['published', 'added']).describe('published: a publication date; added: only when the article was added (an upper bound).'),
      articles: z
        .array(id)
        .describe('The articles that may have been first, by slug: none of them certainly preceded by another (a date given without a time is any moment of its day). With basis added, no dated article may have been first: the articles with no publication date, any of which may have been, the date being when the first of them was added.'),
    })
    .nullable()
    .describe('The earliest coverage: its date, whether that is a publication date or only when it was added, and the articles of that date.'),
  contradicts: z.array(id).describe('Claims declared to contradict it, in either direction.'),
  related: z.array(id).describe('Claims listed as related, in either direction.'),
  aliases: z.array(id).describe('Ids it was published under before; their URLs redirect.'),
  url: url.describe("The claim's page on this site."),
});

export const mentionSchema = z.object({
  claim: id,
  article: id,
  outlet: id,
  source: z
    .string()
    .describe(
      "The key of the independent source the mention counts as: its article's (articles[].source.key), except where a copy (`via`) reports on its own, adding a claim its original does not carry or disputing one it holds true: that mention counts as the copy's own outlet.",
    ),
  stance: stanceSchema,
  text: z.string().describe("The evidence span, quoted exactly from the article: the outlet's words."),
  quoted: z.boolean().describe('Whether the article presents the span as a quotation.'),
  position: z.int().nonnegative().describe("The mention's place among its article's mentions, from 0."),
  anchor: z.string().describe('The id of the span in our record; stable when other mentions are added.'),
  url: url.describe('The span in our record of the article.'),
  originalUrl: url
    .nullable()
    .describe('The passage in the original, as a text fragment link (#:~:text=), when the original address is known.'),
});

export const contradictionSchema = z.object({
  key: z.string().describe('Unique and stable: declared:<a>:<b> or implied:<claim>.'),
  kind: z.enum(['declared', 'implied']).describe('declared: an editor says two claims cannot both be true; implied: one claim both held true and disputed.'),
  claims: z.array(id).describe('Two claims for a declared pair, one for an implied contradiction.'),
  declaredBy: z.array(id).describe('For a declared pair: which claims list the other in contradicts.'),
  active: z.boolean().describe('True when both sides have coverage.'),
  sides: z
    .array(
      z.object({
        claim: id,
        position: z.enum(['holds', 'disputes']).describe('holds: the articles assert or qualify the claim; disputes: they dispute it.'),
        articles: z.array(id).describe('Articles on this side, oldest first.'),
        count: countSchema,
      }),
    )
    .length(2)
    .describe('The two sides: each claim held true (declared), or the claim held true then disputed (implied).'),
});

export const openDataSchema = z
  .object({
    $schema: url.describe('The JSON Schema this file follows.'),
    version: z.literal(OPEN_DATA_VERSION).describe('The format version.'),
    site: url.describe("The site's address."),
    licence: z.string().describe('Terms of reuse.'),
    updated: isoDateTime.nullable().describe('When the newest article was added: the data is as of then.'),
    counts: z
      .object({
      stories: z.int().nonnegative().describe('Items in stories.'),
      articles: z.int().nonnegative().describe('Items in articles.'),
      claims: z.int().nonnegative().describe('Items in claims.'),
      mentions: z.int().nonnegative().describe('Items in mentions.'),
      outlets: z.int().nonnegative().describe('Items in outlets.'),
      entities: z.int().nonnegative().describe('Items in entities.'),
      contradictions: z.int().nonnegative().describe('Items in contradictions.'),
      })
      .describe('How many items each list holds.'),
    stories: z.array(storySchema).describe('Stories: groups of articles about one event.'),
    claims: z.array(claimSchema).describe('Claims: checkable statements the coverage makes, each with its derived status.'),
    articles: z.array(articleSchema).describe('The news articles analysed: metadata and our summary, never their full text.'),
    mentions: z.array(mentionSchema).describe('Every claim mention, by article slug, then place in the article.'),
    contradictions: z.array(contradictionSchema).describe('Implied first, then declared, each by claim ids.'),
    outlets: z.array(outletSchema).describe('Publishers.'),
    entities: z.array(entitySchema).describe('People, organisations, products and places the coverage is about.'),
  })
  .describe("Crosscheck's analysis of news coverage: claims, who asserted or disputed them, their derived status, and contradictions.");

export type OpenData = z.infer<typeof openDataSchema>;

/** The JSON Schema (draft 2020-12) of the export, with its own address as `$id`. */
export function openDataJsonSchema(schemaUrl: string): Record<string, unknown> {
  const schema = z.toJSONSchema(openDataSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return { $schema: schema.$schema, $id: schemaUrl, title: 'Crosscheck open data', ...schema };
}
