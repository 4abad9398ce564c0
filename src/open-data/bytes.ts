/**
 * The export's bytes: what `JSON.stringify(data, null, 2)` and a newline give, encoded as UTF-8,
 * but made a piece at a time.
 *
 * At 20,000 articles the export is 210 MB of JSON. Made in one piece it was a string of twice
 * that (its quotation marks are outside Latin-1, so every character took two bytes), held with
 * the data and its encoded copy: Astro's process grew by 2.3 GB while it rendered the export,
 * the highest memory of the whole build. Made in pieces of a megabyte (json-ext's
 * stringifyChunked, which writes what JSON.stringify writes) and written to its file as they
 * are made (src/open-data/published.ts), it grows by about 200 MB.
 */
import { stringifyChunked } from '@discoveryjs/json-ext';

/** Characters per piece. */
const PIECE = 1 << 20;

/** `value` as indented JSON and a newline, in UTF-8, as a stream read a piece at a time. */
export function jsonBytes(value: unknown): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pieces = stringifyChunked(value, { space: 2, highWaterMark: PIECE });
  return new ReadableStream<Uint8Array>({
    // Each piece is made when the reader asks for it.
    pull(controller) {
      const next = pieces.next();
      if (next.done) {
        controller.enqueue(encoder.encode('\n'));
        controller.close();
      } else controller.enqueue(encoder.encode(next.value));
    },
  });
}
