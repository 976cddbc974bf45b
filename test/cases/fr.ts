import type { LanguageCases } from './types.js';

export const frCases: LanguageCases = {
  language: 'fr',
  sentences: [
    // Une puce après un point ouvre une phrase, même dans un texte coupé à la ligne.
    { input: "Le ministre s'est engagé à respecter le vote du Parlement refusant une action\nmilitaire en Syrie.\n• Les dirigeants temporisent…\nAprès les déclarations faisant croire à une action imminente ces derniers\njours, le ton a changé. Les chancelleries se taisent et les\nambassadeurs attendent.", expected: ["Le ministre s'est engagé à respecter le vote du Parlement refusant une action\nmilitaire en Syrie.", '• Les dirigeants temporisent…', 'Après les déclarations faisant croire à une action imminente ces derniers\njours, le ton a changé.', 'Les chancelleries se taisent et les\nambassadeurs attendent.'] },
    { input: 'Le maire est arrivé lundi. Il a parlé aux habitants.', expected: ['Le maire est arrivé lundi.', 'Il a parlé aux habitants.'] },
    { input: 'M. Durand a pris la parole. Mme Lefèvre a répondu.', expected: ['M. Durand a pris la parole.', 'Mme Lefèvre a répondu.'] },
    { input: 'Selon le Dr Martin, la digue a cédé. Les secours sont sur place.', expected: ['Selon le Dr Martin, la digue a cédé.', 'Les secours sont sur place.'] },
    // « art. » et « p. » n'abrègent que devant un nombre.
    { input: "Le décret cite l'art. 3 du code. Le maire parle d'un objet d'art. Il signe.", expected: ["Le décret cite l'art. 3 du code.", "Le maire parle d'un objet d'art.", 'Il signe.'] },
    { input: 'Ils ont apporté des bâches, des pompes, etc. Ils repartent demain.', expected: ['Ils ont apporté des bâches, des pompes, etc.', 'Ils repartent demain.'] },
    { input: "La délégation vient de l'U.E. Elle repart demain. Voir le chap. IV du rapport.", expected: ["La délégation vient de l'U.E.", 'Elle repart demain.', 'Voir le chap. IV du rapport.'] },
    { input: 'La délégation des U.S. Army Corps est arrivée. Elle repart demain.', expected: ['La délégation des U.S. Army Corps est arrivée.', 'Elle repart demain.'] },
    { input: '« Nous ne partirons pas. » Le maire a ensuite quitté la salle.', expected: ['« Nous ne partirons pas. »', 'Le maire a ensuite quitté la salle.'] },
    { input: '« Est-ce la fin ? » a-t-il demandé. Personne n’a répondu.', expected: ['« Est-ce la fin ? » a-t-il demandé.', 'Personne n’a répondu.'] },
    { input: 'Environ 10 000 personnes ont été évacuées. 2 500 sont toujours hébergées.', expected: ['Environ 10 000 personnes ont été évacuées.', '2 500 sont toujours hébergées.'] },
    { input: 'L’eau est montée de 2,5 mètres. Elle a atteint la route sur 10 km. Les secours ont évacué le quartier.', expected: ['L’eau est montée de 2,5 mètres.', 'Elle a atteint la route sur 10 km.', 'Les secours ont évacué le quartier.'] },
    { input: 'Les vivres, p. ex. Riz et eau, manquent. La préfecture promet des livraisons.', expected: ['Les vivres, p. ex. Riz et eau, manquent.', 'La préfecture promet des livraisons.'] },
    { input: '« Nous savons. […] Nous agirons », a-t-il ajouté.', expected: ['« Nous savons.', '[…] Nous agirons », a-t-il ajouté.'] },
    { input: 'Le bilan est lourd… Trois morts ont été recensés.', expected: ['Le bilan est lourd…', 'Trois morts ont été recensés.'] },
    { input: 'Jean-Pierre A. Morel a été entendu. Il nie tout.', expected: ['Jean-Pierre A. Morel a été entendu.', 'Il nie tout.'] },
    // Un texte d'un paragraphe par ligne : chaque retour à la ligne finit une phrase, même après un intertitre sans point ; pas dans un texte coupé à la largeur.
    { input: 'Le barrage a cédé lundi.\nLe maire appelle les riverains au calme\n« Nous resterons », a dit un habitant.\nLa préfecture a ouvert un gymnase.', expected: ['Le barrage a cédé lundi.', 'Le maire appelle les riverains au calme', '« Nous resterons », a dit un habitant.', 'La préfecture a ouvert un gymnase.'] },
    { input: "Le maire a dit que la digue\ntiendrait jusqu'à lundi, mais\nles ingénieurs en doutent. Ils\nveulent des travaux.", expected: ["Le maire a dit que la digue\ntiendrait jusqu'à lundi, mais\nles ingénieurs en doutent.", 'Ils\nveulent des travaux.'] },
    // Un bloc où aucune ligne ne se poursuit en minuscule est une ligne par paragraphe, même quand ses lignes finissent sur un deux-points.
    { input: 'Les habitants dénoncent la lenteur des secours :\nSur la pancarte : Rendez-nous nos maisons\nLe maire a promis une aide.', expected: ['Les habitants dénoncent la lenteur des secours :', 'Sur la pancarte : Rendez-nous nos maisons', 'Le maire a promis une aide.'] },
    // Une ligne plus longue que toute ligne coupée à la largeur est un paragraphe : la ligne de quelques mots avant elle, qui ne se poursuit pas, est un titre.
    { input: 'Le barrage de Vallon a cédé\nLes eaux ont envahi la vallée de la Serre dans la nuit de lundi à mardi, emportant des routes, des ponts et plusieurs maisons, selon la préfecture.\nLe maire a dit que la digue\ntiendrait encore.', expected: ['Le barrage de Vallon a cédé', 'Les eaux ont envahi la vallée de la Serre dans la nuit de lundi à mardi, emportant des routes, des ponts et plusieurs maisons, selon la préfecture.', 'Le maire a dit que la digue\ntiendrait encore.'] },
    // Dans un texte coupé à la largeur, une ligne où le mot suivant tenait encore finit là où l'auteur l'a finie : un intertitre, un lien.
    {
      input: "Le maire a dit lundi que la digue de Valmont tiendrait jusqu'à\nla fin de la semaine, mais les ingénieurs de la préfecture en\ndoutent et réclament des travaux urgents sur tout le barrage.\nLe préfet met en garde contre une crue\nLes riverains évacuent le quartier bas\nLa digue tiendra, selon le maire",
      expected: [
        "Le maire a dit lundi que la digue de Valmont tiendrait jusqu'à\nla fin de la semaine, mais les ingénieurs de la préfecture en\ndoutent et réclament des travaux urgents sur tout le barrage.",
        'Le préfet met en garde contre une crue',
        'Les riverains évacuent le quartier bas',
        'La digue tiendra, selon le maire',
      ],
    },
  ],
  boilerplate: [
    // Une formule promotionnelle entre guillemets est la parole de quelqu'un : le paragraphe reste.
    { paragraphs: ['« Contactez-nous si vous avez vu quelque chose », a lancé le commissaire.', 'La route est fermée.'], removed: [] },
    { paragraphs: ['ActualitésInternational', 'Le barrage a cédé lundi.'], removed: ['ActualitésInternational'] },
    { paragraphs: ['Accueil > Monde > Europe', 'Le barrage a cédé lundi.'], removed: ['Accueil > Monde > Europe'] },
    { paragraphs: ['Le barrage a cédé lundi.', 'Lire aussi : Les inondations de 2019 dans la vallée'], removed: ['Lire aussi : Les inondations de 2019 dans la vallée'] },
    {
      paragraphs: ['Le barrage a cédé lundi.', 'Les ingénieurs avaient alerté.', 'Passionnée de terrain, je couvre la vallée depuis dix ans. Pour toute proposition de sponsoring, contactez-nous.'],
      removed: ['Passionnée de terrain, je couvre la vallée depuis dix ans. Pour toute proposition de sponsoring, contactez-nous.'],
    },
    { paragraphs: ['Par Jeanne Dupont', 'Le barrage a cédé lundi.'], removed: ['Par Jeanne Dupont'], byline: 'Jeanne Dupont' },
    { paragraphs: ['Par ailleurs, la préfecture a ouvert un gymnase.', 'Le barrage a cédé lundi.'], removed: [] },
    { paragraphs: ['Le barrage a cédé lundi.', 'Avec AFP'], removed: [] },
    { paragraphs: ['Le barrage a cédé lundi.', '« Je ne partirai pas », a déclaré une habitante.'], removed: [] },
    // La première personne d'un texte qui la parle avant, ou d'un texte de deux paragraphes, est celle de l'article.
    { paragraphs: ['Le barrage a cédé lundi.', "J'étais sur la digue quand elle a cédé.", 'Les ingénieurs avaient alerté.', 'Je reviendrai la semaine prochaine.'], removed: [] },
    { paragraphs: ['La digue de Valmont', 'Je ne pense pas que la digue tienne.'], removed: [] },
  ],
  headlines: [
    { input: 'Washington et Paris appellent au calme', expected: true },
    { input: 'Le barrage de la vallée a cédé : des milliers d’évacués', expected: true },
    { input: 'Le barrage a cédé lundi, a annoncé la préfecture.', expected: false },
    { input: 'VALMONT (AFP) —', expected: false },
    { input: 'Inondations', expected: false },
  ],
  credits: [
    { input: 'DORVAL, Belgique (AFP) — La rivière a débordé.', expected: [['AFP', 'dateline', 'DORVAL, Belgique (AFP) —']] },
    { input: 'La rivière a débordé.\n\nAvec AFP', expected: [['AFP', 'credit-line', 'Avec AFP']] },
    { input: 'La rivière a débordé, ont déclaré deux responsables à l’agence Reuters mardi.', expected: [['Reuters', 'citation', 'à l’agence Reuters']] },
    { input: 'Une source avait déclaré à CNN que le pont était fermé.', expected: [['CNN', 'citation', 'à CNN']] },
    { input: 'Selon l’Associated Press, le bilan est de trois morts.', expected: [['AP', 'citation', 'Selon l’Associated Press']] },
    { input: 'D’après Reuters, le barrage a cédé.', expected: [['Reuters', 'citation', 'D’après Reuters']] },
    { input: 'La rivière a débordé.\n\nLe correspondant de Reuters, Paul Ney, a contribué à cet article.', expected: [['Reuters', 'contributor', 'Le correspondant de Reuters, Paul Ney, a contribué à cet article.']] },
    { input: 'La rivière a débordé.\n\nUne réunion publique est prévue samedi. (avec AFP)', expected: [['AFP', 'credit-line', '(avec AFP)']] },
    { input: 'Le patron de CNN a démissionné mardi.', expected: [] },
    { input: 'Un reporter de l’AFP a été blessé lors de la manifestation.', expected: [] },
  ],
  entities: [
    // Propriétaires, gérants et commerçants sont des titres devant un nom.
    { input: "La gérante Lea Brun a fermé la boutique. Le propriétaire Yann Le Bihan cherche un repreneur.", expected: [['person', 'Lea Brun', 'Lea Brun', ''], ['person', 'Yann Le Bihan', 'Yann Le Bihan', '']] },
    // Un métier juste avant un nom est son titre ; un titre juste avant le nom suivant n'est pas l'apposition du nom d'avant.
    {
      input: "Les sauveteurs ont récupéré le pêcheur Yann Le Bihan. L'usine Harlow Textiles, l'ingénieur Omar Sabry l'a confirmé, va fermer.",
      expected: [['person', 'Yann Le Bihan', 'Yann Le Bihan', ''], ['person', 'Omar Sabry', 'Omar Sabry', '']],
      absent: ['Harlow Textiles'],
    },
    // Un pays juste après « en » est un lieu, même quand un nom en capitales le suit : « a dit en Egypte Karim Haddadi ».
    { input: "« Nous devons aider la région », a dit en Egypte Karim Haddadi, chef de la commission parlementaire.", expected: [['country', 'Egypte', 'Egypte', ''], ['person', 'Karim Haddadi', 'Karim Haddadi', '']], absent: ['Egypte Karim Haddadi'] },
    // Un nom connu après un lien, juste après la tête d'un organisme en capitale, complète le nom de l'organisme.
    { input: 'La Banque de France a parlé. La Mairie de Valmont aussi.', expected: [['organisation', 'Banque de France', 'Banque de France', ''], ['organisation', 'Mairie de Valmont', 'Mairie de Valmont', '']] },
    // « y » between two surnames; « de la » is a preposition and an article, no pair of particles.
    { input: 'La directrice générale, Isabelle Mateos y Lago, a parlé. La Journée de la Terre a eu lieu.', expected: [['person', 'Isabelle Mateos y Lago', 'Isabelle Mateos y Lago', 'directrice générale']], absent: ['Lago', 'Journée de la Terre'] },
    // A word that qualifies titles, after an organisation's head, ends the body's name: « Société Générale ».
    { input: 'Société Générale a annoncé des pertes. Le général Dupont a parlé.', expected: [['organisation', 'Société Générale', 'Société Générale', ''], ['person', 'Dupont', 'Dupont', '']], absent: ['Société'] },
    // « Ma », « Ta » ouvrent des noms (« Ma Long ») : ce ne sont pas des mots grammaticaux.
    { input: 'Ma Long a remporté le titre en simple.', expected: [['other', 'Ma Long', 'Ma Long', '']] },
    // Un nom de mois ou une forme courte du calendrier ouvre un prénom ; « Mon », « Ma » restent des possessifs.
    { input: '« Mon Dieu, quelle horreur », a déclaré Sam Morel, le maire. Ma Valmont natale est détruite.', expected: [['person', 'Sam Morel', 'Sam Morel', '']], absent: ['Mon Dieu', 'Ma Valmont'] },
    // Le genre d'une personne, par un titre de civilité, le déterminant de son rôle ou un rôle au féminin.
    {
      input: 'La maire, Claire Morel, a reçu le préfet Paul Ferrand, le ministre Lucie Blanc et la présidente Anne Roy. Mme Morel a remercié M. Ferrand.',
      expected: [['person', 'Claire Morel', 'Claire Morel', '']],
      genders: { 'Claire Morel': 'feminine', 'Paul Ferrand': 'masculine', 'Lucie Blanc': '', 'Anne Roy': 'feminine' },
    },
    // Un nom après une préposition de lieu, devant le verbe, ne parle pas.
    { input: 'Le maire, en visite à Lyon, a assuré que la digue tiendra. Le préfet, en visite près de Valmont, a assuré que les vannes tiendraient.', expected: [], absent: ['Lyon', 'Valmont'] },
    // Après un titre de civilité, la particule ouvre le nom.
    {
      input: 'Mme de Sarnez a reçu M. Le Drian au ministère. Selon M. Le Drian, la digue tiendra.',
      expected: [['person', 'de Sarnez', 'de Sarnez', ''], ['person', 'Le Drian', 'Le Drian', ''], ['person', 'Le Drian', 'Le Drian', '']],
      genders: { 'de Sarnez': 'feminine', 'Le Drian': 'masculine' },
    },
    {
      input: 'Le porte-parole du Kremlin, Dmitri Peskov, a démenti. Peskov a ajouté que rien n’était décidé.',
      expected: [['organisation', 'Kremlin', 'Kremlin', ''], ['person', 'Dmitri Peskov', 'Dmitri Peskov', 'porte-parole du Kremlin'], ['person', 'Peskov', 'Dmitri Peskov', '']],
    },
    {
      input: 'Le secrétaire américain à la Défense Lloyd Austin a reçu son homologue sud-coréen Kim Yong-hyun. Le ministre américain a parlé le premier.',
      expected: [
        ['person', 'Lloyd Austin', 'Lloyd Austin', 'secrétaire américain à la Défense'],
        ['person', 'Kim Yong-hyun', 'Kim Yong-hyun', 'homologue sud-coréen'],
        ['person', 'ministre américain', 'Lloyd Austin', 'ministre américain'],
      ],
    },
    {
      input: 'Lors de la visite, Lloyd Austin, secrétaire à la Défense, a rencontré M. Yoon. Le président sud-coréen Yoon Suk Yeol a salué ses efforts.',
      expected: [['person', 'Lloyd Austin', 'Lloyd Austin', 'secrétaire à la Défense'], ['person', 'Yoon Suk Yeol', 'Yoon Suk Yeol', 'président sud-coréen']],
    },
    {
      input: 'Le vice-ministre des Affaires étrangères Kim Hong Kyun a protesté. Kim a déclaré que Séoul riposterait. Le dirigeant nord-coréen Kim Jong Un a répondu. En juin, Kim et Vladimir Poutine ont signé un pacte.',
      expected: [
        ['person', 'Kim Hong Kyun', 'Kim Hong Kyun', 'vice-ministre des Affaires étrangères'],
        ['person', 'Kim', 'Kim Hong Kyun', ''],
        ['country', 'Séoul', 'Séoul', ''],
        ['person', 'Kim Jong Un', 'Kim Jong Un', 'dirigeant nord-coréen'],
        ['person', 'Kim', 'Kim Jong Un', ''],
      ],
    },
    {
      input: 'Les troupes nord-coréennes sont arrivées dans la région de Koursk, selon l’OTAN et la Maison Blanche. Le Pentagone reste prudent à Pyongyang comme à Washington.',
      expected: [
        ['country', 'nord-coréennes', 'nord-coréennes', ''],
        ['place', 'Koursk', 'Koursk', ''],
        ['organisation', 'OTAN', 'OTAN', ''],
        ['organisation', 'Maison Blanche', 'Maison Blanche', ''],
        ['organisation', 'Pentagone', 'Pentagone', ''],
        ['place', 'Pyongyang', 'Pyongyang', ''],
        ['place', 'Washington', 'Washington', ''],
      ],
    },
    {
      input: 'Parallèlement, le chef de la diplomatie chinoise, Wang Yi, a reçu Bachar al-Assad. Interrogé mardi, il n’a rien dit.',
      expected: [['person', 'Wang Yi', 'Wang Yi', 'chef de la diplomatie chinoise']],
      absent: ['Parallèlement', 'Interrogé'],
    },
  ],
  quotes: [
    // Une condition garde le verbe qui la suit dans le contenu.
    { input: 'Le maire a affirmé que la digue tiendrait, si le préfet dit vrai.', expected: [['indirect', 'la digue tiendrait, si le préfet dit vrai', 'Le maire', 'assert']] },
    // Après un pronom réfléchi, « poursuivre » et « résumer » ne rapportent rien ; sans lui, si.
    {
      input: 'Les recherches se poursuivent dans la vallée, alors que la pluie a repris. Le préfet a poursuivi : « Nous ne laisserons personne. »',
      expected: [['direct', 'Nous ne laisserons personne.', 'Le préfet', 'say']],
      absent: ['la pluie a repris'],
    },
    // Un infinitif dans l'objet n'est pas le verbe principal de la phrase.
    {
      input: 'La ligne a été franchie mercredi, puisque les opposants ont accusé Valmont d’avoir lancé une attaque chimique, évoquant 300 victimes.',
      expected: [['indirect', 'Valmont d’avoir lancé une attaque chimique', 'les opposants', 'accuse']],
      absent: ['Valmont'],
    },
    // Une incise finale garde son contenu quand le verbe a un complément de personne.
    { input: 'La digue tiendra, le préfet a assuré les riverains.', expected: [['indirect', 'La digue tiendra', 'le préfet', 'assert']] },
    // « s'appeler » donne un nom ; « appeler » sans réfléchi appelle à quelque chose, et un objet peut être un seul nom.
    {
      input: 'Ce chantier s’appelle Valbrune. Le maire a appelé à la prudence. La préfète a remercié Berg.',
      expected: [['indirect', 'à la prudence', 'Le maire', 'demand'], ['indirect', 'Berg', 'La préfète', 'say']],
      absent: ['Valbrune'],
    },
    // Un fragment prend le locuteur que lui donne son paragraphe, non celui d'un paragraphe précédent.
    {
      input: 'Valmont : la digue sera démolie\n\nLe maire a déclaré : « Nous reconstruirons la digue avant l’hiver. »\n\nLa vieille digue, un « monstre de béton », sera démolie en mars.',
      expected: [['direct', 'Nous reconstruirons la digue avant l’hiver.', 'Le maire', 'say'], ['fragment', 'monstre de béton', '', '']],
    },
    // Un organisme nommé avec son sigle, un nom à deux compléments coordonnés.
    {
      input: 'Les comités locaux de coordination (LCC) ont accusé l’Irak d’aider le régime. Le parti de la justice et de la liberté a déclaré que le peuple devait se soulever.',
      expected: [
        ['indirect', 'l’Irak d’aider le régime', 'Les comités locaux de coordination', 'accuse'],
        ['indirect', 'le peuple devait se soulever', 'Le parti de la justice et de la liberté', 'say'],
      ],
    },
    // Avant les deux-points, l'objet d'un participe : le sujet du verbe parle, non l'objet.
    {
      input: 'Le colonel Marc Aubertin, qui dirige les pompiers, n’a pas caché les difficultés : « Le courant reste très violent ». La préfète a dressé un bilan : « Nous avons retrouvé trois corps ».',
      expected: [['direct', 'Le courant reste très violent', 'Marc Aubertin', ''], ['direct', 'Nous avons retrouvé trois corps', 'La préfète', '']],
    },
    // Le sujet d'un verbe au passif est celui à qui l'on parle ou de qui l'on parle : pas de locuteur
    // (« il est précisé que », « a été annoncé ») ; « s'est dit » n'est pas un passif.
    { input: 'Le maire Paul Roy est arrivé tôt. Dans le communiqué, il est précisé que le barrage a tenu.', expected: [['indirect', 'le barrage a tenu', '', 'say']] },
    { input: 'Le maire Paul Roy est arrivé tôt. Il a été annoncé que les travaux reprendront.', expected: [['indirect', 'les travaux reprendront', '', 'say']] },
    { input: 'Le maire Paul Roy s’est dit certain que le barrage tiendra.', expected: [['indirect', 'le barrage tiendra', 'Paul Roy', 'say']] },
    { input: 'Le maire Paul Roy a affirmé que la digue était fragile, mais aussi mal entretenue.', expected: [['indirect', 'la digue était fragile, mais aussi mal entretenue', 'Paul Roy', 'assert']] },
    // Un pays avant deux-points est le sujet d'un titre, pas un locuteur.
    { input: 'Allemagne : la digue du Rhin a cédé dans la nuit.', expected: [] },
    { input: 'Iran : nous riposterons avec force.', expected: [['indirect', 'nous riposterons avec force', 'Iran', '']] },
    // Un participe après un message parle pour son auteur.
    { input: 'Les habitants rédigent actuellement une lettre réclamant la réparation de la digue.', expected: [['indirect', 'la réparation de la digue', 'Les habitants', 'demand']] },
    // Une négation avant le sujet n'ouvre pas une relative.
    { input: 'Le maire Paul Roy a déclaré à la presse que jamais il ne céderait.', expected: [['indirect', 'jamais il ne céderait', 'Paul Roy', 'say']] },
    // Les manières de dire sont des verbes de parole ; « tonnes » n'est pas « tonner ».
    { input: '« Ouvrez les vannes ! », scandaient les manifestants.', expected: [['direct', 'Ouvrez les vannes !', 'les manifestants', 'say']] },
    { input: 'Le maire Paul Roy a laissé entendre que la digue serait fermée.', expected: [['indirect', 'la digue serait fermée', 'Paul Roy', 'assert']] },
    { input: 'Il y a 500 tonnes de sable sur la digue.', expected: [] },
    // Les clés perdent les accents : « critiques », « menaces » ne sont pas « critiqués », « menacés ».
    { input: 'Ses voisins critiques de la mairie sont partis. Des menaces très précises ont visé la digue.', expected: [] },
    // Un pronom complément avant le verbe rejoint l'indice ; le sujet est avant lui. « J’ » et « nous » parlent.
    { input: 'Le maire Paul Roy m’a dit que la digue a tenu.', expected: [['indirect', 'la digue a tenu', 'Paul Roy', 'say']] },
    // (Suivis de deux paragraphes : un court paragraphe final à la première personne est une notice d'auteur.)
    { input: 'Le préfet Paul Roy est arrivé. Je lui ai dit que la rivière montait.\n\nLes secours sont sur place.\n\nLa route reste fermée.', expected: [['indirect', 'la rivière montait', 'Je', 'say']] },
    { input: 'Le préfet Paul Roy est arrivé. Hier nous avons annoncé que la digue a tenu.', expected: [['indirect', 'la digue a tenu', 'nous', 'say']] },
    { input: 'Nous sommes tous sinistrés, a dit le maire Paul Roy.', expected: [['indirect', 'Nous sommes tous sinistrés', 'Paul Roy', 'say']] },
    { input: 'Le préfet Paul Roy est arrivé. Nous avons conclu que la digue a tenu.', expected: [['indirect', 'la digue a tenu', 'Nous', 'say']] },
    { input: 'Le préfet Paul Roy est arrivé. J’ai dit que la digue a tenu.\n\nLes secours sont sur place.\n\nLa route reste fermée.', expected: [['indirect', 'la digue a tenu', 'J’', 'say']] },
    { input: 'Le maire Paul Roy arrive. Il sera précisé que le barrage a tenu.', expected: [['indirect', 'le barrage a tenu', '', 'say']] },
    { input: 'Le maire Paul Roy fut averti par le préfet que le barrage avait cédé.', expected: [['indirect', 'le barrage avait cédé', 'le préfet', 'warn']] },
    // L'agent du passif parle ; des mots qui le contiennent ne sont pas rapportés.
    { input: 'La proposition a été saluée par le maire Paul Roy comme « une bonne base ».', expected: [['fragment', 'une bonne base', 'Paul Roy', 'assert']] },
    { input: 'L’accord a été rejeté samedi par le général Paul Roy.', expected: [] },
    // L'agent après les mots cités (« jugé « irréaliste » par », « qualifié d’« … » par »).
    { input: 'Le plan a été jugé « irréaliste » par le maire Paul Roy.', expected: [['fragment', 'irréaliste', 'Paul Roy', 'estimate']] },
    { input: 'Le plan a été qualifié d’« irréaliste » par le maire Paul Roy.', expected: [['fragment', 'irréaliste', 'Paul Roy', 'say']] },
    // « cet été » est une saison, pas un auxiliaire ; un adverbe n'est pas un gérondif ; « par la suite » n'introduit pas d'agent.
    { input: '« Le barrage tiendra », a déclaré le maire Paul Roy cet été.', expected: [['direct', 'Le barrage tiendra', 'Paul Roy', 'say']] },
    { input: 'Le maire Paul Roy arrive. Il est cependant précisé que le barrage a tenu.', expected: [['indirect', 'le barrage a tenu', '', 'say']] },
    { input: 'Le maire Paul Roy arrive. Il a par la suite été annoncé que les travaux reprendront.', expected: [['indirect', 'les travaux reprendront', '', 'say']] },
    // Gardes issues de la relecture : une source après un tiret en tête de texte ; « Or » n'ouvre pas un complément ; « Dans le cadre de l'étude » n'est pas une source.
    { input: '— Selon la police.', expected: [] },
    { input: 'Or la situation reste très tendue dans la vallée, a indiqué le préfet.', expected: [['indirect', 'Or la situation reste très tendue dans la vallée', 'le préfet', 'say']] },
    { input: 'Dans le cadre de l’étude, les gendarmes ont interrogé trois témoins.', expected: [], absent: ['les gendarmes ont interrogé trois témoins'] },
    // Deux gentilés coordonnés après un nom en sont les adjectifs : le groupe nominal parle.
    { input: 'Les autorités françaises et suisses redoutent que la digue ne cède.', expected: [['indirect', 'la digue ne cède', 'Les autorités françaises et suisses', 'warn']] },
    // Un participe de parole après une proposition dont le sujet est un groupe nominal sans nom propre.
    // Un participe parle pour le sujet qui suit les compléments d'ouverture (lieu, date) ; dans une relative, pour son antécédent.
    { input: 'Dans ses dernières déclarations, le 26 août, le préfet s\'était montré inflexible, en promettant de reconstruire la digue.', expected: [['indirect', 'de reconstruire la digue', 'le préfet', 'assert']] },
    { input: 'En 2007, il a rédigé le programme du parti des Verts, qui interdisait les barrages et prévoyait qu\'un comité surveille la digue.', expected: [['indirect', 'un comité surveille la digue', 'Verts', 'estimate']] },
    // Un participe coordonné sans virgule à celui d'un nom est celui du nom : pas de sujet trouvé après un complément d'ouverture.
    { input: "Par ailleurs, le gouvernement américain a minimisé un rapport émanant d'une fuite et affirmant que la digue avait cédé.", expected: [], absent: ['la digue avait cédé'] },
    // Une source sans virgule avant elle, qui nomme un document, une personne ou un organisme, clôt sa proposition (une relative après sa virgule).
    { input: "Le conflit en Sarnie a fait plus de 1 000 morts selon l'ONU.", expected: [['indirect', 'Le conflit en Sarnie a fait plus de 1 000 morts', 'ONU', '']] },
    { input: "Cette annonce intervient alors que la crue, qui a déjà fait 12 morts selon l'ONU, s'apprête à atteindre Valmont.", expected: [['indirect', 'qui a déjà fait 12 morts', 'ONU', '']] },
    // Un objet ou un infinitif dans une relative sans virgule s'arrête avant le verbe de l'antécédent.
    { input: 'Ceux qui ont réclamé la fermeture du barrage ne devraient pas être ignorés.', expected: [['indirect', 'la fermeture du barrage', 'Ceux', 'demand']] },
    { input: 'Les riverains qui se proposaient de réparer la digue ont été éconduits par le préfet.', expected: [['indirect', 'de réparer la digue', 'Les riverains', 'assert']] },
    // Un participe passé seul après une virgule, avant « de » ou « par », est une apposition au passif : son nom est l'accusé, pas un locuteur.
    { input: "Le maire, souvent accusé d'avoir négligé la digue, a démissionné.", expected: [], absent: ["d'avoir négligé la digue, a démissionné", "d'avoir négligé la digue"] },
    // « Appeler » rapporte un appel avec son « à » ; sans lui, c'est un coup de téléphone ou un nom.
    { input: 'Le maire appelle le préfet et le directeur du barrage.', expected: [], absent: ['le préfet et le directeur du barrage'] },
    { input: "Ce que les riverains appellent la digue de la honte a cédé lundi.", expected: [], absent: ['la digue de la honte'] },
    { input: 'Le maire a appelé les habitants de la vallée et des villages voisins à quitter leurs maisons.', expected: [['indirect', 'les habitants de la vallée et des villages voisins à quitter leurs maisons', 'Le maire', 'demand']] },
    // Un participe passé sans auxiliaire est passif ou adjectif : il ne rapporte rien sans agent, sauf s'il partage l'auxiliaire d'un verbe avant lui, ou cite (« cité par l'AFP »).
    { input: "Ces derniers mois, la vallée a été le théâtre de manifestations contre M. Morel, accusé d'avoir trahi les riverains.", expected: [], absent: ["d'avoir trahi les riverains"] },
    { input: 'Le préfet a une nouvelle fois dénoncé un complot étranger.', expected: [['indirect', 'un complot étranger', 'Le préfet', 'accuse']] },
    { input: 'Le syndicat a rejeté les critiques et accusé les médias de diffuser des mensonges.', expected: [['indirect', 'les critiques', 'Le syndicat', 'deny'], ['indirect', 'les médias de diffuser des mensonges', 'Le syndicat', 'accuse']] },
    { input: "« La digue a cédé à l'aube », a déclaré un riverain cité par l'AFP.", expected: [['direct', "La digue a cédé à l'aube", 'un riverain', 'say']] },
    // « selon lequel » : le nom avant la préposition est la source, la proposition après le pronom ce qu'elle dit.
    { input: 'Les enquêteurs ont recueilli des témoignages selon lesquels des ouvriers avaient signalé les fissures dès 2019.', expected: [['indirect', 'des ouvriers avaient signalé les fissures dès 2019', 'des témoignages', '']] },
    { input: "Le récit de la radio locale selon lequel la digue aurait cédé à l'aube a été démenti.", expected: [['indirect', "la digue aurait cédé à l'aube", 'Le récit de la radio locale', '']] },
    // Cas de la relecture : un adverbe entre l'auxiliaire et le participe, un sujet en ellipse, « selon lequel » après un nom qui n'est pas un rapport, « selon » un document sans chiffre.
    { input: 'Le syndicat a vivement dénoncé la mesure.', expected: [['indirect', 'la mesure', 'Le syndicat', 'accuse']] },
    { input: 'Le ministre a lui aussi salué l\'accord.', expected: [['indirect', "l'accord", 'Le ministre', 'assert']] },
    { input: 'Le syndicat a dénoncé une provocation, et le patronat salué une avancée.', expected: [['indirect', 'une provocation', 'Le syndicat', 'accuse'], ['indirect', 'une avancée', 'le patronat', 'assert']] },
    { input: 'Le calendrier selon lequel les élections se tiendront reste flou.', expected: [], absent: ['les élections se tiendront reste flou', 'les élections se tiendront'] },
    { input: 'Les sièges sont répartis selon le recensement.', expected: [], absent: ['Les sièges sont répartis'] },
    { input: "Le Parlement a adopté le texte, et le Sénat rejeté l'amendement.", expected: [['indirect', "l'amendement", 'Sénat', 'deny']] },
    { input: 'La maire, Claire Morel, a tout de même appelé à des efforts de prévention.', expected: [['indirect', 'à des efforts de prévention', 'Claire Morel', 'demand']] },
    { input: "Trois personnes ont été tuées selon le ministère de l'Intérieur.", expected: [['indirect', 'Trois personnes ont été tuées', "le ministère de l'Intérieur", '']] },
    { input: 'Les prix ont augmenté de 5 % selon une enquête.', expected: [['indirect', 'Les prix ont augmenté de 5 %', 'une enquête', '']] },
    // « cité par » : l'agence relaie, le nom avant le participe parle.
    { input: "Un porte-parole cité par l'agence Reuters a déclaré que la digue tiendrait.", expected: [['indirect', 'la digue tiendrait', 'Un porte-parole', 'say']] },
    { input: "Selon un ingénieur cité par l'AFP, la digue tiendra.", expected: [['indirect', 'la digue tiendra', 'un ingénieur', '']] },
    { input: 'Le ministre a appelé son homologue allemand au téléphone.', expected: [], absent: ['son homologue allemand au téléphone'] },
    { input: 'Le maire a appelé la police à 3 heures du matin.', expected: [], absent: ['la police à 3 heures du matin'] },
    // Behind the object of a verb that reports no object, « que » opens a relative (not after a time phrase).
    { input: 'Le maire a relevé une phrase que les riverains répètent depuis la crue.', expected: [], absent: ['les riverains répètent depuis la crue'] },
    { input: 'Sa conseillère avait indiqué ce weekend que la digue serait réparée.', expected: [['indirect', 'la digue serait réparée', 'Sa conseillère', 'say']] },
    // A verb with its object after a comma is a clause, no incise, and no report that ends the content before it.
    { input: 'Le préfet a confirmé que durant ces exercices, les pompiers ont lancé des fusées éclairantes.', expected: [['indirect', 'durant ces exercices, les pompiers ont lancé des fusées éclairantes', 'Le préfet', 'confirm']] },
    { input: 'Pendant la crue, les habitants ont quitté la vallée, le maire a lancé des fusées éclairantes.', expected: [], absent: ['Pendant la crue, les habitants ont quitté la vallée'] },
    { input: 'Dans un discours à la mairie, sa troisième intervention depuis la crue, le maire n\'a pas annoncé de nouvelles mesures.', expected: [], absent: ['Dans un discours à la mairie, sa troisième intervention depuis la crue'] },
    { input: 'La digue a cédé dans la nuit, a-t-on précisé de même source.', expected: [['indirect', 'La digue a cédé dans la nuit', 'on', 'say']] },
    // The auxiliary « être » of a reflexive verb in the first and second persons stays in the cue.
    { input: 'Quand j\'ai vu la crue, je me suis dit que la digue ne tiendrait pas.', expected: [['indirect', 'la digue ne tiendrait pas', 'je', 'say']] },
    // A participle's preposition goes on with its complement in a source's phrase (not a time); a phrase the limit cuts ends on a word of its own.
    { input: 'Selon un ingénieur basé à Valmont, la digue tiendra.', expected: [['indirect', 'la digue tiendra', 'un ingénieur basé à Valmont', '']] },
    // Before a colon: a copula's subject speaks, not its predicate; a noun after a preposition with no verb before it names no one.
    { input: 'La maire de Valmont est elle aussi atterrée : « C\'est une honte. »', expected: [['direct', 'C\'est une honte.', 'La maire de Valmont', '']] },
    { input: 'Le constat est sans appel : « La digue a cédé. »', expected: [['direct', 'La digue a cédé.', '', '']] },
    // A passive participle inside a noun phrase lends no speaker to the participle after it: the clause's subject speaks.
    { input: 'Le préfet a contesté le bilan de la crue avancé par les secours, affirmant que la digue avait tenu.', expected: [['indirect', 'la digue avait tenu', 'Le préfet', 'assert']] },
    // Un refus sans rien après son infinitif rapporte l'infinitif, nié.
    { input: 'Contacté par le Valley Post, l\'exploitant a refusé de répondre.', expected: [['indirect', 'de répondre', 'l\'exploitant', 'say']], negated: ['de répondre'] },
    // Une source entre le sujet et son verbe rapporte toute la proposition, en deux morceaux ; une parenthèse après la source en fait partie.
    { input: 'Une crue qui a tué trois riverains, selon la préfecture, a fait céder la digue.', expected: [['indirect', 'Une crue qui a tué trois riverains', 'la préfecture', ''], ['indirect', 'a fait céder la digue', 'la préfecture', '']] },
    { input: 'Selon Tom Hale (ARV, président de l\'association des riverains), trois maisons ont été emportées.', expected: [['indirect', 'trois maisons ont été emportées', 'Tom Hale', '']] },
    // Le nom d'un site est un seul mot, et le canal qu'il désigne ne se fond pas dans le nom qui le suit.
    { input: 'Le Valmont.fr rapporte que la digue a cédé. « Nous partons », indique au Valmont.fr Tom Hale.', expected: [['indirect', 'la digue a cédé', 'Valmont.fr', 'say'], ['direct', 'Nous partons', 'Tom Hale', 'say']] },
    // Cas de relecture : « assurer » et le nom d'une position gardent leur « que » ; « nous » réfléchi.
    { input: 'Le préfet a assuré ses partenaires que la digue tiendrait. Le ministre a maintenu sa position que la taxe était juste.', expected: [['indirect', 'la digue tiendrait', 'Le préfet', 'assert'], ['indirect', 'la taxe était juste', 'Le ministre', 'assert']] },
    { input: 'Nous nous sommes dit que la digue tiendrait.', expected: [['indirect', 'la digue tiendrait', 'nous', 'say']] },
    // Une incise au passé composé entre le sujet et son verbe à l'auxiliaire « a ».
    { input: 'La crue, a indiqué le préfet Paul Roy, a détruit trois maisons. La digue, a-t-il ajouté, a cédé dans la nuit.', expected: [['indirect', 'La crue', 'Paul Roy', 'say'], ['indirect', 'a détruit trois maisons', 'Paul Roy', 'say'], ['indirect', 'La digue', 'Paul Roy', 'say'], ['indirect', 'a cédé dans la nuit', 'Paul Roy', 'say']] },
    // Un rôle sans déterminant après le locuteur inversé est une apposition ; le participe qui suit un nom y est une relative réduite.
    { input: "La digue est fragile, a déclaré Paul Roy, directeur de l'agence, dans une tribune publiée par le quotidien Le Courrier.", expected: [['indirect', 'La digue est fragile', 'Paul Roy', 'say']], absent: ["directeur de l'agence, dans une tribune publiée par le quotidien Le Courrier"] },
    // Avant le deux-points, un groupe qu'un déterminant ouvre juste après un nom le qualifie et ne parle pas ; un infinitif de parole a pour locuteur le sujet nommé, sinon la citation reste à celui qui parlait.
    { input: "Le fils a hérité d'un patriotisme un brin cocardier : « Quand j'étais enfant, je lisais. »", expected: [['direct', "Quand j'étais enfant, je lisais.", '', '']] },
    { input: "« Le peuple commande », ajoute Paul Roy. C'est aussi une façon de dire : « Vous ne comprenez rien. »", expected: [['direct', 'Le peuple commande', 'Paul Roy', 'say'], ['direct', 'Vous ne comprenez rien.', 'Paul Roy', 'say']] },
    // « y » et « leur » devant le verbe sont des pronoms compléments : le sujet est avant eux.
    { input: 'Dans son rapport, Paul Roy y affirme que la digue est fragile. Il leur affirme que la crue passera.', expected: [['indirect', 'la digue est fragile', 'Paul Roy', 'assert'], ['indirect', 'la crue passera', 'Il', 'assert']] },
    // Un jour et le moment qui le suit, puis le marqueur de l'infinitif : ce que le verbe rapporte ; « de leur côté » est un adverbe ; pas « à » devant un lieu.
    { input: "Le maire a appelé mardi soir à la grève. Les syndicats n'ont de leur côté pas appelé leurs membres à manifester. La Russie a soutenu lundi à l'ONU le projet.", expected: [['indirect', 'à la grève', 'Le maire', 'demand'], ['indirect', 'leurs membres à manifester', 'Les syndicats', 'demand']], negated: ['leurs membres à manifester'], absent: ['soir à la grève', "à l'ONU le projet"] },
    // Une incise entre virgules à l'intérieur des guillemets (« …, a-t-il ajouté, … ») donne le verbe et le locuteur, et partage la citation en deux morceaux d'un même tour ; quelques mots qui finissent sa phrase en disent la manière.
    { input: "Le préfet Paul Roy a parlé lundi. « Nous avons fait évacuer les quartiers bas, a-t-il ajouté, et d'autres évacuations ne sont pas exclues. » « La digue tiendra, dit-il, sans ciller. Les experts sont formels. »", expected: [['direct', 'Nous avons fait évacuer les quartiers bas', 'Paul Roy', 'say'], ["direct", "et d'autres évacuations ne sont pas exclues.", 'Paul Roy', 'say'], ['direct', 'La digue tiendra', 'Paul Roy', 'say'], ['direct', 'Les experts sont formels.', 'Paul Roy', 'say']], sameTurn: [['Nous avons fait évacuer les quartiers bas', "et d'autres évacuations ne sont pas exclues."]] },
    // Une locution adverbiale après le verbe n'est pas son marqueur (« à plusieurs reprises ») ; la préposition que le verbe demande ouvre son complément.
    { input: "La ministre a appelé à plusieurs reprises au respect du vote. Le maire a appelé mardi soir au calme. Le régime a menacé à plusieurs reprises d'exporter le conflit.", expected: [['indirect', 'au respect du vote', 'La ministre', 'demand'], ['indirect', 'au calme', 'Le maire', 'demand'], ['indirect', "d'exporter le conflit", 'Le régime', 'warn']] },
    // « dit-on » dans la citation est un ouï-dire de celui qu'on cite, pas une incise.
    { input: "« Le maire, dit-on, est furieux. »", expected: [['direct', 'Le maire, dit-on, est furieux.', '', '']] },
    // Cas de relecture : une manière courte qui clôt la phrase de l'incise n'est pas citée quand une phrase suit ; à la fin de la citation, elle peut être des paroles (« pour mes enfants ») ; pas de complément devant un nom de lieu ou d'institution.
    { input: "« Nous ne céderons pas, dit-il, avant de quitter la salle. Le combat continue. » « Je me bats, confie-t-elle, pour mes enfants. » Le président a appelé dimanche à Paris à la mobilisation générale. Le ministre a appelé hier à l'Assemblée à voter le texte.", expected: [['direct', 'Nous ne céderons pas', 'il', 'say'], ['direct', 'Le combat continue.', 'il', 'say'], ['direct', 'pour mes enfants.', 'elle', 'say']], absent: ['avant de quitter la salle. Le combat continue.', 'à Paris à la mobilisation générale', "à l'Assemblée à voter le texte"] },
    // Avant le deux-points, après une virgule, ce qui décrit le sujet qui ouvre la phrase (la manière, une apposition) ne parle pas : le sujet parle.
    { input: "Marine Le Pen, un brin ironique : « Nous verrons bien. » Emmanuel Macron, d'un ton grave : « La France tiendra. »", expected: [['direct', 'Nous verrons bien.', 'Marine Le Pen', ''], ['direct', 'La France tiendra.', 'Emmanuel Macron', '']] },
    // Un participe présent de parole après une conjonction est le propos suivant du même locuteur.
    { input: "Le préfet a visité la digue mardi, affirmant que l'ouvrage tiendrait et assurant que les travaux seraient financés.", expected: [['indirect', "l'ouvrage tiendrait", 'Le préfet', 'assert'], ['indirect', 'les travaux seraient financés', 'Le préfet', 'assert']] },
    // Une préposition de temps ou de circonstance clôt un complément d'objet de noms propres.
    { input: 'Le maire a salué Paul Roy malgré les critiques.', expected: [['indirect', 'Paul Roy', 'Le maire', 'assert']] },
    // Une parenthèse ouverte par un participe pronominal sépare le sujet de son verbe.
    { input: "Un haut responsable, s'exprimant sous couvert d'anonymat, a affirmé que les négociations étaient au point mort.", expected: [['indirect', 'les négociations étaient au point mort', 'Un haut responsable', 'assert']] },
    // Une incise dans les guillemets qui clôt sa phrase coupe la citation, qui reprend à la phrase suivante.
    { input: "Le ministre Paul Roy était à Lyon. « Nous ne sommes pas en guerre, a-t-il insisté. Mais nous sommes prêts. »", expected: [["direct", "Nous ne sommes pas en guerre", "Paul Roy", "assert"], ["direct", "Mais nous sommes prêts.", "Paul Roy", "assert"]], sameTurn: [['Nous ne sommes pas en guerre', 'Mais nous sommes prêts.']] },
    // Un infinitif sans marque après un verbe de parole (passé un jour, une négation) est ce qu'il rapporte ; pas une préposition de même finale.
    { input: "Le ministère de la Défense a dit mardi avoir abattu 12 drones dans la nuit. Des témoins ont raconté avoir vu une forte explosion. Le maire affirme ne pas savoir qui a ouvert les vannes. Le préfet a mis en garde contre une nouvelle crue.", expected: [['indirect', 'avoir abattu 12 drones dans la nuit', 'Le ministère de la Défense', 'say'], ['indirect', 'avoir vu une forte explosion', 'Des témoins', 'say'], ['indirect', 'ne pas savoir qui a ouvert les vannes', 'Le maire', 'assert']], absent: ['contre une nouvelle crue'] },
    // « évoquer », « mentionner », « revendiquer » rapportent leur complément d'objet ; la négation après le verbe n'en fait pas partie.
    { input: "Le renseignement militaire a évoqué 11 000 soldats déployés. Le groupe a revendiqué l'attaque dans un message sur Telegram. Le maire ne dénonce pas la crue.", expected: [['indirect', '11 000 soldats déployés', 'Le renseignement militaire', 'say'], ['indirect', "l'attaque", 'Le groupe', 'assert'], ['indirect', 'la crue', 'Le maire', 'accuse']], negated: ['la crue'] },
    // « faire état de » rapporte ce qui suit « de », un montant avec son approximation ; « en » et un participe présent clôt le complément.
    { input: "L'ONG a fait état d'au moins 300 morts en précisant que le bilan était provisoire. Les autorités sanitaires ont fait état de 42 nouveaux cas.", expected: [['indirect', 'au moins 300 morts', 'ONG', 'say'], ['indirect', 'le bilan était provisoire', 'ONG', 'say'], ['indirect', '42 nouveaux cas', 'Les autorités sanitaires', 'say']] },
    // « devant », « lors », « sous »… ouvrent un complément, qui ne fait pas partie du locuteur ; « s'insurger » est un verbe de parole.
    { input: "« Nous ne céderons pas », a lancé le président devant ses partisans. « C'est inacceptable », s'est insurgé le maire, qui réclame une enquête.", expected: [['direct', 'Nous ne céderons pas', 'le président', 'say'], ['direct', "C'est inacceptable", 'le maire', 'accuse'], ['indirect', 'une enquête', 'le maire', 'demand']] },
    // Un gérondif après un infinitif du complément lui appartient.
    { input: "Le préfet a critiqué l'habitude de conduire en téléphonant.", expected: [['indirect', "l'habitude de conduire en téléphonant", 'Le préfet', 'accuse']] },
    // Un nom en « -ment » après un article ou un déterminant n'est pas un adverbe : « Le gouvernement » parle.
    { input: "Le gouvernement a déclaré que la digue tiendrait. Le département dénonce une erreur de calcul. Le ministre a clairement dit que les travaux commenceraient lundi.", expected: [['indirect', 'la digue tiendrait', 'Le gouvernement', 'say'], ['indirect', 'une erreur de calcul', 'Le département', 'accuse'], ['indirect', 'les travaux commenceraient lundi', 'Le ministre', 'say']] },
    // Ce que « on » ou l'auteur a appris, la source nommée après le verbe le dit (« de source(s) … », « auprès de … ») ; « apprendre » n'est un verbe de parole que devant elle.
    { input: "Trois personnes ont été tuées, a-t-on appris de source policière. Le feu a détruit 300 hectares, a appris l'AFP auprès de la préfecture. La digue tenait encore, a-t-on précisé de sources concordantes. Paul Roy a appris que son fils était sauf.", expected: [['indirect', 'Trois personnes ont été tuées', 'source policière', 'say'], ['indirect', 'Le feu a détruit 300 hectares', 'la préfecture', 'say'], ['indirect', 'La digue tenait encore', 'sources concordantes', 'say']] },
    // Une personne nommée dont la parole est rapportée par une source placée après parle aussi ; un verbe sans sujet parle pour la source qui le suit, après le média à qui elle a parlé ; un sujet indéfini après un verbe au pluriel qu'une virgule précède finit la phrase (pas après la parenthèse d'un participe).
    { input: "Paul Roy a appelé les riverains à quitter la vallée, a indiqué une source proche du dossier. Des milliers de riverains ont manifesté, ont indiqué à l'AFP de sources policières. La digue a cédé, ont indiqué à l'AFP des habitants. Les ministres, interrogés sur la crise, ont indiqué des pistes.", expected: [['indirect', 'Paul Roy a appelé les riverains à quitter la vallée', 'une source proche du dossier', 'say'], ['indirect', 'les riverains à quitter la vallée', 'Paul Roy', 'demand'], ['indirect', 'Des milliers de riverains ont manifesté', 'sources policières', 'say'], ['indirect', 'La digue a cédé', 'des habitants', 'say']] },
    // Le média ou les personnes à qui l'on parle, avant un objet qu'un déterminant ouvre, ne sont pas l'objet ; « à Paul Roy de partir » reste ce qui est demandé.
    { input: "Des sources sécuritaires ont confirmé à Reuters la mort du commandant. Le préfet a démenti aux journalistes la fermeture de la digue. Le préfet a demandé à Paul Roy de quitter la vallée.", expected: [['indirect', 'la mort du commandant', 'Des sources sécuritaires', 'confirm'], ['indirect', 'la fermeture de la digue', 'Le préfet', 'deny'], ['indirect', 'de quitter la vallée', 'Le préfet', 'demand']] },
    // En incise après une proposition qui a son auxiliaire, un verbe qui prend un objet a son sujet après lui ; pas après un relatif.
    { input: "La digue a été fermée, a confirmé le ministère de l'Intérieur. Trois maisons ont été évacuées, ont démenti les autorités. C'est le conseil qui, le premier, a démenti la rumeur.", expected: [['indirect', 'La digue a été fermée', "le ministère de l'Intérieur", 'confirm'], ['indirect', 'Trois maisons ont été évacuées', 'les autorités', 'deny'], ['indirect', 'la rumeur', 'le conseil', 'deny']] },
    // Verbes de parole : trancher, constater (« a constaté un journaliste de l'AFP »), asséner, se réjouir, railler, supplier.
    { input: "Le maire Paul Roy a quitté la salle. « Je ne suis pas candidat », a-t-il tranché. Des riverains fuyaient la vallée, a constaté un journaliste de l'AFP. « Fermez le barrage », a asséné une habitante. « C'est une victoire », s'est réjoui le maire. Les insurgés supplient l'ONU d'intervenir.", expected: [['direct', 'Je ne suis pas candidat', 'Paul Roy', 'say'], ['indirect', 'Des riverains fuyaient la vallée', "un journaliste de l'AFP", 'say'], ['direct', 'Fermez le barrage', 'une habitante', 'say'], ['direct', "C'est une victoire", 'Paul Roy', 'say'], ['indirect', "l'ONU d'intervenir", 'Les insurgés', 'demand']] },
    // Cas de relecture : ni la parenthèse d'un sujet (relative, participe), ni une liste de prédicats ne font d'un objet un sujet inversé ; le gérondif après une source suit le sujet de la phrase.
    { input: "Les ministres, qui se sont réunis lundi à Bruxelles, ont annoncé des mesures. Les dirigeants du G7, réunis au Japon, ont annoncé des sanctions. Le président a été réélu, a remercié ses électeurs, a promis des réformes. Les manifestants ont défilé dans le calme, ont indiqué de sources policières, en scandant « dégage ».", expected: [['direct', 'dégage', 'Les manifestants', 'say']] },
    // Un mot en « -ment » après un article est un nom devant un verbe suivi d'un infinitif.
    { input: 'Le gouvernement assure avoir pris toutes les mesures.', expected: [['indirect', 'avoir pris toutes les mesures', 'Le gouvernement', 'assert']] },
    // Un infinitif après le média ou les personnes à qui l'on parle est ce qui est rapporté.
    { input: "M. Lopez a raconté à l'AFP avoir tout perdu. Le préfet a déclaré à la presse ne pas vouloir démissionner.", expected: [['indirect', 'avoir tout perdu', 'Lopez', 'say'], ['indirect', 'ne pas vouloir démissionner', 'Le préfet', 'say']] },
    // « mettre en garde contre » rapporte ce contre quoi l'on met en garde, sans « contre ».
    { input: 'Les experts mettent en garde contre des conclusions hâtives.', expected: [['indirect', 'des conclusions hâtives', 'Les experts', 'warn']] },
    // « des », « du » après le verbe ouvrent son complément (pas après un verbe pronominal, dont c'est la préposition).
    { input: 'Le préfet dénonce des violences. Le syndicat réclame du temps. Les élus se réclament du gaullisme.', expected: [['indirect', 'des violences', 'Le préfet', 'accuse'], ['indirect', 'du temps', 'Le syndicat', 'demand']] },
    // « Pour » en tête de phrase devant un rôle (ou son pluriel) donne une source ; « Pour la première fois » non.
    { input: "Pour le procureur, l'incendie est criminel. Pour les experts, la digue tiendra. Pour la première fois, la digue a cédé.", expected: [['indirect', "l'incendie est criminel", 'le procureur', ''], ['indirect', 'la digue tiendra', 'les experts', '']], absent: ['la digue a cédé'] },
    // Un pronom tonique seul entre virgules (« , lui, ») met le sujet en relief ; un verbe pronominal et son attribut avant les deux-points : son sujet parle.
    { input: "Les habitants, eux, dénoncent l'inaction de la préfecture. Le préfet, lui, se veut rassurant : « La digue tiendra. »", expected: [['indirect', "l'inaction de la préfecture", 'Les habitants', 'accuse'], ['direct', 'La digue tiendra.', 'Le préfet', '']] },
    { input: "Le porte-parole a refusé de s'exprimer.", expected: [['indirect', "de s'exprimer", 'Le porte-parole', 'say']], negated: ["de s'exprimer"] },
    // « assure-t-on à Matignon » : « on » parle pour l'institution nommée après « à » ; pas pour une personne, à qui l'on parle.
    { input: "« La situation est sous contrôle », assure-t-on à Matignon. « Rien n'est décidé », dit-on à Paul Roy.", expected: [['direct', 'La situation est sous contrôle', 'Matignon', 'assert'], ['direct', "Rien n'est décidé", 'on', 'say']], absent: ['à Matignon'] },
    // Cas de revue : « Pour » devant un rôle qui n'est qu'un complément ; « à l'AFP » après « on » est à qui l'on parle ; un sujet qui ne nomme personne avant un verbe pronominal et les deux-points.
    { input: "Pour le procès du maire, la salle était comble. « Nous sommes inquiets », confie-t-on à l'AFP. La question se pose : « Faut-il fermer la centrale ? »", expected: [['direct', 'Nous sommes inquiets', 'on', 'say']], absent: ['la salle était comble'] },
    // Un modal nié refuse : « n'a pas souhaité commenter » est un refus, son contenu l'infinitif.
    { input: "L'exploitant n'a pas souhaité commenter. Le porte-parole n'a pas voulu s'exprimer.", expected: [['indirect', 'commenter', "L'exploitant", 'say'], ['indirect', "s'exprimer", 'Le porte-parole', 'say']], negated: ['commenter', "s'exprimer"] },
    // « mais » qui répond à une négation du contenu le prolonge : « pas pour …, mais pour … », « pas seulement …, mais aussi … ».
    { input: "Le ministre a déclaré qu'il n'agissait pas pour l'argent, mais pour le pays. Le maire a affirmé qu'il ne s'agissait pas seulement d'argent, mais aussi de dignité.", expected: [['indirect', "il n'agissait pas pour l'argent, mais pour le pays", 'Le ministre', 'say'], ['indirect', "il ne s'agissait pas seulement d'argent, mais aussi de dignité", 'Le maire', 'assert']] },
    // Un participe irrégulier ouvre une parenthèse après le sujet, comme un participe en -é.
    { input: "Le maire, élu en 2020, affirme que la digue tiendra. L'homme, mis en examen pour meurtre, a reconnu avoir tiré. La cour, saisie en janvier, estime que la loi est contraire à la Constitution.", expected: [['indirect', 'la digue tiendra', 'Le maire', 'assert'], ['indirect', 'avoir tiré', "L'homme", 'confirm'], ['indirect', 'la loi est contraire à la Constitution', 'La cour', 'estimate']] },
    // « ne … que » sans « pas » ni « jamais » restreint (« seulement ») : ce « que » n'ouvre aucun contenu.
    { input: "« C'est une honte », s'indigne un habitant, qui n'a donné que son prénom. Un voisin s'indigne, lui qui n'a vu que des ruines.", expected: [['direct', "C'est une honte", 'un habitant', 'accuse']], absent: ['son prénom', 'des ruines'] },
    // Une source qui n'ouvre que sa phrase (« Pour ») ne reprend pas la citation qui la précède : « Pour l'heure » n'est personne.
    { input: "Les manifestants criaient « Où sont-ils ? » Pour l'heure son discours n'est pas encore rodé.", expected: [['direct', 'Où sont-ils ?', 'Les manifestants', 'say']] },
    // Verbes pronominaux seulement : « s'engager à » promet, « se féliciter de », « se réjouir de », « se plaindre de » prennent ce qui suit « de » ; « a engagé des poursuites » ne rapporte rien.
    { input: "Le président s'est engagé à relancer l'économie. Le gouvernement a engagé des poursuites. Le ministre s'est félicité de l'accord. Les habitants se plaignent de coupures d'eau.", expected: [['indirect', "à relancer l'économie", 'Le président', 'assert'], ['indirect', "l'accord", 'Le ministre', 'assert'], ['indirect', "coupures d'eau", 'Les habitants', 'accuse']] },
    // Un refus suivi d'un complément le refuse avec son infinitif, jusqu'à la fin de son groupe.
    { input: "Le porte-parole s'est refusé à préciser le nombre de soldats engagés. Le maire a refusé de s'exprimer sur ce dossier et a quitté la salle.", expected: [['indirect', 'à préciser le nombre de soldats engagés', 'Le porte-parole', 'say'], ['indirect', "de s'exprimer sur ce dossier", 'Le maire', 'say']], negated: ['à préciser le nombre de soldats engagés', "de s'exprimer sur ce dossier"] },
    // Incise à l'intérieur des guillemets avec un sujet nommé après le verbe ; ses appositions vont avec elle. Pas un nom commun objet du verbe cité.
    { input: "« C'était terrifiant, raconte Marie Lopez, 34 ans, infirmière. Tout l'immeuble a tremblé. » « Nous n'avons pas été informés, a expliqué la ministre, et nous le regrettons. » « Il faut agir, poursuit Paul Roy, politologue, spécialiste de la région. Le temps presse. » « Le régime, en acceptant l'accord, a reconnu le crime, et rien n'a changé, a conclu le général. »", expected: [['direct', "C'était terrifiant", 'Marie Lopez', 'say'], ['direct', "Tout l'immeuble a tremblé.", 'Marie Lopez', 'say'], ['direct', 'Nous n\'avons pas été informés', 'la ministre', 'say'], ['direct', 'et nous le regrettons.', 'la ministre', 'say'], ['direct', 'Il faut agir', 'Paul Roy', 'say'], ['direct', 'Le temps presse.', 'Paul Roy', 'say'], ['direct', "Le régime, en acceptant l'accord, a reconnu le crime, et rien n'a changé", 'le général', 'say']] },
    // Avocat, entraîneur, médecin sont des fonctions : le sujet d'une incise à l'intérieur des guillemets.
    { input: "« Nous ferons appel, explique l'avocat de la famille, et nous gagnerons. »", expected: [['direct', 'Nous ferons appel', "l'avocat de la famille", 'say'], ['direct', 'et nous gagnerons.', "l'avocat de la famille", 'say']] },
    // Cas de revue : « s'engager à » suivi d'un nom ne promet rien ; une apposition qui finit la citation va avec l'incise.
    { input: "La région s'engage à hauteur de 5 millions d'euros. Il s'est engagé à 18 ans dans la Légion. « On a eu peur, confie Sophie Martin, mère de deux enfants. »", expected: [['direct', 'On a eu peur', 'Sophie Martin', 'say']], absent: ["à hauteur de 5 millions d'euros", 'à 18 ans dans la Légion', 'mère de deux enfants.'] },
    // Deux rôles joints par « et » qui ouvrent la proposition parlent ensemble.
    { input: 'Le préfet, le maire et la procureure ont annoncé que la digue tiendrait. « Nous restons », ont déclaré le médecin, la pompière et le gendarme.', expected: [['indirect', 'la digue tiendrait', 'Le préfet, le maire et la procureure', 'say'], ['direct', 'Nous restons', 'le médecin, la pompière et le gendarme', 'say']] },
    { input: 'Le préfet et le maire ont annoncé que la digue tiendrait.', expected: [['indirect', 'la digue tiendrait', 'Le préfet et le maire', 'say']] },
    // Un rôle court après le verbe et le nom en apposition après sa virgule : le nom parle.
    { input: '« La digue tiendra », a déclaré le maire, Jeanne Pellerin.', expected: [['direct', 'La digue tiendra', 'Jeanne Pellerin', 'say']] },
    // Une forme verbale après « aux » (ou « à la ») est le nom de ceux à qui l'on parle : « jurés », « juges ».
    { input: "L'avocat a expliqué aux jurés que son client était innocent. La procureure a répété à la juge que le dossier était solide.", expected: [['indirect', 'son client était innocent', "L'avocat", 'say'], ['indirect', 'le dossier était solide', 'La procureure', 'say']] },
    // Après « selon » ou un verbe, un second rôle après « et » parle avec le premier.
    { input: 'Selon le préfet et le maire, la digue tiendra. « Nous resterons », ont déclaré le procureur et la ministre.', expected: [['indirect', 'la digue tiendra', 'le préfet et le maire', ''], ['direct', 'Nous resterons', 'le procureur et la ministre', 'say']] },
    // Relecture : un second rôle dont la proposition continue ne se joint pas ; « selon … » avant « même si » rapporte ce qui précède.
    { input: '« Nous sommes inquiets », a déclaré le maire et la préfète a confirmé. La digue tiendra, selon le préfet et le maire, même si les habitants doutent.', expected: [['direct', 'Nous sommes inquiets', 'le maire', 'say'], ['indirect', 'La digue tiendra', 'le préfet et le maire', '']] },
    // Des rôles courants dans les faits divers : « pompier », « gendarme », « agricultrice ».
    { input: '« Nous resterons », ont déclaré le pompier et la gendarme. L’agricultrice a affirmé que l’eau avait atteint la grange.', expected: [['direct', 'Nous resterons', 'le pompier et la gendarme', 'say'], ['indirect', 'l’eau avait atteint la grange', 'L’agricultrice', 'assert']] },
    // Incises of retort, sigh, memory and feeling; an order reports its clause or its quotation.
    { input: '« Je n’ai rien à me reprocher », a répliqué Gilles Mercier. « Je vais encore arriver en retard », soupire Malik Haddad. « Pourquoi maintenant ? », s’interroge Claire Morel.', expected: [['direct', 'Je n’ai rien à me reprocher', 'Gilles Mercier', 'say'], ['direct', 'Je vais encore arriver en retard', 'Malik Haddad', 'say'], ['direct', 'Pourquoi maintenant ?', 'Claire Morel', 'say']] },
    { input: '« C’était terrible », se souvient Paul Roy. « Rien ne bouge », s’agace la maire. « On a tout perdu », se désole un commerçant.', expected: [['direct', 'C’était terrible', 'Paul Roy', 'say'], ['direct', 'Rien ne bouge', 'la maire', 'accuse'], ['direct', 'On a tout perdu', 'un commerçant', 'accuse']] },
    { input: '« Les habitants doivent partir », a ordonné le préfet. Le juge a ordonné la libération du prévenu.', expected: [['direct', 'Les habitants doivent partir', 'le préfet', 'demand']], absent: ['la libération du prévenu'] },
    // Their participles stay adjectives; a date before the comma is no content.
    { input: 'Les habitants interrogés ont indiqué que la digue avait cédé. Le 8 juillet, le maire a annoncé par décret la fermeture du pont.', expected: [['indirect', 'la digue avait cédé', 'Les habitants interrogés', 'say']], absent: ['Le 8 juillet'] },
    // A longer phrase before a name in apposition, which the recogniser may leave a candidate.
    { input: '« L’arbitre nous a volé le match », a ajouté le directeur sportif, Stéphane Lenoir. « On a tout perdu », raconte un éleveur, Jacques Morin. Selon un opposant, Fahd Masri, la digue a cédé.', expected: [['direct', 'L’arbitre nous a volé le match', 'Stéphane Lenoir', 'say'], ['direct', 'On a tout perdu', 'Jacques Morin', 'say'], ['indirect', 'la digue a cédé', 'Fahd Masri', '']] },
    // A court's sentence reports nothing (`otherSenses`); « a condamné l'attaque » does.
    { input: 'Le tribunal a condamné le prévenu à deux ans de prison. Il a été condamné à mort par la cour. Le maire a condamné l’attaque.', expected: [['indirect', 'l’attaque', 'Le maire', 'accuse']], absent: ['le prévenu à deux ans de prison', 'à mort par la cour'] },
    // The people spoken to are no content; their infinitive's marker opens it.
    { input: '« Mon client est innocent », a-t-il assuré à la sortie de l’audience. Le maire a demandé aux habitants de partir.', expected: [['direct', 'Mon client est innocent', 'il', 'assert'], ['indirect', 'de partir', 'Le maire', 'demand']], absent: ['à la sortie de l’audience'] },
    // An adjective alone between commas after the subject.
    { input: 'Le président du club, furieux, a déclaré à la presse : « Nous allons porter plainte. »', expected: [['direct', 'Nous allons porter plainte.', 'Le président du club', 'say']] },
    // A headline's topic before a colon names no one; « en bloc » is an adverb of the cue.
    { input: 'La vallée sous les eaux\n\nInondations : « Nous avons tout perdu »\n\nLes inondations ont tout emporté. L’ancien maire a nié en bloc les faits qui lui sont reprochés.', expected: [['direct', 'Nous avons tout perdu', '', ''], ['indirect', 'les faits qui lui sont reprochés', 'L’ancien maire', 'deny']] },
    // A governor after an inverted auxiliary (« s'est-il contenté de répondre »); a name in apposition past a role's complement that ends the sentence.
    { input: '« On verra », s’est-il contenté de répondre. Le maire s’est borné à dire que la digue tiendrait. « Nous sommes déçus », a réagi l’adjoint à la sécurité, Frédéric Noël.', expected: [['direct', 'On verra', 'il', 'say'], ['indirect', 'la digue tiendrait', 'Le maire', 'say'], ['direct', 'Nous sommes déçus', 'Frédéric Noël', 'say']] },
    // Review cases: a clause of its own before the comma keeps the inverted subject; a date before an incise; a name after a link to a person; a collective that speaks elsewhere.
    { input: 'La réforme, adoptée en mars, entrera en vigueur en juin, a précisé le ministre. « Il était innocent », a déclaré la mère de la victime, Lucas Blanc.', expected: [['indirect', 'La réforme, adoptée en mars, entrera en vigueur en juin', 'le ministre', 'say'], ['direct', 'Il était innocent', 'la mère de la victime', 'say']] },
    { input: 'Syndicats : « Nous irons jusqu’au bout. » Les syndicats ont appelé à la grève jeudi.', expected: [['direct', 'Nous irons jusqu’au bout.', 'Syndicats', '']] },
    // The last role of a list after the verb keeps its complement when the clause ends after it.
    { input: '« Nous restons », ont déclaré le maire, le préfet et le commandant des pompiers.', expected: [['direct', 'Nous restons', 'le maire, le préfet et le commandant des pompiers', 'say']] },
    // Un nom seul juste après une fonction est une personne, que le pronom reprend.
    { input: 'Le maire Dupuis est arrivé sur place dans la matinée. « C’est terrible », a-t-il dit.', expected: [['direct', 'C’est terrible', 'Dupuis', 'say']] },
    // Le média à qui l'on parle, avant les deux-points, ne parle pas : le verbe rapporte les mots.
    { input: 'Le maire a déclaré à Ouest-Journal : « Nous reconstruirons. » Le préfet a confié au Courrier valmontais : « Rien n’est perdu. »', expected: [['direct', 'Nous reconstruirons.', 'Le maire', 'say'], ['direct', 'Rien n’est perdu.', 'Le préfet', 'say']] },
    // Un participe court ouvre la parenthèse du sujet ; un attribut après un « a été » composé a pour sujet celui qui parle.
    { input: 'La patiente, âgée de 54 ans, raconte : « Je n’avais jamais eu aussi mal. » Le maire, joint par téléphone, a déclaré que la digue tiendrait. Le président du club a été très clair : « Il reste. »', expected: [['direct', 'Je n’avais jamais eu aussi mal.', 'La patiente', 'say'], ['indirect', 'la digue tiendrait', 'Le maire', 'say'], ['direct', 'Il reste.', 'Le président du club', '']] },
    // Un nom en apposition après une fonction et son complément parle quand sa virgule n'ouvre aucun verbe ; un portefeuille en minuscules complète la fonction.
    { input: '« Nous allons porter plainte », a annoncé l’adjointe à la culture, Maryvonne Le Corre, après la dégradation. « J’ai appris la nouvelle par la presse », déplore l’adjoint aux sports, Éric Jaffré, qui dit ne pas avoir été consulté.', expected: [['direct', 'Nous allons porter plainte', 'Maryvonne Le Corre', 'say'], ['direct', 'J’ai appris la nouvelle par la presse', 'Éric Jaffré', 'accuse']] },
    // « tous deux » entre l'auxiliaire et le participe ; une fonction en minuscules devant chaque nom ; deux noms inconnus après le verbe et un adverbe.
    { input: 'Le maire Paul Mercier et le préfet Jean Klein ont tous deux jugé la situation « grave ». « Cette fusion est historique », ont déclaré conjointement Hélène Castaing et Jens Mahler.', expected: [['fragment', 'grave', 'Le maire Paul Mercier et le préfet Jean Klein', 'estimate'], ['direct', 'Cette fusion est historique', 'Hélène Castaing et Jens Mahler', 'say']] },
    // Le nom d'un organisme en un mot, tête d'un nom plus long en minuscules : tout le nom parle.
    { input: 'La Cour de cassation a jugé que le texte était valide. L’Autorité des marchés financiers a confirmé avoir ouvert une enquête.', expected: [['indirect', 'le texte était valide', 'La Cour de cassation', 'estimate'], ['indirect', 'avoir ouvert une enquête', 'L’Autorité des marchés financiers', 'confirm']] },
    // Après « intitulé », un titre, même avant une incise.
    { input: 'Dans un texte intitulé « déclaration numéro 1 », le Front du salut national appelle « tous les citoyens à manifester ».', expected: [['direct', 'tous les citoyens à manifester', 'le Front du salut national', 'demand']], absent: ['déclaration numéro 1'] },
    // « selon lui » reprend la personne nommée en apposition après sa fonction.
    { input: '« L’IA ne remplacera pas les enseignants », assure son fondateur, Ravi Menon. Selon lui, la réforme est inutile.', expected: [['direct', 'L’IA ne remplacera pas les enseignants', 'Ravi Menon', 'assert'], ['indirect', 'la réforme est inutile', 'Ravi Menon', '']] },
    // Un organisme nommé par un mot en capitale et ses compléments en minuscules parle en entier, après le verbe aussi.
    {
      input: 'Les prix de l\'électricité baisseront de 15 % au 1er février, a annoncé la Commission de régulation de l\'énergie. Les départs reprendront lundi, selon l\'Agence régionale de santé.',
      expected: [['indirect', 'Les prix de l\'électricité baisseront de 15 % au 1er février', 'la Commission de régulation de l\'énergie', 'say'], ['indirect', 'Les départs reprendront lundi', 'l\'Agence régionale de santé', '']],
    },
    // Une source et son groupe nominal ne sont pas un contenu rapporté par un passif sans agent qui suit.
    { input: 'Selon la préfecture, l\'incendie a été signalé vers 3 heures.', expected: [['indirect', 'l\'incendie a été signalé vers 3 heures', 'la préfecture', '']] },
    // Le média à qui l'on parle n'est pas une partie du locuteur.
    { input: '« Nous avons tout perdu », raconte un témoin au journal Le Courrier de Valmont. « Les données sont claires », a expliqué un chercheur au CNRS.', expected: [['direct', 'Nous avons tout perdu', 'un témoin', 'say'], ['direct', 'Les données sont claires', 'un chercheur au CNRS', 'say']] },
    // Rire, sourire, pester : des incises seulement juste après une citation, ou avant une citation ou un deux-points.
    {
      input: '« On est pris en otage », peste Sandrine Morel, 42 ans. « Tout ira bien », sourit-elle. Il hausse les épaules, il sourit timidement, il s\'excuse quand il répond.',
      expected: [['direct', 'On est pris en otage', 'Sandrine Morel', 'say'], ['direct', 'Tout ira bien', 'Sandrine Morel', 'say']],
    },
    // « pour sa part », « de son côté » ne complètent pas le nom d'un organisme.
    { input: '« Nous restons vigilants », a indiqué la Fédération de son côté. « La décision est prise », a tranché la Commission pour sa part.', expected: [['direct', 'Nous restons vigilants', 'Fédération', 'say'], ['direct', 'La décision est prise', 'Commission', 'say']] },
    // Un groupe nominal inversé après le verbe parle encore quand un complément clôt la phrase, si une proposition finit à la virgule.
    {
      input: "L'attaquant Karim Belo sera absent six semaines, a indiqué le club dans un communiqué. La digue a bien tenu, a précisé l'ingénieure lors d'une conférence de presse.",
      expected: [['indirect', "L'attaquant Karim Belo sera absent six semaines", 'le club', 'say'], ['indirect', 'La digue a bien tenu', "l'ingénieure", 'say']],
    },
    // Un verbe qui confirme ou dément, inversé, avec un groupe nominal d'agent et un complément après lui ; pas l'objet confirmé.
    {
      input: "Le pont rouvrira lundi, a confirmé la mairie dans un communiqué. Aucun accord n'a été signé, a démenti le ministère dans un communiqué. Le maire a visité le chantier, a confirmé la date dans un communiqué.",
      expected: [['indirect', 'Le pont rouvrira lundi', 'la mairie', 'confirm'], ['indirect', "Aucun accord n'a été signé", 'le ministère', 'deny']],
      absent: ['Le maire a visité le chantier'],
    },
    // Un nom que la reconnaissance laisse candidat, sujet d'un verbe, est l'antécédent d'un pronom plus loin.
    {
      input: "Lucien Marnier a pris la parole devant les militants. « Nous gagnerons », a-t-il déclaré.",
      expected: [['direct', 'Nous gagnerons', 'Lucien Marnier', 'say']],
    },
    // Ou qu'un rôle précède, dans le groupe avant sa virgule.
    {
      input: "Le directeur du musée, Paolo Ricci, souriait à l'ouverture des portes. « Nous attendions ce jour depuis quatre ans », a-t-il dit.",
      expected: [['direct', 'Nous attendions ce jour depuis quatre ans', 'Paolo Ricci', 'say']],
    },
    // Le complément d'un nom au-delà d'un mot de rôle avant le nom propre ; pas au-delà d'un relatif.
    {
      input: "La famille de l'alpiniste Rémi Harpin a déclaré : « Il est mort en faisant ce qu'il aimait. » Il a publié un roman au sujet duquel Louis Aragon a déclaré : « Je n'aurais pu l'écrire. »",
      expected: [['direct', "Il est mort en faisant ce qu'il aimait.", "La famille de l'alpiniste Rémi Harpin", 'say'], ['direct', "Je n'aurais pu l'écrire.", 'Louis Aragon', '']],
    },
    // Un verbe qui confirme, inversé, n'a pour sujet le groupe après lui que devant un complément de lieu de parole.
    {
      input: "Le conseil d'administration s'est réuni lundi, a confirmé le directeur général dans ses fonctions. Les négociations piétinent, a reconnu le ministre des Finances devant la presse.",
      expected: [['indirect', 'Les négociations piétinent', 'le ministre des Finances', 'confirm']],
      absent: ["Le conseil d'administration s'est réuni lundi"],
    },
    // Un sujet indéfini inversé, pluriel d'agent, devant un complément jusqu'à la fin de la phrase ; un complément du sujet inversé jusqu'à une virgule et un participe.
    {
      input: 'Les cours du cuivre ont encore chuté vendredi, ont indiqué des courtiers à Singapour. Les rendements ont chuté, a indiqué la coopérative dans un communiqué, évoquant le gel tardif.',
      expected: [['indirect', 'Les cours du cuivre ont encore chuté vendredi', 'des courtiers', 'say'], ['indirect', 'Les rendements ont chuté', 'la coopérative', 'say'], ['indirect', 'le gel tardif', 'la coopérative', 'say']],
    },
    // Après une proposition sans prédicat passé actif, tout complément suit le groupe qui confirme.
    {
      input: "Le pont rouvrira lundi, a confirmé la gendarmerie sur place. L'attaquant partira en juin, a confirmé le club sur son site.",
      expected: [['indirect', 'Le pont rouvrira lundi', 'la gendarmerie', 'confirm'], ['indirect', "L'attaquant partira en juin", 'le club', 'confirm']],
    },
    // Un prénom seul, en apposition après un nom de personne, en fin de phrase : la personne parle.
    { input: "« C'est un miracle », a ajouté sa femme, Maïwenn.", expected: [['direct', "C'est un miracle", 'Maïwenn', 'say']] },
    // Une personne nommée après son métier est l'antécédent d'un pronom ultérieur.
    { input: "Les sauveteurs en mer ont récupéré le pêcheur Yann Le Bihan après quatorze heures de dérive. « J'ai cru que j'allais mourir », a-t-il raconté.", expected: [['direct', "J'ai cru que j'allais mourir", 'Yann Le Bihan', 'say']] },
    // Un titre de plusieurs mots (« metteuse en scène ») est un seul nom, avant ou après le verbe.
    { input: "« Le texte résiste », a reconnu la metteuse en scène Nour Haddad.", expected: [['direct', 'Le texte résiste', 'Nour Haddad', 'confirm']] },
    { input: "La metteuse en scène Nour Haddad a pris la parole. « Le texte résiste », a-t-elle dit.", expected: [['direct', 'Le texte résiste', 'Nour Haddad', 'say']] },
    // Un titre en apposition après un nom de titre et son complément n'est pas une citation.
    { input: "La devise de la ville, « Fluctuat nec mergitur », est inscrite sur le fronton. « Elle nous ressemble », a dit le maire.", expected: [['direct', 'Elle nous ressemble', 'le maire', 'say']], absent: ['Fluctuat nec mergitur'] },
    // Une description par l'âge désigne la personne nommée avant, comme un pronom.
    { input: "Ella Brandt a marqué deux fois en seconde période. « Je voulais juste le ballon », a souri la joueuse de 19 ans.", expected: [['direct', 'Je voulais juste le ballon', 'Ella Brandt', 'say']] },
    // Le dernier sujet nommé après un rôle l'emporte sur une personne nommée avant ; une description par l'âge ne désigne pas un nom quand une autre personne est apparue depuis.
    { input: "Le pêcheur Yann Le Bihan a sauvé l'équipage. Le chef des secours, Marc Olivier, l'a salué. « C'est un héros », a-t-il déclaré.", expected: [['direct', "C'est un héros", 'Marc Olivier', 'say']] },
    { input: "Le commissaire Marc Olivier a annoncé l'interpellation d'un suspect. « Je n'ai rien fait », a crié le jeune homme de 23 ans.", expected: [['direct', "Je n'ai rien fait", 'le jeune homme de 23 ans', 'say']] },
    // Un titre de plusieurs mots dans le complément du nom ne fait pas parler le nom qui le suit.
    { input: "« Elle travaille jour et nuit », a reconnu le mari de la metteuse en scène Nour Haddad.", expected: [['direct', 'Elle travaille jour et nuit', 'le mari de la metteuse', 'confirm']] },
    // Deux titres joints par « et » avant le nom, sans complément après le second : le nom parle.
    { input: "« Nous restons », a déclaré le président et fondateur Tom Reyes.", expected: [['direct', 'Nous restons', 'Tom Reyes', 'say']] },
    // Inversion complexe : le sujet nommé avant le verbe inversé parle, le pronom ne fait que le reprendre. La négation d'une question qui attend un oui ne nie pas la déclaration.
    { input: "Le poète Hafez Ibrahim est mort en 1932. La ministre Lea Brun n'a-t-elle pas déclaré que « la situation est intenable » ?", expected: [['direct', 'la situation est intenable', 'Lea Brun', 'say']] },
    { input: "Le poète Hafez Ibrahim est mort en 1932. Le vice-président Marc Olivier n'a –il pas déclaré à la radio que « la situation est intenable » ?", expected: [['direct', 'la situation est intenable', 'Marc Olivier', 'say']] },
    // La question introduite par un interrogatif garde la négation : elle ne dit pas qu'elle l'a dit.
    { input: "Pourquoi la ministre Lea Brun n'a-t-elle pas précisé que la mesure était provisoire ?", expected: [['indirect', 'la mesure était provisoire', 'Lea Brun', 'say']], negated: ['la mesure était provisoire'] },
    // Une citation après une tournure d'ouverture et sa virgule est la citation du locuteur qui suit, pas le contenu d'un discours indirect.
    { input: "Interrogée sur le projet, « Il sauvera des vies », a déclaré la ministre Lea Brun.", expected: [['direct', 'Il sauvera des vies', 'Lea Brun', 'say']], absent: ['Interrogée sur le projet, « Il sauvera des vies »'] },
    // Un média ou un document qui cite quelqu'un relaie ses mots : le complément parle, l'agence est le canal ; pas des études citées avant un deux-points.
    { input: "L'AFP cite un témoin affirmant que trois personnes ont été arrêtées.", expected: [['indirect', 'trois personnes ont été arrêtées', 'un témoin', 'assert']], channel: 'AFP' },
    { input: "Le rapport cite une infirmière : « Nous sommes épuisés. »", expected: [['direct', 'Nous sommes épuisés.', 'une infirmière', '']], absent: ['une infirmière'] },
    // Un titre de plusieurs mots compte pour un mot dans le groupe avant le nom en apposition.
    { input: "« Le texte résiste », a dit le metteur en scène de la pièce, Yann Le Bihan.", expected: [['direct', 'Le texte résiste', 'Yann Le Bihan', 'say']] },
    { input: "La ministre Lea Brun a-t-elle vraiment déclaré que la cantine serait gratuite ? Paul Durand a-t-il dit que la réforme serait retirée ?", expected: [['indirect', 'la cantine serait gratuite', 'Lea Brun', 'say'], ['indirect', 'la réforme serait retirée', 'Paul Durand', 'say']] },
    { input: "Le maire Marc Olivier est arrivé. Comment la trésorière Anne Roux a-t-elle expliqué que les fonds avaient disparu ?", expected: [['indirect', 'les fonds avaient disparu', 'Anne Roux', 'say']] },
    { input: "Interrogée sur le projet, « il sauvera des vies », a déclaré la ministre.", expected: [['direct', 'il sauvera des vies', 'la ministre', 'say']], absent: ['Interrogée sur le projet, « il sauvera des vies »'] },
    { input: "L'AFP cite des témoins affirmant que le tireur portait une cagoule. Le Parisien cite un policier selon lequel le suspect était connu des services.", expected: [['indirect', 'le tireur portait une cagoule', 'des témoins', 'assert'], ['indirect', 'le suspect était connu des services', 'un policier', '']] },
    { input: "Le rapport d'inspection cite une aide-soignante : « Personne n'est venu. »", expected: [['direct', "Personne n'est venu.", 'une aide-soignante', '']], absent: ['une aide-soignante'] },
    // Un prénom seul après un déterminant et un nom de personne est un sujet qu'un pronom peut reprendre.
    { input: "Le pêcheur Yann Le Bihan a vendu son bateau. Sa fille Mia tient le café du port. « Plus personne ne veut aller en mer », dit-elle.", expected: [['direct', 'Plus personne ne veut aller en mer', 'Mia', 'say']] },
    // Une description par l'âge que l'âge donné du sujet exclut désigne la personne nommée après lui.
    { input: "La capitaine Ella Brandt, 31 ans, a offert les deux buts à Mia Roe. « Elle rend tout facile », a souri la joueuse de 19 ans.", expected: [['direct', 'Elle rend tout facile', 'Mia Roe', 'say']] },
    // Un mot capitalisé seul en tête de phrase avant un verbe inversé en est le sujet, sauf un adverbe (« Ainsi a-t-il dit »).
    { input: "Airbus a-t-il confirmé que l'avion était sûr ? Personne ne le sait. Marc Roux est arrivé lundi. Ainsi a-t-il déclaré que le vol était annulé.", expected: [['indirect', "l'avion était sûr", 'Airbus', 'confirm'], ['indirect', 'le vol était annulé', 'Marc Roux', 'say']] },
    // Propos relayés : le nom en apposition au complément, « selon qui », un cadre, le témoignage de quelqu'un.
    { input: "Le Télégramme cite la directrice de l'école, Claire Daniel, selon laquelle aucun élève n'a été blessé. L'hebdomadaire cite le maire Jean Morel, selon qui le projet est abandonné.", expected: [['indirect', "aucun élève n'a été blessé", 'Claire Daniel', ''], ['indirect', 'le projet est abandonné', 'Jean Morel', '']], absent: ['le maire Jean Morel'] },
    { input: "Le Courrier a publié un article citant un cadre de l'entreprise affirmant que l'usine fermerait en 2026. Le journal cite le témoignage d'un pompier : « On n'avait jamais vu un feu pareil. »", expected: [['indirect', "l'usine fermerait en 2026", "un cadre de l'entreprise", 'assert'], ['direct', "On n'avait jamais vu un feu pareil.", 'un pompier', '']] },
    // Un titre après son nom, puis un verbe qui a sa propre complétive : le titre n'est pas une citation ; ni les mots après « soi-disant ».
    { input: "Dans le documentaire « L'Eau froide », la réalisatrice Inès Brandt affirme que la rivière a été polluée. Les soi-disant « super flics » ont été mutés.", expected: [['indirect', 'la rivière a été polluée', 'Inès Brandt', 'assert']], absent: ["L'Eau froide", "Dans le documentaire « L'Eau froide »", 'super flics'] },
    // Un titre en apposition après le nom d'une œuvre qu'un adjectif précède ; les termes de quelqu'un sont les siens, mais l'avocat d'une personne parle pour lui-même.
    { input: "Le dernier album du groupe, « Nuits blanches », sort vendredi. « Rien ne change », a déclaré l'avocat de l'alpiniste Rémi Harpin. Selon les termes du sociologue Michel Seurat, le régime est un « glacis ».", expected: [['direct', 'Rien ne change', "l'avocat de l'alpiniste Rémi Harpin", 'say'], ['fragment', 'glacis', 'Michel Seurat', '']], absent: ['Nuits blanches'] },
    // Le groupe d'un rôle qu'ouvre un article indéfini représente une personne que le texte ne nomme pas : un « il » plus loin la reprend.
    { input: "« La situation est sous contrôle », a déclaré un porte-parole de l'armée. « Dix soldats ont été blessés », a-t-il ajouté.", expected: [['direct', 'La situation est sous contrôle', "un porte-parole de l'armée", 'say'], ['direct', 'Dix soldats ont été blessés', "un porte-parole de l'armée", 'say']] },
    // Une source entre un verbe composé ou pronominal et ce qui le suit rapporte toute la proposition, en deux morceaux.
    { input: "L'incendie a parcouru, selon les pompiers, 40 hectares de garrigue. L'une des victimes se trouve, selon une source hospitalière, dans un état critique.", expected: [['indirect', "L'incendie a parcouru", 'les pompiers', ''], ['indirect', '40 hectares de garrigue', 'les pompiers', ''], ['indirect', "L'une des victimes se trouve", 'une source hospitalière', ''], ['indirect', 'dans un état critique', 'une source hospitalière', '']] },
    // Un pronom prend le genre du nom : un organisme que la dernière citation donnait, avec un article de ce genre, est ce qu'il reprend ; pas un rôle, qui nomme quelqu'un.
    { input: "La directrice des opérations, Priya Naïr, a mis en cause une mise à jour. Dans un communiqué, la banque assure qu'aucune donnée n'a été compromise. Elle précise que les clients seront indemnisés.", expected: [['indirect', 'les clients seront indemnisés', 'la banque', 'say']] },
    { input: "Le gouvernement a démenti qu'un massacre ait eu lieu. « Ce que quelques médias ont rapporté est complètement faux », a-t-il dit.", expected: [['direct', 'Ce que quelques médias ont rapporté est complètement faux', 'Le gouvernement', 'say']] },
    // Un verbe qui affirme peut avoir pour contenu l'infinitif d'un verbe pronominal.
    { input: "Les locataires de la résidence affirment se plaindre de l'humidité depuis six ans.", expected: [['indirect', "se plaindre de l'humidité depuis six ans", 'Les locataires de la résidence', 'assert']] },
    // Après une proposition et sa virgule, le média auquel on a parlé précède le sujet inversé.
    { input: "Les négociations sont au point mort, a déclaré jeudi à l'AFP une source proche du dossier.", expected: [['indirect', 'Les négociations sont au point mort', 'une source proche du dossier', 'say']], channel: 'AFP' },
    // Un jour, puis un complément ou une incise entre virgules, avant le « que » du verbe ; pas le « que » d'une locution (« afin que »).
    { input: "La maire a soutenu mercredi, lors d'un conseil municipal houleux, que la taxe ne ferait pas fuir les touristes. Une témoin a affirmé mardi devant le tribunal de Cranval que le prévenu avait crié. Le préfet insiste sur la digue afin que les habitants soient rassurés.", expected: [['indirect', 'la taxe ne ferait pas fuir les touristes', 'La maire', 'assert'], ['indirect', 'le prévenu avait crié', 'Une témoin', 'assert']], absent: ['les habitants soient rassurés'] },
    // Un document publié par un organisme a cet organisme pour source.
    { input: "Les délais ont augmenté de 20 %, selon des chiffres publiés jeudi par l'agence régionale de santé.", expected: [['indirect', 'Les délais ont augmenté de 20 %', "l'agence régionale de santé", '']] },
    // Un verbe inversé peut suivre un seul mot dans les guillemets ; faute de nom avant lui, son pronom reprend le rôle de la citation d'avant, de même genre.
    { input: "« Le service était saturé », a indiqué la directrice. « Surtout, a-t-elle ajouté, les parents pourront dormir sur place. »", expected: [['direct', 'Le service était saturé', 'la directrice', 'say'], ['direct', 'Surtout', 'la directrice', 'say'], ['direct', 'les parents pourront dormir sur place.', 'la directrice', 'say']] },
    // « ce qu' » élidé et un participe pronominal après la virgule sont au rédacteur.
    { input: "La compagnie a annoncé que les tarifs augmenteraient en avril, ce qu'elle justifie par le prix du carburant. Le syndicat estime que la hausse pénalisera les salariés, s'appuyant sur une enquête interne.", expected: [['indirect', 'les tarifs augmenteraient en avril', 'La compagnie', 'say'], ['indirect', 'la hausse pénalisera les salariés', 'Le syndicat', 'estimate']] },
    // Un titre après une préposition, même suivi d'une incise, n'est pas une citation ; seul son premier mot prend la majuscule.
    { input: "Le théâtre ouvrira sa saison avec une mise en scène du « Jardin d'hiver », a annoncé lundi sa directrice.", expected: [['indirect', "Le théâtre ouvrira sa saison avec une mise en scène du « Jardin d'hiver »", 'sa directrice', 'say']], absent: ["Jardin d'hiver"] },
    // « Ce dernier », « celle-ci » : la dernière personne nommée avant, dans la phrase ou la précédente ; le pronom suivant la reprend.
    { input: 'Le maire de Plessac accuse le promoteur Bastien Lorrain de mentir. Ce dernier a assuré disposer de tous les permis. « Tout est en règle », a-t-il insisté. La maire a reçu la préfète Anne Vidal. Celle-ci a dénoncé le manque de moyens.', expected: [['indirect', 'le promoteur Bastien Lorrain de mentir', 'Le maire de Plessac', 'accuse'], ['indirect', 'disposer de tous les permis', 'Bastien Lorrain', 'assert'], ['direct', 'Tout est en règle', 'Bastien Lorrain', 'assert'], ['indirect', 'le manque de moyens', 'Anne Vidal', 'accuse']] },
    // Après une citation et sa virgule, un pronom complément avant le verbe en est ; le sujet suit.
    { input: "« Le magasin fermera en juin », nous a indiqué la direction régionale de l'enseigne.", expected: [['direct', 'Le magasin fermera en juin', "la direction régionale de l'enseigne", 'say']] },
    // Après un verbe qui nomme, une citation en minuscules est le mot de son sujet, même quand elle s'ouvre sur un nom de titre (« plan »).
    { input: "Les syndicats, eux, parlent d'un « plan social déguisé ».", expected: [['fragment', 'plan social déguisé', 'Les syndicats', 'say']] },
    // Une citation qui ouvre son paragraphe : les sujets du paragraphe d'avant comptent pour son pronom.
    { input: 'Le maire Paul Roy a promis une réponse. Dans la salle, la boulangère Rose Martin a pris la parole.\n\n« Nous attendons depuis trop longtemps », a-t-elle lancé.', expected: [['direct', 'Nous attendons depuis trop longtemps', 'Rose Martin', 'say']] },
    // Un nom de deux mots avant un verbe au présent ou à l'imparfait, reconnu à sa terminaison, ouvre le sujet que reprend un pronom.
    { input: 'Henri Castagnet façonne encore des sabots. « C\'est un métier difficile », explique-t-il.', expected: [['direct', "C'est un métier difficile", 'Henri Castagnet', 'say']] },
    // Un rôle sans déterminant après une source qui ouvre la phrase la décrit : ce n'est pas du contenu (un second rôle non plus).
    { input: 'Selon Marc Legoff, délégué syndical, près de 60 % des contrôleurs étaient en grève.', expected: [['indirect', 'près de 60 % des contrôleurs étaient en grève', 'Marc Legoff', '']] },
    { input: 'Selon la CGT, syndicat majoritaire chez les cheminots, près de 60 % des contrôleurs étaient en grève.', expected: [['indirect', 'près de 60 % des contrôleurs étaient en grève', 'CGT', '']] },
    { input: 'Selon Rami Haddad, président de l\'association, directeur du refuge, onze chiens ont été recueillis.', expected: [['indirect', 'onze chiens ont été recueillis', 'Rami Haddad', '']] },
    // Avant un deux-points, un groupe court ouvert par un déterminant après un mot ordinaire en minuscules est l'objet de ce verbe : le sujet de la proposition parle.
    { input: 'Ahmed Zerrouki, chauffeur VTC, fait ses comptes : « Je dépense 120 euros par semaine. »', expected: [['direct', 'Je dépense 120 euros par semaine.', 'Ahmed Zerrouki', '']] },
    { input: 'Le capitaine, Romain Delattre, voulait retenir le positif : « On a montré qu\'on pouvait rivaliser. »', expected: [['direct', "On a montré qu'on pouvait rivaliser.", 'Romain Delattre', '']] },
    { input: 'François Hollande remporte l\'élection grâce aux voix du FN : « Celui-ci a gagné. »', expected: [], absent: ['François Hollande'] },
    // Un participe qui est une forme de verbe de parole ne clôt pas le groupe du sujet : le nom avant lui parle.
    { input: 'Une étude publiée jeudi révèle que les nappes phréatiques baissent.', expected: [['indirect', 'les nappes phréatiques baissent', 'Une étude', 'say']] },
    // Un verbe après l'apposition d'un nom qui ouvre la complétive est celui de ce nom : ni incise, ni fin du contenu.
    { input: 'La police a indiqué que Denton, un maçon, avait menacé un voisin.', expected: [['indirect', 'Denton, un maçon, avait menacé un voisin', 'La police', 'say']] },
    // « le groupe », « l'entreprise » : la firme que nomme le sujet d'une phrase précédente, quand le nom le permet.
    { input: "Le groupe Valmet Industrie va supprimer 300 postes. L'entreprise a précisé que la demande avait chuté.", expected: [['indirect', 'la demande avait chuté', 'Valmet Industrie', 'say']] },
    // Un sujet inversé qu'une mention de rôle nomme (une personne ou un corps nommés avant) parle, un complément de lieu ou de moyen après lui.
    { input: 'Le ministre de la Défense Paul Roy est à Kiev. La guerre sera longue, a indiqué le ministre dans un communiqué.', expected: [['indirect', 'La guerre sera longue', 'Paul Roy', 'say']] },
    { input: 'Le groupe Maravel va supprimer 450 postes, a indiqué le groupe dans un communiqué.', expected: [['indirect', 'Le groupe Maravel va supprimer 450 postes', 'Maravel', 'say']] },
    // « PDG », « fondateur » sont des titres : le nom en apposition parle, et le pronom qui suit le reprend.
    { input: "« L'usine restera ouverte », a assuré le PDG de Valorane, Jérôme Castel. « Il faut y croire », a-t-il ajouté.", expected: [['direct', "L'usine restera ouverte", 'Jérôme Castel', 'assert'], ['direct', 'Il faut y croire', 'Jérôme Castel', 'say']] },
    // Un participe passé entre un nom et « par » qualifie ce nom au passif : il ne rapporte rien ; pas un participe qui cite.
    { input: "Le maire a affirmé que la commune n'avait « jamais reçu » les fonds promis par l'État.", expected: [['indirect', "la commune n'avait « jamais reçu » les fonds promis par l'État", 'Le maire', 'assert']], absent: ["Le maire a affirmé que la commune n'avait « jamais reçu »"] },
    { input: "« Les digues ont cédé », a déclaré un habitant cité par l'AFP.", expected: [['direct', 'Les digues ont cédé', 'un habitant', 'say']], channel: 'AFP' },
    // « annoncer » rapporte aussi un groupe nominal ; pas « s'annoncer » (une perspective), ni « annoncer la couleur » ; « nous annonçait » rapporte.
    { input: 'Le maire a annoncé la fermeture de la piscine.', expected: [['indirect', 'la fermeture de la piscine', 'Le maire', 'say']] },
    { input: "La tâche s'annonce difficile.", expected: [], absent: ['difficile'] },
    { input: 'Le ministre nous annonçait que la reprise était là.', expected: [['indirect', 'la reprise était là', 'Le ministre', 'say']] },
    // « ce mardi », « cette semaine » : un complément de temps entre le verbe et sa complétive, pas un objet.
    { input: "Le Premier ministre a confirmé ce mardi qu'il ne dialoguerait pas avec le régime.", expected: [['indirect', 'il ne dialoguerait pas avec le régime', 'Le Premier ministre', 'confirm']] },
    // Une participiale après une proposition qui a son auxiliaire en est le complément : le verbe après la virgule est une incise.
    { input: "Un incendie s'est déclaré dans le port, provoquant l'évacuation de 350 habitants, a confirmé la préfecture.", expected: [['indirect', "Un incendie s'est déclaré dans le port, provoquant l'évacuation de 350 habitants", 'la préfecture', 'confirm']] },
    // Une relative que ferme une virgule avant le verbe de la phrase n'en fait pas une parenthèse ; des prédicats d'un même sujet s'accordent en nombre.
    { input: 'Une journaliste, qui soutenait le régime, a été enlevée par des rebelles, ont confirmé lundi les autorités ukrainiennes.', expected: [['indirect', 'Une journaliste, qui soutenait le régime, a été enlevée par des rebelles', 'les autorités ukrainiennes', 'confirm']] },
    // Une citation sans verbe, juste après une phrase dont le sujet est la seule personne nommée, est de cette personne ; pas un titre.
    { input: 'Jean Morvan est inquiet. « Si les quotas baissent encore, je vends le bateau. »', expected: [['direct', 'Si les quotas baissent encore, je vends le bateau.', 'Jean Morvan', '']] },
    { input: 'Patrick Le Hyaric est en librairie. « Et nos frères pourtant... »', expected: [['direct', 'Et nos frères pourtant...', '', '']] },
    // « promettre » rapporte aussi un groupe nominal : ce qui est promis.
    { input: "Le maire de Vernas, Christian Dorval, a reçu mardi la ministre du Logement, Agnès Perrin. Celle-ci a promis une enveloppe de 15 millions d'euros pour le quartier.", expected: [['indirect', "une enveloppe de 15 millions d'euros pour le quartier", 'Agnès Perrin', 'assert']] },
    // Après un complément d'objet, une virgule et un pronom sujet suivi de son verbe ouvrent une autre proposition.
    { input: 'Il nous avait promis une réforme de la justice, on a eu droit à une police bridée.', expected: [['indirect', 'une réforme de la justice', 'Il', 'assert']] },
    // « on » parle d'où le dit la préposition qui suit : « chez », « du côté de », un organisme après « à ».
    { input: 'Le constructeur va rappeler 12 000 véhicules, indique-t-on chez Alvéa.', expected: [['indirect', 'Le constructeur va rappeler 12 000 véhicules', 'Alvéa', 'say']] },
    { input: 'La piscine rouvrira en mai, précise-t-on à la mairie.', expected: [['indirect', 'La piscine rouvrira en mai', 'la mairie', 'say']] },
    { input: "Le pont restera fermé, assure-t-on au ministère de l'Intérieur.", expected: [['indirect', 'Le pont restera fermé', "ministère de l'Intérieur", 'assert']] },
    // « tabler sur » : ce qui est attendu.
    { input: 'Le gouvernement table sur une croissance de 1,4 % en 2025.', expected: [['indirect', 'une croissance de 1,4 % en 2025', 'Le gouvernement', 'estimate']] },
    // Juste après une virgule, sans sujet, un participe suivi d'une préposition que son verbe ne demande pas décrit le nom qui précède.
    { input: 'La région a annoncé vouloir racheter la ligne Vernas-Sorvage, menacée de fermeture.', expected: [['indirect', 'vouloir racheter la ligne Vernas-Sorvage, menacée de fermeture', 'La région', 'say']] },
    { input: 'Le président a condamné les tirs, appelé à la retenue.', expected: [['indirect', 'les tirs', 'Le président', 'accuse'], ['indirect', 'à la retenue', 'Le président', 'demand']] },
    // « à » avant une citation qui s'ouvre sur un verbe n'est pas l'auxiliaire « a ».
    { input: 'Le candidat Antoine Lefort a appelé ses adversaires à « se rassembler ».', expected: [['indirect', 'ses adversaires à « se rassembler »', 'Antoine Lefort', 'demand'], ['fragment', 'se rassembler', 'Antoine Lefort', 'demand']] },
    // « après sa rencontre avec … », « à l'issue des pourparlers » : où l'on a parlé, après le sujet inversé.
    { input: "Le Conseil national étudie la formation d'un gouvernement de transition, a annoncé son président Karim Haddad après sa rencontre avec le président français.", expected: [['indirect', "Le Conseil national étudie la formation d'un gouvernement de transition", 'Karim Haddad', 'say']] },
    // « montrer que » rapporte ce que montre un document, une étude, des chiffres ; pas le raisonnement de l'auteur, ni une citation.
    { input: 'Une étude publiée mercredi dans la revue Océans et Climat montre que la température du golfe a augmenté de 1,2 °C en trente ans.', expected: [['indirect', 'la température du golfe a augmenté de 1,2 °C en trente ans', 'Une étude', 'say']] },
    { input: 'Cela montre que le gouvernement a échoué.', expected: [], absent: ['le gouvernement a échoué'] },
    { input: 'Une vidéo montre des hommes armés criant : « Nous ne partirons pas ! »', expected: [['direct', 'Nous ne partirons pas !', 'des hommes armés', 'say']] },
    // Où l'on a parlé, entre le verbe et son complément : « dans un communiqué », « lors d'une conférence de presse ».
    { input: "L'entreprise a annoncé lundi dans un communiqué la suppression de 300 postes.", expected: [['indirect', 'la suppression de 300 postes', "L'entreprise", 'say']] },
    { input: "Le syndicat a dénoncé lors d'une conférence de presse la fermeture du site.", expected: [['indirect', 'la fermeture du site', 'Le syndicat', 'accuse']] },
    { input: "La Syrie s'est engagée dans de multiples pourparlers de paix.", expected: [], absent: ['de paix'] },
    // « Pour » nomme aussi un organisme ou des gens par le nom qui suit l'article.
    { input: 'Pour les syndicats, le projet ne règle rien. Pour les opposants, il est le visage de la répression.', expected: [['indirect', 'le projet ne règle rien', 'les syndicats', ''], ['indirect', 'il est le visage de la répression', 'les opposants', '']] },
    // « depuis longtemps » entre le verbe et son complément.
    { input: "Le sénateur dénonce depuis longtemps des baisses d'impôts.", expected: [['indirect', "des baisses d'impôts", 'Le sénateur', 'accuse']] },
    // « avant d'ajouter » rapporte de nouveau ; « avant de » suivi d'un autre verbe reste dans le propos.
    { input: "Le ministre a assuré que la décision était définitive, avant d'ajouter que rien ne changerait.", expected: [['indirect', 'la décision était définitive', 'Le ministre', 'assert']], absent: ['la décision était définitive, avant'] },
    { input: "Selon l'opposition, les troupes ont pilonné la ville, avant de la prendre d'assaut.", expected: [['indirect', "les troupes ont pilonné la ville, avant de la prendre d'assaut", "l'opposition", '']] },
    // Un complément placé en tête de la complétive, puis une virgule : la suite, et le rapport qu'elle contient, restent du contenu.
    { input: "La préfète a précisé qu'au cours de sa rencontre avec les maires, elle évoquerait la question des digues.", expected: [['indirect', "au cours de sa rencontre avec les maires, elle évoquerait la question des digues", 'La préfète', 'say']] },
    // Une proposition coordonnée à la complétive reprend « que » : « et » suivi d'un sujet et de son verbe ouvre la phrase de l'auteur.
    { input: "Le maire a affirmé que la digue tiendrait et il est reparti vers la mairie. La préfète a dit que la route était coupée et le pont a cédé le lendemain.", expected: [['indirect', 'la digue tiendrait', 'Le maire', 'assert'], ['indirect', 'la route était coupée', 'La préfète', 'say']] },
    { input: "Un témoin a raconté qu'il avait demandé à quel service ils appartenaient et ils l'ont frappé.", expected: [['indirect', "il avait demandé à quel service ils appartenaient", 'Un témoin', 'say']] },
    { input: "Le maire a dit que son frère et elle étaient partis, que la digue tiendrait et qu'il resterait sur place.", expected: [['indirect', "son frère et elle étaient partis, que la digue tiendrait et qu'il resterait sur place", 'Le maire', 'say']] },
    { input: "Le ministre a jugé que le barrage avait atteint « un point de rupture » et il n'y avait « aucune raison d'attendre ».", expected: [['indirect', "le barrage avait atteint « un point de rupture » et il n'y avait « aucune raison d'attendre »", 'Le ministre', 'estimate']] },
    // Les pronoms compléments avant un gérondif (« en les accusant », « en me disant », « en lui demandant ») n'en sont pas le sujet : la proposition dont il dépend parle.
    { input: "Les gendarmes ont interpellé les manifestants en les accusant de violences.", expected: [['indirect', 'de violences', 'Les gendarmes', 'accuse']] },
    { input: "Le gardien m'a frappé en me disant : « Tu mens. » La journaliste interroge une riveraine en lui demandant : « Avez-vous peur ? »", expected: [['direct', 'Tu mens.', 'Le gardien', 'say'], ['direct', 'Avez-vous peur ?', 'La journaliste', 'demand']] },
    { input: "Le gardien m'a poussé en disant que le pont était fermé. Cela va mieux en le disant.", expected: [['indirect', 'le pont était fermé', 'Le gardien', 'say']] },
    // Un rôle lié à l'organisation qu'il sert par « à l' » (« l'ambassadeur russe à l'ONU »), puis le nom : la personne parle.
    { input: "Le président Youri Lenkov a reçu son homologue. « Nous refusons les sanctions », a assuré l'ambassadeur russe à l'ONU Pavel Mardov.", expected: [['direct', 'Nous refusons les sanctions', 'Pavel Mardov', 'assert']] },
    // « se dire », « se déclarer », « s'estimer » suivis d'un attribut rapportent cet attribut ; pas « ça vous dit quelque chose ».
    { input: "Le ministre s'est dit lundi préoccupé par la situation. La maire s'est déclarée favorable au projet de digue.", expected: [['indirect', 'préoccupé par la situation', 'Le ministre', 'say'], ['indirect', 'favorable au projet de digue', 'La maire', 'say']] },
    { input: "Les pêcheurs se disent prêts à bloquer le port. Ce nom vous dit quelque chose.", expected: [['indirect', 'prêts à bloquer le port', 'Les pêcheurs', 'say']] },
    // Un participe passé après « et » partage l'auxiliaire du passif qui précède : il prolonge le contenu.
    { input: "La police a indiqué que deux hommes avaient été arrêtés et accusés d'incendie volontaire.", expected: [['indirect', "deux hommes avaient été arrêtés et accusés d'incendie volontaire", 'La police', 'say']] },
    // Le participe passé apposé à la source (« contacté par l'AFP ») la décrit ; au passif, « confier » ne rapporte rien (« l'enquête a été confiée à … »), sauf une complétive.
    { input: "Selon le parquet, contacté par l'AFP, l'enquête a été confiée à la police judiciaire. Il a été rappelé que la digue était fragile.", expected: [['indirect', "l'enquête a été confiée à la police judiciaire", 'le parquet', ''], ['indirect', 'la digue était fragile', '', 'say']] },
    // « faire part de » rapporte ce qui suit « de », comme « faire état de ».
    { input: "Le maire a fait part de son inquiétude face à la montée des eaux.", expected: [['indirect', 'son inquiétude face à la montée des eaux', 'Le maire', 'say']] },
    // « des », « du » juste après un verbe qui rapporte un groupe nominal en sont l'article ; le verbe de la principale après la relative clôt ce groupe.
    { input: "Le ministre a annoncé des mesures pour les agriculteurs. Les pêcheurs, qui avaient annoncé des manifestations tout au long de la semaine, ont fait marche arrière.", expected: [['indirect', 'des mesures pour les agriculteurs', 'Le ministre', 'say'], ['indirect', 'des manifestations tout au long de la semaine', 'Les pêcheurs', 'say']] },
    // Un verbe dont la phrase finit sur un deux-points ouvre ce qui suit : les mots devant le locuteur sont de l'auteur, pas un propos rapporté ; pas l'incise d'une phrase dont le verbe suit.
    { input: "Quelques minutes plus tard, le militant tweete à nouveau :\nLa police encercle la place.", expected: [], absent: ['Quelques minutes plus tard'] },
    { input: "Un avis partagé par Paul Morel, qui a écrit, également sur Twitter :\nLa digue ne tiendra pas.", expected: [], absent: ['Un avis partagé par Paul Morel', 'également sur Twitter'] },
    { input: "Et aujourd'hui la facture, note l'économiste Paul Morel, est lourde pour les riverains :\nLes assurances refusent de payer.", expected: [['indirect', "Et aujourd'hui la facture", 'Paul Morel', 'say'], ['indirect', 'est lourde pour les riverains', 'Paul Morel', 'say']] },
    // Après un déterminant possessif, une forme verbale est un nom (« mon poste ») ; elle ne rapporte rien.
    { input: 'Je ne soutiendrai jamais ce gouvernement contre mon peuple, quitte à abandonner mon poste.', expected: [], absent: ['Je ne soutiendrai jamais ce gouvernement contre mon peuple'] },
    // Un titre « source : propos » : une personne présentée par son rôle, un sondage ; pas une rubrique (« Bilan : … »).
    { input: 'La crue menace la vallée.\n\nLe maire Paul Morel : la digue tiendra jusqu’à lundi.', expected: [['indirect', 'la digue tiendra jusqu’à lundi', 'Paul Morel', '']] },
    { input: 'La campagne reprend lundi.\n\nSondage : la maire sortante en tête au premier tour.\n\nBilan : trois morts dans la vallée inondée.', expected: [['indirect', 'la maire sortante en tête au premier tour', 'Sondage', '']], absent: ['trois morts dans la vallée inondée'] },
    // « réaffirmer », « prétendre », « arguer » rapportent une complétive ; « réitérer », « clamer » aussi leur objet.
    { input: "Le ministre a réaffirmé que la digue tiendrait. Les pêcheurs prétendent que le barrage fuit. Le maire a réitéré son appel au calme.", expected: [['indirect', 'la digue tiendrait', 'Le ministre', 'assert'], ['indirect', 'le barrage fuit', 'Les pêcheurs', 'assert'], ['indirect', 'son appel au calme', 'Le maire', 'assert']] },
    // « craindre », « redouter » rapportent leur objet ; suivis de cet objet après une virgule, ils ne sont pas une incise.
    { input: 'Vallée : nouvelles fissures sur la digue, le préfet craint une crue majeure.', expected: [['indirect', 'une crue majeure', 'le préfet', 'warn']], absent: ['Vallée : nouvelles fissures sur la digue'] },
    // Un pays après un article, suivi d'un nom en capitales, est pris seul : le nom est apposé au rôle (« pour la Syrie Lakhdar Brahimi »).
    { input: "L'émissaire international pour la Syrie Karim Haddad a prévenu que le conflit durerait.", expected: [['indirect', 'le conflit durerait', 'Karim Haddad', 'warn']] },
    // Un participe présent juste après un groupe nominal apposé qualifie ce nom : il n'est pas l'incise de la citation qui précède.
    { input: 'Assoupi sous une arcade, Paul Morel admire son « Grand bazar », un magasin proposant « bijoux et tapis » à bas prix.', expected: [['fragment', 'bijoux et tapis', 'un magasin', 'assert']], absent: ['Assoupi sous une arcade, Paul Morel admire son « Grand bazar »'] },
    // Après la source, un nom d'agent sans déterminant (« vendeur », « spécialiste ») ouvre une description : le propos commence après.
    { input: 'Pour Paul Morel, vendeur de souvenirs dans le vieux quartier depuis 45 ans, le coupable est tout trouvé.', expected: [['indirect', 'le coupable est tout trouvé', 'Paul Morel', '']] },
    // Un nom que suit la description d'un rôle entre virgules, après « Pour », est une personne : le pronom d'une incise suivante le reprend.
    { input: "Le Vieux Port est devenu une cité fantôme. Pour Karim Haddad, vendeur de souvenirs dans le Vieux Port depuis 45 ans, le coupable est tout trouvé. « C'est la faute du gouvernement », assure-t-il.", expected: [['direct', "C'est la faute du gouvernement", 'Karim Haddad', 'assert']] },
    // Un participe présent réfléchi après un nom (« du renseignement s'exprimant sous couvert de … ») ouvre une relative réduite : le locuteur est ce nom, pas le groupe de la préposition.
    { input: "Un ancien chef du renseignement s'exprimant sous couvert de l'anonymat relève : « Le régime n'a rien fait après le raid. »", expected: [['direct', "Le régime n'a rien fait après le raid.", 'Un ancien chef du renseignement', 'say']] },
    // Les exemples de la source (« dont … ») la décrivent : le propos commence après leur virgule.
    { input: "Selon plusieurs sources, dont les comités de quartier, la digue a cédé dans la nuit.", expected: [['indirect', 'la digue a cédé dans la nuit', 'plusieurs sources', '']] },
    // Une citation seule sur sa ligne, sans ponctuation finale, est un intertitre : elle ne prolonge pas les propos du locuteur d'avant ; elle prend le locuteur de la citation plus loin qui reprend ses mots, sinon aucun.
    {
      input: "Le maire, Paul Morel, a visité la digue. « Nous reconstruirons », a-t-il dit.\n« Personne ne nous a prévenus »\nLes habitants du quartier bas sont en colère. « Personne ne nous a prévenus, et l'eau est montée en une heure », a affirmé Lucie Vidal, une riveraine.",
      expected: [['direct', 'Personne ne nous a prévenus', 'Lucie Vidal', ''], ['direct', "Personne ne nous a prévenus, et l'eau est montée en une heure", 'Lucie Vidal', 'assert']],
    },
    { input: 'Le maire, Paul Morel, a visité la digue. « Nous reconstruirons », a-t-il dit.\n« La peur au ventre »\nLes habitants du quartier bas ont passé la nuit au gymnase.', expected: [['direct', 'La peur au ventre', '', '']] },
    // « s'attendre à » estime ; sans le réfléchi, « attendre » attend.
    {
      input: "Une longue file de gens attendent de franchir le pont. Les militants s'attendent à une offensive sur la ville. Le maire attend que la pluie cesse pour rouvrir la route.",
      expected: [['indirect', 'à une offensive sur la ville', 'Les militants', 'estimate']],
      absent: ['de franchir le pont', 'la pluie cesse pour rouvrir la route'],
    },
    // « moi », comme « je », est l'auteur ou celui qu'on interroge, jamais un nom cité avant lui.
    { input: 'Le ministre Jean Roy a visité la vallée lundi. Pour moi, Jean Roy a surtout tenté de rassurer les habitants.', expected: [['indirect', 'Jean Roy a surtout tenté de rassurer les habitants', 'moi', '']] },
    // Un pronom complément qui est aussi un article (« l' », « les ») rejoint le verbe devant un auxiliaire ; le verbe a alors son objet, et seul ce qu'ouvre sa préposition le suit.
    { input: 'Le maire Paul Roy l\'a qualifié de "traître". Le préfet les a accusés de "mentir".', expected: [['fragment', 'traître', 'Paul Roy', 'say'], ['fragment', 'mentir', 'Le préfet', 'accuse']] },
    // Le sujet d'une relative après une virgule est le nom avant elle, pas un complément de temps (« ce week-end aux habitants »).
    { input: 'Le président Jean Morel l\'avait promis ce week-end aux habitants, qui contestent le projet.', expected: [['indirect', 'le projet', 'habitants', 'deny']], absent: ['ce week-end aux habitants, qui contestent le projet'] },
    // Une description en apposition que nulle virgule ne ferme avant le verbe (ici une parenthèse) : la personne nommée avant elle parle.
    { input: 'Paul Morel, éditeur et plasticien, membre du collectif Vigie (Veille citoyenne des rivières) rapporte que trois digues ont cédé.', expected: [['indirect', 'trois digues ont cédé', 'Paul Morel', 'say']] },
    // Une rubrique seule avant un deux-points (« Analyse : ») n'est personne.
    { input: 'Les habitants se sont réunis lundi.\n\nAnalyse : « La digue ne tiendra pas. »\n\nLe maire a parlé lundi.', expected: [['direct', 'La digue ne tiendra pas.', '', '']] },
    // Un participe après une copule et un mot de degré est un adjectif, pas un verbe d'énonciation (« il est très contesté »).
    { input: 'Le maire a parlé lundi. Un an après son élection à la tête de la ville, il est très contesté.', expected: [], absent: ['Un an après son élection à la tête de la ville'] },
    // Un gérondif après le sujet inversé d'une incise dit comment il a parlé : le sujet parle, et la phrase avant la virgule est ce qu'il rapporte.
    { input: 'Le maire a parlé. Jeudi soir, un kamikaze a tué douze personnes au marché, a indiqué le ministère de la Santé en accusant des "terroristes".', expected: [['indirect', 'Jeudi soir, un kamikaze a tué douze personnes au marché', 'le ministère de la Santé', 'say'], ['fragment', 'terroristes', 'le ministère de la Santé', 'accuse']] },
    // Un participe d'énonciation juste après le sujet (une relative réduite) : son infinitif et l'objet de celui-ci s'arrêtent avant le verbe de la phrase, dont ce sujet est le locuteur.
    { input: "Le maire a parlé. Un groupe d'habitants affirmant représenter la majorité des riverains en aval du barrage a annoncé jeudi la création d'un comité.", expected: [['indirect', 'représenter la majorité des riverains en aval du barrage', "Un groupe d'habitants", 'assert'], ['indirect', "la création d'un comité", "Un groupe d'habitants", 'say']] },
    // L'antécédent d'une relative laisse de côté le jour qui le suit (« une lettre de son médecin vendredi qui affirme »).
    { input: "Le maire a publié une lettre de son médecin vendredi qui affirme qu'il est en bonne santé.", expected: [['indirect', "il est en bonne santé", 'une lettre de son médecin', 'assert']] },
    // « ce mardi », « fin février » entre le verbe et ce qu'il rapporte sont de l'auteur.
    { input: 'Le maire a annoncé ce mardi la réouverture du pont. Le préfet a nié fin février toute fermeture de la route.', expected: [['indirect', 'la réouverture du pont', 'Le maire', 'say'], ['indirect', 'toute fermeture de la route', 'Le préfet', 'deny']] },
    // Un deux-points avant une citation clôt le complément d'objet du verbe.
    {
      input: 'Le club a confirmé le départ de son capitaine sur les réseaux sociaux : « Merci pour tout, Jérémy. »',
      expected: [['indirect', 'le départ de son capitaine sur les réseaux sociaux', 'Le club', 'confirm'], ['direct', 'Merci pour tout, Jérémy.', 'Le club', 'confirm']],
    },
    // S'enthousiasmer, s'amuser, sourire au passé composé, en incise après une citation ; pas « s'amuser à » faire quelque chose.
    {
      input: "« C'est la plus ancienne perle », s'enthousiasme l'archéologue Freya Lund. « Je voulais le ballon », a souri la joueuse. « On verra bien », s'amuse le maire. Ils s'amusent à tirer le frein à main en pleine ligne droite.",
      expected: [['direct', "C'est la plus ancienne perle", 'Freya Lund', 'say'], ['direct', 'Je voulais le ballon', 'la joueuse', 'say'], ['direct', 'On verra bien', 'le maire', 'say']],
      absent: ['tirer le frein à main en pleine ligne droite', 'à tirer le frein à main en pleine ligne droite'],
    },
    // Savourer, justifier, pester au passé composé, juste après une citation.
    {
      input: "« On n'a jamais lâché », a savouré l'entraîneur Paul Vidal. « Nous n'avions pas le choix », a justifié la directrice. L'entraîneur savoure sa victoire.",
      expected: [['direct', "On n'a jamais lâché", 'Paul Vidal', 'say'], ['direct', "Nous n'avions pas le choix", 'la directrice', 'say']],
    },
    // Ni un objet chiffré dans une suite de prédicats, ni après un participe sans auxiliaire, qui qualifie le nom d'avant.
    {
      input: "Le maire est arrivé à Vernelle lundi matin, a annoncé une aide de 2 millions d'euros lors d'un discours. La grève s'ajoute aux dix journées de mobilisation, annoncées ce mois-ci lors du congrès du syndicat.",
      expected: [],
      absent: ['Le maire est arrivé à Vernelle lundi matin', "La grève s'ajoute aux dix journées de mobilisation"],
    },
    // Le groupe nominal inversé parle aussi après une proposition sans auxiliaire, après un jour et son moment, et avec un participe dans le complément ; pas après une parenthèse.
    {
      input: "La réforme entrera en vigueur en janvier, a déclaré le ministre du Travail lors d'une conférence de presse. Le bilan s'élève à douze morts, a indiqué mardi soir le ministère de l'Intérieur. Le site sera fermé, a précisé la mairie dans un communiqué publié jeudi. Le documentaire, tourné avant le procès, décrit l'itinéraire de trois jeunes gens en détail.",
      expected: [['indirect', 'La réforme entrera en vigueur en janvier', 'le ministre du Travail', 'say'], ['indirect', "Le bilan s'élève à douze morts", "le ministère de l'Intérieur", 'say'], ['indirect', 'Le site sera fermé', 'la mairie', 'say']],
      absent: ['Le documentaire, tourné avant le procès'],
    },
    // Le groupe nominal inversé devant un complément ne parle que si un nom de locuteur le porte : pas l'objet d'une suite de prédicats.
    {
      input: "Le président arrive à Kyiv, annonce une aide militaire lors d'une conférence de presse. La maire a visité le chantier, a annoncé la réouverture du pont lors d'une réunion publique. La grève est reconduite, ont indiqué les 300 salariés du site dans un communiqué.",
      expected: [['indirect', 'La grève est reconduite', 'les 300 salariés du site', 'say']],
      absent: ['Le président arrive à Kyiv', 'La maire a visité le chantier'],
    },
    { input: 'Le site restera fermé, a indiqué la mairie tôt ce matin.', expected: [['indirect', 'Le site restera fermé', 'la mairie', 'say']] },
    // Devant un deux-points, le réseau après « sur » ne parle pas : le sujet du verbe, avec son auxiliaire, parle.
    { input: "Le ministre de l'Intérieur a écrit sur X : « Nous ne céderons rien. »", expected: [['direct', 'Nous ne céderons rien.', "Le ministre de l'Intérieur", 'say']] },
    // Un titre après un nom de titre, en apposition ou non, en minuscules après sa majuscule.
    {
      input: "Son nouvel album, « Météo d'argent », est son disque le plus personnel. Le documentaire « Rouge et blanc pour toujours » retrace l'épopée du club. Les grévistes ont brandi des pancartes « Salaires décents maintenant ».",
      expected: [],
      absent: ["Météo d'argent", 'Rouge et blanc pour toujours', 'Salaires décents maintenant'],
    },
    // Un verbe d'objet inversé après une proposition sans auxiliaire, quand un nom de locuteur porte le groupe ; pas un objet dont un adjectif suit la tête, ni après une relative entre virgules.
    {
      input: "Près de 3 millions de personnes souffrent de faim, alerte le Programme alimentaire mondial. C'est le Conseil du Golfe qui, le premier, a demandé une intervention armée.",
      expected: [['indirect', 'Près de 3 millions de personnes souffrent de faim', 'le Programme alimentaire mondial', 'warn']],
      absent: ["C'est le Conseil du Golfe qui, le premier"],
    },
    // Un verbe pluriel n'a pas de sujet inversé singulier, et un qualificatif de rôle n'est pas la tête du groupe ; un rôle après lui l'est.
    {
      input: "Les soignants manifestent, dénoncent la répression policière. Les familles attendent des réponses, réclament une enquête parlementaire. La réforme est injuste, dénonce l'ancien ministre.",
      expected: [['indirect', 'La réforme est injuste', "l'ancien ministre", 'accuse']],
      absent: ['Les soignants manifestent', 'Les familles attendent des réponses'],
    },
    { input: 'Le préfet a visité le site mardi, affirmant que la digue tiendrait.', expected: [['indirect', 'la digue tiendrait', 'Le préfet', 'assert']] },
    // Un document qui établit lui-même, en tête de phrase, est la source de la proposition après sa virgule.
    { input: 'Dans un bilan publié mardi soir, la préfecture dénombre 14 maisons inondées.', expected: [['indirect', 'la préfecture dénombre 14 maisons inondées', 'un bilan', '']] },
    // Un jour entre le verbe et la proposition autour d'un fragment n'est pas rapporté ; une phrase ouverte par « de » après le verbe n'en est pas le locuteur.
    { input: 'Le préfet Paul Ferrand a indiqué mardi avoir repéré un « petit nombre » de fissures.', expected: [['indirect', 'avoir repéré un « petit nombre » de fissures', 'Paul Ferrand', 'say']] },
    { input: 'Les inquiétudes des habitants, ainsi que la visite du ministre, témoignent de l’extrême gravité de la situation.', expected: [], absent: ['Les inquiétudes des habitants, ainsi que la visite du ministre'] },
    // Le nom après un verbe de mise en garde est la personne avertie, pas un sujet inversé, quand un nom avant la virgule est le sujet ; « Elle » la reprend.
    { input: 'De son côté, l’ingénieure en chef du barrage, Anna Berg, a mis en garde le préfet Paul Ferrand, déclarant que la digue céderait. Elle a exhorté le préfet à « agir sans attendre ».', expected: [['indirect', 'la digue céderait', 'Anna Berg', 'say'], ['indirect', 'le préfet à « agir sans attendre »', 'Anna Berg', 'demand']] },
    // Un participe de parole après l'incise finale continue avec le même locuteur ; ce qui précède l'incise reste rapporté.
    // Un gérondif parle pour le sujet de sa proposition.
    { input: 'Le maire Luc Girard a ouvert la séance en affirmant que la digue tiendrait.', expected: [['indirect', 'la digue tiendrait', 'Luc Girard', 'assert']] },
    { input: 'La digue tiendra, a assuré le préfet, ajoutant que les secours étaient prêts.', expected: [['indirect', 'La digue tiendra', 'le préfet', 'assert'], ['indirect', 'les secours étaient prêts', 'le préfet', 'say']] },
    // Un quantificateur seul peut être le sujet qui ouvre la proposition.
    { input: 'Mais certains estiment que la digue ne tiendra pas.', expected: [['indirect', 'la digue ne tiendra pas', 'certains', 'estimate']] },
    // « Comme l'a rappelé X, … » : la principale après la virgule est ce qui a été dit ; un jour après le locuteur n'en fait pas partie.
    { input: 'Comme l’a rappelé le préfet Paul Ferrand mardi, la digue avait été inspectée en janvier.', expected: [['indirect', 'la digue avait été inspectée en janvier', 'Paul Ferrand', 'say']] },
    // Un tiret après le propos ouvre l'aparté du rédacteur.
    { input: 'Le maire a affirmé que la digue tiendrait — une promesse que les ingénieurs contestent.', expected: [['indirect', 'la digue tiendrait', 'Le maire', 'assert']] },
    { input: '« La digue tiendra », a déclaré le maire mardi.', expected: [['direct', 'La digue tiendra', 'le maire', 'say']] },
    // Un nom après un lien est le complément du nom qui le précède : toute la phrase parle.
    { input: 'La mairie de Valbrune-sur-Sarne a indiqué que l’école resterait fermée. Le ministère de la Santé a annoncé que trois personnes étaient mortes.', expected: [['indirect', 'l’école resterait fermée', 'La mairie de Valbrune-sur-Sarne', 'say'], ['indirect', 'trois personnes étaient mortes', 'Le ministère de la Santé', 'say']] },
    // Un complément que la limite de longueur couperait va jusqu'à son nom.
    { input: '« La digue tiendra », a déclaré le président de l’Observatoire sarnois des droits de l’homme.', expected: [['direct', 'La digue tiendra', 'le président de l’Observatoire sarnois des droits de l’homme', 'say']] },
    // Le média à qui l'on parle se tient entre le verbe et le nom (« a déclaré à l'AFP X »).
    { input: '« La digue tiendra », a déclaré à l’AFP Paul Roy, un habitant.', expected: [['direct', 'La digue tiendra', 'Paul Roy', 'say']] },
    { input: '« La digue tiendra », a déclaré au Monde le maire.', expected: [['direct', 'La digue tiendra', 'le maire', 'say']] },
    { input: '« La digue est sûre », a dit le maire, mais l’ingénieur Tom Hale a averti qu’elle pourrait céder. « C’est une relique. »', expected: [['direct', 'C’est une relique.', 'Tom Hale', 'warn']] },
    // La phrase qui mène à la citation n'est donnée qu'une fois.
    { input: 'Les autorités ont fermé le siège après la découverte "de couteaux et d’armes", a annoncé le maire.', expected: [['indirect', 'Les autorités ont fermé le siège après la découverte "de couteaux et d’armes"', 'le maire', 'say'], ['direct', 'de couteaux et d’armes', 'le maire', 'say']] },
    // Le nom d'un service avec son complément parle en entier (« les services de l'État »), pas un lieu après un lien.
    { input: 'La digue a cédé vers 5 h 30, indiquent les services de l’État. Selon les gardiens de la prison de Valmont, les détenus ont été évacués.', expected: [['indirect', 'La digue a cédé vers 5 h 30', 'les services de l’État', 'say'], ['indirect', 'les détenus ont été évacués', 'les gardiens de la prison de Valmont', '']] },
    // Ce qui suit l'incise d'une citation (« dans un message publié sur son blog », « en soulignant que … ») la
    // qualifie seulement : la citation suivante continue la même.
    {
      input: '« La digue tiendra », a déclaré le maire, Paul Roy, dans un message publié sur son blog. « Nous resterons. »',
      expected: [['direct', 'La digue tiendra', 'Paul Roy', 'say'], ['direct', 'Nous resterons.', 'Paul Roy', 'say']],
      sameTurn: [['La digue tiendra', 'Nous resterons.']],
    },
    {
      input: '« La digue tiendra », a assuré Paul Roy, en soulignant que les travaux avaient commencé. « Nous resterons. »',
      expected: [['direct', 'La digue tiendra', 'Paul Roy', 'assert'], ['indirect', 'les travaux avaient commencé', 'Paul Roy', 'say'], ['direct', 'Nous resterons.', 'Paul Roy', 'assert']],
      sameTurn: [['La digue tiendra', 'Nous resterons.']],
    },
    // La ligne de date (lieu en capitales, agence, tiret) n'est pas dans les propos rapportés.
    { input: 'VALMONT (AFP) – La digue a tenu cette nuit, a déclaré le préfet Paul Ferrand.', expected: [['indirect', 'La digue a tenu cette nuit', 'Paul Ferrand', 'say']] },
    // « se demander » rapporte une question (classe say, pas demand) ; l'interrogatif suit sa préposition.
    { input: 'De nombreux ingénieurs se demandent dans quelle mesure la digue tiendra cet hiver.', expected: [['indirect', 'dans quelle mesure la digue tiendra cet hiver', 'nombreux ingénieurs', 'say']] },
    // Une source au milieu de la phrase suivie d'une relative ferme les mots qui la précèdent.
    { input: 'La rivière est montée de deux mètres, selon Anna Berg, qui dirige le service des crues.', expected: [['indirect', 'La rivière est montée de deux mètres', 'Anna Berg', '']] },
    // Un participe de parole après une proposition qui ne rapporte rien parle pour le sujet de celle-ci.
    { input: 'Le préfet Paul Ferrand a révisé le plan d’évacuation lundi, estimant que trois villages devaient être évacués.', expected: [['indirect', 'trois villages devaient être évacués', 'Paul Ferrand', 'estimate']] },
    // Un verbatim d'entretien : chaque paragraphe ouvert par un nom en capitales et un deux-points est le tour de parole de ce locuteur.
    { input: 'Le préfet Paul Ferrand a reçu la journaliste Anna Berg mardi. Voici l’entretien.\n\nANNA BERG : La digue tiendra-t-elle ? Les habitants ont peur.\n\nFERRAND : Elle tiendra, et nous reconstruirons le moulin.', expected: [['direct', 'La digue tiendra-t-elle ? Les habitants ont peur.', 'Anna Berg', ''], ['direct', 'Elle tiendra, et nous reconstruirons le moulin.', 'Paul Ferrand', '']] },
    // Verbs whose object is what they report: a denial, a speech act.
    { input: 'Le groupe Sarelec a démenti les informations du journal.', expected: [['indirect', 'les informations du journal', 'Sarelec', 'deny']] },
    { input: 'La préfète Anne Roux a salué le courage des secouristes.', expected: [['indirect', 'le courage des secouristes', 'Anne Roux', 'assert']] },
    // An infinitive after a one-word cue is what it reports.
    { input: 'Le groupe Sarelec dément avoir négligé l’entretien du barrage.', expected: [['indirect', 'avoir négligé l’entretien du barrage', 'Sarelec', 'deny']] },
    // Guillemets with inner spaces; the speaker named after the verb, with a title.
    { input: 'La digue a cédé lundi soir. « Nous avons évacué trois villages », a déclaré le préfet de la Haute-Sarne, Paul Ferrand.', expected: [['direct', 'Nous avons évacué trois villages', 'Paul Ferrand', 'say']] },
    // A pronoun after an inverted verb, resolved to the speaker before it.
    { input: 'La maire Josiane Perrin a pris la parole mardi. « Personne ne dormira dehors », a-t-elle souligné.', expected: [['direct', 'Personne ne dormira dehors', 'Josiane Perrin', 'say']] },
    // A quotation split by an incise: both halves go to the speaker.
    { input: '« Le barrage était surveillé », a affirmé l’ingénieur Thomas Ricard, « mais personne n’attendait une telle crue ».', expected: [['direct', 'Le barrage était surveillé', 'Thomas Ricard', 'assert'], ['direct', 'mais personne n’attendait une telle crue', 'Thomas Ricard', 'assert']] },
    // Indirect speech around an incise, with an inverted pronoun or an inverted named speaker.
    { input: 'Le préfet Paul Ferrand a visité la digue. Le déversoir, a-t-il précisé, reste fermé.', expected: [['indirect', 'Le déversoir', 'Paul Ferrand', 'say'], ['indirect', 'reste fermé', 'Paul Ferrand', 'say']] },
    { input: 'La digue, estime le préfet Paul Ferrand, tiendra encore dix ans.', expected: [['indirect', 'La digue', 'Paul Ferrand', 'estimate'], ['indirect', 'tiendra encore dix ans', 'Paul Ferrand', 'estimate']] },
    // A quotation over two paragraphs, the second reopened with a guillemet.
    {
      input: 'Le préfet Paul Ferrand a détaillé le plan : « Les écoles resteront fermées jusqu’à jeudi.\n\n« Les familles seront relogées à Valmont dès ce soir. »',
      expected: [['direct', 'Les écoles resteront fermées jusqu’à jeudi.\n\n« Les familles seront relogées à Valmont dès ce soir.', 'Paul Ferrand', 'say']],
    },
    // A nested quotation stays inside the outer one; an elision […] stays in the words.
    { input: 'Thomas Ricard a raconté la nuit : « Un voisin criait “sauve qui peut” […] et l’eau montait. »', expected: [['direct', 'Un voisin criait “sauve qui peut” […] et l’eau montait.', 'Thomas Ricard', 'say']], absent: ['sauve qui peut'] },
    // Fragments take the speaker of their sentence; a treaty's name is no quotation.
    {
      input: 'Le ministre de l’Intérieur Marc Delaunay a dénoncé une « négligence grave » de l’exploitant. La région avait signé un « accord de gestion des crues » en 2019.',
      expected: [['fragment', 'négligence grave', 'Marc Delaunay', 'accuse']],
      absent: ['accord de gestion des crues'],
    },
    // Une citation signée d'un tiret et d'un nom en fin de ligne.
    { input: 'Des lecteurs nous ont écrit.\n\n« Nous reconstruirons la digue. » — Paul Roy, agriculteur à Valmont', expected: [['direct', 'Nous reconstruirons la digue.', 'Paul Roy', '']] },
    // A title-only speaker; the speaker carried over to the next quotation.
    { input: 'La digue a cédé lundi soir.\n\nLe porte-parole de la préfecture a répondu aux journalistes. « Aucune victime n’est à déplorer. »\n\n« Les secours restent mobilisés. »', expected: [['direct', 'Aucune victime n’est à déplorer.', 'Le porte-parole de la préfecture', 'say'], ['direct', 'Les secours restent mobilisés.', 'Le porte-parole de la préfecture', '']] },
    // Indirect speech: "a déclaré que", "selon X", "d'après X", "X estime que".
    { input: 'Le préfet Paul Ferrand a déclaré que la décrue commencerait jeudi.', expected: [['indirect', 'la décrue commencerait jeudi', 'Paul Ferrand', 'say']] },
    { input: 'Selon la préfecture de la Haute-Sarne, 1 200 personnes ont été évacuées.', expected: [['indirect', '1 200 personnes ont été évacuées', 'la préfecture de la Haute-Sarne', '']] },
    // Une source en tête de phrase a les mots ; celle qui les suit dit seulement où elle les a donnés.
    { input: 'Selon la préfecture, quatre personnes sont mortes, d’après un point communiqué mardi soir.', expected: [['indirect', 'quatre personnes sont mortes', 'la préfecture', '']], absent: ['Selon la préfecture, quatre personnes sont mortes'] },
    { input: 'D’après des sources proches du dossier, l’exploitant connaissait les fissures.', expected: [['indirect', 'l’exploitant connaissait les fissures', 'des sources proches du dossier', '']] },
    { input: 'L’ingénieur Thomas Ricard estime que la digue aurait dû être renforcée.', expected: [['indirect', 'la digue aurait dû être renforcée', 'Thomas Ricard', 'estimate']] },
    // A collective speaker; denial and confirmation classes.
    { input: 'Le préfet Paul Ferrand a réuni les maires. Mardi, Paul Ferrand et Luc Girard ont démenti que les digues soient menacées.', expected: [['indirect', 'les digues soient menacées', 'Paul Ferrand et Luc Girard', 'deny']] },
    { input: 'L’exploitant Sarélec a confirmé que deux vannes étaient bloquées.', expected: [['indirect', 'deux vannes étaient bloquées', 'Sarélec', 'confirm']] },
    // Nested attribution: the speaker and the channel both kept.
    { input: 'Le ministre Marc Delaunay a déclaré à l’AFP que l’État paierait les réparations.', expected: [['indirect', 'l’État paierait les réparations', 'Marc Delaunay', 'say']], channel: 'AFP' },
    // "Pour X, …": the opinion of X.
    { input: 'Pour le maire de Valmont, Luc Girard, la crue « était prévisible ».', expected: [['fragment', 'était prévisible', 'Luc Girard', '']] },
    // Un infinitif ou une question rapportés, avec leur marque.
    { input: 'Le préfet Paul Ferrand a promis de rouvrir la route avant vendredi.', expected: [['indirect', 'de rouvrir la route avant vendredi', 'Paul Ferrand', 'assert']] },
    { input: 'La maire Josiane Perrin a demandé si les vannes avaient été contrôlées.', expected: [['indirect', 'si les vannes avaient été contrôlées', 'Josiane Perrin', 'demand']] },
    { input: "Le préfet Paul Ferrand s'est rendu sur place lundi. La digue, selon lui, ne tiendra pas.", expected: [['indirect', 'ne tiendra pas', 'Paul Ferrand', '']] },
    // Où l'orateur a parlé, après un complément d'objet, est un complément du verbe.
    { input: "Le maire Luc Girard a dénoncé la gestion du barrage lors d'un meeting à Valmont.", expected: [['indirect', 'la gestion du barrage', 'Luc Girard', 'accuse']] },
    // Après un objet, « et » et un participe de parole ouvrent le propos suivant du même locuteur ; un nom
    // pluriel écrit comme un verbe (« menaces », « critiques ») n'en est pas un.
    { input: 'Le syndicat a dénoncé les insultes et menaces reçues par les élus.', expected: [['indirect', 'les insultes et menaces reçues par les élus', 'Le syndicat', 'accuse']] },
    // Un sujet indéfini après un verbe inversé, même après le média à qui l'on parle ; une personne et un organisme joints par « et » parlent ensemble.
    { input: '« La digue va céder », ont déclaré des habitants en colère. « Nous partons », ont déclaré à l’AFP des agriculteurs de Valmont. Paul Roy et le ministère de la Santé ont annoncé que la digue tiendrait.', expected: [['direct', 'La digue va céder', 'des habitants', 'say'], ['direct', 'Nous partons', 'des agriculteurs de Valmont', 'say'], ['indirect', 'la digue tiendrait', 'Paul Roy et le ministère de la Santé', 'say']] },
    // Après la citation et le verbe inversé, un court complément peut précéder le nom ; sans locuteur trouvé, la citation n'en a pas plutôt que celui de la précédente.
    { input: '« Nous partons », a dit Anna Berg. « Jusque-là je n’ai contacté personne », a relevé par téléphone M. Beblawi, expliquant vouloir attendre. « La digue tiendra », a déclaré de manière laconique le préfet.', expected: [['direct', 'Nous partons', 'Anna Berg', 'say'], ['direct', 'Jusque-là je n’ai contacté personne', 'Beblawi', 'say'], ['direct', 'La digue tiendra', '', 'say']] },
    { input: 'Le syndicat, qui dénonce un « scandale », a affirmé dans un communiqué que la digue allait céder. « Tout est prêt », a déclaré, à la sortie du conseil, le ministre. « Il faut agir », a poursuivi, ému, M. Roy.', expected: [['indirect', 'la digue allait céder', 'Le syndicat', 'assert'], ['direct', 'Tout est prêt', 'le ministre', 'say'], ['direct', 'Il faut agir', 'Roy', 'say']] },
    { input: '« On comprend », avait annoncé dans la soirée un communiqué de la préfecture. « La digue est fragile », dénonce, à Valmont, l’hydrologue Anna Berg.', expected: [['direct', 'On comprend', 'un communiqué de la préfecture', 'say'], ['direct', 'La digue est fragile', 'Anna Berg', 'accuse']] },
    // Une part et son signe font partie du locuteur.
    { input: 'Dans la vallée, 40 % des habitants estiment que la digue cédera.', expected: [['indirect', 'la digue cédera', '40 % des habitants', 'estimate']] },
    // Deux sortes de locuteurs ne se joignent qu'en tête de proposition ; « de nombreux habitants » est un sujet indéfini, « d’emblée » un adverbe.
    { input: 'Les orages ont frappé Paris et le ministère de l’Intérieur a déclaré que tout allait bien. « Non », ont déclaré de nombreux habitants. « La digue tiendra », a déclaré d’emblée le maire.', expected: [['indirect', 'tout allait bien', 'le ministère de l’Intérieur', 'say'], ['direct', 'Non', 'de nombreux habitants', 'say'], ['direct', 'La digue tiendra', 'le maire', 'say']] },
    // Après le verbe inversé, des adverbes de plusieurs mots (« de son côté », « le lendemain ») et un jour, même après le média, avant le locuteur.
    { input: '« Rien ne bouge », commente de son côté Anna Berg, hydrologue. « La digue tiendra », a déclaré à l’AFP le lendemain le maire. « Tout est prêt », a dit à l’AFP mardi le préfet.', expected: [['direct', 'Rien ne bouge', 'Anna Berg', 'say'], ['direct', 'La digue tiendra', 'le maire', 'say'], ['direct', 'Tout est prêt', 'le préfet', 'say']] },
    // La phrase qui mène à la citation commence après un complément d'ouverture, reconnu tel qu'il est écrit : « Des » n'est pas « dès ».
    { input: 'Des habitants, inquiets, se disent « épuisés », a ajouté le préfet.', expected: [['indirect', 'Des habitants, inquiets, se disent « épuisés »', 'le préfet', 'say'], ['direct', 'épuisés', 'le préfet', 'say']] },
    // Un objet nominal s'arrête à sa première virgule, après laquelle l'auteur le décrit ; pas une énumération.
    { input: 'Le maire a dénoncé la fermeture du barrage, qui menace trois villages. Le syndicat a dénoncé les coupures, les retards et les menaces.', expected: [['indirect', 'la fermeture du barrage', 'Le maire', 'accuse'], ['indirect', 'les coupures, les retards et les menaces', 'Le syndicat', 'accuse']] },
    { input: 'Le syndicat a publié un communiqué dénonçant la fermeture du barrage et appelant les habitants à manifester.', expected: [['indirect', 'la fermeture du barrage', 'Le syndicat', 'accuse'], ['indirect', 'les habitants à manifester', 'Le syndicat', 'demand']] },
    // Après un complément qui dit où l'orateur a parlé, « que » ouvre encore le contenu.
    { input: "Le maire Luc Girard a déclaré lors d'un sommet des élus de la vallée la semaine dernière que la digue tiendrait.", expected: [['indirect', 'la digue tiendrait', 'Luc Girard', 'say']] },
    // Gardes de relecture : « à » n'est pas l'auxiliaire « a » ; pas de lieu retranché dans une relative.
    { input: "« La digue tiendra », a déclaré Anne Roux à l'AFP.", expected: [['direct', 'La digue tiendra', 'Anne Roux', 'say']] },
    { input: 'Anne Roux, ingénieure à Valmont, a affirmé que la digue tiendrait.', expected: [['indirect', 'la digue tiendrait', 'Anne Roux', 'assert']] },
    { input: "Le maire a critiqué l'élu qui a diffusé une vidéo.", expected: [['indirect', "l'élu qui a diffusé une vidéo", 'Le maire', 'accuse']] },
    // Un verbe nié : l'orateur ne l'a pas dit. Pas une négation dans une relative avant le verbe.
    { input: "Les responsables de la préfecture n'ont pas précisé s'il y avait eu des victimes.", expected: [['indirect', "s'il y avait eu des victimes", 'Les responsables de la préfecture', 'say']], negated: ["s'il y avait eu des victimes"] },
    { input: "Le maire, qui n'était pas présent, a déclaré que la digue tiendrait.", expected: [['indirect', 'la digue tiendrait', 'Le maire', 'say']], negated: [] },
    // « ne … que » veut dire « seulement » ; « ne … pas » après le verbe nie.
    { input: "Le préfet Paul Ferrand n'a annoncé que 300 évacuations.", expected: [['indirect', '300 évacuations', 'Paul Ferrand', 'say']], negated: [] },
    { input: 'Les États-Unis ne croient pas que les troupes soient arrivées.', expected: [['indirect', 'les troupes soient arrivées', 'États-Unis', 'estimate']], negated: ['les troupes soient arrivées'] },
    { input: 'Personne n’a dit que la digue tenait. Le préfet n’a plus précisé si la route rouvrait.', expected: [['indirect', 'si la route rouvrait', 'Le préfet', 'say']], negated: ['la digue tenait', 'si la route rouvrait'] },
    { input: 'Un habitant qui ne veut pas être cité a affirmé que la digue tenait.', expected: [['indirect', 'la digue tenait', 'Un habitant', 'assert']], negated: [] },
    { input: "Le ministère n'a pas non plus confirmé ces informations.", expected: [['indirect', 'ces informations', 'Le ministère', 'confirm']], negated: ['ces informations'] },
    // Un déterminant négatif en tête du sujet nie aussi, avec sa particule.
    { input: "Aucun responsable n'a affirmé que la digue tiendrait.", expected: [['indirect', 'la digue tiendrait', 'Aucun responsable', 'assert']], negated: ['la digue tiendrait'] },
    // Un verbe de refus ou de volonté régit l'infinitif et rejoint l'indice : le sujet parle, et n'a pas dit.
    { input: "Le ministère a refusé de dire si la digue avait été inspectée.", expected: [['indirect', 'si la digue avait été inspectée', 'Le ministère', 'say']], negated: ['si la digue avait été inspectée'] },
    { input: 'La préfecture n’a pas souhaité confirmer le bilan.', expected: [['indirect', 'le bilan', 'La préfecture', 'confirm']], negated: ['le bilan'] },
    { input: '« La digue tiendra », a affirmé une habitante de Valmont.', expected: [['direct', 'La digue tiendra', 'une habitante de Valmont', 'assert']] },
    { input: 'Le barrage est sûr, a tenu à préciser le maire, Paul Roy.', expected: [['indirect', 'Le barrage est sûr', 'Paul Roy', 'say']] },
    { input: '« La digue tiendra », a déclaré devant les journalistes le préfet. « Nous veillons », a ajouté face à la presse le maire.', expected: [['direct', 'La digue tiendra', 'le préfet', 'say'], ['direct', 'Nous veillons', 'le maire', 'say']] },
    // Un nom après une préposition ferme l'incise du sujet, il ne parle pas ; un participe ouvre une incise.
    { input: 'Le maire, en visite à Lyon, a assuré que la digue tiendra. Le préfet, parlant aux journalistes, a affirmé que les vannes étaient bloquées.', expected: [['indirect', 'la digue tiendra', 'Le maire', 'assert'], ['indirect', 'les vannes étaient bloquées', 'Le préfet', 'assert']] },
    // Un participe passé entre virgules (« contacté par l'AFP », « interrogée par … ») ouvre une
    // parenthèse : le sujet est avant.
    {
      input: 'Le maire, contacté par l’AFP, a assuré que la digue tiendra. Les pêcheurs sont inquiets, mais la militante, interrogée par Radio Sarne, estime que les vannes ont été mal réglées.',
      expected: [['indirect', 'la digue tiendra', 'Le maire', 'assert'], ['indirect', 'les vannes ont été mal réglées', 'la militante', 'estimate']],
    },
    // Un groupe prépositionnel qualifie le nom qui le précède (« Les pêcheurs de Sarne en colère »,
    // « Les habitants sur la rive ») ; un participe suivi de « par » ouvre une relative réduite ; pas
    // pour l'antécédent d'une relative.
    {
      input: "Les habitants sur la rive signalent que l'eau monte. Un ingénieur interrogé par la radio explique que les vannes étaient bloquées. Le référendum boycotté par l'opposition, qui estimait que le vote était truqué, a eu lieu.",
      expected: [['indirect', "l'eau monte", 'Les habitants sur la rive', 'say'], ['indirect', 'les vannes étaient bloquées', 'Un ingénieur', 'say'], ['indirect', 'le vote était truqué', "l'opposition", 'estimate']],
    },
    // Un nom en apposition avant la virgule du verbe parle lui-même, après des mots en minuscules.
    // A subject and its apposition before the verb's comma: the object after the verb is no speaker.
    { input: "Le PDG de Sarélec, Hugo Bernier, a annoncé la suppression de 300 emplois. Le maire, élu en 2020, a annoncé la fermeture du pont.", expected: [], absent: ['Le PDG de Sarélec, Hugo Bernier', 'Le maire, élu en 2020'] },
    { input: "Le préfet de la Sarne, Paul Roy, a estimé que la digue tiendrait. L'exploitant du barrage, la société Sarélec, a évoqué une « situation maîtrisée ».", expected: [['indirect', 'la digue tiendrait', 'Paul Roy', 'estimate'], ['fragment', 'situation maîtrisée', 'Sarélec', 'say']] },
    // « parler de » donne son locuteur aux mots cités après lui, et ne rapporte rien d'autre.
    { input: "Le ministre a évoqué une « escalade dangereuse ». Le maire a parlé d'une « catastrophe ». Le préfet parle de « situation maîtrisée ». Le maire a parlé de la digue.", expected: [['indirect', 'une « escalade dangereuse »', 'Le ministre', 'say'], ['fragment', 'escalade dangereuse', 'Le ministre', 'say'], ['fragment', 'catastrophe', 'Le maire', 'say'], ['fragment', 'situation maîtrisée', 'Le préfet', 'say']], absent: ['la digue'] },
    { input: 'Le barrage est sûr, a déclaré Mme de Sarnez.', expected: [['indirect', 'Le barrage est sûr', 'de Sarnez', 'say']] },
    { input: '« Le barrage tiendra », a assuré le ministre Anne Roy. « Nous sommes prêts », a-t-elle ajouté.', expected: [['direct', 'Nous sommes prêts', 'Anne Roy', 'say']] },
    { input: 'Dimanche soir, après la rupture du barrage, le maire, Paul Roy, a réagi.', expected: [], absent: ['Dimanche soir, après la rupture du barrage'] },
    { input: "Interrogé par l'AFP, le maire Paul Roy n'a pas souhaité commenter.", expected: [['indirect', 'commenter', 'Paul Roy', 'say']], absent: ["Interrogé par l'AFP"], negated: ['commenter'] },
    { input: '« Nous allons reconstruire », a déclaré le maire Paul Ferrand. Son adjoint, Marc Roy, n’a pas souhaité commenter. « Le barrage tiendra », a-t-il ajouté.', expected: [['direct', 'Le barrage tiendra', 'Paul Ferrand', 'say'], ['indirect', 'commenter', 'Marc Roy', 'say']], negated: ['commenter'] },
    { input: 'Les enquêteurs ont entendu Marc Petit, qui a refusé de commenter.', expected: [['indirect', 'de commenter', 'Marc Petit', 'say']], absent: ['Les enquêteurs ont entendu Marc Petit'], negated: ['de commenter'] },
    { input: 'Le candidat préféré affirme que la digue tiendra.', expected: [['indirect', 'la digue tiendra', 'Le candidat préféré', 'assert']] },
    { input: 'Le ministre a refusé de commenter ces informations.', expected: [['indirect', 'ces informations', 'Le ministre', 'say']], negated: ['ces informations'] },
    // Une agence citée après les propos les relaie : c'est le canal de l'orateur, pas un orateur de plus.
    { input: "La digue était fragile, ont indiqué deux responsables, selon l'AFP.", expected: [['indirect', 'La digue était fragile', 'deux responsables', 'say']], channel: 'AFP', absent: ['La digue était fragile, ont indiqué deux responsables'] },
    { input: "« La digue tiendra », a déclaré le préfet, selon l'AFP.", expected: [['direct', 'La digue tiendra', 'le préfet', 'say']], channel: 'AFP', absent: ['« La digue tiendra », a déclaré le préfet'] },
    { input: 'L’avocat de la société, Marc Petit, a également commenté.', expected: [], absent: ['L’avocat de la société'] },
    // Le pronom s'accorde avec le genre que l'article donne à la personne (« Mme », « la maire », « présidente »), et une
    // personne sujet d'une phrase depuis le dernier orateur est son antécédent.
    { input: "Mme Claire Morel a assuré que la digue tiendrait. M. Paul Ferrand a dit qu'elle céderait. « Nous voulons la vérité », a-t-elle lancé.", expected: [['direct', 'Nous voulons la vérité', 'Claire Morel', 'say']] },
    { input: 'Le préfet Paul Ferrand a assuré que la digue tiendrait. Au centre hospitalier, le Dr Sophie Garnier soigne les blessés. « Nous tenons le choc », résume-t-elle.', expected: [['direct', 'Nous tenons le choc', 'Sophie Garnier', 'say']] },
    { input: 'Le préfet Paul Ferrand a assuré que la digue tiendrait. La maire Anna Berg attend des réponses. « Nous voulons la vérité », a-t-elle lancé.', expected: [['indirect', 'la digue tiendrait', 'Paul Ferrand', 'assert'], ['direct', 'Nous voulons la vérité', 'Anna Berg', 'say']] },
    // Un contenu qui court jusqu'à la fin de sa phrase dans une citation va jusqu'au guillemet fermant ;
    // une négation après un adverbe ne clôt pas la recherche du « que », ni « c'est » après une virgule.
    { input: "Le préfet a affirmé que la digue était « solide et surveillée. Nous n'avons rien à cacher. » La foule a applaudi.", expected: [['indirect', "la digue était « solide et surveillée. Nous n'avons rien à cacher. »", 'Le préfet', 'assert'], ['direct', "solide et surveillée. Nous n'avons rien à cacher.", 'Le préfet', 'assert']] },
    { input: 'Je ne pense également pas que la digue cède.', expected: [['indirect', 'la digue cède', 'Je', 'estimate']], negated: ['la digue cède'] },
    { input: "Le maire a assuré aux habitants qui sont inquiets que la digue tiendra. Le préfet a annoncé dans l'est du pays que les vannes tiendraient.", expected: [['indirect', 'la digue tiendra', 'Le maire', 'assert'], ['indirect', 'les vannes tiendraient', 'Le préfet', 'say']] },
    { input: "Le préfet, parlant à l'AFP, a affirmé que la digue tiendra. Le maire, en visite auprès de Jean Dupont, a assuré que les vannes tiendraient.", expected: [['indirect', 'la digue tiendra', 'Le préfet', 'assert'], ['indirect', 'les vannes tiendraient', 'Le maire', 'assert']] },
    // Un nom qui clôt une relative entre virgules n'est pas le sujet du verbe.
    { input: "Le président Paul Roy, qui n'a pas félicité Anne Berg de son élection à la présidence des États-Unis, a averti que le Valmont ne céderait pas.", expected: [['indirect', 'le Valmont ne céderait pas', 'Paul Roy', 'warn']] },
    { input: "Pour ce qui est du matériel, le préfet ne pense également pas que la digue cède. Ce que le maire a dit au conseil, c'est que la digue tiendra. Tout ce qu'il demande c'est que le barrage reste.", expected: [['indirect', 'la digue cède', 'le préfet', 'estimate'], ['indirect', 'la digue tiendra', 'le maire', 'say'], ['indirect', 'le barrage reste', 'le maire', 'demand']], negated: ['la digue cède'] },
    // « ainsi » après l'auxiliaire est un adverbe, pas le locuteur ; « Mais » peut ouvrir la phrase avant « selon ».
    { input: "Le maire Paul Ferrand a ainsi déclaré que la digue tiendrait. Mais selon des témoins, la caserne n'est pas entièrement évacuée.", expected: [['indirect', 'la digue tiendrait', 'Paul Ferrand', 'say'], ['indirect', "la caserne n'est pas entièrement évacuée", 'des témoins', '']] },
  ],
  // Publication on Monday 17 March 2025: a bare weekday is the one before, not the next.
  times: [
    { published: '2025-03-17', input: 'La préfecture a annoncé vendredi l’évacuation de la vallée.', expected: [['vendredi', '2025-03-14']] },
    { published: '2025-03-17', input: 'Le barrage a cédé lundi soir, selon les pompiers.', expected: [['lundi soir', '2025-03-17']] },
    { published: '2025-03-17', input: 'Le ministre se rendra jeudi à Valmont.', expected: [['jeudi', '2025-03-20']] },
    { published: '2025-03-17', input: 'Vendredi dernier, la crue avait déjà atteint la digue.', expected: [['Vendredi dernier', '2025-03-14']] },
    { published: '2025-03-17', input: 'Plus tôt mercredi, le maire avait alerté la préfecture.', expected: [['Plus tôt mercredi', '2025-03-12']] },
    { published: '2025-03-17', input: 'Les travaux avaient commencé le 4 novembre et repris le 1er février 2025.', expected: [['4 novembre', '2024-11-04'], ['1er février 2025', '2025-02-01']] },
    { published: '2025-03-17', input: 'La digue a été inspectée en février 2022, puis en août.', expected: [['février 2022', '2022-02'], ['août', '2024-08']] },
    { published: '2025-03-17', input: 'Les pluies ont doublé ce mois-ci et cette semaine.', expected: [['ce mois-ci', '2025-03'], ['cette semaine', '2025-03-17/2025-03-23']] },
    { published: '2025-03-17', input: 'La semaine dernière, le mois dernier et l’an dernier, rien de tel.', expected: [['La semaine dernière', '2025-03-10/2025-03-16'], ['le mois dernier', '2025-02'], ['l’an dernier', '2024']] },
    { published: '2025-03-17', input: 'Entre début et mi-mars, 300 millimètres sont tombés.', expected: [['Entre début et mi-mars', '2025-03-01/2025-03-15']] },
    { published: '2025-03-17', input: 'Fin février, puis début mars, les relevés ont grimpé.', expected: [['Fin février', '2025-02-21/2025-02-28'], ['début mars', '2025-03-01/2025-03-10']] },
    { published: '2025-03-17', input: 'Il y a deux semaines, hier et aujourd’hui, la vallée a été évacuée.', expected: [['Il y a deux semaines', '2025-03-03'], ['hier', '2025-03-16'], ['aujourd’hui', '2025-03-17']] },
    { published: '2025-03-17', input: 'Du 4 au 6 mars, puis le 17/03/2025, la préfecture a publié un bulletin.', expected: [['Du 4 au 6 mars', '2025-03-04/2025-03-06'], ['17/03/2025', '2025-03-17']] },
    { published: '2025-03-17', input: 'Le barrage, construit de 1958 à 1962, retenait 1500 mètres cubes par seconde.', expected: [['de 1958 à 1962', '1958/1962']], absent: ['1500'] },
  ],
  claims: [
    { input: 'Selon la préfecture, au moins 1 200 habitants ont été évacués.', expected: [['au moins 1 200 habitants', 1200, 'at-least', 'habitants', 'la préfecture']], concept: 'displaced' },
    { input: 'La préfecture a ordonné l’évacuation de 350 habitants.', expected: [['350 habitants', 350, 'exact', 'habitants', 'La préfecture']], concept: 'displaced' },
    { input: 'Une quinzaine de personnes sont toujours portées disparues.', expected: [['Une quinzaine de personnes', 15, 'approx', 'personnes', '']], concept: 'missing' },
    { input: 'Environ 3 000 sinistrés et près de 40 000 foyers privés d’électricité, a indiqué Enedis.', expected: [['Environ 3 000 sinistrés', 3000, 'approx', 'sinistrés', 'Enedis']] },
    { input: 'Une dizaine de pompiers et des centaines de bénévoles étaient sur place.', expected: [['Une dizaine de pompiers', 10, 'approx', 'pompiers', ''], ['des centaines de bénévoles', null, 'approx', 'bénévoles', '']] },
    { input: 'Les dégâts atteindraient 1,5 million d’euros, soit 12 % du budget, sur 35 kilomètres carrés.', expected: [['1,5 million d’euros', 1500000, 'exact', 'EUR', ''], ['12 %', 12, 'exact', 'percent', ''], ['35 kilomètres carrés', 35, 'exact', 'km2', '']] },
    { input: 'Entre 500 et 800 personnes et jusqu’à 2.000 animaux seraient concernés, estime le maire Luc Girard.', expected: [['Entre 500 et 800 personnes', 500, 'range', 'personnes', 'Luc Girard'], ['jusqu’à 2.000 animaux', 2000, 'at-most', 'animaux', 'Luc Girard']] },
    { input: 'Trois mille riverains et vingt-cinq gendarmes ont été mobilisés.', expected: [['Trois mille riverains', 3000, 'exact', 'riverains', ''], ['vingt-cinq gendarmes', 25, 'exact', 'gendarmes', '']] },
    { input: 'La 2e digue, longue de 1,5 km, a cédé le 4 mars 2025 à 14 h 30 ; son gardien, âgé de 58 ans, travaille depuis 2011.', expected: [['1,5 km', 1.5, 'exact', 'km', '']], absent: ['2e', '4 mars', '14', '58', '2011'] },
    { input: 'Le maire a annoncé mardi l’évacuation de 450 familles.', expected: [['450 familles', 450, 'exact', 'familles', 'Le maire']] },
  ],
  stances: [
    { input: 'La société Hydrosarne a nié avoir négligé l’entretien du barrage.', expected: [['deny', 'Hydrosarne', 'avoir négligé l’entretien du barrage']] },
    { input: 'La préfecture n’a pas confirmé le nombre de victimes.', expected: [['decline', 'La préfecture', 'le nombre de victimes']] },
    { input: 'La préfecture a refusé de confirmer le bilan.', expected: [['decline', 'La préfecture', 'le bilan']] },
    { input: 'Le maire Luc Girard a confirmé que la digue avait cédé.', expected: [['confirm', 'Luc Girard', 'la digue avait cédé']] },
    { input: 'Le directeur a qualifié les accusations de « pure invention ».', expected: [['dispute', 'Le directeur', 'les accusations de « pure invention »']] },
    { input: 'Hydrosarne dément, mais les riverains maintiennent leur version.', expected: [['deny', 'Hydrosarne', '']] },
    // Au passif, l'agent dément ou confirme ce que nomme le sujet ; sans agent, personne.
    { input: 'L’information a été démentie par la préfecture.', expected: [['deny', 'la préfecture', 'L’information']] },
    { input: 'Le bilan n’a pas été confirmé.', expected: [['decline', '', 'Le bilan']] },
    // « toutes » entre deux auxiliaires : « été » reste un auxiliaire, pas la saison.
    { input: 'Les propositions ont toutes été rejetées par le maire Paul Roy.', expected: [['deny', 'Paul Roy', 'Les propositions']] },
  ],
};
