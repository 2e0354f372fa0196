/**
 * `npm run approve:term-links [dist]`: writes `src/glossary/term-links.approved.txt` from a built site, so the file
 * lists every term link the build makes. Run after a build; read the diff (`git diff src/glossary/`) line by line:
 * a link belongs there only when the text at that spot means the glossary term.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { fileToUrlPath, htmlFiles } from '../shared/dist.ts';
import { formatApproval, termLinks } from './term-links.ts';

export const APPROVAL_FILE = new URL('./term-links.approved.txt', import.meta.url);

export function builtTermLinks(distDir: string) {
	return htmlFiles(distDir).flatMap((file) =>
		termLinks(fromHtml(readFileSync(join(distDir, file), 'utf8')), fileToUrlPath(file)),
	);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dist = resolve(process.argv[2] ?? 'dist');
	const links = builtTermLinks(dist);
	writeFileSync(APPROVAL_FILE, formatApproval(links));
	console.log(
		`Wrote ${links.length} term links from ${dist} to src/glossary/term-links.approved.txt; review \`git diff\`.`,
	);
}
