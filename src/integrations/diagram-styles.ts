/**
 * After the build: every page's diagram stylesheets move from its first SVG into <head>, once each
 * (`hoistDiagramStyles` in src/lib/diagram-merge.ts). The Mermaid plugin works on one Markdown document and cannot
 * reach the page head, so this happens on the built HTML. Add it before the PDF and security-header integrations.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../lib/dist-files.ts';
import { hoistDiagramStyles } from '../lib/diagram-merge.ts';

export default function diagramStyles(): AstroIntegration {
	return {
		name: 'diagram-styles',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				let pages = 0;
				for (const file of htmlFiles(root)) {
					const path = join(root, file);
					const html = readFileSync(path, 'utf8');
					const hoisted = hoistDiagramStyles(html);
					if (hoisted === html) continue;
					writeFileSync(path, hoisted);
					pages++;
				}
				logger.info(`diagram styles moved into <head> on ${pages} pages`);
			},
		},
	};
}
