import type { EntityLexicon } from '../types.js';

/** French: titles, roles, portfolios and the words around names in French news. */
export const frEntities: EntityLexicon = {
  honorifics: ['m', 'mme', 'mlle', 'me', 'mgr', 'dr', 'pr', 'monsieur', 'madame'],
  // Epicene heads (« ministre », « maire », « porte-parole ») take the determiner's gender.
  genders: {
    feminine: [
      'mme', 'mlle', 'madame', 'la', 'une', 'cette', 'présidente', 'ambassadrice', 'cheffe', 'dirigeante', 'directrice', 'patronne',
      'chancelière', 'première ministre', 'reine', 'princesse', 'commandante', 'gouverneure', 'préfète', 'procureure', 'sénatrice',
      'députée', 'conseillère', 'envoyée', 'représentante', 'vice-présidente', 'écrivaine', 'correspondante', 'chercheuse',
      'experte', 'professeure',
    ],
    masculine: [
      'm', 'monsieur', 'le', 'un', 'ce', 'président', 'ambassadeur', 'dirigeant', 'directeur', 'patron', 'chancelier', 'premier ministre',
      'roi', 'prince', 'gouverneur', 'préfet', 'sénateur', 'député', 'conseiller', 'envoyé', 'représentant', 'vice-président',
      'écrivain', 'correspondant', 'chercheur',
    ],
  },
  roleHeads: [
    'président', 'présidente', 'ministre', 'secrétaire', 'porte-parole', 'ambassadeur', 'ambassadrice', 'homologue',
    'chef', 'cheffe', 'dirigeant', 'dirigeante', 'directeur', 'directrice', 'patron', 'patronne', 'chancelier', 'chancelière',
    'premier ministre', 'première ministre', 'roi', 'reine', 'prince', 'princesse', 'émir', 'général', 'générale', 'amiral',
    'commandant', 'commandante', 'colonel', 'maire', 'adjoint', 'adjointe', 'gouverneur', 'gouverneure', 'préfet', 'préfète', 'procureur', 'procureure',
    'sénateur', 'sénatrice', 'député', 'députée', 'juge', 'conseiller', 'conseillère', 'envoyé', 'envoyée', 'émissaire',
    'représentant', 'représentante', 'responsable', 'haut représentant', 'commissaire', 'chef d’état-major', 'vice-président',
    'vice-présidente', 'vice-ministre', 'écrivain', 'écrivaine', 'journaliste', 'correspondant', 'correspondante', 'reporter',
    'analyste', 'chercheur', 'chercheuse', 'expert', 'experte', 'professeur', 'professeure', 'pape', 'ayatollah', 'guide suprême',
    'avocat', 'avocate', 'entraîneur', 'entraîneuse', 'sélectionneur', 'sélectionneuse', 'capitaine', 'médecin', 'infirmier', 'infirmière',
    'policier', 'policière', 'enseignant', 'enseignante', 'économiste', 'historien', 'historienne', 'politologue', 'sociologue',
    'militant', 'militante', 'diplomate', 'banquier', 'banquière', 'pompier', 'pompière', 'gendarme', 'sauveteur', 'sauveteuse', 'secouriste',
    'agriculteur', 'agricultrice', 'syndicaliste',
    // Des métiers qui précèdent un nom comme son titre (« le pêcheur Owen Price », « l'attaquante Ada Lind »).
    'pêcheur', 'pêcheuse', 'alpiniste', 'grimpeur', 'grimpeuse', 'pilote', 'étudiant', 'étudiante', 'soldat', 'mécanicien', 'mécanicienne',
    'musicien', 'musicienne', 'chanteur', 'chanteuse', 'acteur', 'actrice', 'comédien', 'comédienne', 'artiste',
    'romancier', 'romancière', 'poète', 'poétesse', 'photographe', 'architecte', 'cuisinier', 'cuisinière', 'athlète', 'joueur', 'joueuse',
    'attaquant', 'attaquante', 'défenseur', 'défenseure', 'skieur', 'skieuse', 'nageur', 'nageuse', 'cycliste', 'navigateur', 'navigatrice',
    'skipper', 'bénévole', 'survivant', 'survivante', 'pasteur', 'pasteure', 'prêtre', 'évêque', 'imam', 'rabbin', 'entrepreneur',
    'entrepreneuse', 'fondateur', 'fondatrice', 'chirurgien', 'chirurgienne', 'ambulancier', 'ambulancière', 'pharmacien', 'pharmacienne',
    'viticulteur', 'viticultrice', 'vigneron', 'vigneronne', 'boucher', 'bouchère', 'boulanger', 'boulangère', 'randonneur', 'randonneuse',
    'cinéaste', 'réalisateur', 'réalisatrice', 'compositeur', 'compositrice', 'danseur', 'danseuse', 'humoriste', 'animateur', 'animatrice',
    'présentateur', 'présentatrice', 'archéologue', 'biologiste', 'physicien', 'physicienne', 'chimiste', 'astronome', 'géologue',
    'météorologue', 'prévisionniste', 'épidémiologiste', 'épidémiologue', 'virologue', 'psychologue', 'psychiatre', 'consultant',
    'consultante', 'comptable', 'universitaire', 'proviseur', 'proviseure', 'électricien', 'électricienne', 'plombier', 'plombière',
    'menuisier', 'menuisière', 'serveur', 'serveuse', 'religieuse', 'moine', 'aumônier', 'curé', 'rappeur', 'rappeuse', 'guitariste',
    'pianiste', 'violoniste', 'boxeur', 'boxeuse', 'jockey', 'arbitre', 'coureur', 'coureuse', 'golfeur', 'golfeuse', 'gymnaste',
    'patineur', 'patineuse', 'surfeur', 'surfeuse', 'explorateur', 'exploratrice', 'astronaute', 'spationaute', 'ingénieur', 'ingénieure',
    'technicien', 'technicienne', 'notaire', 'magistrat', 'magistrate', 'légiste', 'dentiste', 'vétérinaire', 'éleveur', 'éleveuse',
    'berger', 'bergère', 'apiculteur', 'apicultrice', 'brasseur', 'brasseuse', 'restaurateur', 'restauratrice', 'coiffeur', 'coiffeuse', 'propriétaire', 'copropriétaire', 'commerçant', 'commerçante', 'gérant', 'gérante', 'trésorier', 'trésorière', 'aide-soignant', 'aide-soignante',
    'fleuriste', 'styliste', 'metteur en scène', 'metteuse en scène', 'chef cuisinier', 'chef cuisinière',
  ],
  roleQualifiers: ['vice', 'nouveau', 'nouvelle', 'ancien', 'ancienne', 'ex', 'premier', 'première', 'général', 'générale', 'adjoint', 'adjointe', 'délégué', 'déléguée', 'principal', 'principale', 'suprême', 'intérimaire', 'sortant', 'sortante', 'élu', 'élue', 'haut', 'haute'],
  portfolios: [
    'défense', 'affaires étrangères', 'intérieur', 'justice', 'économie', 'finances', 'santé', 'éducation', 'éducation nationale',
    'armées', 'transports', 'agriculture', 'travail', 'culture', 'environnement', 'énergie', 'commerce', 'industrie', 'budget',
    'europe', 'réunification', 'unification', 'sécurité', 'sécurité nationale', 'renseignement', 'état', 'trésor', 'logement',
  ],
  roleComplements: ['diplomatie', 'renseignement', 'armée', 'armées', 'état-major', 'gouvernement', 'opposition', 'parlement', 'police', 'marine', 'sécurité', 'défense', 'alliance', 'organisation', 'agence', 'service', 'services'],
  roleLinks: ['de la', 'de l’', "de l'", 'à la', 'de', 'du', 'des', 'd’', "d'", 'à', 'au', 'aux', 'pour', 'chargé de', 'chargée de'],
  roleEquivalents: [['ministre', 'secrétaire'], ['président', 'présidente', 'dirigeant', 'dirigeante', 'chef', 'cheffe']],
  determiners: ['le', 'la', 'l’', "l'", 'les', 'un', 'une', 'son', 'sa', 'ses', 'leur', 'ce', 'cet', 'cette', 'notre', 'votre'],
  namesBeforeNouns: false,
  functionWords: [
    'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux', 'à', 'en', 'dans', 'par', 'pour', 'sur', 'sous', 'avec', 'sans', 'chez',
    'selon', 'd’après', 'après', 'avant', 'depuis', 'pendant', 'lors', 'entre', 'vers', 'contre', 'mais', 'et', 'ou', 'donc', 'or', 'ni', 'car',
    'si', 'quand', 'lorsque', 'alors', 'ainsi', 'aussi', 'puis', 'ensuite', 'enfin', 'cependant', 'pourtant', 'toutefois', 'néanmoins',
    // (Possessives, not « ma », « ta »: « Ma Long », « Ta Prohm » are names.)
    'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'tu', 'ce', 'cet', 'cette', 'ces',
    'mon', 'mes', 'ton', 'tes', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'votre', 'nos', 'vos',
    'qui', 'que', 'quoi', 'dont', 'où', 'comment', 'pourquoi', 'combien', 'tout', 'tous', 'toute', 'toutes', 'certains', 'certaines',
    'plusieurs', 'aucun', 'aucune', 'chaque', 'quelque', 'quelques', 'par ailleurs', 'interrogé', 'interrogée', 'face', 'outre', 'pour',
    'y', 'il y a', 'voici', 'voilà', 'oui', 'non', 'plus', 'moins', 'très', 'déjà', 'encore', 'jamais', 'toujours', 'parmi', 'malgré',
  ],
  organisationLinks: ['de', 'du', 'des', "d'", 'pour'],
  organisationHeads: [
    'ministère', 'agence', 'service', 'services', 'conseil', 'commission', 'comité', 'parti', 'union', 'fédération', 'association',
    'office', 'institut', 'fondation', 'banque', 'cour', 'tribunal', 'parlement', 'assemblée', 'sénat', 'gouvernement', 'armée',
    'état-major', 'bureau', 'direction', 'département', 'université', 'organisation', 'front', 'mouvement', 'groupe', 'société',
    'compagnie', 'autorité', 'haut-commissariat', 'observatoire', 'centre', 'corps', 'garde', 'musée', 'hôpital', 'bibliothèque', 'école', 'mairie',
  ],
  locatives: ['à', 'en', 'au', 'aux', 'dans', 'vers', 'depuis', 'près de', 'jusqu’à'],
  // (« à » and « au » also give the person spoken to: « a dit au ministre ».)
  placeLocatives: ['en', 'dans', 'près de'],
  placeCues: /(?:région|province|ville|oblast|département|district|préfecture|localité|village|commune|territoire|péninsule|île|golfe|mer|fleuve)(?:\s+\p{L}+)?\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])$/iu,
  speechAfter:
    /^,?\s+(?:a|avait|aurait|ont|avaient|auraient)\s+(?:déclaré|dit|affirmé|indiqué|ajouté|souligné|écrit|estimé|expliqué|assuré|annoncé|précisé|répondu|averti|prévenu|confirmé|démenti|nié|rappelé|insisté|jugé|dénoncé|condamné|martelé|poursuivi|reconnu|admis|déploré|salué|exigé|appelé|promis|réagi|commenté|fait savoir)(?!\p{L})|^,?\s+(?:déclare|dit|affirme|indique|ajoute|souligne|écrit|estime|explique|assure|annonce|précise|répond|avertit|prévient|confirme|dément|nie|rappelle|insiste|juge|dénonce|condamne|martèle|reconnaît|déplore|salue|exige|appelle)(?!\p{L})/u,
  nameParticles: ['al', 'el', 'ben', 'bin', 'ibn', 'abu', 'van', 'von', 'der', 'den', 'de', 'du', 'da', 'di', 'dos', 'das', 'la', 'le', 'ter', 'zu', 'y'],
  speechBefore: /(?:(?:a|avait|aurait|ont)\s+(?:déclaré|dit|affirmé|indiqué|ajouté|souligné|expliqué|assuré|précisé|répondu|estimé|raconté|confié|témoigné|prévenu|averti)|(?:déclare|dit|affirme|ajoute|souligne|explique|assure|précise|répond|estime|raconte|confie|témoigne)|selon|d['’]après|pour)\s+$/u,
  personAfter: /^,\s*(?:\d{1,3}\s+ans|âgée?\s+de\s+\d{1,3}\s+ans)(?!\p{L})/u,
  // (« qui » is said of things too.)
  personRelative: /(?!)/,
  affiliationShape: /(?!)/,
  placeShape: /^(?:Saint|Sainte|Haute?|Basse?|Mont|Port|Pont|Val|Villeneuve|Ville|Neuf|Bourg|Fort|Grand|Petite?)-\p{Lu}|-(?:sur|sous|en|lès|lez|les|le|la|de|du|des|aux?)-\p{L}/u,
};
