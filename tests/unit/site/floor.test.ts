import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { floorMdx, writeFloor } from '../../../scripts/lib/floor.ts';

const page = `---
title: H1
chapter: 1
---

import { Aside } from '@astrojs/starlight/components';
import PdfDownloads from '../../components/PdfDownloads.astro';

Tekst.

<PdfDownloads />

<Aside>Blijft.</Aside>
`;

describe('floorMdx', () => {
	it('drops our components and the chapter field, keeps Starlight and the text', () => {
		const out = floorMdx(page);
		expect(out).not.toMatch(/PdfDownloads|chapter:/);
		expect(out).toContain("import { Aside } from '@astrojs/starlight/components';\n\nTekst.");
		expect(out).toContain('<Aside>Blijft.</Aside>');
	});
});

describe('writeFloor', () => {
	it('writes the home page and the chapter pages only, home first', () => {
		const root = mkdtempSync(join(tmpdir(), 'floor-root-'));
		const docs = join(root, 'src', 'content', 'docs');
		mkdirSync(docs, { recursive: true });
		mkdirSync(join(root, 'node_modules'));
		writeFileSync(
			join(root, 'package.json'),
			JSON.stringify({ dependencies: { astro: '^7', '@astrojs/starlight': '^0.42', sharp: '^0.35' } }),
		);
		writeFileSync(join(docs, 'index.mdx'), '---\ntitle: Home\n---\n\nWelkom.\n');
		writeFileSync(join(docs, 'h1-a.mdx'), page);
		writeFileSync(join(docs, 'oefenen.mdx'), '---\ntitle: Oefenen\n---\n');
		const dir = join(root, 'floor');
		expect(writeFloor(root, dir)).toEqual(['/', '/h1-a/']);
		expect(readdirSync(join(dir, 'src', 'content', 'docs')).sort()).toEqual(['h1-a.mdx', 'index.mdx']);
		expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).dependencies).toEqual({
			astro: '^7',
			'@astrojs/starlight': '^0.42',
			sharp: '^0.35',
		});
	});
});
