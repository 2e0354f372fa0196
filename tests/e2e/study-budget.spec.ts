/**
 * The study mode's JavaScript budget, measured on the built site: each page's module scripts (page-scripts bundles
 * them into one file per page), gzipped, against the 404 page, which carries only Starlight's own scripts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { DIST } from '../lib/dist-pages.ts';

const KB = 1024;

/** Gzipped bytes of the module scripts a built page loads. */
function pageJsGzip(file: string): number {
	const html = readFileSync(join(DIST, file), 'utf8');
	const sources = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => match[1]!);
	return sources.reduce((sum, src) => sum + gzipSync(readFileSync(join(DIST, src)), { level: 9 }).length, 0);
}

test('the study pages stay within their JavaScript budget', () => {
	const shell = pageJsGzip('404.html');
	expect(shell, "Starlight's own scripts").toBeGreaterThan(0);
	const own = {
		trainer: pageJsGzip('oefenen/index.html') - shell,
		quiz: pageJsGzip('toets/index.html') - shell,
		home: pageJsGzip('index.html') - shell,
	};
	console.log(`study JS gzip beyond Starlight's ${shell} B: ${JSON.stringify(own)}`);
	expect(own.trainer).toBeLessThanOrEqual(15 * KB);
	expect(own.quiz).toBeLessThanOrEqual(15 * KB);
	// The home page's progress summary.
	expect(own.home).toBeLessThanOrEqual(1 * KB);
	// They do carry their scripts (a page that lost them would pass the limits above).
	expect(Math.min(own.trainer, own.quiz, own.home)).toBeGreaterThan(0);
});
