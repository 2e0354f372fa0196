/** Study mode's Astro integration: the routes that write the Anki and Quizlet downloads at build time. */
import type { AstroIntegration } from 'astro';
import { routePattern } from '../shared/urls.ts';
import { DOWNLOADS } from './downloads.ts';

export default function studyDownloads(): AstroIntegration {
	return {
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
	};
}
