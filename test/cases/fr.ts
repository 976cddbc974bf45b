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
};
