/** Dutch sentences for why stored or imported progress was refused (see `Refusal` in storage.ts). */
import { PROGRESS_VERSION, type Refusal } from './storage.ts';

/** The stored card fields as a student could read them in a message. */
const FIELD_NAMES: Record<string, string> = {
	due: 'het moment waarop hij terugkomt',
	stability: 'de stabiliteit',
	difficulty: 'de moeilijkheid',
	elapsed_days: 'de verstreken dagen',
	scheduled_days: 'de geplande dagen',
	learning_steps: 'de leerstap',
	reps: 'het aantal herhalingen',
	lapses: 'het aantal keer vergeten',
	state: 'de leerstatus',
	last_review: 'de laatste herhaling',
	first: 'de startdag',
};

export function describeRefusal(refusal: Refusal): string {
	switch (refusal.why) {
		case 'json':
			return 'Het is geen geldig JSON-bestand (de inhoud is afgebroken of beschadigd).';
		case 'foreign':
			return 'Het bevat geen voortgang van deze site.';
		case 'newer':
			return `Het komt van een nieuwere versie van de site (versie ${refusal.version}, deze pagina kent versie ${PROGRESS_VERSION}); vernieuw de pagina en probeer het opnieuw.`;
		case 'version':
			return 'De versie van de voortgang is onbekend.';
		case 'cards':
			return 'De kaarten ontbreken.';
		case 'card':
			return refusal.field
				? `De kaart "${refusal.id}" heeft een ongeldige waarde voor ${FIELD_NAMES[refusal.field] ?? refusal.field}.`
				: `De kaart "${refusal.id}" is geen kaartgegeven.`;
		case 'legacy':
			return 'De oude voortgang (versie 1) is beschadigd: de markeringen ontbreken.';
		case 'mark':
			return `De oude voortgang (versie 1) is beschadigd: onbekende markering bij "${refusal.id}".`;
	}
}
