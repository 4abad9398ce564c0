/**
 * The deployment's settings (docs/deploying.md), read before a build starts: a CROSSCHECK_SITE
 * Astro cannot use would otherwise stop the build halfway, with "Invalid URL" and a message that
 * blames the site's code, when it is the setting to correct. (CROSSCHECK_FEED_IDS says what is
 * wrong with it itself, src/lib/feeds.ts; importing that here would slow every build's start.)
 *
 * A CROSSCHECK_SITE the build can read but would publish wrongly is refused too: every absolute
 * address the site writes (canonical links, Open Graph tags, preview images, feeds, the sitemap,
 * robots.txt, structured data, the open-data export) is its origin and the site's path,
 * CROSSCHECK_BASE, so a path of its own that is not CROSSCHECK_BASE would be left out of every one
 * of them, and a user name or password in it would be published in every one.
 */

/** A path with one slash at each end, as a base is compared: `news` and `/news` are `/news/`. */
function asBase(value: string): string {
  const inner = value.trim().replace(/^\/+|\/+$/g, '');
  return inner === '' ? '/' : `/${inner}/`;
}

/** What is wrong with the settings in `env`, one message each, saying what to write: none when the build can use them. */
export function settingProblems(env: Readonly<Record<string, string | undefined>>): string[] {
  const site = env.CROSSCHECK_SITE;
  if (site === undefined) return [];
  const url = URL.parse(site.trim());
  if (!url || !/^https?:$/.test(url.protocol)) {
    return [
      `CROSSCHECK_SITE is ${JSON.stringify(site)}, which is not an http(s) address. Set it to the address readers use, with its https://, such as https://crosscheck.example.org, or leave it unset.`,
    ];
  }
  const problems: string[] = [];
  if (url.username !== '' || url.password !== '') {
    problems.push(
      `CROSSCHECK_SITE is ${JSON.stringify(site)}, which holds a user name or a password: every canonical link, feed and preview of the site would publish it. Set it to the address readers use, without them, such as ${url.origin}/.`,
    );
  }
  if (url.search !== '' || url.hash !== '') {
    problems.push(
      `CROSSCHECK_SITE is ${JSON.stringify(site)}, which has a ${url.search !== '' ? 'query (?…)' : 'fragment (#…)'} that no address of the site would keep. Set it to the address readers use, without it, such as ${url.origin}/.`,
    );
  }
  const path = asBase(decodeURI(url.pathname));
  const base = asBase(env.CROSSCHECK_BASE ?? '/');
  if (path !== '/' && path !== base) {
    problems.push(
      `CROSSCHECK_SITE is ${JSON.stringify(site)}, whose path ${path} is not the path the site is served under, CROSSCHECK_BASE (${env.CROSSCHECK_BASE === undefined ? 'unset, so /' : base}): every link, canonical address, preview image, feed, sitemap entry and search result would leave ${path} out. Set CROSSCHECK_SITE to the origin, ${url.origin}, and CROSSCHECK_BASE=${path}.`,
    );
  }
  return problems;
}
