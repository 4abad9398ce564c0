/**
 * scripts/lib/previews.ts: each preview image is published as a link to its cached copy, drawn
 * (on worker threads when there are many) only when the cache lacks it, and a rebuild publishes
 * only the images whose card changed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { previewHashes, previewsLine, publishPreviews } from '../../../scripts/lib/previews.ts';
import { previewHash } from '../../../src/previews/cache.ts';
import type { PreviewCard } from '../../../src/previews/cards.ts';
import { pngSize } from '../sharing/png.ts';

const dirs: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-previews-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const card = (n: number): PreviewCard => ({
  file: `previews/claims/claim-${n}.png`,
  card: { eyebrow: 'Claim · A story', title: `Statement number ${n}.`, status: { label: 'Single source', tone: 'single-source' }, footer: `1 article · example.org` },
});

/** A cache holding a stand-in image for each card, so that nothing is drawn. */
function cacheWith(cards: PreviewCard[]): string {
  const dir = tmp();
  for (const { card: c } of cards) writeFileSync(path.join(dir, `${previewHash(c)}.png`), `image of ${c.title}`);
  return dir;
}

describe('publishPreviews', () => {
  it('links every image to its cached copy, and a rebuild publishes only the changed cards', async () => {
    const cards = [card(1), card(2), card(3)];
    const cacheDir = cacheWith(cards);
    const out = tmp();
    const first = await publishPreviews(cards, out, { cacheDir });
    expect(first).toMatchObject({ written: 3, drawn: 0 });
    expect(readdirSync(path.join(out, 'previews/claims')).sort()).toEqual(['claim-1.png', 'claim-2.png', 'claim-3.png']);
    const published = statSync(path.join(out, 'previews/claims/claim-2.png'));
    expect(published.ino).toBe(statSync(path.join(cacheDir, `${previewHash(cards[1]!.card)}.png`)).ino);
    expect(first.hashes).toEqual(previewHashes(cards));

    const changed = [card(1), { ...card(2), card: { ...card(2).card, title: 'A reworded statement.' } }, card(3)];
    writeFileSync(path.join(cacheDir, `${previewHash(changed[1]!.card)}.png`), 'image of the reworded statement');
    const again = await publishPreviews(changed, out, { cacheDir, previous: first.hashes });
    expect(again).toMatchObject({ written: 1, drawn: 0 });
    expect(readFileSync(path.join(out, 'previews/claims/claim-2.png'), 'utf8')).toBe('image of the reworded statement');
    // The image it replaced, the cached copy of the old card, is untouched.
    expect(readFileSync(path.join(cacheDir, `${previewHash(cards[1]!.card)}.png`), 'utf8')).toBe('image of Statement number 2.');
    expect(previewsLine(again)).toBe('Preview images: 1 published, 0 of them drawn.');
  });

  it('draws what the cache lacks, on worker threads when there are many, once per distinct card', async () => {
    const cards = Array.from({ length: 32 }, (_, i) => card(i));
    cards.push({ ...card(0), file: 'previews/stories/same-card.png' });
    const cacheDir = tmp();
    const out = tmp();
    const said: string[] = [];
    const outcome = await publishPreviews(cards, out, { cacheDir, say: (line) => said.push(line) });
    expect(outcome).toMatchObject({ written: 33, drawn: 32 });
    expect(said[0]).toBe(`Drawing 32 preview images on ${os.availableParallelism() === 1 ? '1 thread' : '2 threads'}…`);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.png'))).toHaveLength(32);
    expect(pngSize(readFileSync(path.join(out, 'previews/stories/same-card.png')))).toEqual({ width: 1200, height: 630 });
    expect(previewsLine(outcome)).toBe('Preview images: 33 published, 32 of them drawn.');
  }, 60_000);
});
