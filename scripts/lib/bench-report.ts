/**
 * The report of `npm run bench` (scripts/bench.ts): what it measured, and the table and the
 * targets of issue 7 it writes into docs/benchmarks.md. Pure: results in, Markdown out.
 */

export const number = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export interface Run {
  /** Seconds, wall clock. */
  wall: number;
  /** Seconds of CPU (user + system) of the whole process tree, when /usr/bin/time is there. */
  cpu?: number | undefined;
  /** Peak resident memory of the process tree, MB. */
  peakMB: number;
  /** Pages the build rendered, and pages of the site. */
  rendered?: number | undefined;
  pages?: number | undefined;
}

export interface SizeResult {
  articles: number;
  files: number;
  claims: number;
  mentions: number;
  date: string;
  /**
   * When the `npm run bench` that measured it started: sizes measured in different runs are not
   * compared with each other (the machine's speed varies between runs).
   */
  run?: string | undefined;
  /** Load average (1 minute) when the size started: the machine may be shared. */
  load: number;
  /** `rebuild` is the median of `rebuilds`, each after another new article (one, in runs before these were measured). */
  ours: { cold: Run; clean?: Run | undefined; rebuild: Run; rebuilds?: Run[] | undefined; checkCold: Run; checkWarm: Run };
  baseline?: { cold: Run; rebuild: Run } | undefined;
}

export interface Results {
  machine: { cpus: number; model: string; memoryGB: number; node: string; astro: string; os: string };
  sizes: Record<string, SizeResult>;
}

/** The run of median wall-clock time (of an even number of runs, the slower of the middle two). */
export function medianRun(runs: readonly Run[]): Run {
  if (runs.length === 0) throw new Error('no runs to take the median of');
  const sorted = [...runs].sort((a, b) => a.wall - b.wall);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The times of the rebuilds a median was taken of, as "9.6, 9.8 and 10.9 s", in the order they ran; '' for a single one. */
function rebuildTimes(size: SizeResult): string {
  const runs = size.ours.rebuilds ?? [];
  if (runs.length < 2) return '';
  const times = runs.map((run) => number(run.wall, 1));
  return `${times.slice(0, -1).join(', ')} and ${times.at(-1)!} s`;
}

export const START = '<!-- bench:start (written by npm run bench; edit outside the markers) -->';
export const END = '<!-- bench:end -->';

/** The results as Markdown: the machine, a table per measure, and the targets of issue 7 checked. */
export function formatResults(results: Results): string {
  const rows = Object.values(results.sizes).sort((a, b) => a.articles - b.articles);
  const m = results.machine;
  const s = (run: Run | undefined, cpu = true) =>
    run ? `${number(run.wall, 1)} s${cpu && run.cpu !== undefined ? ` (${number(run.cpu, 1)} s CPU)` : ''}` : '–';
  const mb = (run: Run | undefined) => (run ? `${number(run.peakMB)} MB` : '–');
  const perPage = (run: Run | undefined) => (run?.pages ? `${number((run.wall / run.pages) * 1000, 1)} ms` : '–');
  const pps = (run: Run | undefined) => (run?.pages ? number(run.pages / run.wall) : '–');
  const lines = [
    START,
    '',
    `Measured ${rows.map((r) => r.date).filter((d, i, all) => all.indexOf(d) === i).join(', ')} on ${m.cpus} cores (${m.model}), ${m.memoryGB} GB, ${m.os}; Node ${m.node}, Astro ${m.astro}. ` +
      `Load average when each size started: ${rows.map((r) => `${number(r.load, 1)} (${number(r.articles)})`).join(', ')}; a load above the core count means other work shared the machine, and wall-clock times suffer most (CPU times less).`,
    '',
    '| Articles | Files | Pages | Cold build | Per page | Peak memory | Clean build (previews cached) | Pages/s | Per page | Peak memory | Rebuild after one new article | Pages rendered | `npm run check` cold | warm |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) =>
      `| ${number(r.articles)} | ${number(r.files)} | ${r.ours.cold.pages ? number(r.ours.cold.pages) : '–'} | ${s(r.ours.cold)} | ${perPage(r.ours.cold)} | ${mb(r.ours.cold)} | ${s(r.ours.clean)} | ${pps(r.ours.clean)} | ${perPage(r.ours.clean)} | ${mb(r.ours.clean)} | ${s(r.ours.rebuild)}${rebuildTimes(r) ? `; the median of ${rebuildTimes(r)}` : ''} | ${r.ours.rebuild.rendered !== undefined ? number(r.ours.rebuild.rendered) : '–'} | ${s(r.ours.checkCold, false)} | ${s(r.ours.checkWarm, false)} |`,
    ),
    '',
    'The plain-Astro baseline (bench/plain-astro: the same corpus, an article page and a claim page, nothing else):',
    '',
    '| Articles | Pages | Cold build | Pages/s | Per page | Peak memory | Rebuild after one new article |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) =>
      `| ${number(r.articles)} | ${r.baseline?.cold.pages ? number(r.baseline.cold.pages) : '–'} | ${s(r.baseline?.cold)} | ${pps(r.baseline?.cold)} | ${perPage(r.baseline?.cold)} | ${mb(r.baseline?.cold)} | ${s(r.baseline?.rebuild)} |`,
    ),
    '',
    '### The targets (issue 7)',
    '',
    ...targets(rows),
    '',
    END,
  ];
  return lines.join('\n');
}

function targets(rows: SizeResult[]): string[] {
  const at = (n: number) => rows.find((r) => r.articles === n);
  const mark = (ok: boolean) => (ok ? '**met**' : '**missed**');
  const times = (a: Run, b: Run) =>
    `${number(a.wall / b.wall, 2)} times${a.cpu !== undefined && b.cpu !== undefined ? ` (${number(a.cpu / b.cpu, 2)} times in CPU time)` : ''}`;
  const five = at(5000);
  const small = at(1000);
  const large = at(20000);
  const out: string[] = [];
  if (five) {
    const { cold, clean, rebuild, checkWarm } = five.ours;
    const median = rebuildTimes(five) ? ` (the median of ${five.ours.rebuilds!.length} rebuilds, each after another new article: ${rebuildTimes(five)})` : '';
    out.push(`- Rebuild after one new article at 5,000 articles under 10 s: ${number(rebuild.wall, 1)} s${median}, ${mark(rebuild.wall < 10)}.`);
    out.push(
      `- … and under a quarter of our cold build: ${number(rebuild.wall, 1)} s against ${number(cold.wall, 1)} s, ${mark(rebuild.wall < cold.wall / 4)}` +
        (clean ? `; against the clean build (previews cached, ${number(clean.wall, 1)} s), ${mark(rebuild.wall < clean.wall / 4)}.` : '.'),
    );
    if (five.baseline) {
      const base = five.baseline.cold;
      out.push(
        clean
          ? `- Cold build within 1.3 times the baseline: the clean build (previews cached) takes ${times(clean, base)} the baseline's, ${mark(clean.wall <= base.wall * 1.3)}; with every preview image drawn, ${times(cold, base)}.`
          : `- Cold build within 1.3 times the baseline: ${times(cold, base)}, ${mark(cold.wall <= base.wall * 1.3)}.`,
      );
    } else out.push('- Cold build within 1.3 times the baseline: not measured (run without --no-baseline).');
    out.push(`- \`npm run check\` warm under 3 s: ${number(checkWarm.wall, 2)} s, ${mark(checkWarm.wall < 3)}.`);
  } else out.push('- The 5,000-article targets: not measured (run with --sizes 5000).');
  if (large) {
    const ours = large.ours.clean ?? large.ours.cold;
    if (large.baseline) {
      out.push(
        `- Peak memory at 20,000 articles below the baseline's: ${number(ours.peakMB)} MB (${large.ours.clean ? 'clean build' : 'cold build'}; ${number(large.ours.cold.peakMB)} MB with every preview drawn) against ${number(large.baseline.cold.peakMB)} MB, ${mark(ours.peakMB < large.baseline.cold.peakMB)}.`,
      );
    }
    const perPage = (run: Run | undefined) => (run?.pages ? run.wall / run.pages : undefined);
    const perCpu = (run: Run | undefined) => (run?.pages && run.cpu !== undefined ? run.cpu / run.pages : undefined);
    const ratio = (f: (run: Run | undefined) => number | undefined, a: Run | undefined, b: Run | undefined) => {
      const [x, y] = [f(a), f(b)];
      return x !== undefined && y !== undefined ? x / y : undefined;
    };
    if (small && (small.run === undefined || small.run !== large.run)) {
      out.push(
        `- Cost per page at 20,000 within 1.2 times that at 1,000: not compared, as the two sizes were measured in different runs of \`npm run bench\` (the machine's speed varies between runs); \`npm run bench -- --sizes 1000,20000\` measures both in one.`,
      );
    } else if (small) {
      const clean = ratio(perPage, large.ours.clean, small.ours.clean);
      const cleanCpu = ratio(perCpu, large.ours.clean, small.ours.clean);
      const cold = ratio(perPage, large.ours.cold, small.ours.cold);
      const primary = clean ?? cold;
      if (primary !== undefined) {
        out.push(
          `- Cost per page at 20,000 within 1.2 times that at 1,000: ${clean !== undefined ? `clean builds ${number(clean, 2)} times${cleanCpu !== undefined ? ` (${number(cleanCpu, 2)} in CPU time)` : ''}` : ''}` +
            `${cold !== undefined ? `${clean !== undefined ? '; ' : ''}cold builds ${number(cold, 2)} times` : ''}, ${mark(primary <= 1.2)}.`,
        );
      }
    }
  } else out.push('- The 20,000-article targets: not measured (run with --sizes 20000).');
  return out;
}
