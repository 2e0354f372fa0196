/** The glossary as a CSV for Quizlet's import, made at build time from the glossary collection. */
import type { APIRoute } from 'astro';
import { getGlossary } from '../../glossary/collection.ts';
import { quizletCsv } from '../anki.ts';

export const GET: APIRoute = async () =>
	new Response(quizletCsv((await getGlossary()).map((entry) => entry.data)), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
