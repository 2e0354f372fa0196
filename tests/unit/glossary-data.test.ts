import { describe, expect, it } from 'vitest';
import { loadGlossary, parseGlossary } from '../../src/lib/glossary-data.ts';

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
			{ id: 'sales', term: 'Sales', definition: 'Een proces tussen mensen.', chapter: 1, anchor: 'wat-is-sales', aliases: [] },
		]);
	});

	it('names file, line and entry for an invalid field', () => {
		const yaml = `${entry('')}- id: lead\n  term: Lead\n  definition: Kort\n  chapter: 4\n  anchor: x\n`;
		expect(() => parseGlossary(yaml, 'glossary.yaml')).toThrow(
			/glossary\.yaml:6 \(entry 2 "lead"\): definition: .*; chapter: /,
		);
	});

	it('rejects a duplicate id and a missing id', () => {
		expect(() => parseGlossary(entry('') + entry(''), 'g.yaml')).toThrow(/Duplicate glossary id at g\.yaml:6 .*line 1/);
		expect(() => parseGlossary('- term: X\n  definition: Tien tekens of meer\n  chapter: 1\n  anchor: a\n', 'g.yaml')).toThrow(
			/g\.yaml:1 \(entry 1\): id: /,
		);
	});

	it('rejects broken YAML and a file that is not a list', () => {
		expect(() => parseGlossary('- id: a\n  term: [unclosed\n', 'g.yaml')).toThrow(/^g\.yaml:\d+: invalid YAML/);
		expect(() => parseGlossary('id: a\n', 'g.yaml')).toThrow(/expected a YAML list/);
	});
});
