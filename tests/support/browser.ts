/**
 * The real judges the browser tests need: Debian's Chromium (driven by playwright-core) and a
 * Java runtime (for the Nu Html Checker). Both are found on the machine, never downloaded, and
 * a missing one fails the tests loudly with what to install: a skipped browser test would let
 * a broken site pass.
 *
 *   CROSSCHECK_CHROMIUM=/path/to/chrome   another Chromium (default: `chromium` on PATH)
 *   CROSSCHECK_JAVA=/path/to/java         another Java (default: $JAVA_HOME/bin/java, `java` on PATH)
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

/** Flags for a quiet, offline, headless Chromium in a container. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-extensions',
];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first `name` on PATH that can be executed. */
function onPath(names: string[]): string | undefined {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of names) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

const chromiumHelp =
  'Install it with `apt-get install chromium` (Debian and Ubuntu), or point CROSSCHECK_CHROMIUM at ' +
  'another Chromium or Chrome executable, e.g. CROSSCHECK_CHROMIUM=/opt/google/chrome/chrome npm test. ' +
  'The browser tests never skip: without a browser they cannot tell whether the site works.';

/** The Chromium executable to drive: CROSSCHECK_CHROMIUM, else `chromium` on PATH. Throws when there is none. */
export function chromiumPath(): string {
  const configured = process.env.CROSSCHECK_CHROMIUM;
  if (configured) {
    if (isExecutable(configured)) return configured;
    throw new Error(`CROSSCHECK_CHROMIUM is set to ${configured}, which is not an executable file.\n${chromiumHelp}`);
  }
  const found = onPath(['chromium', 'chromium-browser']) ?? ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find(isExecutable);
  if (found) return found;
  throw new Error(`Chromium was not found (looked for \`chromium\` and \`chromium-browser\` on PATH and /usr/bin/chromium).\n${chromiumHelp}`);
}

/** Launches headless Chromium. Throws, saying what to install, when it is missing or does not start. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  try {
    return await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  } catch (error) {
    throw new Error(`Chromium at ${executablePath} did not start: ${(error as Error).message}\n${chromiumHelp}`, { cause: error });
  }
}

/**
 * A browser context that cannot reach the network: every request to another origin than
 * `origin` is aborted and recorded in `offsite`, so a test sees third-party requests without
 * ever making one.
 */
export async function isolatedContext(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; offsite: string[] }> {
  const context = await browser.newContext(options);
  const offsite: string[] = [];
  await context.route(
    (url) => url.origin !== origin && (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:'),
    (route) => {
      offsite.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return { context, offsite };
}

const javaHelp =
  'The Nu Html Checker (vnu-jar) runs on Java. Install it with `apt-get install default-jre-headless` ' +
  '(Debian and Ubuntu), or point CROSSCHECK_JAVA at another java executable (Java 11 or later), ' +
  'e.g. CROSSCHECK_JAVA=/usr/lib/jvm/java-17-openjdk-amd64/bin/java npm test.';

/** The java executable: CROSSCHECK_JAVA, $JAVA_HOME/bin/java, or `java` on PATH. Throws when none runs. */
export function javaPath(): string {
  const configured = process.env.CROSSCHECK_JAVA;
  const home = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : undefined;
  const candidate = configured ?? (home && existsSync(home) ? home : undefined) ?? onPath(['java']);
  if (!candidate) throw new Error(`Java was not found (CROSSCHECK_JAVA is unset and there is no \`java\` on PATH).\n${javaHelp}`);
  const probe = spawnSync(candidate, ['-version'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    const why = probe.error?.message ?? probe.stderr.trim();
    throw new Error(`${candidate} -version failed: ${why}\n${javaHelp}`);
  }
  return candidate;
}
