/** Where the build writes the glossary for other study apps (one place for the routes and the links to them). */
export const DOWNLOADS = {
	anki: { path: '/oefenen/begrippen-anki.txt', label: 'Anki (tekstbestand)' },
	quizlet: { path: '/oefenen/begrippen-quizlet.csv', label: 'Quizlet (CSV)' },
} as const;
