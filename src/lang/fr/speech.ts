import type { SpeechLexicon } from '../types.js';
import { frNumbers } from './numbers.js';
import { firstGroupAll } from './conjugate.js';
import { frNegation } from './negation.js';

/** Forms followed by « de » and its contractions: « fait état de », « parle d' », « se félicite du ». */
const thenDe = (forms: readonly string[]) => forms.flatMap((f) => [`${f} de`, `${f} d'`, `${f} d’`, `${f} du`, `${f} des`]);

/** The forms of a first-group verb other than its past participle (« interrogé », « agacées »). */
const finiteOnly = (forms: readonly string[]) => forms.filter((f) => !/é(?:e|s|es)?$/.test(f));

/** French reported speech: verbs by class (regular ones conjugated, others listed), and the words around them. */
export const frSpeech: SpeechLexicon = {
  verbs: [
    {
      class: 'say',
      forms: [
        ...firstGroupAll('déclarer', 'indiquer', 'ajouter', 'expliquer', 'préciser', 'souligner', 'raconter', 'noter', 'observer',
          'rappeler', 'commenter', 'confier', 'lancer', 'tweeter', 'résumer', 'relever', 'signaler', 'détailler', 'témoigner',
          'répéter', 'exclamer', 'féliciter', 'poster', 'publier', 'relater', 'révéler', 'qualifier', 'rapporter', 'avancer', 'glisser', 'lâcher',
          'crier', 'hurler', 'scander', 'chuchoter', 'rétorquer', 'ironiser', 'plaisanter', 'trancher', 'tonner', 'nuancer', 'tempérer',
          'constater', 'objecter', 'asséner', 'répliquer', 'soupirer', 'déclamer'),
        'réjoui', 'réjouie', 'réjouis', 'réjouit', 'réjouissent', 'réjouissait', 'réjouissaient',
        // (« un murmure », « une nuance », « des tonnes »: forms that are nouns are left out.)
        'murmuré', 'murmurait', 'murmurant',
        'renchéri', 'renchérit', 'renchérissent', 'renchérissait', 'renchérissant',
        'décrit', 'décrite', 'décrivent', 'décrivait', 'décrivant',
        // « se demander » is to wonder, not to demand.
        ...firstGroupAll('demander').map((f) => `se ${f}`),
        'rappelle', 'rappellent',
        'dit', 'dite', 'dits', 'disent', 'disait', 'disaient', 'disant', 'dira', 'dirait',
        'écrit', 'écrite', 'écrivent', 'écrivait', 'écrivaient', 'écrivant',
        'répondu', 'répond', 'répondent', 'répondait', 'répondant',
        'poursuivi', 'poursuit', 'poursuivent', 'poursuivait', 'poursuivant',
        'conclu', 'conclut', 'concluent', 'concluait', 'concluant',
        'réagi', 'réagit', 'réagissait', 'réagissant',
        'fait savoir', 'fait valoir',
      ],
    },
    // « Les autorités ont fait état de 42 nouveaux cas », « Le maire a fait part de son
    // inquiétude »: to report, to express, what follows « de ».
    {
      class: 'say',
      object: true,
      forms: thenDe(['fait', 'font', 'faisait', 'faisaient', 'faisant', 'fera', 'feront'].flatMap((f) => [`${f} état`, `${f} part`])),
    },
    {
      class: 'assert',
      forms: [
        ...firstGroupAll('affirmer', 'réaffirmer', 'assurer', 'insister', 'marteler', 'proclamer', 'jurer', 'certifier', 'suggérer', 'insinuer', 'arguer'),
        'prétendu', 'prétend', 'prétendent', 'prétendait', 'prétendaient', 'prétendant',
        'laissé entendre', 'laisse entendre', 'laissent entendre', 'laissait entendre', 'laissant entendre',
        'martèle', 'martèlent',
        'soutenu', 'soutient', 'soutiennent', 'soutenait', 'soutenant',
        'maintenu', 'maintient', 'maintiennent', 'maintenait',
        'garanti', 'garantit', 'garantissait', 'garantissant',
      ],
    },
    // « a promis une enveloppe de 15 millions d'euros », « promet de rouvrir le pont »: what is promised.
    { class: 'assert', bare: true, forms: ['promis', 'promet', 'promettent', 'promettait', 'promettaient', 'promettant'] },
    // « s'est engagé à relancer l'économie »: a promise, its infinitive after « à »; without the
    // reflexive, « engager » commits troops or proceedings.
    { class: 'assert', reflexive: true, forms: firstGroupAll('engager') },
    // « s'est félicité de l'accord », « se réjouit de la réouverture », « se plaignent de coupures
    // d'eau »: what follows « de »; without the reflexive, « féliciter » congratulates someone.
    {
      class: 'assert', reflexive: true, object: true,
      forms: thenDe([...firstGroupAll('féliciter'), 'réjoui', 'réjouie', 'réjouis', 'réjouit', 'réjouissent', 'réjouissait', 'réjouissaient', 'réjouissant']),
    },
    // Manners of speaking, laughing and smiling: cues only with no word after them or right after a
    // quotation (« « … », rit Virginie Efira », « peste Sandrine », « sourit-elle »; not « il
    // sourit timidement, il s'excuse »), and verbs that take a thing as object elsewhere (« « On n'a
    // jamais lâché », a savouré l'entraîneur », « a justifié la directrice »; not « savoure sa
    // victoire », « justifie sa décision »).
    {
      class: 'say',
      intransitive: true,
      forms: [
        ...finiteOnly(firstGroupAll('pester', 'râler', 'grogner', 'rigoler')), 'pesté', 'râlé', 'grogné', 'rigolé', 'rit', 'rient', 'riait', 'ri', 'sourit', 'sourient', 'souriait', 'souri',
        ...firstGroupAll('savourer', 'justifier', 'enchaîner', 'souffler'),
      ],
    },
    // « s'interroge », « se souvient », « s'étonne », « s'agace », « se désole »: an incise of
    // feeling or memory; without the reflexive these verbs question, annoy or grieve someone. Their
    // participles are left out: they are adjectives far more often (« les habitants interrogés ont
    // indiqué », « un voisin agacé »).
    { class: 'say', reflexive: true, forms: [...finiteOnly(firstGroupAll('interroger', 'étonner', 'esclaffer')), 'souvient', 'souviennent', 'souvenait', 'souvenaient', 'souvenant'] },
    { class: 'accuse', reflexive: true, forms: finiteOnly(firstGroupAll('agacer', 'désoler', 'offusquer', 'emporter')) },
    // « s'enthousiasme l'archéologue », « s'amuse le maire »: cues only as a manner is (no word
    // after them or right after a quotation); not « s'amusent à tirer le frein à main ».
    { class: 'say', reflexive: true, intransitive: true, forms: finiteOnly(firstGroupAll('enthousiasmer', 'amuser')) },
    { class: 'accuse', reflexive: true, object: true, forms: thenDe(['plaint', 'plainte', 'plaints', 'plaintes', 'plaignent', 'plaignait', 'plaignaient', 'plaignant']) },
    {
      class: 'deny', object: true,
      forms: [
        ...firstGroupAll('nier', 'réfuter', 'contester', 'récuser'),
        'rejeté', 'rejetée', 'rejetés', 'rejetées', 'rejette', 'rejettent', 'rejetait', 'rejetaient', 'rejeta', 'rejetant',
        'démenti', 'démentie', 'dément', 'démentent', 'démentait', 'démentaient', 'démentant',
      ],
    },
    {
      class: 'confirm', object: true,
      forms: [
        ...firstGroupAll('confirmer', 'concéder', 'avouer'),
        'reconnu', 'reconnue', 'reconnaît', 'reconnait', 'reconnaissent', 'reconnaissait', 'reconnaissant',
        'admis', 'admet', 'admettent', 'admettait', 'admettant',
      ],
    },
    {
      class: 'warn',
      forms: [
        ...firstGroupAll('alerter', 'menacer', 'inquiéter', 'alarmer'),
        'averti', 'avertit', 'avertissent', 'avertissait', 'avertissant',
        'prévenu', 'prévient', 'préviennent', 'prévenait', 'prévenant',
        'mis en garde', 'met en garde', 'mettent en garde', 'mettait en garde', 'mettant en garde',
      ],
    },
    // « craint une guerre civile », « redoute une crue »: a fear reports its object too.
    { class: 'warn', object: true, forms: [...firstGroupAll('redouter'), 'craint', 'craignent', 'craignait', 'craignaient', 'craignant'] },
    // « met en garde contre une escalade »: what the warning is about.
    { class: 'warn', object: true, forms: ['mis en garde contre', 'met en garde contre', 'mettent en garde contre', 'mettait en garde contre', 'mettaient en garde contre', 'mettant en garde contre'] },
    {
      class: 'accuse', object: true,
      forms: [
        ...firstGroupAll('accuser', 'dénoncer', 'reprocher', 'critiquer', 'fustiger', 'blâmer', 'déplorer', 'regretter', 'indigner', 'insurger', 'étriller', 'railler', 'tacler'),
      ],
    },
    // « a condamné l'attaque », not a court's sentence: « condamné à deux ans de prison », « à mort ».
    {
      class: 'accuse', object: true,
      forms: firstGroupAll('condamner'),
      otherSenses: ['à mort', 'de prison', "d'amende", 'avec sursis', 'à perpétuité', 'à la réclusion', 'de réclusion', 'à une peine', 'à des peines', 'à la peine', 'à une amende', 'à payer', 'à verser', 'aux dépens', 'de travaux forcés'],
    },
    {
      class: 'demand', object: true,
      forms: [
        // "presse" is the noun far more often ("point presse", "la presse"), and forms are compared
        // without accents: "pressé", "pressés" read as "presse", "presses".
        // (« presse » is the press; keys fold accents, so « sommé », « sommés » read as « somme », a
        // sum, and « sommes », as in « nous sommes ».)
        ...firstGroupAll('demander', 'exiger', 'réclamer', 'exhorter', 'plaider', 'implorer', 'supplier', 'presser', 'sommer').filter((f) => !/^(?:press|somm)(?:e|é)s?$/.test(f)),
        'enjoint', 'enjoignent', 'enjoignait',
      ],
    },
    // « a ordonné l'évacuation » is an act more than words: an order reports a clause or a quotation only.
    { class: 'demand', forms: firstGroupAll('ordonner') },
    // « appelle à la grève », « a appelé les habitants à partir »: a call needs its « à ».
    { class: 'demand', object: true, objectNeeds: ['à', 'au', 'aux'], forms: ['appelé', 'appelée', 'appelés', 'appelées', 'appelle', 'appellent', 'appelait', 'appelaient', 'appela', 'appelant'] },
    // Speech acts whose object is what they report ("a salué le courage des secouristes", "a cité une
    // étude", « a évoqué 11 000 soldats », « a revendiqué l'attaque »; not « avancer », as often to
    // move on: « la démocratie n'a avancé ni à Gaza … »).
    {
      class: 'say',
      object: true,
      forms: [...firstGroupAll('citer', 'aborder', 'discuter', 'remercier', 'évoquer', 'mentionner')],
    },
    // « a annoncé la fermeture de la piscine », « a annoncé sa démission »: what is announced; not
    // « annoncer la couleur », to make one's intentions plain.
    { class: 'say', bare: true, objectSenses: ['la couleur'], forms: firstGroupAll('annoncer') },
    {
      class: 'assert',
      object: true,
      forms: [
        ...firstGroupAll('saluer', 'revendiquer', 'proposer', 'recommander', 'louer', 'vanter', 'prôner', 'préconiser', 'réitérer', 'clamer'),
        'défendu', 'défendue', 'défend', 'défendent', 'défendait', 'défendaient', 'défendant',
      ],
    },
    {
      class: 'estimate',
      forms: [
        ...firstGroupAll('estimer', 'juger', 'penser', 'considérer', 'évaluer', 'espérer', 'anticiper', 'supposer', 'calculer', 'pronostiquer'),
        'prédit', 'prédisent', 'prédisait', 'prédisant',
        'cru', 'croit', 'croient', 'croyait', 'croyaient', 'croyant',
        'prévu', 'prévoit', 'prévoient', 'prévoyait', 'prévoyant',
      ],
    },
    // « Les militants s'attendent à une offensive »: without the reflexive, « attendre » waits
    // (« une file de gens attendent de franchir le pont », « attend d'être jugé »).
    { class: 'estimate', reflexive: true, object: true, forms: ['attend', 'attendent', 'attendait', 'attendaient', 'attendant'] },
    // « Une étude montre que … », « les chiffres ont montré que … »: what a document shows; not
    // « Cela montre que … », the writer's reasoning.
    { class: 'say', documentSubject: true, forms: firstGroupAll('montrer', 'démontrer') },
    // « table sur une baisse des prix de 5 % »: what is expected, after « sur ».
    { class: 'estimate', object: true, forms: firstGroupAll('tabler').map((f) => `${f} sur`) },
    // « …, a-t-on appris de source policière », « a appris l'AFP auprès de la préfecture »: only before the source.
    { class: 'say', learned: true, forms: ['appris'] },
    // « a parlé d'une « escalade dangereuse » », « parlant de « situation maîtrisée » »: the quoted
    // words are the speaker's; talking of something reports nothing of its own.
    { class: 'say', naming: true, forms: thenDe(firstGroupAll('parler')) },
    // Infinitives, a cue only after one of the governors (« a refusé de confirmer », « n'a pas souhaité dire »).
    { class: 'say', infinitive: true, forms: ['dire', 'déclarer', 'préciser', 'ajouter', 'conclure', 'indiquer', 'expliquer', 'détailler', 'répondre', 'communiquer', 'révéler', 'annoncer', 'rappeler', 'souligner', 'réagir', 'exprimer', "s'exprimer", 's’exprimer'] },
    { class: 'assert', infinitive: true, forms: ['affirmer', 'réaffirmer', 'assurer'] },
    { class: 'deny', object: true, infinitive: true, forms: ['démentir', 'nier', 'contester'] },
    { class: 'confirm', object: true, infinitive: true, forms: ['confirmer', 'reconnaître', 'reconnaitre', 'admettre'] },
    { class: 'say', object: true, infinitive: true, forms: ['commenter', 'citer', 'aborder', 'discuter', 'évoquer'] },
  ],
  auxiliaries: ['avoir', 'être', 'ai', 'avons', 'avez', 'a', 'ont', 'avais', 'avions', 'aviez', 'avait', 'avaient', 'aurait', 'auraient', 'aura', 'auront', 'suis', 'es', 'est', 'sommes', 'êtes', 'sont', 'étais', 'était', 'étions', 'étiez', 'étaient', 'été', 'as', 'aurais', 'aurions', 'auriez', 'sera', 'seront', 'serait', 'seraient', 'fut', 'furent', "s'", 'se', 'va', 'vont', 'venait', 'vient', 'peut', 'peuvent', 'pourrait', 'pourraient', 'pourra', 'pourront', 'doit', 'doivent', 'devrait', 'devraient', 'devra', 'devront', 'de', "d'", 'ne', "n'", 'pas', 'plus', 'jamais'],
  adverbs: [
    'également', 'aussi', 'encore', 'ensuite', 'alors', 'enfin', 'déjà', 'toutefois', 'cependant', 'néanmoins', 'pourtant', 'même',
    'en outre', 'en bloc', 'tout de même', 'de son côté', 'de leur côté', 'de mon côté', 'de notre côté', 'de votre côté', 'pour sa part', 'pour leur part', 'pour ma part', 'pour notre part', 'pour votre part', 'quant à lui', 'quant à elle', 'quant à eux', 'quant à elles', 'quant à moi', 'quant à nous', 'par ailleurs', 'par la suite', 'par le passé', 'par la même occasion', 'à nouveau', 'de nouveau', 'publiquement',
    'clairement', 'fermement', 'notamment', 'simplement', 'récemment', 'plus tard', 'lui-même', 'elle-même', 'auparavant', 'précédemment',
    'depuis longtemps', 'depuis des années', 'depuis des mois', 'de longue date', 'longtemps',
    'toujours', 'souvent', 'parfois', 'surtout', 'bien', 'mal', 'très', 'tant', 'en revanche', 'pour la première fois', 'une nouvelle fois', 'une fois de plus', 'une fois encore', 'en tout cas', 'à plusieurs reprises', 'à son tour', 'non', 'jusqu’ici', "jusqu'ici", 'plus tôt', 'aussitôt', 'depuis', 'ainsi', 'peut-être',
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', "aujourd'hui",
    'le lendemain', 'la veille', 'le jour même', 'le même jour', 'dans la foulée', "d'emblée", 'd’emblée', "d'abord", 'd’abord', "d'ailleurs", 'd’ailleurs', 'du reste',
  ],
  preverbalAdverbs: [],
  // (« Les élus ont tous dénoncé »: French puts them after the auxiliary, inside the cue.)
  floatingQuantifiers: ['tous', 'toutes', 'tous deux', 'toutes deux', 'tous les deux', 'toutes les deux', 'tous trois', 'toutes trois', 'chacun', 'chacune'],
  pronouns: ['il', 'elle', 'ils', 'elles', 'on', 'je', "j'", 'nous'],
  pronounGenders: { feminine: ['elle'], masculine: ['il', 'lui'] },
  articleGenders: { feminine: ['la', 'une', 'cette'], masculine: ['le', 'un', 'ce', 'cet'] },
  originPrepositions: [],
  latterPhrases: { feminine: ['cette dernière', 'celle-ci'], masculine: ['ce dernier', 'celui-ci'] },
  selfPronouns: ['je', "j'", 'moi', 'nous', 'on', 'vous'],
  pluralPronouns: ['ils', 'elles', 'nous'],
  objectPronouns: ['lui', 'elle', 'eux', 'elles', 'moi', 'nous'],
  relatives: ['qui'],
  complementizers: ['que', "qu'"],
  relativeComplementizers: [],
  sourceCues: ['selon', "d'après", 'de source', 'de sources', 'aux dires de', 'au dire de', 'citant', 'cité par', 'citée par', 'cités par', 'citées par'],
  sourceCueHeads: ['source', 'sources'],
  pluralVerbEndings: ['nt'],
  demonstratives: ['ce', 'ceci', 'cela', 'ça'],
  timeDeterminers: ['ce', 'cet', 'cette', 'fin', 'début'],
  contractedLinks: ['au', 'aux'],
  linkArticles: ['des', 'du'],
  initialSourceCues: ['pour'],
  documentSourceCues: ['dans'],
  // Des documents qui établissent eux-mêmes ; pas le canal d'une personne (« Dans un entretien, X … »).
  // Pas « enquête », le plus souvent une enquête de police.
  speechEventPrepositions: ['dans', 'lors de', "lors d'", 'au cours de', "au cours d'", 'pendant', 'durant', 'sur', 'à', 'au', 'en', 'après', "à l'issue de", "à l'issue d'", 'à l’issue de', 'à l’issue d’', "à l'issue du", 'à l’issue du', "à l'issue des", 'à l’issue des'],
  speechEventNouns: [
    'entretien', 'entretiens', 'interview', 'conférence de presse', 'conférences de presse', 'pourparlers', 'négociations', 'rencontre', 'entrevue', 'séance', 'déclaration', 'communiqué', 'discours', 'meeting', 'débat', 'conférence', 'tweet', 'message',
    'lettre', 'courriel', 'émission', 'tribune', 'audition', 'point presse', 'point de presse', 'allocution', 'vidéo', 'twitter', 'facebook', 'radio', 'télévision', 'sommet', 'réunion',
    'téléphone', 'tv', 'télé', 'presse', 'vœux', 'voeux',
  ],
  messageNouns: ['communiqué', 'communiqués', 'lettre', 'lettres', 'message', 'messages', 'courriel', 'tweet', 'tweets', 'note', 'vidéo', 'déclaration'],
  documentNouns: ['sondage', 'sondages', 'étude', 'études', 'enquête', 'enquêtes', 'rapport', 'rapports', 'documents', 'données', 'analyse', 'recensement', 'bilan', 'décompte', 'estimation'],
  determiners: [
    'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces',
    'plusieurs', 'quelques', 'certains', 'certaines', 'deux', 'trois', 'quatre', 'cinq', 'nombreux', 'nombreuses', 'tous', 'toutes', 'aucun', 'aucune',
  ],
  // None yet: after a comma « le pays sombrera … » is as often a main clause as « une mesure qui … » an apposition.
  appositionArticles: [],
  singularArticles: [],
  indefiniteArticles: ['un', 'une'],
  possessiveDeterminers: ['mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs'],
  catenativeMarkers: [],
  durationPrepositions: ['depuis', 'pendant', 'durant'],
  circumstancePrepositions: ['après', 'avant', 'malgré'],
  answerWords: ['oui', 'non'],
  degreeWords: ['très', 'trop', 'assez', 'tellement', 'plus', 'moins'],
  obligationAuxiliaries: [],
  collectiveNouns: [],
  quantifiers: ['plusieurs', 'certains', 'certaines', 'deux', 'trois', 'quatre', 'cinq', 'nombreux', 'nombreuses', 'tous', 'toutes'],
  boundaries: [
    'et', 'mais', 'car', 'donc', 'or', 'puis', 'alors', 'que', "qu'", 'quand', 'lorsque', "lorsqu'", 'si', "s'", 'comme', 'où', 'dont',
    'tandis', 'pendant', 'après', 'avant', 'depuis', 'pour', 'selon', 'avec', 'sans', 'sur', 'dans', 'en', 'par', 'à', 'au', 'aux',
    'devant', 'lors', 'durant', 'malgré', 'vers', 'chez', 'parmi', 'sous',
  ],
  titleCues: [
    'traité', 'accord', 'pacte', 'film', 'livre', 'roman', 'ouvrage', 'essai', 'émission', 'série', 'album', 'chanson', 'journal',
    'magazine', 'quotidien', 'hebdomadaire', 'slogan', 'hashtag', 'mot-dièse', 'opération', 'programme', 'plan', 'projet', 'loi',
    'baptisé', 'baptisée', 'baptisés', 'baptisées', 'intitulé', 'intitulée', 'intitulés', 'intitulées', 'surnommé', 'surnommée',
    'surnommés', 'surnommées', 'nommé', 'nommée', 'dénommé', 'dénommée', 'alias', 'titre', 'titré', 'titrée', 'légende', 'légendé', 'légendée', 'bandeau',
    'documentaire', 'disque', 'spectacle', 'exposition', 'podcast', 'label', 'pancarte', 'pancartes', 'banderole', 'banderoles', 'devise',
    'soi-disant', 'prétendu', 'prétendue', 'prétendus', 'prétendues',
  ],
  titleHeads: ['traité', 'accord', 'pacte', 'plan', 'loi', 'opération', 'programme', 'convention', 'charte', 'initiative', 'projet', 'doctrine'],
  channelLinks: ['à', 'au', 'aux', 'auprès de', 'auprès du', 'auprès des', "auprès d'", 'devant'],
  recipientVerbs: [],
  adverbEndings: ['ment'],
  notAdverbs: [],
  focusAdverbs: ['seulement', 'uniquement', 'même'],
  complementAdjectives: [],
  coordinators: ['et'],
  verbConjunctions: ['mais'],
  contrastNegations: ['pas', 'non', 'jamais'],
  chargePrepositions: [],
  exceptiveParticles: frNegation.particles,
  plainNegations: [...frNegation.plain, ...frNegation.completions],
  contrastAdverbs: ['aussi', 'également', 'plutôt', 'bien'],
  comparisonWords: [],
  expletiveSubjects: [],
  verbParticles: [],
  gerundEndings: ['ant'],
  // Written forms: « interrogée », « contactés » (first group, the most common in news).
  pastParticipleEndings: ['é', 'ée', 'és', 'ées'],
  presentSingularEndings: [],
  // (« façonne », « vend », « fait », « vendait ».)
  narrationEndings: ['e', 't', 'd'],
  finiteEndings: ['ait', 'aient', 'ront'],
  presentSingularAuxiliaries: [],
  pluralAuxiliaries: [],
  pluralNouns: [],
  receivingVerbs: [],
  irregularPasts: [],
  irregularParticiples: [
    'élu', 'réélu', 'saisi', 'reçu', 'pris', 'repris', 'surpris', 'mis', 'remis', 'soumis', 'transmis', 'commis', 'poursuivi', 'détenu',
    'retenu', 'obtenu', 'maintenu', 'connu', 'battu', 'abattu', 'vaincu', 'convaincu', 'suspendu', 'interrompu', 'entendu', 'attendu',
    'vendu', 'perdu', 'tenu', 'venu', 'devenu', 'revenu', 'parvenu', 'survenu', 'atteint', 'contraint', 'éteint', 'rejoint', 'ouvert',
    'couvert', 'découvert', 'offert', 'construit', 'détruit', 'conduit', 'traduit', 'réduit', 'inscrit', 'interdit', 'assis', 'requis',
    'émis', 'exclu', 'inclus', 'résolu', 'dissous', 'réuni', 'choisi', 'établi', 'rempli', 'affaibli', 'envahi', 'trahi', 'guéri',
    'investi', 'accueilli', 'puni', 'bâti', 'enfoui', 'enseveli', 'démoli', 'sorti', 'parti', 'servi', 'suivi', 'vêtu',
    // (Verbs of saying: « les fonds promis par l'État ».)
    'promis', 'dit', 'écrit', 'décrit', 'prédit', 'admis', 'reconnu', 'démenti', 'averti', 'prévenu', 'soutenu', 'répondu',
    // (Short enough that the endings miss them: « joint par téléphone », « âgée de 54 ans ».)
    'joint', 'âgé', 'né',
  ],
  participleInflections: ['e', 's', 'es'],
  infinitiveMarkers: ['de', "d'", 'à'],
  // « pu » (could) but not « peut » (« on peut dire que » is no one's statement); « voulu » but not
  // « veut » or « voulait » (« cela veut dire que » means "that means").
  governors: {
    refusals: ['refusé de', 'refuse de', 'refusent de', 'refusait de', 'refusaient de', 'refusant de', 'refusé à', 'refuse à', 'refusent à'],
    // (« s'est contenté de répondre », « se borne à dire », « s'est limité à indiquer »: what was said, and no more.)
    modals: ['voulu', 'souhaité', 'souhaite', 'souhaitait', 'tenu à', 'tient à', 'tenait à', 'pu', 'contenté de', 'contentée de', 'contente de', 'contentent de', 'contentait de', 'borné à', 'bornée à', 'borne à', 'bornent à', 'bornait à', 'limité à', 'limitée à', 'limite à', 'limitent à', 'limitait à'],
  },
  questionWords: ['si', "s'"],
  // None yet: « interrogé sur ce point, le maire … » is a participle whose subject is the one asked.
  questionTopics: [],
  aspectVerbs: [],
  gerundPrepositions: ['en', 'tout en'],
  passiveAuxiliaries: ['suis', 'es', 'est', 'sommes', 'êtes', 'sont', 'étais', 'était', 'étions', 'étiez', 'étaient', 'sera', 'seront', 'serait', 'seraient', 'fut', 'furent', 'été'],
  passiveContractions: [],
  // (The first and second persons' too: « je me suis dit », « nous nous sommes dit ».)
  reflexives: ['se', "s'", 'me', "m'", 'te', "t'", 'nous', 'vous'],
  conditionals: ['si', "s'"],
  exampleMarkers: ['notamment', 'dont', 'comme', 'en particulier', 'surtout', 'y compris', 'parmi lesquels', 'parmi lesquelles'],
  approximators: [...frNumbers.approx, ...frNumbers.atLeast, ...frNumbers.atMost],
  amountWords: [...Object.keys(frNumbers.words), ...Object.keys(frNumbers.scales), ...Object.keys(frNumbers.approximateNouns)],
  nounCompounds: [],
  // None: the determiners « du », « des » already say it (« des critiques »), and « de » opens infinitives.
  nounPrepositions: [],
  timeQualifiers: ['tard', 'tôt'],
  speakerNouns: [
    'club', 'équipe', 'parquet', 'préfecture', 'gendarmerie', 'syndicat', 'entreprise', 'constructeur', 'opérateur', 'régulateur', 'famille',
    'défense', 'accusation', 'ville', 'région', 'département', 'collectif', 'marque', 'enseigne', 'chaîne', 'journal', 'quotidien', 'plateforme',
    'firme', 'municipalité', 'rectorat', 'académie', 'intersyndicale', 'collectivité', 'exécutif', 'organisateurs', 'géant', 'coopérative',
    'ingénieur', 'ingénieure', 'enquêteur', 'enquêtrice', 'médias', 'salariés', 'employés', 'agents', 'parents', 'supporters', 'manifestants', 'habitants', 'résidents', 'riverains', 'passagers', 'grévistes', 'témoin', 'témoins', 'sources', 'cadre', 'cadres', 'opposants', 'partisans', 'élus', 'militants', 'associations',
  ],
  rubrics: ['analyse', 'enquête', 'bilan', 'décryptage', 'éditorial', 'édito', 'tribune', 'chronique', 'entretien', 'interview', 'reportage', 'portrait', 'récit', 'direct', 'vidéo', 'exclusif', 'témoignage', 'critique', 'document'],
  agentEndings: ['eurs', 'euses', 'iers', 'ières', 'istes', 'iens', 'iennes'],
  timeWords: [
    'jour', 'jours', 'journée', 'semaine', 'semaines', 'week-end', 'weekend', 'mois', 'an', 'ans', 'année', 'années', 'matin', 'après-midi', 'soir', 'soirée', 'nuit',
    'heure', 'heures', 'fois', 'veille', 'lendemain', 'printemps', 'été', 'automne', 'hiver', 'saison', 'session',
  ],
  reflexiveNonReporting: [
    // (« La tâche s'annonce difficile »: a prospect, not an announcement.)
    ...firstGroupAll('résumer', 'annoncer'),
    // « les touristes se pressaient »: a crowd, not an urging.
    ...firstGroupAll('presser'),
    // « La guerre civile s'appelle Fitna »: a name, not a call.
    'appelle', 'appellent', 'appelait', 'appelaient', 'appelé', 'appelée', 'appelés', 'appelées', 'appelant',
    'poursuivi', 'poursuivie', 'poursuivis', 'poursuivies', 'poursuit', 'poursuivent', 'poursuivait', 'poursuivaient', 'poursuivra', 'poursuivront', 'poursuivant',
  ],
  stateParticiples: [],
  agentPrepositions: ['par'],
  authorPrepositions: ['par'],
  participlesApart: true,
  inciseInversion: true,
  headFirst: true,
  complementizerRepeated: true,
  quotingParticiples: ['cité', 'citée', 'cités', 'citées'],
  relayingVerbs: ['cite', 'citent', 'citait', 'citaient', 'citant', 'cité', 'citée', 'cités', 'citées'],
  relayLinks: [],
  nounAuxiliaries: ['été'],
  exceptionHeads: ['personne', 'tous', 'toutes', 'rien', 'aucun', 'aucune'],
  participlePrepositions: ['pendant', 'durant', 'concernant', 'suivant', 'moyennant', 'nonobstant'],
  infinitiveAuxiliaries: ['avoir', 'être'],
  meansPrepositions: ['en', 'tout en'],
  infinitiveEndings: ['er', 'ir', 're', 'oir'],
  negationWords: ['ne', "n'", 'pas', 'plus', 'jamais', 'rien'],
  modalAuxiliaries: ['pourrait', 'pourraient', 'devrait', 'devraient', 'va', 'vont', 'allait', 'allaient'],
  auxiliaryClitics: [],
  objectClitics: ['me', "m'", 'te', "t'", 'lui', 'leur', 'nous', 'vous', 'y'],
  articleClitics: ["l'", 'le', 'la', 'les'],
  indefinitePronouns: ['on'],
  indefiniteSourceLinks: ['chez', 'du côté de', "du côté d'", 'du côté d’', 'du côté du', 'du côté des', "dans l'entourage de", 'dans l’entourage de', "dans l'entourage du", 'dans l’entourage du', "dans l'entourage d'", 'dans l’entourage d’'],
  subjectCliticEndings: ['ons', 'ez', 'sommes', 'êtes', 'dites', 'faites'],
  writtenEndings: ['és'],
  impersonalPronouns: [],
  // « la joueuse de 19 ans », « le jeune homme de 22 ans », « l'adolescent de 15 ans ».
  ageDescriptions: /^(?:le|la|l['’])\s*\p{Ll}+(?:\s+\p{Ll}+)?\s+de\s+\d{1,3}\s+ans$/iu,
  negativeSubjects: ['personne', 'nul', 'aucun', 'aucune', 'rien'],
  personNouns: ['victime', 'défunt', 'défunte', 'disparu', 'disparue', 'accusé', 'accusée', 'prévenu', 'prévenue', 'suspect', 'suspecte', 'client', 'cliente', 'patient', 'patiente', 'enfant', 'fils', 'fille', 'garçon', 'homme', 'femme', 'conducteur', 'conductrice', 'propriétaire', 'mari', 'épouse', 'mère', 'père', 'frère', 'sœur', 'veuve', 'veuf'],
  possessiveClitics: [],
  adjunctPrepositions: [
    'à', 'au', 'aux', 'dans', 'en', 'lors', 'pendant', 'après', 'avant', 'depuis', 'malgré', 'avec', 'sans', 'sous', 'sur', 'par', 'parmi',
    'comme', 'vers', 'contre', 'entre', 'chez', 'outre', 'durant', 'dès', 'devant', 'derrière', 'face à', 'auprès de', "auprès d'", 'auprès d’',
  ],
  accordClauses: ['comme', "comme l'", 'ainsi que', "ainsi que l'"],
  subordinators: [
    'quand', 'lorsque', "lorsqu'", 'si', "s'", 'parce que', "parce qu'", 'puisque', "puisqu'", 'bien que', "bien qu'", 'alors que', "alors qu'",
    'tandis que', "tandis qu'", 'après que', "après qu'", 'avant que', "avant qu'", 'dès que', "dès qu'", 'sans que', "sans qu'", 'pour que', "pour qu'", 'afin que', "afin qu'", 'même si', "même s'",
  ],
  askingVerbs: firstGroupAll('demander', 'interroger', 'questionner'),
  activeOnly: ['confier', 'lancer', 'rappeler', 'relever', 'glisser', 'lâcher', 'poster'].flatMap((v) => ['é', 'ée', 'és', 'ées'].map((e) => v.slice(0, -2) + e)),
  attributeVerbs: [...firstGroupAll('déclarer', 'affirmer', 'estimer'), 'dit', 'dite', 'dits', 'dites', 'dis', 'disent', 'disait', 'disaient', 'disant', 'dira', 'diront', 'dirait', 'diraient'],
  freeRelatives: [],
  sourceRelatives: ['qui', 'lequel', 'laquelle', 'lesquels', 'lesquelles'],
  reportNouns: [
    'informations', 'information', 'accusations', 'accusation', 'allégations', 'affirmations', 'rumeurs', 'rapports', 'rapport', 'déclarations',
    'propos', 'chiffres', 'chiffre', 'estimations', 'allégation', 'soupçons', 'révélations', 'articles', 'bilan', 'version', 'témoignages', 'témoignage', 'récit', 'renseignements',
  ],
  clauseNouns: ['position', 'avis', 'argument', 'conviction', 'thèse', 'opinion', 'ligne', 'idée', 'crainte', 'craintes', 'espoir'],
  interrogatives: ['pourquoi', 'comment', 'quand', 'où', 'qui', 'quel', 'quelle', 'quels', 'quelles', 'combien', 'lequel', 'laquelle'],
  sayingAfter: ['avant de', "avant d'", 'avant d’'],
  contentBreaks: ['mais', 'alors que', 'tandis que', 'selon', "d'après", 'ce qui', 'ce que', "ce qu'", 'bien que', 'malgré', 'contrairement à', 'pourtant'],
  // (None: in the French press, « …, mais … » after a report is mostly the writer's answer to it,
  // « a confirmé être prêt à discuter, mais exclut … », « mais les violences n'ont pas cessé ».)
  contrastClauses: [],
};
