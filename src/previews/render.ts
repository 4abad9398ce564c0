/**
 * Link-preview images: a 1200×630 PNG per claim and story page, drawn at build time by satori
 * (layout to SVG) and resvg (SVG to PNG) with DejaVu Sans from src/previews/fonts/, so a build
 * needs no network. The card shows an eyebrow line (what the page is), the title (a claim's
 * statement or a story's title), a status badge and a footer. A word longer than a line (a German
 * compound, a run of wide letters) breaks where it reaches the margin: unbroken, it ran past the
 * card's edge, cut off, and pushed the site's name out.
 *
 * Text the font has no glyph for (emoji, Chinese, Japanese, Korean, Thai, Devanagari…: DejaVu Sans
 * has Latin, Greek, Cyrillic, Arabic and Hebrew) came out as empty boxes. The build fetches no
 * font and the repository keeps no font of megabytes, so a card leaves such text out instead
 * ({@link drawableCard}): an emoji is dropped from its line, and any other part of a line that
 * cannot be drawn whole (the title, the story's title after "Claim · ") is left out whole, never
 * shown half; the page's own title and the image's description still carry it. A title that
 * starts in a right-to-left script (Arabic, Hebrew) is set against the right margin.
 *
 *   const png = await renderPreview({ eyebrow: 'Claim', title: 'The spillway closed on Saturday.',
 *     status: { label: 'Corroborated', tone: 'corroborated' }, footer: 'crosscheck.example.org' });
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { ClaimStatus } from '../lib/status.ts';
import { fontFiles } from './files.ts';

/** The image's size: Open Graph's and Twitter's large card. */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** Colours a badge can take: one per claim status, and a neutral one. */
export type PreviewTone = ClaimStatus | 'neutral';

/** What a preview card shows. */
export interface PreviewInput {
  /** A short line above the title: what the page is (`Claim · The dam's spillway…`). */
  eyebrow: string;
  /** The statement or the title; long ones are shortened at a word with an ellipsis. */
  title: string;
  /** A badge under the title (optional). */
  status?: { label: string; tone: PreviewTone } | undefined;
  /** A line at the bottom: the numbers behind the status and the site's address. */
  footer: string;
}

/** Badge colours (background, text): dark text on light, contrast above 7:1. */
const TONES: Record<PreviewTone, { background: string; color: string; accent: string }> = {
  contested: { background: '#fde4e1', color: '#7a1d12', accent: '#c2371f' },
  corroborated: { background: '#dcf3e4', color: '#0b4a26', accent: '#1d7a44' },
  'single-source': { background: '#fdf0d5', color: '#6b3f04', accent: '#b7700a' },
  disputed: { background: '#f6e0f0', color: '#641a52', accent: '#9c2f80' },
  'reported-only': { background: '#e3e9f6', color: '#1f3764', accent: '#3d5fa8' },
  unmentioned: { background: '#e8e8e6', color: '#363633', accent: '#77776f' },
  neutral: { background: '#e8e8e6', color: '#363633', accent: '#77776f' },
};

/** Titles longer than this are shortened at a word. */
export const MAX_TITLE_LENGTH = 220;

/** Characters as a reader sees them: an emoji, a flag or a letter with its accents is one. */
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The title as shown: white space collapsed, shortened at a word with `…` when too long, and
 * never inside a character (half an emoji's surrogate pair, one letter of a flag).
 */
export function fitTitle(title: string, max = MAX_TITLE_LENGTH): string {
  const text = title.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > max - 1) break;
    end = index + segment.length;
  }
  const cut = text.slice(0, end);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}\u2026`;
}

/** Parts of a card's line: "Claim · The story", "Corroborated · Verdict: Accurate". */
const PART_SEPARATOR = ' \u00B7 ';

/** A grapheme that is a picture (an emoji, a flag, a keycap), not a letter. */
const PICTURE = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;

/**
 * The card with only what the font can draw: `missing` holds the graphemes it has no glyph for
 * (as satori reports them). In each line (eyebrow, title, badge, footer), a missing emoji or
 * invisible character is dropped, and a missing space drawn as a plain one; a part of the line (between " · ") still holding a missing grapheme is left out whole;
 * a badge left empty is not drawn.
 */
export function drawableCard(input: PreviewInput, missing: ReadonlySet<string>): PreviewInput {
  if (missing.size === 0) return input;
  const line = (text: string) =>
    text
      .split(PART_SEPARATOR)
      .map((part) => {
        let kept = '';
        for (const { segment } of graphemes.segment(part)) {
          if (!missing.has(segment)) kept += segment;
          else if (/^\s+$/u.test(segment)) kept += ' ';
          else if (!PICTURE.test(segment) && !/^\p{Default_Ignorable_Code_Point}+$/u.test(segment)) return '';
        }
        return kept.replace(/\s+/g, ' ').trim();
      })
      .filter((part) => part !== '')
      .join(PART_SEPARATOR);
  const status = input.status && line(input.status.label);
  return {
    eyebrow: line(input.eyebrow),
    title: line(input.title),
    status: input.status && status ? { ...input.status, label: status } : undefined,
    footer: line(input.footer),
  };
}

/** A letter of a right-to-left script, or one of a left-to-right one: the first decides a title's side. */
const STRONG = /(\p{Script=Arabic}|\p{Script=Hebrew}|\p{Script=Syriac}|\p{Script=Thaana}|\p{Script=Nko})|\p{L}/u;

/** Whether a title reads from right to left: its first letter is of a right-to-left script. */
export function readsRightToLeft(title: string): boolean {
  return STRONG.exec(title)?.[1] !== undefined;
}

/** A font size that fits the title in about five lines. */
export function titleSize(title: string): number {
  const n = title.length;
  if (n <= 60) return 68;
  if (n <= 110) return 58;
  if (n <= 160) return 50;
  return 44;
}

/** A satori element: the plain-object form of what JSX would produce. */
interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string };
}

const h = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({
  type,
  props: { style, children },
});

/** The card's element tree (exported for tests). */
export function previewTree(input: PreviewInput): Node {
  const title = fitTitle(input.title);
  const tone = TONES[input.status?.tone ?? 'neutral'];
  const badge = input.status
    ? [
        h(
          'div',
          {
            display: 'flex',
            alignSelf: 'flex-start',
            padding: '10px 26px',
            borderRadius: 999,
            backgroundColor: tone.background,
            color: tone.color,
            border: `3px solid ${tone.accent}`,
            fontSize: 34,
            fontWeight: 700,
          },
          input.status.label,
        ),
      ]
    : [];
  return h(
    'div',
    {
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      display: 'flex',
      backgroundColor: '#fbfaf7',
      color: '#1c1c1a',
      fontFamily: 'DejaVu Sans',
    },
    h('div', { width: 24, flexShrink: 0, height: PREVIEW_HEIGHT, backgroundColor: tone.accent }),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 48px 64px' },
      h('div', { display: 'flex', fontSize: 28, color: '#55554f', letterSpacing: 1, wordBreak: 'break-word' }, fitTitle(input.eyebrow, 70)),
      h(
        'div',
        { display: 'flex', flexGrow: 1, alignItems: 'center', paddingTop: 18, paddingBottom: 18 },
        h(
          'div',
          {
            display: 'block',
            flexGrow: 1,
            fontSize: titleSize(title),
            fontWeight: 700,
            lineHeight: 1.2,
            lineClamp: 6,
            wordBreak: 'break-word',
            textAlign: readsRightToLeft(title) ? 'right' : 'left',
          },
          title,
        ),
      ),
      ...badge,
      h(
        'div',
        { display: 'flex', justifyContent: 'space-between', marginTop: 28, fontSize: 26, color: '#55554f' },
        h('div', { display: 'flex' }, fitTitle(input.footer, 80)),
        h('div', { display: 'flex', fontWeight: 700, color: '#1c1c1a' }, 'Crosscheck'),
      ),
    ),
  );
}

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function loadFonts() {
  fonts ??= fontFiles().map(({ file, weight }) => ({ name: 'DejaVu Sans', data: readFileSync(file), weight, style: 'normal' as const }));
  return fonts;
}

/** Draws a preview card as a 1200×630 PNG. */
export async function renderPreview(input: PreviewInput): Promise<Buffer> {
  const missing = new Set<string>();
  const draw = (card: PreviewInput) =>
    // satori's types want a React element; the plain object is exactly what JSX would build.
    satori(previewTree(card) as unknown as Parameters<typeof satori>[0], {
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      fonts: loadFonts(),
      // satori asks for a font for the graphemes the fonts lack (grouped by the language it
      // guesses); none is fetched: they are noted, and the card drawn again without them.
      loadAdditionalAsset: (_language, segment) => {
        for (const { segment: grapheme } of graphemes.segment(segment)) missing.add(grapheme);
        return Promise.resolve([]);
      },
    });
  let svg = await draw(input);
  if (missing.size > 0) svg = await draw(drawableCard(input, missing));
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: PREVIEW_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
  return Buffer.from(png);
}
