/**
 * Lighthouse on the advisor's My day page (/advisor/day), mobile preset (Lighthouse's default:
 * a mid-range phone on slow 4G, simulated throttling), in Debian's Chromium. Starts the real
 * API on an embedded database with the demo data, serving the production build (built first
 * if missing, or with --build), signs in as a demo advisor and audits the page with that
 * session. Runs three times (--runs N) and reports the run with the median performance
 * score; exits non-zero when performance < 90 or accessibility < 100, listing what failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createServer, loadConfig } from '@doorstep/api';
import { createDatabase } from '@doorstep/db';
import { launch } from 'chrome-launcher';
import lighthouse, { generateReport, type Result } from 'lighthouse';
import { chromiumArgs, findChromium } from '../e2e/chromium';
import { readBuild } from './vite-manifest';

const MY_DAY = '/advisor/day';
const DAY_FOLDER = 'src/features/appointments/day/';
const ADVISOR = { email: 'advisor.huyton@doorstep.example', password: 'doorstep-demo' };
const MIN_PERFORMANCE = 90;
const MIN_ACCESSIBILITY = 100;

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    build: { type: 'boolean', default: false },
    // Where to keep the median run's full report (.html or .json), to see what an audit found.
    report: { type: 'string' },
  },
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error('--runs must be a whole number, 1 or more');

const webDir = path.resolve(import.meta.dirname, '..');
const webDist = path.join(webDir, 'dist');
if (options.build || !existsSync(path.join(webDist, '.vite/manifest.json'))) {
  console.log('Building the web app (vite build)...');
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: webDir,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const chromePath = findChromium();
if (!chromePath)
  throw new Error('No Chromium found: apt-get install -y chromium, or set CHROMIUM_PATH.');

// The page exists once the build has a lazy route chunk under day/; until then, the home page.
const hasMyDay = readBuild()
  .lazyImports('index.html')
  .some((key) => key.startsWith(DAY_FOLDER));
const target = hasMyDay ? MY_DAY : '/';
if (!hasMyDay)
  console.log(
    `NOTE: ${MY_DAY} is not in this build yet (no chunk under ${DAY_FOLDER}); auditing / instead.`,
  );

const database = await createDatabase({ dataDir: 'memory://' });
const server = await createServer(
  {
    ...loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      LINK_SECRET: 'doorstep-lighthouse-link-secret-0123456789',
      OUTBOX_WORKER: 'false',
    }),
    webDist,
    demoData: true,
  },
  { database },
);
const baseUrl = await server.start();
const chrome = await launch({ chromePath, chromeFlags: chromiumArgs, logLevel: 'error' });

try {
  const cookie = await signIn(baseUrl);
  const results: Result[] = [];
  for (let run = 1; run <= runs; run++) {
    const result = await lighthouse(`${baseUrl}${target}`, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      extraHeaders: { cookie },
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    if (result.lhr.runtimeError)
      throw new Error(`Lighthouse could not audit: ${result.lhr.runtimeError.message}`);
    if (!new URL(result.lhr.finalDisplayedUrl).pathname.startsWith(target))
      throw new Error(`Lighthouse ended on ${result.lhr.finalDisplayedUrl}: was the sign-in lost?`);
    results.push(result.lhr);
    // Lighthouse scales the CPU time it observes: a busy machine lowers the score.
    console.log(`run ${run}: ${figures(result.lhr)} load_1min=${loadavg()[0]?.toFixed(2)}`);
  }
  const median = [...results].sort((a, b) => score(a, 'performance') - score(b, 'performance'))[
    Math.floor(results.length / 2)
  ] as Result;
  const load = loadavg().map((value) => value.toFixed(2));
  console.log(
    `lighthouse_my_day url=${target} median_of=${runs} ${figures(median)} load_average=${load.join(',')}`,
  );

  if (options.report) {
    await writeFile(
      options.report,
      generateReport(median, options.report.endsWith('.json') ? 'json' : 'html'),
    );
    console.log(`Report of the median run: ${options.report}`);
  }

  const failed: string[] = [];
  if (score(median, 'performance') < MIN_PERFORMANCE) {
    failed.push(`performance ${score(median, 'performance')} < ${MIN_PERFORMANCE}`);
    printFailing(median, 'performance');
  }
  if (score(median, 'accessibility') < MIN_ACCESSIBILITY) {
    failed.push(`accessibility ${score(median, 'accessibility')} < ${MIN_ACCESSIBILITY}`);
    printFailing(median, 'accessibility');
  }
  if (failed.length > 0) {
    console.error(`Below target on ${target}: ${failed.join(', ')}.`);
    process.exitCode = 1;
  }
} finally {
  chrome.kill();
  await server.stop();
  await database.close();
}

/** Signs in over HTTP, as the sign-in page does, and returns the session cookie. */
async function signIn(base: string): Promise<string> {
  const response = await fetch(`${base}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-doorstep-request': '1' },
    body: JSON.stringify(ADVISOR),
  });
  if (!response.ok)
    throw new Error(`Sign-in failed: HTTP ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
}

function score(result: Result, category: string): number {
  return Math.round((result.categories[category]?.score ?? 0) * 100);
}

function numeric(result: Result, audit: string): number {
  return result.audits[audit]?.numericValue ?? Number.NaN;
}

/** Bytes of JavaScript transferred, from the resource summary. */
function scriptKb(result: Result): number {
  const scripts = items(result, 'resource-summary').find((item) => item.resourceType === 'script');
  return Number(scripts?.transferSize ?? 0) / 1024;
}

/** The table rows of an audit's details, when it has any. */
function items(result: Result, audit: string): Record<string, unknown>[] {
  const details = result.audits[audit]?.details;
  return details && 'items' in details ? (details.items as Record<string, unknown>[]) : [];
}

function figures(result: Result): string {
  return [
    `performance=${score(result, 'performance')}`,
    `accessibility=${score(result, 'accessibility')}`,
    `best_practices=${score(result, 'best-practices')}`,
    `fcp_ms=${numeric(result, 'first-contentful-paint').toFixed(0)}`,
    `lcp_ms=${numeric(result, 'largest-contentful-paint').toFixed(0)}`,
    `tbt_ms=${numeric(result, 'total-blocking-time').toFixed(0)}`,
    `cls=${numeric(result, 'cumulative-layout-shift').toFixed(3)}`,
    `js_transfer_kb=${scriptKb(result).toFixed(1)}`,
  ].join(' ');
}

/** The audits of a category that did not pass, with the elements they name. */
function printFailing(result: Result, category: string) {
  console.error(`Failing ${category} audits:`);
  for (const ref of result.categories[category]?.auditRefs ?? []) {
    const audit = result.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 0.9) continue;
    if (category === 'performance' && ref.weight === 0 && !audit.displayValue) continue;
    console.error(
      `- ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
    );
    for (const item of items(result, ref.id).slice(0, 10)) {
      const node = item.node as
        | { selector?: string; snippet?: string; explanation?: string }
        | undefined;
      const where = node?.selector ?? item.url ?? '';
      const shift = typeof item.score === 'number' ? `shift ${item.score.toFixed(3)}` : '';
      const why = node?.explanation?.split('\n').join(' ') ?? shift;
      if (where || why) console.error(`    ${where} ${why}`.trimEnd());
    }
  }
}
