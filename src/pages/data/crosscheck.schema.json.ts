/** `/data/crosscheck.schema.json`: the JSON Schema (draft 2020-12) of the export, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { absolute, siteRoot } from '../../lib/structured-data.ts';
import { openDataJsonSchema } from '../../open-data/schema.ts';

export const GET: APIRoute = ({ site }) => {
  const root = siteRoot(site!, import.meta.env.BASE_URL);
  const schema = openDataJsonSchema(absolute(root, '/data/crosscheck.schema.json'));
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
