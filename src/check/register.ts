/**
 * `node --import ./src/check/register.ts …`: lets plain Node load src/content.config.ts by
 * resolving Astro's virtual module `astro:content` to src/check/astro-content.ts. Importing it
 * again (src/check/index.ts does, for scripts started without the flag) adds nothing.
 */
import { registerHooks } from 'node:module';

const shim = new URL('./astro-content.ts', import.meta.url).href;
const registered = Symbol.for('crosscheck.astro-content-hook');
const state = globalThis as { [registered]?: boolean };

if (!state[registered]) {
  state[registered] = true;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === 'astro:content') return { url: shim, shortCircuit: true };
      return nextResolve(specifier, context);
    },
  });
}
