/**
 * Build-time handout PDFs. After `astro build`, every built page that carries a "Download als PDF" link with
 * `data-handout-pdf` (chapters and the whole summary, see PrintActions.astro) is printed to that path by the
 * project's Chromium, with the site's own print stylesheet: A4, running title and page numbers from CSS `@page`.
 * Chromium writes the page `<title>` as PDF Title and `<html lang>` as /Lang, and keeps the text selectable.
 * The post-build step that runs this is `integration.ts`.
 */
import { createHash } from 'node:crypto';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { chromium, type Page } from 'playwright-core';
import type { Element } from 'hast';
import { chromiumLaunchOptions } from '../shared/browser.ts';
import { elementsOf, type PageHtml } from '../shared/dist.ts';
import { withoutBase } from '../shared/urls.ts';
import { normalizePdf, sourceDate } from './reproducible-pdf.ts';

/** The file in `root` (dist/) of a site URL path, which may start with the base path. */
export const inDist = (root: string, urlPath: string): string => join(root, withoutBase(urlPath) ?? urlPath);

/** A page to print: where it is built, where its PDF goes. */
export interface PdfJob {
	/** Page path, e.g. `/h1-introductie/`. */
	pagePath: string;
	/** Site path of the PDF, e.g. `/pdf/h1-introductie.pdf`. */
	pdfPath: string;
	title: string;
}

/** Bump when printing or post-processing changes, so cached PDFs are not reused. */
const PDF_CACHE_VERSION = 1;

/** Cache key of a job's PDF: everything that changes its bytes. */
export const pdfCacheKey = (job: PdfJob, html: string, date: Date | undefined): string =>
	createHash('sha256')
		.update(JSON.stringify([PDF_CACHE_VERSION, job, date?.toISOString() ?? null, html]))
		.digest('hex')
		.slice(0, 32);

/** Pages never come from the network: requests to this origin are answered from `dist/` by Playwright routing. */
const ORIGIN = 'http://handout.localhost';

/** The "Download als PDF" link PrintActions.astro renders: `<a data-handout-pdf="/pdf/…" data-handout-title="…">`. */
const isPdfDeclaration = (element: Element): boolean =>
	element.tagName === 'a' && typeof element.properties.dataHandoutPdf === 'string';

/** Reads the PDF declaration (`data-handout-pdf`, `data-handout-title`) from one built page. */
export function findPdfJob(pagePath: string, page: PageHtml): PdfJob | undefined {
	const [link] = elementsOf(page.tree, isPdfDeclaration);
	if (!link) return undefined;
	const pdfPath = String(link.properties.dataHandoutPdf);
	if (!/^\/[\w/-]+\.pdf$/.test(pdfPath)) {
		throw new Error(`Page ${pagePath} asks for a PDF at "${pdfPath}"; expected a site path like /pdf/name.pdf.`);
	}
	const title = link.properties.dataHandoutTitle;
	return { pagePath, pdfPath, title: typeof title === 'string' ? title : pagePath };
}

/** Every link to a `.pdf` on this site in a built page, to check that each one was made. */
export const pdfLinksIn = (page: PageHtml): string[] =>
	elementsOf(page.tree, (element) => element.tagName === 'a' && typeof element.properties.href === 'string').flatMap(
		(link) => /^(\/[^#?]+\.pdf)(?:[#?].*)?$/.exec(String(link.properties.href))?.[1] ?? [],
	);

async function printPage(page: Page, job: PdfJob, outFile: string, date: Date | undefined): Promise<void> {
	const problems: string[] = [];
	const onResponse = (response: { status(): number; url(): string }) => {
		if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
	};
	const onError = (error: Error) => problems.push(`script error: ${error.message}`);
	page.on('response', onResponse);
	page.on('pageerror', onError);
	try {
		const response = await page.goto(ORIGIN + job.pagePath, { waitUntil: 'load' });
		if (!response?.ok()) throw new Error(`the page answered ${response?.status() ?? 'nothing'}`);
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		if (problems.length) throw new Error(`the page did not load cleanly: ${problems.join('; ')}`);
		await mkdir(dirname(outFile), { recursive: true });
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
		// Same commit, same bytes (scripts/repro.ts checks it).
		await writeFile(outFile, date ? normalizePdf(pdf, date) : pdf);
	} finally {
		page.off('response', onResponse);
		page.off('pageerror', onError);
	}
}

/**
 * Prints all jobs with one Chromium; returns how long each took, in ms. `date` is stamped into every PDF (the
 * commit's, so builds of one commit give the same bytes).
 */
export async function renderPdfs(
	root: string,
	jobs: readonly PdfJob[],
	logger?: AstroIntegrationLogger,
	date: Date | undefined = sourceDate(process.cwd()),
) {
	const browser = await chromium.launch(chromiumLaunchOptions());
	const timings: { job: PdfJob; ms: number }[] = [];
	try {
		const context = await browser.newContext({ locale: 'nl-NL', colorScheme: 'light' });
		await context.route('**/*', async (route) => {
			const url = new URL(route.request().url());
			if (url.origin !== ORIGIN) return route.abort('blockedbyclient'); // nothing leaves the machine
			const path = withoutBase(decodeURIComponent(url.pathname));
			const file = path === undefined ? undefined : await resolveFile(root, path);
			return file ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: 'not found' });
		});
		const page = await context.newPage();
		await page.emulateMedia({ media: 'print' });
		for (const job of jobs) {
			const started = performance.now();
			try {
				await printPage(page, job, inDist(root, job.pdfPath), date);
			} catch (error) {
				throw new Error(`Could not make ${job.pdfPath} from ${job.pagePath}: ${(error as Error).message}`, {
					cause: error,
				});
			}
			const ms = Math.round(performance.now() - started);
			timings.push({ job, ms });
			logger?.info(`${job.pdfPath} (${ms} ms)`);
		}
	} finally {
		await browser.close();
	}
	return timings;
}

/** The file in `dist/` a URL path means (`/a/` → `/a/index.html`), or undefined; never outside `root`. */
async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
	const file = normalize(join(root, urlPath));
	if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
	const candidates = extname(file) ? [file] : [join(file, 'index.html'), `${file}.html`];
	for (const candidate of candidates) {
		const info = await stat(candidate).catch(() => undefined);
		if (info?.isFile()) return candidate;
	}
	return undefined;
}

/** `SKIP_PDF=1`: a quicker build without the PDFs (their links then lead nowhere). */
export const pdfsSkipped = (env: NodeJS.ProcessEnv = process.env): boolean => env.SKIP_PDF === '1';
