/**
 * After the build: stops it when a link in any page leads to no page, file or anchor of the site (check.ts),
 * naming the source file and line where the author wrote it. Runs after the steps that add files (PDFs) and before
 * those that only record dist/ (offline list, headers): plugin order in astro.config.mjs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { slug } from 'github-slugger';
import { builtPages } from '../shared/dist.ts';
import { filesUnder } from '../shared/files.ts';
import { pagePath } from '../shared/urls.ts';
import { describeBrokenLinks, findBrokenLinks } from './check.ts';

export interface LinkCheckConfig {
	/** Link paths that are not checked (`*` = anything), e.g. files a quick build leaves out. */
	unchecked?: readonly string[];
}

/** URL path → project-relative source file, for every Markdown/MDX page under the docs collection's folder. */
function docsSources(projectRoot: string): Map<string, string> {
	const sources = new Map<string, string>();
	for (const file of filesUnder(join(projectRoot, 'src', 'content', 'docs'), {
		include: (path) => /\.mdx?$/.test(path),
	})) {
		// Starlight's slug: each folder and the file name slugified, the extension and a final `index` dropped.
		const segments = file
			.replace(/\.mdx?$/, '')
			.split('/')
			.map((segment) => slug(segment));
		if (segments.at(-1) === 'index') segments.pop();
		sources.set(pagePath(segments.join('/')), `src/content/docs/${file}`);
	}
	return sources;
}

export default function linkCheck(config: LinkCheckConfig = {}): AstroIntegration {
	let site: string | undefined;
	let projectRoot = process.cwd();
	return {
		name: 'link-check',
		hooks: {
			'astro:config:done': ({ config: astroConfig }) => {
				site = astroConfig.site;
				projectRoot = fileURLToPath(astroConfig.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const sources = docsSources(projectRoot);
				const pages = builtPages(root);
				const broken = findBrokenLinks(root, pages, {
					site,
					unchecked: config.unchecked,
					sourceOf: (path) => sources.get(path),
					readSource: (file) => {
						try {
							return readFileSync(join(projectRoot, file), 'utf8');
						} catch {
							return undefined;
						}
					},
				});
				if (broken.length) throw new Error(describeBrokenLinks(broken));
				logger.info(`${pages.length} pages: every internal link and #anchor leads somewhere.`);
			},
		},
	};
}
