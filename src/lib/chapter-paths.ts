/**
 * Chapter pages by chapter number. Kept free of `astro:*` imports so tests and scripts outside Astro can use it;
 * `glossary.ts` re-exports it for components.
 */
export const CHAPTER_PATHS: Readonly<Record<number, string>> = {
	1: '/h1-introductie/',
	2: '/h2-omgeving-en-context/',
	3: '/h3-organisatie-van-sales/',
};
