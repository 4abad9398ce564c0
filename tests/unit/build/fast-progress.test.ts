/**
 * What `npm run build` shows while a fast rebuild runs (scripts/lib/fast/progress.ts): the step
 * it is at, and of a large change how many pages it has rendered of how many, with "checking the
 * content" as long as the checks run beside it.
 */
import { describe, expect, it } from 'vitest';
import { describeProgress } from '../../../scripts/lib/fast/progress.ts';

describe('describeProgress', () => {
  it.each([
    [undefined, true, 'checking the content and preparing the rebuild'],
    [{ stage: 'content' as const, read: 1 }, true, 'checking the content and reading the 1 content file that changed'],
    [{ stage: 'content' as const, read: 1200 }, true, 'checking the content and reading the 1,200 content files that changed'],
    [{ stage: 'analysis' as const, read: 3 }, true, 'checking the content and working out which pages the change affects'],
    [{ stage: 'render' as const, read: 3, rendered: 1200, toRender: 3400 }, true, 'checking the content and rendering the pages the change affects (1,200 of 3,400 rendered)'],
    [{ stage: 'render' as const, read: 3, rendered: 1200, toRender: 3400 }, false, 'rendering the pages the change affects (1,200 of 3,400 rendered)'],
    [{ stage: 'links' as const, read: 3, rendered: 3400, toRender: 3400 }, false, 'putting the unchanged pages in place'],
    [{ stage: 'previews' as const, read: 3, rendered: 3400, toRender: 3400 }, false, 'drawing the preview images the change affects'],
  ])('says %j (checks running: %s) as "%s"', (progress, checking, line) => {
    expect(describeProgress(progress, checking)).toBe(line);
  });
});
