/** The ```mermaid fences of the site's content, read from the files (the font subset and the shared diagram sheet). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { filesUnder } from '../shared/files.ts';

/**
 * The ```mermaid fences of a Markdown/MDX document: their bodies (as Markdown hands them to the rehype plugin: the
 * fence's own indentation removed, a final newline kept) and the line each fence starts on.
 */
export function mermaidFences(markdown: string): { line: number; body: string }[] {
	return [...markdown.matchAll(/^([ \t]*)(`{3,}|~{3,})mermaid[^\n]*\n([\s\S]*?)^\1\2[ \t]*$/gm)].map((match) => {
		const indent = match[1] ?? '';
		const body = match[3] ?? '';
		return {
			line: markdown.slice(0, match.index).split('\n').length,
			body: indent ? body.replace(new RegExp(`^${indent}`, 'gm'), '') : body,
		};
	});
}

/** The body of every ```mermaid fence in the Markdown/MDX files under a folder. */
export async function diagramSources(contentDir: string): Promise<string[]> {
	const files = filesUnder(contentDir, { include: (path) => /\.mdx?$/.test(path) }).map((path) =>
		join(contentDir, path),
	);
	const fences = await Promise.all(
		files.map(async (file) => mermaidFences(await readFile(file, 'utf8')).map((fence) => fence.body)),
	);
	return fences.flat();
}
