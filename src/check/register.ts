/**
 * `node --import ./src/check/register.ts …`: lets plain Node load src/content.config.ts by
 * resolving Astro's virtual module `astro:content` to src/check/astro-content.ts.
 */
import { registerHooks } from 'node:module';

const shim = new URL('./astro-content.ts', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'astro:content') return { url: shim, shortCircuit: true };
    return nextResolve(specifier, context);
  },
});
