/**
 * The glossary as plain data, readable without the Astro runtime (rehype plugins, scripts, unit tests).
 * The `glossary` collection in `src/content.config.ts` uses the schema defined here, so the collection and
 * every build-time reader validate `src/content/glossary.yaml` the same way.
 *
 * Erasable TypeScript only, so `node` can import it directly.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'astro/zod';

/** Where the glossary lives, relative to the project root (what error messages show). */
export const GLOSSARY_FILE = 'src/content/glossary.yaml';
const GLOSSARY_PATH = fileURLToPath(new URL('../content/glossary.yaml', import.meta.url));

// Heading ids come from github-slugger, which keeps letters such as ë and may double a dash.
const slug = (what: string) =>
	z.string().regex(/^[\p{Ll}\p{N}_-]+$/u, `${what} must be lowercase letters, digits and dashes`);

/** Fields of one term (the collection schema; the `file()` loader takes `id` as the entry id). */
export const glossaryEntrySchema = z.object({
	term: z.string().trim().min(1),
	/** Short definition in our own words (one or two sentences). */
	definition: z.string().trim().min(10),
	/** Chapter that explains the term (1, 2 or 3). */
	chapter: z.number().int().min(1).max(3),
	/** Heading id on that chapter page where the term is explained, e.g. `social-selling`. */
	anchor: slug('anchor (a heading id)'),
	/** Other ways students write the term: abbreviations, spelling variants (e.g. MVO, AM). */
	aliases: z.array(z.string().trim().min(1)).default([]),
});

/** One YAML item: the collection fields plus its id. */
export const glossaryItemSchema = glossaryEntrySchema.extend({ id: slug('id') });

export type GlossaryTerm = z.infer<typeof glossaryItemSchema>;

/**
 * Parses and validates glossary YAML. Throws an error naming the file, line and entry for the first problem,
 * so a bad entry stops the build instead of silently dropping a term.
 */
export function parseGlossary(source: string, file: string = GLOSSARY_FILE): GlossaryTerm[] {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, prettyErrors: false });
	const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
	const [yamlError] = doc.errors;
	if (yamlError) throw new Error(`${file}:${lineOf(yamlError.pos[0])}: invalid YAML: ${yamlError.message}`);
	if (!isSeq(doc.contents)) throw new Error(`${file}: expected a YAML list of terms (each item starting with "- id:")`);

	const seen = new Map<string, number>();
	return doc.contents.items.map((node, index) => {
		const line = lineOf(node && typeof node === 'object' && 'range' in node ? node.range?.[0] : undefined);
		const raw: unknown = isMap(node) ? node.toJSON() : node;
		const id = raw && typeof raw === 'object' && 'id' in raw ? String(raw.id) : undefined;
		const where = `${file}:${line} (entry ${index + 1}${id ? ` "${id}"` : ''})`;
		const result = glossaryItemSchema.safeParse(raw);
		if (!result.success) {
			const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`);
			throw new Error(`Invalid glossary entry at ${where}: ${problems.join('; ')}`);
		}
		const firstLine = seen.get(result.data.id);
		if (firstLine !== undefined) {
			throw new Error(`Duplicate glossary id at ${where}: "${result.data.id}" is already used on line ${firstLine}`);
		}
		seen.set(result.data.id, line);
		return result.data;
	});
}

let cache: { path: string; mtimeMs: number; terms: GlossaryTerm[] } | undefined;

/** Reads `src/content/glossary.yaml` (re-read when the file changes, so `astro dev` picks up edits). */
export function loadGlossary(path: string = GLOSSARY_PATH): GlossaryTerm[] {
	const { mtimeMs } = statSync(path);
	if (cache?.path !== path || cache.mtimeMs !== mtimeMs) {
		const file = path === GLOSSARY_PATH ? GLOSSARY_FILE : path;
		cache = { path, mtimeMs, terms: parseGlossary(readFileSync(path, 'utf8'), file) };
	}
	return cache.terms;
}
