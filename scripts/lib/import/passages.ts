/**
 * The passages of an article likely to carry claims, for the editor's checklist, and the
 * existing claims each may match. Pure: text and claims in, suggestions out.
 *
 * A passage is a sentence with a figure, an attribution ("said", "according to", "wrote"; and
 * in a text in French, German, Spanish, Italian, Portuguese or Dutch, that language's: "a
 * déclaré", "sagte", "según", "ha detto", "disse", "volgens") or a date, a quotation of four words or more, or (when the caller can tell) a sentence of prose with
 * none of these that says much what a recorded claim says. Matching is by shared words, weighted
 * by how rare each word is in the corpus (a word every claim uses says nothing), against each claim's
 * statement and every span already marked for it: a quotation another outlet carried matches its
 * claim even when the statement words it differently. A match rests on a name or a word rare in
 * English too ({@link telling}): a small corpus on one subject makes "report" and "call" look rare.
 */
import { COMMON_ENGLISH, COMMON_OTHER } from './common-words.ts';

/**
 * `claim`: a sentence with none of the other signs that says much what an existing claim says.
 * `correction`: a correction notice ("Correction: an earlier version of this article said …"), listed
 * whole: what it says the article said before is not the article's claim, and the article's
 * record should say it was corrected.
 */
export type PassageKind = 'quotation' | 'figure' | 'attribution' | 'date' | 'claim' | 'correction';

export interface Passage {
  /** What makes it likely to carry a claim, most telling first. */
  kinds: PassageKind[];
  /** The passage as the text has it (a quotation without its quotation marks). */
  text: string;
  /** Its paragraph, from 1. */
  paragraph: number;
}

export interface ClaimText {
  id: string;
  story: string;
  /** Its statement, and the spans articles mark for it. */
  texts: string[];
}

export interface ClaimMatch {
  id: string;
  story: string;
  /** Cosine similarity of the weighted words, 0 to 1. */
  score: number;
  /** The words it rests on, shared by the passage and the claim: those that tell a subject apart first, then the most weighty. */
  words: string[];
}

const ATTRIBUTION =
  /\b(said|says|say|told|tells|according to|wrote|writes|stated|states|argued|argues|warned|warns|claimed|claims|announced|announces|added|noted|acknowledged|acknowledges|stressed|stresses|urged|urges|insisted|insists|believes?|reported|reports|reads|suggested|suggests|called|calls|described|describes|dismissed|accused|cited|cites)\b/i;
/**
 * The attribution verbs and phrases of the languages newsrooms most often import from, by their
 * BCP 47 tag: a text is read with English's and its own language's (the one its source declares,
 * else the one detected from its words). Past participles stand for the compound tenses ("a
 * déclaré", "hat gesagt", "ha detto").
 */
const ATTRIBUTIONS: Record<string, RegExp> = Object.fromEntries(
  Object.entries({
    fr: "dit|disent|déclare|déclaré|affirme|affirmé|explique|expliqué|estime|estimé|souligne|souligné|ajoute|ajouté|assure|assuré|indique|indiqué|précise|précisé|annonce|annoncé|avertit|averti|prévient|prévenu|rapporte|rapporté|écrit|reconnaît|reconnu|insiste|insisté|martèle|martelé|dénonce|dénoncé|confie|confié|appelle|appellent|appelé|appelée|réclame|réclamé|exhorte|exhorté|selon|d['’]après",
    de: 'sagt|sagte|sagten|gesagt|erklärt|erklärte|erklärten|betont|betonte|laut|zufolge|warnt|warnte|gewarnt|schreibt|schrieb|geschrieben|berichtet|berichtete|meint|meinte|behauptet|behauptete|fordert|forderte|kritisiert|kritisierte|bestätigt|bestätigte|räumte|hieß es|heißt es|teilte mit|teilt mit',
    es: 'dijo|dice|dicen|dijeron|dicho|afirmó|afirma|afirmado|declaró|declara|declarado|explicó|explica|según|aseguró|asegura|señaló|señala|añadió|añade|advirtió|advierte|indicó|indica|subrayó|subraya|escribió|escribe|sostuvo|sostiene|anunció|anuncia|reconoció|reconoce|insistió|informó|destacó|precisó|manifestó|denunció|pidió|pide|piden|reclamó|instó',
    it: 'detto|dice|dicono|dichiarato|dichiara|secondo|affermato|afferma|spiegato|spiega|sottolineato|sottolinea|aggiunto|aggiunge|avvertito|avverte|scritto|scrive|annunciato|annuncia|ammesso|ammette|precisato|riferito|riferisce|osservato|ribadito|ribadisce|denunciato|chiesto|chiede|chiedono|esortato',
    pt: 'disse|disseram|diz|dizem|dito|afirmou|afirma|declarou|declara|segundo|de acordo com|explicou|explica|destacou|destaca|ressaltou|acrescentou|alertou|advertiu|escreveu|escreve|anunciou|anuncia|informou|garantiu|reconheceu|sublinhou|defendeu|conforme|pediu|pede|pedem|apelou|reivindicou',
    nl: 'zei|zegt|zeiden|zeggen|gezegd|verklaarde|verklaart|volgens|aldus|schreef|schrijft|benadrukte|benadrukt|waarschuwde|waarschuwt|voegde|meldde|meldt|stelde|stelt|erkende|erkent|kondigde|liet weten|laat weten|gaf aan|geeft aan|riep op|roept op|eiste|eist',
  })
    .map(([tag, verbs]) => [tag, new RegExp(`(?<![\\p{L}\\p{N}])(?:${verbs})(?![\\p{L}\\p{N}])`, 'iu')] as const)
    // Arabic writes "and" and "so" on the word ("وقالت", "فأكد"): its verbs are found with or without them.
    .concat([
      [
        'ar',
        /(?<![\p{L}\p{N}])[وف]?(?:قال|قالت|يقول|تقول|أعلن|أعلنت|أكد|أكدت|أضاف|أضافت|صرح|صرّح|صرحت|صرّحت|أوضح|أوضحت|حذر|حذّر|حذرت|حذّرت|دعا|دعت|يدعو|تدعو|ذكر|ذكرت|أشار|أشارت|اعتبر|اعتبرت|نفى|نفت|طالب|طالبت|بحسب|حسب|وفقا|وفقاً|نقلا عن|نقلاً عن)(?![\p{L}\p{N}])/u,
      ] as const,
    ])
    // Japanese and Chinese write no spaces between words: their verbs and phrases are found anywhere.
    .concat(
      Object.entries({
        ja: 'と述べ|と語っ|と話し|と説明し|と強調し|と指摘し|と警告し|と発表し|と明らかにし|と主張し|と訴え|と呼びかけ|によると|によれば|としている',
        zh: '表示|指出|强调|警告|宣布|认为|据报道|据悉|他说|她说|说道',
      }).map(([tag, verbs]) => [tag, new RegExp(`(?:${verbs})`, 'u')] as const),
    ),
);
const FIGURE =
  /(?:[$€£¥]\s?\d|\b\d[\d,.]*\s?(?:%|per ?cent|percent|billion|million|thousand|trillion|bn|m\b|pour ?cent|prozent|por ?ciento|per ?cento|por ?cento|procent|milliards?|millions?|milliarden?|millionen|mrd|mio|millones|milioni|miliardi|milhões|bilhões|miljoen|miljard)|\b\d[\d,.]*(?:mph|kph|km|kg|mm|cm|ft|kwh|mwh|gwh|twh|kw|mw|gw|°[cf]?)(?![a-z])|\b\d{2,}(?:[.,]\d+)?\b(?!\s*\])|[\u0660-\u0669\u06F0-\u06F9]{2,}|[\d\u0660-\u0669\u06F0-\u06F9]\s?٪)/i;
/**
 * A day, a month or a year; "may", "march" and "august" only with a day or a year, as they are also
 * words ("the company may pause"); or a time of day ("09:42 BST", "18:00", "10.30 GMT", "5pm"), as
 * a live blog stamps each update: a time is no figure.
 */
const DATE =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|(?:january|february|april|june|july|september|october|november|december)\b(?:\s+\d{1,2})?|(?:may|march|august)\s+(?:\d{1,2}|(?:19|20)\d{2})|\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:19|20)\d{2}|(?:[01]?\d|2[0-3])(?::[0-5]\d(?:\s*(?:am|pm|bst|gmt|utc|cet|cest|est|edt|pst|pdt))?|\.[0-5]\d\s*(?:am|pm|bst|gmt|utc|cet|cest|est|edt|pst|pdt)|\s*(?:am|pm)))\b/i;
/** Every date of a sentence, to tell its figures from the numbers of its dates ("June 12, 2026" is no figure). */
const DATES = new RegExp(String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?${DATE.source}(?:,?\s+(?:19|20)\d{2}\b)?`, 'gi');
/** How many words, besides its dates, a sentence whose only sign is a date must have to be listed: "It was Friday." says nothing. */
const DATED_WORDS = 3;
/** A quotation between English, French and Italian (« … », ‹ … ›), German and Dutch („ … “, „ … ”), or Japanese and Chinese (「 … 」, 『 … 』) quotation marks. */
const QUOTATION = /[“"«„‹「『]\s?([^“”"«»„‹›「」『』]{10,}?)\s?[”"»“›」』]/g;
/** Letters of the scripts written without spaces between words (Japanese, Chinese), whose words are not counted between spaces. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
/** Soft hyphens, zero-width spaces and word joiners, and a byte-order mark in mid-text: characters a reader does not see. */
export const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;
/** A sentence of prose: it starts with a letter, a digit or a quotation mark and ends with a full stop, question or exclamation mark. */
const PROSE = /^[\p{L}\d“"‘«„‹「『][^]*[.!?。！？؟][”"’»›」』]?$/u;
/** A question: it ends with a question mark (Arabic's too). */
const QUESTION = /[?？؟]["”’»」』]?$/u;
/** A transcript's speaker, in capitals before a colon at a paragraph's start ("MARINA FAVARO:", "HOST (JANE ROE):", "Q:"). */
const SPEAKER = /^([\p{Lu}][\p{Lu}\d .'’-]{0,40}?)(?:\s*\([^)]{1,60}\))?:\s/u;
/** The speakers who ask rather than answer. */
const ASKER = /^(?:Q|HOST|INTERVIEWER|MODERATOR|ANCHOR|PRESENTER|REPORTER|QUESTION)$/;
/**
 * A correction notice: a paragraph labelled so ("Correction:", "Clarification (12 June):", "Editor's
 * note:", and in the other languages we read, "Rectificatif :", "Korrektur:", "Fe de errores:"…),
 * or one that says an earlier version of the article said otherwise ("This article was amended on
 * 13 June 2026. An earlier version wrongly said …", "We regret the error").
 */
const CORRECTION_LABEL =
  /^[*_]*\s*(?:corrections?|clarifications?|editor['’]s note|note to readers|correction appended|rectificatif|rectification|erratum|corrigendum|berichtigung|korrektur|richtigstellung|corrección|fe de errores|aclaración|rettifica|correzione|errata corrige|correção|errata|correctie|rectificatie)\b[^:\n]{0,40}?\s*:/iu;
const CORRECTION_SAID =
  /\b(?:an? (?:earlier|previous|prior) version of this (?:article|story|report|piece|post|item)|this (?:article|story|report|piece|post) (?:was|has been|had been) (?:amended|corrected|changed|updated) (?:on|to|since|because|after)\b|we regret the error|une précédente version de cet article|eine frühere version dieses artikels|una versión anterior de este artículo|una versione precedente di questo articolo|uma versão anterior desta reportagem|een eerdere versie van dit artikel)/iu;
/** The longest paragraph read as a correction notice by what it says (a labelled one may be longer). */
const CORRECTION_MAX = 600;
/** Whether a paragraph is a correction notice. */
export const isCorrection = (paragraph: string) => CORRECTION_LABEL.test(paragraph.trim()) || (paragraph.length <= CORRECTION_MAX && CORRECTION_SAID.test(paragraph));

/** Citation marks such as [1] or [1, 2]: not figures. */
const CITATIONS = /\s*\[\d+(?:,\s*\d+)*\]/g;

/**
 * The line (from 1) of `archived` where `passage` starts, or undefined when it is not there. The
 * passage's first words are looked for with any spacing between them, as the archived file may
 * wrap a sentence over lines that the text read from it joined.
 */
export function lineIn(archived: string, passage: string): number | undefined {
  const first = passage.trim().split(/\s+/).slice(0, 12);
  if (first.length === 0 || first[0] === '') return undefined;
  // A word the file divides with a hyphen at a line's end ("arms-" and "control", "devel-" and
  // "opment") is found as the text has it: "arms-control", "devel-opment" or "development".
  const divided = /[\p{L}\p{N}]-[ \t]*\r?\n/u.test(archived);
  const word = (w: string) => {
    const chars = Array.from(w);
    return chars
      .map((c, i) => {
        const escaped = c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (!divided) return escaped;
        if (c === '-') return '-\\s*';
        return i > 0 && /\p{L}/u.test(c) && /\p{L}/u.test(chars[i - 1]!) ? `(?:-[ \\t]*\\r?\\n[ \\t]*)?${escaped}` : escaped;
      })
      .join('');
  };
  const pattern = new RegExp(first.map(word).join('\\s+'), 'u');
  // The passages are read without the invisible characters a file may have ("com\u00ADpany"); no line ends with them.
  const visible = archived.replace(INVISIBLE, '');
  const at = pattern.exec(visible)?.index;
  if (at === undefined) return undefined;
  let line = 1;
  for (let i = visible.indexOf('\n'); i !== -1 && i < at; i = visible.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Sentences: split after a full stop, question or exclamation mark (and any closing quote), but
 * not after an abbreviation that a name or a number follows ("Jan. 14", "Dr. Moreau", "No. 10").
 */
export function sentences(paragraph: string): string[] {
  return paragraph
    // (A sentence of a script without capitals, Arabic's or Hebrew's, starts with any of its letters; Arabic asks with "؟".)
    .split(/(?<=[.!?؟](?:[\s\u00A0\u202F]?[”"’»›“)\]])*)(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Prof|St|Mt|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|No|Nos)\.)\s+(?=[“"‘«„‹(\[]?[\p{Lu}\d\p{sc=Arabic}\p{sc=Hebrew}])/u)
    // Japanese and Chinese end a sentence with 。！？ and start the next without a space.
    .flatMap((s) => s.split(/(?<=[。！？][」』]?)(?=[^」』\s])/u))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A quotation closed in the same text, however short: what is left once they are removed is outside every quotation. */
const CLOSED_QUOTATION = /[“"«„‹「『][^“”"«»„‹›「」『』]*[”"»“›」』]/g;

/** The sentences of a paragraph, a quotation of several sentences kept whole with the words around it. */
function quotedSentences(paragraph: string): string[] {
  const units: string[] = [];
  for (const sentence of sentences(paragraph)) {
    const last = units.at(-1);
    // The previous sentence opened a quotation it did not close: this one continues it.
    if (last !== undefined && /[“"«„‹「『]/.test(last.replace(CLOSED_QUOTATION, ''))) units[units.length - 1] = `${last}${UNSPACED.test(sentence[0] ?? '') ? '' : ' '}${sentence}`;
    else units.push(sentence);
  }
  return units;
}

/**
 * The passages of `text` (paragraphs separated by blank lines) likely to carry claims, in order;
 * with `isClaim`, also the sentences it says are claims already recorded (an opinion piece or an
 * analysis asserts them without a figure or a "said"). `language`, the text's BCP 47 tag, adds its
 * attribution verbs to English's.
 */
export function findPassages(text: string, limit = 40, isClaim?: (sentence: string) => boolean, language?: string): Passage[] {
  const own = language === undefined ? undefined : ATTRIBUTIONS[language.split('-')[0]!.toLowerCase()];
  const attributed = (sentence: string) => ATTRIBUTION.test(sentence) || own?.test(sentence) === true;
  const found: Passage[] = [];
  const seen = new Set<string>();
  const add = (passage: Passage) => {
    const key = passage.text.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    found.push(passage);
  };
  const paragraphs = text.split(/\n{2,}/);
  // A transcript: paragraphs of two speakers or more, named in capitals ("JANE ROE: …", "MARINA FAVARO: …"), three at least
  // (not a dateline's "NEW DELHI: …" or an "UPDATE: …").
  const speakers = paragraphs.flatMap((paragraph) => SPEAKER.exec(paragraph)?.[1] ?? []);
  const transcript = speakers.length >= 3 && new Set(speakers).size >= 2;
  paragraphs.forEach((paragraph, p) => {
    // A transcript's answer, after its speaker's name: each of its statements is the speaker's.
    const speaker = transcript ? SPEAKER.exec(paragraph)?.[1] : undefined;
    const answers = speaker !== undefined && !ASKER.test(speaker);
    // A correction notice is listed whole, as one: the earlier version's words it quotes are no claim of the article.
    if (isCorrection(paragraph)) {
      add({ kinds: ['correction'], text: paragraph.trim().replace(/\s+/g, ' '), paragraph: p + 1 });
      return;
    }
    // An item of a list ("- 12.4 million tonnes of cargo") is listed without its marker, which is no part of a quotation.
    for (const sentence of quotedSentences(paragraph.replace(/^[-*•]\s+/, ''))) {
      const plain = sentence.replace(CITATIONS, '');
      let quoted = false;
      for (const m of plain.matchAll(QUOTATION)) {
        const quotation = m[1]!.trim();
        if (quotation.split(/\s+/).length >= 4 || (UNSPACED.test(quotation) && [...quotation].length >= 8)) {
          add({ kinds: ['quotation'], text: quotation, paragraph: p + 1 });
          quoted = true;
        }
      }
      // An interview's question asks, whoever asks it and whatever verb it uses ("And if your rivals say no?"): it is no claim.
      if (transcript && QUESTION.test(plain)) continue;
      const kinds: PassageKind[] = [];
      const undated = plain.replace(DATES, ' ');
      if (FIGURE.test(undated)) kinds.push('figure');
      if (attributed(plain) || (answers && PROSE.test(plain) && !QUESTION.test(plain) && words(plain).length >= 3)) kinds.push('attribution');
      // A date alone makes a passage only in a sentence that says something else too.
      if (DATE.test(plain) && (kinds.length > 0 || words(undated).length >= DATED_WORDS)) kinds.push('date');
      // Only a sentence as prose writes it: not a heading, a credit line in brackets or a teaser.
      // A question asks; it asserts nothing of its own.
      if (kinds.length === 0 && PROSE.test(plain) && !QUESTION.test(plain) && isClaim?.(plain)) kinds.push('claim');
      // A sentence that is only a quotation is listed once, as the quotation; one whose quotation
      // is too short to list on its own ("“We need time,” she said.") is listed whole.
      const outside = plain.replace(QUOTATION, '').replace(/[\s.,;:—–、。-]+/g, ' ').trim();
      if (kinds.length > 0 && (outside.split(' ').length >= 3 || (UNSPACED.test(outside) && [...outside].length >= 6) || !quoted)) add({ kinds, text: sentence, paragraph: p + 1 });
    }
  });
  return found.slice(0, limit);
}

const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can could ' +
    'did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself ' +
    'just me more most my no nor not now of off on once only or other our out over own same she should so some such than that the their ' +
    'them then there these they this those through to too under until up very was we were what when where which while who whom why will ' +
    'with would you your said says say one new also its it’s may might must shall us like'
  ).split(' '),
);

/** Content words, lowercased, without accents, plurals folded: "Anthropic's pauses" → anthropic, pause. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !STOPWORDS.has(w) && (w.length > 2 || /\d/.test(w)))
    .map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** The common words of English (and the small words of the other languages we read), folded as {@link words} folds a text. */
const COMMON = new Set(words(`${COMMON_ENGLISH} ${COMMON_OTHER}`));

/**
 * Whether a word tells a subject apart: not one English uses of every subject ({@link COMMON_ENGLISH}),
 * nor a number ("12", "2026"), which any subject may share by chance.
 */
export const telling = (word: string) => !COMMON.has(word) && !/^\d+$/.test(word);

/** The words of days and months: a date shared says nothing of the subject. */
const DATE_WORDS = new Set(words('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today yesterday'));

/**
 * The words of the names a text writes, capitalised inside a sentence ("the White House", "City's
 * manager"), days and months apart; none in a text written in title case ("Engineers Find Cracks
 * in Dam"), where every word is.
 */
export function names(text: string): Set<string> {
  const found = new Set<string>();
  const all = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const capitalised = all.filter((w) => w.length > 3 && /^\p{Lu}/u.test(w)).length;
  if (capitalised * 2 > all.filter((w) => w.length > 3).length) return found;
  // A capitalised word not at a sentence's start (nor after a quotation mark or a colon).
  for (const m of text.matchAll(/(?<=[\p{L}\p{N},;)]\s+)\p{Lu}[\p{L}'’-]*/gu)) {
    for (const w of words(m[0])) if (!DATE_WORDS.has(w)) found.add(w);
  }
  return found;
}

/** An index of claims by their words, built once per import. */
export class ClaimMatcher {
  private readonly docs: { claim: number; weights: Map<string, number>; norm: number }[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly idf = new Map<string, number>();
  private readonly claims: ClaimText[];

  constructor(claims: readonly ClaimText[]) {
    this.claims = [...claims];
    const docWords: { claim: number; words: Set<string> }[] = [];
    this.claims.forEach((claim, c) => {
      for (const text of claim.texts) {
        const set = new Set(words(text));
        if (set.size > 0) docWords.push({ claim: c, words: set });
      }
    });
    const df = new Map<string, number>();
    for (const d of docWords) for (const w of d.words) df.set(w, (df.get(w) ?? 0) + 1);
    const n = Math.max(1, docWords.length);
    for (const [w, count] of df) this.idf.set(w, Math.log(1 + n / count));
    docWords.forEach((d, i) => {
      const weights = new Map<string, number>();
      let sum = 0;
      for (const w of d.words) {
        const weight = this.idf.get(w)!;
        weights.set(w, weight);
        sum += weight * weight;
        const list = this.postings.get(w);
        if (list) list.push(i);
        else this.postings.set(w, [i]);
      }
      this.docs.push({ claim: d.claim, weights, norm: Math.sqrt(sum) });
    });
  }

  /**
   * The claims most like `text`, best first: at most `limit`, each at least `threshold` alike and
   * sharing two words. A match rests on a word that tells a subject apart, a name ("White House",
   * "Anthropic") or a word English does not use of every subject ("dam", "pause"): common words
   * ("report", "call", "action") never make one, however many, and however rare a small corpus
   * makes them look.
   */
  match(text: string, limit = 3, threshold = 0.3): ClaimMatch[] {
    const query = new Set(words(text).filter((w) => this.idf.has(w)));
    if (query.size === 0) return [];
    const named = names(text);
    const tells = (w: string) => telling(w) || named.has(w);
    let norm = 0;
    for (const w of query) norm += this.idf.get(w)! ** 2;
    norm = Math.sqrt(norm);
    // A word in more than a fifth of all texts is too common to find a claim by (and would make this slow).
    const common = Math.max(50, this.docs.length / 5);
    const dots = new Map<number, { dot: number; shared: string[] }>();
    for (const w of query) {
      const list = this.postings.get(w)!;
      if (list.length > common) continue;
      const weight = this.idf.get(w)!;
      for (const d of list) {
        const entry = dots.get(d) ?? { dot: 0, shared: [] };
        entry.dot += weight * weight;
        entry.shared.push(w);
        dots.set(d, entry);
      }
    }
    const best = new Map<number, { score: number; shared: string[] }>();
    for (const [d, { dot, shared }] of dots) {
      if (shared.length < 2 || !shared.some(tells)) continue;
      const doc = this.docs[d]!;
      const score = dot / (norm * doc.norm);
      if (score > (best.get(doc.claim)?.score ?? 0)) best.set(doc.claim, { score, shared });
    }
    const order = (a: string, b: string) => Number(tells(b)) - Number(tells(a)) || this.idf.get(b)! - this.idf.get(a)! || (a < b ? -1 : 1);
    return [...best]
      .filter(([, { score }]) => score >= threshold)
      .sort((a, b) => b[1].score - a[1].score || (this.claims[a[0]]!.id < this.claims[b[0]]!.id ? -1 : 1))
      .slice(0, limit)
      .map(([c, { score, shared }]) => ({ id: this.claims[c]!.id, story: this.claims[c]!.story, score: Math.round(score * 100) / 100, words: shared.sort(order) }));
  }
}
