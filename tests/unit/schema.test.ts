import { describe, expect, it } from 'vitest';
import {
  articleSchema,
  claimSchema,
  collections,
  entitySchema,
  outletSchema,
  storySchema,
} from '../../src/content.config.ts';

const article = {
  headline: 'Anthropic calls for a pause',
  outlet: 'gizmodo',
  story: 'anthropic-pause-call',
  summary: 'Our words.',
  kind: 'report',
  added: '2026-06-06',
};

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('collections', () => {
  it('defines the five collections of the content model', () => {
    expect(Object.keys(collections).sort()).toEqual(['articles', 'claims', 'entities', 'outlets', 'stories']);
  });
});

describe('articleSchema', () => {
  it('accepts an article with only the required fields and fills the defaults', () => {
    const parsed = articleSchema.parse(article);
    expect(parsed).toMatchObject({ language: 'en', entities: [], aliases: [] });
    expect(parsed.published).toBeUndefined();
    expect(parsed.added).toEqual(new Date('2026-06-06T00:00:00Z'));
  });

  it('never invents a publication date', () => {
    expect('published' in articleSchema.parse(article) && articleSchema.parse(article).published !== undefined).toBe(false);
  });

  it.each([
    ['https://example.org/a', true],
    ['http://example.org/a', true],
    ['javascript:alert(1)', false],
    ['data:text/html,x', false],
    ['ftp://example.org/a', false],
    ['not a url', false],
  ])('accepts the url %s: %s', (url, ok) => {
    expect(articleSchema.safeParse({ ...article, url }).success).toBe(ok);
  });

  it.each([
    ['2026-06-05', true],
    ['2026-06-05T17:00:44Z', true],
    ['2026-06-05 17:00:44+00:00', true],
    ['2026-13-45', false],
    ['yesterday', false],
  ])('accepts the publication date %s: %s', (published, ok) => {
    expect(articleSchema.safeParse({ ...article, published }).success).toBe(ok);
  });

  it('names every missing or mistyped field', () => {
    expect(issues(articleSchema.safeParse({ headline: 3, kind: 'rumour' }))).toMatchInlineSnapshot(`
      [
        "headline: Invalid input: expected string, received number",
        "outlet: Invalid input: expected string, received undefined",
        "story: Invalid input: expected string, received undefined",
        "summary: Invalid input: expected string, received undefined",
        "kind: Invalid option: expected one of "report"|"analysis"|"opinion"|"aggregate"|"press-release"",
        "added: a date written as YYYY-MM-DD (a time and offset may follow)",
      ]
    `);
  });
});

describe('outletSchema', () => {
  it('records an unidentified source', () => {
    expect(outletSchema.parse({ name: 'Unidentified source', unidentified: true })).toEqual({ name: 'Unidentified source', unidentified: true, aliases: [] });
  });

  it('takes the ids an outlet or an entity was published under before, as a story does', () => {
    expect(outletSchema.parse({ name: 'Gizmodo', aliases: ['gizmodo-com'] }).aliases).toEqual(['gizmodo-com']);
    expect(entitySchema.parse({ name: 'Anthropic', kind: 'organisation', aliases: ['anthropic-pbc'] }).aliases).toEqual(['anthropic-pbc']);
    expect(entitySchema.safeParse({ name: 'Anthropic', kind: 'organisation', aliases: ['Anthropic PBC'] }).success).toBe(false);
  });

  it('treats an outlet as identified unless it says otherwise', () => {
    expect(outletSchema.parse({ name: 'Gizmodo' }).unidentified).toBe(false);
  });
});

describe('claimSchema', () => {
  const claim = { statement: 'Anthropic called for a pause.', story: 'anthropic-pause-call', kind: 'fact' };

  it('fills empty lists for references and aliases', () => {
    expect(claimSchema.parse(claim)).toMatchObject({ entities: [], contradicts: [], related: [], aliases: [] });
  });

  it.each(['fact', 'figure', 'quote', 'attribution', 'prediction'])('accepts the kind %s', (kind) => {
    expect(claimSchema.safeParse({ ...claim, kind }).success).toBe(true);
  });

  it('checks a verdict’s rating', () => {
    expect(claimSchema.safeParse({ ...claim, verdict: { rating: 'accurate', summary: 'Why.' } }).success).toBe(true);
    expect(claimSchema.safeParse({ ...claim, verdict: { rating: 'true', summary: 'Why.' } }).success).toBe(false);
  });

  it('rejects aliases that are not ids', () => {
    expect(claimSchema.safeParse({ ...claim, aliases: ['Old Id'] }).success).toBe(false);
  });
});

describe('storySchema and entitySchema', () => {
  it('accepts a story with its title and summary', () => {
    expect(storySchema.safeParse({ title: 'T', summary: 'S' }).success).toBe(true);
  });

  it('requires an entity kind from the list', () => {
    expect(entitySchema.safeParse({ name: 'Anthropic', kind: 'organisation' }).success).toBe(true);
    expect(entitySchema.safeParse({ name: 'Anthropic', kind: 'company' }).success).toBe(false);
  });
});
