/**
 * The text of a file as an editor receives it, whatever its encoding: UTF-8 (with or without a
 * byte-order mark); UTF-16 with one (what some editors save as "Unicode"); a saved web page in
 * the encoding it declares (`<meta charset>`, found by the HTML encoding sniffing algorithm of
 * the `encoding-sniffer` package, which cheerio uses); and text that is none of these, read as
 * Windows-1252, the encoding of most older Western European pages and files, with a note for the
 * editor to check its accented letters. Pure: bytes in, text out.
 */
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import { decode } from '../../../src/check/text.ts';

export type DecodedSource =
  | {
      ok: true;
      text: string;
      /** The encoding read, as the WHATWG Encoding Standard names it. */
      encoding: string;
      /** Why that encoding, when it is not plain UTF-8: for the editor to know, and check. */
      note?: string;
    }
  | { ok: false; reason: string };

/** How far into a page to look for its declared encoding: further than browsers' 1,024 bytes, as saved pages often carry long heads. */
const SNIFF_BYTES = 64 * 1024;

export function decodeSource(bytes: Uint8Array, isHtml: boolean): DecodedSource {
  const utf8 = decode(bytes);
  if (utf8.kind === 'text') return { ok: true, text: utf8.text, encoding: 'utf-8' };
  const sniffer = new Sniffer({ maxBytes: SNIFF_BYTES, defaultEncoding: 'windows-1252' });
  sniffer.write(bytes.subarray(0, SNIFF_BYTES));
  const declared = sniffer.resultType === ResultType.BOM || (isHtml && (sniffer.resultType === ResultType.META_TAG || sniffer.resultType === ResultType.XML_ENCODING));
  // Bytes that are not UTF-8 in a file that says it is are read as Windows-1252 like any other.
  const usable = declared && sniffer.encoding.toLowerCase() !== 'utf-8';
  if (!usable && utf8.kind === 'binary') return { ok: false, reason: 'it holds binary data (a NUL byte)' };
  const encoding = usable ? sniffer.encoding.toLowerCase() : 'windows-1252';
  let text: string;
  try {
    text = new TextDecoder(encoding).decode(bytes);
  } catch {
    return { ok: false, reason: `its encoding, ${encoding}, is not one this machine can read` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const note = usable
    ? `read as ${encoding}, the encoding the ${sniffer.resultType === ResultType.BOM ? "file's byte-order mark" : 'page'} declares`
    : 'it is not UTF-8: read as Windows-1252 (Western European); check its accented letters and quotation marks';
  return { ok: true, text, encoding, note };
}
