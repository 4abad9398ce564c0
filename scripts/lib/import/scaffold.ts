/**
 * The record scaffold `npm run new` writes for a new article: every frontmatter field the source
 * and the corpus can fill, and, for what only the editor can write, a comment saying what to do.
 * Those fields are left out rather than filled with placeholders, so `npm run check` (and the
 * build) report each one as missing until it is written: a scaffold never publishes as it is.
 *
 * The body holds, in an HTML comment (never published), a checklist of the passages likely to
 * carry claims, each with the existing claims it may match. Pure: the source and the corpus in,
 * the file's text out.
 */
import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import { decodeReferences } from '../../../src/check/quotes.ts';
import { toId } from '../../../src/check/suggest.ts';
import { transliterated } from '../../../src/lib/transliterate.ts';
import type { ArticleInfo, CorpusInfo, OutletInfo, StoryInfo } from './corpus.ts';
import { PAID_PART_MISSING, type SourceDocument } from './extract.ts';
import type { Resemblance } from './near-copies.ts';
import { ClaimMatcher, findPassages, lineIn, telling, words, type ClaimMatch, type Passage } from './passages.ts';

export interface ScaffoldOptions {
  /** The day the article enters the corpus (`added`), as YYYY-MM-DD. */
  today: string;
  /** The file the article was read from, as the editor named it (for the record's first comment). */
  sourceName: string;
  /** The archive file's name (`archive`), without the slug part when {@link archiveName} makes it. */
  archiveName: (slug: string) => string;
  /** The slug, when the editor chose it. */
  slug?: string | undefined;
  /** The outlet and story ids, when the editor named them. */
  outlet?: string | undefined;
  story?: string | undefined;
  /** The text the archive keeps, so that the checklist gives each passage's line in it. */
  archived?: string | undefined;
  /** The recorded articles the text is nearly the same as (scripts/lib/import/near-copies.ts), most alike first. */
  nearCopies?: readonly Resemblance[] | undefined;
}

export interface Scaffold {
  slug: string;
  archive: string;
  /** The record's text. */
  text: string;
  /** Fields filled, as `name` or `name (how)`. */
  filled: string[];
  /** What the editor must still write, one line each. */
  todo: string[];
  passages: (Passage & { matches: ClaimMatch[] })[];
  /** How many passages the text has in all: more than those listed in a long text, such as a live blog. */
  found: number;
}

/** How long a text must be for the language read from it to outweigh the one its source declares. */
const DECLARED_CHECK_LENGTH = 300;

/** The most passages the checklist lists: the first ones of the text. */
const PASSAGES_LISTED = 40;

/** How alike a passage must be to a claim for the checklist to give the match without the words it rests on, for the editor to judge. */
const SURE_MATCH = 0.5;

/** How alike a sentence with no other sign of a claim must be to a recorded claim to be listed (cosine of weighted words). */
const CLAIM_LIKE = 0.5;

/** The longest slug we make: long enough to read, short enough for a URL. */
const SLUG_MAX = 80;

/** Latin letters that Unicode does not decompose into an ASCII letter and a mark: "Ærø", "Straße". */
const LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', ß: 'ss', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ŧ: 't', ħ: 'h' };

/** Whether most of the letters of `text` are Latin ones, which a slug can spell: not a Russian, Greek or Chinese headline. */
function spellable(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length > 0 && letters.filter((l) => /\p{Script=Latin}/u.test(l)).length * 2 >= letters.length;
}

/**
 * The record's id: from the headline, else the last part of the address, else the headline spelt
 * in Latin letters (a Russian or Greek one), else the first words of the text; the first of them
 * written mostly in Latin letters, as an id must be (a Chinese headline does not make an id, its
 * address often does). Empty when none does: the scaffold then makes one of the outlet and the date.
 */
export function slugFor(doc: SourceDocument): string {
  return slugMade(doc).slug;
}

/** The id {@link slugFor} makes, and the script it spelt in Latin letters when it transliterated the headline. */
function slugMade(doc: SourceDocument): { slug: string; spelt?: 'Cyrillic' | 'Greek' } {
  const from = (text: string) => {
    // An English possessive or contraction is one word ("Anthropic's" → anthropics, "isn't" → isnt),
    // not two; a French elision stays two ("l'IA" → l-ia).
    const spelt = text.replace(/(\p{L})['’](s|t|re|ve|ll|d|m)(?![\p{L}\p{N}])/giu, '$1$2').replace(/[æøßœłđðþıŧħ]/giu, (c) => {
      const ascii = LETTERS[c.toLowerCase()]!;
      return c === c.toLowerCase() ? ascii : ascii[0]!.toUpperCase() + ascii.slice(1);
    });
    let slug = toId(spelt);
    if (slug.length > SLUG_MAX) slug = slug.slice(0, SLUG_MAX).replace(/-[^-]*$/, '');
    return slug;
  };
  if (doc.headline && spellable(doc.headline)) return { slug: from(doc.headline) };
  if (doc.url) {
    const last = new URL(doc.url).pathname.split('/').filter(Boolean).pop() ?? '';
    const slug = from(last.replace(/\.\w+$/, '').replace(/[-_]?\d{5,}$/, ''));
    if (slug.split('-').length >= 3) return { slug };
  }
  const spelt = doc.headline ? transliterated(doc.headline) : undefined;
  if (spelt && from(spelt.text) !== '') return { slug: from(spelt.text), spelt: spelt.script };
  const opening = doc.text.split(/\s+/).slice(0, 8).join(' ');
  return { slug: spellable(opening) ? from(opening) : '' };
}

/** The outlet whose site the article's address is on, or whose name the page gives. */
export function findOutlet(doc: SourceDocument, outlets: readonly OutletInfo[]): OutletInfo | undefined {
  const host = (url: string | undefined) => {
    try {
      return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
    } catch {
      return undefined;
    }
  };
  // On a platform (Medium), the address names the platform, not the publisher.
  const articleHost = doc.platform ? undefined : host(doc.url);
  if (articleHost) {
    const byHost = outlets.find((o) => {
      const h = host(o.url);
      return h !== undefined && (articleHost === h || articleHost.endsWith(`.${h}`));
    });
    if (byHost) return byHost;
  }
  const name = doc.siteName?.trim().toLowerCase();
  return name ? outlets.find((o) => !o.unidentified && o.name.trim().toLowerCase() === name) : undefined;
}

/** A publication's name as a syndication line writes it: capitalised words, with "of", "and", "&" between. */
const PUBLICATION = String.raw`((?:[Tt]he )?\p{Lu}[\p{L}\p{N}&'’.-]*(?: (?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|and|&|de|del|la|le|du|der|die))*)`;
/** A line that says the text was first published elsewhere: "This article first appeared in …", "Republished from … under …". */
/** When it first ran, between the verb and the publication: "first ran on Monday in the Gazette", "was first published on 3 June by …". */
const WHEN = String.raw`(?: (?:on |last |this )?(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|yesterday|earlier this week)| on (?:\p{L}{3,} \d{1,2}|\d{1,2} \p{L}{3,})(?:,? \d{4})?)?`;
const FIRST = String.raw`(?:first|originally) (?:appeared|published|ran)${WHEN}(?: (?:in|on|by|at))? ${PUBLICATION}`;
const SYNDICATED = [
  new RegExp(String.raw`\b(?:[Tt]his|[Tt]he) (?:article|story|piece|report|column|essay|interview|commentary|op-ed|version)\b[^.]{0,40}?\b${FIRST}`, 'u'),
  new RegExp(String.raw`^(?:[Ff]irst|[Oo]riginally) (?:appeared|published|ran)${WHEN}(?: (?:in|on|by|at))? ${PUBLICATION}`, 'u'),
  new RegExp(String.raw`\b(?:[Rr]e-?published|[Rr]eprinted) (?:from|by|with (?:the )?(?:kind )?permission (?:from|of)) ${PUBLICATION}`, 'u'),
];
/** Capitalised words that are days or months, not publications ("It first ran on Tuesday"). */
const NOT_PUBLICATION = /^(?:the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/**
 * The publication a syndicated text says it first appeared in, from a short line of its own
 * ("This article first appeared in the Valley Courier.", "This article is republished from The
 * Conversation under a Creative Commons license."), or undefined. WordPress's feed footer ("The
 * post … appeared first on …") names the site itself, and is no such line.
 */
export function syndicatedFrom(text: string): string | undefined {
  for (const line of text.split(/\n+/)) {
    const trimmed = line.trim().replace(/^[(*_[]+|[)*_\]]+$/g, '');
    if (trimmed.length > 200 || /^the post\b/i.test(trimmed)) continue;
    for (const pattern of SYNDICATED) {
      const name = pattern.exec(trimmed)?.[1]?.replace(/[.’']+$/, '').replace(/(?: (?:of|and|&|de|del|la|le|du|der|die))+$/, '');
      if (name && !NOT_PUBLICATION.test(name)) return name;
    }
  }
  return undefined;
}

/** A line that says the text is a copy of one published elsewhere, whether it names the publication or not ("… was originally published by our partner newsroom"). */
const COPY_LINE = [
  /\b(?:this|the) (?:article|story|piece|report|column|essay|interview|commentary|op-ed|version)\b[^.]{0,40}?\b(?:first|originally) (?:appeared|published|ran)\b/i,
  /^(?:first|originally) (?:appeared|published|ran)\b/i,
  /\b(?:re-?published|reprinted|syndicated) (?:from|by|with (?:the )?(?:kind )?permission|under|through|via|as part of)\b/i,
];

/**
 * The line of a text that says it is a syndicated copy without naming the publication it copies
 * ("This article was originally published by our partner newsroom and is republished with
 * permission.", "This story first ran on Monday."), or undefined: the editor is asked to find it.
 */
export function unnamedSyndication(text: string): string | undefined {
  if (syndicatedFrom(text) !== undefined) return undefined;
  for (const line of text.split(/\n+/)) {
    const trimmed = line.trim().replace(/^[(*_[]+|[)*_\]]+$/g, '');
    if (trimmed.length > 200 || /^the post\b/i.test(trimmed)) continue;
    // "First published in print", "… in our Sunday edition": the outlet's own, no copy.
    if (COPY_LINE.some((pattern) => pattern.test(trimmed)) && !/\bin (?:print|the print edition|(?:our|the|this) [\p{L} ]{0,20}edition)\b/iu.test(trimmed)) return trimmed;
  }
  return undefined;
}

/**
 * What a syndicated text's `via` may be: the outlet it names (by name, with or without "the"),
 * and the one article of that outlet in the corpus with the same headline, when there is one.
 */
export function findOriginal(doc: SourceDocument, corpus: CorpusInfo): { name: string; said: (name: string) => string; outlet?: OutletInfo; article?: ArticleInfo } | undefined {
  const line = syndicatedFrom(doc.text);
  const name = line ?? doc.provider;
  if (name === undefined) return undefined;
  // The text's own line, or an aggregator's page naming the publisher whose article it shows.
  const said = (who: string) => (line !== undefined ? `the text says it first appeared in ${who}` : `the page shows it as an article of ${who}${doc.siteName ? `, on ${commentSafe(doc.siteName)}` : ''}`);
  const key = (s: string) => s.trim().toLowerCase().replace(/^the\s+/, '');
  const outlet = corpus.outlets.find((o) => !o.unidentified && key(o.name) === key(name));
  const same = (h: string | undefined) => h !== undefined && doc.headline !== undefined && h.trim().toLowerCase().replace(/\s+/g, ' ') === doc.headline.trim().toLowerCase().replace(/\s+/g, ' ');
  const candidates = outlet ? corpus.articles.filter((a) => a.outlet === outlet.id && same(a.headline)) : [];
  return { name, said, ...(outlet && { outlet }), ...(candidates.length === 1 && { article: candidates[0]! }) };
}

/** A guess at the kind: from the section the source names, `aggregate` for a text citing numbered sources, else `report`. */
function guessKind(doc: SourceDocument): { kind: string; why: string } {
  const section = doc.section?.trim().toLowerCase() ?? '';
  // In English, and in the other languages of the dates we read (French, German, Spanish, Italian, Portuguese, Dutch).
  if (/^(?:opinion|comment|commentary|op-?eds?|editorial|columns?|viewpoint|guest essay|kommentar|meinung|gastbeitrag|leitartikel|tribune|chronique|point de vue|éditorial|editoriale|opinión|tribuna|opinione|commento|opinião|opinie)$/.test(section))
    return { kind: 'opinion', why: `the source files it under ${doc.section}` };
  if (/^(?:analysis|explainer|news analysis|analyse|análisis|analisi|análise)$/.test(section)) return { kind: 'analysis', why: `the source files it under ${doc.section}` };
  if (section === 'press release') return { kind: 'press-release', why: 'it says it is a press release, or a distributor of press releases sent it' };
  if ((doc.text.match(/\[\d+(?:,\s*\d+)*\]/g) ?? []).length >= 2) return { kind: 'aggregate', why: 'it cites numbered sources, as AI-generated digests do' };
  if (/\bpress release\b|\bfor immediate release\b/i.test(doc.text.slice(0, 500))) return { kind: 'press-release', why: 'it says it is a press release' };
  return { kind: 'report', why: 'a guess' };
}

/** Entities whose name (or another name) the text uses, in the order the corpus lists them. */
function findEntities(doc: SourceDocument, entities: CorpusInfo['entities']): string[] {
  const text = ` ${[doc.headline ?? '', doc.text].join(' ').replace(/\s+/g, ' ')} `;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return entities
    .filter((e) => e.names.some((name) => name.length >= 3 && new RegExp(`[^\\p{L}\\p{N}]${escape(name)}[^\\p{L}\\p{N}]`, 'u').test(text)))
    .map((e) => e.id);
}

/**
 * The languages franc names by their variety (Mandarin, Standard Arabic, Iranian Persian …) as
 * pages and browsers name them, by their macrolanguage's two-letter tag: `zh`, not `cmn`, which
 * a browser does not take for Chinese when it chooses a font or a voice.
 */
const MACROLANGUAGE: Record<string, string> = { cmn: 'zh', arb: 'ar', pes: 'fa', zlm: 'ms', uzn: 'uz', azj: 'az', plt: 'mg', swh: 'sw', npi: 'ne', pbu: 'ps' };

/**
 * The language of a text the source does not label, when it is long enough to tell (franc, by
 * its trigrams) and not English, which is the default: its BCP 47 tag and English name.
 */
export function detectLanguage(text: string): { tag: string; name: string } | undefined {
  const language = languageOf(text);
  return language?.tag === 'en' ? undefined : language;
}

/** The language franc reads in a text long enough to tell, English included. */
function languageOf(text: string): { tag: string; name: string } | undefined {
  const code = franc(text.slice(0, 6000), { minLength: 120 });
  if (code === 'und') return undefined;
  const tag = (iso6393To1 as Record<string, string | undefined>)[code] ?? MACROLANGUAGE[code] ?? code;
  return { tag, name: new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag };
}

/**
 * How many matching claims make a story likely (one is enough when the opening also shares
 * {@link OPENING_WORDS} telling words with the story); with fewer, the scaffold says it is only
 * possibly the story, and on which words.
 */
const LIKELY_CLAIMS = 2;
/** How many words that tell a subject apart a story's title and summary must share with the article's opening to count. */
const OPENING_WORDS = 2;

/**
 * Stories ranked by the claims the passages match (weighted by score) and by the words their title
 * and summary share with the headline and the opening: only words that tell a subject apart
 * ({@link telling}), as common ones ("report", "call") are in the opening of any article. Each with
 * the words it rests on, for the editor to judge a suggestion that rests on few.
 */
function rankStories(doc: SourceDocument, passages: { matches: ClaimMatch[] }[], stories: readonly StoryInfo[]): { story: StoryInfo; claims: number; opening: boolean; words: string[] }[] {
  const score = new Map<string, number>();
  const claims = new Map<string, Set<string>>();
  const because = new Map<string, Set<string>>();
  const note = (story: string, found: readonly string[]) => {
    const set = because.get(story) ?? new Set();
    for (const w of found) set.add(w);
    because.set(story, set);
  };
  for (const p of passages) {
    for (const m of p.matches) {
      score.set(m.story, (score.get(m.story) ?? 0) + m.score);
      claims.set(m.story, (claims.get(m.story) ?? new Set()).add(m.id));
      note(m.story, m.words.slice(0, 2));
    }
  }
  const opening = new Set(words(`${doc.headline ?? ''} ${doc.text.slice(0, 600)}`).filter(telling));
  const opened = new Set<string>();
  for (const story of stories) {
    const shared = [...new Set(words(`${story.title} ${story.summary}`))].filter((w) => opening.has(w));
    if (shared.length >= OPENING_WORDS) {
      score.set(story.id, (score.get(story.id) ?? 0) + shared.length / 10);
      note(story.id, shared);
      opened.add(story.id);
    }
  }
  const byId = new Map(stories.map((s) => [s.id, s]));
  return [...score]
    .filter(([id]) => byId.has(id))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([id]) => ({ story: byId.get(id)!, claims: claims.get(id)?.size ?? 0, opening: opened.has(id), words: [...(because.get(id) ?? [])] }));
}

/** A YAML double-quoted string (JSON's escapes are YAML's). */
const quote = (s: string) => JSON.stringify(s);
/** Text safe inside an HTML comment. */
const commentSafe = (s: string) => s.replace(/--+>?/g, '—').replace(/<!/g, '<\u200b!');
const shorten = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).replace(/\s+\S*$/, '')} …`);

export function scaffold(doc: SourceDocument, corpus: CorpusInfo, options: ScaffoldOptions): Scaffold {
  // An id an article has or had (a renamed one's old id, one the registry records as published) is
  // not given to another: its address would redirect elsewhere, or show another article than the one shared.
  const taken = new Set([...corpus.articles.flatMap((a: ArticleInfo) => [a.slug, ...(a.aliases ?? [])]), ...(corpus.publishedSlugs ?? [])]);
  const outlet = options.outlet ? corpus.outlets.find((o) => o.id === options.outlet) : findOutlet(doc, corpus.outlets);
  const made = options.slug === undefined ? slugMade(doc) : undefined;
  const named = options.slug ?? made!.slug;
  // An id nothing in the source spells (a Chinese, Arabic or Hindi headline, and no address to take one
  // from) is made of who published it and the day, as far as the source says them: never words it has not.
  const publisher = outlet?.id ?? (toId(doc.siteName ?? '') || (doc.url && !doc.platform ? toId(new URL(doc.url).hostname.replace(/^www\./, '').split('.').slice(0, -1).join('-')) : ''));
  const day = doc.published && /^\d{4}-\d{2}-\d{2}/.test(doc.published) ? doc.published.slice(0, 10) : undefined;
  const unspelt = publisher || day ? toId(`${publisher || 'article'} ${day ?? 'article'}`) : 'untitled-article';
  let slug = named || unspelt;
  if (!options.slug && taken.has(slug)) {
    let n = 2;
    while (taken.has(`${slug}-${n}`)) n++;
    slug = `${slug}-${n}`;
  }
  const archive = options.archiveName(slug);
  const untitled = named === '';
  const matcher = new ClaimMatcher(corpus.claims);
  const read = `${doc.headline ?? ''}\n${doc.text}`;
  const inText = languageOf(read);
  // A page's declared language is often its site's, whatever the article's: a French article on a
  // site that declares English is in French, when its text is long enough to tell.
  const declaredOther = doc.language && inText && read.length >= DECLARED_CHECK_LENGTH && inText.tag !== doc.language.split('-')[0]!.toLowerCase();
  // The passages are found with the attribution verbs of the text's language too ("a déclaré", "sagte").
  const language = declaredOther ? inText.tag : (doc.language ?? inText?.tag);
  // A sentence with no figure, quotation or attribution is listed when it is close to a claim already recorded.
  const all = findPassages(doc.text, Infinity, (sentence) => matcher.match(sentence, 1, CLAIM_LIKE).length > 0, language);
  // A correction notice is listed wherever it is, also after the first passages of a long text (it most often ends it).
  const passages = all.filter((p, i) => i < PASSAGES_LISTED || p.kinds.includes('correction')).map((p) => ({ ...p, matches: matcher.match(p.text) }));
  const corrections = passages.filter((p) => p.kinds.includes('correction'));

  const filled: string[] = [];
  const todo: string[] = [];
  // A file's name may hold any character but "/": a line break in it would end the comment.
  const sourceName = options.sourceName.replace(/[\p{Cc}\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const lines: string[] = ['---', `# Scaffolded by \`npm run new\` from ${sourceName} on ${options.today}. A field left out below is for`, '# the editor to write: `npm run check` reports each one as missing until it is there.'];

  if (doc.headline) {
    lines.push(`headline: ${quote(doc.headline)}`);
    filled.push('headline');
  } else {
    lines.push('# headline: the text has no headline. Describe it in [brackets], as in "[Untitled report: Anthropic calls for a pause]".');
    todo.push('headline: the text has none; describe it in [brackets]');
  }

  if (outlet) {
    lines.push(`outlet: ${outlet.id}`);
    filled.push(options.outlet ? 'outlet' : `outlet (${outlet.name}, by ${doc.url && outlet.url ? 'its web address' : 'its name'})`);
  } else {
    const unidentified = corpus.outlets.filter((o) => o.unidentified).map((o) => o.id);
    const host = doc.url && !doc.platform ? new URL(doc.url).hostname.replace(/^www\./, '') : undefined;
    // A name in Cyrillic or Greek letters ("Коммерсантъ") spelt in Latin ones, as an id must be ("kommersant").
    const named = doc.siteName === undefined ? undefined : (transliterated(doc.siteName)?.text ?? doc.siteName);
    // (A name no letters of ours spell, Hebrew's or Arabic's, gives none: the address's, then.)
    const newId = toId(named ?? '') || toId(host?.split('.').slice(0, -1).join('-') ?? '') || 'new-outlet';
    if (doc.platform && !doc.siteName) {
      // A writer's own post on a platform (Medium): the writer publishes it, not the platform.
      const writer = (doc.byline && toId(doc.byline)) || 'the-writer';
      lines.push(
        `# outlet: it is published on ${doc.platform}, where anyone publishes: the outlet is the writer${doc.byline ? ` (${doc.byline})` : ''} or the publication the post is in, not ${doc.platform}. Create content/outlets/${writer}.yaml (name, url) and write \`outlet: ${writer}\`.`,
      );
      todo.push(`outlet: the post is on ${doc.platform}; create an outlet for its writer or its publication, not for ${doc.platform}`);
    } else {
      lines.push(
        doc.url || doc.siteName
          ? `# outlet: no outlet in the corpus has ${host ? `the address ${host}` : `the name ${quote(doc.siteName!)}`}. Create content/outlets/${newId}.yaml (name, url) and write \`outlet: ${newId}\`.`
          : '# outlet: the text does not say who published it. Use an outlet marked `unidentified: true`, or create one that describes the source.',
      );
      todo.push(doc.url || doc.siteName ? `outlet: create content/outlets/${newId}.yaml, or choose an existing outlet` : 'outlet: the publisher is unknown; choose or create an unidentified outlet');
    }
    if (unidentified.length > 0) lines.push(`#   Unidentified outlets: ${shorten(unidentified.join(', '), 180)}.`);
  }

  // A syndicated copy names the article it copies in `via`, so that the two count as one source.
  const original = findOriginal(doc, corpus);
  if (original?.article) {
    lines.push(`via: ${original.article.slug}  # ${original.said(commentSafe(original.name))}, whose article of the same headline this is: check it`);
    filled.push(`via (${original.article.slug}, the ${original.outlet!.name} article it says it first appeared as: check it)`);
    todo.push(`via: check that ${original.article.slug} is the article this text copies`);
  } else if (original) {
    const whose = original.outlet ? `${original.outlet.name} (outlet ${original.outlet.id})` : `${commentSafe(original.name)}, which is no outlet in the corpus`;
    lines.push(`# via: ${original.said(whose)}. If we record that article, write via: <its id>, so that the two count as one source; if not, leave via out.`);
    todo.push(`via: ${original.said(commentSafe(original.name))}; name that article's record, if we have one`);
  } else {
    const copy = unnamedSyndication(doc.text);
    if (copy !== undefined) {
      const said = commentSafe(copy.length <= 120 ? copy : `${copy.slice(0, 119).replace(/\s+\S*$/, '')} …`);
      lines.push(`# via: the text says it is a copy ("${said}") but not of whose article. Find the original: if we record it, write via: <its id>, so that the two count as one source.`);
      todo.push('via: the text says it is a copy of an article published elsewhere, without naming it; find the original and name its record, if we have one');
    }
  }

  // Nearly the same text as a recorded article's: the same article imported again, or a copy of it.
  for (const near of (options.nearCopies ?? []).filter((n) => n.slug !== original?.article?.slug).slice(0, 3)) {
    const percent = `${Math.round(near.share * 100)}%`;
    const what = near.by === 'archive' ? `${percent} of the wording of ${near.whole ? 'its archived text' : 'the shorter of the two texts'} is in both` : `this text has ${percent} of the wording its claim mentions quote`;
    lines.push(
      `# via: this text looks like articles/${near.slug}.md, already recorded (${what}). If it is the same article, delete this record and its archive file; if it is a copy published elsewhere, write via: ${near.slug}, so that the two count as one source.`,
    );
    todo.push(`via: the text looks like ${near.slug}, already recorded (${what}); if it is the same article, delete this record, else write via: ${near.slug}`);
  }

  if (doc.url) {
    lines.push(`url: ${doc.url}`);
    filled.push('url');
  }
  if (doc.published && doc.publishedNote && doc.published.slice(0, 10) > options.today) {
    // A year read from the text that would put the article after its import is not its year.
    lines.push(`# published: ${doc.publishedNote}, which would be after today. Write the date if it is known for certain.`);
    todo.push('published: the dateline has no year; write the date if it is known');
  } else if (doc.published) {
    lines.push(`published: ${doc.published}${doc.publishedNote ? `  # ${doc.publishedNote}: check it` : ''}`);
    // A dateline's day with the year of the text, or the earliest of a live blog's times.
    const yearOnly = /^the (?:dateline|source) gives /.test(doc.publishedNote ?? '');
    const how = yearOnly
      ? 'the year from the text'
      : doc.publishedNote?.startsWith('the day the e-mail') === true
        ? 'the day the e-mail was sent'
        : doc.publishedNote?.startsWith('the headline gives') === true
          ? 'the date in the headline'
        : doc.publishedNote?.startsWith('read from the line') === true
          ? 'from a line whose words before the date are not read'
        : doc.publishedNote?.startsWith("the page's metadata gives two dates") === true
          ? 'one of the two dates its metadata gives'
        : doc.publishedNote?.startsWith("the page's metadata") === true
          ? 'the metadata\'s, not the date the page shows'
          : 'the earliest time on the page';
    filled.push(doc.publishedNote ? `published (${how}: check it)` : 'published');
    if (doc.publishedNote) todo.push(`published: check the ${yearOnly ? 'year' : 'date'} (${doc.publishedNote})`);
  } else if (doc.undatedDay) {
    // The latest such day up to today: the year of a wire story imported when it ran.
    const { month, day } = doc.undatedDay;
    const year = Number(options.today.slice(0, 4));
    const iso = (y: number) => `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const likely = iso(year) <= options.today ? iso(year) : iso(year - 1);
    const where = doc.undatedDay.source === 'dateline' ? 'the dateline' : 'the source';
    lines.push(`# published: ${where} gives "${doc.undatedDay.text}" but no year, nor does the text. If it is ${likely.slice(0, 4)}, write: published: ${likely}`);
    todo.push(`published: ${where} gives "${doc.undatedDay.text}" without a year; write the date if the year is known (${likely}?)`);
  } else if (doc.ambiguousDate) {
    lines.push(`# published: the source writes "${doc.ambiguousDate}", which is a day and a month in an order it does not say. Write the date if you know which it is.`);
    todo.push(`published: "${doc.ambiguousDate}" may be day/month or month/day; write the date if you know which`);
  } else if (doc.relativeDate) {
    // "Posted 3 days ago" is a date only from the moment the page was saved, which the file does not say.
    const said = commentSafe(doc.relativeDate);
    lines.push(`# published: the source gives only "${said}", relative to when it was saved: no date. Write the date it stands for if it is known for certain.`);
    todo.push(`published: the source says only "${said}"; write the date it stands for (from when the page was saved), or leave it out`);
  } else if (doc.updated) {
    // "Updated 4 June" says when it was changed, not when it was published, which may be days before.
    const said = commentSafe(doc.updated);
    lines.push(`# published: the source gives only the date it was updated, "${said}", not the date it was published. Write the publication date if it is known for certain; never the update's.`);
    todo.push(`published: the source says only "${said}", an update, not the publication; write the date it was published if it is known, or leave it out`);
  } else {
    lines.push('# published: the source gives no date. Leave it out unless the date is known for certain.');
  }
  if (doc.byline && doc.bylineNote) {
    // A name read without "By" may be the publisher's; a page whose metadata names someone else, which of the two wrote it.
    const disputed = doc.bylineNote.startsWith('the page shows');
    lines.push(`byline: ${quote(doc.byline)}  # ${commentSafe(doc.bylineNote).replace(/[\r\n]+/g, ' ')}: ${disputed ? 'check which is the author' : 'check that it is the author, not the publisher'}`);
    filled.push('byline (check it)');
    todo.push(disputed ? `byline: check whether ${doc.byline}, whom the page shows, or the one its metadata names is the author (${commentSafe(doc.bylineNote)})` : `byline: check that ${doc.byline} is the author, not the publisher`);
  } else if (doc.byline) {
    lines.push(`byline: ${quote(doc.byline)}`);
    filled.push('byline');
  }
  const detected = inText?.tag === 'en' ? undefined : inText;
  if (doc.language && inText && declaredOther) {
    lines.push(`language: ${inText.tag}  # detected from the text (${inText.name}), though the source declares ${doc.language}: check it`);
    filled.push(`language (${inText.tag}, detected from the text, not the ${doc.language} the source declares)`);
    todo.push(`language: the source declares ${doc.language}, but its text reads as ${inText.name} (${inText.tag}); check which it is`);
  } else if (doc.language) {
    lines.push(`language: ${doc.language}`);
    filled.push('language');
  } else if (detected) {
    lines.push(`language: ${detected.tag}  # detected from the text (${detected.name}): check it`);
    filled.push(`language (${detected.tag}, detected from the text)`);
  } else {
    lines.push('language: en  # the default: change it if the original is not in English');
    filled.push('language (en, the default)');
  }

  const stories = options.story ? [] : rankStories(doc, passages, corpus.stories);
  if (options.story) {
    lines.push(`story: ${options.story}`);
    filled.push('story');
  } else {
    const claimsOf = (s: (typeof stories)[number]) => (s.claims > 0 ? `${s.claims} matching claim${s.claims === 1 ? '' : 's'}` : '');
    const likely = stories.length > 0 && (stories[0]!.claims >= LIKELY_CLAIMS || (stories[0]!.claims > 0 && stories[0]!.opening));
    // A story few claims point to is named with the words it rests on: the editor judges whether they are the article's subject.
    const suggestions = stories.map((s) => {
      const why = likely ? claimsOf(s) : [claimsOf(s), `on the words ${shorten(s.words.join(', '), 80)}`].filter(Boolean).join(', ');
      return `${s.story.id}${why ? ` (${why})` : ''}`;
    });
    lines.push(
      suggestions.length === 0
        ? '# story: the story it belongs to (a story id from content/stories/, or a new story).'
        : likely
          ? `# story: the story it belongs to. Likely: ${suggestions.join('; ')}.`
          : `# story: the story it belongs to. Possibly: ${suggestions.join('; ')}. Few of its words point there: check that it is the same subject, or start a new story.`,
    );
    todo.push(suggestions.length === 0 ? 'story: choose or create one' : likely ? `story: likely ${stories[0]!.story.id}` : `story: possibly ${stories[0]!.story.id} (few words point there), or a new one`);
  }

  lines.push('# summary: what the article says, in our own words, in one to three sentences. Never copied from it.');
  todo.push('summary: one to three sentences in our words');
  const kind = guessKind(doc);
  lines.push(`kind: ${kind.kind}  # ${kind.why}: report, analysis, opinion, aggregate or press-release`);
  filled.push(`kind (${kind.kind}, ${kind.why})`);
  lines.push(`added: ${options.today}`);
  filled.push('added');
  const entities = findEntities(doc, corpus.entities);
  if (entities.length > 0) {
    lines.push('# entities: those the text names; remove any it only mentions in passing.', 'entities:', ...entities.map((id) => `  - ${id}`));
    filled.push(`entities (${entities.length} named in the text)`);
  }
  lines.push(`archive: ${archive}`);
  filled.push('archive');
  lines.push('---', '');

  // Where each passage is: its line in the archived file, which the editor opens beside the
  // record, or else its paragraph in the text read from the file.
  // A Markdown archive may write characters as references (`AT&amp;T`), which the passages show decoded.
  const decoded = options.archived?.includes('&') ? decodeReferences(options.archived) : options.archived;
  const place = (p: Passage) => {
    const line = options.archived === undefined ? undefined : (lineIn(options.archived, p.text) ?? lineIn(decoded!, p.text));
    return line === undefined ? `¶${p.paragraph}` : `line ${line}`;
  };
  const body: string[] = [
    '<!--',
    '  TO DO: our record of the article. First a short account, in our own words, of what it says;',
    '  then the passages that carry its claims, quoted exactly as the archived text has them, each',
    '  marked as a claim mention (docs/authoring.md). Then delete this comment: `npm run check`',
    '  reports it until it is gone, as content/ keeps only the passages the record quotes.',
    '',
  ];
  if (passages.length === 0) {
    body.push('  No passage stands out (no quotation, figure, attribution or date): read the text in', `  archive/${archive}.`);
  } else {
    body.push(
      options.archived === undefined
        ? `  Passages likely to carry claims, by paragraph (¶) of the text archived as archive/${archive}:`
        : `  Passages likely to carry claims, by line of the text archived as archive/${archive}:`,
    );
    if (all.length > passages.length) {
      body.push(`  the first ${passages.length} of ${all.length.toLocaleString('en-US')}; the others, from ${place(all[passages.length]!)} on, are for you to find in the archived text.`);
    }
    body.push('');
    for (const p of passages) {
      const text = p.kinds[0] === 'quotation' ? `“${shorten(p.text, 240)}”` : shorten(p.text, 240);
      body.push(`  [ ] ${place(p)} ${p.kinds.join(', ')}: ${commentSafe(text)}`);
      if (p.kinds.includes('correction')) {
        // What an earlier version said is not the article's claim; a claim recorded from it may be wrong.
        body.push(
          '      the article was corrected: quote its corrected wording, never the earlier version\'s, and say in the account what was corrected',
          ...(p.matches.length > 0 ? [`      it may concern: ${p.matches.map((m) => `${m.id} (${Math.round(m.score * 100)}%)`).join(', ')}; check what those claims say against the correction`] : []),
        );
        continue;
      }
      body.push(
        p.matches.length > 0
          ? `      may match: ${p.matches.map((m) => `${m.id} (${Math.round(m.score * 100)}%${m.score < SURE_MATCH ? `, on the words ${m.words.slice(0, 3).join(', ')}` : ''})`).join(', ')}`
          : '      matches no claim yet: a new claim?',
      );
    }
  }
  body.push('-->', '');
  if (doc.columnsUnsure) {
    todo.push(
      `the text: it was copied from a PDF with its two columns a line of each in turn, and is read a column after the other, but its lines do not tell where the shorter column ends (${doc.columnsUnsure.join('; ')}): check those lines against the PDF, in the archive and in the passages, and put them in their place`,
    );
  }
  for (const c of corrections) {
    todo.push(`the text: it carries a correction (${place(c)}: "${commentSafe(shorten(c.text, 100))}"): quote the corrected wording, never the earlier version's, and say in the record's account that the article was corrected`);
  }
  if (doc.paywall) {
    const shows = doc.paywall === PAID_PART_MISSING ? doc.paywall : `the page shows a paywall ("${doc.paywall}")`;
    todo.push(`the text: ${shows}; if the article goes on past it, the archive has only what the page showed: import the page saved while signed in`);
  }
  if (doc.articles) todo.push(`the file: the page shows ${doc.articles} articles side by side (a home or section page), and the text, the archive, the headline and the date are the page's: import the article's own page instead`);
  if (doc.stories) {
    const shown = doc.stories.slice(0, 3).map((h, i) => `“${i + 1}. ${commentSafe(h)}”`).join(', ');
    todo.push(`the file: its text holds ${doc.stories.length} stories one after the other, as a newsletter does (${shown}${doc.stories.length > 3 ? ', …' : ''}), and the headline and the checklist are all of theirs: record each story you need as an article of its own (its text in a file of its own, imported on its own)`);
  }
  if (doc.feedItems) todo.push(`the file is a feed of ${doc.feedItems} articles, and this record is its first's: import each of the others from its own page`);
  if (untitled) {
    const of = [publisher && 'the outlet', day && 'the day it was published'].filter(Boolean).join(' and ');
    todo.push(`its id: nothing in the source spells one in Latin letters, so it is ${slug}${of ? `, made of ${of}` : ''}; import it again with --slug (its address on the site, in a few English words)`);
  } else if (made?.spelt) {
    todo.push(`its id: ${slug} spells the ${made.spelt} headline in Latin letters; import it again with --slug to give it English words instead`);
  }
  if (passages.length > 0) todo.push(`the record: an account in our words and the passages with their claims (${passages.length}${all.length > passages.length ? ` of ${all.length.toLocaleString('en-US')}` : ''} passage${all.length === 1 ? '' : 's'} listed)`);
  else todo.push('the record: an account in our words and the passages with their claims');

  return { slug, archive, text: `${lines.join('\n')}\n${body.join('\n')}`, filled, todo, passages, found: all.length };
}
