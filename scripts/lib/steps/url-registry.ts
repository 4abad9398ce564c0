/**
 * Post-build step: every URL in the registry of published URLs (scripts/lib/published-urls.ts)
 * must exist in the new build, as a page or as an alias's redirect. A missing one fails the build
 * with the list of missing URLs and what to do, and the previous site stays as it was.
 *
 * A content folder without a registry is not checked, and the build says so.
 * CROSSCHECK_ALLOW_REMOVED_URLS=1 lets an intended removal through (with a warning); `npm run
 * urls -- --build` uses it to rebuild and record the new set of URLs.
 */
import path from 'node:path';
import type { PostBuildStep } from '../post-build.ts';
import { diffRegistry, publishedPaths, readRegistry, registryPath } from '../published-urls.ts';

/** The build's message when registered URLs are missing. */
export function missingUrlsMessage(missing: readonly string[], registry: string): string {
  const list = missing.map((p) => `  ${p}`).join('\n');
  return (
    `${missing.length === 1 ? '1 published URL is' : `${missing.length} published URLs are`} missing from the new site:\n${list}\n` +
    `Each was published (it is listed in ${registry}) and may be linked from elsewhere.\n` +
    '- If a claim, article, story, outlet or entity was renamed, add its old id to `aliases` in its new file: the old URL then redirects.\n' +
    '- If the removal is intended, run `npm run urls -- --build` to rebuild and record the new set of URLs.'
  );
}

export const urlRegistryStep: PostBuildStep = {
  name: 'Published URLs',
  run({ root, outDir, contentDir }) {
    const file = registryPath(root, contentDir);
    const shown = path.relative(root, file).split(path.sep).join('/') || file;
    const registered = readRegistry(file);
    if (!registered) {
      return `Published URLs: not checked, there is no ${shown} (run \`npm run urls\` to create it).`;
    }
    const built = publishedPaths(outDir);
    const { missing, added } = diffRegistry(registered, built);
    const news = added.length > 0 ? ` ${added.length} new URL(s) are not registered yet (\`npm run urls\` records them).` : '';
    if (missing.length > 0) {
      if (process.env.CROSSCHECK_ALLOW_REMOVED_URLS === '1') {
        return `Published URLs: ${missing.length} registered URL(s) removed on purpose (CROSSCHECK_ALLOW_REMOVED_URLS=1): ${missing.join(' ')}`;
      }
      throw new Error(missingUrlsMessage([...missing].sort(), shown));
    }
    return `Published URLs: all ${registered.length} in ${shown} still resolve.${news}`;
  },
};
