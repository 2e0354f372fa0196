/**
 * `npm run approve:quiz-items`: writes `src/study/quiz-items.approved.txt` from the glossary, so the file lists every
 * multiple-choice item the quiz can ask. Read the diff (`git diff src/study/`) line by line: an item belongs there
 * only when no term in its pool could also be a right answer (else add the pair to `notInterchangeable`).
 */
import { writeFileSync } from 'node:fs';
import { ITEMS_APPROVAL_FILE, siteItemBank } from '../src/study/bank-check.ts';
import { formatItems } from '../src/study/item-bank.ts';

const items = siteItemBank();
writeFileSync(ITEMS_APPROVAL_FILE, formatItems(items));
console.log(`Wrote ${items.length} quiz items to src/study/quiz-items.approved.txt; review \`git diff\`.`);
