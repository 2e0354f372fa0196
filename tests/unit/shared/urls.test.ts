import { describe, expect, it } from 'vitest';
import { GLOSSARY_PATH, glossaryHref, pagePath, pdfHref, sectionHref, termAnchor } from '../../../src/shared/urls.ts';

describe('site URLs', () => {
	it('builds page paths from slugs, with the home page at /', () => {
		expect(pagePath('h1-introductie')).toBe('/h1-introductie/');
		expect(pagePath('index')).toBe('/');
		expect(pagePath('')).toBe('/');
	});

	it('links glossary entries, sections and PDFs', () => {
		expect(GLOSSARY_PATH).toBe('/begrippenlijst/');
		expect(termAnchor('dmu')).toBe('begrip-dmu');
		expect(glossaryHref('dmu')).toBe('/begrippenlijst/#begrip-dmu');
		expect(sectionHref('/h3-organisatie-van-sales/', 'dmu')).toBe('/h3-organisatie-van-sales/#dmu');
		expect(pdfHref('h1')).toBe('/pdf/h1.pdf');
	});
});
