import type { LanguageCases } from './types.js';

export const enCases: LanguageCases = {
  language: 'en',
  sentences: [
    { input: 'The dam failed on Monday. Rescuers arrived at dawn.', expected: ['The dam failed on Monday.', 'Rescuers arrived at dawn.'] },
    { input: 'Mr. Hale spoke first. Dr. Osei answered him.', expected: ['Mr. Hale spoke first.', 'Dr. Osei answered him.'] },
    { input: 'The U.S. Army sent engineers. They landed at noon.', expected: ['The U.S. Army sent engineers.', 'They landed at noon.'] },
    { input: '“We will stay,” she said. “Nobody leaves.”', expected: ['“We will stay,” she said.', '“Nobody leaves.”'] },
    { input: '“Is this the end?” he asked. Nobody replied.', expected: ['“Is this the end?” he asked.', 'Nobody replied.'] },
    { input: 'At least 1,200 residents left. 2.5 meters of water covered the road.', expected: ['At least 1,200 residents left.', '2.5 meters of water covered the road.'] },
    { input: 'John F. Kennedy Street was flooded. Traffic stopped.', expected: ['John F. Kennedy Street was flooded.', 'Traffic stopped.'] },
    { input: 'The water rose at 4 a.m. and kept rising. Police closed the bridge.', expected: ['The water rose at 4 a.m. and kept rising.', 'Police closed the bridge.'] },
    { input: 'Supplies, e.g. Water and rice, ran short. The governor promised more.', expected: ['Supplies, e.g. Water and rice, ran short.', 'The governor promised more.'] },
    { input: 'He lives on St. Clair Avenue. His house is gone.', expected: ['He lives on St. Clair Avenue.', 'His house is gone.'] },
  ],
  boilerplate: [
    { paragraphs: ['Home > World > Europe', 'The dam failed on Monday.'], removed: ['Home > World > Europe'] },
    { paragraphs: ['NewsWorld', 'The dam failed on Monday.'], removed: ['NewsWorld'] },
    { paragraphs: ['By Jane Carter', 'The dam failed on Monday.'], removed: ['By Jane Carter'], byline: 'Jane Carter' },
    { paragraphs: ['The dam failed on Monday.', 'Read more: Floods in the valley, five years on'], removed: ['Read more: Floods in the valley, five years on'] },
    { paragraphs: ['The dam failed on Monday.', 'I have covered the valley for a decade. For sponsorship, contact us.'], removed: ['I have covered the valley for a decade. For sponsorship, contact us.'] },
    { paragraphs: ['The dam failed on Monday.', '“I will not leave,” a resident said.'], removed: [] },
    { paragraphs: ['The dam failed on Monday.', 'Reuters contributed to this report.'], removed: [] },
  ],
  headlines: [
    { input: 'Dam failure forces thousands from their homes', expected: true },
    { input: 'Who will pay for the flood?', expected: true },
    { input: 'The dam failed on Monday, officials said.', expected: false },
  ],
  credits: [
    { input: 'DORVAL, Belgium (Reuters) — The river burst its banks.', expected: [['Reuters', 'dateline', 'DORVAL, Belgium (Reuters) —']] },
    { input: 'The river burst its banks, according to Reuters.', expected: [['Reuters', 'citation', 'according to Reuters']] },
    { input: 'Two officials told The Associated Press that the bridge was closed.', expected: [['AP', 'citation', 'told The Associated Press']] },
    { input: 'The bridge was closed, CNN reported.', expected: [['CNN', 'citation', 'CNN reported']] },
    { input: 'The river burst its banks.\n\n— AFP', expected: [['AFP', 'credit-line', '— AFP']] },
    { input: 'The river burst its banks.\n\nAssociated Press writer Ann Lee contributed to this report.', expected: [['AP', 'contributor', 'Associated Press writer Ann Lee contributed to this report.']] },
    { input: 'CNN’s headquarters were evacuated as a precaution.', expected: [] },
    { input: 'He worked at Reuters for a decade before retiring.', expected: [] },
  ],
  entities: [
    {
      input: 'NATO Secretary General Mark Rutte met US Defense Secretary Lloyd Austin on Monday. Austin said the alliance was united.',
      expected: [
        ['person', 'Mark Rutte', 'Mark Rutte', 'NATO Secretary General'],
        ['person', 'Lloyd Austin', 'Lloyd Austin', 'US Defense Secretary'],
        ['person', 'Austin', 'Lloyd Austin', ''],
      ],
      absent: ['Monday'],
    },
    {
      input: 'Mark Rutte, the NATO secretary general, spoke to Kremlin spokesman Dmitry Peskov. Hillary Clinton stayed silent, and Clinton’s aides declined to comment. Clinton said nothing.',
      expected: [
        ['person', 'Mark Rutte', 'Mark Rutte', 'NATO secretary general'],
        ['person', 'Dmitry Peskov', 'Dmitry Peskov', 'Kremlin spokesman'],
        ['person', 'Hillary Clinton', 'Hillary Clinton', ''],
        ['person', 'Clinton', 'Hillary Clinton', ''],
      ],
    },
    {
      input: 'North Korean troops were seen in the Kursk region, the Pentagon said. Seoul and Washington called for their withdrawal from Russia.',
      expected: [
        ['country', 'North Korean', 'North Korean', ''],
        ['organisation', 'Pentagon', 'Pentagon', ''],
        ['country', 'Seoul', 'Seoul', ''],
        ['country', 'Washington', 'Washington', ''],
        ['country', 'Russia', 'Russia', ''],
      ],
    },
  ],
  quotes: [
    // Curly quotes with the speaker after the verb and a title before the name.
    { input: 'The dam gave way on Monday night. “We evacuated three villages,” said Upper Sarne prefect Paul Ferrand.', expected: [['direct', 'We evacuated three villages,', 'Paul Ferrand', 'say']] },
    // "he said" after the quotation, resolved to the speaker named before.
    { input: 'Engineer Thomas Ricard spoke to reporters on Tuesday. "The dam was monitored," he said.', expected: [['direct', 'The dam was monitored,', 'Thomas Ricard', 'say']] },
    // A split quotation; a nested single-quoted phrase stays inside.
    { input: '“Somebody shouted ‘run’ and the water kept rising,” Mayor Josiane Perrin said. “Nobody will sleep outside tonight.”', expected: [['direct', 'Somebody shouted ‘run’ and the water kept rising,', 'Josiane Perrin', 'say'], ['direct', 'Nobody will sleep outside tonight.', 'Josiane Perrin', 'say']], absent: ['run'] },
    // Fragments and titles: a show's name is no quotation.
    { input: 'Interior Minister Marc Delaunay denounced the operator’s “gross negligence” on the show “Morning Sarne”.', expected: [['fragment', 'gross negligence', 'Marc Delaunay', 'accuse']], absent: ['Morning Sarne'] },
    // Indirect speech: "said (that)", "according to", "told".
    { input: 'Prefect Paul Ferrand said the water would start to recede on Thursday.', expected: [['indirect', 'the water would start to recede on Thursday', 'Paul Ferrand', 'say']] },
    { input: 'The operator Sarelec said that two sluice gates were stuck.', expected: [['indirect', 'two sluice gates were stuck', 'Sarelec', 'say']] },
    { input: 'About 1,200 people were evacuated, according to the prefecture.', expected: [['indirect', 'About 1,200 people were evacuated', 'the prefecture', '']] },
    { input: 'Two regional officials told Reuters that the operator knew about the cracks.', expected: [['indirect', 'the operator knew about the cracks', 'Two regional officials', 'say']], channel: 'Reuters' },
    // Denials and confirmations.
    { input: 'Sarelec denied that the gates had been neglected.', expected: [['indirect', 'the gates had been neglected', 'Sarelec', 'deny']] },
    // A relative pronoun: "who said".
    { input: 'The warning came from Thomas Ricard, who said the spillway was too narrow.', expected: [['indirect', 'the spillway was too narrow', 'Thomas Ricard', 'say']] },
  ],
};
