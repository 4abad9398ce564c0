/**
 * What a fast rebuild (scripts/lib/fast/rebuild.ts) is doing, as `npm run build` shows it while
 * it waits (scripts/lib/heartbeat.ts): the rebuild starts while the content is still being
 * checked, and its own lines are held until the checks pass, so without these an editor saw
 * nothing but "Checking the content…" for the seconds a large site takes.
 */
export type FastStage = 'content' | 'analysis' | 'render' | 'links' | 'previews';

export interface FastProgress {
  stage: FastStage;
  /** Content files read again (from the stage `content` on). */
  read?: number;
  /** Pages rendered so far, and of how many the change affects (from the stage `render` on). */
  rendered?: number;
  toRender?: number;
}

/** The line of the progress, with `checking` when the content checks are still running. */
export function describeProgress(progress: FastProgress | undefined, checking: boolean): string {
  const number = (n: number) => n.toLocaleString('en-US');
  const doing = (() => {
    if (!progress) return 'preparing the rebuild';
    switch (progress.stage) {
      case 'content':
        return progress.read === undefined ? 'reading the content files that changed' : `reading the ${number(progress.read)} content ${progress.read === 1 ? 'file' : 'files'} that changed`;
      case 'analysis':
        return 'working out which pages the change affects';
      case 'render':
        return `rendering the pages the change affects (${number(progress.rendered ?? 0)} of ${number(progress.toRender ?? 0)} rendered)`;
      case 'links':
        return 'putting the unchanged pages in place';
      case 'previews':
        return 'drawing the preview images the change affects';
    }
  })();
  return checking ? `checking the content and ${doing}` : doing;
}
