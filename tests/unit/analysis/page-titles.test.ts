import { describe, expect, it } from 'vitest';
import * as pageTitles from '../../../src/lib/page-titles.ts';
import { distinctTitles, titleKey, type TitleCandidate } from '../../../src/lib/page-titles.ts';
import { asStoryId } from '../../../src/lib/ids.ts';
import { buildSiteIndex } from '../../../src/lib/site-index.ts';
import { article, claim, corpus, entity, outlet, story } from './helpers.ts';

const titles = (candidates: TitleCandidate<string>[]) => [...distinctTitles(candidates).values()];
const c = (id: string, title: string, ...qualifiers: (string | undefined)[]): TitleCandidate<string> => ({ key: id, id, title, qualifiers });

describe('page-titles', () => {
  it('exports', () => {
    expect(Object.keys(pageTitles).sort()).toEqual(['distinctTitles', 'titleKey']);
  });
});

describe('titleKey', () => {
  it.each([
    ['Pause  call', 'pause call'],
    [' PAUSE call ', 'pause call'],
    ['Café', 'cafe'],
    ['Ｐａｕｓｅ', 'pause'],
  ])('hears %j as %j', (title, key) => {
    expect(titleKey(title)).toBe(key);
  });
});

describe('distinctTitles', () => {
  it('keeps a title no other record shares as it is', () => {
    expect(titles([c('a', 'One', 'Wire'), c('b', 'Two', 'Wire')])).toEqual(['One', 'Two']);
  });

  it('adds the first qualifier that tells two of the same title apart', () => {
    expect(titles([c('a', 'Pause call', 'Wire', '4 June 2026'), c('b', 'Pause call', 'Paper', '4 June 2026')])).toEqual([
      'Pause call (Wire)',
      'Pause call (Paper)',
    ]);
  });

  it('compares titles as a reader hears them', () => {
    expect(titles([c('a', 'Pause call', 'Wire'), c('b', 'PAUSE  call', 'Paper')])).toEqual(['Pause call (Wire)', 'PAUSE  call (Paper)']);
  });

  it('leaves out a qualifier the whole group shares', () => {
    expect(titles([c('a', 'Pause call', 'Wire', '4 June 2026'), c('b', 'Pause call', 'Wire', '5 June 2026')])).toEqual([
      'Pause call (4 June 2026)',
      'Pause call (5 June 2026)',
    ]);
  });

  it('adds qualifiers until every title of the group is its own', () => {
    expect(
      titles([c('a', 'Pause call', 'Wire', '4 June 2026'), c('b', 'Pause call', 'Wire', '5 June 2026'), c('c', 'Pause call', 'Paper', '5 June 2026')]),
    ).toEqual(['Pause call (Wire, 4 June 2026)', 'Pause call (Wire, 5 June 2026)', 'Pause call (Paper, 5 June 2026)']);
  });

  it('ends a tie nothing else settles with the id', () => {
    expect(titles([c('a', 'Pause call', 'Wire'), c('b', 'Pause call', 'Wire'), c('c', 'Pause call', 'Paper')])).toEqual([
      'Pause call (Wire, a)',
      'Pause call (Wire, b)',
      'Pause call (Paper)',
    ]);
  });

  it('uses the id when a record has no qualifier', () => {
    expect(titles([c('a', 'Pause call'), c('b', 'Pause call', undefined), c('c', 'Pause call', ' ')])).toEqual([
      'Pause call (a)',
      'Pause call (b)',
      'Pause call (c)',
    ]);
  });

  it('adds the id when a qualified title reads as another record’s own', () => {
    expect(titles([c('a', 'Pause call', 'Wire'), c('b', 'Pause call', 'Paper'), c('c', 'Pause call (Wire)')])).toEqual([
      'Pause call (Wire, a)',
      'Pause call (Paper)',
      'Pause call (Wire)',
    ]);
  });
});

describe('buildSiteIndex page titles', () => {
  const index = buildSiteIndex(
    corpus({
      outlets: [outlet('wire', { name: 'Wire' }), outlet('paper', { name: 'Paper' }), outlet('wire-2', { name: 'Wire', url: 'https://www.wire.example/' })],
      entities: [entity('smith', { name: 'J. Smith' }), entity('smith-co', { name: 'J. Smith', kind: 'organisation' })],
      stories: [story('pause', { title: 'The pause' }), story('pause-2', { title: 'The pause', date: new Date('2026-06-04') })],
      claims: [
        claim('called', { statement: 'The lab called for a pause.', story: asStoryId('pause') }),
        claim('called-again', { statement: 'The lab called for a pause.', story: asStoryId('pause-2') }),
        claim('alone', { statement: 'Only one says this.', story: asStoryId('pause') }),
      ],
      articles: [
        { ...article('wire-report', 'wire', [], { published: '2026-06-04', story: 'pause' }), headline: 'Lab calls for pause' },
        { ...article('paper-report', 'paper', [], { published: '2026-06-04', story: 'pause' }), headline: 'Lab calls for pause' },
        { ...article('other', 'paper', [], { story: 'pause' }), headline: 'Another headline' },
      ],
    }),
  );

  it('tells two articles with the same headline apart by their outlets', () => {
    expect(index.articles.get('wire-report' as never)!.title).toBe('Lab calls for pause (Wire)');
    expect(index.articles.get('paper-report' as never)!.title).toBe('Lab calls for pause (Paper)');
    expect(index.articles.get('other' as never)!.title).toBe('Another headline');
  });

  it('tells two claims with the same statement apart by their stories, then their ids', () => {
    // Both stories are called "The pause": the story tells nothing, the ids do.
    expect(index.claims.get('called' as never)!.title).toBe('The lab called for a pause. (called)');
    expect(index.claims.get('called-again' as never)!.title).toBe('The lab called for a pause. (called-again)');
    expect(index.claims.get('alone' as never)!.title).toBe('Only one says this.');
  });

  it('tells stories, outlets and entities of one name apart', () => {
    expect(index.stories.get('pause' as never)!.title).toBe('The pause (pause)');
    expect(index.stories.get('pause-2' as never)!.title).toBe('The pause (4 June 2026)');
    expect(index.outlets.get('wire' as never)!.title).toBe('Wire (wire)');
    expect(index.outlets.get('wire-2' as never)!.title).toBe('Wire (wire.example)');
    expect(index.outlets.get('paper' as never)!.title).toBe('Paper');
    expect(index.entities.get('smith' as never)!.title).toBe('J. Smith (Person)');
    expect(index.entities.get('smith-co' as never)!.title).toBe('J. Smith (Organisation)');
  });
});
