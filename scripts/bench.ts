/**
 * `npm run bench`: cold-builds the site, serves dist/ as a host would (headers from dist/_headers, gzip), and
 * measures in Chromium what a first visit to every page loads, Lighthouse scores (mobile defaults, median of 5)
 * on a representative set of pages, the Pagefind index and the search speed. Prints a Markdown table, writes
 * bench-results/latest.json and exits 1 when the budget in scripts/lib/budget.ts is broken.
 *
 *   npm run bench                      everything
 *   npm run bench -- --lighthouse-all  Lighthouse on every page instead of home, chapters and glossary
 *   npm run bench -- --no-build        measure the existing dist/ (cold build time then reported as 0 and not judged)
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumLaunchOptions, requireChromium } from '../src/shared/browser.ts';
import { readChapterPages } from '../src/shared/chapter-pages.ts';
import { GLOSSARY_PATH } from '../src/shared/urls.ts';
import { toString } from 'hast-util-to-string';
import { loadGlossary } from '../src/glossary/data.ts';
import { builtPages, fileToUrlPath, htmlFiles } from '../src/shared/dist.ts';
import { serveDist } from '../tests/lib/static-server.ts';
import {
	BUDGET,
	classifyResource,
	describeFailure,
	evaluateBudget,
	median,
	type BenchReport,
	type Bytes,
	type LighthouseResult,
	type PageLoad,
} from './lib/budget.ts';
import { cleanBuild, ROOT } from './lib/build.ts';

const DIST = join(ROOT, 'dist');
/** At least the 3 the budget asks for; 5 keeps the median steadier on a shared 2-core machine (blocking time varies ±50–100 ms run to run). */
const LIGHTHOUSE_RUNS = 5;
/** Result links of Pagefind's default UI (what Starlight's search dialog shows). */
const RESULT_SELECTOR = '.pagefind-ui__result-link';

const args = new Set(process.argv.slice(2));
const log = (message: string): void => console.error(`bench: ${message}`);

/** A port nobody uses right now, so the build can know the URL it will be served from (canonical links). */
async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

function dirBytes(dir: string): number {
	if (!existsSync(dir)) return 0;
	return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
		const full = join(dir, entry.name);
		return sum + (entry.isDirectory() ? dirBytes(full) : statSync(full).size);
	}, 0);
}

const add = (a: Bytes, body: Buffer): Bytes => ({ raw: a.raw + body.length, gzip: a.gzip + gzipSync(body).length });

/** Everything a first visit (empty cache) loads until the network is idle; the search is not opened. */
async function measurePage(browser: Browser, origin: string, path: string, chapter: boolean): Promise<PageLoad> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	const zero = (): Bytes => ({ raw: 0, gzip: 0 });
	const load: PageLoad = {
		path,
		chapter,
		html: zero(),
		css: zero(),
		js: zero(),
		searchJs: zero(),
		other: zero(),
		requests: 0,
		thirdParty: [],
	};
	const pending: Promise<void>[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		load.requests += 1;
		if (url.origin !== origin) load.thirdParty.push(url.href);
	});
	page.on('response', (response) => {
		const url = new URL(response.url());
		if (url.origin !== origin) return;
		const key = classifyResource(url.pathname, response.request().resourceType());
		pending.push(
			response
				.body()
				.then((body) => {
					load[key] = add(load[key], body);
				})
				.catch(() => undefined),
		);
	});
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	await Promise.all(pending);
	await context.close();
	return load;
}

/** ms from putting a query in the search box to the first result, with the CPU slowed down 4×. */
async function searchTiming(
	browser: Browser,
	origin: string,
	queries: [string, string],
): Promise<BenchReport['searchMs']> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.goto(origin + '/', { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await page.locator('dialog[open] input').waitFor();
	const timeQuery = (query: string): Promise<number> =>
		page.evaluate(
			async ([q, selector]) => {
				const dialog = document.querySelector('dialog[open]') as HTMLElement;
				const input = dialog.querySelector('input') as HTMLInputElement;
				const started = performance.now();
				await new Promise<void>((resolve, reject) => {
					const timer = setTimeout(() => reject(new Error(`no results for "${q}" within 20 s`)), 20_000);
					const observer = new MutationObserver(() => {
						const first = dialog.querySelector(selector);
						if (first && first.textContent && dialog.textContent?.toLowerCase().includes(q.toLowerCase())) {
							observer.disconnect();
							clearTimeout(timer);
							resolve();
						}
					});
					observer.observe(dialog, { childList: true, subtree: true, characterData: true });
					input.value = q;
					input.dispatchEvent(new Event('input', { bubbles: true }));
				});
				return Math.round(performance.now() - started);
			},
			[query, RESULT_SELECTOR] as const,
		);
	const first = await timeQuery(queries[0]);
	// Empty the box so the next timing starts from no results, as when a student types a new word.
	await page.locator('dialog[open] input').fill('');
	await page.waitForFunction((selector) => !document.querySelector(`dialog[open] ${selector}`), RESULT_SELECTOR);
	const next = await timeQuery(queries[1]);
	await context.close();
	return { first, next };
}

/**
 * Two words to search for: first words of glossary terms (the glossary is the term source) that occur in the
 * built pages, so each query has results.
 */
function searchQueries(): [string, string] {
	const text = builtPages(DIST)
		.map((page) => toString(page.tree))
		.join(' ')
		.toLowerCase();
	const words = loadGlossary()
		.map((term) => term.term.split(/\s+/)[0] ?? '')
		.filter((word) => word.length >= 4 && text.includes(word.toLowerCase()));
	const [first, second] = [...new Set(words)];
	if (!first)
		throw new Error('No glossary term occurs in the built pages, so there is nothing to time the search with.');
	return [first, second ?? first];
}

/**
 * One Lighthouse run; a trace-recording error (e.g. NO_NAVSTART on an overloaded machine) is retried twice
 * instead of throwing away the runs already made.
 */
async function lighthouseRun(
	url: string,
	port: number,
	attempt = 1,
): Promise<NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { runtimeError } = result.lhr;
	if (!runtimeError) return result.lhr;
	if (attempt < 3) {
		log(`Lighthouse on ${url}: ${runtimeError.code}, trying again`);
		return lighthouseRun(url, port, attempt + 1);
	}
	throw new Error(`Lighthouse on ${url}: ${runtimeError.code} ${runtimeError.message}`);
}

type LighthouseRun = {
	perf: number;
	a11y: number;
	bp: number;
	seo: number;
	lcp: number;
	tbt: number;
	cls: number;
	bi: number;
};

async function runLighthouse(origin: string, paths: string[]): Promise<LighthouseResult[]> {
	const chrome = await chromeLauncher.launch({ chromePath: requireChromium(), chromeFlags: [...CHROMIUM_ARGS] });
	const runsByPath = new Map<string, LighthouseRun[]>(paths.map((path) => [path, []]));
	try {
		// The first Lighthouse run in a fresh browser is slower whatever the page (the browser's own caches are cold):
		// warm up once and do not count it, so the first page measured is not penalised.
		if (paths[0]) await lighthouseRun(origin + paths[0], chrome.port);
		// Round by round over all pages rather than page by page: a minute in which the machine is busy then costs
		// every page one run, instead of costing one page its median.
		for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
			for (const path of paths) {
				const lhr = await lighthouseRun(origin + path, chrome.port);
				const { categories, audits } = lhr;
				const score = (id: string): number => Math.round((categories[id]?.score ?? 0) * 100);
				const value = (id: string): number => audits[id]?.numericValue ?? Number.NaN;
				runsByPath.get(path)!.push({
					perf: score('performance'),
					a11y: score('accessibility'),
					bp: score('best-practices'),
					seo: score('seo'),
					lcp: value('largest-contentful-paint'),
					tbt: value('total-blocking-time'),
					cls: value('cumulative-layout-shift'),
					bi: lhr.environment.benchmarkIndex,
				});
				const failing = Object.values(audits).filter(
					(audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
				);
				if (failing.length)
					log(`${path} run ${run + 1}: failing audits: ${failing.map((audit) => audit.id).join(', ')}`);
			}
			log(`Lighthouse round ${run + 1} of ${LIGHTHOUSE_RUNS}: done`);
		}
	} finally {
		chrome.kill();
	}
	return paths.map((path) => {
		const runs = runsByPath.get(path)!;
		const pick = (key: keyof LighthouseRun): number => median(runs.map((run) => run[key]));
		return {
			path,
			runs: runs.length,
			performance: pick('perf'),
			accessibility: pick('a11y'),
			bestPractices: pick('bp'),
			seo: pick('seo'),
			lcpMs: Math.round(pick('lcp')),
			tbtMs: Math.round(pick('tbt')),
			cls: Math.round(pick('cls') * 1000) / 1000,
			benchmarkIndex: Math.round(pick('bi')),
		};
	});
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

function markdown(report: BenchReport): string {
	const lh = new Map(report.lighthouse.map((result) => [result.path, result]));
	const rows = report.pages.map((page) => {
		const l = lh.get(page.path);
		const scores = l ? `${l.performance} / ${l.accessibility} / ${l.bestPractices} / ${l.seo}` : '–';
		const vitals = l ? `${l.lcpMs} / ${l.tbtMs} / ${l.cls}` : '–';
		const pair = (bytes: Bytes): string => `${kb(bytes.raw)} / ${kb(bytes.gzip)}`;
		const total = page.html.gzip + page.css.gzip + page.js.gzip + page.searchJs.gzip + page.other.gzip;
		return `| ${page.path}${page.chapter ? ' (ch.)' : ''} | ${pair(page.html)} | ${pair(page.css)} | ${pair(page.js)} | ${pair(page.searchJs)} | ${pair(page.other)} | ${kb(page.html.gzip + page.css.gzip)} | ${kb(total)} | ${page.requests} | ${page.thirdParty.length} | ${scores} | ${vitals} |`;
	});
	return [
		"KB, raw / gzip. JS = the page's own scripts (budgeted); search JS = Pagefind's UI, loaded only when the reader goes to search (so 0 on a first visit).",
		'',
		'| page | HTML | CSS | JS | search JS | other | HTML+CSS gz | total gz | requests | 3rd-party | Lighthouse perf / a11y / BP / SEO | LCP ms / TBT ms / CLS |',
		'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
		...rows,
		'',
		`Cold build: ${report.coldBuildSeconds} s · Pagefind index: ${kb(report.pagefindBytes)} KB · ` +
			`search (4× CPU throttling), query to first result: first ${report.searchMs.first} ms, next ${report.searchMs.next} ms`,
		...machineSpeed(report.lighthouse),
	].join('\n');
}

/**
 * Lighthouse scales the work it saw by 4× (layout tasks 2×), so blocking time follows the machine's speed during the
 * run; print it so two tables can be compared fairly. Higher is faster.
 */
function machineSpeed(results: LighthouseResult[]): string[] {
	const indexes = results.map((result) => result.benchmarkIndex).filter(Number.isFinite);
	if (!indexes.length) return [];
	return [
		`Machine speed during Lighthouse (its benchmarkIndex, higher is faster): ${Math.min(...indexes)}–${Math.max(...indexes)}`,
	];
}

async function main(): Promise<void> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	let coldBuildSeconds = 0;
	if (args.has('--no-build')) log('measuring the existing dist/ (no cold build)');
	else {
		log('cold build (dist and caches removed)…');
		coldBuildSeconds = cleanBuild({ SITE_URL: origin });
		log(`cold build: ${coldBuildSeconds} s`);
	}
	const server = await serveDist(DIST, { port, gzip: true });
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		const chapters = new Set(readChapterPages().map((chapter) => chapter.path));
		const paths = htmlFiles(DIST).map(fileToUrlPath);
		const pages: PageLoad[] = [];
		for (const path of paths) pages.push(await measurePage(browser, origin, path, chapters.has(path)));
		log(`measured ${pages.length} pages`);
		const searchMs = await searchTiming(browser, origin, searchQueries());
		// Lighthouse gets the machine to itself.
		await browser.close();
		const representative = args.has('--lighthouse-all')
			? paths
			: paths.filter((path) => path === '/' || chapters.has(path) || path === GLOSSARY_PATH);
		log(`Lighthouse, ${LIGHTHOUSE_RUNS} runs each, on ${representative.join(' ')}`);
		const report: BenchReport = {
			coldBuildSeconds,
			pagefindBytes: dirBytes(join(DIST, 'pagefind')),
			searchMs,
			pages,
			lighthouse: await runLighthouse(origin, representative),
		};
		const budget = args.has('--no-build') ? { ...BUDGET, coldBuildSecondsMax: Number.POSITIVE_INFINITY } : BUDGET;
		const failures = evaluateBudget(report, budget);
		mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
		writeFileSync(
			join(ROOT, 'bench-results', 'latest.json'),
			JSON.stringify({ date: new Date().toISOString(), budget: BUDGET, report, failures }, null, 2) + '\n',
		);
		console.log(markdown(report));
		if (failures.length) {
			console.log(`\nOver budget:\n${failures.map((failure) => `- ${describeFailure(failure)}`).join('\n')}`);
			process.exitCode = 1;
		} else {
			console.log('\nWithin budget.');
		}
	} finally {
		await browser.close();
		await server.close();
	}
}

await main();
