/**
 * The deployment's settings (docs/deploying.md), read before a build starts: a CROSSCHECK_SITE
 * Astro cannot use would otherwise stop the build halfway, with "Invalid URL" and a message that
 * blames the site's code, when it is the setting to correct. (CROSSCHECK_FEED_IDS says what is
 * wrong with it itself, src/lib/feeds.ts; importing that here would slow every build's start.)
 */

/** What is wrong with the settings in `env`, one message each, saying what to write: none when the build can use them. */
export function settingProblems(env: Readonly<Record<string, string | undefined>>): string[] {
  const site = env.CROSSCHECK_SITE;
  if (site === undefined || /^https?:$/.test(URL.parse(site.trim())?.protocol ?? '')) return [];
  return [
    `CROSSCHECK_SITE is ${JSON.stringify(site)}, which is not an http(s) address. Set it to the address readers use, with its https://, such as https://crosscheck.example.org, or leave it unset.`,
  ];
}
