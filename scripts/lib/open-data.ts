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
import { OPEN_DATA, OPEN_DATA_FILE, type OpenDataOfSite } from '../../src/open-data/published.ts';

/** The export's bytes, from the site whose code ran in this process. */
async function exportOfSite(): Promise<ReadableStream<Uint8Array>> {
  const make = (globalThis as { [OPEN_DATA]?: OpenDataOfSite })[OPEN_DATA];
  if (!make) throw new Error("The site's code did not make its open-data export (src/data/site.ts).");
  return make();
}

/** Writes the export into the site folder `out`, never holding it whole. */
export async function writeExport(out: string): Promise<void> {
  const target = path.join(out, OPEN_DATA_FILE);
  mkdirSync(path.dirname(target), { recursive: true });
  // Never written through: a link in its place may be the previous site's file.
  rmSync(target, { force: true });
  await pipeline(Readable.fromWeb((await exportOfSite()) as WebReadableStream<Uint8Array>), createWriteStream(target));
}

/** The export as one buffer (a fast rebuild checks its search index's pages against it). */
export async function exportBuffer(): Promise<Buffer> {
  const pieces: Uint8Array[] = [];
  for await (const piece of Readable.fromWeb((await exportOfSite()) as WebReadableStream<Uint8Array>)) pieces.push(piece as Uint8Array);
  return Buffer.concat(pieces);
}
