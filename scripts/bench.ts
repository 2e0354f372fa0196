/**
 * `npm run bench`: builds our site (cold, then warm) and "the floor" — plain Starlight with the same MDX
 * (scripts/lib/floor.ts) — serves both as a host would (headers from dist/_headers, gzip), and measures both in the
 * same run: what a first visit to every page loads and the bytes before a chapter's first line, the same pages
 * loaded in real Chromium under Lighthouse's mobile profile (median of 5 cold loads, interleaved with the floor),
 * Lighthouse (mobile defaults, median of 5, the two sites interleaved run by run), the Pagefind index and the search
 * speed. Prints both side by side, writes
 * bench-results/latest.json and exits 1 when the budget in scripts/lib/budget.ts is broken: bytes absolute,
 * timings as ratios to the floor (this shared 2-core machine is too noisy for absolute scores).
 *
 *   npm run bench                      everything
 *   npm run bench -- --lighthouse-all  Lighthouse on every page instead of home, chapters and glossary
 *   npm run bench -- --dev             no builds: astro dev on a copy of the project, times a text edit and a diagram edit
 *   npm run bench -- --trace           no builds: traces each chapter of the last built sites (dist/ and the floor's)
 *                                      under the mobile profile and prints their long tasks, by kind of work
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
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
import { filesUnder } from '../src/shared/files.ts';
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
	type SiteRun,
} from './lib/budget.ts';
import { cleanBuild, ROOT, timedBuild } from './lib/build.ts';
import { buildFloor, FLOOR_DIR, writeFloor } from './lib/floor.ts';
import { firstParagraphBytes } from './lib/page-bytes.ts';
import { MOBILE, realBrowserRuns } from './lib/real-browser.ts';
import { describeTasks, traceLongTasks } from './lib/trace.ts';
import { describeDev, measureDev } from './lib/dev-timing.ts';

const DIST = join(ROOT, 'dist');
const FLOOR_DIST = join(FLOOR_DIR, 'dist');
/** At least the 3 the budget asks for; 5 keeps the median steadier on a shared 2-core machine (blocking time varies ±50–100 ms run to run). */
const LIGHTHOUSE_RUNS = 5;
/** Cold loads per page in real Chromium; 5 as for Lighthouse. */
const REAL_BROWSER_RUNS = 5;
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

const dirBytes = (dir: string): number =>
	filesUnder(dir).reduce((sum, path) => sum + statSync(join(dir, path)).size, 0);

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
	await page.locator('dialog[open] .pagefind-ui__search-input').waitFor();
	const timeQuery = (query: string): Promise<number> =>
		page.evaluate(
			async ([q, selector]) => {
				const dialog = document.querySelector('dialog[open]') as HTMLElement;
				const input = dialog.querySelector('.pagefind-ui__search-input') as HTMLInputElement;
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
	await page.locator('dialog[open] .pagefind-ui__search-input').fill('');
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
	fcp: number;
	tbt: number;
	cls: number;
	bi: number;
};

/** One page of one site to run Lighthouse on. */
interface Target {
	site: 'ours' | 'floor';
	origin: string;
	path: string;
}

async function runLighthouse(targets: Target[]): Promise<Map<Target, LighthouseResult>> {
	const chrome = await chromeLauncher.launch({ chromePath: requireChromium(), chromeFlags: [...CHROMIUM_ARGS] });
	const runsByTarget = new Map<Target, LighthouseRun[]>(targets.map((target) => [target, []]));
	try {
		// The first Lighthouse run in a fresh browser is slower whatever the page (the browser's own caches are cold):
		// warm up once and do not count it, so the first page measured is not penalised.
		if (targets[0]) await lighthouseRun(targets[0].origin + targets[0].path, chrome.port);
		// Round by round over all pages of both sites, ours and the floor's same page back to back: a minute in which
		// the machine is busy then costs every page of both sites one run, instead of one page (or one site) its median.
		for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
			for (const target of targets) {
				const lhr = await lighthouseRun(target.origin + target.path, chrome.port);
				const { categories, audits } = lhr;
				const score = (id: string): number => Math.round((categories[id]?.score ?? 0) * 100);
				const value = (id: string): number => audits[id]?.numericValue ?? Number.NaN;
				runsByTarget.get(target)!.push({
					perf: score('performance'),
					a11y: score('accessibility'),
					bp: score('best-practices'),
					seo: score('seo'),
					lcp: value('largest-contentful-paint'),
					fcp: value('first-contentful-paint'),
					tbt: value('total-blocking-time'),
					cls: value('cumulative-layout-shift'),
					bi: lhr.environment.benchmarkIndex,
				});
				const failing = Object.values(audits).filter(
					(audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
				);
				if (failing.length && target.site === 'ours')
					log(`${target.path} run ${run + 1}: failing audits: ${failing.map((audit) => audit.id).join(', ')}`);
			}
			log(`Lighthouse round ${run + 1} of ${LIGHTHOUSE_RUNS}: done`);
		}
	} finally {
		chrome.kill();
	}
	return new Map(
		targets.map((target) => {
			const runs = runsByTarget.get(target)!;
			const pick = (key: keyof LighthouseRun): number => median(runs.map((run) => run[key]));
			const result: LighthouseResult = {
				path: target.path,
				runs: runs.length,
				performance: pick('perf'),
				accessibility: pick('a11y'),
				bestPractices: pick('bp'),
				seo: pick('seo'),
				lcpMs: Math.round(pick('lcp')),
				fcpMs: Math.round(pick('fcp')),
				tbtMs: Math.round(pick('tbt')),
				cls: Math.round(pick('cls') * 1000) / 1000,
				benchmarkIndex: Math.round(pick('bi')),
			};
			return [target, result];
		}),
	);
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

const ratio = (ours: number, floor: number): string => (floor > 0 ? `${(ours / floor).toFixed(2)}×` : '–');

function markdown(report: BenchReport): string {
	const lh = new Map(report.lighthouse.map((result) => [result.path, result]));
	const floorLh = new Map(report.floor.lighthouse.map((result) => [result.path, result]));
	const floorPages = new Map(report.floor.pages.map((page) => [page.path, page]));
	const gz = (page: PageLoad | undefined, ...keys: ('html' | 'css' | 'js')[]): string =>
		page ? kb(keys.reduce((sum, key) => sum + page[key].gzip, 0)) : '–';
	const pair = (ours: string, floor: string | undefined): string => (floor === undefined ? ours : `${ours} / ${floor}`);
	const rows = report.pages.map((page) => {
		const floorPage = floorPages.get(page.path);
		const l = lh.get(page.path);
		const f = floorLh.get(page.path);
		const lighthouseCells = l
			? [
					pair(String(l.performance), f && String(f.performance)),
					pair(String(l.lcpMs), f && `${f.lcpMs} (${ratio(l.lcpMs, f.lcpMs)})`),
					pair(String(l.fcpMs), f && String(f.fcpMs)),
					pair(String(l.tbtMs), f && String(f.tbtMs)),
					pair(String(l.cls), f && String(f.cls)),
					`${l.accessibility} / ${l.bestPractices} / ${l.seo}`,
				]
			: ['–', '–', '–', '–', '–', '–'];
		return `| ${page.path}${page.chapter ? ' (ch.)' : ''} | ${pair(gz(page, 'html', 'css'), floorPage && gz(floorPage, 'html', 'css'))} | ${pair(gz(page, 'js'), floorPage && gz(floorPage, 'js'))} | ${page.requests}${floorPage ? ` / ${floorPage.requests}` : ''} | ${page.thirdParty.length} | ${lighthouseCells.join(' | ')} |`;
	});
	const { floor } = report;
	const floorReal = new Map(floor.realBrowser.map((result) => [result.path, result]));
	const firstLine = (page: PageLoad | undefined): string | undefined =>
		page?.firstParagraph &&
		`${kb(page.firstParagraph.total)} (${kb(page.firstParagraph.html)} + ${kb(page.firstParagraph.css)})`;
	const realRows = report.realBrowser.map((r) => {
		const f = floorReal.get(r.path);
		const page = report.pages.find((candidate) => candidate.path === r.path);
		return `| ${r.path}${page?.chapter ? ' (ch.)' : ''} | ${pair(String(r.fcpMs), f && String(f.fcpMs))} | ${pair(String(r.lcpMs), f && `${f.lcpMs} (${ratio(r.lcpMs, f.lcpMs)})`)} | ${pair(String(r.loadMs), f && String(f.loadMs))} | ${pair(String(r.blockingMs), f && String(f.blockingMs))} | ${firstLine(page) === undefined ? '–' : pair(firstLine(page)!, firstLine(floorPages.get(r.path)))} |`;
	});
	return [
		"Ours / the floor (plain Starlight 0.42, same MDX), measured in the same run. KB gzip. JS = the page's own scripts;",
		"Pagefind's search UI loads only when the reader goes to search and is not counted. Lighthouse: mobile, median of 5.",
		'',
		'| page | HTML+CSS | JS | requests | 3rd-party | perf | LCP ms (ratio) | FCP ms | TBT ms | CLS | a11y / BP / SEO |',
		'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
		...rows,
		'',
		`Real Chromium with Lighthouse's mobile profile applied (${MOBILE.rttMs} ms RTT, ${(MOBILE.throughputKbps / 1024).toFixed(1)} Mbps down, ` +
			`${MOBILE.cpuSlowdownMultiplier}× CPU), empty cache, median of ${REAL_BROWSER_RUNS} loads interleaved with the floor. Blocking = long`,
		'tasks beyond 50 ms after first paint. First line = KB gzip of the HTML up to the first paragraph + render-blocking CSS.',
		'',
		'| page | FCP ms | LCP ms (ratio) | load ms | blocking ms | first line KB (HTML + CSS) |',
		'| --- | --- | --- | --- | --- | --- |',
		...realRows,
		'',
		`Build, cold / warm: ours ${report.coldBuildSeconds} / ${report.warmBuildSeconds} s, floor ${floor.coldBuildSeconds} / ${floor.warmBuildSeconds} s · ` +
			`Pagefind index: ours ${kb(report.pagefindBytes)} KB, floor ${kb(floor.pagefindBytes)} KB`,
		`Search (4× CPU), last keystroke to first result: ours ${report.searchMs.first} ms (next ${report.searchMs.next} ms), ` +
			`floor ${floor.searchMs.first} ms (next ${floor.searchMs.next} ms)`,
		...machineSpeed([...report.lighthouse, ...floor.lighthouse]),
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

/** Bytes and requests of every page of a site, and its search timing. */
async function measureSite(
	browser: Browser,
	origin: string,
	dist: string,
	chapters: Set<string>,
	queries: [string, string],
) {
	const pages: PageLoad[] = [];
	for (const path of htmlFiles(dist).map(fileToUrlPath))
		pages.push(await measurePage(browser, origin, path, chapters.has(path)));
	for (const built of builtPages(dist)) {
		const page = pages.find((candidate) => candidate.path === built.path);
		if (page?.chapter) page.firstParagraph = firstParagraphBytes(dist, built);
	}
	return {
		pages,
		searchMs: await searchTiming(browser, origin, queries),
		pagefindBytes: dirBytes(join(dist, 'pagefind')),
	};
}

/** `--trace`: the long tasks of every chapter on both sites, from the last builds; one cold load per page and site. */
async function traceChapters(): Promise<void> {
	const [port, floorPort] = [await freePort(), await freePort()];
	const servers = [
		await serveDist(DIST, { port, gzip: true }),
		await serveDist(FLOOR_DIST, { port: floorPort, gzip: true, rules: [] }),
	];
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		for (const chapter of readChapterPages()) {
			for (const [site, origin] of [
				['ours', `http://127.0.0.1:${port}`],
				['floor', `http://127.0.0.1:${floorPort}`],
			] as const) {
				const tasks = await traceLongTasks(browser, origin + chapter.path);
				const blocking = tasks.reduce((sum, task) => sum + Math.max(0, task.durationMs - 50), 0);
				console.log(
					`${chapter.path} (${site}): ${tasks.length} long tasks, ${blocking} ms over 50 ms\n${describeTasks(tasks)}`,
				);
			}
		}
	} finally {
		await browser.close();
		await Promise.all(servers.map((server) => server.close()));
	}
}

async function main(): Promise<void> {
	if (args.has('--trace')) return traceChapters();
	if (args.has('--dev')) {
		const browser = await chromium.launch(chromiumLaunchOptions());
		try {
			console.log(describeDev(await measureDev(browser, await freePort(), log)));
		} finally {
			await browser.close();
		}
		return;
	}
	const [port, floorPort] = [await freePort(), await freePort()];
	const origin = `http://127.0.0.1:${port}`;
	const floorOrigin = `http://127.0.0.1:${floorPort}`;
	log('cold build (dist and caches removed)…');
	const coldBuildSeconds = cleanBuild({ SITE_URL: origin });
	log(`cold build: ${coldBuildSeconds} s; warm build (nothing changed)…`);
	const warmBuildSeconds = timedBuild({ SITE_URL: origin });
	log(`warm build: ${warmBuildSeconds} s; the floor (plain Starlight, same MDX), cold and warm…`);
	const floorPaths = writeFloor();
	const floorBuild = {
		coldBuildSeconds: buildFloor({ SITE_URL: floorOrigin }),
		warmBuildSeconds: buildFloor({ SITE_URL: floorOrigin }, { clean: false }),
	};
	log(`floor: ${floorBuild.coldBuildSeconds} s cold, ${floorBuild.warmBuildSeconds} s warm`);
	const server = await serveDist(DIST, { port, gzip: true });
	// Plain Starlight writes no header file: served with none, as a host would.
	const floorServer = await serveDist(FLOOR_DIST, { port: floorPort, gzip: true, rules: [] });
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		const chapters = new Set(readChapterPages().map((chapter) => chapter.path));
		const queries = searchQueries();
		const ours = await measureSite(browser, origin, DIST, chapters, queries);
		const floorMeasured = await measureSite(browser, floorOrigin, FLOOR_DIST, chapters, queries);
		log(`measured ${ours.pages.length} pages of ours, ${floorMeasured.pages.length} of the floor`);
		const paths = ours.pages.map((page) => page.path);
		const representative = args.has('--lighthouse-all')
			? paths
			: paths.filter((path) => path === '/' || chapters.has(path) || path === GLOSSARY_PATH);
		const targets: Target[] = representative.flatMap((path) => [
			{ site: 'ours' as const, origin, path },
			...(floorPaths.includes(path) ? [{ site: 'floor' as const, origin: floorOrigin, path }] : []),
		]);
		log(`real Chromium, mobile profile, ${REAL_BROWSER_RUNS} cold loads each, interleaved with the floor`);
		const real = await realBrowserRuns(
			browser,
			targets.map((target) => ({ ...target, url: target.origin + target.path })),
			REAL_BROWSER_RUNS,
			log,
		);
		const realOf = (site: Target['site']) => [...real].filter(([target]) => target.site === site).map(([, r]) => r);
		// Lighthouse gets the machine to itself.
		await browser.close();
		log(`Lighthouse, ${LIGHTHOUSE_RUNS} runs each, interleaved with the floor, on ${representative.join(' ')}`);
		const results = await runLighthouse(targets);
		const lighthouseOf = (site: Target['site']): LighthouseResult[] =>
			targets.filter((target) => target.site === site).map((target) => results.get(target)!);
		const floor: SiteRun = {
			...floorBuild,
			...floorMeasured,
			lighthouse: lighthouseOf('floor'),
			realBrowser: realOf('floor'),
		};
		const report: BenchReport = {
			coldBuildSeconds,
			warmBuildSeconds,
			...ours,
			lighthouse: lighthouseOf('ours'),
			realBrowser: realOf('ours'),
			floor,
		};
		const failures = evaluateBudget(report, BUDGET);
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
		await Promise.all([server.close(), floorServer.close()]);
	}
}

await main();
