import { describe, expect, it } from 'vitest';
import { ankiText, quizletText } from '../../../src/study/anki.ts';
import { loadGlossary } from '../../../src/glossary/data.ts';

/**
 * Reads delimited text the way Anki's importer does (RFC 4180 quoting), independently of the writer: `#key:value`
 * header lines first, then one record per line.
 */
function parseDelimited(text: string, separator: string): { headers: Map<string, string>; rows: string[][] } {
	const headers = new Map<string, string>();
	const rows: string[][] = [];
	let row: string[] = [];
	let value = '';
	let quoted = false;
	let atLineStart = true;
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (atLineStart && char === '#' && rows.length === 0) {
			const end = text.indexOf('\n', i);
			const line = text.slice(i + 1, end);
			const colon = line.indexOf(':');
			headers.set(line.slice(0, colon), line.slice(colon + 1));
			i = end;
			continue;
		}
		atLineStart = false;
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				value += '"';
				i++;
			} else if (char === '"') quoted = false;
			else value += char;
		} else if (char === '"' && value === '') quoted = true;
		else if (char === separator) {
			row.push(value);
			value = '';
		} else if (char === '\r' && text[i + 1] === '\n') continue;
		else if (char === '\n') {
			row.push(value);
			rows.push(row);
			row = [];
			value = '';
			atLineStart = true;
		} else value += char;
	}
	expect(value === '' && row.length === 0, 'the file ends with a line break').toBe(true);
	return { headers, rows };
}

const glossary = loadGlossary();

describe('Anki export', () => {
	const { headers, rows } = parseDelimited(ankiText(glossary), '\t');

	it('has the header lines Anki reads', () => {
		expect(headers.get('separator')).toBe('tab');
		expect(headers.get('html')).toBe('false');
		expect(headers.get('columns')).toBe('Begrip\tBetekenis\tTags');
		expect(headers.get('tags column')).toBe('3');
	});

	it('has every glossary term once, with its definition and its chapter as tag', () => {
		expect(glossary.length).toBeGreaterThan(10);
		expect(rows).toHaveLength(glossary.length);
		for (const row of rows) expect(row).toHaveLength(3);
		const byTerm = new Map(rows.map(([term, definition, tags]) => [term, { definition, tags }]));
		expect(byTerm.size).toBe(glossary.length);
		for (const entry of glossary) {
			expect(byTerm.get(entry.term), entry.id).toEqual({ definition: entry.definition, tags: `H${entry.chapter}` });
		}
	});

	it('quotes a field with a tab, a quote or a line break so the row stays intact', () => {
		const tricky = [{ term: 'Een "citaat"', definition: 'Regel een\nregel twee\tmet tab.', chapter: 4 }];
		expect(parseDelimited(ankiText(tricky), '\t').rows).toEqual([
			['Een "citaat"', 'Regel een\nregel twee\tmet tab.', 'H4'],
		]);
	});
});

describe('Quizlet export', () => {
	const text = quizletText(glossary);
	// As Quizlet's import reads pasted text: a tab between term and definition, a line break between cards, no quoting.
	const lines = text.split('\n');

	it('is one term⇥definition line per glossary term, nothing quoted', () => {
		expect(lines.pop(), 'the file ends with a line break').toBe('');
		expect(lines).toHaveLength(glossary.length);
		expect(lines.map((line) => line.split('\t'))).toEqual(glossary.map((entry) => [entry.term, entry.definition]));
		expect(text).not.toMatch(/\r/);
		expect(lines.filter((line) => line.startsWith('"'))).toEqual([]);
	});

	it('turns a tab or line break inside a field into a space, and leaves quotes as written', () => {
		const tricky = [{ term: 'Een "citaat"', definition: 'Regel een\nregel twee\tmet tab.', chapter: 4 }];
		expect(quizletText(tricky)).toBe('Een "citaat"\tRegel een regel twee met tab.\n');
	});
});
