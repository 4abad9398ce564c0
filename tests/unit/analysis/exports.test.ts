import { describe, expect, it } from 'vitest';

/** The public exports of each analysis module, pinned so a rename or removal is a deliberate change. */
const modules = {
  'order.ts': () => import('../../../src/lib/order.ts'),
  'lookup.ts': () => import('../../../src/lib/lookup.ts'),
  'independence.ts': () => import('../../../src/lib/independence.ts'),
  'evidence.ts': () => import('../../../src/lib/evidence.ts'),
  'corroboration.ts': () => import('../../../src/lib/corroboration.ts'),
  'status.ts': () => import('../../../src/lib/status.ts'),
  'contradictions.ts': () => import('../../../src/lib/contradictions.ts'),
  'quote-drift.ts': () => import('../../../src/lib/quote-drift.ts'),
  'timeline.ts': () => import('../../../src/lib/timeline.ts'),
  'coverage.ts': () => import('../../../src/lib/coverage.ts'),
  'differences.ts': () => import('../../../src/lib/differences.ts'),
  'profiles.ts': () => import('../../../src/lib/profiles.ts'),
  'rankings.ts': () => import('../../../src/lib/rankings.ts'),
  'site-index.ts': () => import('../../../src/lib/site-index.ts'),
};

describe('src/lib analysis modules', () => {
  it('export exactly these names', async () => {
    const exported: Record<string, string[]> = {};
    for (const [name, load] of Object.entries(modules)) exported[name] = Object.keys(await load()).sort();
    expect(exported).toMatchInlineSnapshot(`
      {
        "contradictions.ts": [
          "contradictionsForClaim",
          "declaredPartners",
          "describeImplied",
          "findContradictions",
        ],
        "corroboration.ts": [
          "SUPPORTING_STANCES",
          "corroborate",
          "groupEvidence",
          "isSupporting",
          "sourceKeys",
        ],
        "coverage.ts": [
          "MATRIX_LIMITS",
          "STANCE_PRECEDENCE",
          "coverageCell",
          "coverageMatrix",
          "focusMatrix",
          "hiddenClaimsNote",
          "strongestStance",
        ],
        "differences.ts": [
          "LEFT_OUT_MIN_SOURCES",
          "describeLeftOut",
          "disputedBySelf",
          "disputedElsewhere",
          "leftOut",
          "leftOutOfStory",
        ],
        "evidence.ts": [
          "EVIDENCE_IN_FULL",
          "articleEvidence",
          "collectEvidence",
          "compareEvidence",
          "evidenceForArticle",
          "evidenceForClaim",
          "evidenceInFull",
        ],
        "independence.ts": [
          "carriesReporting",
          "countIndependent",
          "describeCountedAs",
          "describeIndependence",
          "describeSharedSources",
          "followVia",
          "groupOwners",
          "mentionSource",
          "ownerKey",
          "resolveSources",
          "sourceForArticle",
          "sourceOf",
        ],
        "lookup.ts": [
          "indexCorpus",
          "outletOf",
        ],
        "order.ts": [
          "articleDate",
          "compareArticlesByAdded",
          "compareArticlesByDate",
          "compareArticlesNewestFirst",
          "compareDates",
          "compareNames",
          "compareText",
          "counted",
          "dateSpan",
          "isDayOnly",
          "isoDay",
          "unique",
        ],
        "profiles.ts": [
          "STORY_ARTICLES_LISTED",
          "articlesByOutlet",
          "claimsHeld",
          "entityProfile",
          "outletProfile",
        ],
        "quote-drift.ts": [
          "PARAPHRASE_THRESHOLD",
          "compareVariants",
          "compareWording",
          "describeBestAttested",
          "describeMeaningChange",
          "hasDrifted",
          "ownWordings",
          "quoteDrift",
          "quoteWording",
          "quoteWords",
          "wordingKey",
        ],
        "rankings.ts": [
          "describeContest",
          "latestArticles",
          "mostContested",
        ],
        "site-index.ts": [
          "SITE_INDEX_DEFAULTS",
          "buildSiteIndex",
        ],
        "status.ts": [
          "CLAIM_STATUSES",
          "STATUS_LABELS",
          "deriveStatus",
          "groupByStatus",
          "verdictAgainstStatus",
        ],
        "timeline.ts": [
          "TIMELINE_LAYOUT_DEFAULTS",
          "firstReportBound",
          "firstReportNote",
          "firstReportTimes",
          "firstReported",
          "formatTime",
          "layoutEvents",
          "layoutTimeline",
          "storyTimeline",
          "timedArticles",
          "timedEvents",
          "undatedNote",
        ],
      }
    `);
  });
});
