import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/lib/corpus.ts';
import { corroborate } from '../../../src/lib/corroboration.ts';
import { asClaimId } from '../../../src/lib/ids.ts';
import { STANCES } from '../../../src/lib/mentions.ts';
import {
  assessStatus,
  CLAIM_STATUSES,
  ClaimTally,
  denialNote,
  deriveStatus,
  groupByStatus,
  holdingSources,
  STATUS_LABELS,
  verdictAgainstStatus,
  type StatusAssessment,
} from '../../../src/lib/status.ts';
import { article, corpus, entity, m, outlet, prepare } from './helpers.ts';

/** The status of claim `x`, with `rival` declared to contradict it. */
function statusOf(articles: Article[], forecast?: string): StatusAssessment {
  const c = corpus({
    outlets: [
      outlet('own-1', { owner: 'Owner' }),
      outlet('own-2', { owner: 'Owner' }),
      outlet('anon', { unidentified: true, name: 'Anon' }),
    ],
    articles,
  });
  const { evidence } = prepare(c);
  const of = (id: string) => corroborate(asClaimId(id), evidence.byClaim.get(asClaimId(id)) ?? []);
  return deriveStatus(of('x'), [of('rival')], [], new Set(forecast === undefined ? [] : [asClaimId(forecast)]));
}

describe('deriveStatus', () => {
  it.each([
    {
      name: 'a claim no article mentions is unmentioned',
      articles: [],
      status: 'unmentioned',
      sentence: 'No article in the corpus mentions this claim yet.',
    },
    {
      name: 'two independent sources asserting corroborate it',
      articles: [
        article('a1', 'a', [m('x')]),
        article('b1', 'b', [m('x')]),
        article('c1', 'c', [m('x')], { via: 'b1' }),
      ],
      status: 'corroborated',
      sentence: 'Asserted by 2 independent sources (of 3 articles); none disputes it.',
    },
    {
      name: 'sources only qualifying it, then one that had disputed it: "of which" reads as of all of them',
      articles: [
        article('a1', 'a', [m('x', 'disputes')], { published: '2026-06-01' }),
        article('a2', 'a', [m('x')], { published: '2026-06-05' }),
        article('b1', 'b', [m('x', 'qualifies')]),
        article('c1', 'c', [m('x')]),
      ],
      status: 'corroborated',
      sentence:
        'Asserted by 3 independent sources (of 3 articles, 1 only with a qualification), 1 of which had disputed it in an earlier article; none disputes it now.',
    },
    {
      name: 'two outlets of one owner are a single source',
      articles: [article('o1', 'own-1', [m('x')]), article('o2', 'own-2', [m('x')])],
      status: 'single-source',
      sentence:
        'Asserted by only 1 independent source (of 2 articles); no other source confirms it and none disputes it.',
    },
    {
      name: 'a syndicated copy does not corroborate its original',
      articles: [article('a1', 'a', [m('x')]), article('b1', 'b', [m('x')], { via: 'a1' })],
      status: 'single-source',
      sentence:
        'Asserted by only 1 independent source (of 2 articles); no other source confirms it and none disputes it.',
    },
    {
      name: 'two copies of one wire story adding the same claim are two sources',
      articles: [
        article('w1', 'a', [m('wire-claim')]),
        article('c1', 'b', [m('wire-claim'), m('x')], { via: 'w1' }),
        article('c2', 'c', [m('wire-claim'), m('x')], { via: 'w1' }),
      ],
      status: 'corroborated',
      sentence: 'Asserted by 2 independent sources (of 2 articles); none disputes it.',
    },
    {
      name: 'unidentified sources count and are marked',
      articles: [article('u1', 'anon', [m('x')]), article('a1', 'a', [m('x')])],
      status: 'corroborated',
      sentence: 'Asserted by 2 independent sources (of 2 articles, 1 unidentified); none disputes it.',
    },
    {
      name: 'unidentified sources alone corroborate it, saying what that rests on',
      articles: [article('u1', 'anon', [m('x')]), article('u2', 'anon', [m('x')])],
      status: 'corroborated',
      sentence: 'Asserted by 2 independent sources (of 2 articles, all unidentified, counted apart though they may share a publisher); none disputes it.',
    },
    {
      name: 'unidentified sources and an identified outlet’s copy of one: said of the sources, not the articles',
      articles: [article('u1', 'anon', [m('x')]), article('u2', 'anon', [m('x')]), article('c1', 'a', [m('x')], { via: 'u1' })],
      status: 'corroborated',
      sentence: 'Asserted by 2 independent sources (of 3 articles, both sources unidentified, counted apart though they may share a publisher); none disputes it.',
    },
    {
      name: 'three unidentified sources and a copy of one',
      articles: [article('u1', 'anon', [m('x')]), article('u2', 'anon', [m('x')]), article('u3', 'anon', [m('x')]), article('c1', 'a', [m('x')], { via: 'u1' })],
      status: 'corroborated',
      sentence: 'Asserted by 3 independent sources (of 4 articles, all 3 sources unidentified, counted apart though they may share a publisher); none disputes it.',
    },
    {
      name: 'a lone unidentified source and an identified outlet’s copy of it',
      articles: [article('u1', 'anon', [m('x')]), article('c1', 'a', [m('x')], { via: 'u1' })],
      status: 'single-source',
      sentence: 'Asserted by only 1 independent source (of 2 articles, its source unidentified); no other source confirms it and none disputes it.',
    },
    {
      name: 'an unidentified source copied, and an identified one',
      articles: [article('u1', 'anon', [m('x')]), article('c1', 'a', [m('x')], { via: 'u1' }), article('b1', 'b', [m('x')])],
      status: 'corroborated',
      sentence: 'Asserted by 2 independent sources (of 3 articles, 1 source unidentified); none disputes it.',
    },
    {
      name: 'only unidentified sources quote it',
      articles: [article('u1', 'anon', [m('x', 'quotes')]), article('u2', 'anon', [m('x', 'quotes')])],
      status: 'reported-only',
      sentence:
        "Only quoted, as someone else's statement, by 2 independent sources (of 2 articles, all unidentified, counted apart though they may share a publisher); none asserts or disputes it.",
    },
    {
      name: 'a lone unidentified source is single-source and marked',
      articles: [article('u1', 'anon', [m('x')])],
      status: 'single-source',
      sentence:
        'Asserted by only 1 independent source (of 1 article, unidentified); no other source confirms it and none disputes it.',
    },
    {
      name: 'a qualification counts as a hedged assertion',
      articles: [article('a1', 'a', [m('x')]), article('b1', 'b', [m('x', 'qualifies')])],
      status: 'corroborated',
      sentence: 'Asserted by 2 independent sources (of 2 articles, 1 only with a qualification); none disputes it.',
    },
    {
      name: 'a claim only qualified says so',
      articles: [article('a1', 'a', [m('x', 'qualifies')])],
      status: 'single-source',
      sentence:
        'Asserted with a qualification by only 1 independent source (of 1 article); no other source confirms it and none disputes it.',
    },
    {
      name: 'one assertion against one dispute is contested (a tie is not weighed)',
      articles: [article('a1', 'a', [m('x')]), article('b1', 'b', [m('x', 'disputes')])],
      status: 'contested',
      sentence: 'Asserted by 1 independent source (of 1 article), but disputed by 1 independent source (of 1 article).',
    },
    {
      name: 'many assertions against one dispute are still contested',
      articles: [
        article('a1', 'a', [m('x')]),
        article('b1', 'b', [m('x')]),
        article('c1', 'c', [m('x')]),
        article('d1', 'd', [m('x', 'disputes')]),
      ],
      status: 'contested',
      sentence:
        'Asserted by 3 independent sources (of 3 articles), but disputed by 1 independent source (of 1 article).',
    },
    {
      name: 'an assertion while a contradicting claim is asserted is contested',
      articles: [
        article('a1', 'a', [m('x')]),
        article('b1', 'b', [m('rival')]),
        article('c1', 'c', [m('rival', 'qualifies')]),
      ],
      status: 'contested',
      sentence:
        'Asserted by 1 independent source (of 1 article), while a claim it contradicts is asserted by 2 independent sources.',
    },
    {
      name: 'a contradicting claim only disputed does not contest it',
      articles: [
        article('a1', 'a', [m('x')]),
        article('b1', 'b', [m('x')]),
        article('c1', 'c', [m('rival', 'disputes')]),
      ],
      status: 'corroborated',
      sentence: 'Asserted by 2 independent sources (of 2 articles); none disputes it.',
    },
    {
      name: 'disputed and never asserted is disputed',
      articles: [article('a1', 'a', [m('x', 'disputes')]), article('b1', 'b', [m('x', 'quotes')])],
      status: 'disputed',
      sentence: 'Disputed by 1 independent source (of 1 article); none asserts it.',
    },
    {
      name: 'disputed while a contradicting claim is asserted stays disputed',
      articles: [article('a1', 'a', [m('x', 'disputes')]), article('b1', 'b', [m('rival')])],
      status: 'disputed',
      sentence: 'Disputed by 1 independent source (of 1 article); none asserts it.',
    },
    {
      name: 'only ever quoted is reported-only',
      articles: [
        article('a1', 'a', [m('x', 'quotes')]),
        article('b1', 'b', [m('x', 'quotes')], { via: 'a1' }),
        article('c1', 'c', [m('x', 'quotes')]),
      ],
      status: 'reported-only',
      sentence:
        "Only quoted, as someone else's statement, by 2 independent sources (of 3 articles); none asserts or disputes it.",
    },
  ])('$name', ({ articles, status, sentence }) => {
    const result = statusOf(articles);
    expect(result.status).toBe(status);
    expect(result.label).toBe(STATUS_LABELS[result.status]);
    expect(result.sentence).toBe(sentence);
  });

  it('names the rivals that are held true and counts their sources once', () => {
    const result = statusOf([
      article('a1', 'a', [m('x')]),
      article('b1', 'b', [m('rival')]),
      article('b2', 'b', [m('rival')]),
    ]);
    expect([result.rivals, result.rivalSupport]).toEqual([['rival'], 1]);
  });

  it('is contested when one source asserts and its sister outlet disputes, and says it is one source', () => {
    const result = statusOf([article('o1', 'own-1', [m('x')]), article('o2', 'own-2', [m('x', 'disputes')])]);
    expect([result.status, result.sentence, result.bothSides]).toEqual([
      'contested',
      'Asserted by 1 independent source (of 1 article), but disputed by 1 independent source (of 1 article), which also asserts it.',
      1,
    ]);
  });

  it.each([
    {
      name: 'an outlet that asserted it, then disputed it in a later article, while another still asserts it',
      articles: [
        article('a1', 'a', [m('x')], { published: '2026-06-01' }),
        article('a2', 'a', [m('x', 'disputes')], { published: '2026-06-05' }),
        article('b1', 'b', [m('x')]),
      ],
      sentence:
        'Asserted by 2 independent sources (of 2 articles), but disputed by 1 independent source (of 1 article), which had asserted it in an earlier article.',
    },
    {
      name: 'a copy disputing what its original asserted reports on its own: two sources, neither on both sides',
      articles: [
        article('a1', 'a', [m('x')], { published: '2026-06-01' }),
        article('b1', 'b', [m('x', 'disputes')], { published: '2026-06-02', via: 'a1' }),
      ],
      sentence: 'Asserted by 1 independent source (of 1 article), but disputed by 1 independent source (of 1 article).',
    },
    {
      name: 'an outlet that disputed it, then asserted it in a later article, while another disputes it',
      articles: [
        article('a1', 'a', [m('x', 'disputes')], { published: '2026-06-01' }),
        article('a2', 'a', [m('x')], { published: '2026-06-05' }),
        article('b1', 'b', [m('x', 'disputes')]),
      ],
      sentence: 'Asserted by 1 independent source (of 1 article), but disputed by 2 independent sources (of 2 articles), 1 of which asserted it in a later article.',
    },
    {
      name: 'an outlet whose disputing article has no publication date: it may be the older',
      articles: [article('a1', 'a', [m('x')], { published: '2026-06-01' }), article('a2', 'a', [m('x', 'disputes')], { added: '2026-06-05' })],
      sentence: 'Asserted by 1 independent source (of 1 article), but disputed by 1 independent source (of 1 article), which also asserts it.',
    },
    {
      name: 'an outlet that asserts and disputes it on the same day',
      articles: [
        article('a1', 'a', [m('x')], { published: '2026-06-01' }),
        article('a2', 'a', [m('x', 'disputes')], { published: '2026-06-01' }),
      ],
      sentence: 'Asserted by 1 independent source (of 1 article), but disputed by 1 independent source (of 1 article), which also asserts it.',
    },
    {
      name: 'sources some unidentified, some of them on both sides: "of which" reads as of all of them',
      articles: [
        article('a1', 'a', [m('x'), m('x', 'disputes')]),
        article('u1', 'anon', [m('x', 'disputes')]),
        article('u2', 'anon', [m('x', 'disputes')]),
        article('b1', 'b', [m('x')]),
      ],
      sentence:
        'Asserted by 2 independent sources (of 2 articles), but disputed by 3 independent sources (of 3 articles, 2 unidentified), 1 of which also asserts it.',
    },
    {
      name: 'an article that qualifies it and disputes it: a qualification, not an assertion',
      articles: [article('a1', 'a', [m('x', 'qualifies'), m('x', 'disputes')]), article('b1', 'b', [m('x')])],
      sentence:
        'Asserted by 2 independent sources (of 2 articles, 1 only with a qualification), but disputed by 1 independent source (of 1 article), which also asserts it with a qualification in the same article.',
    },
    {
      name: 'an outlet that qualified it, then disputed it in a later article, while another asserts it',
      articles: [
        article('a1', 'a', [m('x', 'qualifies')], { published: '2026-06-01' }),
        article('a2', 'a', [m('x', 'disputes')], { published: '2026-06-05' }),
        article('b1', 'b', [m('x')]),
      ],
      sentence:
        'Asserted by 2 independent sources (of 2 articles, 1 only with a qualification), but disputed by 1 independent source (of 1 article), which had asserted it with a qualification in an earlier article.',
    },
    {
      name: 'one of two disputing sources disputed it after asserting it',
      articles: [
        article('a1', 'a', [m('x')], { published: '2026-06-01' }),
        article('a2', 'a', [m('x', 'disputes')], { published: '2026-06-05' }),
        article('b1', 'b', [m('x')]),
        article('c1', 'c', [m('x', 'disputes')]),
      ],
      sentence:
        'Asserted by 2 independent sources (of 2 articles), but disputed by 2 independent sources (of 2 articles), 1 of which had asserted it in an earlier article.',
    },
  ])('says when a source on both sides disputed the claim only later, and only then: $name', ({ articles, sentence }) => {
    const result = statusOf(articles);
    expect([result.status, result.sentence]).toEqual(['contested', sentence]);
  });

  it.each([
    {
      name: 'its only source asserted it, then disputed it in a later article',
      articles: [
        article('a1', 'a', [m('x')], { published: '2026-06-01' }),
        article('a2', 'a', [m('x', 'disputes')], { published: '2026-06-05' }),
      ],
      sentence: 'Disputed by 1 independent source (of 1 article), which had asserted it in an earlier article; none asserts it now.',
    },
    {
      name: 'its only source qualified it, then disputed it in a later article',
      articles: [
        article('a1', 'a', [m('x', 'qualifies')], { published: '2026-06-01' }),
        article('a2', 'a', [m('x', 'disputes')], { published: '2026-06-05' }),
      ],
      sentence:
        'Disputed by 1 independent source (of 1 article), which had asserted it with a qualification in an earlier article; none asserts it now.',
    },
    {
      name: 'both its sources asserted it, then disputed it later, and a third only ever disputed it',
      articles: [
        article('a1', 'a', [m('x')], { published: '2026-06-01' }),
        article('a2', 'a', [m('x', 'disputes')], { published: '2026-06-05' }),
        article('b1', 'b', [m('x')], { published: '2026-06-02' }),
        article('b2', 'b', [m('x', 'disputes')], { published: '2026-06-03T09:00:00Z' }),
        article('c1', 'c', [m('x', 'disputes')]),
      ],
      sentence:
        'Disputed by 3 independent sources (of 3 articles), 2 of which had asserted it in earlier articles; none asserts it now.',
    },
    {
      name: 'its only source asserted it, then disputed it later, while a claim it contradicts is asserted',
      articles: [
        article('a1', 'a', [m('x')], { published: '2026-06-01' }),
        article('a2', 'a', [m('x', 'disputes')], { published: '2026-06-05' }),
        article('b1', 'b', [m('rival')]),
      ],
      sentence: 'Disputed by 1 independent source (of 1 article), which had asserted it in an earlier article; none asserts it now.',
    },
  ])('is disputed, not contested, when every source holding it true disputed it later: $name', ({ articles, sentence }) => {
    const result = statusOf(articles);
    expect([result.status, result.sentence]).toEqual(['disputed', sentence]);
  });

  it.each([
    {
      name: 'its only source disputed it, then asserted it in a later article',
      articles: [
        article('a1', 'a', [m('x', 'disputes')], { published: '2026-06-01' }),
        article('a2', 'a', [m('x')], { published: '2026-06-05' }),
      ],
      status: 'single-source',
      sentence:
        'Asserted by only 1 independent source (of 1 article), which had disputed it in an earlier article; no other source confirms it and none disputes it now.',
    },
    {
      name: 'one of two sources disputed it, then asserted it later',
      articles: [
        article('a1', 'a', [m('x', 'disputes')], { published: '2026-06-01' }),
        article('a2', 'a', [m('x')], { published: '2026-06-05' }),
        article('b1', 'b', [m('x')]),
      ],
      status: 'corroborated',
      sentence: 'Asserted by 2 independent sources (of 2 articles), 1 of which had disputed it in an earlier article; none disputes it now.',
    },
  ])('is not contested when every source disputing it held it true later: $name', ({ articles, status, sentence }) => {
    const result = statusOf(articles);
    expect([result.status, result.sentence]).toEqual([status, sentence]);
  });

  it.each([
    {
      name: 'its only source corrected it, in the article asserting this one (a correction: "not March 2027 but 2028")',
      articles: [
        article('a1', 'a', [m('rival')], { published: '2026-09-15' }),
        article('a2', 'a', [m('rival', 'disputes'), m('x')], { published: '2026-09-17' }),
      ],
      status: 'single-source',
      sentence: 'Asserted by only 1 independent source (of 1 article); no other source confirms it and none disputes it.',
      rivalSupport: 0,
    },
    {
      name: 'one of its two sources corrected it, the other still holds it',
      articles: [
        article('a1', 'a', [m('rival')], { published: '2026-09-15' }),
        article('a2', 'a', [m('rival', 'disputes'), m('x')], { published: '2026-09-17' }),
        article('b1', 'b', [m('rival')]),
      ],
      status: 'contested',
      sentence: 'Asserted by 1 independent source (of 1 article), while a claim it contradicts is asserted by 1 independent source.',
      rivalSupport: 1,
    },
    {
      name: 'its only source disputed it on the same day: not certainly later, so it still holds it',
      articles: [
        article('a1', 'a', [m('rival')], { published: '2026-09-15' }),
        article('a2', 'a', [m('rival', 'disputes'), m('x')], { published: '2026-09-15' }),
      ],
      status: 'contested',
      sentence: 'Asserted by 1 independent source (of 1 article), while a claim it contradicts is asserted by 1 independent source, which also asserts this one.',
      rivalSupport: 1,
    },
  ])('weighs a claim it contradicts by the sources holding that claim now: $name', ({ articles, status, sentence, rivalSupport }) => {
    const result = statusOf(articles);
    expect([result.status, result.sentence, result.rivalSupport]).toEqual([status, sentence, rivalSupport]);
  });

  it('works out the sources holding a claim true now once per claim: a claim n others contradict is read for each of them', () => {
    const c = corpus({
      articles: [
        article('a1', 'a', [m('x')], { published: '2026-09-15' }),
        article('a2', 'a', [m('x', 'disputes')], { published: '2026-09-17' }),
        article('b1', 'b', [m('x')]),
      ],
    });
    const { evidence } = prepare(c);
    const x = corroborate(asClaimId('x'), evidence.byClaim.get(asClaimId('x')) ?? []);
    expect([...holdingSources(x)]).toEqual(['outlet:b']);
    // The same set the second time: building the tally again for each of 3,000 claims contradicting x took a site index 10 times as long.
    expect(holdingSources(x)).toBe(holdingSources(x));
  });

  it.each([
    {
      forecast: 'rival',
      name: 'the outcome, contradicted only by the forecast its own source reported earlier',
      articles: [article('a1', 'a', [m('rival')], { published: '2027-01-09' }), article('a2', 'a', [m('x')], { published: '2027-06-25' })],
      status: 'single-source',
      sentence:
        'Asserted by only 1 independent source (of 1 article), which had asserted a claim it contradicts in an earlier article; no other source confirms it and none disputes it.',
    },
    {
      forecast: 'rival',
      name: 'the outcome, reported by two sources, one of which had reported the forecast',
      articles: [
        article('a1', 'a', [m('rival')], { published: '2027-01-09' }),
        article('a2', 'a', [m('x')], { published: '2027-06-25' }),
        article('b1', 'b', [m('x')], { published: '2027-06-26' }),
      ],
      status: 'corroborated',
      sentence: 'Asserted by 2 independent sources (of 2 articles), 1 of which had asserted a claim it contradicts in an earlier article; none disputes it.',
    },
    {
      forecast: 'rival',
      name: 'the outcome, disputed by another source, and contradicted by its own source’s earlier forecast',
      articles: [
        article('a1', 'a', [m('rival')], { published: '2027-01-09' }),
        article('a2', 'a', [m('x')], { published: '2027-06-25' }),
        article('d1', 'd', [m('x', 'disputes')], { published: '2027-06-26' }),
      ],
      status: 'contested',
      sentence:
        'Asserted by 1 independent source (of 1 article), which had asserted a claim it contradicts in an earlier article, but disputed by 1 independent source (of 1 article).',
    },
    {
      forecast: 'x',
      name: 'the forecast, whose only source reported the outcome contradicting it later',
      articles: [article('a1', 'a', [m('x')], { published: '2027-01-09' }), article('a2', 'a', [m('rival')], { published: '2027-06-25' })],
      status: 'disputed',
      sentence: 'A claim it contradicts is asserted by 1 independent source, which had asserted this one in an earlier article; none asserts it now.',
    },
    {
      forecast: 'x',
      name: 'the forecast, also disputed, whose only source reported the outcome later',
      articles: [
        article('a1', 'a', [m('x')], { published: '2027-01-09' }),
        article('a2', 'a', [m('rival')], { published: '2027-06-25' }),
        article('d1', 'd', [m('x', 'disputes')], { published: '2027-03-01' }),
      ],
      status: 'disputed',
      sentence:
        'Disputed by 1 independent source (of 1 article), while a claim it contradicts is asserted by 1 independent source, which had asserted this one in an earlier article; none asserts it now.',
    },
    {
      forecast: 'x',
      name: 'the forecast and the outcome the same day: held at once',
      articles: [article('a1', 'a', [m('x')], { published: '2027-06-25' }), article('a2', 'a', [m('rival')], { published: '2027-06-25' })],
      status: 'contested',
      sentence: 'Asserted by 1 independent source (of 1 article), while a claim it contradicts is asserted by 1 independent source, which also asserts this one.',
    },
    {
      name: 'an outcome and an earlier claim contradicting it, neither a forecast: a source’s two words at odds',
      forecast: undefined,
      articles: [article('a1', 'a', [m('rival')], { published: '2027-01-09' }), article('a2', 'a', [m('x')], { published: '2027-06-25' })],
      status: 'contested',
      sentence: 'Asserted by 1 independent source (of 1 article), while a claim it contradicts is asserted by 1 independent source, which asserted this one in a later article.',
    },
  ])('takes a source’s later word over its forecast: $name', ({ articles, status, sentence, forecast }) => {
    const result = statusOf(articles, forecast);
    expect([result.status, result.sentence]).toEqual([status, sentence]);
  });

  it('stays contested when a source disputed it and held it true later, while a claim contradicting it is held true', () => {
    const result = statusOf([
      article('a1', 'a', [m('x', 'disputes')], { published: '2026-06-01' }),
      article('a2', 'a', [m('x')], { published: '2026-06-05' }),
      article('b1', 'b', [m('rival')]),
    ]);
    expect(result.status).toBe('contested');
  });

  it.each([
    {
      name: 'one of two disputing sources also asserts it',
      articles: [
        article('a1', 'a', [m('x'), m('x', 'disputes')]),
        article('b1', 'b', [m('x')]),
        article('c1', 'c', [m('x', 'disputes')]),
      ],
      sentence:
        'Asserted by 2 independent sources (of 2 articles), but disputed by 2 independent sources (of 2 articles), 1 of which also asserts it.',
      bothSides: 1,
    },
    {
      name: 'one article asserting and disputing it, the only one to mention it',
      articles: [article('a1', 'a', [m('x'), m('x', 'disputes')])],
      sentence: 'Asserted by 1 independent source (of 1 article), but disputed by 1 independent source (of 1 article), which also asserts it in the same article.',
      bothSides: 1,
    },
    {
      name: 'a source asserting it in one article and disputing it in another of the same day',
      articles: [article('a1', 'a', [m('x')], { published: '2026-06-01' }), article('a2', 'a', [m('x', 'disputes')], { published: '2026-06-01' })],
      sentence: 'Asserted by 1 independent source (of 1 article), but disputed by 1 independent source (of 1 article), which also asserts it.',
      bothSides: 1,
    },
    {
      name: 'both disputing sources also assert it',
      articles: [article('a1', 'a', [m('x'), m('x', 'disputes')]), article('b1', 'b', [m('x'), m('x', 'disputes')])],
      sentence:
        'Asserted by 2 independent sources (of 2 articles), but disputed by 2 independent sources (of 2 articles), all of which also assert it in the same articles.',
      bothSides: 2,
    },
    {
      name: 'the only source asserting a rival also asserts it',
      articles: [article('a1', 'a', [m('x'), m('rival')]), article('b1', 'b', [m('x')])],
      sentence:
        'Asserted by 2 independent sources (of 2 articles), while a claim it contradicts is asserted by 1 independent source, which also asserts this one.',
      bothSides: 1,
    },
    {
      name: 'the source asserting a rival had asserted it in an earlier article (a forecast, then its outcome)',
      articles: [
        article('a1', 'a', [m('x')], { published: '2027-01-08' }),
        article('a2', 'a', [m('rival')], { published: '2027-02-25' }),
        article('b1', 'b', [m('x')], { published: '2027-01-08' }),
      ],
      sentence:
        'Asserted by 2 independent sources (of 2 articles), while a claim it contradicts is asserted by 1 independent source, which had asserted this one in an earlier article.',
      bothSides: 1,
    },
    {
      name: 'a source asserting a rival asserted it in a later article (neither a forecast)',
      articles: [
        article('a1', 'a', [m('rival')], { published: '2027-01-09' }),
        article('a2', 'a', [m('x')], { published: '2027-02-25' }),
        article('b1', 'b', [m('x')], { published: '2027-02-20' }),
        article('c1', 'c', [m('rival')], { published: '2027-01-08' }),
      ],
      sentence:
        'Asserted by 2 independent sources (of 2 articles), while a claim it contradicts is asserted by 2 independent sources, 1 of which asserted this one in a later article.',
      bothSides: 1,
    },
    {
      name: 'a source asserting a rival the same day: not certainly one after the other',
      articles: [
        article('a1', 'a', [m('rival')], { published: '2027-02-25' }),
        article('a2', 'a', [m('x')], { published: '2027-02-25' }),
        article('b1', 'b', [m('x')], { published: '2027-02-20' }),
      ],
      sentence: 'Asserted by 2 independent sources (of 2 articles), while a claim it contradicts is asserted by 1 independent source, which also asserts this one.',
      bothSides: 1,
    },
    {
      name: 'a source asserting a rival in an article without a publication date',
      articles: [
        article('a1', 'a', [m('rival')]),
        article('a2', 'a', [m('x')], { published: '2027-02-25' }),
        article('b1', 'b', [m('x')], { published: '2027-02-20' }),
      ],
      sentence: 'Asserted by 2 independent sources (of 2 articles), while a claim it contradicts is asserted by 1 independent source, which also asserts this one.',
      bothSides: 1,
    },
    {
      name: 'no source on both sides',
      articles: [article('a1', 'a', [m('x')]), article('b1', 'b', [m('x', 'disputes'), m('rival')])],
      sentence:
        'Asserted by 1 independent source (of 1 article), but disputed by 1 independent source (of 1 article), while a claim it contradicts is asserted by 1 independent source.',
      bothSides: 0,
    },
  ])('says when $name', ({ articles, sentence, bothSides }) => {
    const result = statusOf(articles);
    expect([result.status, result.sentence, result.bothSides]).toEqual(['contested', sentence, bothSides]);
  });

  describe('a claim disputed only by its own subject', () => {
    const acme = entity('acme', { name: 'Acme Corp', kind: 'organisation', names: ['Acme'] });
    const rivalCo = entity('rival-co', { name: 'Rival Co', kind: 'organisation' });
    const statusWith = (articles: Article[], subjects = [acme], rivals: string[] = []) => {
      const c = corpus({
        outlets: [
          outlet('acme', { name: 'Acme newsroom' }),
          outlet('acme-blog', { name: 'Acme' }),
          outlet('acme-paper', { name: 'Daily Acme', owner: 'Acme Corp' }),
          outlet('rival', { name: 'Rival Co' }),
          outlet('anon', { name: 'Acme', unidentified: true }),
        ],
        articles,
      });
      const { evidence } = prepare(c);
      const of = (id: string) => corroborate(asClaimId(id), evidence.byClaim.get(asClaimId(id)) ?? []);
      return deriveStatus(of('x'), rivals.map(of), subjects);
    };
    it.each([
      {
        name: 'a company denying a report about itself, on its own site (outlet id)',
        articles: [article('a1', 'a', [m('x')]), article('b1', 'b', [m('x')]), article('c1', 'acme', [m('x', 'disputes')])],
        status: 'contested',
        sentence: 'Asserted by 2 independent sources (of 2 articles), but disputed only by Acme Corp (1 article), the party the claim is about: a denial, not an independent source’s dispute.',
      },
      {
        name: 'an outlet named as the subject’s other name',
        articles: [article('a1', 'a', [m('x')]), article('c1', 'acme-blog', [m('x', 'disputes')])],
        status: 'contested',
        sentence: 'Asserted by 1 independent source (of 1 article), but disputed only by Acme Corp (1 article), the party the claim is about: a denial, not an independent source’s dispute.',
      },
      {
        name: 'the subject’s own outlets, by id and by another name, in two articles',
        articles: [article('a1', 'a', [m('x')]), article('c1', 'acme-blog', [m('x', 'disputes')]), article('c2', 'acme', [m('x', 'disputes')])],
        status: 'contested',
        sentence: 'Asserted by 1 independent source (of 1 article), but disputed only by Acme Corp (2 articles), the party the claim is about: a denial, not an independent source’s dispute.',
      },
      {
        name: 'a paper the subject owns: not the subject itself',
        articles: [article('a1', 'a', [m('x')]), article('c1', 'acme-paper', [m('x', 'disputes')])],
        status: 'contested',
        sentence: 'Asserted by 1 independent source (of 1 article), but disputed by 1 independent source (of 1 article).',
      },
      {
        name: 'a denial no source asserts against',
        articles: [article('c1', 'acme', [m('x', 'disputes')]), article('q1', 'q', [m('x', 'quotes')])],
        status: 'disputed',
        sentence: 'Disputed only by Acme Corp (1 article), the party the claim is about: a denial, not an independent source’s dispute; none asserts it.',
      },
      {
        name: 'two subjects each denying it',
        subjects: [acme, rivalCo],
        articles: [article('a1', 'a', [m('x')]), article('c1', 'acme', [m('x', 'disputes')]), article('r1', 'rival', [m('x', 'disputes')])],
        status: 'contested',
        sentence: 'Asserted by 1 independent source (of 1 article), but disputed only by Acme Corp and Rival Co (2 articles), the parties the claim is about: denials, not an independent source’s dispute.',
      },
      {
        name: 'an independent source disputing it too: no denial alone',
        articles: [article('a1', 'a', [m('x')]), article('c1', 'acme', [m('x', 'disputes')]), article('d1', 'd', [m('x', 'disputes')])],
        status: 'contested',
        sentence: 'Asserted by 1 independent source (of 1 article), but disputed by 2 independent sources (of 2 articles).',
      },
      {
        name: 'another company disputing it, not one the claim is about',
        articles: [article('a1', 'a', [m('x')]), article('r1', 'rival', [m('x', 'disputes')])],
        status: 'contested',
        sentence: 'Asserted by 1 independent source (of 1 article), but disputed by 1 independent source (of 1 article).',
      },
      {
        name: 'an unidentified text of the subject’s name: no one knows who wrote it',
        articles: [article('a1', 'a', [m('x')]), article('u1', 'anon', [m('x', 'disputes')])],
        status: 'contested',
        sentence: 'Asserted by 1 independent source (of 1 article), but disputed by 1 independent source (of 1 article, unidentified).',
      },
      {
        name: 'the subject asserting it and denying it: told as a source on both sides',
        articles: [article('a1', 'a', [m('x')]), article('c1', 'acme', [m('x'), m('x', 'disputes')])],
        status: 'contested',
        sentence:
          'Asserted by 1 independent source (of 1 article) besides Acme Corp (1 article), the word of the party the claim is about, but disputed by 1 independent source (of 1 article), which also asserts it in the same article.',
      },
      {
        name: 'a denial beside a contradicting claim held true',
        rivals: ['rival'],
        articles: [article('a1', 'a', [m('x')]), article('c1', 'acme', [m('x', 'disputes')]), article('b1', 'b', [m('rival')])],
        status: 'contested',
        sentence: 'Asserted by 1 independent source (of 1 article), but disputed only by Acme Corp (1 article), the party the claim is about: a denial, not an independent source’s dispute, while a claim it contradicts is asserted by 1 independent source.',
      },
    ])('$name', ({ articles, subjects, rivals, status, sentence }) => {
      const result = statusWith(articles, subjects, rivals);
      expect([result.status, result.sentence]).toEqual([status, sentence]);
    });

    it.each([
      {
        name: 'its press release and one news report: a single source, not corroboration',
        articles: [article('c1', 'acme', [m('x')]), article('a1', 'a', [m('x')])],
        status: 'single-source',
        sentence:
          'Asserted by only 1 independent source (of 1 article) besides Acme Corp (1 article), the word of the party the claim is about; no other source confirms it and none disputes it.',
      },
      {
        name: 'its press release alone',
        articles: [article('c1', 'acme', [m('x')]), article('c2', 'acme-blog', [m('x')])],
        status: 'single-source',
        sentence: 'Asserted by only Acme Corp (2 articles), the word of the party the claim is about; no other source confirms it and none disputes it.',
      },
      {
        name: 'its press release and two news reports: corroborated by those two',
        articles: [article('c1', 'acme', [m('x')]), article('a1', 'a', [m('x')]), article('b1', 'b', [m('x', 'qualifies')])],
        status: 'corroborated',
        sentence:
          'Asserted by 2 independent sources (of 2 articles, 1 only with a qualification) besides Acme Corp (1 article), the word of the party the claim is about; none disputes it.',
      },
      {
        name: 'a paper it owns and one news report',
        articles: [article('p1', 'acme-paper', [m('x')]), article('a1', 'a', [m('x')])],
        status: 'single-source',
        sentence:
          'Asserted by only 1 independent source (of 1 article) besides Acme Corp’s Daily Acme (1 article), the word of the party the claim is about; no other source confirms it and none disputes it.',
      },
      {
        name: 'a wire copy of its press release (via) and one news report',
        articles: [article('c1', 'acme', [m('x')]), article('w1', 'w', [m('x')], { via: 'c1' }), article('a1', 'a', [m('x')])],
        status: 'single-source',
        sentence:
          'Asserted by only 1 independent source (of 1 article) besides Acme Corp (2 articles), the word of the party the claim is about; no other source confirms it and none disputes it.',
      },
      {
        name: 'its press release, disputed by a news report',
        articles: [article('c1', 'acme', [m('x')]), article('d1', 'd', [m('x', 'disputes')])],
        status: 'contested',
        sentence:
          'Asserted by only Acme Corp (1 article), the word of the party the claim is about, but disputed by 1 independent source (of 1 article).',
      },
      {
        name: 'a claim of another company, asserted by the press release',
        subjects: [rivalCo],
        articles: [article('c1', 'acme', [m('x')]), article('a1', 'a', [m('x')])],
        status: 'corroborated',
        sentence: 'Asserted by 2 independent sources (of 2 articles); none disputes it.',
      },
    ])('asserted by its own subject: $name', ({ articles, subjects, status, sentence }) => {
      const result = statusWith(articles, subjects);
      expect([result.status, result.sentence]).toEqual([status, sentence]);
    });
  });

  it('ignores a claim passed as its own rival', () => {
    const c = corpus({ articles: [article('a1', 'a', [m('x')])] });
    const own = corroborate(asClaimId('x'), prepare(c).evidence.byClaim.get(asClaimId('x')) ?? []);
    expect(deriveStatus(own, [own]).status).toBe('single-source');
  });

  it('weighs 150,000 sources that each asserted a claim and then disputed it in one pass', () => {
    // Searching the claim's sources for each source on both sides took 150,000² comparisons (minutes).
    const n = 150_000;
    const c = corpus({
      articles: [
        article('held', 'a', [m('x')], { published: '2026-06-01' }),
        article('withdrawn', 'a', [m('x', 'disputes')], { published: '2026-06-05' }),
      ],
    });
    const [held, withdrawn] = prepare(c).evidence.byClaim.get(asClaimId('x'))!;
    const as = (e: typeof held, i: number) => ({ ...e!, source: { ...e!.source, key: `outlet:o${i}` as const } });
    const evidence = [...Array.from({ length: n }, (_, i) => as(held, i)), ...Array.from({ length: n }, (_, i) => as(withdrawn, i))];
    const result = deriveStatus(corroborate(asClaimId('x'), evidence));
    expect([result.status, result.sentence.endsWith('all of which had asserted it in earlier articles; none asserts it now.')]).toEqual(['disputed', true]);
  });
});

describe('ClaimTally', () => {
  it('assesses the mentions left after some are removed as deriveStatus assesses them', () => {
    const arb = fc.record({
      articles: fc.array(
        fc.record({
          outlet: fc.constantFrom('own-1', 'own-2', 'anon', 'a', 'b'),
          published: fc.option(fc.constantFrom('2026-06-01', '2026-06-02', '2026-06-02T09:00:00Z', '2026-06-03T18:00:00Z'), { nil: undefined }),
          stances: fc.array(fc.constantFrom(...STANCES), { minLength: 1, maxLength: 3 }),
        }),
        { maxLength: 8 },
      ),
      removed: fc.array(fc.nat({ max: 12 }), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(arb, ({ articles, removed }) => {
        const c = corpus({
          outlets: [outlet('own-1', { owner: 'Owner' }), outlet('own-2', { owner: 'Owner' }), outlet('anon', { unidentified: true, name: 'Anon' })],
          articles: articles.map((a, i) => article(`a${i}`, a.outlet, a.stances.map((stance) => m('x', stance)), { published: a.published })),
        });
        const evidence = [...(prepare(c).evidence.byClaim.get(asClaimId('x')) ?? [])];
        const tally = ClaimTally.of(asClaimId('x'), evidence);
        const gone = new Set(removed.filter((i) => i < evidence.length).map((i) => evidence[i]!));
        for (const e of gone) tally.remove(e);
        const left = evidence.filter((e) => !gone.has(e));
        expect(assessStatus(tally)).toEqual(deriveStatus(corroborate(asClaimId('x'), left)));
      }),
      { numRuns: 500 },
    );
  });

  it('reads the dates of a source\'s mentions a bounded number of times each when they are taken out one by one, earliest first', () => {
    // What the status history does to the copies of a chain whose originals arrive last (newest
    // first): each arriving original takes them all out of one source and adds them to another.
    const n = 2000;
    const days = Array.from({ length: n }, (_, i) => new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString());
    const c = corpus({ articles: days.map((published, i) => article(`a${i}`, 'wire', [m('x')], { published })) });
    let reads = 0;
    const evidence = (prepare(c).evidence.byClaim.get(asClaimId('x')) ?? []).map((e) => {
      const { date, ...rest } = e;
      return Object.defineProperty({ ...rest }, 'date', { get: () => (reads++, date), enumerable: true }) as typeof e;
    });
    const tally = ClaimTally.of(asClaimId('x'), evidence);
    for (const e of evidence) tally.remove(e);
    // Reading the side's dates again at each removal: n²/2, 2 million.
    expect(reads).toBeLessThan(10 * n);
    expect(assessStatus(tally).status).toBe('unmentioned');
  });
});

describe('CLAIM_STATUSES', () => {
  it('has a label for every status', () => {
    expect(CLAIM_STATUSES.map((s) => typeof STATUS_LABELS[s])).toEqual(CLAIM_STATUSES.map(() => 'string'));
  });
});

describe('groupByStatus', () => {
  it('groups items by their claim’s status, keeping their order and leaving out unknown claims', () => {
    const assess = (id: string, status: StatusAssessment['status']) =>
      [asClaimId(id), { status } as StatusAssessment] as const;
    const statuses = new Map([assess('b', 'contested'), assess('a', 'contested'), assess('c', 'disputed')]);
    const groups = groupByStatus(['a', 'c', 'zz', 'b'], asClaimId, statuses);
    expect(groups).toEqual({
      contested: ['a', 'b'],
      corroborated: [],
      'single-source': [],
      disputed: ['c'],
      'reported-only': [],
      unmentioned: [],
    });
  });
});

describe('verdictAgainstStatus', () => {
  it.each([
    ['corroborated', 'inaccurate', 'The status counts what the sources say, not whether it is true: they hold it true, and our analysts rate it inaccurate.'],
    ['single-source', 'misleading', 'The status counts what the sources say, not whether it is true: its source holds it true, and our analysts rate it misleading.'],
    ['disputed', 'mostly-accurate', 'The status counts what the sources say, not whether it is true: they dispute it, and our analysts rate it mostly accurate.'],
    ['corroborated', 'accurate', undefined],
    ['contested', 'inaccurate', undefined],
    ['disputed', 'inaccurate', undefined],
    ['corroborated', 'unverifiable', undefined],
    ['reported-only', 'accurate', undefined],
  ] as const)('explains a %s claim rated %s when they pull apart', (status, rating, note) => {
    expect(verdictAgainstStatus(status, rating)).toBe(note);
  });

  it.each([
    [1, 'its source disputes it'],
    [2, 'they dispute it'],
    [5, 'they dispute it'],
  ])('says of a disputed claim rated true who disputes it: %i independent sources', (disputing, what) => {
    expect(verdictAgainstStatus('disputed', 'accurate', disputing)).toBe(
      `The status counts what the sources say, not whether it is true: ${what}, and our analysts rate it accurate.`,
    );
  });
});

describe('denialNote', () => {
  it('says a claim disputed only by its subject is denied by it, disputed when a claim it contradicts is held true, and nothing otherwise', () => {
    expect(denialNote({ deniedBy: ['Lab'], rivals: [] })).toBe('denied only by the party it is about');
    expect(denialNote({ deniedBy: ['Lab'], rivals: [asClaimId('other')] })).toBe('disputed only by the party it is about');
    expect(denialNote({ rivals: [] })).toBeUndefined();
  });

  it.each([
    { name: 'held true only by its subject', ownWord: 1, sources: 1, note: 'held true only by the party it is about' },
    { name: 'held true by its subject and another source', ownWord: 1, sources: 2, note: 'besides the word of the party it is about' },
    { name: 'held true by no subject', ownWord: 0, sources: 2, note: undefined },
  ])('says beside the badge of a claim $name whose word it is', ({ ownWord, sources, note }) => {
    const keys = Array.from({ length: ownWord }, (_, i) => `outlet:s${i}` as const);
    expect(denialNote({ rivals: [], ...(ownWord > 0 && { ownWord: keys }), support: { sources } })).toBe(note);
  });
});
