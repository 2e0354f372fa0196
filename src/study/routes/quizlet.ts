/** The glossary as a text file for Quizlet's import (term, tab, definition per line), made at build time. */
import type { APIRoute } from 'astro';
import { getGlossary } from '../../glossary/collection.ts';
import { quizletText } from '../anki.ts';

export const GET: APIRoute = async () =>
	new Response(quizletText((await getGlossary()).map((entry) => entry.data)), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
