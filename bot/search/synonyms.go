package search

// synonymGroup is a concept and the words and phrases professionals use for
// it, in Dutch and English. Phrases are separated by commas; a phrase that
// starts with "en:" or "nl:" only counts in text of that language ("file"
// is a record in English but a traffic jam in Dutch).
type synonymGroup struct {
	concept string
	phrases string
}

// fillerConcept marks phrases that say nothing about the topic ("in
// welke gevallen", "in this guideline"); they are dropped like stop words.
const fillerConcept = "-"

// synonymGroups is the curated synonym table. A word matches a phrase word
// when it is the same word after folding or has the same Dutch or English
// stem, so list one form of a word unless the stemmers miss the others
// ("deelt", "gedeeld"). Keep each word in one group only.
var synonymGroups = []synonymGroup{
	{fillerConcept, "in de praktijk, in practice, in real life, hoe dan, hoe zit dat, hoe werkt dat, how does that work, how does it work, hoe werkt het, in welke gevallen, in welk geval, in which cases, in what cases, af en toe, ff checken, even checken, snelle vraag, korte vraag, quick question, tell me, in de handreiking, in deze handreiking, in this guideline, in the guideline, juridisch gezien, juridisch bekeken, legally speaking, in legal terms, email signature, e-mail signature, mail signature, emailhandtekening"},

	// Who the data goes to.
	{"school", "school, scholen, leerkracht, leerkrachten, leraar, leraren, docent, docenten, juf, juffen, juffrouw, meester, mentor, mentoren, intern begeleider, interne begeleider, iber, ib, zorgcoordinator, teacher, teachers, head teacher, headteacher, school counsellor, leerling, leerlingen, pupil, student, ll, lln, schl"},
	{"huisarts", "huisarts, huisartsen, nl:ha, dokter, dokters, gp, general practitioner, family doctor, doctor, huisartsenpraktijk, praktijkondersteuner, poh"},
	{"veilig-thuis", "veilig thuis, vt, amk, shg, advies- en meldpunt, meldpunt"},
	{"geweld", "huiselijk geweld, kindermishandeling, mishandeling, mishandeld, geweld, domestic violence, child abuse, abuse, abused, violence, maltreatment, misbruik, misbruikt, seksueel misbruik, sexual abuse, verwaarlozing, verwaarloosd, neglect, neglected, slaat, geslagen, sloeg, slaan, beaten, brandwonden, burns, blauwe plekken, bruises, hitting, slapping, slaps, punches, punching, kicking, schopt, geschopt, gewond, verwond, hurt, injured, injuries"},
	{"gezinsvoogd", "gezinsvoogd, gezinsvoogden, jeugdbeschermer, jeugdbeschermers, gi, gecertificeerde instelling, certified institution, family guardian, youth protection worker, child protection worker, gzv"},
	{"ots", "ots, ondertoezichtstelling, onder toezicht stelling, onder toezicht gesteld, supervision order, family supervision order, child supervision order"},
	{"raad", "raad voor de kinderbescherming, rvdk, rvk, raad, child protection board, child protection council"},
	{"verwijsindex", "verwijsindex, verwijsindex risicojongeren, vir, multisignaal, multi signaal, signaal afgeven, reference index, risk youth index, risk index"},
	{"igj", "igj, inspectie, inspectie gezondheidszorg en jeugd, inspectorate, inspection, inspector"},
	{"acvz", "veiligheidshuis, zorg- en veiligheidshuis, zorg en veiligheidshuis, acvz, actiecentrum veiligheid en zorg, top600, top400, top 600, top 400, treiteraanpak, jeugd en veiligheid"},
	{"team", "team, teamgenoot, teamgenoten, teamleden, teamlid, collega, collegas, colleague, colleagues, teammate, teammates"},
	{"overleg", "overleg, mdo, multidisciplinair overleg, casusoverleg, zorgoverleg, netwerkoverleg, bespreken, bespreking, meeting, case conference, multidisciplinary meeting, case discussion, discuss, discussing"},
	{"medebehandelaar", "medebehandelaar, medebehandelaars, mede behandelaar, direct betrokken, rechtstreeks betrokken, cotreating, co treating, cotreater, directly involved, involved in the care, other professionals involved, ook betrokken, die ook betrokken is, also involved, involved too, behandelaar, behandelaars, therapeut, therapeuten, therapist, therapists, psycholoog, psychologist, treats the same"},
	{"jgz", "jgz, jeugdgezondheidszorg, consultatiebureau, schoolarts, schoolverpleegkundige, school nurse, school doctor, youth health care, child health clinic"},
	{"wijkteam", "wijkteam, wijkteams, lokaal team, lokale team, lokale teams, buurtteam, sociaal team, ouder- en kindteam, ouder en kindteam, community team, local team"},
	{"instantie", "instantie, instanties, organisatie, organisaties, instelling, instellingen, zorgaanbieder, aanbieder, hulpverleningsinstantie, organisation, organisations, organization, organizations, agency, agencies, institution, institutions, provider, providers, schuldhulpverlening, schuldhulp, schuldhulpverlener, budgetcoach, bewindvoerder, woningcorporatie, woningbouwvereniging, verhuurder, kinderopvang, kinderdagverblijf, bso, peuterspeelzaal, leerplichtambtenaar, leerplicht, uwv, svb, debt counselling, debt counseling, debt counsellor, debt advice, debt service, housing association, housing corporation, landlord, childcare, daycare, day care, nursery, truancy officer, attendance officer, school attendance officer"},
	{"rechter", "rechter, rechtbank, kinderrechter, court, judge, juvenile court"},

	// People and their standing.
	{"ouder", "ouder, ouders, vader, moeder, papa, mama, parent, parents, father, mother, dad, mum, mom"},
	{"kind", "kind, kinderen, kindje, zoon, dochter, child, children, kid, kids, son, daughter, meisje, meisjes, jongen, jongens, meid, girl, girls, boy, boys"},
	{"client", "client, clienten, clients, gezin, gezinnen, gezinslid, gezinsleden, family, families, family member, family members, hulpvrager, hulpvragers, service user, service users, cl, clt"},
	{"jeugdige", "jeugdige, jeugdigen, jongere, jongeren, minderjarige, minderjarigen, tiener, puber, youth, young person, young people, minor, minors, teenager, adolescent"},
	{"gezag", "gezag, ouderlijk gezag, gezagsdrager, gezaghebbend, gezaghebbende, gezagdragend, gezagdragende, met gezag, custody, parental authority, parental responsibility, legal authority"},
	{"voogd", "voogd, voogdij, voogden, guardian, guardianship, legal guardian, wettelijk vertegenwoordiger, wettelijke vertegenwoordiger, legal representative"},
	{"gescheiden", "gescheiden, scheiding, uit elkaar, uit elkaar gegaan, ex, coouderschap, divorced, divorce, separated, separation, split up"},
	{"ongehuwd", "niet getrouwd, ongehuwd, ongetrouwd, samenwonend, samenwonende, samenwonen, samenlevingscontract, niet gehuwd, unmarried, not married, cohabiting, living together"},
	{"huwelijk", "getrouwd, gehuwd, huwelijk, trouwen, geregistreerd partnerschap, married, marriage, registered partnership"},
	{"erkenning", "erkend, erkenning, erkennen, erkent, acknowledged, recognised, recognized, acknowledgement"},
	{"juridisch-ouder", "juridisch ouder, juridische ouder, juridisch vader, juridische vader, juridisch moeder, juridische moeder, juridisch de vader, juridisch de moeder, volgens de wet de vader, volgens de wet de moeder, wettelijke ouder, biologische ouder, biologische vader, biologische moeder, legal parent, legal father, legal mother, biological parent, biological father, biological mother"},
	{"meemoeder", "meemoeder, duomoeder, twee moeders, twee mama, co-mother, comother, two mothers, two mums, two moms"},
	{"stiefouder", "stiefouder, stiefouders, stiefvader, stiefmoeder, nieuwe partner, partner van moeder, partner van vader, niet-ouder, step-parent, stepparent, stepfather, stepmother, new partner, nieuwe vriend, nieuwe vriendin, vriend van moeder, vriend van vader, vriendin van vader, boyfriend, girlfriend"},
	{"gemeente", "gemeente, gemeenten, municipality, municipalities, diemen, uithoorn, ouder-amstel, ouder amstel, duivendrecht, ouderkerk"},
	{"naaste", "buurvrouw, buurman, buren, neighbour, neighbor, neighbours, neighbors, oma, opa, grootouder, grootouders, grandmother, grandfather, grandma, grandpa, grandparents, tante, oom, aunt, uncle, familielid, familieleden, relative, relatives"},
	{"politie", "politie, wijkagent, agent, police, police officer, justitie, officier van justitie, openbaar ministerie, public prosecutor"},
	{"pleegouder", "pleegouder, pleegouders, pleeggezin, foster parent, foster parents, foster family, foster care"},
	{"een-ouder", "een ouder, 1 ouder, een van de ouders, een van beide ouders, alleen moeder, alleen vader, one parent, only one parent, one of the parents, only mum, only dad, only the mother, only the father"},
	{"aanwezig", "aanwezig, aanwezigheid, bij het gesprek, zit bij het gesprek, erbij zijn, present, came to, come to, comes to, attended, attends, attend, kwam naar, kwam op, kwam bij, kwamen op, kwam alleen, kwamen naar, was bij, waren bij"},
	{"afwezig", "afwezig, afwezige, niet aanwezig, er niet bij, zonder dat ouders erbij zijn, zonder dat de client erbij is, zonder de client erbij, zonder client erbij, zonder ouders erbij, without the client present, without the family present, without the parents present, absent, not present"},
	{"beide-ouders", "beide ouders, allebei, allebei de ouders, both parents, both need, vader ook, moeder ook, ook vader, ook moeder, father also, mother also, dad also, mum also, mom also, twee handtekeningen, two signatures, andere ouder, other parent"},
	{"wilsonbekwaam", "wilsonbekwaam, wilsonbekwame, niet wilsbekwaam, wilsbekwaam, wilsbekwaamheid, verstandelijke beperking, verstandelijk beperkt, lvb, incompetent, lacks capacity, mental capacity, intellectual disability, learning disability, cannot oversee"},
	{"professional", "professional, professionals, hulpverlener, hulpverleners, zorgverlener, zorgverleners, medewerker, medewerkers, jeugdconsulent, jeugdconsulenten, jeugdarts, jeugdverpleegkundige, casusregisseur, casusregisseurs, maatschappelijk werker, maatschappelijk werkers, schoolmaatschappelijk werker, smw, werker, werkers, klantmanager, klantmanagers, practitioner, care worker, caseworker, case worker, social worker, youth nurse, verpleegkundige, verpleegkundigen, nurse, nurses, wijkverpleegkundige, wijkverpleegkundigen, district nurse"},
	{"jongerenwerk", "jongerenwerk, jongerenwerker, jongerenwerkers, youth worker, youth workers, youth work"},

	// Consent.
	{"toestemming", "toestemming, toestemmingen, toestemmen, instemming, instemmen, akkoord, goedkeuring, handtekening, tekenen, tekent, getekend, teken, wie tekent, consent, consents, consented, sign, signs, signed, signature, permission, zei ja, zegt ja, zeggen ja, zeiden ja, ja gezegd, said yes, says yes, gaf ok, ok gegeven, uitdrukkelijke toestemming, expliciete toestemming, explicit consent, ja zei, toest, toestm, tstm"},
	{"intrekken", "intrekken, ingetrokken, trekt, trekken, trok, teruggetrokken, terugdraaien, terugtrekken, withdraw, withdraws, withdrew, withdrawn, revoke, revoked, take back, niet meer wil dat, niet meer wilt dat, niet meer willen dat, wil niet meer dat, willen niet meer dat, wil niet langer dat, no longer wants, no longer agrees, no longer agree"},
	{"weigeren", "weigeren, weigert, weigerde, geweigerd, weigering, wil niet, willen niet, wil geen, willen geen, niet mee eens, niet eens, refuse, refuses, refused, refusal, does not agree, disagree, disagrees, zei nee, zegt nee, zeggen nee, zeiden nee, nee gezegd, said no, says no"},
	{"algemene-toestemming", "algemene toestemming, blanco toestemming, toestemming voor alles, tekenen voor alles, voor alles, hele traject, hele hulpverleningstraject, blanket consent, general consent, consent for everything, for everything, whole trajectory, whole process, 1 keer tekenen, een keer tekenen, eenmalig tekenen, sign once, consent once, eenmalige toestemming, toestemming eenmalig, once enough, whole care process, hele zorgtraject"},
	{"mondeling", "mondeling, mondelinge, verbaal, verbal, verbally, orally, oral"},
	{"schriftelijk", "schriftelijk, schriftelijke, op papier, formulier, toestemmingsformulier, toestemmingsverklaring, written, in writing, form, consent form"},
	{"vastleggen", "vastleggen, registreren, registreer, registreert, geregistreerd, vastgelegd, legt vast, leg vast, opschrijven, opgeschreven, noteren, noteer, genoteerd, aantekening maken, opnemen in het dossier, write down, en:record, en:recording, en:recorded, en:document, en:documented, en:note down, schrijf ik op, schrijf op, leg ik vast, leggen we vast, noteer ik, noteren we, registratie, registraties"},
	{"voorwaarden", "voorwaarden, voorwaarde, eisen, eis, vereisten, vereiste, voldoen aan, requirements, conditions, criteria"},
	{"leeftijd", "leeftijd, leeftijden, jaar oud, age, ages, aged, years old, year old, vanaf welke leeftijd, what age"},

	// Sharing and telling.
	{"delen", "delen, deel, deelt, gedeeld, informeren, informeer, informeert, geinformeerd, inlichten, ingelicht, op de hoogte brengen, op de hoogte stellen, laten weten, inform, informs, informing, let know, gegevensdeling, informatiedeling, data sharing, information sharing, doorgeven, doorgegeven, geef door, geeft door, doorsturen, doorgestuurd, vertellen, vertel, vertelt, verteld, zeggen, zeg, zegt, gezegd, bijpraten, verstrekken, verstrekt, verstrekking, iets zeggen, wat zeggen, share, shares, shared, sharing, pass on, passed on, disclose, disclosure, tell, tells, told, praten over, praten met, talk about, talk to, talking about, talking to, afgeven, overhandigen, hand over, hand them over, handing over"},
	{"uitwisselen", "uitwisselen, uitwisseling, gegevensuitwisseling, informatie uitwisselen, exchange, exchanging, data exchange"},
	{"gegevens", "gegevens, informatie, info, information, data, inlichtingen"},
	{"informeren", "client informeren, de client informeren, clienten informeren, client inlichten, client vertellen, de client vertellen, vertellen aan de client, uitleggen aan de client, inform the client, informing the client, inform clients, tell the client, tell clients, tell my client, uitleggen, uitleg, explain, explaining, privacyverklaring, privacy statement, informatieplicht, duty to inform"},
	{"achteraf", "achteraf, na afloop, naderhand, afterwards, after the fact, later on"},
	{"ongevraagd", "ongevraagd, uit eigen beweging, eigen initiatief, unsolicited, unasked, on my own initiative, without being asked"},
	{"zonder-toestemming", "zonder toestemming, zonder hun toestemming, zonder dat ouders het weten, zonder dat ze het weten, zonder akkoord, zonder dat ouders akkoord, zonder hun akkoord, zonder instemming, buiten ouders om, buiten de client om, buiten hen om, without asking, without consent, without permission, without their consent, without the parents consent, zndr toestemming, z toestemming, zonder toest"},
	{"opvragen", "opvragen, informatie opvragen, request information, ask for information, obtain information"},
	{"ontvangen", "ontvangen, ontvangt, binnenkrijgen, gekregen, toegestuurd, krijg van, mailt me, mailt mij, stuurt me, stuurt mij, sends me, sent me, got from, receive, received, receiving, third party, derden, derde partij, derde partijen, andere partijen, vertelde me, vertelde mij, vertelt me, vertelt mij, told me, tells me, belt met zorgen, belde met zorgen, belt me, called me, hoorde van, heard from"},
	{"melden", "melden, melding, meldt, gemeld, melden bij, report, reports, reported, reporting, notify, notification"},
	{"meldrecht", "meldrecht, meldplicht, plicht om te melden, recht om te melden, right to report, duty to report, mandatory reporting, recht of plicht, plicht of recht, duty or a right, right or a duty, duty or right, right or duty"},
	{"meldcode", "meldcode, meldcode huiselijk geweld, reporting code, reporting protocol, afwegingskader, vijf stappen, five steps"},
	{"stappenplan", "stappenplan, stappen, welke stappen, welke vragen, vragen stellen, mezelf afvragen, which questions, questions to ask, steps, which steps, vier vragen, four questions, beslismoment, afwegingsmoment, step by step plan, step plan, decision steps, 4 vragen, 4 questions, checklist, check list, hoe pak ik dat aan, hoe pak ik het aan, how do i go about, how do i approach, ask myself, vraag mezelf, vraag ik mezelf, questions do i ask, afweging maken, de afweging maken, maak ik de afweging, hoe weeg ik af, how do i weigh, weigh up"},
	{"gewetensnood", "gewetensnood, twijfel, twijfelen, twijfel of, dilemma, in doubt, doorbreken, doorbreek, conflict van plichten, zwijgplicht doorbreken, beroepsgeheim doorbreken, geheimhouding doorbreken, break confidentiality, breaking confidentiality, conflict of duties, gevaar voor anderen, gevaar voor een ander, danger to others, ernstig nadeel, serious harm, ernstige schade, gevaar, gevaarlijk, danger, dangerous"},
	{"noodzakelijk", "noodzakelijk, noodzakelijke, strikt noodzakelijk, strictly necessary, necessary, dataminimalisatie, data minimisation, data minimization, minimale gegevens, need to know, hoeveel details, hoeveel informatie, hoeveel info, how much detail, how much information, complete verslag, volledige verslag, hele verslag, complete report, full report, entire report, alles doorgeven, alles sturen, alleen wat nodig is, alleen het nodige, wat nodig is, het nodige, only what is needed, only what is necessary, what is needed"},

	// Sending and recording.
	{"schaduw", "schaduwadministratie, schaduwdossier, excel, excelbestand, excellijst, spreadsheet, eigen lijst, eigen lijstje, lijstje, eigen administratie, eigen map, own list, own spreadsheet, shadow records, shadow file, shadow administration, eigen laptop, private laptop, personal laptop, own laptop, privélaptop, privé-laptop, privé laptop, thuiscomputer, home computer"},
	{"email", "email, emails, mail, mails, mailen, gemaild, mailt, mailtje, outlook, inbox, mailbox"},
	{"versturen", "versturen, verstuur, verstuurt, verstuurd, sturen, stuur, stuurt, gestuurd, opsturen, send, sends, sending, sent, forward, forwards, forwarding, forwarded"},
	{"beveiligd", "beveiligd, beveiligde, beveiligde mail, gewoon mailen, gewoon gemaild, normaal mailen, onbeveiligd, privemail, prive, priveapparaat, eigen telefoon, gmail, hotmail, private phone, personal phone, personal device, own phone, whatsapp, whatsappen, appen, normal email, regular email, ordinary email, plain email, unencrypted, versleuteld, versleutelen, encryptie, zivver, secure, securely, encrypted, encryption, veilig versturen, send safely, safely, groepsapp, groepsappje, appgroep, whatsappgroep, group chat, group app"},
	{"opname", "opname, opnames, gesprek opnemen, gesprek op te nemen, neemt het gesprek op, neemt gesprekken op, opnemen van het gesprek, stiekem opnemen, filmen, gefilmd, film, video, geluidsopname, beeldopname, geluidsopnames, beeldopnames, audio recording, video recording, sound recording, recordings, secretly recorded, recorded our meeting, recorded the meeting, recorded the conversation, record the conversation, records the conversation, records a conversation, record our conversation, tape, taped, filming, client nam op, client heeft opgenomen, client neemt op"},
	{"werkaantekening", "werkaantekening, werkaantekeningen, persoonlijke werkaantekeningen, persoonlijke aantekeningen, eigen aantekeningen, aantekeningen, notities, working notes, personal notes, own notes, my notes, notes"},
	{"dossier", "dossier, dossiers, clientdossier, cliëntdossier, verslag, verslagen, rapport, rapportage, en:file, en:files, case file, records, client record, en:record keeping, medical records, en:a report, en:the report, en:my report, en:this report"},
	{"dossierplicht", "dossierplicht, dossier aanleggen, dossier bijhouden, dossier maken, dossier aanmaken, dossier opbouwen, dossier openen, dossier voeren, keep a file, create a file, open a file, duty to keep records"},
	{"dossier-schrijven", "rapporteren, verslaglegging, schrijven, opschrijft, feitelijk, feiten, mening, meningen, oordeel, observatie, observaties, waarneming, waarnemingen, observations, observation, write, writing, case notes, facts, opinions, opinion, geschreven, schreef, heb geschreven"},

	// Rights of clients.
	{"inzage", "inzage, inzien, inzagerecht, inkijken, ingezien, lezen, meelezen, meekijken, zien, en:see, en:read, afschrift, kopie, access request, right of access, subject access, see the file, see his file, see her file, see their file, copy of the file, access to the file, access to his file"},
	{"rectificatie", "rectificatie, rectificeren, corrigeren, correctie, aanpassen, aanpas, wijzigen, wijziging, verbeteren, fouten, fout, onjuist, klopt niet, rectify, rectification, correct, correction, mistake, mistakes, error, errors, incorrect, amend, niet eens met wat, niet eens met het verslag, niet eens met de rapportage, klopt niet wat, disagrees with what, disagree with what, disagrees with the report"},
	{"beperking", "beperking van de verwerking, beperking verwerking, verwerking beperken, tijdelijk stoppen, restriction, restriction of processing, restrict processing, stop processing, temporarily stop, even niet gebruiken, niet gebruiken, tijdelijk niet gebruiken, stop using"},
	{"dataportabiliteit", "dataportabiliteit, portabiliteit, overdraagbaarheid, overdragen, machineleesbaar, data portability, portability, machine readable, transfer, transferred"},
	{"vernietiging", "vernietigen, vernietiging, vernietigd, verwijderen, verwijderd, wissen, gewist, weggooien, weghalen, schrappen, uit het dossier halen, uit het dossier gehaald, remove from the file, vergetelheid, recht op vergetelheid, delete, deleted, deletion, erase, erasure, destroy, destroyed, destruction, right to be forgotten, uit het dossier, uit mijn dossier, uit zijn dossier, uit haar dossier, out of the file, from the file"},
	{"bezwaar", "bezwaar, bezwaren, bezwaar maken, object, objects, objection, objections, niet eens dat, niet eens met het gebruik, er niet mee eens dat, does not agree that, disagrees that we use"},
	{"bewaartermijn", "bewaartermijn, bewaartermijnen, bewaarplicht, hoe lang bewaren, hoelang bewaren, hoelang, hoe lang, retention, retention period, retain, how long"},
	{"klacht", "klacht, klachten, klagen, klachtenregeling, complaint, complaints, complain"},
	{"privacyrechten", "privacyrechten, privacy rights, welke rechten, which rights, rechten van clienten, rights of clients, data subject rights, avg-rechten, gdpr rights, wat voor rechten, what rights, rechten heeft, rechten hebben, rights does, rights do"},
	{"recht", "recht, rechten, right, rights"},

	// Privacy law and organisation.
	{"avg", "avg, gdpr, algemene verordening gegevensbescherming, general data protection regulation, privacywet, privacy law, uavg, uitvoeringswet avg"},
	{"grondslag", "grondslag, grondslagen, rechtsgrond, wettelijke grondslag, legal basis, lawful basis, legal ground, gerechtvaardigd belang, legitimate interest, vitaal belang, vital interest, wettelijke verplichting, legal obligation, publieke taak, public task"},
	{"fg", "fg, functionaris gegevensbescherming, functionaris voor de gegevensbescherming, privacy officer, privacyfunctionaris, privacy functionaris, data protection officer, dpo"},
	{"ap", "autoriteit persoonsgegevens, ap, dutch dpa, dpa, data protection authority, supervisory authority, privacy watchdog"},
	{"dpia", "dpia, pia, gegevensbeschermingseffectbeoordeling, impact assessment, data protection impact assessment, privacy impact assessment, risicoanalyse, effectbeoordeling, privacy effectbeoordeling"},
	{"verwerkingsregister", "verwerkingsregister, register van verwerkingen, register of processing, records of processing, register of processing activities, processing register"},
	{"privacy-by-design", "privacy by design, privacy by default, privacy door ontwerp, privacy vanaf het ontwerp, nieuw systeem, nieuwe systemen, nieuw registratiesysteem, nieuwe software, nieuwe app, new system, new software, new app, new registration system, new client system, nieuw clientsysteem, nieuw dossiersysteem, new record system"},
	{"boete", "boete, boetes, beboet, sanctie, sancties, fines, fined, penalty, penalties, sanction, sanctions"},
	{"datalek", "datalek, datalekken, meldplicht datalekken, meldplicht datalek, lek, gelekt, data breach, breach, leak, leaked, verkeerde adres, verkeerde persoon, verkeerde ontvanger, verkeerde bijlage, naar de verkeerde, aan de verkeerde, verkeerd gemaild, verkeerd verstuurd, verkeerd gestuurd, wrong person, wrong address, wrong recipient, to the wrong, per ongeluk, by accident, accidentally, kwijt, kwijtgeraakt, verloren, gestolen, laten liggen, laat liggen, left behind, lost, stolen"},
	{"beroepsgeheim", "beroepsgeheim, geheimhoudingsplicht, zwijgplicht, geheimhouding, professional secrecy, secrecy, confidentiality, duty of confidentiality, professional confidentiality"},
	{"verwerken", "verwerken, verwerking, verwerkingen, verwerkt, processing, process, processed"},
	{"persoonsgegevens", "persoonsgegevens, persoonsgegeven, personal data, persoonlijke gegevens, personal information, personal details"},
	{"bijzondere-gegevens", "bijzondere persoonsgegevens, bijzondere gegevens, bijzonder persoonsgegeven, gevoelige gegevens, gezondheidsgegevens, medische gegevens, special category, special categories, special category data, sensitive data, health data, health information, medicatie, medicijnen, diagnose, diagnoses, medication, medicine, diagnosis"},
	{"handreiking", "handreiking, richtlijn, guideline, guidelines, guide"},
	{"dwangkader", "gedwongen kader, dwangkader, dwang, drang, compulsory, coercive, mandatory care, court ordered"},
	{"transparantie", "transparantie, transparantiebeginsel, transparant, openheid, transparency, transparent, openness, transparantieprincipe, principe, beginsel, principle"},
	{"bezorgd", "bezorgd, bezorgdheid, zorgen om, zorgen over, zorgen heb, zorgen hebben, zorgen maken, maak me zorgen, maak mij zorgen, zorgelijk, zorgelijke, zorgwekkend, zorgwekkende, worried, worries, worry, concerned, concerns about, concern about, worrying"},
	{"hulp", "hulp, hulpverlening, zorgverlening, zorg, jeugdhulp, ondersteuning, behandeling, behandelen, help, care, support, treatment, youth care"},
	{"intake", "intake, intakegesprek, eerste gesprek, kennismakingsgesprek, first meeting, first conversation, first appointment, bij de start, aan het begin, begin van de hulp, start van de hulp, nieuw gezin, nieuwe client, new family, new client, at the start, at the beginning"},
	{"plicht", "plicht, verplicht, verplichte, verplichting, verplichtingen, required, requirement, obliged, obligation, obligatory, mandatory, duty"},
	{"nagaan", "nagaan, nagaat, uitzoeken, uitgezocht, checken, check, controleren, opzoeken, navragen, find out, look up, verify"},
	{"reikwijdte", "reikwijdte, doelgroep, handreiking bedoeld, bedoeld voor, is bedoeld, van toepassing, geldt voor, gelden voor, wat valt erbuiten, scope, target group, intended for, meant for, aimed at, apply to, applies to"},
	{"raadplegen", "raadplegen, raadpleeg, raadpleegt, geraadpleegd, consulteren, consulteer, consulteert, consult, consults, consulting, om advies vragen, advies vragen, sparren, ask for advice"},
	{"beslissen", "beslissen, meebeslissen, meebeslist, beslist, beslis, besluit, besluiten, beslissing, bepalen, bepaalt, wie beslist, wie bepaalt, decide, decides, decision, who decides, have a say, a say in, zeggenschap, iets te zeggen over"},
	{"zonder-gezag", "zonder gezag, geen gezag, niet met gezag belast, niet-gezag, niet gezag, niet gezagsdragend, without custody, without parental authority, no custody, no parental authority"},
	{"definitie", "definitie, definities, begrip, begrippen, begrippenlijst, betekent, betekenis, bedoelen, bedoelt, bedoeld met, wordt bedoeld, verstaan onder, wat verstaan we, wie bedoelen, wat wordt bedoeld, wie telt als, wie tellen als, means, meaning, mean by, meant by, definition, define, defined, who counts as, what counts as, counts as, count as, telt als, tellen als, wat is een, wat zijn, what is a, what is an, what are, wat houdt in, wat is het verschil, what is the difference"},
	{"contact", "contact, contactpersoon, mailadres, emailadres, telefoonnummer, terecht, aanspreekpunt, who do i ask, who can i ask, contact details, email address, phone number"},
}
