/**
 * The coverage matrix of a story: its claims (rows) by its articles (columns), each cell the
 * stance the article takes on the claim, or `none` when it does not mention it.
 *
 * When an article mentions a claim more than once with different stances, the cell shows the
 * strongest by {@link STANCE_PRECEDENCE} (disputes, then qualifies, then asserts, then quotes):
 * a dispute anywhere in an article is what a reader must not miss, a caveat changes what an
 * assertion means, and the article's own voice outweighs its reporting of others. The cell
 * keeps every stance too, so a page can show them all.
 *
 * Columns are in timeline order (see timeline.ts). Rows follow the story as it unfolds: by the
 * first column that mentions the claim, then the mention's place in that article; claims no
 * column mentions come last, by id.
 */
import type { Article, Claim } from './corpus.ts';
import type { ArticleSlug, ClaimId } from './ids.ts';
import type { Stance } from './mentions.ts';
import { compareArticlesByDate, compareText } from './order.ts';

/** Stances from strongest to weakest, for cells where an article takes several. */
export const STANCE_PRECEDENCE: readonly Stance[] = ['disputes', 'qualifies', 'asserts', 'quotes'];

/** One cell: how one article covers one claim. */
export interface CoverageCell {
  claim: ClaimId;
  article: ArticleSlug;
  /** The strongest stance the article takes on the claim, or `none` when it does not mention it. */
  stance: Stance | 'none';
  /** Every stance it takes, strongest first. */
  stances: Stance[];
  /** How many times it mentions the claim. */
  mentions: number;
  /** The anchor of its first mention with the shown stance, to link straight to the span. */
  anchor?: string | undefined;
}

/** One claim's row: a cell per column. */
export interface CoverageRow {
  claim: Claim;
  cells: CoverageCell[];
  /** How many columns mention the claim. */
  mentionedBy: number;
}

/** A coverage matrix. */
export interface CoverageMatrix {
  columns: Article[];
  rows: CoverageRow[];
}

/** The strongest of some stances by {@link STANCE_PRECEDENCE}, or undefined when there are none. */
export function strongestStance(stances: Iterable<Stance>): Stance | undefined {
  const present = new Set(stances);
  return STANCE_PRECEDENCE.find((s) => present.has(s));
}

/** How one article covers one claim. */
export function coverageCell(article: Article, claim: ClaimId): CoverageCell {
  const mentions = article.mentions.filter((m) => m.claim === claim);
  const stance = strongestStance(mentions.map((m) => m.stance));
  return {
    claim,
    article: article.slug,
    stance: stance ?? 'none',
    stances: STANCE_PRECEDENCE.filter((s) => mentions.some((m) => m.stance === s)),
    mentions: mentions.length,
    anchor: mentions.find((m) => m.stance === stance)?.anchor,
  };
}

/** The columns (articles in timeline order) and the rows' claims (once each), ordered as the module comment says. */
function matrixOrder(claims: readonly Claim[], articles: readonly Article[]): { columns: Article[]; order: Claim[] } {
  const columns = [...articles].sort(compareArticlesByDate);
  const firstSeen = new Map<ClaimId, [column: number, position: number]>();
  columns.forEach((article, column) =>
    article.mentions.forEach((m, position) => {
      if (!firstSeen.has(m.claim)) firstSeen.set(m.claim, [column, position]);
    }),
  );
  const unseen: [number, number] = [Number.POSITIVE_INFINITY, 0];
  const order = [...new Map(claims.map((c) => [c.id, c])).values()];
  order.sort((a, b) => {
    const [ca, pa] = firstSeen.get(a.id) ?? unseen;
    const [cb, pb] = firstSeen.get(b.id) ?? unseen;
    return (ca === cb ? pa - pb : ca < cb ? -1 : 1) || compareText(a.id, b.id);
  });
  return { columns, order };
}

/** The coverage matrix of some claims by some articles (ordered as the module comment says). */
export function coverageMatrix(claims: readonly Claim[], articles: readonly Article[]): CoverageMatrix {
  const { columns, order } = matrixOrder(claims, articles);
  const rows = order.map((claim) => {
    const cells = columns.map((article) => coverageCell(article, claim.id));
    return { claim, cells, mentionedBy: cells.filter((c) => c.stance !== 'none').length };
  });
  return { columns, rows };
}

/** How much of a coverage matrix a page shows: at most this many rows (claims) and columns (articles). */
export interface MatrixLimits {
  claims: number;
  articles: number;
  /** The rows of a matrix whose every article fits in its columns: a story of a few articles shows all its claims up to this many. */
  claimsWhenWhole?: number;
}

/**
 * The story page's limits. A matrix grows as claims × articles: a story of 300 articles and 600
 * claims made 180,000 cells (18 MB of HTML) that no reader could scan. Eight columns fit a wide
 * screen and a printed sheet. Fifty rows keep the story page in its first round trip (14 KB
 * gzipped, tests/browser/weight.test.ts) at any size: a hundred rows of the real corpus's
 * wording (its one story has 86 claims) took 5 KB of it, and a story of 300 articles went over;
 * the story's claims page (src/lib/sub-pages.ts) lists the claims left out. A story whose
 * articles all fit in the eight columns (a story as most are, and the real one) has a page light
 * enough for a hundred rows, and shows its whole matrix up to a hundred claims.
 */
export const MATRIX_LIMITS = { claims: 50, articles: 8, claimsWhenWhole: 100 } satisfies MatrixLimits;

/** A matrix cut to its limits, with what was left out, for the page to say so and list it. */
export interface FocusedMatrix extends CoverageMatrix {
  /** The claims left out, in row order. */
  hiddenClaims: Claim[];
  /** The articles left out, in column order. */
  hiddenArticles: Article[];
}

/** The `count` indexes with the highest score, earlier ones first on ties, returned in their order. */
function topIndexes(scores: readonly number[], count: number): number[] {
  if (scores.length <= count) return scores.map((_, i) => i);
  return scores
    .map((score, i) => [score, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, count)
    .map(([, i]) => i)
    .sort((a, b) => a - b);
}

/**
 * The part of a matrix a page shows: the `limits.claims` claims covered by the most articles
 * (`limits.claimsWhenWhole` when every article fits in the columns), then
 * the `limits.articles` articles that cover the most of those claims (ties: the earlier row or
 * column), each kept in the matrix's order. A claim that only articles left out mention is left
 * out as well, for the next claim covered most that a shown article mentions: its row would say
 * "Not mentioned" in every column. A matrix within its limits is returned whole. Each row's
 * `mentionedBy` counts the columns shown.
 */
export function focusMatrix(matrix: CoverageMatrix, limits: MatrixLimits = MATRIX_LIMITS): FocusedMatrix {
  const rowLimit = matrix.columns.length <= limits.articles ? Math.max(limits.claims, limits.claimsWhenWhole ?? 0) : limits.claims;
  const scores = matrix.rows.map((r) => r.mentionedBy);
  const chosen = topIndexes(scores, Math.max(0, rowLimit));
  const columnScores = matrix.columns.map((_, c) => chosen.filter((r) => matrix.rows[r]!.cells[c]!.stance !== 'none').length);
  const columnIndexes = topIndexes(columnScores, Math.max(0, limits.articles));
  const keptColumns = new Set(columnIndexes);
  // A claim only the articles left out mention would read "Not mentioned" across its whole row:
  // it is left out too (the story's claims page lists it), and the next claim covered most that
  // the columns shown mention takes its place.
  const says = (r: number) => matrix.rows[r]!.mentionedBy === 0 || columnIndexes.some((c) => matrix.rows[r]!.cells[c]!.stance !== 'none');
  const ranked = scores.map((_, r) => r).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const rowIndexes = ranked.filter(says).slice(0, Math.max(0, rowLimit)).sort((a, b) => a - b);
  const keptRows = new Set(rowIndexes);
  const rows = rowIndexes.map((r) => {
    const row = matrix.rows[r]!;
    const cells = columnIndexes.map((c) => row.cells[c]!);
    return { claim: row.claim, cells, mentionedBy: cells.filter((cell) => cell.stance !== 'none').length };
  });
  return {
    columns: columnIndexes.map((c) => matrix.columns[c]!),
    rows,
    hiddenClaims: matrix.rows.filter((_, r) => !keptRows.has(r)).map((r) => r.claim),
    hiddenArticles: matrix.columns.filter((_, c) => !keptColumns.has(c)),
  };
}

/**
 * What a story page says of the claims its matrix leaves out, before "with the rest on the
 * story's claims page": "The other 2 claims are listed", and for one, "The other claim is listed"
 * (a story of 101 claims said "The other 1 claim are listed").
 */
export function hiddenClaimsNote(hidden: number): string {
  return hidden === 1 ? 'The other claim is listed' : `The other ${hidden} claims are listed`;
}

/**
 * A story's rows in order and the part of its matrix its page shows: the same as
 * `focusMatrix(coverageMatrix(claims, articles), limits)`, without making the cells it leaves out.
 * The whole matrix has a cell per claim and article: a story of 4,000 articles and 6,000 claims
 * made 24 million of them, though its page shows at most `limits.claims` rows of `limits.articles`.
 * This reads each article's mentions a few times, so it costs what the story's mentions are.
 */
export function storyMatrix(
  claims: readonly Claim[],
  articles: readonly Article[],
  limits: MatrixLimits = MATRIX_LIMITS,
): { order: Claim[]; matrix: FocusedMatrix } {
  const { columns, order } = matrixOrder(claims, articles);
  const claimsOf = columns.map((article) => new Set(article.mentions.map((m) => m.claim)));
  const mentionedBy = new Map<ClaimId, number>();
  for (const ids of claimsOf) for (const id of ids) mentionedBy.set(id, (mentionedBy.get(id) ?? 0) + 1);
  const rowLimit = columns.length <= limits.articles ? Math.max(limits.claims, limits.claimsWhenWhole ?? 0) : limits.claims;
  const scores = order.map((c) => mentionedBy.get(c.id) ?? 0);
  const chosen = new Set(topIndexes(scores, Math.max(0, rowLimit)).map((r) => order[r]!.id));
  const columnScores = claimsOf.map((ids) => {
    let score = 0;
    for (const id of ids) if (chosen.has(id)) score++;
    return score;
  });
  const columnIndexes = topIndexes(columnScores, Math.max(0, limits.articles));
  const keptColumns = new Set(columnIndexes);
  // As focusMatrix: a claim only the articles left out mention is left out too, and the next
  // claim covered most that the columns shown mention takes its place.
  const shown = new Set(columnIndexes.flatMap((c) => [...claimsOf[c]!]));
  const says = (r: number) => scores[r] === 0 || shown.has(order[r]!.id);
  const ranked = scores.map((_, r) => r).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const rowIndexes = ranked.filter(says).slice(0, Math.max(0, rowLimit)).sort((a, b) => a - b);
  const keptRows = new Set(rowIndexes);
  const rows = rowIndexes.map((r) => {
    const claim = order[r]!;
    const cells = columnIndexes.map((c) => coverageCell(columns[c]!, claim.id));
    return { claim, cells, mentionedBy: cells.filter((cell) => cell.stance !== 'none').length };
  });
  return {
    order,
    matrix: {
      columns: columnIndexes.map((c) => columns[c]!),
      rows,
      hiddenClaims: order.filter((_, r) => !keptRows.has(r)),
      hiddenArticles: columns.filter((_, c) => !keptColumns.has(c)),
    },
  };
}
