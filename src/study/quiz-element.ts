/**
 * <study-quiz>: "Toets jezelf". Reads the terms and open questions from the server-rendered list (QuizList.astro),
 * asks a quiz made by quiz.ts, shows the score with every wrong answer, and puts each term answered wrongly into the
 * review queue of the trainer straight away (so leaving halfway loses nothing).
 */
import { announcer, required, textOf } from './dom.ts';
import { commitProgress, loadProgress } from './progress-store.ts';
import { makeDue } from './queue.ts';
import {
	buildQuiz,
	isCorrect,
	scoreQuiz,
	type Question,
	type QuizOpenQuestion,
	type QuizTerm,
	type Response,
} from './quiz.ts';

/** The question as the student reads it. */
const promptText = (question: Question): string =>
	question.kind === 'open'
		? question.prompt
		: question.ask === 'definition'
			? `Wat betekent “${question.prompt}”?`
			: `Welk begrip past bij deze uitleg? “${question.prompt}”`;
const fromList = <T>(root: Element, selector: string, read: (el: HTMLElement) => T): T[] =>
	[...root.querySelectorAll<HTMLElement>(selector)].map(read);

class StudyQuiz extends HTMLElement {
	#terms: QuizTerm[] = [];
	#open: QuizOpenQuestion[] = [];
	#answers = new Map<string, Element>();
	#questions: Question[] = [];
	#responses = new Map<string, Response>();
	#index = 0;
	#announce: (message: string) => void = () => {};

	#el<T extends Element = HTMLElement>(name: string): T {
		return required<T>(this, `[data-quiz-${name}]`);
	}

	connectedCallback(): void {
		if (this.#terms.length) return;
		this.#announce = announcer(this.#el('status'));
		this.#terms = fromList(this, '[data-quiz-term]', (el) => ({
			id: el.dataset.id ?? '',
			chapter: Number(el.dataset.chapter),
			href: el.dataset.href ?? '',
			term: textOf(el, '[data-quiz-term-name]'),
			definition: textOf(el, '[data-quiz-definition]'),
			notInterchangeable: el.dataset.apart?.split(' ') ?? [],
			quiz:
				el.dataset.quizSetting === 'ask-meaning' || el.dataset.quizSetting === 'mask-name'
					? el.dataset.quizSetting
					: undefined,
		}));
		this.#open = fromList(this, '[data-quiz-open]', (el) => {
			this.#answers.set(el.dataset.id ?? '', required(el, '[data-quiz-answer]'));
			return {
				id: el.dataset.id ?? '',
				chapter: Number(el.dataset.chapter),
				href: el.dataset.href ?? '',
				question: textOf(el, '[data-quiz-question]'),
			};
		});
		this.#el('start').addEventListener('submit', (event) => {
			event.preventDefault();
			this.#start();
		});
		this.#el('again').addEventListener('click', () => {
			this.#show('start');
			// The button just pressed is gone; the choice of chapter is where the next quiz starts.
			this.#el('chapter').focus();
		});
		this.#el('next').addEventListener('click', () => this.#go(this.#index + 1));
		this.#el('reveal').addEventListener('click', () => this.#reveal());
		this.querySelectorAll<HTMLButtonElement>('[data-quiz-self]').forEach((button) =>
			button.addEventListener('click', () =>
				this.#respond({ kind: 'open', correct: button.dataset.quizSelf === 'true' }),
			),
		);
		this.addEventListener('keydown', (event) => {
			// 1–4 pick an option, as the answers in the trainer.
			const option = this.#el('options').querySelectorAll('button')[Number(event.key) - 1];
			if (
				/^[1-4]$/.test(event.key) &&
				option &&
				!option.disabled &&
				!event.ctrlKey &&
				!event.metaKey &&
				!event.altKey
			) {
				event.preventDefault();
				option.click();
			}
		});
		this.#el('app').hidden = false;
	}

	#show(view: 'start' | 'question-view' | 'result'): void {
		for (const name of ['start', 'question-view', 'result'] as const) this.#el(name).hidden = name !== view;
	}

	#start(): void {
		const value = this.#el<HTMLSelectElement>('chapter').value;
		this.#questions = buildQuiz(this.#terms, this.#open, value === 'all' ? 'all' : Number(value));
		this.#responses = new Map();
		this.#el('message').textContent = '';
		this.#show('question-view');
		this.#go(0);
	}

	#go(index: number): void {
		this.#index = index;
		const question = this.#questions[index];
		if (!question) return this.#finish();
		this.#el('position').textContent = `Vraag ${index + 1} van ${this.#questions.length}`;
		const prompt = this.#el('prompt');
		prompt.textContent = promptText(question);
		const options = this.#el('options');
		options.replaceChildren(
			...(question.kind === 'choice'
				? question.options.map((option, i) => {
						const button = document.createElement('button');
						button.type = 'button';
						button.className = 'study-button';
						const key = document.createElement('kbd');
						key.textContent = String(i + 1);
						key.setAttribute('aria-hidden', 'true');
						button.append(key, option);
						button.addEventListener('click', () => this.#respond({ kind: 'choice', picked: i }));
						return button;
					})
				: []),
		);
		options.hidden = question.kind !== 'choice';
		this.#el('model').hidden = true;
		this.#el('feedback').textContent = '';
		this.#el('reveal').hidden = question.kind !== 'open';
		this.querySelectorAll<HTMLElement>('[data-quiz-self]').forEach((button) => (button.hidden = true));
		this.#el('next').hidden = true;
		prompt.focus();
	}

	#reveal(): void {
		const question = this.#questions[this.#index];
		if (question?.kind !== 'open') return;
		const model = this.#el('model');
		model.replaceChildren(...this.#modelAnswer(question.openId));
		model.hidden = false;
		this.#el('reveal').hidden = true;
		this.querySelectorAll<HTMLElement>('[data-quiz-self]').forEach((button) => (button.hidden = false));
		required<HTMLElement>(this, '[data-quiz-self="true"]').focus();
		this.#announce(`Antwoord: ${model.textContent?.replace(/\s+/g, ' ').trim() ?? ''} Had je het goed?`);
	}

	#respond(response: Response): void {
		const question = this.#questions[this.#index];
		if (!question || this.#responses.has(question.id)) return;
		this.#responses.set(question.id, response);
		const correct = isCorrect(question, response);
		let feedback = correct ? 'Goed!' : 'Helaas, dat is niet goed.';
		if (question.kind === 'choice') {
			const right = question.options[question.answer] ?? '';
			this.#el('options')
				.querySelectorAll('button')
				.forEach((button, i) => {
					button.disabled = true;
					if (i === question.answer) button.dataset.verdict = 'right';
					else if (response.kind === 'choice' && i === response.picked) button.dataset.verdict = 'wrong';
				});
			if (!correct) {
				// A definition ends in its own full stop; a term gets one after the closing quote.
				feedback += ` Het goede antwoord is: “${right}”${/[.!?]$/.test(right) ? '' : '.'}`;
				this.#makeDue(question.termId);
			}
		} else {
			this.querySelectorAll<HTMLElement>('[data-quiz-self]').forEach((button) => (button.hidden = true));
		}
		this.#el('feedback').textContent = feedback;
		const next = this.#el<HTMLButtonElement>('next');
		next.textContent = this.#index + 1 < this.#questions.length ? 'Volgende vraag' : 'Bekijk je score';
		next.hidden = false;
		next.focus();
		this.#announce(feedback);
	}

	/** Puts a term into the trainer's queue, due now; a stored value that cannot be read is left alone. */
	#makeDue(termId: string): void {
		const now = Date.now();
		const ids = new Set(this.#terms.map((term) => term.id));
		const chapters = new Set(this.#terms.map((term) => term.chapter));
		const loaded = loadProgress(ids, chapters, now);
		if (!loaded.writable) {
			this.#el('message').textContent =
				`${loaded.notice?.text ?? ''} Daarom staat dit begrip niet klaar om te herhalen.`;
			return;
		}
		const progress = loaded.progress;
		// Merged with what the trainer in another tab stores meanwhile, card by card.
		commitProgress(
			{ ...progress, cards: { ...progress.cards, [termId]: makeDue(progress.cards[termId], now) } },
			ids,
			chapters,
			now,
		);
	}

	#finish(): void {
		const score = scoreQuiz(this.#questions, this.#responses);
		this.#show('result');
		const title = this.#el('score');
		title.textContent = `Je score: ${score.correct} van ${score.total} goed`;
		const terms = score.wrongTerms.length;
		this.#el('due').textContent =
			terms === 0
				? score.wrong.length === 0
					? 'Alles goed. Knap gedaan!'
					: 'Lees de uitleg bij de vragen hieronder nog eens na.'
				: `${terms === 1 ? 'Het begrip dat je fout had, staat' : `De ${terms} begrippen die je fout had, staan`} nu klaar om te herhalen in Oefenen.`;
		this.#el('wrong-block').hidden = score.wrong.length === 0;
		this.#el('wrong').replaceChildren(
			...score.wrong.map(({ question, given, right }) => {
				const item = document.createElement('li');
				const prompt = this.#line('quiz-wrong-prompt', '', promptText(question));
				const lines: HTMLElement[] = [prompt];
				if (question.kind === 'choice') {
					lines.push(this.#line('quiz-given', 'Jouw antwoord: ', given ?? 'geen'));
					lines.push(this.#line('quiz-right', 'Goed antwoord: ', right ?? ''));
				} else {
					const model = document.createElement('div');
					model.className = 'quiz-right';
					model.append(this.#line('', 'Antwoord uit de samenvatting:', ''), ...this.#modelAnswer(question.openId));
					lines.push(model);
				}
				const link = document.createElement('a');
				link.href = question.href;
				link.textContent = 'Lees de uitleg';
				const linkLine = document.createElement('p');
				linkLine.append(link);
				item.append(...lines, linkLine);
				return item;
			}),
		);
		title.focus();
		this.#announce(title.textContent);
	}

	/** A paragraph with an optional bold label before its text. */
	#line(className: string, label: string, content: string): HTMLParagraphElement {
		const line = document.createElement('p');
		if (className) line.className = className;
		if (label) {
			const strong = document.createElement('strong');
			strong.textContent = label;
			line.append(strong);
		}
		line.append(content);
		return line;
	}

	/** A copy of an open question's model answer, from the list on the page. */
	#modelAnswer(openId: string): Node[] {
		return [...(this.#answers.get(openId)?.childNodes ?? [])].map((node) => node.cloneNode(true));
	}
}

customElements.define('study-quiz', StudyQuiz);
