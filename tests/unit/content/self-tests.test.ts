/**
 * Every `##`/`###` section of a chapter has at least one "Test jezelf" question, tied to it by
 * `data-section="heading-id"` on the question's `<details>` (see chapter-source.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readChapterPages } from '../../../src/shared/chapter-pages.ts';
import { readChapter, selfTestProblems } from './chapter-source.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURE = resolve(import.meta.dirname, '../../fixtures/content/section-without-question.mdx');

describe('the check itself', () => {
	const fixture = readFileSync(FIXTURE, 'utf8');

	test('gives headings the ids Astro gives them, and skips headings inside diagrams', () => {
		expect(readChapter(fixture).headings.map((h) => h.id)).toEqual([
			'eerste-onderwerp',
			'vergeten-onderdeel',
			'salesregios-en-de-4-ps',
			'test-jezelf',
		]);
	});

	test('names the section without a question, the question without data-section and the unknown id', () => {
		expect(selfTestProblems(fixture)).toEqual([
			'line 19: section "Vergeten onderdeel" (#vergeten-onderdeel) has no "Test jezelf" question',
			'line 36: data-section names #bestaat-niet, which is no section of this chapter',
			'line 43: question without data-section="heading-id"',
		]);
	});

	test('a chapter without "Test jezelf" is a problem too', () => {
		expect(selfTestProblems('---\ntitle: X\nchapter: 1\n---\n\n## Iets\n')).toEqual(['no "## Test jezelf" heading']);
	});
});

describe('the chapters', () => {
	const files = readChapterPages().map((p) => p.file);

	test('there are three chapters', () => {
		expect(files).toHaveLength(3);
	});

	test.each(files)('%s: every section has a "Test jezelf" question', (file) => {
		expect(selfTestProblems(readFileSync(resolve(ROOT, file), 'utf8'))).toEqual([]);
	});
});
