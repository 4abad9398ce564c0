import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/lib/corpus.ts';
import { buildSiteIndex } from '../../../src/lib/site-index.ts';
import { buildOpenData, OPEN_DATA_LICENCE } from '../../../src/open-data/build.ts';
import { jsonBytes } from '../../../src/open-data/bytes.ts';
import { openData } from '../../../src/open-data/published.ts';
import { documentFields } from '../../../src/open-data/fields.ts';
import { openDataJsonSchema, openDataSchema } from '../../../src/open-data/schema.ts';
import { article, claim, corpus, mention, outlet, story } from './corpus.ts';

const root = 'https://example.org/sub/';
const schemaUrl = `${root}data/crosscheck.schema.json`;
const hostile = '</script> & "quotes" \u2028';

const c: Corpus = corpus({
  outlets: [outlet('o1', { url: 'https://o1.example/' }), outlet('o2', { owner: 'Group' }), outlet('anon', { unidentified: true })],
  stories: [story('s', { date: new Date('2026-06-01'), aliases: ['old-s'] })],
  claims: [
    claim('k', { statement: `Statement ${hostile}`, verdict: { rating: 'mixed', summary: 'Why.', date: new Date('2026-06-05') }, aliases: ['old-k'] }),
    claim('j', { contradicts: ['k'] }),
    claim('unmentioned'),
  ],
  articles: [
    article('one', 'o1', [mention('k', 'asserts', 'a well-known span, with & syntax')], { added: '2026-06-02', published: '2026-06-01T10:00:00Z', url: 'https://o1.example/one' }),
    article('two', 'o2', [mention('k', 'disputes'), mention('j')], { added: '2026-06-03', via: 'one' }),
    article('three', 'anon', [mention('j', 'quotes'), mention('k', 'qualifies')], { added: '2026-06-04' }),
  ],
});

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(openDataJsonSchema(schemaUrl));
}

describe('openDataJsonSchema', () => {
  it('is a draft 2020-12 JSON Schema with its own address', () => {
    const schema = openDataJsonSchema(schemaUrl);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(schemaUrl);
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['claims', 'mentions', 'contradictions', 'articles', 'outlets', 'stories']));
  });

  it('documents every property of a claim', () => {
    const schema = openDataJsonSchema(schemaUrl) as { properties: { claims: { items: { properties: Record<string, unknown> } } } };
    expect(Object.keys(schema.properties.claims.items.properties)).toEqual(Object.keys(openDataSchema.shape.claims.element.shape));
  });
});

describe('buildOpenData', () => {
  const data = buildOpenData(buildSiteIndex(c), root, schemaUrl);

  it('validates against the published JSON Schema and the zod schema', () => {
    const validate = validator();
    const json = JSON.parse(JSON.stringify(data)) as unknown;
    expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(openDataSchema.safeParse(json).success).toBe(true);
  });

  it('rejects an export with a field of the wrong type', () => {
    const broken = JSON.parse(JSON.stringify(data)) as { claims: { status: { status: string } }[] };
    broken.claims[0]!.status.status = 'true';
    expect(validator()(broken)).toBe(false);
  });

  it('describes itself', () => {
    expect(data.$schema).toBe(schemaUrl);
    expect(data.site).toBe(root);
    expect(data.licence).toBe(OPEN_DATA_LICENCE);
    expect(data.licence).toMatch(/outlets' words/);
    expect(data.updated).toBe('2026-06-04T00:00:00.000Z');
    expect(data.counts).toEqual({ stories: 1, articles: 3, claims: 3, mentions: 5, outlets: 3, entities: 0, contradictions: 2 });
  });

  it('gives each claim its status, verdict, counts and page', () => {
    const k = data.claims.find((x) => x.id === 'k')!;
    expect(k.statement).toBe(`Statement ${hostile}`);
    expect(k.status.status).toBe('contested');
    expect(k.verdict).toEqual({ rating: 'mixed', summary: 'Why.', date: '2026-06-05' });
    expect(k.coverage.supports).toEqual({ sources: 2, articles: 2, unidentified: 1 });
    expect(k.coverage.disputes).toEqual({ sources: 1, articles: 1, unidentified: 0 });
    expect(k.contradicts).toEqual(['j']);
    expect(k.aliases).toEqual(['old-k']);
    expect(k.url).toBe('https://example.org/sub/claims/k/');
    expect(data.claims.find((x) => x.id === 'unmentioned')).toMatchObject({ status: { status: 'unmentioned' }, firstReported: null, verdict: null });
  });

  it('lists every mention with its anchor in our record and a text fragment into the original', () => {
    const first = data.mentions[0]!;
    expect(data.mentions.map((m) => `${m.article}:${m.position}:${m.claim}`)).toEqual(['one:0:k', 'three:0:j', 'three:1:k', 'two:0:k', 'two:1:j']);
    expect(first.url).toBe(`https://example.org/sub/articles/one/#${first.anchor}`);
    expect(first.originalUrl).toBe('https://o1.example/one#:~:text=a%20well%2Dknown%20span%2C%20with%20%26%20syntax');
    expect(first.text).toBe('a well-known span, with & syntax');
    expect(data.mentions.find((m) => m.article === 'two')?.originalUrl).toBeNull();
  });

  it('lists contradictions declared and implied', () => {
    expect(data.contradictions.map((x) => `${x.kind}:${x.claims.join(',')}`)).toEqual(['implied:k', 'declared:j,k']);
    expect(data.contradictions[1]?.declaredBy).toEqual(['j']);
  });

  it.each([
    { name: 'a dated article that may have been first', undatedAdded: '2026-06-06', basis: 'published', date: '2026-06-05T00:00:00.000Z', articles: ['dated'] },
    { name: 'only the undated ones, when one was added before any dated one could be first', undatedAdded: '2026-06-02', basis: 'added', date: '2026-06-02T00:00:00.000Z', articles: ['undated'] },
  ])('exports as first reported $name', ({ undatedAdded, basis, date, articles }) => {
    const exported = buildOpenData(
      buildSiteIndex(
        corpus({
          articles: [
            article('dated', 'o1', [mention('k')], { published: '2026-06-05' }),
            article('undated', 'o2', [mention('k')], { added: undatedAdded }),
          ],
        }),
      ),
      root,
      schemaUrl,
    );
    expect(exported.claims.find((x) => x.id === 'k')?.firstReported).toEqual({ date, basis, articles });
  });

  it('writes an article\'s dates in the offsets its record gives, valid against the schema', () => {
    const pacific = corpus({
      articles: [article('pacific', 'o1', [mention('k')], { published: '2026-06-04T20:00:00-07:00', added: '2026-06-05T09:00:00+02:00' })],
    });
    const exported = buildOpenData(buildSiteIndex(pacific), root, schemaUrl);
    expect([exported.articles[0]?.published, exported.articles[0]?.added]).toEqual(['2026-06-04T20:00:00.000-07:00', '2026-06-05T09:00:00.000+02:00']);
    expect(exported.claims.find((x) => x.id === 'k')?.firstReported?.date).toBe('2026-06-04T20:00:00.000-07:00');
    const validate = validator();
    expect(validate(JSON.parse(JSON.stringify(exported))), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // In UTC, as before, when the record gives no offset.
    expect(data.articles.find((a) => a.slug === 'one')?.published).toBe('2026-06-01T10:00:00.000Z');
  });

  it("writes a story's and a verdict's day in the offset the record gives", () => {
    // 8 pm on 4 June in California: 5 June in UTC.
    const pacific = corpus({
      stories: [story('s', { date: new Date('2026-06-04T20:00:00-07:00'), dateOffset: -420 })],
      claims: [claim('k', { verdict: { rating: 'mixed', summary: 'Why.', date: new Date('2026-06-04T20:00:00-07:00'), dateOffset: -420 } })],
      articles: [article('a', 'o1', [mention('k')])],
    });
    const exported = buildOpenData(buildSiteIndex(pacific), root, schemaUrl);
    expect(exported.stories[0]?.date).toBe('2026-06-04');
    expect(exported.claims[0]?.verdict?.date).toBe('2026-06-04');
    // In UTC, as before, when the record gives no offset.
    expect(data.stories[0]?.date).toBe('2026-06-01');
    expect(data.claims.find((x) => x.id === 'k')?.verdict?.date).toBe('2026-06-05');
  });

  it('records syndication and sources', () => {
    const two = data.articles.find((a) => a.slug === 'two')!;
    expect(two.via).toBe('one');
    expect(two.source.key).toBe('outlet:o1');
    expect(two.published).toBeNull();
    expect(data.articles.find((a) => a.slug === 'three')?.source.kind).toBe('unidentified');
  });

  it('lists as aliases only old ids, without the own id a record renamed back to its first id lists first', () => {
    const back: Corpus = { ...c, claims: c.claims.map((x) => (x.id === 'k' ? { ...x, aliases: ['k', 'old-k'] } : x)) };
    expect(buildOpenData(buildSiteIndex(back), root, schemaUrl).claims.find((x) => x.id === 'k')?.aliases).toEqual(['old-k']);
  });

  it('is the same whatever order the corpus comes in', () => {
    const reversed: Corpus = {
      ...c,
      articles: [...c.articles].reverse(),
      claims: [...c.claims].reverse(),
      outlets: [...c.outlets].reverse(),
    };
    expect(JSON.stringify(buildOpenData(buildSiteIndex(reversed), root, schemaUrl))).toBe(JSON.stringify(data));
  });

  it('writes addresses as valid URLs, whatever characters the content gave them', () => {
    const hostile = corpus({
      outlets: [outlet('o', { url: 'https://o.example/?q="<x>' })],
      articles: [article('a', 'o', [mention('k', 'asserts', 'the span')], { url: 'https://o.example/a?b="><script>#\'-x-\'' })],
    });
    const built = JSON.parse(JSON.stringify(buildOpenData(buildSiteIndex(hostile), root, schemaUrl))) as typeof data;
    expect(validator()(built)).toBe(true);
    expect(built.outlets[0]?.url).toBe('https://o.example/?q=%22%3Cx%3E');
    expect(built.articles[0]?.originalUrl).toBe("https://o.example/a?b=%22%3E%3Cscript%3E#'-x-'");
    expect(built.mentions[0]?.originalUrl).toBe("https://o.example/a?b=%22%3E%3Cscript%3E#'-x-':~:text=the%20span");
  });

  it('is valid for an empty corpus', () => {
    const empty = buildOpenData(buildSiteIndex(corpus()), root, schemaUrl);
    expect(empty.updated).toBeNull();
    expect(validator()(JSON.parse(JSON.stringify(empty)))).toBe(true);
  });
});

describe('jsonBytes', () => {
  const bytes = async (value: unknown) => Buffer.from(await new Response(jsonBytes(value)).arrayBuffer());
  const asJson = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);

  it('writes the export byte for byte as JSON.stringify does, indented, with a newline', async () => {
    const data = buildOpenData(buildSiteIndex(c), root, schemaUrl);
    expect((await bytes(data)).equals(asJson(data))).toBe(true);
    const empty = buildOpenData(buildSiteIndex(corpus()), root, schemaUrl);
    expect((await bytes(empty)).equals(asJson(empty))).toBe(true);
  });

  it('writes what JSON.stringify writes of empty, missing, nested and unusual values', async () => {
    const odd = {
      empty: [],
      none: {},
      nothing: null,
      missing: undefined,
      nested: [[], [{}], [1, [2, { a: [] }]], { deep: { deeper: [null, 'x'] } }],
      date: new Date('2026-06-01T10:00:00Z'),
      numbers: [0, -0, 1.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY],
      text: `${hostile} “curly” \u{1F600} \uD800 lone, tab\tand\nnewline "\\`,
      list: [undefined, () => 1, true],
    };
    expect((await bytes(odd)).toString('utf8')).toBe(asJson(odd).toString('utf8'));
  });

  it('is made in pieces, so that no piece holds the whole export', async () => {
    const big = { items: Array.from({ length: 30_000 }, (_, i) => ({ id: `item-${i}`, text: 'x'.repeat(100) })) };
    const pieces: number[] = [];
    for await (const piece of jsonBytes(big)) pieces.push(piece.byteLength);
    expect(pieces.length).toBeGreaterThan(2);
    expect(Math.max(...pieces)).toBeLessThan(asJson(big).length / 2);
    expect((await bytes(big)).equals(asJson(big))).toBe(true);
  });
});

describe('openData', () => {
  it('is the export of the site at its origin and base, with its schema beside it', async () => {
    const index = buildSiteIndex(c);
    const bytes = Buffer.from(await new Response(jsonBytes(openData(index, 'https://example.org', '/sub'))).arrayBuffer());
    expect(bytes.equals(Buffer.from(`${JSON.stringify(buildOpenData(index, root, schemaUrl), null, 2)}\n`))).toBe(true);
    const atRoot = JSON.parse(Buffer.from(await new Response(jsonBytes(openData(index, new URL('https://example.org/'), '/'))).arrayBuffer()).toString('utf8')) as { $schema?: string };
    expect(atRoot.$schema).toBe('https://example.org/data/crosscheck.schema.json');
  });
});

describe('documentFields', () => {
  const sections = documentFields(openDataJsonSchema(schemaUrl));
  const row = (section: string, path: string) => sections.find((s) => s.name === section)?.fields.find((f) => f.path === path);

  it('has the file’s own fields, then one section per list', () => {
    expect(sections.map((s) => s.name)).toEqual(['The file', 'stories', 'claims', 'articles', 'mentions', 'contradictions', 'outlets', 'entities']);
    expect(sections.every((s) => s.description !== '')).toBe(true);
  });

  it.each([
    ['claims', 'status.status', 'one of: contested, corroborated, single-source, disputed, reported-only, unmentioned'],
    ['claims', 'verdict', 'object or null'],
    ['claims', 'verdict.date', 'day or null'],
    ['claims', 'coverage.supports', 'count'],
    ['articles', 'published', 'date and time or null'],
    ['mentions', 'originalUrl', 'URL or null'],
    ['contradictions', 'sides[].count', 'count'],
    ['The file', 'version', 'always 2'],
  ])('describes %s %s as %s', (section, path, type) => {
    expect(row(section, path)?.type).toBe(type);
  });

  it('documents every field of every list', () => {
    for (const section of sections) for (const field of section.fields) expect(field.description, `${section.name} ${field.path}`).not.toBe('');
  });
});
