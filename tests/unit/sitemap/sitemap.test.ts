import { describe, expect, it } from 'vitest';
import { inSitemap } from '../../../src/sitemap/index.ts';

describe('sitemap filter', () => {
	it('leaves out the offline page and keeps every other page', () => {
		expect(inSitemap('https://voorbeeld.nl/offline/')).toBe(false);
		for (const path of ['/', '/h1-introductie/', '/begrippenlijst/', '/offline-lezen/']) {
			expect(inSitemap(`https://voorbeeld.nl${path}`), path).toBe(true);
		}
	});
});
