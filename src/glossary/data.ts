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
import { readChapterPages } from '../shared/chapter-pages.ts';

/** Where the glossary lives, relative to the project root (what error messages show). */
export const GLOSSARY_FILE = 'src/content/glossary.yaml';
const GLOSSARY_YAML = fileURLToPath(new URL('../content/glossary.yaml', import.meta.url));

// Heading ids come from github-slugger, which keeps letters such as ë and may double a dash.
const slug = (what: string) =>
	z.string().regex(/^[\p{Ll}\p{N}_-]+$/u, `${what} must be lowercase letters, digits and dashes`);

/** Fields of one term (the collection schema; the `file()` loader takes `id` as the entry id). */
export const glossaryEntrySchema = z.object({
	term: z.string().trim().min(1),
	/** Short definition in our own words (one or two sentences). */
	definition: z.string().trim().min(10),
	/** Chapter that explains the term: any chapter the docs have (checked in `parseGlossary`, with the line). */
	chapter: z.number().int().positive(),
	/** Heading id on that chapter page where the term is explained, e.g. `social-selling`. */
	anchor: slug('anchor (a heading id)'),
	/**
	 * Search only: other ways students type the term (abbreviations, spelling variants, true synonyms such as
	 * `verkoop` for Sales). A synonym or nothing: never a word that names something else. Never opens a preview.
	 */
	aliases: z.array(z.string().trim().min(1)).default([]),
	/**
	 * A remark about the source, shown under the definition on the Begrippenlijst: which part of the definition is our
	 * own explanation because the notes give none, or what the notes leave unsaid. Kept out of `definition`, which
	 * flashcards, the quiz, exports, term previews and search show on their own.
	 */
	note: z.string().trim().min(10).optional(),
	/**
	 * Term previews: forms in running text that open this term's preview besides its name (e.g. `vijf fasen`, `AM`),
	 * linked only on the term's own chapter page. A name with a bracket ("Prijs (P)") links only as written, so a
	 * term whose bare name is an everyday word lists here only the forms that mean the term.
	 */
	preview: z.array(z.string().trim().min(1)).default([]),
	/**
	 * Ids of terms that may not stand in for this one: its parts or kinds, terms the notes equate, or terms whose
	 * definitions differ by a word, so one could also be judged right for the other. Symmetric (listing a pair on one
	 * side is enough). The quiz never offers one as a wrong option for the other; the Begrippenlijst and the card say
	 * "Niet verwarren met …".
	 */
	notInterchangeable: z.array(slug('notInterchangeable id')).default([]),
	/**
	 * Quiz, for a term whose definition names it (the term, its abbreviation or its head word): `ask-meaning` asks
	 * only for the definition of the term, never the term for its definition; `mask-name` shows the definition with
	 * those words replaced by "…". Without it, such a definition stops the build.
	 */
	quiz: z.enum(['ask-meaning', 'mask-name']).optional(),
});

/** One YAML item: the collection fields plus its id. */
export const glossaryItemSchema = glossaryEntrySchema.extend({ id: slug('id') });

export type GlossaryTerm = z.infer<typeof glossaryItemSchema>;

/**
 * Parses and validates glossary YAML. Throws an error naming the file, line and entry for the first problem,
 * so a bad entry stops the build instead of silently dropping a term. Given the chapter numbers the docs have,
 * a term pointing to another chapter is such a problem too.
 */
export function parseGlossary(
	source: string,
	file: string = GLOSSARY_FILE,
	chapters?: ReadonlySet<number>,
): GlossaryTerm[] {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, prettyErrors: false });
	const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
	const [yamlError] = doc.errors;
	if (yamlError) throw new Error(`${file}:${lineOf(yamlError.pos[0])}: invalid YAML: ${yamlError.message}`);
	if (!isSeq(doc.contents)) throw new Error(`${file}: expected a YAML list of terms (each item starting with "- id:")`);

	const seen = new Map<string, number>();
	const where: string[] = [];
	const terms = doc.contents.items.map((node, index) => {
		const line = lineOf(node && typeof node === 'object' && 'range' in node ? node.range?.[0] : undefined);
		const raw: unknown = isMap(node) ? node.toJSON() : node;
		const id = raw && typeof raw === 'object' && 'id' in raw ? String(raw.id) : undefined;
		where[index] = `${file}:${line} (entry ${index + 1}${id ? ` "${id}"` : ''})`;
		const result = glossaryItemSchema.safeParse(raw);
		if (!result.success) {
			const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`);
			throw new Error(`Invalid glossary entry at ${where[index]}: ${problems.join('; ')}`);
		}
		if (chapters && !chapters.has(result.data.chapter)) {
			const known = [...chapters].sort((a, b) => a - b).join(', ');
			throw new Error(
				`Invalid glossary entry at ${where[index]}: chapter: no page in src/content/docs has chapter ${result.data.chapter} ` +
					`(chapters: ${known})`,
			);
		}
		const firstLine = seen.get(result.data.id);
		if (firstLine !== undefined) {
			throw new Error(
				`Duplicate glossary id at ${where[index]}: "${result.data.id}" is already used on line ${firstLine}`,
			);
		}
		seen.set(result.data.id, line);
		return result.data;
	});
	terms.forEach((term, index) => {
		for (const other of term.notInterchangeable) {
			if (other === term.id || !seen.has(other)) {
				const why = other === term.id ? 'the term itself' : 'no such glossary id';
				throw new Error(`Invalid glossary entry at ${where[index]}: notInterchangeable: "${other}" is ${why}`);
			}
		}
	});
	return terms;
}

/** Line of each glossary id in `source` (for build checks that name the entry's line). */
export function glossaryLines(source: string): Map<string, number> {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter });
	const lines = new Map<string, number>();
	if (!isSeq(doc.contents)) return lines;
	for (const node of doc.contents.items) {
		if (!isMap(node) || !node.range) continue;
		const id = node.get('id');
		if (typeof id === 'string') lines.set(id, lineCounter.linePos(node.range[0]).line);
	}
	return lines;
}

/**
 * For each id, the ids it may not stand in for, both ways (the field lists a pair on one side only).
 */
export function notInterchangeable(terms: readonly GlossaryTerm[]): Map<string, Set<string>> {
	const pairs = new Map(terms.map((term) => [term.id, new Set<string>()]));
	for (const term of terms) {
		for (const other of term.notInterchangeable) {
			pairs.get(term.id)?.add(other);
			pairs.get(other)?.add(term.id);
		}
	}
	return pairs;
}

let cache: { path: string; mtimeMs: number; chapters: string; terms: GlossaryTerm[] } | undefined;

/**
 * Reads `src/content/glossary.yaml`, checking each term's chapter against the chapter pages in `src/content/docs/`
 * (re-read when the file or the chapters change, so `astro dev` picks up edits).
 */
export function loadGlossary(
	path: string = GLOSSARY_YAML,
	chapters: ReadonlySet<number> = new Set(readChapterPages().map((page) => page.chapter)),
): GlossaryTerm[] {
	const { mtimeMs } = statSync(path);
	const chapterKey = [...chapters].join(',');
	if (cache?.path !== path || cache.mtimeMs !== mtimeMs || cache.chapters !== chapterKey) {
		const file = path === GLOSSARY_YAML ? GLOSSARY_FILE : path;
		cache = { path, mtimeMs, chapters: chapterKey, terms: parseGlossary(readFileSync(path, 'utf8'), file, chapters) };
	}
	return cache.terms;
}
