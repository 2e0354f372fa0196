import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pathToFileURL } from 'node:url';
import handoutPdfs from '../../../src/handouts/integration.ts';
import { pdfCacheKey, renderPdfs } from '../../../src/handouts/pdf.ts';

// A tiny built site: one good page, one whose stylesheet is missing.
const root = mkdtempSync(join(tmpdir(), 'handout-pdf-'));
const page = (head: string) =>
	`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Proefhoofdstuk</title>${head}</head>` +
	`<body><h1>Proefhoofdstuk</h1><p>Een alinea om te selecteren.</p></body></html>`;
mkdirSync(join(root, 'goed'));
writeFileSync(join(root, 'goed', 'index.html'), page('<style>@page { size: A4 }</style>'));
mkdirSync(join(root, 'kapot'));
writeFileSync(join(root, 'kapot', 'index.html'), page('<link rel="stylesheet" href="/_astro/weg.css">'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('renderPdfs', () => {
	it('prints a built page to an A4 PDF with title, language and real text', async () => {
		await renderPdfs(root, [{ pagePath: '/goed/', pdfPath: '/pdf/goed.pdf', title: 'Proefhoofdstuk' }]);
		const task = getDocument({ data: new Uint8Array(readFileSync(join(root, 'pdf', 'goed.pdf'))), verbosity: 0 });
		const doc = await task.promise;
		const info = (await doc.getMetadata()).info as { Title?: string; Language?: string };
		const first = await doc.getPage(1);
		const text = (await first.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
		expect(info).toMatchObject({ Title: 'Proefhoofdstuk', Language: 'nl' });
		expect(first.view.map(Math.round)).toEqual([0, 0, 595, 842]); // A4 in points
		expect(text).toContain('Een alinea om te selecteren.');
		await task.destroy();
	});

	it('stops with a message naming the PDF and the page when the page does not load cleanly', async () => {
		await expect(
			renderPdfs(root, [{ pagePath: '/kapot/', pdfPath: '/pdf/kapot.pdf', title: 'Kapot' }]),
		).rejects.toThrow(/Could not make \/pdf\/kapot\.pdf from \/kapot\/: .*404 .*weg\.css/);
	});
});

describe('the PDF step after the build', () => {
	it('stops when a chapter page has no "Download als PDF" link, instead of making no PDF', async () => {
		const site = mkdtempSync(join(tmpdir(), 'handout-site-'));
		writeFileSync(join(site, 'index.html'), page(''));
		mkdirSync(join(site, 'h1-introductie'));
		writeFileSync(join(site, 'h1-introductie', 'index.html'), page(''));
		const done = handoutPdfs().hooks['astro:build:done'] as (options: unknown) => Promise<void>;
		try {
			await expect(done({ dir: pathToFileURL(`${site}/`), logger: { info() {}, warn() {} } })).rejects.toThrow(
				/handout PDFs: chapter pages without a "Download als PDF" link \(<a data-handout-pdf>\): \/h1-introductie\//,
			);
		} finally {
			rmSync(site, { recursive: true, force: true });
		}
	});
});

describe('pdfCacheKey', () => {
	const job = { pagePath: '/h1/', pdfPath: '/pdf/h1.pdf', title: 'H1' };
	const date = new Date('2026-11-30T12:00:00Z');
	it('is the same for the same page, date and job, and changes with any of them', () => {
		const key = pdfCacheKey(job, '<p>a</p>', date);
		expect(pdfCacheKey({ ...job }, '<p>a</p>', new Date(date))).toBe(key);
		expect(pdfCacheKey(job, '<p>b</p>', date)).not.toBe(key);
		expect(pdfCacheKey(job, '<p>a</p>', new Date('2026-12-01T00:00:00Z'))).not.toBe(key);
		expect(pdfCacheKey({ ...job, title: 'H1 nieuw' }, '<p>a</p>', date)).not.toBe(key);
		expect(pdfCacheKey(job, '<p>a</p>', undefined)).not.toBe(key);
	});
});
