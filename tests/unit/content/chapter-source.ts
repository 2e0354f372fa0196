/**
 * Reads a chapter's MDX source the way a reviewer looks at it: its section headings (with the ids Astro gives
 * them), its "Test jezelf" questions, and the numbers its headings and text cite. The checks return problems as
 * `line N: …` strings, so a failing test says where to look.
 *
 * How a question is tied to its section: every `<details>` under `## Test jezelf` carries
 * `data-section="heading-id"` (several ids separated by spaces when one question covers more sections). The
 * attribute is invisible to the reader and survives into the built HTML, where tests/e2e/content.spec.ts checks
 * that each id is a heading on the page.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { addHeadingIds } from '../../../src/shared/markdown.ts';

/** The heading that opens the self-test part of a chapter (its id is `test-jezelf`). */
export const SELF_TEST_HEADING = 'Test jezelf';

/**
 * Section numbers the book has, as the notes' headings cite them: "H1", "H2.7", "H3". Only 2.7 is a dotted
 * number; anything else dotted ("2.7.1", "3.2") is a paragraph a student would look for in vain.
 */
export const BOOK_SECTION_NUMBERS: ReadonlySet<string> = new Set(['2.7']);

export interface Heading {
	line: number;
	depth: number;
	text: string;
	id: string;
}

export interface Question {
	line: number;
	/** Heading ids from `data-section`; empty when the attribute is missing or blank. */
	sections: string[];
}

export interface ChapterSource {
	/** Frontmatter `title`, if any. */
	title: string | undefined;
	headings: Heading[];
	questions: Question[];
	/** Lines of prose with their line numbers: frontmatter and code/diagram fences left out. */
	prose: Array<{ line: number; text: string }>;
}

/** Heading text as it reaches the slugger: inline Markdown (emphasis, code, links) reduced to its text. */
const plainText = (md: string) =>
	md
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`]/g, '')
		.trim();

/** Ids as Astro assigns them (the same rehype plugin, hence the same github-slugger rules and de-duplication). */
function headingIds(headings: Array<{ depth: number; text: string }>): string[] {
	const tree: Root = {
		type: 'root',
		children: headings.map(({ depth, text }): Element => ({
			type: 'element',
			tagName: `h${depth}`,
			properties: {},
			children: [{ type: 'text', value: text }],
		})),
	};
	// Astro's plugin reads only `file.data` and `file.history` (to know it is MDX); a full VFile is not needed.
	const file = { data: {}, history: ['chapter.mdx'] } as unknown as VFile;
	addHeadingIds(tree, file);
	return tree.children.map((h) => String((h as Element).properties.id));
}

export function readChapter(source: string): ChapterSource {
	const lines = source.split('\n');
	const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(source);
	const firstBodyLine = frontmatter ? frontmatter[0].split('\n').length - 1 : 0;
	const title = frontmatter ? /^title:\s*(.+)$/m.exec(frontmatter[1])?.[1]?.trim() : undefined;

	const raw: Array<{ line: number; depth: number; text: string }> = [];
	const questions: Question[] = [];
	const prose: ChapterSource['prose'] = [];
	let fence: string | undefined;
	let inSelfTest = false;
	for (let i = firstBodyLine; i < lines.length; i++) {
		const text = lines[i];
		const line = i + 1;
		const marker = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
		if (fence) {
			if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
			continue;
		}
		if (marker) {
			fence = marker;
			continue;
		}
		prose.push({ line, text });
		const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(text);
		if (heading) {
			raw.push({ line, depth: heading[1].length, text: plainText(heading[2]) });
			inSelfTest = heading[1].length === 2 ? plainText(heading[2]) === SELF_TEST_HEADING : inSelfTest;
			continue;
		}
		const details = /<details\b([^>]*)>/.exec(text);
		if (details && inSelfTest) {
			const value = /\bdata-section="([^"]*)"/.exec(details[1])?.[1] ?? '';
			questions.push({ line, sections: value.split(/\s+/).filter(Boolean) });
		}
	}
	const ids = headingIds(raw);
	return { title, headings: raw.map((h, i) => ({ ...h, id: ids[i] })), questions, prose };
}

/**
 * Problems with the self-tests: a `##`/`###` section (before "Test jezelf") that no question names, a question
 * without `data-section`, and a `data-section` id that is no section of this chapter.
 */
export function selfTestProblems(source: string): string[] {
	const { headings, questions } = readChapter(source);
	const problems: string[] = [];
	const selfTest = headings.find((h) => h.depth === 2 && h.text === SELF_TEST_HEADING);
	if (!selfTest) return [`no "## ${SELF_TEST_HEADING}" heading`];
	const sections = headings.filter((h) => h.line < selfTest.line && (h.depth === 2 || h.depth === 3));
	const known = new Set(sections.map((s) => s.id));
	const covered = new Set(questions.flatMap((q) => q.sections));
	for (const s of sections) {
		if (!covered.has(s.id))
			problems.push(`line ${s.line}: section "${s.text}" (#${s.id}) has no "${SELF_TEST_HEADING}" question`);
	}
	for (const q of questions) {
		if (q.sections.length === 0) problems.push(`line ${q.line}: question without data-section="heading-id"`);
		for (const id of q.sections) {
			if (!known.has(id))
				problems.push(`line ${q.line}: data-section names #${id}, which is no section of this chapter`);
		}
	}
	return problems;
}

/** Dotted numbers ("2.7", "2.7.1") in a piece of text. */
const dottedNumbers = (text: string) => [...text.matchAll(/(?<![\d.])\d+(?:\.\d+)+(?![\d]|\.\d)/g)].map((m) => m[0]);

/**
 * Section numbers the book does not have, in the title, the headings and the running text (diagrams and code
 * left out): "2.7" and "H2.7" pass, "2.7.1" or "3.2" do not.
 */
export function inventedNumberProblems(source: string, allowed: ReadonlySet<string> = BOOK_SECTION_NUMBERS): string[] {
	const { title, prose } = readChapter(source);
	const problems: string[] = [];
	for (const n of dottedNumbers(title ?? '')) {
		if (!allowed.has(n)) problems.push(`title: "${title}" cites ${n}, a section number the book does not have`);
	}
	for (const { line, text } of prose) {
		const isHeading = /^#{1,6}\s/.test(text);
		for (const n of dottedNumbers(text)) {
			if (!allowed.has(n)) {
				problems.push(
					`line ${line}: ${isHeading ? 'heading' : 'text'} cites ${n}, a section number the book does not have`,
				);
			}
		}
	}
	return problems;
}
