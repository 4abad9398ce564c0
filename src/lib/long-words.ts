/**
 * Words longer than a narrow column can hold (an address, a German compound), found so that a
 * table's cell or column header may break them, and only them (the coverage matrix, and a body's
 * tables through rehype-table-regions).
 */

/** Scripts a browser breaks lines in without spaces. */
const BREAKS_WITHOUT_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Words longer than this many characters may break where a column header needs it ({@link longWords}). */
export const LONG_WORD = 16;

/**
 * Text cut into its runs of ordinary words and its words longer than {@link LONG_WORD}
 * characters (a German compound, an address), in order, so that a column header may break the
 * long ones only: one unbroken word made its column as wide as the word (405 px at 320 px), and
 * letting every word break cut "Unidentified" into "Unidentifie|d".
 *
 * ```ts
 * longWords('5. Rundschau für Hafenbrückeninstandsetzungsfinanzierung')
 * // [{ text: '5. Rundschau für ', long: false }, { text: 'Hafenbrückeninstandsetzungsfinanzierung', long: true }]
 * ```
 */
export function longWords(text: string, max = LONG_WORD): { text: string; long: boolean }[] {
  const parts: { text: string; long: boolean }[] = [];
  for (const piece of text.split(/(\s+)/)) {
    if (piece === '') continue;
    // Chinese and Japanese, and Thai and its neighbours, are written without spaces, and a browser
    // breaks them between characters or words anyway: kept whole up to the region, a 20-character
    // name made a column far wider than its text needed.
    const long = [...piece].length > max && !BREAKS_WITHOUT_SPACES.test(piece);
    const last = parts[parts.length - 1];
    if (last && !long && !last.long) last.text += piece;
    else parts.push({ text: piece, long });
  }
  return parts;
}
