import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/lib/corpus.ts';
import { asClaimId } from '../../../src/lib/ids.ts';
import {
  compareVariants,
  compareWording,
  describeBestAttested,
  describeMeaningChange,
  hasDrifted,
  PARAPHRASE_THRESHOLD,
  quoteDrift,
  quoteWording,
  quoteWords,
  wordingKey,
} from '../../../src/lib/quote-drift.ts';
import { article, claim, corpus, evidenceOf, m, outlet, q } from './helpers.ts';

const FULL = 'we are calling for a coordinated global pause';

describe('quoteWording', () => {
  it.each([
    ['“We must pause,”', 'We must pause,'],
    ['  We   must\npause ', 'We must pause'],
    ['‘It’s time’', "It's time"],
    ['We must “pause” now', 'We must "pause" now'],
    ['« Nous ne cacherons rien »', 'Nous ne cacherons rien'],
    ['»Wir verschweigen nichts«', 'Wir verschweigen nichts'],
    ['„Wir verschweigen nichts“', 'Wir verschweigen nichts'],
    ['「家族には何も隠さない」', '家族には何も隠さない'],
    ['『何も隠さない』', '何も隠さない'],
    ['« Oui » et « non »', '« Oui » et « non »'],
    ['「はい」と「いいえ」', '「はい」と「いいえ」'],
  ])('turns %j into %j', (text, wording) => {
    expect(quoteWording(text)).toBe(wording);
  });
});

describe('quoteWords', () => {
  it.each([
    [
      'We must pause.',
      [
        ['We', 'we'],
        ['must', 'must'],
        ['pause.', 'pause'],
      ],
    ],
    [
      'We must ... pause',
      [
        ['We', 'we'],
        ['must ...', 'must'],
        ['pause', 'pause'],
      ],
    ],
    [
      '— we pause',
      [
        ['- we', 'we'],
        ['pause', 'pause'],
      ],
    ],
    [
      'It’s self-improving',
      [
        ["It's", "it's"],
        ['self-improving', 'self-improving'],
      ],
    ],
    ['...', []],
    [
      'a 5 per cent rise',
      [
        ['a', 'a'],
        ['5 per cent', '5'],
        ['rise', 'rise'],
      ],
    ],
    [
      'per cent of it',
      [
        ['per', 'per'],
        ['cent', 'cent'],
        ['of', 'of'],
        ['it', 'it'],
      ],
    ],
  ])('splits %j into words', (text, expected) => {
    expect(quoteWords(text).map((t) => [t.text, t.key])).toEqual(expected);
  });
});

describe('a language written without spaces between words', () => {
  const ja = (a: Article): Article => ({ ...a, language: 'ja' });
  const best = '「家族には何も隠さない」';
  const drift = (rendition: string) => {
    const c = corpus({
      outlets: ['a', 'b', 'c'].map((o) => outlet(o)),
      claims: [claim('qt', { kind: 'quote' })],
      articles: [
        ja(article('a1', 'a', [q('qt', best)], { published: '2026-09-14' })),
        ja(article('b1', 'b', [q('qt', best)], { published: '2026-09-14' })),
        ja(article('c1', 'c', [q('qt', rendition)], { published: '2026-09-15' })),
      ],
    });
    return quoteDrift(asClaimId('qt'), evidenceOf(c, 'qt'))!;
  };

  it.each([
    // A comma is punctuation, the outlet's style, in Japanese as in English: one wording.
    { case: 'a comma put in', rendition: '「家族には、何も隠さない」', wordings: 1, drift: 'exact', paraphrases: 0, similar: 1 },
    // One particle left out is one word, not the whole quotation reworded.
    { case: 'a particle left out', rendition: '「家族に何も隠さない」', wordings: 2, drift: 'altered', paraphrases: 0, similar: 0.9 },
    { case: 'another statement', rendition: '「政府は何も知らなかった」', wordings: 2, drift: 'reworded', paraphrases: 1, similar: 0 },
  ])('compares word by word: $case', ({ rendition, wordings, drift: expected, paraphrases, similar }) => {
    const d = drift(rendition);
    const r = d.renditions.at(-1)!;
    expect([d.variants.length, r.comparison.drift, d.paraphrases.length]).toEqual([wordings, expected, paraphrases]);
    expect(r.comparison.similarity).toBeGreaterThanOrEqual(similar);
    if (similar === 0) expect(r.comparison.similarity).toBeLessThan(0.5);
  });

  it('shows the comparison without spaces between its words', () => {
    const { parts } = drift('「家族に何も隠さない」').renditions.at(-1)!.comparison;
    expect(parts.map((p) => [p.value, p.removed, p.added])).toEqual([
      ['家族に', false, false],
      ['は', true, false],
      ['何も隠さない', false, false],
    ]);
    expect(parts.map((p) => (p.joined ? '' : ' ') + p.value).join('').trim()).toBe(quoteWording(best));
  });
});

describe('wordingKey', () => {
  it.each([
    ['case, punctuation and typographic quotes', '“We must, pause!”', 'we must pause'],
    ['how a dash between words is spaced', 'history of technology—one that', 'history of technology – one that'],
  ])('ignores %s', (_, a, b) => {
    expect(wordingKey(a)).toBe(wordingKey(b));
  });

  it.each([
    ['four', 'for'],
    ['your', 'yor'],
    ['prise', 'prize'],
    ['rise', 'rize'],
    ['flour', 'flor'],
    ["your's", "yor's"],
    ['four-year', 'for-year'],
  ])('keeps %j apart from %j: too short for a spelling rule', (a, b) => {
    expect(wordingKey(a)).not.toBe(wordingKey(b));
  });

  it('keeps a hyphenated word whole', () => {
    expect(wordingKey('self-improvement')).toBe('self-improvement');
  });

  it.each([
    ['a non-breaking hyphen', 'self\u2011improving AI', 'self-improving AI'],
    ['a Unicode hyphen', 'self\u2010improving AI', 'self-improving AI'],
    ['a soft hyphen', 'self-impro\u00ADving AI', 'self-improving AI'],
    ['a zero-width space', 'self-\u200Bimproving AI', 'self-improving AI'],
    ['an en dash in a range of numbers', 'in 2025\u20132026', 'in 2025-2026'],
    ['two hyphens written for a dash', 'history of technology--one that', 'history of technology\u2014one that'],
    ['three dots written without spaces', 'comes first...the bridge', 'comes first ... the bridge'],
    ['an ellipsis character written without spaces', 'comes first\u2026the bridge', 'comes first ... the bridge'],
    ['an ellipsis of more dots', 'comes first....the bridge', 'comes first the bridge'],
    ['a number in words for its digits', 'costs rose by fifteen per cent', 'costs rose by 15 per cent'],
    ['a hyphenated number in words for its digits', 'twenty-five labs signed', '25 labs signed'],
    ['British spelling in -ise and -isation', 'the organisation will apologise', 'the organization will apologize'],
    ['British spelling in -our', 'their favourite colours and behaviour', 'their favorite colors and behavior'],
    ['British spelling in -tre, -yse and -ogue', 'we analysed the dialogue at the centre', 'we analyzed the dialog at the center'],
    ['a doubled l', 'it was cancelled after we travelled', 'it was canceled after we traveled'],
    ['a listed British spelling', 'the defence programme', 'the defense program'],
    ['British spelling before an apostrophe', "the organisation's plan", "the organization's plan"],
    ['British spelling before a typographic apostrophe', 'the centre\u2019s plan', "the center's plan"],
    ['a listed British spelling before an apostrophe', "the defence's case", "the defense's case"],
    ['British spelling in a hyphenated word', 'a colour-blind, centre-left organisation', 'a color-blind, center-left organization'],
    ['"per cent" for "%"', 'a 5 per cent rise', 'a 5% rise'],
    ['"percent" for "per cent"', 'a fifteen percent rise', 'a 15 per cent rise'],
    ['"a million" for "1 million"', 'it cost a million dollars', 'it cost 1 million dollars'],
    ['"1m" for "a million"', 'it cost a million dollars', 'it cost 1m dollars'],
    ['"one million" for "a million"', 'it cost a million dollars', 'it cost one million dollars'],
    ['digits for "a million"', 'it cost a million dollars', 'it cost 1,000,000 dollars'],
    ['"$2bn" for "$2 billion"', 'it cost $2bn', 'it cost $2 billion'],
    ['a scale in the digits', 'it cost $2.5bn', 'it cost $2,500m'],
    ['"1,000" for "1000"', '1,000 people came', '1000 people came'],
    ['"a thousand" for "1,000"', '1,000 people came', 'a thousand people came'],
    ['"50k" for "50,000"', '50,000 people came', '50k people came'],
    ['"half a million" for "500,000"', 'half a million people came', '500,000 people came'],
    ['"one and a half million" for "1.5m"', 'one and a half million people came', '1.5m people came'],
    ['"2.5 per cent" for "2.5%"', 'a rise of 2.5 per cent', 'a rise of 2.5%'],
    ['"tenfold" for "10-fold"', 'a 10-fold rise', 'a tenfold rise'],
    ['"ten-fold" for "10-fold"', 'a 10-fold rise', 'a ten-fold rise'],
    ['"10 fold" for "10-fold"', 'a 10-fold rise', 'a 10 fold rise'],
    ['"10x" for "10-fold"', 'a 10-fold rise', 'a 10x rise'],
    ['"No." for "Number" before a number', 'No. 10 said so', 'Number 10 said so'],
    ['"June 3" for "3 June"', 'we reopen on 3 June', 'we reopen on June 3'],
    ['"June 3, 2026" for "3 June 2026"', 'on 3 June 2026 we met', 'on June 3, 2026 we met'],
    ['"Jun 3" for "3 June"', 'on 3 June we met', 'on Jun 3 we met'],
    ['"the 3rd of June" for "June 3rd"', 'on the 3rd of June', 'on the June 3rd'],
    ['"3 May" for "May 3"', 'we met on May 3, she said', 'we met on 3 May, she said'],
    ['"ten years" for "a decade"', 'we will finish in a decade', 'we will finish in ten years'],
    ['"10 years" for "one decade"', 'we will finish in one decade', 'we will finish in 10 years'],
    ['"20 years" for "two decades"', 'it took two decades', 'it took 20 years'],
    ['"a hundred years" for "a century"', 'it lasted a century', 'it lasted a hundred years'],
    ['points grouping thousands', 'we will hire 1,000,000 people', 'we will hire 1.000.000 people'],
    ['spaces grouping thousands', 'we will hire 1,000,000 people', 'we will hire 1 000 000 people'],
    ['no-break spaces grouping thousands', 'we will hire 1,000,000 people', 'we will hire 1\u00A0000\u00A0000 people'],
    ['narrow no-break spaces grouping thousands', 'we will hire 1,000,000 people', 'we will hire 1\u202F000\u202F000 people'],
    ['apostrophes grouping thousands', 'we will hire 1,000,000 people', "we will hire 1'000'000 people"],
    ['typographic apostrophes grouping thousands', 'we will hire 1,000,000 people', 'we will hire 1\u2019000\u2019000 people'],
    ['a space grouping thousands after a currency sign', 'it cost €25,000', 'it cost €25 000'],
  ])('treats %s as its plain form', (_, a, b) => {
    expect(wordingKey(a)).toBe(wordingKey(b));
  });

  it.each([
    ['a day in digits only, which reads as 3 June or 6 March', 'on 3/6 we met', 'on 6/3 we met'],
    ['another month', 'on June 3 we met', 'on July 3 we met'],
    ['another year', 'on 3 June 2026 we met', 'on June 3, 2027 we met'],
    ['a date without its year', 'on 3 June 2026 we met', 'on June 3 we met'],
    ['a month and a number a comma apart, which are no date', 'in June, 3 labs met', 'in 3 June labs met'],
  ])('keeps a date apart from another: %s', (_, a, b) => {
    expect(wordingKey(a)).not.toBe(wordingKey(b));
  });

  it.each([
    ['one point in English, a decimal point', '1.500 people came', '1,500 people came'],
    ['another number of years', 'we will finish in a decade', 'we will finish in five years'],
    ['decades without a number', 'decades of work', '10 years of work'],
    ['a decade without a number', 'in the past decade', 'in the past 10 years'],
    ['two numbers a space apart, the second not of three digits', 'between 10 20 and 30', 'between 1020 and 30'],
  ])('keeps a number apart from another: %s', (_, a, b) => {
    expect(wordingKey(a)).not.toBe(wordingKey(b));
  });

  it.each([
    { language: 'de', text: 'Es kostet 1.500 Euro', value: 1500 },
    { language: 'es', text: 'un aumento de 1.234,5 euros', value: 1234.5 },
    { language: 'it', text: 'ne ha assunti 2.000.000', value: 2_000_000 },
    { language: 'en', text: 'it rose 1.500 times', value: 1.5 },
    { language: 'en', text: 'it rose 1.500.000 times', value: 1_500_000 },
    { language: 'fr', text: 'ils ont recruté 12 500 personnes', value: 12_500 },
  ])('reads the number in $text, in $language, as $value', ({ language, text, value }) => {
    expect(quoteWords(text, language).find((t) => t.number !== undefined)?.number).toBe(value);
  });

  it('shows digits grouped by spaces as written, in one word', () => {
    expect(quoteWords('we hire 1 000 000 people').map((t) => t.text)).toEqual(['we', 'hire', '1\u00A0000\u00A0000', 'people']);
  });

  it.each([
    ['"may" the verb after a number', 'these 3 may pause', 'these three may pause'],
    ['"march" the verb after a number', 'the 2 march on', 'the two march on'],
  ])('reads no date in %s', (_, a, b) => {
    expect(wordingKey(a)).toBe(wordingKey(b));
  });
});

describe('compareWording', () => {
  it.each([
    {
      name: 'the same words are exact',
      rendition: 'We are calling for a coordinated global pause.',
      drift: 'exact',
      fidelity: 1,
    },
    { name: 'a shorter stretch is an excerpt', rendition: 'a coordinated global pause', drift: 'excerpt', fidelity: 1 },
    {
      name: 'more of the statement at the end is an excerpt',
      rendition: `${FULL} in frontier AI`,
      drift: 'excerpt',
      fidelity: 1,
    },
    {
      name: 'one word left out inside is altered',
      rendition: 'we are calling for a global pause',
      drift: 'altered',
      fidelity: 1,
    },
    {
      name: 'one word changed in nine is altered',
      rendition: 'we are calling for a coordinated worldwide pause',
      drift: 'altered',
      fidelity: 7 / 8,
    },
    {
      name: 'reordered and reworded words are reworded',
      rendition: 'we call for a global coordinated pause',
      drift: 'reworded',
      fidelity: 5 / 7,
    },
    {
      name: 'a new opening in place of the original one counts against it',
      rendition: 'Anthropic wants a coordinated global pause',
      drift: 'reworded',
      fidelity: 4 / 6,
    },
    { name: 'no words in common are reworded', rendition: 'stop everything now', drift: 'reworded', fidelity: 0 },
    {
      name: 'words put in square brackets for the speaker’s are altered, not reworded',
      rendition: '[Anthropic is] calling for a coordinated global pause',
      drift: 'altered',
      fidelity: 1,
    },
    {
      name: 'a bracketed insertion inside is altered, not an excerpt',
      rendition: 'we are calling for a coordinated [and verifiable] global pause',
      drift: 'altered',
      fidelity: 1,
    },
    {
      name: 'the same words unbracketed count against it',
      rendition: 'Anthropic is calling for a coordinated global pause',
      drift: 'reworded',
      fidelity: 6 / 8,
    },
    { name: 'nothing but a bracketed insertion is reworded', rendition: '[the halt]', drift: 'reworded', fidelity: 0 },
  ])('$name', ({ rendition, drift, fidelity }) => {
    const result = compareWording(FULL, rendition);
    expect(result.drift).toBe(drift);
    expect(result.fidelity).toBeCloseTo(fidelity, 5);
  });

  it.each([
    { best: 'it raised twenty billion last year', rendition: 'it raised 20 billion last year', drift: 'exact' },
    { best: 'fifteen labs signed it', rendition: '15 labs signed it', drift: 'exact' },
    { best: 'fifteen labs signed it', rendition: '16 labs signed it', drift: 'reworded' },
    { best: 'it cost a million dollars', rendition: 'it cost 1m dollars', drift: 'exact' },
    { best: 'we will spend $2 billion on it', rendition: 'we will spend $2bn on it', drift: 'exact' },
    { best: 'a 10-fold rise', rendition: 'a tenfold rise', drift: 'exact' },
    { best: 'it cost a million dollars', rendition: 'it cost 2 million dollars', drift: 'reworded' },
    { best: 'we will spend $2bn on it', rendition: 'we will spend £2bn on it', drift: 'altered' },
    { best: 'we will be done in a decade', rendition: 'we will be done in ten years', drift: 'exact' },
    { best: 'we will hire 1,000,000 people', rendition: 'we will hire 1.000.000 people', drift: 'exact' },
    { best: 'we will hire 1,000,000 people', rendition: 'we will hire 1 000 000 people', drift: 'exact' },
    { best: 'we will hire 1,000,000 people', rendition: "we will hire 1'000'000 people", drift: 'exact' },
  ])('matches a number in words with its digits, and only with them: $rendition', ({ best, rendition, drift }) => {
    expect(compareWording(best, rendition).drift).toBe(drift);
  });

  it('gives the word diff as parts against the best wording', () => {
    expect(compareWording('We must pause now', 'We should pause now').parts).toEqual([
      { value: 'We', added: false, removed: false, words: 1 },
      { value: 'must', added: false, removed: true, words: 1 },
      { value: 'should', added: true, removed: false, words: 1 },
      { value: 'pause now', added: false, removed: false, words: 2 },
    ]);
  });

  it.each([
    ['We must pause now', 'We must pause now', 1],
    ['We must pause now', 'We should pause now', 0.75],
    ['We must pause now', 'We must pause', 6 / 7],
    ['We must pause', 'stop', 0],
    ['', '', 1],
  ])('scores the similarity of %j and %j as %d', (best, rendition, similarity) => {
    expect(compareWording(best, rendition).similarity).toBeCloseTo(similarity, 5);
  });

  it.each([
    { name: 'a dropped "not"', best: 'We will not pause our work', rendition: 'We will pause our work', meaning: ['negation'] },
    { name: 'an added "never"', best: 'We will pause our work', rendition: 'We will never pause our work', meaning: ['negation'] },
    { name: 'a contraction for a plain verb', best: 'We won’t pause our work', rendition: 'We will pause our work', meaning: ['negation'] },
    { name: 'one negation for another', best: 'We will not pause our work', rendition: 'We will never pause our work', meaning: [] },
    { name: 'a negation with \'s for another', best: 'it will not raise a single tax', rendition: 'nobody’s taxes would go up', meaning: [] },
    { name: 'a negation with \'s added', best: 'everything has changed', rendition: 'nothing’s changed', meaning: ['negation'] },
    { name: 'a changed number', best: 'It raised $65 billion last year', rendition: 'It raised $30 billion last year', meaning: ['number'] },
    { name: 'a number written differently', best: 'It raised $65 billion last year', rendition: 'It raised $65bn last year', meaning: [] },
    { name: 'another currency', best: 'It raised $65 billion last year', rendition: 'It raised £65bn last year', meaning: ['number'] },
    { name: 'a currency sign dropped', best: 'It raised $65 billion last year', rendition: 'It raised 65 billion last year', meaning: [] },
    { name: 'a changed scale', best: 'It raised $65 billion last year', rendition: 'It raised $65 million last year', meaning: ['number'] },
    { name: 'a changed scale in a suffix', best: 'It raised $65bn last year', rendition: 'It raised $65m last year', meaning: ['number'] },
    { name: 'a scale written as a suffix or a word', best: 'It raised $3m last year', rendition: 'It raised $3 million last year', meaning: [] },
    { name: 'thousands for millions', best: 'thousands of people were there', rendition: 'millions of people were there', meaning: ['number'] },
    { name: 'a number in words for its digits', best: 'in five years or more', rendition: 'in 5 years or more', meaning: [] },
    { name: 'a number over twelve in words for its digits', best: 'it raised twenty billion last year', rendition: 'it raised 20 billion last year', meaning: [] },
    { name: 'a teen in words for its digits', best: 'fifteen labs signed it', rendition: '15 labs signed it', meaning: [] },
    { name: 'a hyphenated number in words', best: 'twenty-five labs signed it', rendition: '25 labs signed it', meaning: [] },
    { name: 'a number in words with its scale', best: 'five hundred staff left', rendition: '500 staff left', meaning: [] },
    { name: 'a number in words with "and"', best: 'one hundred and twenty staff left', rendition: '120 staff left', meaning: [] },
    { name: '"a dozen" for 12', best: 'a dozen labs signed it', rendition: '12 labs signed it', meaning: [] },
    { name: 'a scale written into the digits', best: 'it raised $65 billion', rendition: 'it raised $65,000 million', meaning: [] },
    { name: 'a changed number in words', best: 'twenty-five labs signed it', rendition: '35 labs signed it', meaning: ['number'] },
    { name: '"no one" for "nobody"', best: 'no one will pause alone', rendition: 'nobody will pause alone', meaning: [] },
    { name: '"the one" for "the lab"', best: 'the one that pauses first', rendition: 'the lab that pauses first', meaning: [] },
    { name: '"one of" for "two of"', best: 'one of the labs will pause', rendition: 'two of the labs will pause', meaning: ['number'] },
    { name: 'a number dropped inside', best: 'some 1,200 people were there', rendition: 'some people were there', meaning: ['number'] },
    { name: 'both at once', best: 'we will not take 3 but 4 labs', rendition: 'we will take 5 labs', meaning: ['negation', 'number'] },
    { name: 'a word for its opposite', best: 'the risk will increase', rendition: 'the risk will decrease', meaning: ['opposite'] },
    { name: 'a word for its opposite made with a prefix', best: 'it is likely to pass', rendition: 'it is unlikely to pass', meaning: ['opposite'] },
    { name: 'a word for its opposite with "non-"', best: 'a binding agreement', rendition: 'a non-binding agreement', meaning: ['opposite'] },
    { name: 'a listed opposite made with "dis"', best: 'the labs agree on it', rendition: 'the labs disagree on it', meaning: ['opposite'] },
    { name: 'opposites in two different places', best: 'we must slow and keep up with it', rendition: 'we must slow down and keep pace with it', meaning: [] },
    { name: 'a word that only looks prefixed', best: 'we will form a group', rendition: 'we will inform a group', meaning: [] },
    { name: 'an opposite an excerpt leaves off', best: 'costs rise and profits fall', rendition: 'costs rise', meaning: [] },
    { name: 'a harmless word change', best: 'We must pause now', rendition: 'We should pause now', meaning: [] },
    { name: 'a "not" an excerpt leaves off', best: 'It is good, not bad', rendition: 'It is good', meaning: [] },
    { name: 'a number an excerpt leaves off', best: 'We asked 40 labs to pause', rendition: 'labs to pause', meaning: [] },
    { name: '"one million" for "a million"', best: 'it cost a million dollars, he said', rendition: 'it cost one million dollars, he said', meaning: [] },
    { name: '"a million" for "2 million"', best: 'it cost a million dollars', rendition: 'it cost 2 million dollars', meaning: ['number'] },
    { name: '"a thousand" for "a million"', best: 'it cost a million dollars', rendition: 'it cost a thousand dollars', meaning: ['number'] },
    { name: '"$2bn" for "$2 billion" among other changes', best: 'we will spend $2 billion on it', rendition: 'they will spend $2bn on it', meaning: [] },
    { name: '"$2bn" for "$2 million"', best: 'we will spend $2 million on it', rendition: 'we will spend $2bn on it', meaning: ['number'] },
    { name: '"2.5 per cent" for "2.5%" among other changes', best: 'prices rose 2.5 per cent', rendition: 'prices went up by 2.5%', meaning: [] },
    { name: '"tenfold" for "10-fold" among other changes', best: 'a 10-fold rise in cases', rendition: 'a tenfold increase in cases', meaning: [] },
    { name: '"fivefold" for "10-fold"', best: 'a 10-fold rise in cases', rendition: 'a fivefold rise in cases', meaning: ['number'] },
    { name: '"half a million" for "500,000"', best: 'half a million people left', rendition: '500,000 people fled', meaning: [] },
    { name: '"No. 10" for "Number 10"', best: 'Number 10 said it would pause', rendition: 'No. 10 said it would pause', meaning: [] },
    { name: '"No 10" for "Number 10"', best: 'we heard Number 10 say so', rendition: 'we heard No 10 say so', meaning: [] },
    { name: 'a lowercase "no" before a number', best: 'we heard 10 people say so', rendition: 'we heard no 10 people say so', meaning: ['negation'] },
    { name: '"no" dropped before a number', best: 'there is no 10-year plan', rendition: 'there is a 10-year plan', meaning: ['negation'] },
    { name: '"two and a half" for "two"', best: 'two million people left', rendition: 'two and a half million people left', meaning: ['number'] },
    { name: '"5 of 3" for "3 of 5"', best: '3 of 5 labs agreed', rendition: '5 of 3 labs agreed', meaning: ['order'] },
    { name: '"five of three" for "three of five"', best: 'three of five labs agreed', rendition: 'five of three labs agreed', meaning: ['order'] },
    { name: '"from 20 to 10" for "from 10 to 20"', best: 'prices went from 10 to 20 dollars', rendition: 'prices went from 20 to 10 dollars', meaning: ['order'] },
    { name: 'two figures swapped apart', best: 'it rose 5 km in 2 hours', rendition: 'it rose 2 km in 5 hours', meaning: ['order'] },
    { name: '"the second … the first" for "the first … the second": each keeps its noun', best: 'the first lab and the second lab', rendition: 'the second lab and the first lab', meaning: [] },
    { name: '"the second lab … the first rule" for "the first lab … the second rule"', best: 'the first lab and the second rule', rendition: 'the second lab and the first rule', meaning: ['order'] },
    { name: '"14% and 17%" for "one in six and one in seven"', best: 'one in six and one in seven signed', rendition: '14% and 17% signed', meaning: ['order'] },
    { name: 'numbers swapped and a negation dropped', best: 'we will not cut 3 of 5 jobs', rendition: 'we will cut 5 of 3 jobs', meaning: ['negation', 'order'] },
    { name: 'numbers swapped in an excerpt', best: '3 of 5 labs agreed', rendition: '5 of 3 labs', meaning: ['order'] },
    { name: '"from 30 to 10" for "from 10 to 20": a number changed', best: 'prices went from 10 to 20 dollars', rendition: 'prices went from 30 to 10 dollars', meaning: ['number'] },
    { name: '"2 billion dollars" for "$2bn"', best: 'we will spend $2bn on it', rendition: 'we will spend 2 billion dollars on it', meaning: [] },
    { name: '"2 billion euros" for "$2bn"', best: 'we will spend $2bn on it', rendition: 'we will spend 2 billion euros on it', meaning: ['number'] },
    { name: '"2 billion euros" for "2 billion dollars"', best: 'we will spend 2 billion dollars on it', rendition: 'we will spend 2 billion euros on it', meaning: ['number'] },
    { name: '"€5" for "five euros"', best: 'it costs five euros a month', rendition: 'it costs €5 a month', meaning: [] },
    { name: '"June 3" for "3 June" at the end', best: 'We reopen on 3 June', rendition: 'We reopen on June 3', meaning: [] },
    { name: '"3 June" for "June 3" at the end', best: 'We reopen on June 3', rendition: 'We reopen on 3 June', meaning: [] },
    { name: 'a number moved to the end', best: 'we asked 40 labs to pause', rendition: 'we asked labs to pause, 40', meaning: [] },
    { name: '"July 3" for "June 3"', best: 'We reopen on June 3 as planned', rendition: 'We reopen on July 3 as planned', meaning: ['number'] },
    { name: '"3 May" for "3 March"', best: 'We reopened on 3 March, she said', rendition: 'We reopened on 3 May, she said', meaning: ['number'] },
    { name: '"may" the verb for "march" the verb', best: 'they march on the capital', rendition: 'they may go to the capital', meaning: [] },
    { name: '"July 4" for "3 June"', best: 'We reopen on 3 June as planned', rendition: 'We reopen on July 4 as planned', meaning: ['number'] },
    { name: '"3 June 2026" for "June 3, 2026": a date written the other way round', best: 'on June 3, 2026 we met', rendition: 'on 3 June 2026 we met', meaning: [] },
    { name: '"June 3rd, 2026" for "3 June 2026"', best: 'on 3 June 2026 we met', rendition: 'on June 3rd, 2026 we met', meaning: [] },
    { name: '"in 2027 and 2026" for "in 2026 and 2027": a list', best: 'in 2026 and 2027', rendition: 'in 2027 and 2026', meaning: [] },
    { name: 'two figures swapped in a list of pairs', best: 'we had 3 of 5 votes and 2 of 4 seats', rendition: 'we had 2 of 4 votes and 3 of 5 seats', meaning: ['order'] },
    { name: '"5 firms and 3 labs" for "3 labs and 5 firms": each number keeps its noun', best: 'we asked 3 labs and 5 firms', rendition: 'we asked 5 firms and 3 labs', meaning: [] },
    { name: 'a clause moved whole with its numbers', best: 'in 2026 we asked 40 labs', rendition: 'we asked 40 labs in 2026', meaning: [] },
  ])('finds a change of meaning in $name', ({ best, rendition, meaning }) => {
    expect(compareWording(best, rendition).meaning).toEqual(meaning);
  });

  it.each([
    { name: '"3rd" for "third"', best: 'the third lab to pause', rendition: 'the 3rd lab to pause', meaning: [], same: true },
    { name: '"4th" for "third"', best: 'the third lab to pause', rendition: 'the 4th lab to pause', meaning: ['number'], same: false },
    { name: '"21st" for "twenty-first"', best: 'the twenty-first century', rendition: 'the 21st century', meaning: [], same: true },
    { name: '"100th" for "hundredth"', best: 'the hundredth lab to sign', rendition: 'the 100th lab to sign', meaning: [], same: true },
    { name: '"1st" for "first"', best: 'the first lab to pause', rendition: 'the 1st lab to pause', meaning: [], same: true },
    { name: '"second" for "first"', best: 'the first lab to pause', rendition: 'the second lab to pause', meaning: ['number'], same: false },
    { name: '"last" for "first"', best: 'the first lab to pause', rendition: 'the last lab to pause', meaning: ['opposite'], same: false },
    { name: '"first" dropped as an adverb', best: 'we will first pause our work', rendition: 'we will pause our work', meaning: [], same: false },
    { name: '"a second" for "a moment"', best: 'we will pause in a second', rendition: 'we will pause in a moment', meaning: [], same: false },
    { name: '"June 3" for "June 3rd"', best: 'on June 3rd we paused', rendition: 'on June 3 we paused', meaning: [], same: false },
    { name: '"a 3rd term" for "a third term"', best: 'seeking a third term now', rendition: 'seeking a 3rd term now', meaning: [], same: true },
    { name: '"50%" for "half"', best: 'half of the labs agreed', rendition: '50% of the labs agreed', meaning: [], same: true },
    { name: '"40%" for "half"', best: 'half of the labs agreed', rendition: '40% of the labs agreed', meaning: ['number'], same: false },
    { name: '"50" for "half"', best: 'half of the labs agreed', rendition: '50 of the labs agreed', meaning: [], same: false },
    { name: '"5" for "5%"', best: 'costs rose 5% last year', rendition: 'costs rose 5 last year', meaning: [], same: false },
    { name: '"25 per cent" for "a quarter"', best: 'a quarter of the labs agreed', rendition: '25 per cent of the labs agreed', meaning: [], same: true },
    { name: '"75%" for "three quarters"', best: 'three quarters of the labs agreed', rendition: '75% of the labs agreed', meaning: [], same: true },
    { name: '"one third" for "a third"', best: 'a third of the labs agreed', rendition: 'one third of the labs agreed', meaning: [], same: true },
    { name: '"a quarter" for "a third"', best: 'a third of the labs agreed', rendition: 'a quarter of the labs agreed', meaning: ['number'], same: false },
    { name: '"33 per cent" for "a third"', best: 'a third of the labs agreed', rendition: '33 per cent of the labs agreed', meaning: [], same: true },
    { name: '"67%" for "two-thirds"', best: 'two-thirds of the labs agreed', rendition: '67% of the labs agreed', meaning: [], same: true },
    { name: '"66.7%" for "two thirds"', best: 'two thirds of the labs agreed', rendition: '66.7% of the labs agreed', meaning: [], same: true },
    { name: '"66%" for "two-thirds", which rounds to 67%', best: 'two-thirds of the labs agreed', rendition: '66% of the labs agreed', meaning: ['number'], same: false },
    { name: '"20%" for "one in five"', best: 'one in five labs signed it', rendition: '20% of labs signed it', meaning: [], same: false },
    { name: '"a third of" for "one in three"', best: 'one in three labs signed', rendition: 'a third of labs signed', meaning: [], same: false },
    { name: '"33%" for "one in three"', best: 'one in three labs signed', rendition: '33% labs signed', meaning: [], same: true },
    { name: '"30 per cent" for "3 out of every 10"', best: '3 out of every 10 labs signed', rendition: '30 per cent labs signed', meaning: [], same: true },
    { name: '"25%" for "one in five"', best: 'one in five labs signed it', rendition: '25% of labs signed it', meaning: ['number'], same: false },
    { name: '"17%" for "one in six", 16.67% rounded as written', best: 'one in six labs signed it', rendition: '17% of labs signed it', meaning: [], same: false },
    { name: '"one in six" for "17 per cent"', best: '17 per cent of labs signed it', rendition: 'one in six of labs signed it', meaning: [], same: false },
    { name: '"16.7%" for "1 in 6"', best: '1 in 6 labs signed it', rendition: '16.7% of labs signed it', meaning: [], same: false },
    { name: '"16.67%" for "one out of every six"', best: 'one out of every six labs signed it', rendition: '16.67% of labs signed it', meaning: [], same: false },
    { name: '"16.70%" for "one in six", which rounds to 16.67% at the precision written', best: 'one in six labs signed it', rendition: '16.70% of labs signed it', meaning: ['number'], same: false },
    { name: '"16.70%" for "16.7%": the same number', best: '16.7% of labs signed it', rendition: '16.70% of labs signed it', meaning: [], same: true },
    { name: '"16%" for "one in six", which rounds to 17%', best: 'one in six labs signed it', rendition: '16% of labs signed it', meaning: ['number'], same: false },
    { name: '"16.6%" for "one in six", which rounds to 16.7%', best: 'one in six labs signed it', rendition: '16.6% of labs signed it', meaning: ['number'], same: false },
    { name: '"17" for "one in six": no percentage', best: 'one in six labs signed it', rendition: '17 labs signed it', meaning: ['number'], same: false },
    { name: '"14%" for "one in seven"', best: 'one in seven labs signed it', rendition: '14% of labs signed it', meaning: [], same: false },
    { name: '"17% and 14%" for "one in six and one in seven"', best: 'one in six and one in seven signed', rendition: '17% and 14% signed', meaning: [], same: false },
    { name: '"one in 2026" is no ratio', best: 'one in 2026 will pause', rendition: 'one in 2027 will pause', meaning: ['number'], same: false },
    { name: '"250,000" for "a quarter of a million"', best: 'a quarter of a million people left', rendition: '250,000 people left', meaning: [], same: true },
    { name: '"750,000" for "three quarters of a million"', best: 'three quarters of a million people left', rendition: '750,000 people left', meaning: [], same: true },
    { name: '"300,000" for "a quarter of a million"', best: 'a quarter of a million people left', rendition: '300,000 people left', meaning: ['number'], same: false },
    { name: '"2026" for "twenty twenty-six"', best: 'by twenty twenty-six we will pause', rendition: 'by 2026 we will pause', meaning: [], same: true },
    { name: '"2027" for "twenty twenty-six"', best: 'by twenty twenty-six we will pause', rendition: 'by 2027 we will pause', meaning: ['number'], same: false },
    { name: '"1999" for "nineteen ninety nine"', best: 'in nineteen ninety nine we paused', rendition: 'in 1999 we paused', meaning: [], same: true },
    { name: '"2030" for "twenty, thirty"', best: 'twenty, thirty labs signed', rendition: '2030 labs signed', meaning: ['number'], same: false },
    { name: '"25" for "twenty-five"', best: 'twenty-five labs signed', rendition: '25 labs signed', meaning: [], same: true },
    { name: '"2 billion dollars" for "$2bn"', best: 'we will spend $2bn on it', rendition: 'we will spend 2 billion dollars on it', meaning: [], same: true },
    { name: '"a million dollars" for "$1m"', best: 'it cost $1m', rendition: 'it cost a million dollars', meaning: [], same: true },
    { name: '"5 euros" for "€5"', best: 'it costs €5 a month', rendition: 'it costs 5 euros a month', meaning: [], same: true },
    { name: '"5 pounds" for "£5": a pound may be a weight', best: 'it costs £5 a month', rendition: 'it costs 5 pounds a month', meaning: [], same: false },
    { name: '"26" for "twenty-five"', best: 'twenty-five labs signed', rendition: '26 labs signed', meaning: ['number'], same: false },
    { name: '"between 2m and 4m" for "between 2 and 4 million": a range sharing its scale', best: 'between 2 and 4 million people caught flu', rendition: 'between 2m and 4m people caught flu', meaning: [], same: true },
    { name: '"from 2 million to 4 million" for "from 2 to 4 million"', best: 'cases rose from 2 to 4 million', rendition: 'cases rose from 2 million to 4 million', meaning: [], same: true },
    { name: '"between $1.5bn and $2bn" for "between 1.5 and 2 billion dollars"', best: 'it cost between 1.5 and 2 billion dollars', rendition: 'it cost between $1.5bn and $2bn', meaning: [], same: true },
    { name: '"between 3 and 4 million" for "between 2 and 4 million"', best: 'between 2 and 4 million people caught flu', rendition: 'between 3 and 4 million people caught flu', meaning: ['number'], same: false },
    { name: '"between 2,000 and 4 million" keeps its first end', best: 'between 2,000 and 4 million people caught flu', rendition: 'between 2bn and 4 million people caught flu', meaning: ['number'], same: false },
    { name: '"2m and 4m" for "2 and 4 million" with no word opening a range', best: 'we saw 2 and 4 million', rendition: 'we saw 2m and 4m', meaning: ['number'], same: false },
    { name: '"32 per thousand" for "3.2%"', best: 'positivity is 3.2% this week', rendition: 'positivity is 32 per thousand this week', meaning: [], same: true },
    { name: '"32‰" for "3.2 per cent"', best: 'positivity is 3.2 per cent this week', rendition: 'positivity is 32‰ this week', meaning: [], same: true },
    { name: '"5 per mille" for "0.5%"', best: 'a rate of 0.5%', rendition: 'a rate of 5 per mille', meaning: [], same: true },
    { name: '"32 per thousand" for "32%"', best: 'positivity is 32% this week', rendition: 'positivity is 32 per thousand this week', meaning: ['number'], same: false },
    { name: '"32 per thousand" for "32": 3.2%, not 32', best: 'we saw 32 this week', rendition: 'we saw 32 per thousand this week', meaning: ['number'], same: false },
    { name: '"333 per thousand" for "a third"', best: 'a third of the labs agreed', rendition: '333 per thousand of the labs agreed', meaning: [], same: true },
    { name: '"38.6%" for "about 40%": the figure rounded', best: 'admissions are about 40% higher', rendition: 'admissions are 38.6% higher', meaning: [], same: false },
    { name: '"about 40%" for "38.6%": the figure rounded', best: 'admissions are 38.6% higher', rendition: 'admissions are about 40% higher', meaning: [], same: false },
    { name: '"around 40 per cent" for "41%"', best: 'admissions are 41% higher', rendition: 'admissions are around 40 per cent higher', meaning: [], same: false },
    { name: '"roughly €1.2bn" for "1,180 million euros"', best: 'it cost 1,180 million euros', rendition: 'it cost roughly €1.2bn', meaning: [], same: false },
    { name: '"about 3 million" for "3.4 million"', best: '3.4 million people fell ill', rendition: 'about 3 million people fell ill', meaning: [], same: false },
    { name: '"nearly 40%" for "38.6%": rounded up', best: 'admissions are 38.6% higher', rendition: 'admissions are nearly 40% higher', meaning: [], same: false },
    { name: '"nearly 40%" for "41%": no rounding up', best: 'admissions are 41% higher', rendition: 'admissions are nearly 40% higher', meaning: ['number'], same: false },
    { name: '"about 40%" for "45%", which rounds to 50%', best: 'admissions are 45% higher', rendition: 'admissions are about 40% higher', meaning: ['number'], same: false },
    { name: '"about 38%" for "38.6%", which rounds to 39%', best: 'admissions are 38.6% higher', rendition: 'admissions are about 38% higher', meaning: ['number'], same: false },
    { name: '"40%" for "38.6%": no word says it is rounded', best: 'admissions are 38.6% higher', rendition: 'admissions are 40% higher', meaning: ['number'], same: false },
    { name: '"more than 40%" for "38.6%": a bound, not a rounding', best: 'admissions are 38.6% higher', rendition: 'admissions are more than 40% higher', meaning: ['number'], same: false },
    { name: '"about 40%" for "about 38.6%"', best: 'admissions are about 38.6% higher', rendition: 'admissions are about 40% higher', meaning: ['number'], same: false },
  ])('reads an ordinal, a fraction or a year by its value: $name', ({ best, rendition, meaning, same }) => {
    expect(compareWording(best, rendition).meaning).toEqual(meaning);
    expect(wordingKey(best) === wordingKey(rendition)).toBe(same);
  });

  it('places the threshold at four words in five', () => {
    expect(PARAPHRASE_THRESHOLD).toBe(0.8);
    expect(compareWording('one two three four five', 'one two three four six five').drift).toBe('altered');
    expect(compareWording('one two three four', 'one two three six four').drift).toBe('altered');
    expect(compareWording('one two three', 'one two six three').drift).toBe('reworded');
  });
});

describe('describeMeaningChange', () => {
  it.each([
    [[], undefined],
    [['negation'], 'The meaning may differ from the best-attested wording: it drops or adds a negation (such as “not”).'],
    [['number'], 'The meaning may differ from the best-attested wording: it gives a different number.'],
    [['opposite'], 'The meaning may differ from the best-attested wording: it puts a word’s opposite in its place (such as “decrease” for “increase”).'],
    [['order'], 'The meaning may differ from the best-attested wording: it gives its numbers in another order (such as “5 of 3” for “3 of 5”).'],
    [
      ['negation', 'number'],
      'The meaning may differ from the best-attested wording: it drops or adds a negation (such as “not”) and gives a different number.',
    ],
    [
      ['negation', 'number', 'opposite'],
      'The meaning may differ from the best-attested wording: it drops or adds a negation (such as “not”), gives a different number and puts a word’s opposite in its place (such as “decrease” for “increase”).',
    ],
  ] as const)('describes %j', (meaning, expected) => {
    expect(describeMeaningChange(meaning)).toBe(expected);
  });

  it('lists all three changes of a rendition that makes them, as a reader lists three things', () => {
    const { meaning } = compareWording('Profits did not increase by 5%', 'Profits did decrease by 6%');
    expect(meaning).toEqual(['negation', 'number', 'opposite']);
    expect(describeMeaningChange(meaning)).not.toMatch(/ and .* and /);
  });
});

describe('compareVariants', () => {
  const variant = (key: string, sources: number, day: string, words: number) => ({
    key,
    words,
    count: { sources, articles: sources, unidentified: 0 },
    first: { date: new Date(day), basis: 'published' as const },
  });
  it.each([
    {
      name: 'more independent sources first',
      a: variant('b', 2, '2026-06-05', 3),
      b: variant('a', 1, '2026-06-01', 9),
      first: 'b',
    },
    {
      name: 'on a tie, seen earlier first',
      a: variant('b', 1, '2026-06-02', 3),
      b: variant('a', 1, '2026-06-01', 3),
      first: 'a',
    },
    {
      name: 'then more words first',
      a: variant('b', 1, '2026-06-01', 3),
      b: variant('a', 1, '2026-06-01', 5),
      first: 'a',
    },
    { name: 'then by key', a: variant('b', 1, '2026-06-01', 3), b: variant('a', 1, '2026-06-01', 3), first: 'a' },
  ])('ranks $name', ({ a, b, first }) => {
    expect([a, b].sort(compareVariants)[0]!.key).toBe(first);
    expect([b, a].sort(compareVariants)[0]!.key).toBe(first);
  });
});

describe('quoteDrift', () => {
  const build = (...articles: Article[]) =>
    evidenceOf(
      corpus({
        claims: [claim('qt', { kind: 'quote' })],
        outlets: [outlet('own-1', { owner: 'O' }), outlet('own-2', { owner: 'O' })],
        articles,
      }),
      'qt',
    );

  it('is undefined when nothing renders the quotation', () => {
    expect(quoteDrift(asClaimId('qt'), [])).toBeUndefined();
  });

  it('counts "3 June" and "June 3" as one wording: the day written before or after its month is the outlet’s style', () => {
    const evidence = build(
      article('a1', 'a', [q('qt', '“We reopen on 3 June, as planned”')], { published: '2026-06-01' }),
      article('b1', 'b', [q('qt', '“We reopen on June 3 as planned”')], { published: '2026-06-02' }),
      article('c1', 'c', [q('qt', '“We reopen on June 3, as planned”')], { published: '2026-06-02' }),
      article('d1', 'd', [q('qt', '“We reopen on 3 July as planned”')], { published: '2026-06-02' }),
    );
    const drift = quoteDrift(asClaimId('qt'), evidence)!;
    expect(drift.best.wording).toBe('We reopen on 3 June, as planned');
    expect(drift.variants.map((v) => [v.wording, v.count.sources, v.comparison.drift, v.comparison.meaning])).toEqual([
      ['We reopen on 3 June, as planned', 3, 'exact', []],
      ['We reopen on 3 July as planned', 1, 'altered', ['number']],
    ]);
    expect(drift.renditions.map((r) => [r.wording, r.best, r.comparison.drift, r.meaningChanged])).toEqual([
      ['We reopen on 3 June, as planned', true, 'exact', false],
      ['We reopen on June 3 as planned', true, 'exact', false],
      ['We reopen on June 3, as planned', true, 'exact', false],
      ['We reopen on 3 July as planned', false, 'altered', true],
    ]);
  });

  it('picks the wording carried by the most independent sources, not the most articles', () => {
    const evidence = build(
      article('o1', 'own-1', [q('qt', '“We must pause now”')], { published: '2026-06-01' }),
      article('o2', 'own-2', [q('qt', '“We must pause now”')], { published: '2026-06-01' }),
      article('o3', 'a', [q('qt', '“We must pause now”')], { via: 'o1', published: '2026-06-01' }),
      article('a1', 'b', [q('qt', '“We should pause, now”')], { published: '2026-06-02' }),
      article('c1', 'c', [q('qt', 'we should pause now')], { published: '2026-06-03' }),
    );
    const drift = quoteDrift(asClaimId('qt'), evidence)!;
    expect(drift.best.wording).toBe('We should pause, now');
    expect(drift.variants.map((v) => [v.key, v.rank, v.count.sources, v.count.articles, v.comparison.drift])).toEqual([
      ['we should pause now', 0, 2, 2, 'exact'],
      ['we must pause now', 1, 1, 3, 'reworded'],
    ]);
  });

  const inLanguage = (language: string, a: Article): Article => ({ ...a, language });

  it('compares the renditions of a translation with each other: each language’s wordings against its best-attested one', () => {
    const evidence = build(
      article('en1', 'a', [q('qt', '“We will not rebuild the bridge this year”')], { published: '2026-06-01' }),
      article('en2', 'b', [q('qt', '“We will not rebuild the bridge this year”')], { published: '2026-06-01' }),
      inLanguage('fr', article('fr1', 'c', [q('qt', '« Nous ne reconstruirons pas le pont cette année »')], { published: '2026-06-02' })),
      inLanguage('fr', article('fr2', 'd', [q('qt', '« Nous ne reconstruirons pas le pont cette année »')], { published: '2026-06-02' })),
      inLanguage('fr-CA', article('fr3', 'e', [q('qt', '« Nous reconstruirons le pont cette année »')], { published: '2026-06-03' })),
      inLanguage('de', article('de1', 'f', [q('qt', '„Wir werden die Brücke dieses Jahr nicht wieder aufbauen“')], { published: '2026-06-03' })),
    );
    const drift = quoteDrift(asClaimId('qt'), evidence)!;
    expect(drift.variants.map((v) => [v.language, v.comparison.drift, v.inLanguage?.wording, v.inLanguage?.comparison.drift, v.inLanguage?.comparison.meaning])).toEqual([
      ['en', 'exact', undefined, undefined, undefined],
      ['fr', 'translated', undefined, undefined, undefined],
      ['de', 'translated', undefined, undefined, undefined],
      ['fr-CA', 'translated', 'Nous ne reconstruirons pas le pont cette année', 'altered', ['negation']],
    ]);
    // The French rendition that drops the negation is pointed out; the first French and the German ones, unmatched, are not.
    expect(drift.meaningChanges.map((r) => r.evidence.article.slug)).toEqual(['fr3']);
    expect(drift.paraphrases).toEqual([]);
  });

  it.each([
    { name: 'two wordings in French of one English wording', french: ['« Nous ne reconstruirons pas le pont »', '« Nous reconstruirons le pont »'], drifted: true },
    { name: 'one wording in French of one English wording', french: ['« Nous ne reconstruirons pas le pont »', '« Nous ne reconstruirons pas le pont »'], drifted: false },
  ])('says the wording drifted when it has $name: $drifted', ({ french, drifted }) => {
    const evidence = build(
      article('en1', 'a', [q('qt', '“We will not rebuild the bridge”')], { published: '2026-06-01' }),
      article('en2', 'b', [q('qt', '“We will not rebuild the bridge”')], { published: '2026-06-01' }),
      ...french.map((text, i) => inLanguage('fr', article(`fr${i}`, `f${i}`, [q('qt', text)], { published: '2026-06-02' }))),
    );
    expect(hasDrifted(quoteDrift(asClaimId('qt'), evidence)!)).toBe(drifted);
  });

  it.each([
    {
      name: 'a translation is not a paraphrase presented as a quotation, nor a change of meaning',
      articles: [
        article('en1', 'a', [q('qt', '“We will rebuild it together, as one town”')], { published: '2026-06-01' }),
        article('en2', 'b', [q('qt', '“We will rebuild it together, as one town”')], { published: '2026-06-02' }),
        inLanguage('fr', article('fr1', 'c', [q('qt', '« Nous le reconstruirons ensemble »')], { published: '2026-06-03' })),
      ],
      drifts: ['exact', 'exact', 'translated'],
      paraphrases: 0,
      meaningChanges: 0,
      tie: undefined,
    },
    {
      name: 'a translation carried by as many sources is no rival wording',
      articles: [
        article('en1', 'a', [q('qt', '“We will rebuild it together, as one town”')], { published: '2026-06-01' }),
        inLanguage('fr', article('fr1', 'c', [q('qt', '« Nous le reconstruirons ensemble »')], { published: '2026-06-03' })),
      ],
      drifts: ['exact', 'translated'],
      paraphrases: 0,
      meaningChanges: 0,
      tie: undefined,
    },
    {
      name: 'an article of another language quoting the original words is compared as any other',
      articles: [
        article('en1', 'a', [q('qt', '“We will rebuild it together, as one town”')], { published: '2026-06-01' }),
        article('en2', 'b', [q('qt', '“We will rebuild it together, as one town”')], { published: '2026-06-02' }),
        inLanguage('fr', article('fr1', 'c', [q('qt', '« We will not rebuild it together, as one town »')], { published: '2026-06-03' })),
      ],
      drifts: ['exact', 'exact', 'altered'],
      paraphrases: 0,
      meaningChanges: 1,
      tie: undefined,
    },
    {
      name: 'a rendition reworded in a regional form of the same language is still a paraphrase',
      articles: [
        article('en1', 'a', [q('qt', '“We will rebuild it together, as one town”')], { published: '2026-06-01' }),
        article('en2', 'b', [q('qt', '“We will rebuild it together, as one town”')], { published: '2026-06-02' }),
        inLanguage('en-GB', article('gb1', 'c', [q('qt', '“The town must rebuild, all of us”')], { published: '2026-06-03' })),
      ],
      drifts: ['exact', 'exact', 'reworded'],
      paraphrases: 1,
      meaningChanges: 1, // "one" left out
      tie: undefined,
    },
    {
      name: 'a number in words of the article’s language is its digits: "3" for Spanish "tres"',
      articles: [
        inLanguage('es', article('es1', 'a', [q('qt', '“Tres laboratorios aceptaron”')], { published: '2026-06-01' })),
        inLanguage('es', article('es2', 'b', [q('qt', '“Tres laboratorios aceptaron”')], { published: '2026-06-02' })),
        inLanguage('es', article('es3', 'c', [q('qt', '“3 laboratorios aceptaron”')], { published: '2026-06-03' })),
      ],
      drifts: ['exact', 'exact', 'exact'],
      paraphrases: 0,
      meaningChanges: 0,
      tie: undefined,
    },
    {
      name: 'a number in words of the article’s language changed: German "vier" for "drei"',
      articles: [
        inLanguage('de', article('de1', 'a', [q('qt', '“Drei Labore haben heute zugestimmt”')], { published: '2026-06-01' })),
        inLanguage('de', article('de2', 'b', [q('qt', '“Drei Labore haben heute zugestimmt”')], { published: '2026-06-02' })),
        inLanguage('de-AT', article('de3', 'c', [q('qt', '“4 Labore haben heute zugestimmt”')], { published: '2026-06-03' })),
      ],
      drifts: ['exact', 'exact', 'altered'],
      paraphrases: 0,
      meaningChanges: 1,
      tie: undefined,
    },
    {
      name: 'a negation of another language dropped: French "ne … rien" for "tout"',
      articles: [
        inLanguage('fr', article('fr1', 'a', [q('qt', '« Nous ne cacherons rien aux familles »')], { published: '2026-06-01' })),
        inLanguage('fr', article('fr2', 'b', [q('qt', '« Nous ne cacherons rien aux familles »')], { published: '2026-06-02' })),
        inLanguage('fr', article('fr3', 'c', [q('qt', '« Nous cacherons tout aux familles »')], { published: '2026-06-03' })),
      ],
      drifts: ['exact', 'exact', 'altered'],
      paraphrases: 0,
      meaningChanges: 1,
      tie: undefined,
    },
    {
      name: 'a negation of another language kept in other words: French "n’avons rien" for "ne … rien"',
      articles: [
        inLanguage('fr', article('fr1', 'a', [q('qt', '« Nous ne cacherons rien aux familles »')], { published: '2026-06-01' })),
        inLanguage('fr', article('fr2', 'b', [q('qt', '« Nous ne cacherons rien aux familles »')], { published: '2026-06-02' })),
        inLanguage('fr', article('fr3', 'c', [q('qt', '« Nous n’avons rien à cacher aux familles »')], { published: '2026-06-03' })),
      ],
      drifts: ['exact', 'exact', 'reworded'],
      paraphrases: 1,
      meaningChanges: 0,
      tie: undefined,
    },
    {
      name: 'a negation of another language dropped: German "nichts" for "alles"',
      articles: [
        inLanguage('de', article('de1', 'a', [q('qt', '„Wir werden den Familien nichts verschweigen“')], { published: '2026-06-01' })),
        inLanguage('de', article('de2', 'b', [q('qt', '„Wir werden den Familien nichts verschweigen“')], { published: '2026-06-02' })),
        inLanguage('de', article('de3', 'c', [q('qt', '„Wir werden den Familien alles verschweigen“')], { published: '2026-06-03' })),
      ],
      drifts: ['exact', 'exact', 'altered'],
      paraphrases: 0,
      meaningChanges: 1,
      tie: undefined,
    },
    {
      name: 'a negation of another language added: Spanish "nada" put in',
      articles: [
        inLanguage('es', article('es1', 'a', [q('qt', '«Ocultaremos todo a las familias»')], { published: '2026-06-01' })),
        inLanguage('es', article('es2', 'b', [q('qt', '«Ocultaremos todo a las familias»')], { published: '2026-06-02' })),
        inLanguage('es', article('es3', 'c', [q('qt', '«No ocultaremos nada a las familias»')], { published: '2026-06-03' })),
      ],
      drifts: ['exact', 'exact', 'altered'],
      paraphrases: 0,
      meaningChanges: 1,
      tie: undefined,
    },
    {
      name: 'a word that negates in another language is no negation in English: "rien"',
      articles: [
        article('en1', 'a', [q('qt', '“De rien, we will help”')], { published: '2026-06-01' }),
        article('en2', 'b', [q('qt', '“De rien, we will help”')], { published: '2026-06-02' }),
        article('en3', 'c', [q('qt', '“We will help”')], { published: '2026-06-03' }),
      ],
      drifts: ['exact', 'exact', 'excerpt'],
      paraphrases: 0,
      meaningChanges: 0,
      tie: undefined,
    },
    {
      name: 'a scale of another language: French "deux milliards" is "2bn"',
      articles: [
        inLanguage('fr', article('fr1', 'a', [q('qt', '“Nous dépenserons deux milliards”')], { published: '2026-06-01' })),
        inLanguage('fr', article('fr2', 'b', [q('qt', '“Nous dépenserons 2bn”')], { published: '2026-06-02' })),
      ],
      drifts: ['exact', 'exact'],
      paraphrases: 0,
      meaningChanges: 0,
      tie: undefined,
    },
    {
      name: 'a scale and a currency of another language: German "zwei Milliarden Euro" is "€2bn"',
      articles: [
        inLanguage('de', article('de1', 'c', [q('qt', '“Wir geben zwei Milliarden Euro aus”')], { published: '2026-06-03' })),
        inLanguage('de', article('de2', 'd', [q('qt', '“Wir geben €2bn aus”')], { published: '2026-06-04' })),
      ],
      drifts: ['exact', 'exact'],
      paraphrases: 0,
      meaningChanges: 0,
      tie: undefined,
    },
    {
      name: 'an English word that is a number elsewhere is no number in English: "tres"',
      articles: [
        article('en1', 'a', [q('qt', '“Tres bien, 3 of us agree”')], { published: '2026-06-01' }),
        article('en2', 'b', [q('qt', '“Tres bien, 3 of us agree”')], { published: '2026-06-02' }),
        article('en3', 'c', [q('qt', '“Tres bien, three of us agree”')], { published: '2026-06-03' }),
      ],
      drifts: ['exact', 'exact', 'exact'],
      paraphrases: 0,
      meaningChanges: 0,
      tie: undefined,
    },
  ])('$name', ({ articles, drifts, paraphrases, meaningChanges, tie }) => {
    const drift = quoteDrift(asClaimId('qt'), build(...articles))!;
    expect(drift.renditions.map((r) => r.comparison.drift)).toEqual(drifts);
    expect(drift.paraphrases).toHaveLength(paraphrases);
    expect(drift.meaningChanges).toHaveLength(meaningChanges);
    expect(drift.tie).toEqual(tie);
  });

  it.each([
    {
      name: 'every wording by one source, on the same day: which is the speaker’s is not known',
      dates: ['2026-06-01', '2026-06-01', '2026-06-01'],
      by: 'longer',
      paraphrases: [],
    },
    {
      name: 'every wording by one source, the best reported first, the others certainly later',
      dates: ['2026-06-01T08:00:00Z', '2026-06-02T08:00:00Z', '2026-06-03T08:00:00Z'],
      by: 'earliest',
      paraphrases: ['c1'],
    },
  ])('flags a paraphrase presented as a quotation only against a better-attested wording: $name', ({ dates, by, paraphrases }) => {
    const drift = quoteDrift(
      asClaimId('qt'),
      build(
        article('a1', 'a', [q('qt', '“We will rebuild the spillway together, as one town”')], { published: dates[0] }),
        article('b1', 'b', [q('qt', '“We will rebuild the spillway, all together”')], { published: dates[1] }),
        article('c1', 'c', [q('qt', '“We, the town, will rebuild it together”')], { published: dates[2] }),
      ),
    )!;
    expect(drift.best.evidence.map((e) => e.article.slug)).toEqual(['a1']);
    expect(drift.tie).toEqual({ others: 2, by });
    expect(drift.renditions.map((r) => r.comparison.drift)).toEqual(['exact', 'altered', 'reworded']);
    expect(drift.paraphrases.map((r) => r.evidence.article.slug)).toEqual(paraphrases);
  });

  it('still flags a paraphrase of a wording less well attested than the best', () => {
    const drift = quoteDrift(
      asClaimId('qt'),
      build(
        article('a1', 'a', [q('qt', '“We will rebuild the spillway together, as one town”')], { published: '2026-06-01' }),
        article('b1', 'b', [q('qt', '“We will rebuild the spillway together, as one town”')], { published: '2026-06-01' }),
        article('c1', 'c', [q('qt', '“We, the town, will rebuild it together”')], { published: '2026-06-01' }),
      ),
    )!;
    expect(drift.tie).toBeUndefined();
    expect(drift.paraphrases.map((r) => r.evidence.article.slug)).toEqual(['c1']);
  });

  it('breaks a tie in sources by the earliest rendition', () => {
    const evidence = build(
      article('late', 'a', [q('qt', 'We must pause now')], { published: '2026-06-03' }),
      article('early', 'b', [q('qt', 'We must pause')], { published: '2026-06-01' }),
    );
    expect(quoteDrift(asClaimId('qt'), evidence)!.best.wording).toBe('We must pause');
  });

  it.each([
    {
      name: 'no tie when one wording has more sources',
      articles: [
        article('a1', 'a', [q('qt', 'We must pause now')], { published: '2026-06-03' }),
        article('b1', 'b', [q('qt', 'We must pause now')], { published: '2026-06-03' }),
        article('c1', 'c', [q('qt', 'We must pause')], { published: '2026-06-01' }),
      ],
      tie: undefined,
      says: 'Best-attested wording (2 independent sources)',
    },
    {
      name: 'a tie broken by the earliest',
      articles: [
        article('late', 'a', [q('qt', 'We must pause now')], { published: '2026-06-03' }),
        article('early', 'b', [q('qt', 'We must pause')], { published: '2026-06-01' }),
      ],
      tie: { others: 1, by: 'earliest' },
      says: 'Best-attested wording (1 independent source; 1 other wording has as many, and this one was reported first)',
    },
    {
      name: 'a tie broken by a date on record that is not certainly the earliest',
      articles: [
        article('dated', 'a', [q('qt', 'We must pause now')], { published: '2026-06-05T17:00:00Z' }),
        article('undated', 'b', [q('qt', 'We must pause')], { added: '2026-06-06' }),
      ],
      tie: { others: 1, by: 'earlier-on-record' },
      says: 'Best-attested wording (1 independent source; 1 other wording has as many, and this one has the earliest date on record)',
    },
    {
      name: 'a tie broken by a date given as a day alone, against a later time that day',
      articles: [
        article('day', 'a', [q('qt', 'We must pause now')], { published: '2026-06-05' }),
        article('timed', 'b', [q('qt', 'We must pause')], { published: '2026-06-05T09:00:00Z' }),
      ],
      tie: { others: 1, by: 'earlier-on-record' },
      says: 'Best-attested wording (1 independent source; 1 other wording has as many, and this one has the earliest date on record)',
    },
    {
      name: 'a tie broken by the longer wording',
      articles: [
        article('a1', 'a', [q('qt', 'We must pause')], { published: '2026-06-01' }),
        article('b1', 'b', [q('qt', 'We must pause now')], { published: '2026-06-01' }),
        article('c1', 'c', [q('qt', 'We should pause')], { published: '2026-06-02' }),
      ],
      tie: { others: 2, by: 'longer' },
      says: 'Best-attested wording (1 independent source; 2 other wordings have as many, and this one, with the same date on record, carries more of the statement)',
    },
    {
      name: 'a tie that only the order of the words breaks',
      articles: [
        article('a1', 'a', [q('qt', 'We must pause')], { published: '2026-06-01' }),
        article('b1', 'b', [q('qt', 'We should pause')], { published: '2026-06-01' }),
      ],
      tie: { others: 1, by: 'order' },
      says: 'Best-attested wording (1 independent source; 1 other wording has as many, and this one, with the same date on record and as many words, is simply listed first)',
    },
  ])('says how the best-attested wording was chosen: $name', ({ articles, tie, says }) => {
    const drift = quoteDrift(asClaimId('qt'), build(...articles))!;
    expect([drift.tie, describeBestAttested(drift)]).toEqual([tie, says]);
  });

  it('flags a quoted rendition whose words are substantially different as a paraphrase presented as a quotation', () => {
    const evidence = build(
      article('a1', 'a', [q('qt', `“${FULL}”`)], { published: '2026-06-01' }),
      article('b1', 'b', [q('qt', `“${FULL}”`)], { published: '2026-06-02' }),
      article('c1', 'c', [q('qt', '“we call for a global coordinated pause”')], { published: '2026-06-03' }),
      article('d1', 'd', [m('qt', 'quotes', 'calling for a global coordinated halt')], { published: '2026-06-04' }),
      article('e1', 'e', [q('qt', '“a coordinated global pause”')], { published: '2026-06-05' }),
    );
    const drift = quoteDrift(asClaimId('qt'), evidence)!;
    expect(
      drift.renditions.map((r) => [
        r.evidence.article.slug,
        r.best,
        r.comparison.drift,
        r.presentedAsQuote,
        r.paraphrase,
      ]),
    ).toEqual([
      ['a1', true, 'exact', true, false],
      ['b1', true, 'exact', true, false],
      ['c1', false, 'reworded', true, true],
      ['d1', false, 'reworded', false, false],
      ['e1', false, 'excerpt', true, false],
    ]);
    expect(drift.paraphrases.map((r) => r.evidence.article.slug)).toEqual(['c1']);
  });

  it('never calls a rendition that differs only in its hyphens and dashes a paraphrase', () => {
    const evidence = build(
      article('a1', 'a', [q('qt', '“AI that is self-improving could arrive in 2027–2028”')], { published: '2026-06-01' }),
      article('b1', 'b', [q('qt', '“AI that is self-improving could arrive in 2027–2028”')], { published: '2026-06-02' }),
      article('c1', 'c', [q('qt', '"AI that is self\u2011improving could arrive in 2027-2028"')], { published: '2026-06-03' }),
    );
    const drift = quoteDrift(asClaimId('qt'), evidence)!;
    expect(drift.variants).toHaveLength(1);
    expect(drift.renditions.map((r) => [r.evidence.article.slug, r.comparison.drift, r.paraphrase])).toEqual([
      ['a1', 'exact', false],
      ['b1', 'exact', false],
      ['c1', 'exact', false],
    ]);
  });

  it('lists the renditions that drop a negation or change a number, however faithful their other words', () => {
    const evidence = build(
      article('a1', 'a', [q('qt', '“We will not pause development of our next model this year”')], { published: '2026-06-01' }),
      article('b1', 'b', [q('qt', '“We will not pause development of our next model this year”')], { published: '2026-06-02' }),
      article('c1', 'c', [q('qt', '“We will pause development of our next model this year”')], { published: '2026-06-03' }),
      article('d1', 'd', [q('qt', '“We will not pause development of our next model next year”')], { published: '2026-06-04' }),
    );
    const drift = quoteDrift(asClaimId('qt'), evidence)!;
    expect(
      drift.renditions.map((r) => [r.evidence.article.slug, r.comparison.drift, r.comparison.meaning, r.meaningChanged]),
    ).toEqual([
      ['a1', 'exact', [], false],
      ['b1', 'exact', [], false],
      ['c1', 'altered', ['negation'], true],
      ['d1', 'altered', [], false],
    ]);
    expect(drift.meaningChanges.map((r) => r.evidence.article.slug)).toEqual(['c1']);
    expect(drift.paraphrases).toEqual([]);
  });

  it('takes every stance’s mention as a rendition, and only this claim’s', () => {
    const evidence = build(
      article('a1', 'a', [m('qt', 'disputes', 'We must pause'), m('other', 'asserts', 'We must pause')]),
    );
    expect(quoteDrift(asClaimId('qt'), evidence)!.renditions).toHaveLength(1);
  });
});
