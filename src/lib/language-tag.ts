/**
 * Whether a language tag names a language of the IANA Language Subtag Registry (BCP 47), as
 * browsers, screen readers and the Nu Html Checker read a `lang` attribute. An article's
 * `language` goes into the `lang` of its headline, passages and spans: `xx` or `en-a1` are
 * written like tags but name no language, so the page was not valid HTML and a screen reader
 * chose its voice by guessing.
 *
 * The registry is the `language-tags` package's copy (1.4 MB of JSON), read the first time a tag
 * is checked, so that loading the schemas costs nothing until a record is validated.
 *
 * ```ts
 * languageTagProblem('pt-BR') // undefined
 * languageTagProblem('xx')    // { reason: "the registry has no language 'xx'" }
 * languageTagProblem('iw')    // { reason: "the registry has retired 'iw'", preferred: 'he' }
 * languageTagProblem('en-UK') // { reason: "'UK' is not a region of the registry (…)", preferred: 'en-GB' }
 * ```
 */
import { createRequire } from 'node:module';

interface Subtag {
  type(): string;
  format(): string;
  preferred(): Subtag | null;
}
interface Tag {
  errors(): { code: number; message: string; subtag?: string | Subtag | null }[];
  subtags(): Subtag[];
  preferred(): Tag | null;
  format(): string;
}
type Tags = (tag: string) => Tag;

let registry: Tags | undefined;
function tags(tag: string): Tag {
  registry ??= (createRequire(import.meta.url)('language-tags') as { default: Tags }).default;
  return registry(tag);
}

/** The error codes of `language-tags` (its Tag.ERR_…). */
const ERR = { DEPRECATED: 1, NO_LANGUAGE: 2, UNKNOWN: 3, TOO_LONG: 4, EXTRA_REGION: 5, EXTRA_EXTLANG: 6, EXTRA_SCRIPT: 7, DUPLICATE_VARIANT: 8, WRONG_ORDER: 9, SUPPRESS_SCRIPT: 10, SUBTAG_DEPRECATED: 11, EXTRA_LANGUAGE: 12 } as const;

/** What one error of the registry's says, in the words of our messages. */
function said(code: number, tag: string, subtag: string): string | undefined {
  switch (code) {
    case ERR.DEPRECATED:
      return `the IANA registry has retired the tag '${tag}'`;
    case ERR.SUBTAG_DEPRECATED:
      return `the IANA registry has retired '${subtag}'`;
    case ERR.UNKNOWN:
      return tag.toLowerCase().startsWith(`${subtag.toLowerCase()}-`) || tag.toLowerCase() === subtag.toLowerCase() ? `the IANA registry has no language '${subtag}'` : `the IANA registry has no subtag '${subtag}'`;
    case ERR.NO_LANGUAGE:
      return 'it starts with no language of the IANA registry';
    case ERR.TOO_LONG:
      return 'it is too long';
    case ERR.EXTRA_REGION:
    case ERR.EXTRA_EXTLANG:
    case ERR.EXTRA_SCRIPT:
    case ERR.EXTRA_LANGUAGE:
      return `'${subtag}' stands where the IANA registry allows no second ${code === ERR.EXTRA_REGION ? 'region' : code === ERR.EXTRA_SCRIPT ? 'script' : 'language'}`;
    case ERR.DUPLICATE_VARIANT:
      return `it gives the variant '${subtag}' twice`;
    case ERR.WRONG_ORDER:
      return 'its subtags are not in the order language, script, region, variants';
    // A script the language is written in anyway (`en-Latn`) is redundant, not wrong: a page's `lang` may carry it.
    default:
      return undefined;
  }
}

/** What is wrong with `tag` as a registered language tag, and the tag meant when the registry names one; undefined for a good tag. */
export function languageTagProblem(tag: string): { reason: string; preferred?: string } | undefined {
  const parsed = tags(tag);
  // The registry reserves qaa–qtz for private use as a range, which `language-tags` does not expand.
  const privateUse = /^q[a-t][a-z](?:-|$)/i.test(tag);
  const errors = parsed.errors().filter((error) => !(privateUse && (error.code === ERR.NO_LANGUAGE || (error.code === ERR.UNKNOWN && error.subtag === tag.slice(0, 3)))));
  // `xx` is unknown, and so starts with no language: the first says it.
  const unknown = errors.some((error) => error.code === ERR.UNKNOWN);
  const reasons = errors
    .filter((error) => !(unknown && error.code === ERR.NO_LANGUAGE))
    .map((error) => said(error.code, tag, typeof error.subtag === 'string' ? error.subtag : (error.subtag?.format() ?? '')))
    .filter((reason) => reason !== undefined);
  if (reasons.length === 0) return undefined;
  // `en-UK`: the United Kingdom's region subtag is GB (uk is Ukrainian, a language).
  const uk = /^([a-z]{2,3})-uk$/i.exec(tag);
  if (uk) return { reason: `'UK' is not a region of the IANA registry (the United Kingdom's is GB)`, preferred: `${uk[1]!.toLowerCase()}-GB` };
  const reason = [...new Set(reasons)].join(', and ');
  if (errors.some((error) => error.code === ERR.DEPRECATED || error.code === ERR.SUBTAG_DEPRECATED)) {
    const preferred = preferredTag(parsed);
    return preferred ? { reason, preferred } : { reason };
  }
  return { reason };
}

/** The registry's preferred form of a deprecated tag (`zh-min-nan` → `nan`) or of one with deprecated subtags (`iw` → `he`, `in-ID` → `id-ID`). */
function preferredTag(parsed: Tag): string | undefined {
  try {
    const whole = parsed.preferred();
    if (whole) return whole.format();
  } catch {
    // A tag that is not in the registry as a whole: its subtags' preferred values below.
  }
  const subtags = parsed.subtags();
  if (subtags.length === 0 || !subtags.some((subtag) => subtag.preferred())) return undefined;
  const preferred = tags(subtags.map((subtag) => (subtag.preferred() ?? subtag).format()).join('-'));
  return preferred.errors().length === 0 ? preferred.format() : undefined;
}

/**
 * The registered tag a page or a feed means by a language it names, in the registry's letter
 * cases (`EN-us`, `en_US` → `en-US`; `iw` → `he`), or undefined when it names none (`xx`,
 * `English`): an import then leaves the field for the editor rather than write a tag the checks refuse.
 */
export function registeredLanguageTag(written: string): string | undefined {
  const tag = written.trim().replaceAll('_', '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag) || tag.length > 35) return undefined;
  const problem = languageTagProblem(tag);
  return problem ? problem.preferred : tags(tag).format();
}
