/**
 * Page titles that tell pages apart (WCAG 2.4.2): a page is called by its record's own words
 * (an article's headline, a claim's statement, a story's title, a name), and when two records
 * of a kind share those words (two outlets ran the same wire headline; two stories hold the
 * same statement) each is followed by what differs between them, in brackets:
 *
 *   "Pause call draws fire (Daily Wire)" · "Pause call draws fire (Morning Post)"
 *
 * Only the qualifiers that differ within such a group are added, in their order, until every
 * title of the group is its own; the record's id, which is unique, ends any tie left. Titles are
 * compared as a reader hears them: case, accents, width and spacing ignored. Pure.
 */

/** One record's title and, best first, what may tell it from another of the same title. */
export interface TitleCandidate<K> {
  key: K;
  /** The record's own words. */
  title: string;
  /** What may tell it apart, best first (its outlet, its date, its story); undefined when unknown. */
  qualifiers: readonly (string | undefined)[];
  /** Unique among the candidates (the record's id): the last word on any tie. */
  id: string;
}

/** How a reader tells titles apart: case, accents, compatibility forms and runs of spacing aside. */
export function titleKey(title: string): string {
  return title.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('en');
}

function withQualifiers(title: string, parts: readonly string[]): string {
  return parts.length === 0 ? title : `${title} (${parts.join(', ')})`;
}

/** The title of every candidate, by key: its own, or qualified when another shares it. */
export function distinctTitles<K>(candidates: readonly TitleCandidate<K>[]): Map<K, string> {
  const groups = new Map<string, TitleCandidate<K>[]>();
  for (const c of candidates) {
    const key = titleKey(c.title);
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const parts = new Map<K, string[]>();
  for (const group of groups.values()) {
    if (group.length === 1) {
      parts.set(group[0]!.key, []);
      continue;
    }
    const qualifier = (c: TitleCandidate<K>, i: number) => c.qualifiers[i]?.trim() ?? '';
    const labelOf = (c: TitleCandidate<K>, chosen: readonly number[]) => titleKey(chosen.map((i) => qualifier(c, i)).join('\u0000'));
    const tiedIn = (chosen: readonly number[]) => {
      const count = new Map<string, number>();
      for (const c of group) count.set(labelOf(c, chosen), (count.get(labelOf(c, chosen)) ?? 0) + 1);
      return (c: TitleCandidate<K>) => count.get(labelOf(c, chosen))! > 1;
    };
    const levels = Math.max(...group.map((c) => c.qualifiers.length));
    const chosen: number[] = [];
    for (let i = 0; i < levels && group.some(tiedIn(chosen)); i++) {
      // A qualifier the whole group shares (or none has) tells nothing apart: left out.
      if (new Set(group.map((c) => titleKey(qualifier(c, i)))).size > 1) chosen.push(i);
    }
    const tied = tiedIn(chosen);
    for (const c of group) {
      const own = chosen.map((i) => qualifier(c, i)).filter((q) => q !== '');
      // Still tied with another of the group, or nothing to tell it by: its id settles it.
      parts.set(c.key, tied(c) || own.length === 0 ? [...own, c.id] : own);
    }
  }
  const titles = new Map(candidates.map((c) => [c.key, withQualifiers(c.title, parts.get(c.key)!)] as const));
  // A qualified title may read as another record's own ("A (B)" beside a record titled "A (B)"):
  // the qualified one adds its id as well.
  const taken = new Map<string, number>();
  for (const title of titles.values()) taken.set(titleKey(title), (taken.get(titleKey(title)) ?? 0) + 1);
  for (const c of candidates) {
    const own = parts.get(c.key)!;
    if (own.length > 0 && taken.get(titleKey(titles.get(c.key)!))! > 1 && !own.includes(c.id)) titles.set(c.key, withQualifiers(c.title, [...own, c.id]));
  }
  return titles;
}
