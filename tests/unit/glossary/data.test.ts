import { describe, expect, it } from 'vitest';
import { loadGlossary, parseGlossary } from '../../../src/glossary/data.ts';
import { readChapterPages } from '../../../src/shared/chapter-pages.ts';

const entry = (fields: string) =>
	`- id: sales\n  term: Sales\n  definition: Een proces tussen mensen.\n  chapter: 1\n  anchor: wat-is-sales\n${fields}`;

describe('glossary data', () => {
	it('reads the real glossary with the collection schema', () => {
		const terms = loadGlossary();
		expect(terms.length).toBeGreaterThan(0);
		for (const t of terms) expect(t).toMatchObject({ id: expect.any(String), term: expect.any(String) });
	});

	it('fills in defaults', () => {
		expect(parseGlossary(entry(''))).toEqual([
			{
				id: 'sales',
				term: 'Sales',
				definition: 'Een proces tussen mensen.',
				chapter: 1,
				anchor: 'wat-is-sales',
				aliases: [],
				preview: [],
				notInterchangeable: [],
			},
		]);
	});

	it('keeps a note apart from the definition, and names file and line for an empty one', () => {
		const [term] = parseGlossary(entry('  note: "Onze uitleg: de stof geeft geen definitie."\n'));
		expect(term).toMatchObject({
			definition: 'Een proces tussen mensen.',
			note: 'Onze uitleg: de stof geeft geen definitie.',
		});
		expect(() =>
			parseGlossary(`${entry('')}${entry('  note: " "\n').replace('id: sales', 'id: lead')}`, 'g.yaml'),
		).toThrow(/g\.yaml:6 \(entry 2 "lead"\): note: /);
	});

	it('names file, line and entry for an invalid field', () => {
		const yaml = `${entry('')}- id: lead\n  term: Lead\n  definition: Kort\n  chapter: 0\n  anchor: x\n`;
		expect(() => parseGlossary(yaml, 'glossary.yaml')).toThrow(
			/glossary\.yaml:6 \(entry 2 "lead"\): definition: .*; chapter: /,
		);
	});

	it('accepts any chapter the docs have, and names file and line for one they lack', () => {
		const yaml = `${entry('')}- id: lead\n  term: Lead\n  definition: Een mogelijke klant.\n  chapter: 4\n  anchor: x\n`;
		expect(parseGlossary(yaml, 'glossary.yaml', new Set([1, 2, 3, 4])).map((t) => t.chapter)).toEqual([1, 4]);
		expect(() => parseGlossary(yaml, 'glossary.yaml', new Set([1, 2, 3]))).toThrow(
			/glossary\.yaml:6 \(entry 2 "lead"\): chapter: no page in src\/content\/docs has chapter 4 \(chapters: 1, 2, 3\)/,
		);
	});

	it('checks the real glossary against the chapters of the real docs', () => {
		const chapters = new Set(readChapterPages().map((page) => page.chapter));
		expect(() => loadGlossary(undefined, new Set([...chapters].slice(1)))).toThrow(
			/no page in src\/content\/docs has chapter/,
		);
	});

	it('rejects a duplicate id and a missing id', () => {
		expect(() => parseGlossary(entry('') + entry(''), 'g.yaml')).toThrow(/Duplicate glossary id at g\.yaml:6 .*line 1/);
		expect(() =>
			parseGlossary('- term: X\n  definition: Tien tekens of meer\n  chapter: 1\n  anchor: a\n', 'g.yaml'),
		).toThrow(/g\.yaml:1 \(entry 1\): id: /);
	});

	it('rejects broken YAML and a file that is not a list', () => {
		expect(() => parseGlossary('- id: a\n  term: [unclosed\n', 'g.yaml')).toThrow(/^g\.yaml:\d+: invalid YAML/);
		expect(() => parseGlossary('id: a\n', 'g.yaml')).toThrow(/expected a YAML list/);
	});
});
