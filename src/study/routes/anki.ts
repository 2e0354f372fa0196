/** The glossary as an Anki text file, made at build time from the glossary collection. */
import type { APIRoute } from 'astro';
import { getGlossary } from '../../glossary/collection.ts';
import { ankiText } from '../anki.ts';

export const GET: APIRoute = async () =>
	new Response(ankiText((await getGlossary()).map((entry) => entry.data)), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
