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
import { compareArticlesByDate, compareText, counted } from './order.ts';

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
  /** The articles left out, in column order: neither a column nor a copy named under one. */
  hiddenArticles: Article[];
  /**
   * For each column, the copies of its article (`via`, followed up) that say just what it says on
   * every claim, in column order: a cut matrix names them under the column instead of giving each
   * a column of the same cells. Empty for each column of a matrix within its limits.
   */
  copies: Article[][];
}

/** What a story knows beyond its mentions, for choosing the part of a large matrix its page shows. */
export interface MatrixFocus {
  /**
   * The independent source the mention at `position` among an article's mentions counts as, as a
   * key (equal keys are one source): evidence.ts gives each mention's (`source.key`), with copies
   * and outlets of one owner collapsed (independence.ts). Default: each article a source of its own.
   */
  sourceOf?: ((article: Article, position: number) => string) | undefined;
  /** The claims its sources disagree on (status contested or disputed, status.ts): rows chosen before the rest. */
  contested?: ReadonlySet<ClaimId> | undefined;
}

/** Which side of a claim a stance takes: 1 holds it true (asserts, qualifies), -1 disputes it, 0 only quotes it. */
function sideOf(stance: Stance): -1 | 0 | 1 {
  return stance === 'disputes' ? -1 : stance === 'quotes' ? 0 : 1;
}

/** The rows and columns (indexes in matrix order) a page shows, and the copies named under each column. */
interface FocusChoice {
  rowIndexes: number[];
  columnIndexes: number[];
  copies: number[][];
  hiddenColumns: number[];
}

/**
 * Chooses the part of a matrix a page shows (see {@link focusMatrix}), from the rows' claims and
 * the columns' articles in matrix order. Reads each article's mentions a few times per column
 * shown: it costs what the story's mentions are, times the columns.
 */
function chooseFocus(order: readonly Claim[], columns: readonly Article[], limits: MatrixLimits, focus: MatrixFocus): FocusChoice {
  const rowOf = new Map(order.map((claim, r) => [claim.id, r]));
  const sourceOf = focus.sourceOf ?? ((article: Article) => article.slug);
  const contested = (r: number) => focus.contested?.has(order[r]!.id) === true;
  // Each column's mentions of the rows' claims: row, side, source.
  const cells = columns.map((article) =>
    article.mentions.flatMap((m, position) => {
      const row = rowOf.get(m.claim);
      return row === undefined ? [] : [{ row, side: sideOf(m.stance), source: sourceOf(article, position) }];
    }),
  );
  // Rows: the contested first, then by how many independent sources mention the claim (a wire's
  // copies are its one source), then in matrix order.
  const sources = order.map(() => new Set<string>());
  for (const list of cells) for (const { row, source } of list) sources[row]!.add(source);
  const ranked = order
    .map((_, r) => r)
    .sort((a, b) => Number(contested(b)) - Number(contested(a)) || sources[b]!.size - sources[a]!.size || a - b);
  const whole = columns.length <= limits.articles;
  const rowLimit = Math.max(0, whole ? Math.max(limits.claims, limits.claimsWhenWhole ?? 0) : limits.claims);
  const chosen = new Set(ranked.slice(0, rowLimit));
  const copies: number[][] = columns.map(() => []);
  let columnIndexes: number[];
  if (whole) columnIndexes = columns.map((_, c) => c);
  else {
    const candidates = foldCopies(columns, copies);
    columnIndexes = pickColumns(candidates, cells, chosen, contested, Math.max(0, limits.articles));
  }
  const shownColumns = new Set(columnIndexes);
  const named = new Set(columnIndexes.flatMap((c) => copies[c]!));
  // A claim only the articles left out mention would read "Not mentioned" across its whole row:
  // it is left out too (the story's claims page lists it), and the next claim ranked that the
  // columns shown mention takes its place.
  const said = new Set(columnIndexes.flatMap((c) => cells[c]!.map((cell) => cell.row)));
  const rowIndexes = ranked
    .filter((r) => sources[r]!.size === 0 || said.has(r))
    .slice(0, rowLimit)
    .sort((a, b) => a - b);
  return {
    rowIndexes,
    columnIndexes,
    copies: columnIndexes.map((c) => copies[c]!),
    hiddenColumns: columns.map((_, c) => c).filter((c) => !shownColumns.has(c) && !named.has(c)),
  };
}

/**
 * The columns that are not copies saying just what an article up their `via` chain in the matrix
 * says (the same stances on the same claims), in matrix order; `copies` gets, for each of them, its
 * copies in matrix order. In a loop of such copies, the earliest column stands for the others.
 */
function foldCopies(columns: readonly Article[], copies: number[][]): number[] {
  const at = new Map(columns.map((article, c) => [article.slug, c]));
  // What each column says, as one string, made once for a column a copy is compared with.
  const saying: (string | undefined)[] = columns.map(() => undefined);
  const says = (c: number) => (saying[c] ??= [...new Set(columns[c]!.mentions.map((m) => `${m.claim}\n${m.stance}`))].sort().join('\n'));
  const target = columns.map((article, c) => {
    const d = article.via === undefined ? undefined : at.get(article.via);
    return d !== undefined && d !== c && says(d) === says(c) ? d : undefined;
  });
  // Where each column's chain of such copies ends: walked once per column (a chain of n copies
  // costs n, not n²).
  const root: (number | undefined)[] = columns.map(() => undefined);
  for (let c = 0; c < columns.length; c++) {
    const path: number[] = [];
    const seen = new Map<number, number>();
    let end = c;
    while (root[end] === undefined && target[end] !== undefined && !seen.has(end)) {
      seen.set(end, path.length);
      path.push(end);
      end = target[end]!;
    }
    let top: number;
    if (root[end] !== undefined) top = root[end]!;
    else if (seen.has(end)) top = Math.min(...path.slice(seen.get(end)!));
    else top = end;
    for (const p of [...path, end]) root[p] = top;
  }
  for (let c = 0; c < columns.length; c++) if (root[c] !== c) copies[root[c]!]!.push(c);
  return columns.map((_, c) => c).filter((c) => root[c] === c);
}

/**
 * Chooses `count` of the candidate columns, one at a time: each the article that adds the most
 * that the columns chosen before it do not show, on the chosen rows. What it adds: each side of a
 * claim (held true, disputed, only quoted) that no chosen column takes yet, counted twice when it
 * holds true or disputes a contested claim; on a tie, the most claims' sides it shows from an
 * independent source no chosen column shows them from; then the most chosen rows it mentions;
 * then the earlier column. Returned in matrix order.
 */
function pickColumns(
  candidates: readonly number[],
  cells: readonly { row: number; side: number; source: string }[][],
  chosen: ReadonlySet<number>,
  contested: (row: number) => boolean,
  count: number,
): number[] {
  if (candidates.length <= count) return [...candidates];
  const sides = new Set<string>();
  const sourced = new Set<string>();
  const picked: number[] = [];
  const left = new Set(candidates);
  while (picked.length < count && left.size > 0) {
    let best: { column: number; score: [number, number, number] } | undefined;
    for (const c of left) {
      const newSides = new Set<string>();
      const newSourced = new Set<string>();
      const rows = new Set<number>();
      let weight = 0;
      for (const { row, side, source } of cells[c]!) {
        if (!chosen.has(row)) continue;
        rows.add(row);
        const key = `${row} ${side}`;
        if (!sides.has(key) && !newSides.has(key)) {
          newSides.add(key);
          weight += side !== 0 && contested(row) ? 2 : 1;
        }
        const keyed = `${key} ${source}`;
        if (!sourced.has(keyed)) newSourced.add(keyed);
      }
      const score: [number, number, number] = [weight, newSourced.size, rows.size];
      // Candidates are in matrix order: a tie keeps the earlier column.
      if (!best || score[0] > best.score[0] || (score[0] === best.score[0] && (score[1] > best.score[1] || (score[1] === best.score[1] && score[2] > best.score[2])))) {
        best = { column: c, score };
      }
    }
    const c = best!.column;
    picked.push(c);
    left.delete(c);
    for (const { row, side, source } of cells[c]!) {
      if (!chosen.has(row)) continue;
      sides.add(`${row} ${side}`);
      sourced.add(`${row} ${side} ${source}`);
    }
  }
  return picked.sort((a, b) => a - b);
}

/**
 * The part of a matrix a page shows. Rows: the claims its sources disagree on
 * (`focus.contested`) first, then those mentioned by the most independent sources (a wire's
 * copies are one), then in matrix order; `limits.claims` of them, or `limits.claimsWhenWhole`
 * when every article fits in the columns. Every article is a column when they all fit; else a
 * copy (`via`) saying just what its original in the story says is named under the original's
 * column, not given one of its own, and `limits.articles` of the others are chosen one at a time,
 * each the article adding the most the columns before it do not show (see {@link pickColumns}):
 * the sides of claims not shown yet (a contested claim's held-true or disputed side counting
 * twice), then the independent sources not shown on them yet. A claim that only articles left out mention is left out as well, for the
 * next claim ranked that a shown article mentions: its row would say "Not mentioned" in every
 * column. Rows and columns keep the matrix's order; each row's `mentionedBy` counts the columns
 * shown.
 */
export function focusMatrix(matrix: CoverageMatrix, limits: MatrixLimits = MATRIX_LIMITS, focus: MatrixFocus = {}): FocusedMatrix {
  const choice = chooseFocus(
    matrix.rows.map((r) => r.claim),
    matrix.columns,
    limits,
    focus,
  );
  const kept = new Set(choice.rowIndexes);
  const rows = choice.rowIndexes.map((r) => {
    const row = matrix.rows[r]!;
    const cells = choice.columnIndexes.map((c) => row.cells[c]!);
    return { claim: row.claim, cells, mentionedBy: cells.filter((cell) => cell.stance !== 'none').length };
  });
  return {
    columns: choice.columnIndexes.map((c) => matrix.columns[c]!),
    rows,
    hiddenClaims: matrix.rows.filter((_, r) => !kept.has(r)).map((r) => r.claim),
    hiddenArticles: choice.hiddenColumns.map((c) => matrix.columns[c]!),
    copies: choice.copies.map((list) => list.map((c) => matrix.columns[c]!)),
  };
}

/**
 * What a story page says first of a matrix cut to its limits, before it links the timeline and
 * the story's claims page: how much the story has, and how the part shown was chosen (see
 * {@link focusMatrix}). The claims shown are "made in" the articles shown when only the columns
 * left some out (those the articles left out alone make). Undefined for a matrix that leaves
 * nothing out.
 */
export function cutMatrixNote(
  matrix: Pick<FocusedMatrix, 'rows' | 'columns' | 'hiddenClaims' | 'hiddenArticles' | 'copies'>,
  limits: MatrixLimits = MATRIX_LIMITS,
): string | undefined {
  const { rows, columns, hiddenClaims, hiddenArticles, copies } = matrix;
  if (hiddenClaims.length === 0 && hiddenArticles.length === 0) return undefined;
  const claims = rows.length + hiddenClaims.length;
  const named = copies.reduce((sum, list) => sum + list.length, 0);
  const articles = columns.length + hiddenArticles.length + named;
  const rowLimit = articles <= limits.articles ? Math.max(limits.claims, limits.claimsWhenWhole ?? 0) : limits.claims;
  const shown =
    hiddenClaims.length === 0
      ? `all ${counted(claims, 'claim')}`
      : claims > rowLimit
        ? `${counted(rows.length, 'claim')} (those its sources disagree on first, then those covered by the most independent sources)`
        : `the ${counted(rows.length, 'claim')} made`;
  const across = hiddenArticles.length > 0 ? ` in the ${counted(columns.length, 'article')} that between them show the most sides and sources on them` : '';
  const copied = named > 0 ? '; a copy saying just what an article shown says is named under it' : '';
  return `This story has ${counted(claims, 'claim')} and ${counted(articles, 'article')}, too many for one table: it shows ${shown}${across}${copied}.`;
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
 * `focusMatrix(coverageMatrix(claims, articles), limits, focus)`, without making the cells it leaves out.
 * The whole matrix has a cell per claim and article: a story of 4,000 articles and 6,000 claims
 * made 24 million of them, though its page shows at most `limits.claims` rows of `limits.articles`.
 * This reads each article's mentions a few times, so it costs what the story's mentions are.
 */
export function storyMatrix(
  claims: readonly Claim[],
  articles: readonly Article[],
  limits: MatrixLimits = MATRIX_LIMITS,
  focus: MatrixFocus = {},
): { order: Claim[]; matrix: FocusedMatrix } {
  const { columns, order } = matrixOrder(claims, articles);
  const choice = chooseFocus(order, columns, limits, focus);
  const kept = new Set(choice.rowIndexes);
  const rows = choice.rowIndexes.map((r) => {
    const claim = order[r]!;
    const cells = choice.columnIndexes.map((c) => coverageCell(columns[c]!, claim.id));
    return { claim, cells, mentionedBy: cells.filter((cell) => cell.stance !== 'none').length };
  });
  return {
    order,
    matrix: {
      columns: choice.columnIndexes.map((c) => columns[c]!),
      rows,
      hiddenClaims: order.filter((_, r) => !kept.has(r)),
      hiddenArticles: choice.hiddenColumns.map((c) => columns[c]!),
      copies: choice.copies.map((list) => list.map((c) => columns[c]!)),
    },
  };
}
