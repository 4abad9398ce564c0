/**
 * The baseline of `npm run bench`: a minimal plain Astro site over the same corpus as Crosscheck,
 * with nothing of ours (no checks, no analysis, no plugins, no previews). It uses the project's
 * node_modules (Node finds them in the parent folders).
 *
 *   BENCH_CONTENT=/abs/content BENCH_OUT=/abs/dist astro build --root bench/plain-astro
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example.org',
  outDir: process.env.BENCH_OUT ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: { syntaxHighlight: false },
});
