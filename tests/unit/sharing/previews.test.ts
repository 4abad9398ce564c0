import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../../src/lib/site-index.ts';
import { cachedPreview, previewHash } from '../../../src/previews/cache.ts';
import { previewCards } from '../../../src/previews/cards.ts';
import { claimPreview, displayHost, storyPreview } from '../../../src/previews/inputs.ts';
import { previewPath } from '../../../src/previews/paths.ts';
import {
  drawableCard,
  fitTitle,
  PREVIEW_HEIGHT,
  PREVIEW_WIDTH,
  previewTree,
  readsRightToLeft,
  renderPreview,
  titleSize,
  type PreviewInput,
} from '../../../src/previews/render.ts';
import { article, claim, corpus, mention, outlet, story } from './corpus.ts';
import { pngPixels, pngSize } from './png.ts';

const card: PreviewInput = {
  eyebrow: 'Claim · The spillway',
  title: 'The Dam Authority closed the spillway on Saturday.',
  status: { label: 'Corroborated', tone: 'corroborated' },
  footer: '2 independent of 2 articles · example.org',
};

describe('previewPath', () => {
  it.each([
    ['claims', 'pause', '/', '/previews/claims/pause.png'],
    ['stories', 'the-story', '/', '/previews/stories/the-story.png'],
    ['claims', 'pause', '/sub/', '/sub/previews/claims/pause.png'],
    ['claims', 'pause', '/sub', '/sub/previews/claims/pause.png'],
  ] as const)('puts %s/%s under %s at %s', (kind, id, base, expected) => {
    expect(previewPath(kind, id, base)).toBe(expected);
  });
});

describe('previewCards', () => {
  // Claim "k" was "old-k" and, before that, "older-k"; story "s" was "old-s".
  const index = buildSiteIndex(
    corpus({
      outlets: [outlet('o')],
      stories: [story('s', { aliases: ['old-s'] })],
      claims: [claim('k', { aliases: ['older-k', 'old-k'] }), claim('j')],
      articles: [article('a', 'o', [mention('k'), mention('j')])],
    }),
  );
  const cards = previewCards(index, 'example.org');
  const cardOf = (file: string) => cards.find((c) => c.file === file)?.card;

  it('draws one card per claim and story page', () => {
    expect(cards.slice(0, 3).map((c) => c.file)).toEqual(['previews/claims/j.png', 'previews/claims/k.png', 'previews/stories/s.png']);
  });

  it("keeps a renamed claim's or story's image at its old ids' files, a link preview pasted before the rename names them", () => {
    expect(cards.slice(3).map((c) => c.file).sort()).toEqual(['previews/claims/old-k.png', 'previews/claims/older-k.png', 'previews/stories/old-s.png']);
    expect(cardOf('previews/claims/old-k.png')).toEqual(cardOf('previews/claims/k.png'));
    expect(cardOf('previews/claims/older-k.png')).toEqual(cardOf('previews/claims/k.png'));
    expect(cardOf('previews/stories/old-s.png')).toEqual(cardOf('previews/stories/s.png'));
  });
});

describe('fitTitle and titleSize', () => {
  it.each([
    ['  A short\n title ', 'A short title'],
    [`${'word '.repeat(60)}end`, `${'word '.repeat(43).trim()}\u2026`],
    [`${'x'.repeat(300)}`, `${'x'.repeat(219)}\u2026`],
  ])('fits %j', (title, expected) => {
    expect(fitTitle(title)).toBe(expected);
    expect(fitTitle(title).length).toBeLessThanOrEqual(220);
  });

  it('never cuts a long title inside a character: an emoji, a flag, a letter and its accent', () => {
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(fitTitle('😀'.repeat(150))).toBe(`${'😀'.repeat(109)}\u2026`);
    expect(fitTitle('🇫🇷'.repeat(80))).toBe(`${'🇫🇷'.repeat(54)}\u2026`);
    expect(fitTitle('e\u0301'.repeat(150))).toBe(`${'e\u0301'.repeat(109)}\u2026`);
    for (const title of ['😀'.repeat(150), `x${'😀'.repeat(150)}`, '🇫🇷'.repeat(80), `x${'🇫🇷'.repeat(80)}`]) {
      expect(fitTitle(title)).not.toMatch(lone);
      expect(fitTitle(title).length).toBeLessThanOrEqual(220);
    }
  });

  it('makes long titles smaller', () => {
    expect(titleSize('x'.repeat(40))).toBeGreaterThan(titleSize('x'.repeat(100)));
    expect(titleSize('x'.repeat(100))).toBeGreaterThan(titleSize('x'.repeat(200)));
  });
});

describe('renderPreview', () => {
  it('draws a 1200×630 PNG with the repository font', async () => {
    const png = await renderPreview(card);
    expect(pngSize(png)).toEqual({ width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT });
  });

  it('draws any text, markup included, as text', async () => {
    const png = await renderPreview({ ...card, title: '</script><img src=x onerror=alert(1)> & “quotes” — 50%', status: undefined });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('keeps a word longer than a line inside the card, breaking it, so the card loses nothing at its right edge', async () => {
    // A word with no place to break (a German compound, a run of wide letters) went past the right
    // edge, cut off, and pushed the site's name out of the card. The card's right margin is 72 px.
    const drawnInMargin = async (input: PreviewInput) => {
      const image = pngPixels(await renderPreview(input))!;
      const background = image.pixel(PREVIEW_WIDTH - 1, 0).join();
      const columns = new Set<number>();
      for (let x = PREVIEW_WIDTH - 56; x < PREVIEW_WIDTH; x++) for (let y = 0; y < PREVIEW_HEIGHT; y++) if (image.pixel(x, y).join() !== background) columns.add(x);
      return columns.size;
    };
    expect(await drawnInMargin(card)).toBe(0);
    expect(await drawnInMargin({ ...card, title: 'The Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz was repealed.' })).toBe(0);
    expect(await drawnInMargin({ ...card, eyebrow: `Claim · ${'W'.repeat(60)}` })).toBe(0);
  });
});

describe('text the font cannot draw', () => {
  // DejaVu Sans has no emoji and no Chinese, Japanese or Korean: they came out as empty boxes.
  const same = async (a: PreviewInput, b: PreviewInput) => Buffer.compare(await renderPreview(a), await renderPreview(b)) === 0;

  it('drops an emoji the font lacks from its line, and draws the rest as it would be drawn without it', async () => {
    expect(await same({ ...card, title: 'The lab 🚀 closed the 🇺🇸 spillway 👩‍🔬 on Saturday.' }, { ...card, title: 'The lab closed the spillway on Saturday.' })).toBe(true);
  });

  it('leaves out a part of a line it cannot draw whole, never half of it', async () => {
    expect(await same({ ...card, title: '人工智能实验室呼吁全球暂停 — AI lab calls for a pause' }, { ...card, title: '' })).toBe(true);
    expect(await same({ ...card, eyebrow: 'Claim · 人工智能' }, { ...card, eyebrow: 'Claim' })).toBe(true);
  });

  it('keeps what the font has: symbols, accents, Greek, Cyrillic, Arabic, Hebrew', async () => {
    expect(await same({ ...card, title: 'Ελλάδα, Україна ✔ ★' }, { ...card, title: '' })).toBe(false);
    expect(drawableCard({ ...card, title: 'Ελλάδα ✔ 🚀' }, new Set(['🚀']))).toEqual({ ...card, title: 'Ελλάδα ✔' });
  });

  it.each([
    ['an emoji', 'Up 🚀 now', new Set(['🚀']), 'Up now'],
    ['a flag', 'In 🇫🇷 Paris', new Set(['🇫🇷']), 'In Paris'],
    ['a keycap', 'Step 1️⃣ done', new Set(['1️⃣']), 'Step done'],
    ['an invisible character', 'Pa\u2060use', new Set(['\u2060']), 'Pause'],
    ['a space', 'A\u205Fpause', new Set(['\u205F']), 'A pause'],
    ['a letter', 'Said 東京 today', new Set(['東', '京']), ''],
    ['nothing it has', 'A pause', new Set<string>(), 'A pause'],
  ])('handles %s the font lacks', (_what, title, missing, expected) => {
    expect(drawableCard({ ...card, title }, missing).title).toBe(expected);
  });

  it('leaves the other parts of a line, and a badge it cannot draw at all out', () => {
    const drawn = drawableCard({ ...card, eyebrow: 'Claim · 東京', status: { label: '東京', tone: 'contested' }, footer: '東京 · example.org' }, new Set(['東', '京']));
    expect(drawn).toEqual({ ...card, eyebrow: 'Claim', status: undefined, footer: 'example.org' });
  });

  it('sets a title that starts in a right-to-left script against the right margin', () => {
    expect([readsRightToLeft('דעא'), readsRightToLeft('دعا المختبر'), readsRightToLeft('“דעא” said the lab'), readsRightToLeft('Lab said דעא'), readsRightToLeft('2026')]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    const align = (title: string) => JSON.stringify(previewTree({ ...card, title })).includes('"textAlign":"right"');
    expect([align('המעבדה קראה להשהיה'), align(card.title)]).toEqual([true, false]);
  });
});

describe('cachedPreview', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-previews-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws a card once and reuses it while its text is unchanged', async () => {
    let calls = 0;
    const render = async (input: PreviewInput) => {
      calls++;
      return renderPreview(input);
    };
    const first = await cachedPreview(card, { dir, render });
    const second = await cachedPreview({ ...card }, { dir, render });
    expect(calls).toBe(1);
    expect(Buffer.compare(first, second)).toBe(0);
    await cachedPreview({ ...card, title: 'Another statement.' }, { dir, render });
    expect(calls).toBe(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(2);
  });

  it('names each card by a hash of all its text', () => {
    const hashes = new Set([
      previewHash(card),
      previewHash({ ...card, eyebrow: 'Story' }),
      previewHash({ ...card, footer: 'other' }),
      previewHash({ ...card, status: { label: 'Contested', tone: 'contested' } }),
      previewHash({ ...card, status: undefined }),
    ]);
    expect(hashes.size).toBe(5);
    expect(previewHash(card)).toBe(previewHash({ ...card }));
  });
});

describe('card text', () => {
  it('shows a claim’s statement, status, verdict and numbers', () => {
    const view = {
      claim: claim('k', { statement: 'A statement.', verdict: { rating: 'mostly-accurate', summary: 'Why.' } }),
      story: story('s', { title: 'The story' }),
      status: { status: 'contested' as const, label: 'Contested' },
      independence: '2 independent of 3 articles',
    };
    expect(claimPreview(view, 'example.org')).toEqual({
      eyebrow: 'Claim · The story',
      title: 'A statement.',
      status: { label: 'Contested · Verdict: Mostly accurate', tone: 'contested' },
      footer: 'Coverage: 2 independent of 3 articles · example.org',
    });
    // The number counts all the coverage, the badge the sources holding it: said, so "Single source" beside "3 independent" reads true.
    const single = { ...view, status: { status: 'single-source' as const, label: 'Single source' }, independence: '3 independent of 3 articles, 3 unidentified' };
    expect(claimPreview(single, 'example.org').footer).toBe('Coverage: 3 independent of 3 articles, 3 unidentified · example.org');
    // The host only when the line has room for it whole (the card cuts the footer at 80 characters).
    const long = claimPreview({ ...single, independence: '12 independent of 150 articles, 11 unidentified' }, 'crosscheck.newsroom.example.org/analysis');
    expect(long.footer).toBe('Coverage: 12 independent of 150 articles, 11 unidentified');
  });

  it('shows a story’s title and how contested its claims are', () => {
    const view = {
      story: story('s', { title: 'The story', date: new Date('2026-05-02') }),
      articles: [1, 2, 3],
      claims: [1, 2, 3, 4],
      contested: [1],
      independence: { sources: 2, articles: 3, unidentified: 0 },
    };
    expect(storyPreview(view, 'example.org')).toEqual({
      eyebrow: 'Story · 2 May 2026',
      title: 'The story',
      status: { label: '1 contested claim of 4', tone: 'contested' },
      footer: '3 articles from 2 independent sources · example.org',
    });
    expect(storyPreview({ ...view, contested: [] }, 'x').status).toEqual({ label: '4 claims, none contested', tone: 'neutral' });
  });

  it('dates a story on the day its record gives, in the offset it is written in', () => {
    // 8 pm on 4 June in California: 5 June in UTC.
    const view = { story: story('s', { date: new Date('2026-06-04T20:00:00-07:00'), dateOffset: -420 }), articles: [], claims: [], contested: [], independence: { sources: 0, articles: 0, unidentified: 0 } };
    expect(storyPreview(view, 'x').eyebrow).toBe('Story · 4 June 2026');
  });

  it.each([
    ['https://example.org', '/', 'example.org'],
    ['https://example.org', '/sub/', 'example.org/sub'],
    [undefined, '/', 'Crosscheck'],
  ])('shows %s with base %s as %s', (site, base, expected) => {
    expect(displayHost(site, base)).toBe(expected);
  });
});
