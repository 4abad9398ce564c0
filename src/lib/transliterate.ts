/**
 * Headlines and names in Cyrillic or Greek letters spelt in Latin ones, for the ids made of them
 * (an imported article's slug, a file name the checks suggest): an id is lowercase ASCII, and a
 * reader of the address should read the name's words in it, never a translation of them.
 */

/**
 * Cyrillic letters in Latin ones, one by one, as the BGN/PCGN romanisation spells Russian (and the
 * letters of Ukrainian, Belarusian, Serbian and Macedonian the same way): a reader of the address
 * reads the headline's words in it, never a translation of them. The hard and soft signs are dropped.
 */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
};
/** Greek letters in Latin ones, as ELOT 743 (ISO 843's transcription) spells them; accents are dropped first. */
const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p',
  ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

/**
 * A headline written mostly in Cyrillic or Greek letters, spelt in Latin ones (`Пауза в ИИ` →
 * `Pauza v II`), or undefined for one in another script (Arabic, Chinese, Devanagari…), which no
 * table of letters spells honestly, or one already in Latin letters.
 */
export function transliterated(text: string): { text: string; script: 'Cyrillic' | 'Greek' } | undefined {
  const letters = text.match(/\p{L}/gu) ?? [];
  const count = (script: RegExp) => letters.filter((l) => script.test(l)).length;
  const cyrillic = count(/\p{Script=Cyrillic}/u);
  const greek = count(/\p{Script=Greek}/u);
  const script = cyrillic >= greek ? 'Cyrillic' : 'Greek';
  // The letters the tables spell, with the Latin ones among them ("Anthropic"), must be most of the headline's.
  if (letters.length === 0 || Math.max(cyrillic, greek) === 0 || (cyrillic + greek + count(/\p{Script=Latin}/u)) * 2 < letters.length) return undefined;
  // A letter with an accent (Greek ά, ύ) is the letter; one the table has whole (й, ё, ї) stays whole.
  const base = (letter: string) => letter.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const table = (letter: string) => {
    const lower = letter.toLowerCase();
    return CYRILLIC[lower] ?? GREEK[lower] ?? CYRILLIC[base(letter)] ?? GREEK[base(letter)];
  };
  const chars = [...text];
  let spelt = '';
  for (let i = 0; i < chars.length; i++) {
    const letter = chars[i]!;
    let ascii = table(letter);
    const next = chars[i + 1];
    // Greek ου is u (ou); αυ, ευ, ηυ are av, ev, iv before a vowel or a voiced consonant, and af, ef, if
    // otherwise. An upsilon with a diaeresis (ϋ) is a letter of its own, not half of a pair.
    if (next !== undefined && ['υ', 'ύ'].includes(next.toLowerCase()) && ['α', 'ε', 'η', 'ο'].includes(base(letter))) {
      const after = chars[i + 2] === undefined ? '' : base(chars[i + 2]!);
      ascii = base(letter) === 'ο' ? 'ou' : `${GREEK[base(letter)]!}${/^[αβγδεζηιλμνορυω]$/.test(after) ? 'v' : 'f'}`;
      i++;
    }
    if (ascii === undefined) spelt += letter;
    else spelt += letter === letter.toLowerCase() || ascii === '' ? ascii : ascii[0]!.toUpperCase() + ascii.slice(1);
  }
  return { text: spelt, script };
}
