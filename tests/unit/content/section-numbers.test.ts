/**
 * No section numbers the book does not have: the notes' headings are "H1", "H2.7" and "H3", so "2.7" may be cited,
 * "2.7.1" (or any other dotted number) may not, in a chapter's title, headings or text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readChapterPages } from '../../../src/shared/chapter-pages.ts';
import { inventedNumberProblems } from './chapter-source.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURE = resolve(import.meta.dirname, '../../fixtures/content/invented-section-number.mdx');

test('the check names every invented number with its line, and lets H2.7, list numbers and diagrams pass', () => {
	expect(inventedNumberProblems(readFileSync(FIXTURE, 'utf8'))).toEqual([
		'title: "H2.7.1 Een verzonnen nummer in de titel" cites 2.7.1, a section number the book does not have',
		'line 6: text cites 2.7.3, a section number the book does not have',
		'line 12: heading cites 2.7.1, a section number the book does not have',
		'line 21: heading cites 3.2, a section number the book does not have',
	]);
});

describe('the chapters', () => {
	test.each(readChapterPages().map((p) => p.file))('%s cites only section numbers the book has', (file) => {
		expect(inventedNumberProblems(readFileSync(resolve(ROOT, file), 'utf8'))).toEqual([]);
	});
});
