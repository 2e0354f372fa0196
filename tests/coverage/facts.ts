/**
 * Checklist of every fact in the source notes (/work/shared/source/notes-h1-h3.txt): at least one entry per
 * enumerated item and per definition. tests/e2e/content.spec.ts asserts that the built chapter page states each
 * one, in the body text (not only in a diagram or a "Test jezelf" answer).
 *
 * `pattern` matches our own wording of the fact (case-insensitive, whitespace collapsed), so rewording a
 * sentence may need the pattern updated, while dropping a fact makes the test fail. Apostrophes are written
 * ['’] because the build turns them into typographic ones (P's -> P’s).
 */
export interface Fact {
	chapter: 1 | 2 | 3;
	/** The fact as the notes state it, briefly, so a failure says what is missing. */
	fact: string;
	pattern: RegExp;
}

export const FACTS: readonly Fact[] = [
	// --- H1: what sales is ---
	{ chapter: 1, fact: 'sales is a process between people', pattern: /Sales is een proces dat zich tussen mensen afspeelt/i },
	{ chapter: 1, fact: 'one helps the other make the right decision', pattern: /helpt de andere om de juiste beslissing te nemen/i },
	{ chapter: 1, fact: 'based on relevant wishes, needs and interests', pattern: /beslissing steunt op de wensen, behoeften en belangen die ertoe doen/i },
	{ chapter: 1, fact: 'linked to the possibilities to fulfil them', pattern: /verbonden met de mogelijkheden/i },
	{ chapter: 1, fact: 'sales covers direct selling', pattern: /directe verkoop/i },
	{ chapter: 1, fact: 'sales covers negotiating customer contacts', pattern: /onderhandelen van klantcontacten/i },
	{ chapter: 1, fact: 'sales covers acquisition (explained as ours)', pattern: /acquisitie\. De aantekeningen leggen dit woord niet uit\. Onze uitleg: acquisitie is het werven van nieuwe klanten/i },
	{ chapter: 1, fact: 'lead = new customer to follow up', pattern: /lead is een nieuwe klant.*opvolgen/i },
	{ chapter: 1, fact: 'prospect = potential customer', pattern: /prospect is een potentiële klant/i },
	{ chapter: 1, fact: 'turn prospects into paying customers by convincing them the product meets needs', pattern: /betalende klant.*overtuigen dat het product of de dienst aansluit bij zijn behoeften/i },
	// --- H1: five phases ---
	{ chapter: 1, fact: 'five phases of relationship management / sales', pattern: /in vijf fasen ontwikkeld/i },
	{ chapter: 1, fact: 'phase 1 production orientation: mass production', pattern: /Productieoriëntatie\. De focus ligt op het produceren van goederen in grote hoeveelheden/i },
	{ chapter: 1, fact: 'phase 1: lowest possible price', pattern: /zo laag mogelijk/i },
	{ chapter: 1, fact: 'phase 2 product orientation: quality, best product', pattern: /Productoriëntatie\. Het product zelf staat centraal.*beste kwaliteit en het beste product/i },
	{ chapter: 1, fact: 'phase 2: salesperson dominant', pattern: /verkoper speelt in deze fase een dominante rol/i },
	{ chapter: 1, fact: 'phase 3 sales orientation: competition forces selling', pattern: /Verkooporiëntatie\. Door de concurrentie moeten producten actief aan de man/i },
	{ chapter: 1, fact: 'phase 3: focus on sales', pattern: /focus komt daardoor op sales te liggen/i },
	{ chapter: 1, fact: 'phase 4 marketing orientation: products matched to customer wishes (customer-oriented thinking)', pattern: /Marketingoriëntatie\. De organisatie stemt haar producten af op de wensen en behoeften van klanten; ze denkt klantgericht/i },
	{ chapter: 1, fact: 'societal marketing concept: whole society, not only target group', pattern: /maatschappelijk marketingconcept: de organisatie let niet alleen op wat haar doelgroep wil, maar op de hele samenleving/i },
	{ chapter: 1, fact: 'MVO spelled out: people, planet, profit in all policy', pattern: /maatschappelijk verantwoord ondernemen \(MVO\): .*people, planet en profit .*beleid/i },
	{ chapter: 1, fact: 'phase 5 relationship marketing: building relationships', pattern: /Relatiemarketing\. Klantgerichtheid wordt concreet gemaakt door relaties/i },
	{ chapter: 1, fact: 'phase 5: long-term relationship, supplier adds value instead of transaction', pattern: /In plaats van te mikken op één transactie.*lange termijn.*waarde toevoegt/i },
	// --- H1: social selling ---
	{ chapter: 1, fact: 'social selling = sales approach via (social) media', pattern: /Social selling is een salesbenadering waarbij verkopers via nieuwe media, zoals sociale media/i },
	{ chapter: 1, fact: 'social selling: content at the right moment to help customers', pattern: /op het juiste moment content aan en helpen ze daarmee een stap verder/i },
	// --- H1: three roles ---
	{ chapter: 1, fact: 'three roles of sales', pattern: /drie mogelijke rollen/i },
	{ chapter: 1, fact: 'sales-oriented: tight approach, detailed job descriptions, sales plans, closing deals', pattern: /strakke salesaanpak\. Gedetailleerde taakomschrijvingen, salesplannen en salesactiviteiten.*sluiten van deals/i },
	{ chapter: 1, fact: 'lead generation = all activities to get in touch with potential customers', pattern: /leadgeneratie: alle activiteiten die bedoeld zijn om in contact te komen met potentiële klanten/i },
	{ chapter: 1, fact: 'sales-oriented disadvantage: result central, customer focus may be missing', pattern: /nadelen: de focus op de klant kan ontbreken, en het resultaat staat centraal/i },
	{ chapter: 1, fact: 'product-oriented: eye for own offer, transaction self-evident through quality', pattern: /vooral naar haar eigen aanbod.*transactie vanzelf volgt.*kwaliteit/i },
	{ chapter: 1, fact: 'product-oriented: sales looked down upon, good product sells itself', pattern: /Op sales wordt neergekeken.*goed product zichzelf verkoopt/i },
	{ chapter: 1, fact: 'customer-oriented: AMs and management lose own interest', pattern: /Accountmanagers en het management.*belang van de klant.*eigen belang.*uit het oog verliezen/i },
	{ chapter: 1, fact: 'customer-oriented: salespeople hardly control the sales process', pattern: /nauwelijks greep op het verkoopproces/i },
	// --- H1: four sales approaches ---
	{ chapter: 1, fact: 'four sales approaches', pattern: /vier manieren om het verkopen te benaderen/i },
	{ chapter: 1, fact: 'transactional: traditional, visit as many customers as possible', pattern: /traditionele manier van verkopen\. De verkoper bezoekt zo veel mogelijk klanten/i },
	{ chapter: 1, fact: 'transactional: build a bond, get a transaction, short term', pattern: /band op te bouwen en tot een transactie te komen\. De nadruk ligt op transacties op korte termijn/i },
	{ chapter: 1, fact: 'adaptive: needs-based, customer is starting point, various needs', pattern: /Behoeftegericht verkopen\. De klant is het vertrekpunt.*verschillende behoeften/i },
	{ chapter: 1, fact: 'adaptive: focus stays on product, the AM only adapts his arguments to the customer', pattern: /blijft de focus bij het product: de AM stemt alleen zijn argumenten op de klant af, om hem te overtuigen/i },
	{ chapter: 1, fact: 'adaptive: pitch differs per customer, more long-term', pattern: /verkooppraatje verschilt dus per klant\. Deze benadering is meer op de lange termijn gericht/i },
	{ chapter: 1, fact: 'consultative: customer situation, not product; look beyond own product', pattern: /Niet het product, maar de situatie van de klant staat centraal.*verder dan zijn eigen product/i },
	{ chapter: 1, fact: 'consultative: deep dive into problem, tailored solution', pattern: /verdiept zich grondig in het probleem.*oplossing op maat/i },
	{ chapter: 1, fact: 'consultative: long-term, trust central, delivering value', pattern: /samenwerking voor de lange termijn, gebouwd op vertrouwen, waarin de verkoper waarde levert/i },
	{ chapter: 1, fact: 'collaborative: supplier and customer are partners working together', pattern: /Leverancier en klantorganisatie zijn partners die samenwerken/i },
	{ chapter: 1, fact: 'collaborative: interdependence, shared interests, strategy and product together', pattern: /van elkaar afhankelijk, hebben gezamenlijke belangen en komen samen tot een strategie en tot een product/i },
	{ chapter: 1, fact: 'collaborative: long-term relationship, much involvement', pattern: /relatie voor de lange termijn, met veel betrokkenheid/i },
	// --- H1: internal selling, leadership ---
	{ chapter: 1, fact: 'internal selling: persuasion to enable change towards a customer-oriented organisation', pattern: /Intern verkopen is het proces waarin sales- en accountmanagers hun overtuigingskracht binnen de eigen organisatie gebruiken\. Ze maken daarmee veranderingen mogelijk die de organisatie klantgerichter maken/i },
	{ chapter: 1, fact: 'sales leadership needed for sales challenges', pattern: /Salesleiderschap is nodig om de uitdagingen in sales aan te kunnen/i },
	{ chapter: 1, fact: 'sales leadership: insight into developments', pattern: /inzicht te krijgen in ontwikkelingen/i },
	{ chapter: 1, fact: 'sales leadership: inspiring, visionary, concrete, feasible ideas', pattern: /ideeën lanceren die inspireren, een visie uitdragen en concreet en uitvoerbaar/i },
	{ chapter: 1, fact: 'sales leadership: customer wishes fulfilled and exceeded', pattern: /vervullen de wensen van klanten en overtreffen ze zelfs/i },
	{ chapter: 1, fact: 'transformational leadership = going through personal development', pattern: /transformationeel leiderschap is sprake wanneer je als leider een persoonlijke ontwikkeling doormaakt/i },
	// --- H1: customer value ---
	{ chapter: 1, fact: 'customer value in two ways', pattern: /klantwaarde kun je twee kanten op kijken/i },
	{ chapter: 1, fact: 'value for the customer = value the customer experiences when buying', pattern: /waarde die de klant ervaart wanneer hij een product of dienst afneemt/i },
	{ chapter: 1, fact: 'value proposition = product features offering a solution, translated to perceived value', pattern: /waardepropositie: alle eigenschappen van het product samen die de klant een oplossing bieden, vertaald naar de waarde zoals de klant die zelf waarneemt/i },
	{ chapter: 1, fact: 'individualised value proposition = offer matches one buyer exactly', pattern: /geïndividualiseerde waardepropositie: een aanbod dat precies past bij de wensen en behoeften van één afnemer/i },
	{ chapter: 1, fact: 'value selling = selling value, a solution, not the product', pattern: /value selling: het verkopen van waarde.*niet het product of de dienst.*oplossing/i },
	{ chapter: 1, fact: 'value of the customer = value for the organisation from cooperation', pattern: /waarde die een organisatie uit de klant haalt doordat ze met hem samenwerkt/i },
	{ chapter: 1, fact: 'value of the customer: financial, reputation, fame', pattern: /financieel zijn, maar kan ook bestaan uit reputatie of bekendheid/i },
	// --- H1: leads from marketing ---
	{ chapter: 1, fact: 'cause: sales lacks background information', pattern: /Sales mist achtergrondinformatie over de lead/i },
	{ chapter: 1, fact: 'cause: sales has to meet targets', pattern: /Sales moet zijn eigen targets halen/i },
	{ chapter: 1, fact: 'cause: leads not yet sales qualified', pattern: /leads zijn nog niet sales qualified/i },
	{ chapter: 1, fact: 'solution: decide together if a lead is sales qualified', pattern: /Marketing en sales bepalen samen of een lead sales qualified is/i },
	{ chapter: 1, fact: 'solution: give leads context', pattern: /Leads krijgen context mee/i },

	// --- H2.7: marketing and sales cooperation ---
	{ chapter: 2, fact: 'notes only cover section 2.7', pattern: /alleen paragraaf 2\.7/i },
	{ chapter: 2, fact: 'four ways of cooperation', pattern: /op vier manieren met elkaar samenwerken/i },
	{ chapter: 2, fact: 'undefined: independent until a conflict, then together for a solution', pattern: /Undefined Ze werken onafhankelijk van elkaar\. Pas bij een conflict komen ze bij elkaar om het op te lossen/i },
	{ chapter: 2, fact: 'defined: know who does what, own tasks, cooperate at large events', pattern: /Defined Ze weten van elkaar wie wat doet, maar ieder beperkt zich tot de eigen taken\. Bij grote evenementen werken ze samen/i },
	{ chapter: 2, fact: 'aligned: good alignment, joint planning, consultation', pattern: /Aligned Ze zijn goed op elkaar afgestemd, plannen gezamenlijk en overleggen met elkaar/i },
	{ chapter: 2, fact: 'aligned: flexible boundaries', pattern: /Flexibele grenzen/i },
	{ chapter: 2, fact: 'integrated: integrated, no boundaries', pattern: /Integrated Ze zijn volledig geïntegreerd.*Geen grenzen meer/i },
	{ chapter: 2, fact: 'integrated: alignment of structures, systems, rewards', pattern: /Structuren, systemen en beloningen zijn op elkaar afgestemd/i },
	{ chapter: 2, fact: 'integrated: attention to strategic tasks, cooperation culture', pattern: /aandacht voor strategische taken en er heerst een cultuur van samenwerken/i },
	// --- H2.7: three views of marketing ---
	{ chapter: 2, fact: 'three views of marketing', pattern: /op drie manieren naar marketing kijken/i },
	{ chapter: 2, fact: 'philosophy: buyer need central', pattern: /Marketing als filosofie.*behoefte van de afnemer centraal/i },
	{ chapter: 2, fact: 'philosophy: about offering customer value', pattern: /draait om het bieden van klantwaarde/i },
	{ chapter: 2, fact: 'philosophy: not the product but buyer needs', pattern: /niet het product, maar wat de afnemer nodig heeft/i },
	{ chapter: 2, fact: 'strategy: long-term choices', pattern: /keuzes die een organisatie voor de lange termijn maakt/i },
	{ chapter: 2, fact: 'strategy: target group, positioning, growth direction', pattern: /doelgroep; de positionering; de groeirichting/i },
	{ chapter: 2, fact: 'strategy: market is segmented', pattern: /markt opgedeeld in segmenten/i },
	{ chapter: 2, fact: 'Ansoff matrix defines general growth direction', pattern: /Ansoff-groeimatrix bepaalt een organisatie haar algemene groeirichting/i },
	{ chapter: 2, fact: 'market penetration: existing products, existing market', pattern: /Marktpenetratie: groeien met bestaande producten in de bestaande markt/i },
	{ chapter: 2, fact: 'market penetration: new customers / more', pattern: /nieuwe klanten te winnen of door meer te verkopen/i },
	{ chapter: 2, fact: 'market development: existing products, new market (segment)', pattern: /Marktontwikkeling: groeien door bestaande producten in een nieuwe markt of een nieuw marktsegment/i },
	{ chapter: 2, fact: 'product development: new product, current market', pattern: /Productontwikkeling: groeien door een nieuw product op de huidige markt/i },
	{ chapter: 2, fact: 'diversification: new product, new market', pattern: /Diversificatie: groeien met een nieuw product in een nieuwe markt/i },
	{ chapter: 2, fact: 'activity: visible marketing activities via the 4 Ps', pattern: /marketingactiviteiten die je kunt zien\. Die worden ingedeeld in de 4 P['’]s: product, prijs, plaats en promotie/i },
	// --- H2.7: product and life cycle ---
	{ chapter: 2, fact: 'product = the organisation’s offer, via the product life cycle', pattern: /P van product staat voor het aanbod van de organisatie.*productlevenscyclus/i },
	{ chapter: 2, fact: 'life cycle = how sales of a product develop over time', pattern: /afzet van een product zich in de loop van de tijd ontwikkelt/i },
	{ chapter: 2, fact: 'introduction: low sales, much promotion, loss', pattern: /Introductiefase: het product is nieuw, de afzet is nog laag\. Er wordt veel gepromoot en de organisatie lijdt verlies/i },
	{ chapter: 2, fact: 'growth: sales rise, profit', pattern: /Groeifase: de afzet stijgt en het product levert winst op/i },
	{ chapter: 2, fact: 'maturity: sales grow slower, turnover rises slower, profit declines', pattern: /Volwassenheidsfase: de afzet groeit nog wel, maar langzamer; ook de omzet stijgt minder snel\. De winst loopt terug/i },
	{ chapter: 2, fact: 'saturation: profit declines, product renewals extend the cycle', pattern: /Verzadigingsfase: de winst blijft dalen\. Met productvernieuwingen probeert de organisatie de cyclus te rekken/i },
	{ chapter: 2, fact: 'decline: falling demand, no new buyers, appeal gone', pattern: /Neergangsfase: de vraag neemt af, er komen geen nieuwe kopers meer bij en het product heeft zijn aantrekkingskracht verloren/i },
	{ chapter: 2, fact: 'life cycle curve drawn as a schematic (ZIE FOTO)', pattern: /schets van de vorm van de curve, geen weergave van echte cijfers/i },
	// --- H2.7: price, place, promotion ---
	{ chapter: 2, fact: 'price: return', pattern: /rendement opleveren/i },
	{ chapter: 2, fact: 'price: optimal fit with value proposition', pattern: /aansluiten bij de waardepropositie/i },
	{ chapter: 2, fact: 'price: good price position relative to customer', pattern: /goede prijspositie ten opzichte van de klant/i },
	{ chapter: 2, fact: 'place: distribution policy, right products, right time, right place, target group', pattern: /distributiebeleid: dat is erop gericht de juiste producten op het juiste moment en op de juiste plek aan de doelgroep/i },
	{ chapter: 2, fact: 'promotion: influencing the target group on three levels', pattern: /promotie wil de organisatie haar doelgroep beïnvloeden\. Dat gebeurt op drie niveaus/i },
	{ chapter: 2, fact: 'cognitive level (knowledge): information so target group gets acquainted', pattern: /Cognitief niveau \(kennis\): de doelgroep krijgt informatie over het product of de aanbieder en raakt er zo mee bekend/i },
	{ chapter: 2, fact: 'affective level (feeling): confirm or change favourable attitude', pattern: /Affectief niveau \(gevoel\): een gunstige houding of attitude wordt bevestigd of veranderd/i },
	{ chapter: 2, fact: 'conative level (behaviour): prompt to action', pattern: /Conatief niveau \(gedrag\): de doelgroep wordt aangezet om in actie te komen/i },

	// --- H3: general structures ---
	{ chapter: 3, fact: 'four general structures', pattern: /vier soorten algemene structuur hebben/i },
	{ chapter: 3, fact: 'line: each employee has one manager', pattern: /lijnorganisatie heeft iedere medewerker precies één leidinggevende/i },
	{ chapter: 3, fact: 'line: orders from management via one line to lower levels', pattern: /management geeft opdrachten, en die lopen via één lijn omlaag naar de lagere niveaus/i },
	{ chapter: 3, fact: 'line: director – manager – employees', pattern: /van de directeur via de manager naar de werknemers/i },
	{ chapter: 3, fact: 'line-staff: line organisation with staff departments (HR, finance)', pattern: /lijn-staforganisatie is een lijnorganisatie waaraan stafafdelingen zijn toegevoegd, zoals de HR-afdeling of financiën/i },
	{ chapter: 3, fact: 'staff: specialists advising line management', pattern: /specialisten die het lijnmanagement adviseren/i },
	{ chapter: 3, fact: 'staff: support from outside, advisory authority only', pattern: /ondersteunen de lijn van buitenaf en hebben uitsluitend adviesbevoegdheid/i },
	{ chapter: 3, fact: 'line-staff advantage: department manager can ask staff for advice', pattern: /Voordeel: een afdelingsmanager kan bij de stafafdelingen om advies vragen/i },
	{ chapter: 3, fact: 'matrix: optimal use of knowledge of disciplines and employees', pattern: /matrixorganisatie wil de kennis van verschillende disciplines en medewerkers zo goed mogelijk benutten/i },
	{ chapter: 3, fact: 'matrix: specialists form a team', pattern: /Specialisten vormen daarvoor samen een team/i },
	{ chapter: 3, fact: 'matrix: team members report to several managers', pattern: /rapporteren aan meer dan één leidinggevende/i },
	{ chapter: 3, fact: 'project: like matrix but the project is temporary', pattern: /projectorganisatie werkt op dezelfde manier als een matrixorganisatie\. Het verschil is dat het project tijdelijk is/i },
	// --- H3: five sales organisation structures ---
	{ chapter: 3, fact: 'five sales organisation structures', pattern: /op vijf manieren worden ingedeeld/i },
	{ chapter: 3, fact: 'functional: clearly internal, by function or sales task', pattern: /duidelijk interne oriëntatie: het salesteam wordt ingedeeld naar functie of naar salestaak/i },
	{ chapter: 3, fact: 'functional advantage: simplicity and efficiency', pattern: /Voordeel: de structuur is eenvoudig en efficiënt/i },
	{ chapter: 3, fact: 'functional disadvantage: islands (no cooperation)', pattern: /Nadeel: er kunnen eilandjes ontstaan, groepjes die niet met elkaar samenwerken/i },
	{ chapter: 3, fact: 'product-oriented: internal, AMs specialists selling part of products', pattern: /Ook deze structuur is intern georiënteerd\. De AM['’]s zijn specialisten: ieder verkoopt een deel van de producten/i },
	{ chapter: 3, fact: 'product-oriented advantage: much knowledge, one product group', pattern: /AM hoeft maar één productgroep te kennen en heeft daar dus veel kennis van/i },
	{ chapter: 3, fact: 'product-oriented disadvantage: different AM per product group; AM works several regions', pattern: /klant krijgt voor elke productgroep met een andere AM te maken, en een AM moet meerdere regio['’]s bewerken/i },
	{ chapter: 3, fact: 'geographic: external, team split into regions (rayon)', pattern: /Deze structuur is extern georiënteerd\. Het salesteam is opgedeeld in regio['’]s, ook wel rayons genoemd/i },
	{ chapter: 3, fact: 'geographic advantages: little travel, local market, one AM', pattern: /reisafstand is klein, de AM kan zich beter afstemmen op de lokale markt, en de klant heeft met maar één AM te maken/i },
	{ chapter: 3, fact: 'geographic disadvantages: knowledge of all products, large variety of customers', pattern: /AM moet verstand hebben van alle producten en krijgt te maken met een grote variatie aan klanten/i },
	{ chapter: 3, fact: 'customer-group oriented: external, AM focuses on a buyer group', pattern: /Ook deze structuur is extern georiënteerd\. Elke AM richt zich op een bepaalde groep afnemers/i },
	{ chapter: 3, fact: 'customer-group advantage: optimally meet needs', pattern: /optimaal inspelen op de behoeften/i },
	{ chapter: 3, fact: 'customer-group disadvantage: less efficient customer handling', pattern: /bewerken van klanten gaat minder efficiënt/i },
	{ chapter: 3, fact: 'market-oriented: AMs focus on specific market segments', pattern: /AM['’]s zich op specifieke marktsegmenten/i },
	{ chapter: 3, fact: 'market-oriented advantage: specific segment knowledge', pattern: /AM heeft specifieke kennis van zijn segment/i },
	{ chapter: 3, fact: 'market-oriented disadvantage: hard to delimit territories', pattern: /lastig om de werkgebieden af te bakenen/i },
	// --- H3: sales regions ---
	{ chapter: 3, fact: 'geographic: market divided into sales regions', pattern: /markt verdeeld in salesregio['’]s \(rayons\)/i },
	{ chapter: 3, fact: 'AM responsible for buyers in the region', pattern: /AM is verantwoordelijk voor de afnemers in zijn regio/i },
	{ chapter: 3, fact: 'three criteria for sales regions', pattern: /aan de hand van drie criteria/i },
	{ chapter: 3, fact: 'optimal market coverage: travelable, agreed visit frequency', pattern: /Optimale marktdekking: de regio is goed te bereizen, en klanten kunnen zo vaak bezocht worden als is afgesproken/i },
	{ chapter: 3, fact: 'optimal workload: all customers and prospects at planned frequency', pattern: /Optimale workload: alle klanten en prospects kunnen zo vaak worden bezocht als gepland is/i },
	{ chapter: 3, fact: 'optimal profit contribution: contributes to total profitability', pattern: /Optimale winstbijdrage: de regio draagt bij aan de winstgevendheid van de organisatie als geheel/i },
	{ chapter: 3, fact: 'regions by national borders', pattern: /landsgrenzen/i },
	{ chapter: 3, fact: 'regions by language areas', pattern: /taalgebieden/i },
	{ chapter: 3, fact: 'regions by cultural aspects', pattern: /cultuuraspecten/i },
	{ chapter: 3, fact: 'AM spelled out', pattern: /AM voor accountmanager/i },
];
