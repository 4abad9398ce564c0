/**
 * The sentences the site writes from counts, read as a copy editor would, for counts of 0, 1, 2
 * and many: the noun agrees with its number ("1 source", "2 sources"), the verb with its subject
 * ("1 of 3 claims … is"), and no word or stop is doubled. Each builder's own test file holds its
 * exact wording; this one runs every builder over the same counts and reads what comes out.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/lib/corpus.ts';
import { corroborate } from '../../../src/lib/corroboration.ts';
import { asClaimId } from '../../../src/lib/ids.ts';
import type { Stance } from '../../../src/lib/mentions.ts';
import { deriveStatus, verdictAgainstStatus } from '../../../src/lib/status.ts';
import { article, corpus, m, outlet, prepare } from './helpers.ts';
import { hiddenClaimsNote } from '../../../src/lib/coverage.ts';
import { describeLeftOut } from '../../../src/lib/differences.ts';
import { describeIndependence } from '../../../src/lib/independence.ts';
import { allOf, plural, theOthers } from '../../../src/lib/labels.ts';
import type { ClaimId } from '../../../src/lib/ids.ts';
import { describeBestAttested, describeMeaningChange, type MeaningChange, type TieBreak } from '../../../src/lib/quote-drift.ts';
import { describeContest } from '../../../src/lib/rankings.ts';
import { restOnOneLine } from '../../../src/lib/sub-pages.ts';
import { firstReportNote, undatedNote } from '../../../src/lib/timeline.ts';

const COUNTS = [0, 1, 2, 7] as const;
const NOUNS = 'sources?|articles?|claims?|mentions?|outlets?|wordings?|renditions?|pages?|quotations?';

/** What a copy editor would mark in a sentence built from counts. */
function problems(sentence: string): string[] {
  const found: string[] = [];
  const one = new RegExp(`(?<![\\d.,])1 (?:(?:independent|other|more|new|later|earlier) ){0,2}(?:${NOUNS})\\b`, 'g');
  for (const [phrase] of sentence.matchAll(one)) if (/s$/.test(phrase)) found.push(`"${phrase}": a plural noun after 1`);
  const many = new RegExp(`(?<![\\d.,])(?:0|[2-9]|\\d{2,}) (?:(?:independent|other|more|new|later|earlier) ){0,2}(?:${NOUNS})\\b`, 'g');
  for (const [phrase] of sentence.matchAll(many)) if (!/s$/.test(phrase)) found.push(`"${phrase}": a singular noun after a count other than 1`);
  for (const [phrase] of sentence.matchAll(/\b(\w+) \1\b/gi)) found.push(`"${phrase}": a doubled word`);
  if (/[,;:.]\s*[,;:.]/.test(sentence)) found.push('doubled punctuation');
  if (/\s[,;:.)]/.test(sentence) || /\(\s/.test(sentence)) found.push('a space before a stop or inside a bracket');
  if (/\s{2,}/.test(sentence) || sentence !== sentence.trim()) found.push('a doubled or stray space');
  if (/\b1 (?:\w+ ){0,4}(?:are|have|assert|hold|dispute)\b/.test(sentence) && !/of which|, \d+ of/.test(sentence)) found.push('a plural verb after 1');
  return found;
}

/** Every tuple of `arity` counts from {@link COUNTS}. */
const tuples = (arity: number): number[][] => (arity === 0 ? [[]] : tuples(arity - 1).flatMap((t) => COUNTS.map((n) => [...t, n])));

/** What `make` says for every tuple of counts it takes (undefined: a tuple that cannot occur). */
const grid = (make: (...n: number[]) => string | undefined, arity: number): string[] =>
  tuples(arity).flatMap((counts) => make(...counts) ?? []);

describe('the reader’s test', () => {
  it.each([
    ['1 independent sources (of 1 article)', ['"1 independent sources": a plural noun after 1']],
    ['mentioned by 2 of 2 other independent source', ['"2 other independent source": a singular noun after a count other than 1']],
    ['The other 1 claim are listed', ['a plural verb after 1']],
    ['0 of 1 claim it asserted are corroborated', ['a plural verb after 1']],
    ['the the claim', ['"the the": a doubled word']],
    ['disputed,, it', ['doubled punctuation']],
  ])('marks %j', (sentence, marks) => {
    expect(problems(sentence)).toEqual(marks);
  });
});

describe('every sentence built from counts, over 0, 1, 2 and many', () => {
  const cases: [string, string[]][] = [
    ['plural', grid((n) => plural(n!, 'article'), 1)],
    ['allOf', grid((n) => allOf(n!, 'story', 'stories'), 1)],
    ['describeIndependence', grid((sources, articles, unidentified) => (sources! > articles! || unidentified! > sources! ? undefined : describeIndependence({ sources: sources!, articles: articles!, unidentified: unidentified! })), 3)],
    ['describeContest', grid((support, opposition, both) => (support! < 1 || opposition! < 1 || both! > Math.min(support!, opposition!) ? undefined : describeContest({ support: support!, opposition: opposition!, both: both! })), 3)],
    ['describeLeftOut', grid((mentionedBy, of, after) => (mentionedBy! < 1 || of! < mentionedBy! ? undefined : describeLeftOut({ mentionedBy: mentionedBy!, of: of!, after: after! })), 3)],
    [
      'firstReportNote',
      grid((sure, dated, tied) => {
        const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}` as ClaimId);
        const firstReports = [...ids(sure!, 's'), ...ids(dated!, 'd')];
        return tied! > firstReports.length ? undefined : firstReportNote({ firstReports, undatedMayPrecede: ids(dated!, 'd'), tied: firstReports.slice(0, tied) });
      }, 3),
    ],
    ['undatedNote', grid((undated, dated) => (undated! < 1 ? undefined : undatedNote(undated!, dated!)), 2)],
    [
      'describeBestAttested',
      grid((sources, others) => {
        const best = { count: { sources: Math.max(1, sources!), articles: Math.max(1, sources!), unidentified: 0 } } as Parameters<typeof describeBestAttested>[0]['best'];
        return (['earliest', 'earlier-on-record', 'longer', 'order'] as TieBreak[]).map((by) => describeBestAttested({ best, tie: others! > 0 ? { others: others!, by } : undefined })).join(' ');
      }, 2),
    ],
    [
      'describeMeaningChange',
      (
        [[], ['negation'], ['number'], ['opposite'], ['negation', 'number'], ['number', 'opposite'], ['negation', 'number', 'opposite']] as MeaningChange[][]
      ).flatMap((m) => describeMeaningChange(m) ?? []),
    ],
    ['hiddenClaimsNote', [1, 2, 7, 550].map(hiddenClaimsNote)],
    ['restOnOneLine', [1, 2, 7].map(restOnOneLine)],
    ['theOthers', [1, 2, 7].map((n) => `That claim’s evidence has ${theOthers(n)}.`)],
  ];

  it.each(cases)('%s reads well', (_, sentences) => {
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.map((s) => ({ s, marks: problems(s) })).filter(({ marks }) => marks.length > 0)).toEqual([]);
  });
});

describe('the status sentence, over every mix of stances', () => {
  // What each of four sources says of claim x, by publication day: two outlets and two unidentified texts.
  const says: (null | [Stance, number][])[] = [
    null,
    [['asserts', 1]],
    [['disputes', 1]],
    [['quotes', 1]],
    [['qualifies', 1]],
    [['asserts', 1], ['disputes', 5]],
    [['disputes', 1], ['asserts', 5]],
    [['qualifies', 1], ['disputes', 5]],
    [['asserts', 1], ['disputes', 1]],
  ];
  const names = ['a', 'b', 'anon1', 'anon2'];
  const sentences = new Set<string>();
  const mixes = (n: number): (typeof says)[number][][] => (n === 0 ? [[]] : mixes(n - 1).flatMap((rest) => says.map((one) => [...rest, one])));
  for (const mix of mixes(names.length)) {
    for (const rivals of [0, 1, 2]) {
      const articles: Article[] = [];
      mix.forEach((one, i) =>
        one?.forEach(([stance, day], j) =>
          articles.push(article(`${names[i]}-${j}`, names[i]!.startsWith('anon') ? 'anon' : names[i]!, [m('x', stance)], { published: `2026-06-0${day}` })),
        ),
      );
      for (let r = 0; r < rivals; r++) articles.push(article(`r-${r}`, r === 0 ? 'a' : 'c', [m('rival')], { published: '2026-06-02' }));
      const c = corpus({ outlets: [outlet('a'), outlet('b'), outlet('c'), outlet('anon', { unidentified: true, name: 'Anon' })], articles });
      const { evidence } = prepare(c);
      const of = (id: string) => corroborate(asClaimId(id), evidence.byClaim.get(asClaimId(id)) ?? []);
      sentences.add(deriveStatus(of('x'), [of('rival')]).sentence);
    }
  }

  it('reads well in each of its hundreds of forms', () => {
    expect(sentences.size).toBeGreaterThan(500);
    expect([...sentences].map((s) => ({ s, marks: problems(s) })).filter(({ marks }) => marks.length > 0)).toEqual([]);
  });

  it('never puts "N of which" after a note on some of the sources, where it would read as of those', () => {
    expect([...sentences].filter((s) => /(?:unidentified|qualification)\)?, (?:\d+|all) of which/.test(s) && !/\(of \d+ articles?, [^)]*\), (?:\d+|all) of which/.test(s))).toEqual([]);
  });

  it.each(COUNTS.filter((n) => n > 0))('explains a verdict against the status of a claim %i sources dispute', (n) => {
    expect(problems(verdictAgainstStatus('disputed', 'accurate', n)!)).toEqual([]);
  });
});
