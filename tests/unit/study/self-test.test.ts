import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SELF_TEST_ANCHOR, selfTestQuestions } from '../../../src/study/self-test.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const fixture = (name: string) => readFileSync(join(root, 'tests', 'fixtures', 'self-test', name), 'utf8');

describe('"Test jezelf" questions from a chapter MDX', () => {
	it('reads each <details> under the heading: the summary as question, the rest as HTML answer', () => {
		const source = [
			'# Hoofdstuk',
			'',
			'<details>',
			'<summary>Niet in de toets</summary>',
			'',
			'Staat boven de kop.',
			'',
			'</details>',
			'',
			'## Test jezelf',
			'',
			'<div data-pagefind-ignore>',
			'<details data-section="wat-is-sales leads">',
			'<summary>Wat is **sales**?</summary>',
			'',
			'Een proces tussen *mensen*.',
			'',
			'</details>',
			'',
			'<details>',
			'<summary>Noem twee fasen.</summary>',
			'',
			'1. Eerste',
			'2. Tweede',
			'',
			'</details>',
			'</div>',
			'',
			'## Verder',
			'',
			'<details>',
			'<summary>Ook niet</summary>',
			'',
			'Onder de volgende kop.',
			'',
			'</details>',
		].join('\n');
		expect(selfTestQuestions(source, 'x.mdx')).toEqual([
			{
				question: 'Wat is sales?',
				answerHtml: '<p>Een proces tussen <em>mensen</em>.</p>',
				section: 'wat-is-sales',
				line: 13,
			},
			{ question: 'Noem twee fasen.', answerHtml: '<ol>\n<li>Eerste</li>\n<li>Tweede</li>\n</ol>', line: 20 },
		]);
		expect(SELF_TEST_ANCHOR).toBe('test-jezelf');
	});

	it('gives nothing for a page without the section, and stops the build for a section without questions', () => {
		expect(selfTestQuestions('# Titel\n\nTekst.\n', 'x.mdx')).toEqual([]);
		expect(() => selfTestQuestions('# Titel\n\n## Test jezelf\n\nNog geen vragen.\n', 'x.mdx')).toThrow(
			/^x\.mdx:3: the "Test jezelf" section has no <details> questions/,
		);
	});

	it.each([
		['no-summary.mdx', /no-summary\.mdx:7: .*needs a <summary>/],
		['component-in-answer.mdx', /component-in-answer\.mdx:10: the answer to "Een vraag\?" may only hold Markdown/],
	])('stops the build on %s, naming file and line', (name, message) => {
		expect(() => selfTestQuestions(fixture(name), `tests/fixtures/self-test/${name}`)).toThrow(message);
	});

	it('finds the questions of every chapter of the site', () => {
		const docs = join(root, 'src', 'content', 'docs');
		const chapters = readdirSync(docs).filter((name) => /^h\d/.test(name));
		expect(chapters.length).toBeGreaterThanOrEqual(3);
		for (const name of chapters) {
			const source = readFileSync(join(docs, name), 'utf8');
			const questions = selfTestQuestions(source, name);
			expect(questions.length, name).toBe(source.split('\n## Test jezelf')[1]?.match(/<details[\s>]/g)?.length);
			for (const question of questions) {
				expect(question.answerHtml.length, question.question).toBeGreaterThan(10);
			}
		}
	});
});
