import { describe, expect, it } from 'vitest';
import * as module from '../../../src/lib/aliases.ts';
import { aliasRedirects } from '../../../src/lib/aliases.ts';
import type { Entity } from '../../../src/lib/corpus.ts';
import { asEntityId } from '../../../src/lib/ids.ts';
import { article, claim, corpus, outlet, story } from './corpus.ts';

it('exports the public functions', () => {
  expect(Object.keys(module)).toEqual(['aliasRedirects']);
});

describe('aliasRedirects', () => {
  it('lists a redirect for every alias of a claim, article or story', () => {
    const plan = aliasRedirects(
      corpus({
        claims: [claim('new-claim', { aliases: ['old-claim', 'older-claim'], statement: 'A statement.' })],
        articles: [article('new-article', 'o', [], { aliases: ['old-article'] })],
        stories: [story('s', { aliases: ['old-story'], title: 'The story' })],
      }),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.redirects.map((r) => `${r.from} → ${r.to} (${r.title})`)).toEqual([
      '/claims/old-claim/ → /claims/new-claim/ (A statement.)',
      '/claims/older-claim/ → /claims/new-claim/ (A statement.)',
      '/articles/old-article/ → /articles/new-article/ (Headline of new-article)',
      '/stories/old-story/ → /stories/s/ (The story)',
    ]);
  });

  it('lists a redirect for every alias of an outlet or an entity: their pages are published URLs too', () => {
    const entity: Entity = { id: asEntityId('anthropic'), name: 'Anthropic', kind: 'organisation', names: [], aliases: ['anthropic-pbc'] };
    const plan = aliasRedirects(corpus({ outlets: [outlet('gizmodo', { name: 'Gizmodo', aliases: ['gizmodo-com'] })], entities: [entity] }));
    expect(plan.problems).toEqual([]);
    expect(plan.redirects.map((r) => `${r.from} → ${r.to} (${r.title})`)).toEqual([
      '/outlets/gizmodo-com/ → /outlets/gizmodo/ (Gizmodo)',
      '/entities/anthropic-pbc/ → /entities/anthropic/ (Anthropic)',
    ]);
  });

  it('refuses an outlet alias that is another outlet’s id', () => {
    const plan = aliasRedirects(corpus({ outlets: [outlet('a'), outlet('b', { aliases: ['a'] })] }));
    expect(plan.redirects).toEqual([]);
    expect(plan.problems).toEqual(['outlets/b: the alias "a" is the id of another outlet, whose page is at that URL. Remove the alias.']);
  });

  it('writes paths under the base', () => {
    const plan = aliasRedirects(corpus({ claims: [claim('b', { aliases: ['a'] })] }), '/sub/');
    expect(plan.redirects[0]).toMatchObject({ from: '/sub/claims/a/', to: '/sub/claims/b/', collection: 'claims', id: 'b', alias: 'a' });
  });

  it('skips an alias that is the entry’s own id, and repeats of one alias', () => {
    const plan = aliasRedirects(corpus({ claims: [claim('b', { aliases: ['b', 'a', 'a'] })] }));
    expect(plan.redirects.map((r) => r.from)).toEqual(['/claims/a/']);
    expect(plan.problems).toEqual([]);
  });

  it('lets the same old id live on in different collections', () => {
    const plan = aliasRedirects(corpus({ claims: [claim('b', { aliases: ['x'] })], stories: [story('s', { aliases: ['x'] })] }));
    expect(plan.redirects.map((r) => r.from)).toEqual(['/claims/x/', '/stories/x/']);
  });

  it('refuses an alias that is another entry’s current id, and one listed twice', () => {
    const plan = aliasRedirects(
      corpus({
        claims: [claim('a'), claim('b', { aliases: ['a', 'gone'] }), claim('c', { aliases: ['gone'] })],
      }),
    );
    expect(plan.redirects).toEqual([]);
    expect(plan.problems).toMatchInlineSnapshot(`
      [
        "claims/b: the alias "a" is the id of another claim, whose page is at that URL. Remove the alias.",
        "claims/b and c: both list the alias "gone", and one old URL cannot lead to two pages. Keep it on one of them.",
      ]
    `);
  });
});
