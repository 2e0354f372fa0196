/**
 * ts-fsrs's `State` values as plain constants: importing the enum itself would pull the whole scheduler into the
 * pages that only read progress (the quiz, the home page's summary). `tests/unit/study/scheduler.test.ts` checks they match.
 */
export const State = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type StateValue = (typeof State)[keyof typeof State];
