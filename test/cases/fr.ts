import type { LanguageCases } from './types.js';

export const frCases: LanguageCases = {
  language: 'fr',
  sentences: [
    { input: 'Le maire est arrivé lundi. Il a parlé aux habitants.', expected: ['Le maire est arrivé lundi.', 'Il a parlé aux habitants.'] },
    { input: 'M. Durand a pris la parole. Mme Lefèvre a répondu.', expected: ['M. Durand a pris la parole.', 'Mme Lefèvre a répondu.'] },
    { input: 'Selon le Dr Martin, la digue a cédé. Les secours sont sur place.', expected: ['Selon le Dr Martin, la digue a cédé.', 'Les secours sont sur place.'] },
    { input: 'La délégation des U.S. Army Corps est arrivée. Elle repart demain.', expected: ['La délégation des U.S. Army Corps est arrivée.', 'Elle repart demain.'] },
    { input: '« Nous ne partirons pas. » Le maire a ensuite quitté la salle.', expected: ['« Nous ne partirons pas. »', 'Le maire a ensuite quitté la salle.'] },
    { input: '« Est-ce la fin ? » a-t-il demandé. Personne n’a répondu.', expected: ['« Est-ce la fin ? » a-t-il demandé.', 'Personne n’a répondu.'] },
    { input: 'Environ 10 000 personnes ont été évacuées. 2 500 sont toujours hébergées.', expected: ['Environ 10 000 personnes ont été évacuées.', '2 500 sont toujours hébergées.'] },
    { input: 'L’eau est montée de 2,5 mètres. Elle a atteint la route sur 10 km. Les secours ont évacué le quartier.', expected: ['L’eau est montée de 2,5 mètres.', 'Elle a atteint la route sur 10 km.', 'Les secours ont évacué le quartier.'] },
    { input: 'Les vivres, p. ex. Riz et eau, manquent. La préfecture promet des livraisons.', expected: ['Les vivres, p. ex. Riz et eau, manquent.', 'La préfecture promet des livraisons.'] },
    { input: '« Nous savons. […] Nous agirons », a-t-il ajouté.', expected: ['« Nous savons.', '[…] Nous agirons », a-t-il ajouté.'] },
    { input: 'Le bilan est lourd… Trois morts ont été recensés.', expected: ['Le bilan est lourd…', 'Trois morts ont été recensés.'] },
    { input: 'Jean-Pierre A. Morel a été entendu. Il nie tout.', expected: ['Jean-Pierre A. Morel a été entendu.', 'Il nie tout.'] },
  ],
  boilerplate: [
    { paragraphs: ['ActualitésInternational', 'Le barrage a cédé lundi.'], removed: ['ActualitésInternational'] },
    { paragraphs: ['Accueil > Monde > Europe', 'Le barrage a cédé lundi.'], removed: ['Accueil > Monde > Europe'] },
    { paragraphs: ['Le barrage a cédé lundi.', 'Lire aussi : Les inondations de 2019 dans la vallée'], removed: ['Lire aussi : Les inondations de 2019 dans la vallée'] },
    {
      paragraphs: ['Le barrage a cédé lundi.', 'Passionnée de terrain, je couvre la vallée depuis dix ans. Pour toute proposition de sponsoring, contactez-nous.'],
      removed: ['Passionnée de terrain, je couvre la vallée depuis dix ans. Pour toute proposition de sponsoring, contactez-nous.'],
    },
    { paragraphs: ['Par Jeanne Dupont', 'Le barrage a cédé lundi.'], removed: ['Par Jeanne Dupont'], byline: 'Jeanne Dupont' },
    { paragraphs: ['Par ailleurs, la préfecture a ouvert un gymnase.', 'Le barrage a cédé lundi.'], removed: [] },
    { paragraphs: ['Le barrage a cédé lundi.', 'Avec AFP'], removed: [] },
    { paragraphs: ['Le barrage a cédé lundi.', '« Je ne partirai pas », a déclaré une habitante.'], removed: [] },
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
};
