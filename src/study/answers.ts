/**
 * The four answers' labels and keys, without the scheduler: the server renders the buttons from this list and the
 * scheduler (`scheduler.ts`) maps them to ts-fsrs ratings in the same order.
 */
export const ANSWER_LABELS = [
	{ label: 'Opnieuw', key: '1' },
	{ label: 'Moeilijk', key: '2' },
	{ label: 'Goed', key: '3' },
	{ label: 'Makkelijk', key: '4' },
] as const;
