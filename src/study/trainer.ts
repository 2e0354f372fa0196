/**
 * <study-trainer>: the card trainer's behaviour. The server renders the markup (Trainer.astro) and the cards
 * (CardList.astro); this element reads the cards from the page, schedules them with ts-fsrs (scheduler.ts) and keeps
 * the student's progress (progress-store.ts).
 */
import { announcer, required, textOf } from './dom.ts';
import { NEW_CARDS_BATCH, NEW_CARDS_PER_DAY, STORAGE_KEY } from './config.ts';
import { studyDay, whenLabel } from './days.ts';
import { clearProgress, commitProgress, loadProgress, parse, saveProgress } from './progress-store.ts';
import { dailyQueue, moreNewCards, nextCard, type QueueCard } from './queue.ts';
import { ANSWERS, answer, preview } from './scheduler.ts';
import { mergeProgress, serializeProgress, type Progress } from './storage.ts';

interface CardData extends QueueCard {
	term: string;
	definition: string;
	/** "Niet verwarren met …", or empty. */
	apart: string;
	href: string;
	linkText: string;
}

/** An imported progress file is a few KB; anything far larger is not one. */
const MAX_IMPORT_BYTES = 2_000_000;

/** The cards, from the server-rendered list (one copy of the glossary on the page). */
const readCards = (root: HTMLElement): CardData[] =>
	[...root.querySelectorAll<HTMLElement>('[data-fc-entry]')].map((entry) => ({
		id: entry.dataset.id ?? '',
		chapter: Number(entry.dataset.chapter),
		term: textOf(entry, '[data-fc-entry-term]'),
		definition: textOf(entry, '[data-fc-entry-definition]'),
		apart: entry.querySelector('[data-fc-entry-apart]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
		href: required<HTMLAnchorElement>(entry, '[data-fc-entry-link]').getAttribute('href') ?? '#',
		linkText: textOf(entry, '[data-fc-entry-link]'),
	}));

/** Keys typed into these are the student's text, not shortcuts. */
const isTyping = (target: EventTarget | null): boolean =>
	target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));

class StudyTrainer extends HTMLElement {
	#cards: CardData[] = [];
	#byId = new Map<string, CardData>();
	#ids = new Set<string>();
	#chapters = new Set<number>();
	#progress: Progress = { cards: {}, chapter: 'all' };
	#writable = true;
	#current: string | undefined;
	#flipped = false;
	#shownId: string | undefined;
	#announce: (message: string) => void = () => {};

	#el<T extends Element = HTMLElement>(name: string): T {
		return required<T>(this, `[data-fc-${name}]`);
	}

	connectedCallback(): void {
		if (this.#cards.length) return;
		this.#announce = announcer(this.#el('status'));
		this.#cards = readCards(this);
		this.#byId = new Map(this.#cards.map((card) => [card.id, card]));
		this.#ids = new Set(this.#byId.keys());
		this.#chapters = new Set(this.#cards.map((card) => card.chapter));
		this.#load();

		const card = this.#el<HTMLButtonElement>('card');
		card.addEventListener('click', () => this.#flip());
		this.#el('show').addEventListener('click', () => {
			this.#flip();
			card.focus();
		});
		this.querySelectorAll<HTMLButtonElement>('[data-fc-answer]').forEach((button) =>
			button.addEventListener('click', () => this.#answer(Number(button.dataset.fcAnswer))),
		);
		const select = this.#el<HTMLSelectElement>('chapter');
		select.addEventListener('change', () => {
			this.#progress = { ...this.#progress, chapter: select.value === 'all' ? 'all' : Number(select.value) };
			this.#persist();
			// What an import or export said was about the last selection; a warning about storage still holds.
			if (this.#el('message').dataset.tone === 'ok') this.#message('', 'ok');
			this.#next();
			this.#render();
			this.#announce(`${select.selectedOptions[0]?.textContent ?? ''}. ${this.#todayText()}.`);
		});
		this.#el('export').addEventListener('click', () => this.#export());
		const input = this.#el<HTMLInputElement>('import');
		input.addEventListener('change', () => void this.#import(input));
		this.#el('reset').addEventListener('click', () => this.#reset());
		this.#el('more').addEventListener('click', () => this.#more());
		document.addEventListener('keydown', (event) => this.#key(event));
		// Another tab answered cards or a quiz made terms due: take that in; a card being answered stays on screen.
		window.addEventListener('storage', (event) => {
			if (event.key !== STORAGE_KEY) return;
			this.#sync();
			if (!this.#flipped) this.#next();
			this.#render();
		});
		this.#render();
		this.#el('app').hidden = false;
	}

	#load(): void {
		const loaded = loadProgress(this.#ids, this.#chapters, Date.now());
		this.#progress = loaded.progress;
		this.#writable = loaded.writable;
		this.#el<HTMLSelectElement>('chapter').value = String(this.#progress.chapter);
		if (loaded.notice) this.#message(loaded.notice.text, loaded.notice.tone);
		this.#next();
	}

	/** Lays what another tab stored over this tab's progress (newest review per card), keeping this tab's filter. */
	#sync(): void {
		const loaded = loadProgress(this.#ids, this.#chapters, Date.now());
		this.#writable = loaded.writable;
		if (!loaded.writable) {
			if (loaded.notice) this.#message(loaded.notice.text, loaded.notice.tone);
			return;
		}
		this.#progress = mergeProgress(loaded.progress, this.#progress);
	}

	/** Saves over what is stored now, merged per card, and goes on with the merged progress. */
	#persist(): void {
		if (this.#writable) this.#progress = commitProgress(this.#progress, this.#ids, this.#chapters, Date.now());
	}

	#queue(now = Date.now()) {
		return dailyQueue(this.#cards, this.#progress, now);
	}

	/** Picks the card to show next and puts it front side up. */
	#next(): void {
		const now = Date.now();
		this.#current = nextCard(this.#queue(now), this.#progress, now);
		this.#flipped = false;
	}

	#todayText(): string {
		const queue = this.#queue();
		return `Vandaag: ${queue.due.length} te herhalen, ${queue.fresh.length} nieuw`;
	}

	#render(): void {
		const now = Date.now();
		const card = this.#current ? this.#byId.get(this.#current) : undefined;
		this.#el('today').textContent = this.#todayText();
		this.#el('stage').hidden = !card;
		this.#el('done').hidden = Boolean(card);
		if (!card) {
			this.#el('done-text').textContent = this.#doneText(now);
			this.#el('more').hidden = this.#queue(now).waiting === 0;
			return;
		}
		const stored = this.#progress.cards[card.id];
		this.#el('term').textContent = card.term;
		this.#el('back-term').textContent = card.term;
		this.#el('definition').textContent = card.definition;
		this.#el('apart').textContent = card.apart;
		const link = this.#el<HTMLAnchorElement>('link');
		link.href = card.href;
		link.textContent = card.linkText;
		this.#el('badge').textContent = stored ? 'Herhalen' : 'Nieuw';

		const button = this.#el<HTMLButtonElement>('card');
		const newCard = card.id !== this.#shownId;
		button.classList.toggle('fc-instant', newCard);
		button.dataset.flipped = String(this.#flipped);
		if (newCard) {
			void button.offsetWidth; // commit the unanimated turn before transitions come back
			button.classList.remove('fc-instant');
			this.#shownId = card.id;
		}
		// Only the side facing the student is read out as the button's name.
		this.#el('front').setAttribute('aria-hidden', String(this.#flipped));
		this.#el('back').setAttribute('aria-hidden', String(!this.#flipped));
		this.#el('source').dataset.shown = String(this.#flipped);
		this.#el('answers').dataset.shown = String(this.#flipped);
		this.#el('show').dataset.shown = String(!this.#flipped);
		const outcomes = preview(stored, now);
		this.querySelectorAll('[data-fc-when]').forEach((when, index) => (when.textContent = outcomes[index]?.label ?? ''));
	}

	#doneText(now: number): string {
		const chapter = this.#progress.chapter;
		const upcoming = Object.entries(this.#progress.cards)
			.filter(([id]) => chapter === 'all' || this.#byId.get(id)?.chapter === chapter)
			.map(([, card]) => card.due)
			.sort((a, b) => a - b)[0];
		const waiting = this.#queue(now).waiting;
		return [
			'Je hebt alle kaarten voor vandaag gehad.',
			upcoming === undefined ? '' : `De volgende komt ${whenLabel(Math.max(upcoming, now), now)} terug.`,
			waiting
				? `Er wachten nog ${waiting} nieuwe kaarten: morgen krijg je er weer ${NEW_CARDS_PER_DAY}, of neem er nu ${Math.min(NEW_CARDS_BATCH, waiting)} bij.`
				: '',
		]
			.filter(Boolean)
			.join(' ');
	}

	#flip(): void {
		const card = this.#current ? this.#byId.get(this.#current) : undefined;
		if (!card) return;
		this.#flipped = !this.#flipped;
		this.#render();
		this.#announce(this.#flipped ? `Betekenis: ${card.definition}` : `Begrip: ${card.term}`);
	}

	#answer(index: number): void {
		const card = this.#current ? this.#byId.get(this.#current) : undefined;
		const choice = ANSWERS[index];
		if (!card || !choice || !this.#flipped) return;
		// Answer on the latest copy of the card: another tab may have answered it meanwhile.
		this.#sync();
		const now = Date.now();
		const updated = answer(this.#progress.cards[card.id], choice.grade, now);
		this.#progress = { ...this.#progress, cards: { ...this.#progress.cards, [card.id]: updated } };
		this.#persist();
		this.#next();
		this.#render();
		const next = this.#current ? this.#byId.get(this.#current) : undefined;
		this.#announce(
			`${choice.label}: ${card.term} komt ${whenLabel(updated.due, now)} terug. ` +
				(next ? `Volgende kaart: ${next.term}.` : 'Klaar voor vandaag.'),
		);
		// Go on from the keyboard: the next card, or the "done" heading.
		(next ? this.#el('card') : this.#el('done-title')).focus();
	}

	#key(event: KeyboardEvent): void {
		if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
		if (this.#el('stage').hidden || (event.target instanceof Element && event.target.closest('dialog'))) return;
		if (event.key === ' ' && (event.target === document.body || event.target === document.documentElement)) {
			// Space on the page flips the card, as on the card itself (where the button's own click does it).
			event.preventDefault();
			this.#flip();
			this.#el('card').focus();
		} else if (/^[1-4]$/.test(event.key) && this.#flipped) {
			event.preventDefault();
			this.#answer(Number(event.key) - 1);
		}
	}

	#export(): void {
		const url = URL.createObjectURL(
			new Blob([serializeProgress(this.#progress, new Date())], { type: 'application/json' }),
		);
		const link = document.createElement('a');
		link.href = url;
		link.download = `oefenvoortgang-${studyDay(Date.now())}.json`;
		link.click();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
		this.#message(
			'Je voortgang is opgeslagen als bestand. Importeer het op een ander apparaat met “Voortgang importeren”.',
			'ok',
		);
	}

	async #import(input: HTMLInputElement): Promise<void> {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		const refuse = (reason: string) =>
			this.#message(`“${file.name}” is niet geïmporteerd: ${reason} Je voortgang is niet veranderd.`, 'warn');
		if (file.size > MAX_IMPORT_BYTES) return refuse('Het bestand is te groot voor een voortgangsbestand.');
		const parsed = parse(await file.text(), this.#ids, this.#chapters, Date.now());
		if ('refused' in parsed) return refuse(parsed.refused);
		this.#progress = parsed.progress;
		this.#writable = true;
		// An import replaces what is stored; it is not merged with it.
		saveProgress(this.#progress);
		this.#el<HTMLSelectElement>('chapter').value = String(this.#progress.chapter);
		this.#next();
		this.#render();
		this.#message(
			`Voortgang geïmporteerd uit “${file.name}”: ${Object.keys(this.#progress.cards).length} kaarten. ${this.#todayText()}.`,
			'ok',
		);
	}

	#reset(): void {
		if (!window.confirm('Wil je al je voortgang wissen? Alle kaarten worden dan weer nieuw.')) return;
		clearProgress();
		this.#progress = { cards: {}, chapter: this.#progress.chapter };
		this.#writable = true;
		saveProgress(this.#progress);
		this.#next();
		this.#render();
		this.#message(`Voortgang gewist. ${this.#todayText()}.`, 'ok');
	}

	/** "Meer nieuwe kaarten voor vandaag": a batch more new cards under the current filter, as Anki's custom study. */
	#more(): void {
		this.#progress = moreNewCards(this.#progress, Date.now());
		this.#persist();
		this.#next();
		this.#render();
		this.#announce(`${NEW_CARDS_BATCH} nieuwe kaarten erbij. ${this.#todayText()}.`);
		this.#el(this.#current ? 'card' : 'done-title').focus();
	}

	/** A visible message (role="alert"): what an import, export, reset or the stored value did. */
	#message(text: string, tone: 'ok' | 'warn'): void {
		const message = this.#el('message');
		message.dataset.tone = tone;
		message.textContent = text;
	}
}

customElements.define('study-trainer', StudyTrainer);
