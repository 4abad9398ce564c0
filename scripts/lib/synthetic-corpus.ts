/**
 * Synthetic corpora in Crosscheck's content format, for measuring the checks and the build at
 * sizes the real corpus will only reach later. Shaped like the real records: about two claims
 * and eight mentions per article, ten articles per story, outlets (some unidentified, some
 * sharing an owner), entities, quote claims whose wording drifts between outlets, verdicts,
 * declared contradictions and disputing stances, syndicated copies (`via`) and aliases.
 *
 * The same options always give the same files, byte for byte, and the corpus passes
 * `npm run check` (tests/unit/check/synthetic-corpus.test.ts).
 *
 *   npx node scripts/lib/synthetic-corpus.ts --articles 5000 --out /tmp/corpus-5000/content
 *   npx node scripts/lib/synthetic-corpus.ts --articles 1000 --articles-per-story 300 --outlets 6 --focus-claim --out DIR
 *     (big pages: stories of 300 articles, outlets of ~170, a claim in every article of its story;
 *     --focus-entity: an entity every claim is about)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { commandLine } from './command-line.ts';

export interface SyntheticOptions {
  /** How many articles. */
  articles: number;
  /** Seed of the pseudo-random choices (default 1). */
  seed?: number;
  /** Claims per article (default 2): each article introduces these and asserts them. */
  claimsPerArticle?: number;
  /** Mentions per article (default 8), counting the ones of its own claims. */
  mentionsPerArticle?: number;
  /** Articles per story (default 10). */
  articlesPerStory?: number;
  /** Outlets (default one per 25 articles, at least 4). */
  outlets?: number;
  /** Entities (default one per 8 articles, at least 6). */
  entities?: number;
  /** Every article also mentions the first claim of its story (default false): one claim with as much evidence as its story has articles. */
  focusClaim?: boolean;
  /** Every claim is also about the first entity (default false): one entity in as many claims as the corpus has. */
  focusEntity?: boolean;
  /** Articles published a day (default 3), from 1 January 2026: more make busier months. */
  articlesPerDay?: number;
}

export interface SyntheticCorpus {
  /** File path inside the content folder (`articles/x.md`) → its text. */
  files: Map<string, string>;
  counts: { articles: number; claims: number; stories: number; outlets: number; entities: number; mentions: number };
}

/** mulberry32: a small, fast, seedable generator, the same on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

const WORDS = (
  'agency analyst approval audit board budget cabinet capacity charter coalition committee compute ' +
  'contract council court data deadline debate delay deputy director draft election energy evidence ' +
  'export factory figure filing forecast framework funding grid hearing industry inquiry investor ' +
  'labour launch league ledger licence market measure memo minister model network office official ' +
  'panel parliament partner pension permit pilot platform policy port price proposal quota ' +
  'regulator report research reserve review rule safety sanction schedule sector senate shipment ' +
  'standard statement strike study subsidy summit supplier survey tariff tender test treaty trial ' +
  'union vote warning'
).split(' ');
const VERBS = 'approved blocked cut delayed doubled expanded halted launched opposed paused raised reviewed signed tripled warned'.split(' ');
const PLACES = 'Lisbon Nairobi Oslo Quito Seoul Tallinn Toronto Valencia Warsaw Wellington'.split(' ');
const STANCES = ['asserts', 'asserts', 'asserts', 'asserts', 'quotes', 'quotes', 'disputes', 'qualifies'] as const;
const KINDS = ['report', 'report', 'report', 'analysis', 'opinion', 'aggregate', 'press-release'] as const;
const CLAIM_KINDS = ['fact', 'figure', 'quote', 'attribution', 'prediction'] as const;
const RATINGS = ['accurate', 'mostly-accurate', 'mixed', 'misleading', 'inaccurate', 'unverifiable'] as const;
const ENTITY_KINDS = ['person', 'organisation', 'product', 'place', 'event', 'document', 'other'] as const;

const pad = (n: number, width = 5) => String(n).padStart(width, '0');
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A YAML double-quoted string. */
const yq = (s: string) => JSON.stringify(s);

function day(offset: number): string {
  return new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

export function generateCorpus(options: SyntheticOptions): SyntheticCorpus {
  const n = Math.max(1, Math.floor(options.articles));
  const perArticle = options.claimsPerArticle ?? 2;
  const mentionsPer = Math.max(perArticle, options.mentionsPerArticle ?? 8);
  const perStory = options.articlesPerStory ?? 10;
  const perDay = Math.max(1, Math.floor(options.articlesPerDay ?? 3));
  const r = random(options.seed ?? 1);
  const files = new Map<string, string>();
  const counts = { articles: n, claims: n * perArticle, stories: Math.ceil(n / perStory), outlets: options.outlets ?? Math.max(4, Math.round(n / 25)), entities: options.entities ?? Math.max(6, Math.round(n / 8)), mentions: 0 };

  const words = (count: number) => Array.from({ length: count }, () => r.pick(WORDS)).join(' ');
  const sentence = () => `${capital(words(3))} ${r.pick(VERBS)} the ${words(2)} in ${r.pick(PLACES)}.`;

  // Outlets: every tenth unidentified; every third shares an owner with its neighbours.
  const outletIds: string[] = [];
  for (let i = 0; i < counts.outlets; i++) {
    const id = `outlet-${pad(i, 4)}-${r.pick(WORDS)}`;
    outletIds.push(id);
    const unidentified = i % 10 === 3;
    const lines = unidentified
      ? [`name: ${yq(`Unidentified source ${i}`)}`, 'unidentified: true', `description: ${yq('A text passed around without its masthead.')}`]
      : [
          `name: ${yq(`The ${capital(r.pick(WORDS))} ${capital(r.pick(['Times', 'Post', 'Wire', 'Herald', 'Review']))} ${i}`)}`,
          `url: https://outlet-${i}.example.org`,
          ...(i % 3 === 0 ? [`owner: ${yq(`Group ${Math.floor(i / 9)}`)}`] : []),
          `country: ${r.pick(PLACES)}`,
          `description: ${yq(`A ${r.pick(['daily', 'weekly', 'online'])} ${r.pick(WORDS)} publication.`)}`,
        ];
    files.set(`outlets/${id}.yaml`, `${lines.join('\n')}\n`);
  }

  const entityIds: string[] = [];
  for (let i = 0; i < counts.entities; i++) {
    const id = `entity-${pad(i, 5)}-${r.pick(WORDS)}`;
    entityIds.push(id);
    const lines = [
      `name: ${yq(`${capital(r.pick(WORDS))} ${capital(r.pick(WORDS))} ${i}`)}`,
      `kind: ${ENTITY_KINDS[i % ENTITY_KINDS.length]}`,
      `description: ${yq(sentence())}`,
      ...(i % 4 === 0 ? ['names:', `  - ${yq(`the ${r.pick(WORDS)}`)}`] : []),
      ...(i % 5 === 0 ? [`url: https://entity-${i}.example.org/about`] : []),
    ];
    files.set(`entities/${id}.yaml`, `${lines.join('\n')}\n`);
  }

  const storyIds: string[] = [];
  for (let s = 0; s < counts.stories; s++) {
    const id = `story-${pad(s, 4)}-${r.pick(WORDS)}-${r.pick(WORDS)}`;
    storyIds.push(id);
    const fm = [
      '---',
      `title: ${yq(`${capital(r.pick(WORDS))} ${r.pick(VERBS)} in ${r.pick(PLACES)}`)}`,
      `summary: ${yq(`${sentence()} ${sentence()}`)}`,
      ...(s % 2 === 0 ? [`date: ${day(s)}`] : []),
      'entities:',
      ...[0, 1, 2].map((k) => `  - ${entityIds[(s * 3 + k) % entityIds.length]}`),
      ...(s % 50 === 7 ? ['aliases:', `  - old-${id}`] : []),
      '---',
      '',
      `${sentence()} ${sentence()} ${sentence()}`,
      '',
    ];
    files.set(`stories/${id}.md`, fm.join('\n'));
  }

  // Claims: article j introduces claims j*perArticle … (j+1)*perArticle-1, all in its story.
  interface ClaimPlan { id: string; story: number; kind: (typeof CLAIM_KINDS)[number]; quote: string[] }
  const claims: ClaimPlan[] = [];
  const storyOf = (article: number) => Math.floor(article / perStory);
  for (let c = 0; c < counts.claims; c++) {
    const article = Math.floor(c / perArticle);
    const kind = CLAIM_KINDS[c % CLAIM_KINDS.length]!;
    claims.push({ id: `claim-${pad(c, 6)}-${r.pick(WORDS)}-${r.pick(VERBS)}`, story: storyOf(article), kind, quote: Array.from({ length: 10 }, () => r.pick(WORDS)) });
  }
  const claimsOfStory = (s: number) => {
    const first = s * perStory * perArticle;
    return claims.slice(first, Math.min(claims.length, first + perStory * perArticle));
  };

  for (let c = 0; c < claims.length; c++) {
    const claim = claims[c]!;
    const siblings = claimsOfStory(claim.story).filter((x) => x.id !== claim.id);
    const contradicts = c % 20 === 3 && siblings.length > 0 ? [r.pick(siblings).id] : [];
    const related = c % 10 === 5 && siblings.length > 0 ? [r.pick(siblings).id] : [];
    const fm = [
      '---',
      `statement: ${yq(`${capital(claim.quote.slice(0, 4).join(' '))} ${r.pick(VERBS)} the ${claim.quote.slice(4, 7).join(' ')}.`)}`,
      `story: ${storyIds[claim.story]}`,
      `kind: ${claim.kind}`,
      ...(claim.kind === 'quote' || claim.kind === 'attribution' ? [`speaker: ${entityIds[c % entityIds.length]}`] : []),
      'entities:',
      `  - ${entityIds[(c * 7) % entityIds.length]}`,
      ...(options.focusEntity && (c * 7) % entityIds.length !== 0 ? [`  - ${entityIds[0]}`] : []),
      ...(c % 10 === 0
        ? ['verdict:', `  rating: ${RATINGS[(c / 10) % RATINGS.length]}`, `  summary: ${yq(sentence())}`, `  date: ${day(40 + (c % 300))}`]
        : []),
      ...(contradicts.length ? ['contradicts:', ...contradicts.map((id) => `  - ${id}`)] : []),
      ...(related.length ? ['related:', ...related.map((id) => `  - ${id}`)] : []),
      ...(c % 50 === 11 ? ['aliases:', `  - earlier-${claim.id}`] : []),
      '---',
      '',
      ...(c % 3 === 0 ? [`${sentence()} ${sentence()}`, ''] : []),
    ];
    files.set(`claims/${claim.id}.md`, fm.join('\n'));
  }

  const articleIds: string[] = [];
  for (let j = 0; j < n; j++) {
    const id = `article-${pad(j, 6)}-${r.pick(WORDS)}-${r.pick(WORDS)}`;
    articleIds.push(id);
    const s = storyOf(j);
    const own = claims.slice(j * perArticle, (j + 1) * perArticle);
    const pool = claimsOfStory(s);
    const mentions: { claim: ClaimPlan; stance: string }[] = own.map((claim) => ({ claim, stance: 'asserts' }));
    if (options.focusClaim && j % perStory > 0) mentions.push({ claim: pool[0]!, stance: r.pick(STANCES) });
    while (mentions.length < mentionsPer) mentions.push({ claim: r.pick(pool), stance: r.pick(STANCES) });
    counts.mentions += mentions.length;

    const via = j % 20 === 13 && j % perStory > 0 ? articleIds[j - 1] : undefined;
    const outlet = outletIds[j % outletIds.length]!;
    const fm = [
      '---',
      `headline: ${yq(`${capital(r.pick(WORDS))} ${r.pick(VERBS)} as ${r.pick(WORDS)} ${r.pick(WORDS)} meets in ${r.pick(PLACES)}`)}`,
      `outlet: ${outlet}`,
      ...(j % 10 === 9 ? [] : [`url: https://outlet-${j % outletIds.length}.example.org/news/${id}`]),
      ...(j % 4 === 1 ? [] : [`published: ${day(Math.floor(j / perDay))}`]),
      ...(j % 5 === 0 ? [] : [`byline: ${yq(`${capital(r.pick(WORDS))} ${capital(r.pick(WORDS))}`)}`]),
      `story: ${storyIds[s]}`,
      `summary: ${yq(`${sentence()} ${sentence()}`)}`,
      `kind: ${KINDS[j % KINDS.length]}`,
      `added: ${day(Math.floor(j / perDay) + 1)}T${pad(j % 24, 2)}:${pad(j % 60, 2)}:00Z`,
      ...(via ? [`via: ${via}`] : []),
      'entities:',
      `  - ${entityIds[(j * 5) % entityIds.length]}`,
      `  - ${entityIds[(j * 5 + 1) % entityIds.length]}`,
      ...(j % 100 === 42 ? ['aliases:', `  - previously-${id}`] : []),
      '---',
      '',
      `${sentence()} ${sentence()} ${sentence()} ${j % 7 === 0 ? 'The session ran until 10:30 and the vote went 3:1.' : ''}`.trimEnd(),
      '',
    ];
    const body: string[] = [];
    for (const [k, m] of mentions.entries()) {
      const span =
        m.claim.kind === 'quote'
          ? // Quote claims: the same words, with one word changed in some outlets (quote drift).
            `“${m.claim.quote.map((w, i) => (i === 3 && (j + k) % 3 === 0 ? r.pick(WORDS) : w)).join(' ')}”`
          : `${m.claim.quote.slice(0, 6).join(' ')} ${r.pick(VERBS)}`;
      const stance = m.stance === 'asserts' ? '' : ` stance=${m.stance}`;
      const lead = m.claim.kind === 'quote' ? `${capital(r.pick(WORDS))} said` : capital(words(2));
      const paragraph = `${lead} :claim[${span}]{#${m.claim.id}${stance}} ${words(8)}.`;
      body.push(k % 3 === 0 ? `> ${paragraph}` : `${sentence()} ${paragraph}`, '');
      if (k % 4 === 3) body.push(`## ${capital(words(3))}`, '');
    }
    files.set(`articles/${id}.md`, [...fm, ...body].join('\n'));
  }
  return { files, counts };
}

/** Writes a corpus into `dir` (its content folder), replacing whatever was there. */
export function writeCorpus(dir: string, corpus: SyntheticCorpus): void {
  rmSync(dir, { recursive: true, force: true });
  const made = new Set<string>();
  for (const [file, text] of corpus.files) {
    const folder = path.dirname(path.join(dir, file));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(path.join(dir, file), text);
  }
}

const usage = `Usage: npx node scripts/lib/synthetic-corpus.ts --out DIR [--articles N] [--seed S] [--articles-per-story N] [--outlets N] [--entities N] [--mentions-per-article N] [--focus-claim] [--focus-entity]

Writes a synthetic corpus that passes the checks into DIR, as a content folder (articles/, claims/, …):
CROSSCHECK_CONTENT=DIR npm run check then checks it. DIR is emptied first.
  --out DIR                 the content folder to write (required; whatever it holds is deleted)
  --articles N              how many articles (default 500); per 1,000: 2,000 claims, 100 stories,
                            40 outlets, 125 entities
  --seed S                  seed of the pseudo-random choices (default 1): the same options give the same files
  --articles-per-story N    articles per story (default 10)
  --outlets N               outlets (default one per 25 articles, at least 4)
  --entities N              entities (default one per 8 articles, at least 6)
  --mentions-per-article N  claim mentions per article (default 8)
  --focus-claim             every article also mentions its story's first claim
  --focus-entity            every claim is also about the first entity
`;

if (import.meta.main) {
  const command = 'npx node scripts/lib/synthetic-corpus.ts';
  const { values } = commandLine(command, {
    options: {
      articles: { type: 'string', default: '500' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'articles-per-story': { type: 'string' },
      outlets: { type: 'string' },
      entities: { type: 'string' },
      'mentions-per-article': { type: 'string' },
      'focus-claim': { type: 'boolean', default: false },
      'focus-entity': { type: 'boolean', default: false },
    },
  }, usage);
  const wrong = (what: string): never => {
    process.stderr.write(`${command}: ${what}.\n${usage}`);
    process.exit(2);
  };
  if (!values.out) wrong('--out DIR is required');
  const number = (name: 'articles' | 'seed' | 'articles-per-story' | 'outlets' | 'entities' | 'mentions-per-article'): number | undefined => {
    const given = values[name];
    if (given === undefined) return undefined;
    const n = Number(given.replace(/_/g, ''));
    return Number.isInteger(n) && n >= (name === 'seed' ? 0 : 1) ? n : wrong(`--${name} takes a whole number${name === 'seed' ? '' : ' of at least 1'}, not "${given}"`);
  };
  const corpus = generateCorpus({
    articles: number('articles')!,
    seed: number('seed'),
    articlesPerStory: number('articles-per-story'),
    outlets: number('outlets'),
    entities: number('entities'),
    mentionsPerArticle: number('mentions-per-article'),
    focusClaim: values['focus-claim'],
    focusEntity: values['focus-entity'],
  });
  writeCorpus(values.out!, corpus);
  process.stdout.write(`Wrote ${corpus.files.size} files to ${values.out}: ${JSON.stringify(corpus.counts)}\n`);
}
