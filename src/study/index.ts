/**
 * Study mode as one Starlight plugin: the trainer (/oefenen/), the quiz (/toets/) and the home page's progress
 * summary are components the pages use; this plugin checks the quiz's item bank and adds the Anki and Quizlet
 * downloads the build writes.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { siteItemBank } from './bank-check.ts';
import studyDownloads from './integration.ts';

export default function study(): StarlightPlugin {
	return {
		name: 'study',
		hooks: {
			'config:setup'({ addIntegration }) {
				// A quiz prompt that gives its own answer away stops the build here, naming the glossary's line.
				siteItemBank();
				addIntegration(studyDownloads());
			},
		},
	};
}
