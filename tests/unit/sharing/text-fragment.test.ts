import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as module from '../../../src/lib/text-fragment.ts';
import { accountContext, encodeTextDirectiveTerm, fragmentContext, textDirective, textDirectiveTerms, textFragmentUrl } from '../../../src/lib/text-fragment.ts';

it('exports the public functions', () => {
  expect(Object.keys(module).sort()).toEqual([
    'CONTEXT_WORDS',
    'RANGE_THRESHOLD',
    'RANGE_WORDS',
    'START_WORDS',
    'accountContext',
    'encodeTextDirectiveTerm',
    'fragmentContext',
    'textDirective',
    'textDirectiveTerms',
    'textFragmentUrl',
  ]);
});

describe('encodeTextDirectiveTerm', () => {
  it.each([
    ['plain words', 'plain%20words'],
    ['well-known', 'well%2Dknown'],
    ['this & that', 'this%20%26%20that'],
    ['one, two', 'one%2C%20two'],
    ['a#b?c=d/e', 'a%23b%3Fc%3Dd%2Fe'],
    ["it's (really) *so*!", 'it%27s%20%28really%29%20%2Aso%2A%21'],
    ['50% off', '50%25%20off'],
    ['\u201Cquoted\u201D \u2014 dash', '%E2%80%9Cquoted%E2%80%9D%20%E2%80%94%20dash'],
    ['caf\u00E9', 'caf%C3%A9'],
    ['tilde~ under_score.dot', 'tilde~%20under_score.dot'],
  ])('encodes %j as %s', (term, expected) => {
    expect(encodeTextDirectiveTerm(term)).toBe(expected);
  });
});

describe('textDirectiveTerms', () => {
  it.each<[string, { start: string; end?: string } | undefined]>([
    ['a short passage', { start: 'a short passage' }],
    ['  spaced  out\tpassage ', { start: 'spaced out passage' }],
    // A line break the span shows (`<br>`): a browser does not match across it, so a range runs past it.
    ['the bridge stays shut\nuntil the cables are replaced', { start: 'the bridge stays shut', end: 'until the cables are replaced' }],
    ['the bridge stays shut \n\n until the cables \u2026 are replaced', { start: 'the bridge stays shut', end: 'are replaced' }],
    ['', undefined],
    [' \n ', undefined],
    ['one two three four five six seven eight nine ten', { start: 'one two three four five six seven eight nine ten' }],
    [
      'one two three four five six seven eight nine ten eleven',
      { start: 'one two three four', end: 'eight nine ten eleven' },
    ],
    ['we call for a pause \u2026 across the industry', { start: 'we call for a pause', end: 'across the industry' }],
    ['we call for a pause ... across the industry', { start: 'we call for a pause', end: 'across the industry' }],
    ['\u2026 only the end', { start: 'only the end' }],
    [
      'the first part is rather long and keeps going on and on \u2026 short end',
      { start: 'the first part is', end: 'short end' },
    ],
    // A dash may be written another way on the page than in the record: the range runs past it.
    ['the repairs take six weeks - perhaps longer - and cost more', { start: 'the repairs take six weeks', end: 'and cost more' }],
    ['the labs said -- if asked -- they would pause', { start: 'the labs said', end: 'they would pause' }],
    ['the labs said\u2014if asked\u2014they would', { start: 'the labs said', end: 'they would' }],
    ['in the years 1990\u20132000 at least', { start: 'in the years 1990', end: '2000 at least' }],
    ['a so-called pause-first rule', { start: 'a so-called pause-first rule' }],
    // A first piece of a word or two is often in the headline: the range starts at a longer one.
    ['A pause -- if it comes at all -- would help', { start: 'if it comes at all', end: 'would help' }],
    ['Yes \u2026 we would pause \u2014 soon', { start: 'we would pause', end: 'soon' }],
    ['six weeks - perhaps longer - and more', { start: 'six weeks', end: 'and more' }],
    ['Yes \u2014 no', { start: 'Yes', end: 'no' }],
  ])('finds %j with %j', (span, expected) => {
    expect(textDirectiveTerms(span)).toEqual(expected);
  });
});

describe('textDirective', () => {
  it('joins a range with an unencoded comma', () => {
    expect(textDirective('a, b-c & d e f g h i j k l')).toBe('text=a%2C%20b%2Dc%20%26%20d,i%20j%20k%20l');
  });

  it('is undefined for a span without words', () => {
    expect(textDirective('   ')).toBeUndefined();
  });
});

describe('fragmentContext', () => {
  it('is undefined when the span’s first words do not occur earlier in the passage', () => {
    expect(fragmentContext('The council said ', 'the bridge is safe', ' on Monday.')).toBeUndefined();
    // Later in the passage does not matter: the first match on the page is the span's own.
    expect(fragmentContext('', 'the bridge', ' is safe, the bridge is open.')).toBeUndefined();
    expect(fragmentContext('anything', '   ', 'at all')).toBeUndefined();
  });

  it('gives the words around a span whose first words occur earlier in its passage', () => {
    // Matched ignoring case, as browsers match.
    expect(fragmentContext('The bridge is unsafe, the council, asked  why, said: ', 'the bridge is unsafe', ' until repaired.')).toEqual({ prefix: 'asked why, said:', suffix: 'until repaired.' });
    // The words each side stop at a line break, which a browser does not match across.
    expect(fragmentContext('The bridge is unsafe, the council, asked\nwhy, said: ', 'the bridge is unsafe', ' until\nrepaired.')).toEqual({ prefix: 'why, said:', suffix: 'until' });
    // A span whose words occur earlier only in part matches as a whole, so it needs no context.
    expect(fragmentContext('The bridge is shut; asked whether ', 'the bridge is unsafe', ', it said no.')).toBeUndefined();
    // A range matches by its first words only: those are what must not occur earlier.
    expect(fragmentContext('we call for a pause now. ', 'we call for a pause of all frontier training across the industry', '')).toEqual({ prefix: 'a pause now.', suffix: '' });
    // A mark glued to the span stays in the prefix, as on the page.
    expect(fragmentContext('A pause, we said: “', 'a pause', '” now.')).toEqual({ prefix: 'we said: “', suffix: '” now.' });
    // An occurrence that runs into the span counts too.
    expect(fragmentContext('pause ', 'pause pause', '')).toEqual({ prefix: 'pause', suffix: '' });
  });

  it('stops the context at an elision, whose left-out words are not on the page', () => {
    expect(fragmentContext('A pause now, they said … and ', 'a pause', ' … soon.')).toEqual({ prefix: 'and', suffix: '' });
    expect(fragmentContext('A pause now ... ', 'a pause', ' was asked for ... later.')).toEqual({ prefix: '', suffix: 'was asked for' });
    expect(fragmentContext('A pause now … ', 'a pause', ' … later.')).toBeUndefined();
  });

  it('stops the context at a dash, which the page may write another way', () => {
    expect(fragmentContext('A pause now, they said - and ', 'a pause', ' \u2014 soon.')).toEqual({ prefix: 'and', suffix: '' });
    // A range that starts past its first piece has that piece between a prefix and its start: no prefix.
    expect(fragmentContext('We would help, they said: ', 'We -- if asked -- would help them', ', later.')).toBeUndefined();
    expect(fragmentContext('If asked at all, they said: ', 'We -- if asked at all -- would help', ', later.')).toEqual({ prefix: '', suffix: ', later.' });
  });

  it('is undefined when the span is the whole passage, with no words around it to tell', () => {
    expect(fragmentContext('', 'a a', '')).toBeUndefined();
  });
});

describe('accountContext', () => {
  const headline = 'A pause, its critics and its costs';

  it("lengthens the start of a span in our account whose first words the headline holds, until it does not, so that a range does not run from the headline's words", () => {
    const span = 'its critics and its costs were counted by the treasury, line by line';
    // Without it: a range from the headline's "its critics and its" to the span's end, which Chromium scrolls to the headline.
    expect(textDirective(span)).toBe('text=its%20critics%20and%20its,treasury%2C%20line%20by%20line');
    const context = accountContext(headline, span);
    expect(context).toEqual({ prefix: '', suffix: '', startWords: 6 });
    expect(textDirective(span, context)).toBe('text=its%20critics%20and%20its%20costs%20were,treasury%2C%20line%20by%20line');
    expect(textFragmentUrl('https://example.com/a', span, context)).toBe('https://example.com/a#:~:text=its%20critics%20and%20its%20costs%20were,treasury%2C%20line%20by%20line');
  });

  it('lengthens the first piece of a range broken by a dash or an elision, and matches a span whole when a longer start would reach its end', () => {
    const dashed = 'its critics and its costs and its plans and its friends – all were counted';
    expect(textDirectiveTerms(dashed, accountContext(headline, dashed)?.startWords)).toEqual({ start: 'its critics and its costs and', end: 'all were counted' });
    // Eleven words, the headline holding the first seven: a start of eight would reach the end's four, so the span is matched whole, which the headline does not hold.
    const longer = 'Its critics and its costs and its plans';
    const short = 'its critics and its costs and its plans were counted twice';
    expect(accountContext(longer, short)).toEqual({ prefix: '', suffix: '', startWords: 8 });
    expect(textDirectiveTerms(short, 8)).toEqual({ start: short });
    expect(textDirectiveTerms(short, 7)).toEqual({ start: 'its critics and its costs and its', end: 'plans were counted twice' });
  });

  it('is undefined when the headline does not hold the start, and when it holds the span in full: nothing in its words tells them apart', () => {
    expect(accountContext(headline, 'the labs are closed for now, the regulator keeps saying to all')).toBeUndefined();
    expect(accountContext(headline, 'its critics and its costs')).toBeUndefined();
    expect(accountContext(headline, 'Its critics — and its costs')).toBeUndefined();
    expect(accountContext('', 'its critics and its costs were counted by the treasury, line by line')).toBeUndefined();
  });
});

describe('textDirective with context', () => {
  it('puts the prefix before and the suffix after the terms, each encoded, the syntax’s - and , left as they are', () => {
    expect(textDirective('the bridge', { prefix: 'well-known, & old', suffix: 'is - shut, & done' })).toBe(
      'text=well%2Dknown%2C%20%26%20old-,the%20bridge,-is%20%2D%20shut%2C%20%26%20done',
    );
    expect(textDirective('one two three four five six seven eight nine ten eleven', { prefix: 'said', suffix: '' })).toBe(
      'text=said-,one%20two%20three%20four,eight%20nine%20ten%20eleven',
    );
    expect(textDirective('the bridge', { prefix: '', suffix: 'is shut' })).toBe('text=the%20bridge,-is%20shut');
  });

  it('lands a link on the right occurrence: the span’s words as a reader finds them after the prefix', () => {
    const before = 'The bridge is safe, the council said; asked whether ';
    const span = 'the bridge is safe';
    const after = ', it said no.';
    const link = textFragmentUrl('https://example.com/a', span, fragmentContext(before, span, after));
    expect(link).toBe('https://example.com/a#:~:text=said%3B%20asked%20whether-,the%20bridge%20is%20safe,-%2C%20it%20said');
    expect(new URL(link).href).toBe(link);
  });
});

describe('textFragmentUrl', () => {
  it.each([
    ['https://example.com/a', 'the pause', 'https://example.com/a#:~:text=the%20pause'],
    ['https://example.com/a?x=1&y=2', 'the pause', 'https://example.com/a?x=1&y=2#:~:text=the%20pause'],
    ['https://example.com/a#section-2', 'the pause', 'https://example.com/a#section-2:~:text=the%20pause'],
    ['https://example.com/a#:~:text=old', 'the pause', 'https://example.com/a#:~:text=the%20pause'],
    ['https://example.com/a#top:~:text=old', 'new', 'https://example.com/a#top:~:text=new'],
    ['https://example.com/a', 'a well-known pause, & then', 'https://example.com/a#:~:text=a%20well%2Dknown%20pause%2C%20%26%20then'],
    ['https://example.com/a', 'the pause starts - now, & then', 'https://example.com/a#:~:text=the%20pause%20starts,now%2C%20%26%20then'],
    ['https://example.com/a', '', 'https://example.com/a'],
    ['https://example.com', 'x', 'https://example.com/#:~:text=x'],
    ['https://example.com/a?b="><script>#\'-x-\'', 'y', 'https://example.com/a?b=%22%3E%3Cscript%3E#\'-x-\':~:text=y'],
    ['https://example.com/#</script>', 'y', 'https://example.com/#%3C/script%3E:~:text=y'],
    ['not a url', 'y', 'not a url'],
  ])('links %s to %j as %s', (url, span, expected) => {
    expect(textFragmentUrl(url, span)).toBe(expected);
  });

  it('produces a URL the URL parser keeps as it is', () => {
    const link = textFragmentUrl('https://example.com/a', '\u201CWe\u2019re calling for a pause,\u201D she said \u2014 a 6-month one & more');
    expect(new URL(link).href).toBe(link);
  });

  it('never leaves the directive syntax characters unencoded inside a term, and decodes back to the words', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (span) => {
        const link = textFragmentUrl('https://example.com/a', span);
        const directive = link.split(':~:text=')[1];
        const words = span.replace(/\s+/g, ' ').trim();
        if (directive === undefined) {
          expect(words.replace(/\u2026|\.\.\./g, '').trim()).toBe('');
          return;
        }
        const terms = directive.split(',');
        expect(terms.length).toBeGreaterThanOrEqual(1);
        expect(terms.length).toBeLessThanOrEqual(2);
        for (const term of terms) {
          expect(term).not.toMatch(/[-&,\s#]/);
          expect(term).not.toBe('');
          expect(words).toContain(decodeURIComponent(term));
        }
      }),
    );
  });
});
