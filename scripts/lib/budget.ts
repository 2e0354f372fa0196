/**
 * The performance budget and its evaluation: the one place that says what "fast enough" means for this site.
 * `npm run bench` measures (scripts/bench.ts); this module only compares numbers with limits (unit tested).
 */

export interface Bytes {
	raw: number;
	gzip: number;
}

/** What a first visit to one page loads, before the search is opened. */
export interface PageLoad {
	path: string;
	/** Chapter pages carry the strictest JS budget. */
	chapter: boolean;
	html: Bytes;
	css: Bytes;
	/** JS of the page itself: what the JS budget counts. */
	js: Bytes;
	/** Pagefind's search UI; fetched only once the reader goes to search (src/search/Search.astro), so 0 here. */
	searchJs: Bytes;
	other: Bytes;
	requests: number;
	/** URLs of requests to any host other than the site itself. */
	thirdParty: string[];
	/**
	 * Chapter pages: gzip bytes before the first line can show (scripts/lib/page-bytes.ts): the HTML up to the end of
	 * the first paragraph in `<main>`, and the render-blocking CSS.
	 */
	firstParagraph?: FirstParagraphBytes;
}

export interface FirstParagraphBytes {
	html: number;
	css: number;
	total: number;
}

/** Real Chromium under Lighthouse's mobile profile (scripts/lib/real-browser.ts): medians per page, ms. */
export interface RealBrowserResult {
	path: string;
	runs: number;
	fcpMs: number;
	lcpMs: number;
	loadMs: number;
	/** Long tasks' time beyond 50 ms after first paint: the real-browser counterpart of Lighthouse's TBT. */
	blockingMs: number;
}

/** Medians of the Lighthouse runs for one page; scores 0–100, times in ms. */
export type ResourceKind = 'html' | 'css' | 'js' | 'searchJs' | 'other';

/**
 * Search UI scripts: Pagefind's own files and the bundle Vite makes of Pagefind's default UI (`ui-core`).
 * They do not count as page JS: a bare Starlight page is 8.4 KB of page JS plus this search UI.
 */
const SEARCH_JS = [/^\/pagefind\//, /^\/_astro\/ui-core\.[\w-]+\.js$/];

/** Whether a script (by URL path) belongs to the search UI rather than to the page. */
export const isSearchJs = (path: string): boolean => SEARCH_JS.some((pattern) => pattern.test(path));

/** Which budget bucket a loaded resource falls in, from its URL path and Chromium's resource type. */
export function classifyResource(path: string, resourceType: string): ResourceKind {
	if (resourceType === 'document') return 'html';
	if (resourceType === 'stylesheet') return 'css';
	if (resourceType === 'script') return isSearchJs(path) ? 'searchJs' : 'js';
	return 'other';
}

export interface LighthouseResult {
	path: string;
	runs: number;
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	lcpMs: number;
	fcpMs: number;
	tbtMs: number;
	cls: number;
	/**
	 * Lighthouse's measure of how fast this machine was during the runs (median); its simulated throttling scales what
	 * it observed, so a busy or slower machine reports more blocking time for the same page.
	 */
	benchmarkIndex: number;
}

/** What the bench measures of one site: ours, or the floor (plain Starlight with the same MDX). */
export interface SiteRun {
	coldBuildSeconds: number;
	/** A second build with nothing changed (caches kept). */
	warmBuildSeconds: number;
	pagefindBytes: number;
	/** Time from the last keystroke to the first result, with 4× CPU throttling; first query and a later one. */
	searchMs: { first: number; next: number };
	pages: PageLoad[];
	lighthouse: LighthouseResult[];
	realBrowser: RealBrowserResult[];
}

/** Our site, and the floor measured in the same run (interleaved), so the machine's noise hits both alike. */
export interface BenchReport extends SiteRun {
	floor: SiteRun;
}

export interface Budget {
	/** Accessibility, best practices and SEO: deterministic audits, so an absolute score. */
	lighthouseMinScore: number;
	/** Lighthouse performance on a page: at least the floor's on the same page in the same run. */
	performanceBelowFloorMax: number;
	/** Chapter LCP median over the floor's; 1 = not later than plain Starlight. */
	chapterLcpRatioMax: number;
	/** The same for LCP in real Chromium under the mobile profile. */
	chapterRealLcpRatioMax: number;
	/** Bytes before a chapter's first line: at most the floor's on the same page plus this. */
	firstParagraphOverFloorMaxBytes: number;
	/** The same bytes, absolute (also held by the byte-budget test over dist/). */
	firstParagraphGzipMax: number;
	/** Total blocking time median: at most the floor's plus this many ms (it is 0–80 ms of noise per run here). */
	tbtOverFloorMaxMs: number;
	/** Last keystroke to first result, 4× CPU slowdown. */
	searchFirstResultMsMax: number;
	chapterJsGzipMax: number;
	htmlCssGzipMax: number;
	/** Pages that hold more than one chapter get their own HTML + CSS limit. */
	htmlCssGzipMaxByPath: Readonly<Record<string, number>>;
	thirdPartyMax: number;
	coldBuildSecondsMax: number;
	/** A rebuild with nothing changed: at most the floor's cold build times this. */
	warmBuildOverFloorColdMax: number;
}

export const BUDGET: Readonly<Budget> = {
	lighthouseMinScore: 100,
	performanceBelowFloorMax: 0,
	chapterLcpRatioMax: 1,
	chapterRealLcpRatioMax: 1,
	firstParagraphOverFloorMaxBytes: 1024,
	// HTML up to a chapter's first paragraph plus the render-blocking CSS: 22.4 KB now, the floor's 17.6–17.8 KB.
	firstParagraphGzipMax: 23 * 1024,
	tbtOverFloorMaxMs: 25,
	searchFirstResultMsMax: 150,
	// A bare Starlight page loads 8.4 KB; client-side Mermaid alone would add ~205 KB.
	chapterJsGzipMax: 10 * 1024,
	// HTML + CSS of any page, build-time diagrams (inline SVG) included.
	htmlCssGzipMax: 45 * 1024,
	// The whole summary holds every chapter with its diagrams.
	htmlCssGzipMaxByPath: { '/hele-samenvatting/': 75 * 1024 },
	thirdPartyMax: 0,
	// The whole site (diagrams, search index, PDFs) from clean, on a 2-core machine.
	coldBuildSecondsMax: 30,
	warmBuildOverFloorColdMax: 1,
};

export interface BudgetFailure {
	/** Page path, or "site" for whole-site numbers. */
	where: string;
	what: string;
	actual: number;
	limit: number;
	/** "max": actual must not exceed limit; "min": actual must reach it (scores). */
	kind: 'max' | 'min';
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Every way the report breaks the budget; empty when it is within. */
export function evaluateBudget(report: BenchReport, budget: Budget = BUDGET): BudgetFailure[] {
	const failures: BudgetFailure[] = [];
	const fail = (where: string, what: string, actual: number, limit: number, kind: 'max' | 'min' = 'max'): void => {
		failures.push({ where, what, actual, limit, kind });
	};
	const atMost = (where: string, what: string, actual: number, limit: number): void => {
		if (actual > limit) fail(where, what, actual, limit);
	};
	atMost('site', 'cold build seconds', report.coldBuildSeconds, budget.coldBuildSecondsMax);
	atMost(
		'site',
		'warm build seconds',
		report.warmBuildSeconds,
		report.floor.coldBuildSeconds * budget.warmBuildOverFloorColdMax,
	);
	atMost('site', 'search first result ms', report.searchMs.first, budget.searchFirstResultMsMax);
	if (report.pages.length === 0) fail('site', 'pages measured', 0, 1, 'min');
	for (const page of report.pages) {
		const htmlCss = page.html.gzip + page.css.gzip;
		atMost(page.path, 'HTML+CSS gzip bytes', htmlCss, budget.htmlCssGzipMaxByPath[page.path] ?? budget.htmlCssGzipMax);
		if (page.chapter) atMost(page.path, 'JS gzip bytes (chapter)', page.js.gzip, budget.chapterJsGzipMax);
		atMost(page.path, 'third-party requests', page.thirdParty.length, budget.thirdPartyMax);
	}
	const floorPages = new Map(report.floor.pages.map((page) => [page.path, page]));
	for (const page of report.pages) {
		if (!page.firstParagraph) continue;
		atMost(page.path, 'first-paragraph gzip bytes', page.firstParagraph.total, budget.firstParagraphGzipMax);
		const floor = floorPages.get(page.path)?.firstParagraph;
		if (floor)
			atMost(
				page.path,
				`first-paragraph gzip bytes (floor + ${budget.firstParagraphOverFloorMaxBytes / 1024} KB)`,
				page.firstParagraph.total,
				floor.total + budget.firstParagraphOverFloorMaxBytes,
			);
	}
	const chapters = new Set(report.pages.filter((page) => page.chapter).map((page) => page.path));
	const floorReal = new Map(report.floor.realBrowser.map((result) => [result.path, result]));
	for (const result of report.realBrowser) {
		const floor = floorReal.get(result.path);
		if (floor && chapters.has(result.path))
			atMost(
				result.path,
				'real-browser LCP ms (floor: same page)',
				result.lcpMs,
				floor.lcpMs * budget.chapterRealLcpRatioMax,
			);
	}
	const floorOf = new Map(report.floor.lighthouse.map((result) => [result.path, result]));
	for (const result of report.lighthouse) {
		const scores: [string, number][] = [
			['Lighthouse accessibility', result.accessibility],
			['Lighthouse best practices', result.bestPractices],
			['Lighthouse SEO', result.seo],
		];
		for (const [what, score] of scores) {
			if (score < budget.lighthouseMinScore) fail(result.path, what, score, budget.lighthouseMinScore, 'min');
		}
		const floor = floorOf.get(result.path);
		if (!floor) continue;
		const minPerf = floor.performance - budget.performanceBelowFloorMax;
		if (result.performance < minPerf)
			fail(result.path, 'Lighthouse performance (floor: same page)', result.performance, minPerf, 'min');
		atMost(
			result.path,
			`TBT ms (floor + ${budget.tbtOverFloorMaxMs})`,
			result.tbtMs,
			floor.tbtMs + budget.tbtOverFloorMaxMs,
		);
		if (chapters.has(result.path))
			atMost(result.path, 'LCP ms (floor: same page)', result.lcpMs, floor.lcpMs * budget.chapterLcpRatioMax);
	}
	return failures;
}

export function describeFailure(failure: BudgetFailure): string {
	const show = (n: number): string => (failure.what.includes('bytes') ? kb(n) : String(n));
	const relation = failure.kind === 'max' ? '> limit' : '< required';
	return `${failure.where}: ${failure.what} ${show(failure.actual)} ${relation} ${show(failure.limit)}`;
}

/** Median of a non-empty list (mean of the middle two for even lengths). */
export function median(values: number[]): number {
	if (values.length === 0) throw new Error('median of nothing');
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
