/**
 * Handouts' post-build step: prints every built page that carries a "Download als PDF" link (`pdf.ts`) and stops the
 * build when a chapter has no link or a page links a PDF nobody makes.
 *
 * A PDF is reused from Astro's cache dir when the page's final HTML (which names every content-hashed asset it
 * loads) and the source date are unchanged, so a rebuild with nothing changed starts no Chromium.
 *
 * Set `SKIP_PDF=1` for a quicker build while working on something else; the PDF links then point nowhere.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cachePath } from '../shared/cache.ts';
import { readChapterPages } from '../shared/chapter-pages.ts';
import { builtPages, MissingMarkupError } from '../shared/dist.ts';
import { withBase } from '../shared/urls.ts';
import { findPdfJob, inDist, pdfCacheKey, pdfLinksIn, pdfsSkipped, renderPdfs, type PdfJob } from './pdf.ts';
import { sourceDate } from './reproducible-pdf.ts';

export default function handoutPdfs(): AstroIntegration {
	let cacheDir: string | undefined;
	return {
		name: 'handout-pdfs',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = cachePath('handout-pdfs', config);
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (pdfsSkipped()) {
					logger.warn('SKIP_PDF=1: no handout PDFs made; the "Download als PDF" links will not work.');
					return;
				}
				const root = fileURLToPath(dir).replace(/[\\/]$/, '');
				const jobs: PdfJob[] = [];
				const date = sourceDate(process.cwd());
				const cached = new Map<PdfJob, string>(); // job → where its PDF is kept between builds
				const links = new Map<string, string>(); // pdf path → a page that links it
				for (const page of builtPages(root)) {
					const job = findPdfJob(withBase(page.path), page);
					if (job) {
						jobs.push(job);
						if (cacheDir) cached.set(job, join(cacheDir, `${pdfCacheKey(job, page.html, date)}.pdf`));
					}
					for (const link of pdfLinksIn(page)) if (!links.has(link)) links.set(link, withBase(page.path));
				}
				// Every chapter is a handout; a chapter page without the link means PrintActions' markup went missing.
				const undeclared = readChapterPages().filter((chapter) => !jobs.some((job) => job.pagePath === chapter.path));
				if (undeclared.length) {
					throw new MissingMarkupError(
						'handout PDFs',
						`chapter pages without a "Download als PDF" link (<a data-handout-pdf>): ${undeclared.map((c) => c.path).join(', ')}`,
					);
				}
				const started = performance.now();
				const reused: PdfJob[] = [];
				for (const job of jobs) {
					const file = cached.get(job);
					if (!file || !existsSync(file)) continue;
					await mkdir(dirname(inDist(root, job.pdfPath)), { recursive: true });
					await copyFile(file, inDist(root, job.pdfPath));
					reused.push(job);
				}
				const fresh = jobs.filter((job) => !reused.includes(job));
				const timings = fresh.length ? await renderPdfs(root, fresh, logger, date) : [];
				for (const job of fresh) {
					const file = cached.get(job);
					if (!file) continue;
					await mkdir(dirname(file), { recursive: true });
					await copyFile(inDist(root, job.pdfPath), file);
				}
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				logger.info(`${timings.length} handout PDFs made, ${reused.length} reused unchanged, in ${seconds} s`);

				const missing = [...links].filter(([pdf]) => !existsSync(inDist(root, pdf)));
				if (missing.length) {
					throw new Error(
						'Pages link to PDFs that the build did not make (no page declares them with data-handout-pdf): ' +
							missing.map(([pdf, page]) => `${pdf} (linked from ${page})`).join(', '),
					);
				}
			},
		},
	};
}
