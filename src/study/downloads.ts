/** The study pages' URLs and the files the build writes for other study apps (routes and links read them here). */
import { pagePath } from '../shared/urls.ts';

export const TRAINER_PATH = pagePath('oefenen');
export const QUIZ_PATH = pagePath('toets');

export const DOWNLOADS = {
	anki: { path: `${TRAINER_PATH}begrippen-anki.txt`, label: 'Anki (tekstbestand)' },
	quizlet: { path: `${TRAINER_PATH}begrippen-quizlet.txt`, label: 'Quizlet (tekstbestand)' },
} as const;
