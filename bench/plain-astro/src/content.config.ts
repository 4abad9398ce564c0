/** The baseline's content model: articles and claims from the corpus folder, with glob(). */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const content = process.env.BENCH_CONTENT ?? '../../content';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: `${content}/articles` }),
  schema: z.object({
    headline: z.string(),
    outlet: z.string(),
    story: z.string(),
    summary: z.string(),
    published: z.coerce.date().optional(),
    added: z.coerce.date(),
  }),
});

const claims = defineCollection({
  loader: glob({ pattern: '**/*.md', base: `${content}/claims` }),
  schema: z.object({ statement: z.string(), story: z.string(), kind: z.string() }),
});

export const collections = { articles, claims };
