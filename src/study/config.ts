/**
 * The numbers and names of the study mode in one place. Erasable TypeScript without imports, so the browser
 * scripts, the build and the tests all read the same values.
 */

/** Cards per printed sheet: 3 columns × 4 rows of 60 × 62 mm fill an A4 page (the grid in PrintSheets.astro). */
export const CARDS_PER_SHEET = 12;
export const SHEET_COLUMNS = 3;

/**
 * New cards a student is offered per day and chapter filter (Anki's default is 20 per deck); reviews are never
 * capped. "Meer nieuwe kaarten voor vandaag" adds NEW_CARDS_BATCH more to today's limit of the chosen filter, as
 * Anki's custom study does.
 */
export const NEW_CARDS_PER_DAY = 20;
export const NEW_CARDS_BATCH = 10;
/**
 * A card in (re)learning that comes back within this many minutes is shown already when nothing else is left,
 * as Anki's "learn ahead limit" does, so "Opnieuw" returns in the same session instead of ending it.
 */
export const LEARN_AHEAD_MINUTES = 20;
/** A study day starts at 04:00 local time (as in Anki), so a late evening still counts as the same day. */
export const DAY_STARTS_AT_HOUR = 4;

/** Multiple-choice questions per quiz, and how many of the chapter's open "Test jezelf" questions join them. */
export const QUIZ_CHOICE_QUESTIONS = 10;
export const QUIZ_OPEN_QUESTIONS = 3;
/** Answer options per multiple-choice question (the right one plus distractors). */
export const QUIZ_OPTIONS = 4;

/** localStorage key of the study progress (the same key the first trainer used, so its data is found). */
export const STORAGE_KEY = 'samenvatting-sam.flashcards';
/** Names the progress format, in storage and in exported files, so a foreign JSON file is recognised as such. */
export const PROGRESS_FORMAT = 'samenvatting-sam/voortgang';
