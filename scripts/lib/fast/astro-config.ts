/**
 * What `astro/config` is to astro.config.ts when the fast rebuild reads it for its Markdown
 * pipeline (scripts/lib/fast/read.ts): Astro's `defineConfig` returns the configuration it is
 * given (astro/dist/config/index.js), and loading the whole of `astro/config` for it took about
 * half a second of every rebuild. A configuration that needs more of `astro/config` fails to load
 * here, and the build is then a full one, which says so.
 */
export function defineConfig<T>(config: T): T {
  return config;
}
