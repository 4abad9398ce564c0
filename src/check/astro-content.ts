/**
 * What `astro:content` provides to src/content.config.ts, for code that reads the content model
 * outside Astro: the content checks (`npm run check`) and the unit tests. `defineCollection` is
 * Astro's own; `reference(collection)` validates the id's spelling and records, in zod's
 * metadata, which collection it points into, so the checks can find every reference field by
 * walking the schema instead of keeping a second list of them.
 */
import { z } from 'astro/zod';

export { defineCollection } from 'astro/content/config';

/** The metadata key under which a reference field names its collection. */
export const REFERENCE_META = 'crosscheckReference';

export function reference(collection: string) {
  return z.string().meta({ [REFERENCE_META]: collection });
}
