/**
 * Study mode as one Starlight plugin: the trainer (/oefenen/), the quiz (/toets/) and the home page's progress
 * summary are components the pages use; this plugin checks the quiz's item bank and adds the Anki and Quizlet
 * downloads the build writes.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { routePattern } from '../shared/urls.ts';
import { siteItemBank } from './bank-check.ts';
import { DOWNLOADS } from './downloads.ts';

export default function study(): StarlightPlugin {
	return {
		name: 'study',
		hooks: {
			'config:setup'({ addIntegration }) {
				// A quiz prompt that gives its own answer away stops the build here, naming the glossary's line.
				siteItemBank();
				addIntegration({
					name: 'study-downloads',
					hooks: {
						'astro:config:setup'({ injectRoute }) {
							injectRoute({
								pattern: routePattern(DOWNLOADS.anki.path),
								entrypoint: new URL('./routes/anki.ts', import.meta.url),
								prerender: true,
							});
							injectRoute({
								pattern: routePattern(DOWNLOADS.quizlet.path),
								entrypoint: new URL('./routes/quizlet.ts', import.meta.url),
								prerender: true,
							});
						},
					},
				});
			},
		},
	};
}
