/**
 * `npm run approve:term-links [dist]`: writes `src/glossary/term-links.approved.txt` from a built site, so the file
 * lists every term link the build makes. Run after a build; read the diff (`git diff src/glossary/`) line by line:
 * a link belongs there only when the text at that spot means the glossary term.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { APPROVAL_FILE, builtTermLinks, formatApproval } from '../src/glossary/term-links.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const links = builtTermLinks(dist);
writeFileSync(APPROVAL_FILE, formatApproval(links));
console.log(
	`Wrote ${links.length} term links from ${dist} to src/glossary/term-links.approved.txt; review \`git diff\`.`,
);
