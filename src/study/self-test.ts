/**
 * The "Test jezelf" questions of a chapter, read from its MDX at build time: each `<details>` under the
 * `## Test jezelf` heading is one question (its `<summary>`) with its model answer (the rest, as HTML). The quiz
 * page reads them from the docs collection through this module, so the chapters stay their only source.
 *
 * Erasable TypeScript without `astro:*` imports, so unit tests can feed it fixtures.
 */
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { slug } from 'github-slugger';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export const SELF_TEST_HEADING = 'Test jezelf';
/** The heading's id on the chapter page, as Starlight's slugger makes it. */
export const SELF_TEST_ANCHOR = slug(SELF_TEST_HEADING);

export interface SelfTestQuestion {
	question: string;
	/** The model answer as HTML (paragraphs, lists, emphasis from the MDX). */
	answerHtml: string;
	/** Heading id of the section that explains the answer (the first id in the `<details data-section="…">`). */
	section?: string;
	/** Line of the `<details>` in the MDX file, for error messages. */
	line: number;
}

/** `<summary>` on its own line is a flow element; right below `<details>` MDX parses it as a paragraph's only child. */
const isSummary = (node: RootContent): boolean =>
	(node.type === 'mdxJsxFlowElement' && node.name === 'summary') ||
	(node.type === 'paragraph' &&
		node.children.length === 1 &&
		node.children[0]?.type === 'mdxJsxTextElement' &&
		node.children[0].name === 'summary');

/** The `<details>` among `nodes`, also inside wrappers such as `<div data-pagefind-ignore>`. */
function detailsIn(nodes: RootContent[]): MdxJsxFlowElement[] {
	return nodes.flatMap((node) =>
		node.type !== 'mdxJsxFlowElement' ? [] : node.name === 'details' ? [node] : detailsIn(node.children),
	);
}

/** The first id in a `data-section` attribute, if it has one. */
function sectionOf(node: MdxJsxFlowElement): string | undefined {
	const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'data-section');
	const value = attribute && typeof attribute.value === 'string' ? attribute.value.trim() : '';
	return value ? value.split(/\s+/)[0] : undefined;
}

/** The first JSX node (component, HTML tag, expression) anywhere in `nodes`. */
function firstJsx(nodes: RootContent[]): RootContent | undefined {
	let found: RootContent | undefined;
	for (const node of nodes) {
		visit(node, (child) => {
			if (!found && child.type.startsWith('mdx')) found = child as RootContent;
		});
	}
	return found;
}

/**
 * The questions in `source` (MDX) in page order; none when the page has no "Test jezelf" section. A section without
 * questions, or a `<details>` there without a `<summary>` or an answer, stops the build, naming file and line.
 */
export function selfTestQuestions(source: string, file: string): SelfTestQuestion[] {
	// Smart quotes as on the chapter page (Astro's Markdown pipeline applies smartypants too), so the quiz's text
	// matches the chapter's.
	const processor = unified().use(remarkParse).use(remarkMdx).use(remarkSmartypants);
	const tree = processor.runSync(processor.parse(source)) as Root;
	const start = tree.children.findIndex(
		(node) => node.type === 'heading' && node.depth === 2 && toString(node).trim() === SELF_TEST_HEADING,
	);
	if (start === -1) return [];
	const section: RootContent[] = [];
	for (const node of tree.children.slice(start + 1)) {
		if (node.type === 'heading' && node.depth <= 2) break;
		section.push(node);
	}
	const questions: SelfTestQuestion[] = [];
	for (const node of detailsIn(section)) {
		const line = node.position?.start.line ?? 0;
		const summary = node.children.find(isSummary);
		const question = summary ? toString(summary).replace(/\s+/g, ' ').trim() : '';
		const answer = node.children.filter((child) => child !== summary);
		if (!question)
			throw new Error(`${file}:${line}: a "${SELF_TEST_HEADING}" <details> needs a <summary> with the question`);
		if (answer.length === 0)
			throw new Error(`${file}:${line}: the question "${question}" has no answer after its <summary>`);
		const jsx = firstJsx(answer);
		if (jsx) {
			throw new Error(
				`${file}:${jsx.position?.start.line ?? line}: the answer to "${question}" may only hold Markdown (no components or JSX), so the quiz can show it`,
			);
		}
		const hast = toHast({ type: 'root', children: answer } as Root) as HastRoot;
		const id = sectionOf(node);
		questions.push({ question, answerHtml: toHtml(hast), ...(id ? { section: id } : {}), line });
	}
	if (questions.length === 0) {
		const line = tree.children[start]?.position?.start.line ?? 0;
		throw new Error(`${file}:${line}: the "${SELF_TEST_HEADING}" section has no <details> questions for the quiz`);
	}
	return questions;
}
