/**
 * The open-data export of a build (src/open-data/published.ts): made by the site's code that ran
 * in this process (Astro's build, or the fast rebuild's compiled site), and written to its file in
 * the site's folder a piece at a time.
 */
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import { jsonBytes } from '../../src/open-data/bytes.ts';
import { OPEN_DATA, OPEN_DATA_FILE, type OpenDataOfSite } from '../../src/open-data/published.ts';
import type { OpenData } from '../../src/open-data/schema.ts';

/** The export of the site whose code ran in this process. */
export async function exportOfSite(): Promise<OpenData> {
  const make = (globalThis as { [OPEN_DATA]?: OpenDataOfSite })[OPEN_DATA];
  if (!make) throw new Error("The site's code did not make its open-data export (src/data/site.ts).");
  return make();
}

const pieces = (data: OpenData) => Readable.fromWeb(jsonBytes(data) as WebReadableStream<Uint8Array>);

/** Writes the export into the site folder `out`, never holding its file whole. */
export async function writeExport(out: string, data: OpenData): Promise<void> {
  const target = path.join(out, OPEN_DATA_FILE);
  mkdirSync(path.dirname(target), { recursive: true });
  // Never written through: a link in its place may be the previous site's file.
  rmSync(target, { force: true });
  await pipeline(pieces(data), createWriteStream(target));
}
