import { describe, expect, it } from 'vitest';
import {
	GLOSSARY_PATH,
	glossaryHref,
	pagePath,
	pdfHref,
	sectionHref,
	siteUrl,
	termAnchor,
} from '../../../src/shared/urls.ts';

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

describe('the site URL', () => {
	it('is SITE_URL when set, before any host variable', () => {
		expect(siteUrl({ SITE_URL: 'https://samenvatting.example', NETLIFY: 'true', URL: 'https://x.netlify.app' })).toBe(
			'https://samenvatting.example',
		);
	});

	it("comes from the host's own build variables", () => {
		expect(
			siteUrl({ NETLIFY: 'true', URL: 'https://sam.netlify.app', DEPLOY_PRIME_URL: 'https://pr-1--sam.netlify.app' }),
		).toBe('https://sam.netlify.app');
		expect(
			siteUrl({ VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'sam.vercel.app', VERCEL_URL: 'sam-abc.vercel.app' }),
		).toBe('https://sam.vercel.app');
		expect(siteUrl({ VERCEL: '1', VERCEL_URL: 'sam-abc.vercel.app' })).toBe('https://sam-abc.vercel.app');
		expect(siteUrl({ CF_PAGES: '1', CF_PAGES_URL: 'https://abc.sam.pages.dev' })).toBe('https://abc.sam.pages.dev');
		expect(siteUrl({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'piet/samenvatting' })).toBe(
			'https://piet.github.io/samenvatting',
		);
		expect(siteUrl({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'piet/Piet.github.io' })).toBe(
			'https://piet.github.io',
		);
	});

	it('is undefined without any, and ignores a variable without the host that sets it', () => {
		expect(siteUrl({})).toBeUndefined();
		expect(siteUrl({ SITE_URL: '', URL: 'https://elders.example' })).toBeUndefined();
	});

	it('refuses what is not an http(s) URL', () => {
		expect(() => siteUrl({ SITE_URL: 'samenvatting.example' })).toThrow(
			/"samenvatting\.example" .* is not an http\(s\) URL/,
		);
	});
});
