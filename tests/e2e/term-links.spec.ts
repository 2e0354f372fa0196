/**
 * Every term link the build makes must be in the reviewed approval file `src/glossary/term-links.approved.txt`, and
 * every approved link must still be made: a new or changed link fails until someone has read it and run
 * `npm run approve:term-links` (after a build). Reads the built pages; no browser needed.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
	APPROVAL_FILE,
	builtTermLinks,
	compareApproval,
	formatLink,
	parseApproval,
} from '../../src/glossary/term-links.ts';
import { DIST } from '../lib/dist-pages.ts';

test('the build links exactly the approved term mentions', () => {
	const built = builtTermLinks(DIST).map(formatLink);
	const approved = parseApproval(readFileSync(APPROVAL_FILE, 'utf8'));
	const { added, removed } = compareApproval(approved, built);
	const explain = [
		...added.map((line) => `new, not yet reviewed: ${line}`),
		...removed.map((line) => `approved, no longer made: ${line}`),
		'Read each line: a link belongs only where the text means the glossary term. Then run `npm run approve:term-links`.',
	].join('\n');
	expect(built.length).toBeGreaterThan(0);
	expect({ added, removed }, explain).toEqual({ added: [], removed: [] });
});
