// After `npm install` (the fallback in .ci/run): every package installed must be the one the
// committed lockfile records, at the same version and integrity. npm may add or drop other
// platforms' optional builds in the lockfile, as the registry it reaches has them or not; those are
// not installed here, so they are not compared. Exits 1, listing the differences, otherwise.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const locked = JSON.parse(execFileSync('git', ['show', 'HEAD:package-lock.json'], { encoding: 'utf8', maxBuffer: 1 << 28 })).packages;
const installed = JSON.parse(readFileSync('node_modules/.package-lock.json', 'utf8')).packages;
const wrong = [];
for (const [where, pkg] of Object.entries(installed)) {
  const want = locked[where];
  if (!want) wrong.push(`${where}: installed ${pkg.version}, not in the lockfile`);
  else if (want.version !== pkg.version || (want.integrity && pkg.integrity && want.integrity !== pkg.integrity)) {
    wrong.push(`${where}: installed ${pkg.version}, locked ${want.version}`);
  }
}
if (wrong.length > 0) {
  process.stderr.write(`npm install did not install the locked versions:\n${wrong.join('\n')}\n`);
  process.exit(1);
}
console.log(`${Object.keys(installed).length} installed packages match the lockfile.`);
