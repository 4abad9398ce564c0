/**
 * What each page's preview card says, from the site index's views: plain data in, a
 * {@link PreviewInput} out.
 *
 * - Claim: "Claim · <story title>", the statement, the derived status as the badge (the
 *   editor's verdict, when there is one, is added to the badge), and its coverage in numbers
 *   ("Coverage: 3 independent of 4 articles").
 * - Story: "Story · <date>", the title, how many of its claims are contested, and its articles
 *   and independent sources.
 */
import type { Claim, Story } from '../lib/corpus.ts';
import type { IndependenceCount } from '../lib/independence.ts';
import { formatDay, VERDICT_LABELS } from '../lib/labels.ts';
import { counted } from '../lib/order.ts';
import type { ClaimStatus } from '../lib/status.ts';
import type { PreviewInput } from './render.ts';

/** What a claim card reads: a claim page's view (`ClaimView`) fits. */
export interface ClaimPreviewSource {
  claim: Claim;
  story?: Story | undefined;
  status: { status: ClaimStatus; label: string };
  /** "3 independent of 4 articles". */
  independence: string;
}

/** What a story card reads: a story page's view (`StoryView`) fits. */
export interface StoryPreviewSource {
  story: Story;
  articles: readonly unknown[];
  claims: readonly unknown[];
  contested: readonly unknown[];
  independence: IndependenceCount;
}

/** The card of a claim page. `host` is the site's address as readers write it (`crosscheck.example.org`). */
export function claimPreview(view: ClaimPreviewSource, host: string): PreviewInput {
  const verdict = view.claim.verdict ? ` · Verdict: ${VERDICT_LABELS[view.claim.verdict.rating]}` : '';
  return {
    eyebrow: view.story ? `Claim · ${view.story.title}` : 'Claim',
    title: view.claim.statement,
    status: { label: `${view.status.label}${verdict}`, tone: view.status.status },
    footer: claimFooter(view.independence, host),
  };
}

/** The most characters the footer of a card shows (render.ts cuts it there). */
const FOOTER_LENGTH = 80;

/**
 * A claim card's footer: "Coverage: 3 independent of 4 articles", as the claim lists say, since
 * the number counts every stance and the badge beside it only the sources holding the claim true
 * ("Single source" beside "3 independent" would read as a contradiction); then the host when the
 * line has room for it whole.
 */
function claimFooter(independence: string, host: string): string {
  const coverage = `Coverage: ${independence}`;
  const full = `${coverage} · ${host}`;
  return full.length <= FOOTER_LENGTH ? full : coverage;
}

/** The card of a story page. */
export function storyPreview(view: StoryPreviewSource, host: string): PreviewInput {
  const contested = view.contested.length;
  return {
    eyebrow: view.story.date ? `Story · ${formatDay(view.story.date, view.story.dateOffset)}` : 'Story',
    title: view.story.title,
    status: {
      label: contested > 0 ? `${counted(contested, 'contested claim')} of ${view.claims.length}` : `${counted(view.claims.length, 'claim')}, none contested`,
      tone: contested > 0 ? 'contested' : 'neutral',
    },
    footer: `${counted(view.articles.length, 'article')} from ${counted(view.independence.sources, 'independent source')} · ${host}`,
  };
}

/** The site's address as shown on cards: host and base, without the scheme or a trailing slash. */
export function displayHost(site: URL | string | undefined, base = '/'): string {
  if (!site) return 'Crosscheck';
  const url = new URL(base, site);
  return `${url.host}${url.pathname}`.replace(/\/$/, '');
}
