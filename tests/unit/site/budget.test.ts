import { describe, expect, it } from 'vitest';
import {
	BUDGET,
	classifyResource,
	describeFailure,
	evaluateBudget,
	median,
	type BenchReport,
	type PageLoad,
	type SiteRun,
} from '../../../scripts/lib/budget.ts';

const KB = 1024;
const page = (overrides: Partial<PageLoad> = {}): PageLoad => ({
	path: '/h1-introductie/',
	chapter: true,
	html: { raw: 40 * KB, gzip: 10 * KB },
	css: { raw: 60 * KB, gzip: 15 * KB },
	js: { raw: 25 * KB, gzip: 8.4 * KB },
	searchJs: { raw: 94 * KB, gzip: 24 * KB },
	other: { raw: 1 * KB, gzip: 1 * KB },
	requests: 8,
	thirdParty: [],
	...overrides,
});
const lighthouse = {
	path: '/',
	runs: 3,
	performance: 100,
	accessibility: 100,
	bestPractices: 100,
	seo: 100,
	lcpMs: 900,
	fcpMs: 800,
	tbtMs: 0,
	cls: 0,
	benchmarkIndex: 2000,
};
const real = { path: '/h1-introductie/', runs: 5, fcpMs: 900, lcpMs: 1100, loadMs: 1500, blockingMs: 30 };
const firstLine = (total: number) => ({ html: total / 2, css: total / 2, total });
const site = (overrides: Partial<SiteRun> = {}): SiteRun => ({
	coldBuildSeconds: 12,
	warmBuildSeconds: 6,
	pagefindBytes: 300 * KB,
	searchMs: { first: 140, next: 60 },
	pages: [page(), page({ path: '/', chapter: false })],
	lighthouse: [lighthouse],
	realBrowser: [real],
	...overrides,
});
const report = (overrides: Partial<BenchReport> = {}): BenchReport => ({
	...site(),
	floor: site({
		coldBuildSeconds: 8,
		searchMs: { first: 400, next: 350 },
		lighthouse: [lighthouse, { ...lighthouse, path: '/h1-introductie/', lcpMs: 1300, tbtMs: 40 }],
	}),
	...overrides,
});

describe('evaluateBudget', () => {
	it('passes a site within every limit', () => {
		expect(evaluateBudget(report())).toEqual([]);
	});

	it('holds chapter pages to the JS limit, other pages not', () => {
		const heavy = { raw: 60 * KB, gzip: 10 * KB + 1 };
		const failures = evaluateBudget(
			report({ pages: [page({ js: heavy }), page({ path: '/kaarten/', chapter: false, js: heavy })] }),
		);
		expect(failures).toEqual([
			{
				where: '/h1-introductie/',
				what: 'JS gzip bytes (chapter)',
				actual: 10 * KB + 1,
				limit: BUDGET.chapterJsGzipMax,
				kind: 'max',
			},
		]);
	});

	it('counts HTML and CSS together against 45 KB, exactly 45 KB still passes', () => {
		expect(
			evaluateBudget(report({ pages: [page({ html: { raw: 0, gzip: 30 * KB }, css: { raw: 0, gzip: 15 * KB } })] })),
		).toEqual([]);
		const failures = evaluateBudget(
			report({ pages: [page({ html: { raw: 0, gzip: 30 * KB }, css: { raw: 0, gzip: 15 * KB + 1 } })] }),
		);
		expect(failures.map((f) => f.what)).toEqual(['HTML+CSS gzip bytes']);
	});

	it('gives the whole summary its own HTML+CSS limit', () => {
		const big = { html: { raw: 0, gzip: 60 * KB }, css: { raw: 0, gzip: 15 * KB } };
		expect(evaluateBudget(report({ pages: [page({ path: '/hele-samenvatting/', chapter: false, ...big })] }))).toEqual(
			[],
		);
		expect(
			evaluateBudget(report({ pages: [page({ path: '/begrippenlijst/', chapter: false, ...big })] })).map(
				(f) => f.what,
			),
		).toEqual(['HTML+CSS gzip bytes']);
	});

	it('fails on a single third-party request, a slow cold build, and an a11y/BP/SEO score below 100', () => {
		const failures = evaluateBudget(
			report({
				coldBuildSeconds: 31,
				pages: [page({ thirdParty: ['https://fonts.googleapis.com/css'] })],
				lighthouse: [{ ...lighthouse, path: '/h2-omgeving-en-context/', seo: 92 }],
			}),
		);
		expect(failures.map(describeFailure)).toEqual([
			'site: cold build seconds 31 > limit 30',
			'/h1-introductie/: third-party requests 1 > limit 0',
			'/h2-omgeving-en-context/: Lighthouse SEO 92 < required 100',
		]);
	});

	it('judges Lighthouse timings against the floor on the same page, not as absolute scores', () => {
		// Performance 97 passes when the floor scored 97 too in the same run; LCP equal to the floor's passes.
		const same = { ...lighthouse, path: '/h1-introductie/', performance: 97, lcpMs: 1300, tbtMs: 65 };
		const floorRun = site({ coldBuildSeconds: 8, lighthouse: [{ ...same }] });
		expect(evaluateBudget(report({ lighthouse: [same], floor: floorRun }))).toEqual([]);
		const worse = { ...same, performance: 96, lcpMs: 1301, tbtMs: 91 };
		expect(evaluateBudget(report({ lighthouse: [worse], floor: floorRun })).map(describeFailure)).toEqual([
			'/h1-introductie/: Lighthouse performance (floor: same page) 96 < required 97',
			'/h1-introductie/: TBT ms (floor + 25) 91 > limit 90',
			'/h1-introductie/: LCP ms (floor: same page) 1301 > limit 1300',
		]);
	});

	it('holds LCP to the floor on chapter pages only', () => {
		const home = { ...lighthouse, path: '/', lcpMs: 2000 };
		expect(evaluateBudget(report({ lighthouse: [home] }))).toEqual([]);
	});

	it("fails a slow search and a warm build slower than the floor's cold build", () => {
		const failures = evaluateBudget(report({ searchMs: { first: 151, next: 50 }, warmBuildSeconds: 8.1 }));
		expect(failures.map(describeFailure)).toEqual([
			'site: warm build seconds 8.1 > limit 8',
			'site: search first result ms 151 > limit 150',
		]);
	});

	it('fails when no page was measured at all', () => {
		expect(evaluateBudget(report({ pages: [] })).map(describeFailure)).toEqual(['site: pages measured 0 < required 1']);
	});

	it('holds real-browser LCP to the floor on chapter pages only; exactly the floor passes', () => {
		const floor = site({ realBrowser: [real, { ...real, path: '/', lcpMs: 800 }] });
		expect(evaluateBudget(report({ floor, realBrowser: [real, { ...real, path: '/', lcpMs: 900 }] }))).toEqual([]);
		expect(evaluateBudget(report({ floor, realBrowser: [{ ...real, lcpMs: 1101 }] })).map(describeFailure)).toEqual([
			'/h1-introductie/: real-browser LCP ms (floor: same page) 1101 > limit 1100',
		]);
	});

	it("holds a chapter's bytes before its first line to the floor's + 1 KB and to the absolute limit", () => {
		const floor = site({ pages: [page({ firstParagraph: firstLine(17 * KB) })] });
		expect(evaluateBudget(report({ floor, pages: [page({ firstParagraph: firstLine(18 * KB) })] }))).toEqual([]);
		expect(
			evaluateBudget(report({ floor, pages: [page({ firstParagraph: firstLine(18 * KB + 2) })] })).map(describeFailure),
		).toEqual(['/h1-introductie/: first-paragraph gzip bytes (floor + 1 KB) 18.0 KB > limit 18.0 KB']);
		const heavy = BUDGET.firstParagraphGzipMax + 2;
		expect(
			evaluateBudget(report({ pages: [page({ firstParagraph: firstLine(heavy) })] })).map((failure) => failure.what),
		).toEqual(['first-paragraph gzip bytes']);
	});

	it('takes the limits it is given', () => {
		expect(evaluateBudget(report(), { ...BUDGET, coldBuildSecondsMax: 10 }).map((f) => f.what)).toEqual([
			'cold build seconds',
		]);
	});
});

describe('median', () => {
	it('picks the middle run, or the mean of the middle two', () => {
		expect(median([100, 91, 99])).toBe(99);
		expect(median([2, 4, 1, 3])).toBe(2.5);
		expect(() => median([])).toThrow();
	});
});

describe('classifyResource', () => {
	it('counts Pagefind and its UI bundle as search JS, other scripts as page JS', () => {
		expect(classifyResource('/_astro/ui-core.D5U32Csp.js', 'script')).toBe('searchJs');
		expect(classifyResource('/pagefind/pagefind.js', 'script')).toBe('searchJs');
		expect(classifyResource('/_astro/page.cNngjUgL.js', 'script')).toBe('js');
		expect(classifyResource('/_astro/ui-core-helpers.js', 'script')).toBe('js');
		expect(classifyResource('/h1-introductie/', 'document')).toBe('html');
		expect(classifyResource('/_astro/common.css', 'stylesheet')).toBe('css');
		expect(classifyResource('/pagefind/index/nl_1.pf_index', 'fetch')).toBe('other');
	});
});
