/**
 * Flashcards: the study mode on /oefenen/ (Flashcards.astro, used in oefenen.mdx), built from the glossary.
 * It needs nothing from Starlight's config yet; the plugin is where it will register what it needs.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';

export default function flashcards(): StarlightPlugin {
	return { name: 'flashcards', hooks: { 'config:setup'() {} } };
}
