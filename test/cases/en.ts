import type { LanguageCases } from './types.js';

export const enCases: LanguageCases = {
  language: 'en',
  sentences: [
    // A plural title's abbreviation may end its sentence, before a word that opens one.
    { input: 'The bill was backed by three Govs. The vote is Tuesday.', expected: ['The bill was backed by three Govs.', 'The vote is Tuesday.'] },
    // A plural title's abbreviation ("Sens.", "Govs.") opens no sentence.
    { input: 'The plan was backed by Sens. Ann Lee and Tom Hale. Govs. Paul Roy and Anna Berg opposed it.', expected: ['The plan was backed by Sens. Ann Lee and Tom Hale.', 'Govs. Paul Roy and Anna Berg opposed it.'] },
    // In hard-wrapped text a short line that ends on a function word goes on ("speaking in Brussels on\nThursday").
    {
      input: 'The minister, speaking in Brussels on\nThursday, said the European Union would impose new tariffs on\nChinese cars from July, and that talks with Beijing would go on for\nweeks.',
      expected: ['The minister, speaking in Brussels on\nThursday, said the European Union would impose new tariffs on\nChinese cars from July, and that talks with Beijing would go on for\nweeks.'],
    },
    { input: 'The dam failed on Monday. Rescuers arrived at dawn.', expected: ['The dam failed on Monday.', 'Rescuers arrived at dawn.'] },
    { input: 'Mr. Hale spoke first. Dr. Osei answered him.', expected: ['Mr. Hale spoke first.', 'Dr. Osei answered him.'] },
    { input: 'The U.S. Army sent engineers. They landed at noon.', expected: ['The U.S. Army sent engineers.', 'They landed at noon.'] },
    { input: '“We will stay,” she said. “Nobody leaves.”', expected: ['“We will stay,” she said.', '“Nobody leaves.”'] },
    { input: '“Is this the end?” he asked. Nobody replied.', expected: ['“Is this the end?” he asked.', 'Nobody replied.'] },
    { input: 'Nobody replied. ”Is this the end?” he asked.', expected: ['Nobody replied.', '”Is this the end?” he asked.'] },
    { input: 'At least 1,200 residents left. 2.5 meters of water covered the road.', expected: ['At least 1,200 residents left.', '2.5 meters of water covered the road.'] },
    { input: 'John F. Kennedy Street was flooded. Traffic stopped.', expected: ['John F. Kennedy Street was flooded.', 'Traffic stopped.'] },
    { input: 'The water rose at 4 a.m. and kept rising. Police closed the bridge.', expected: ['The water rose at 4 a.m. and kept rising.', 'Police closed the bridge.'] },
    { input: 'Supplies, e.g. Water and rice, ran short. The governor promised more.', expected: ['Supplies, e.g. Water and rice, ran short.', 'The governor promised more.'] },
    { input: 'He lives on St. Clair Avenue. His house is gone.', expected: ['He lives on St. Clair Avenue.', 'His house is gone.'] },
    // After a dotted acronym, a word that starts sentences starts one; not after a title, nor inside a hyphenated title.
    { input: 'Engineers flew in from the U.S. They landed at noon.', expected: ['Engineers flew in from the U.S.', 'They landed at noon.'] },
    // So after a suffix or a company's abbreviation; "Sr." before a name and "Inc. President …" do not end one.
    { input: '“The dam held,” said John Smith Jr. He added that the river was falling.', expected: ['“The dam held,” said John Smith Jr.', 'He added that the river was falling.'] },
    { input: 'The dam belongs to Hydrosarne Inc. The company built it in 1960.', expected: ['The dam belongs to Hydrosarne Inc.', 'The company built it in 1960.'] },
    { input: 'The mayor said it was a near miss. He left at noon.', expected: ['The mayor said it was a near miss.', 'He left at noon.'] },
    { input: 'Sr. Anna Berg met Hydrosarne Inc. President Tom Hale.', expected: ['Sr. Anna Berg met Hydrosarne Inc. President Tom Hale.'] },
    { input: 'Mr. He Jiankui visited the dam. Then-Sen. Anna Berg joined him.', expected: ['Mr. He Jiankui visited the dam.', 'Then-Sen. Anna Berg joined him.'] },
    { input: 'It was hit-or-miss. The mayor said yes.', expected: ['It was hit-or-miss.', 'The mayor said yes.'] },
    // "No." and "p." are abbreviations only before a number.
    { input: 'Asked if he would resign, the mayor said no. He left. Gauge No. 5 is on p. 12.', expected: ['Asked if he would resign, the mayor said no.', 'He left.', 'Gauge No. 5 is on p. 12.'] },
    { input: 'See Vol. II of the report. The answer is no. I was stunned.', expected: ['See Vol. II of the report.', 'The answer is no.', 'I was stunned.'] },
    // A headline line in title case ends at its line break; a hard-wrapped line of body text does not.
    { input: 'Mayor Says The Levee Will Hold\nThe mayor spoke on Monday.', expected: ['Mayor Says The Levee Will Hold', 'The mayor spoke on Monday.'] },
    { input: 'The mayor spoke on Monday about the\nlevee and the dam.', expected: ['The mayor spoke on Monday about the\nlevee and the dam.'] },
  ],
  boilerplate: [
    // A promotional cue inside a quotation is the speaker's words: the paragraph stays.
    { paragraphs: ['"Anyone with dashcam footage should contact us," Detective Inspector Sarah Kaur said.', 'The road was closed.'], removed: [] },
    { paragraphs: ['Home > World > Europe', 'The dam failed on Monday.'], removed: ['Home > World > Europe'] },
    { paragraphs: ['NewsWorld', 'The dam failed on Monday.'], removed: ['NewsWorld'] },
    { paragraphs: ['By Jane Carter', 'The dam failed on Monday.'], removed: ['By Jane Carter'], byline: 'Jane Carter' },
    { paragraphs: ['The dam failed on Monday.', 'Read more: Floods in the valley, five years on'], removed: ['Read more: Floods in the valley, five years on'] },
    { paragraphs: ['The dam failed on Monday.', 'Engineers had warned for years.', 'I have covered the valley for a decade. For sponsorship, contact us.'], removed: ['I have covered the valley for a decade. For sponsorship, contact us.'] },
    // The first person of an article that speaks in it before, of a paragraph before the last, of a
    // two-paragraph text or inside quotation marks (two apostrophes too) is the article's.
    { paragraphs: ['The dam failed on Monday.', 'I was there when it broke.', 'Engineers had warned for years.', 'I will go back next week.'], removed: [] },
    { paragraphs: ['The dam failed on Monday.', 'Engineers had warned for years.', 'I feel strongly about this because I live here.', 'Valley Times, 2025'], removed: [] },
    { paragraphs: ['Dam fails in the valley', 'I watched the dam fail on Monday.'], removed: [] },
    { paragraphs: ['The dam failed on Monday.', 'Engineers had warned for years.', "A resident said: ''Now I will not leave.''"], removed: [] },
    { paragraphs: ['The dam failed on Monday.', 'Tom Hale is a reporter for the Valley Times.'], removed: ['Tom Hale is a reporter for the Valley Times.'] },
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
    // An occupation right before a name is its title; a title right before the next name is not the previous name's apposition.
    {
      input: 'Lifeboat crews rescued fisherman Owen Price off Whitby. The mill Harlow Textiles, engineer Omar Sabry said, will close.',
      expected: [['person', 'Owen Price', 'Owen Price', ''], ['person', 'Omar Sabry', 'Omar Sabry', '']],
      absent: ['Harlow Textiles'],
    },
    // A known name after a link, right after a body's head in capitals, completes the body's name.
    { input: 'The Bank of Canada held rates. The University of Paris agreed.', expected: [['organisation', 'Bank of Canada', 'Bank of Canada', ''], ['organisation', 'University of Paris', 'University of Paris', '']] },
    // Police ranks are titles: "Detective Inspector", "Police Constable".
    { input: 'Detective Inspector Sarah Kaur said the car was stolen. Police Constable Mark Bell agreed.', expected: [['person', 'Sarah Kaur', 'Sarah Kaur', 'Detective Inspector'], ['person', 'Mark Bell', 'Mark Bell', 'Police Constable']], absent: ['Detective Inspector Sarah Kaur'] },
    // Two particles inside a name ("van der", "de la"), "y" between two surnames; a number joined to a capitalised word opens a body's name.
    {
      input: 'Ursula van der Kamp said the talks would go on. Oscar de la Vega, a lawyer, and Ana Ruiz y Lago, a banker, agreed. The 5-Star Movement voted.',
      expected: [['person', 'Ursula van der Kamp', 'Ursula van der Kamp', ''], ['person', 'Oscar de la Vega', 'Oscar de la Vega', ''], ['person', 'Ana Ruiz y Lago', 'Ana Ruiz y Lago', ''], ['organisation', '5-Star Movement', '5-Star Movement', '']],
      absent: ['Kamp', 'Vega', 'Lago'],
    },
    // A title in capitals that opens a body's name is part of it; one that a name follows stays a title.
    {
      input: 'General Motors said the Valmont plant would close. The General Assembly voted. "We are ready," said General Mark Tolley. The Foreign Ministry Spokesman Lin Bao spoke.',
      expected: [['organisation', 'General Motors', 'General Motors', ''], ['organisation', 'General Assembly', 'General Assembly', ''], ['person', 'Mark Tolley', 'Mark Tolley', ''], ['person', 'Lin Bao', 'Lin Bao', '']],
      absent: ['Motors', 'Assembly'],
    },
    // One name right after a person's title is a person; not one that a capital or a role follows, nor a contraction.
    { input: 'Governor Tillman visited the shelter. A chief Democratic negotiator met Mayor Ann Berg, and a congressman I\'ve never heard of spoke.', expected: [['person', 'Tillman', 'Tillman', ''], ['person', 'Ann Berg', 'Ann Berg', '']], absent: ['Democratic'] },
    // A title in capitals after a first name, with no name after it, is a surname; one capitalised word before a title that a name follows qualifies the title.
    { input: 'Ron Baker said the plant would close. Fire Captain Mark Deleon said the blaze was out.', expected: [['person', 'Ron Baker', 'Ron Baker', ''], ['person', 'Mark Deleon', 'Mark Deleon', 'Fire Captain']], absent: ['Ron', 'Fire'] },
    // A name after "of" that follows a person's name is where the person is from, no person: "Rep. Tom Hale of Sarne said".
    { input: 'Rep. Tom Hale of Sarne said the bill was dead.', expected: [['person', 'Tom Hale', 'Tom Hale', '']], absent: ['Sarne'] },
    // A month's name or a short calendar form opens a first name; not after a function word, nor before a place.
    {
      input: 'Sam Patel said the dam was safe. Jan Brook, the mayor, agreed. In April Tom Hale said nothing about the February New Valmont fair.',
      expected: [['person', 'Sam Patel', 'Sam Patel', ''], ['person', 'Jan Brook', 'Jan Brook', ''], ['person', 'Tom Hale', 'Tom Hale', '']],
      absent: ['April Tom Hale', 'February New Valmont'],
    },
    // A party tag after a name's comma or in brackets is no person.
    { input: 'Sen. Paul Roy, D-Valmont, said the levee would hold, and Rep. Ann Lee (R-Sarne) agreed.', expected: [['person', 'Paul Roy', 'Paul Roy', ''], ['person', 'Ann Lee', 'Ann Lee', '']], absent: ['D-Valmont', 'R-Sarne'] },
    // An abbreviated honorific inside a run of capitals opens the name; one written out does not.
    { input: 'Sarne Gov. Tom Hale and Retired Army Col. Ann Lee watched Little Miss Sunshine.', expected: [['person', 'Tom Hale', 'Tom Hale', ''], ['person', 'Ann Lee', 'Ann Lee', '']], absent: ['Sunshine'] },
    // A subheading in title case capitalises its verbs and pronouns: they are no part of a name the body gives.
    {
      input: 'Valmont mayor rules out a new levee\n\nTom Hale, the mayor of Valmont, said on Monday that he would not rebuild the levee.\n\nTom Hale Says He Will Repair The Old Bridge\n\nHale said the river was falling and the town would repair the old bridge instead.',
      expected: [['person', 'Tom Hale', 'Tom Hale', '']],
      absent: ['Tom Hale Says He', 'Tom Hale Says He Will Repair The Old Bridge'],
    },
    // A person's gender from an honorific or a feminine role ("chairman" is said of women too); none
    // when unmarked or marked both ways.
    {
      input: 'Mrs. Ann Lee met Chairman Janet Yellen, Mr. Tom Hale and the spokeswoman, Rita Moss. Mr. Lee arrived later.',
      expected: [['person', 'Rita Moss', 'Rita Moss', '']],
      genders: { 'Ann Lee': '', 'Janet Yellen': '', 'Tom Hale': 'masculine', 'Rita Moss': 'feminine' },
    },
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
    // A body's name runs past a link to its capitalised complement, and a demonym that opens it is part of it.
    {
      input: 'The Valmont Bureau of Flood Statistics said the river rose, and the Sarnian Council for Water Safety agreed.',
      expected: [
        ['organisation', 'Valmont Bureau of Flood Statistics', 'Valmont Bureau of Flood Statistics', ''],
        ['organisation', 'Sarnian Council for Water Safety', 'Sarnian Council for Water Safety', ''],
      ],
      absent: ['Flood Statistics', 'Water Safety'],
    },
    { input: 'The Valmont Ministry of Defence on Tuesday said two soldiers were killed.', expected: [['organisation', 'Valmont Ministry of Defence', 'Valmont Ministry of Defence', '']] },
    { input: 'The Sarnian Museum said the vase was stolen, and Valley Airlines said flights resumed.', expected: [['organisation', 'Sarnian Museum', 'Sarnian Museum', ''], ['organisation', 'Valley Airlines', 'Valley Airlines', '']] },
    {
      input: 'According to the Syrian National Council, two ministers defected. The American Civil Liberties Union sued.',
      expected: [
        ['organisation', 'Syrian National Council', 'Syrian National Council', ''],
        ['organisation', 'American Civil Liberties Union', 'American Civil Liberties Union', ''],
      ],
    },
  ],
  quotes: [
    // A subheading in title case reports like a sentence: its verb and pronoun are no name's.
    {
      input: 'Valmont mayor rules out a new levee\n\nTom Hale, the mayor of Valmont, said on Monday that he would not rebuild the levee.\n\nTom Hale Says He Will Repair The Old Bridge\n\nHale said the river was falling and the town would repair the old bridge instead.',
      expected: [['indirect', 'He Will Repair The Old Bridge', 'Tom Hale', 'say']],
    },
    // The writer's apposition after the last comma is no content; a clause, a list or a name's apposition is.
    {
      input: 'The mayor said the town would sell the old dam, a move that could cost 40 jobs. Lee said that if he wins, the levee will be rebuilt. Roy said the town should thank Tom Hale, the engineer who built it. Lee said he would visit Valmont, the capital and the coast.',
      expected: [
        ['indirect', 'the town would sell the old dam', 'The mayor', 'say'],
        ['indirect', 'if he wins, the levee will be rebuilt', 'Lee', 'say'],
        ['indirect', 'the town should thank Tom Hale, the engineer who built it', 'Roy', 'say'],
        ['indirect', 'he would visit Valmont, the capital and the coast', 'Lee', 'say'],
      ],
    },
    // An adverb phrase between the auxiliary and the verb is the cue's, not a speaker.
    { input: 'Engineers have in particular noted the cracks in the spillway. Hale will ever tell voters to back the levee plan.', expected: [['indirect', 'the cracks in the spillway', 'Engineers', 'say'], ['indirect', 'voters to back the levee plan', 'Hale', 'say']] },
    // A plain form after a singular article and adjectives is a noun ("a forceful call to"): the
    // subject of the verb before the article speaks. Not after a share ("a third say").
    {
      input: 'Anna Berg made a forceful call to rebuild the levee. Lee appeared to make an awkward joke about the old dam. Nearly a third say the levee is safe. A panel of engineers warn that the spillway is weak.',
      expected: [
        ['indirect', 'the spillway is weak', 'A panel of engineers', 'warn'],
        ['indirect', 'to rebuild the levee', 'Anna Berg', 'assert'],
        ['indirect', 'the old dam', 'Lee', 'say'],
        ['indirect', 'the levee is safe', 'a third', 'say'],
      ],
    },
    // A subordinate clause after a noun phrase object is the verb's adjunct; not a condition or a
    // role ("as"), nor one after a verb form or a link inside the object, nor after a demand, nor
    // when one word would be left.
    {
      input: 'Hale supported the bill when it came to the council for a vote. Lee is backing Anna Berg because he worries Roy would lose. Roy slammed the plan as too costly. The mayor accused her of being asleep when the levee failed. Berg joked about moving to Valmont if Roy is elected. Hale cautioned against drawing conclusions before engineers had examined the dam. Roy criticized the use of force when farmers gathered at the dam. The farmers demanded the release of the water before the harvest begins. Lee urged patience while the inquiry continues.',
      expected: [
        ['indirect', 'the use of force when farmers gathered at the dam', 'Roy', 'accuse'],
        ['indirect', 'the release of the water before the harvest begins', 'The farmers', 'demand'],
        ['indirect', 'patience while the inquiry continues', 'Lee', 'demand'],
        ['indirect', 'drawing conclusions before engineers had examined the dam', 'Hale', 'warn'],
        ['indirect', 'the bill', 'Hale', 'assert'],
        ['indirect', 'Anna Berg', 'Lee', 'assert'],
        ['indirect', 'the plan as too costly', 'Roy', 'accuse'],
        ['indirect', 'her of being asleep when the levee failed', 'The mayor', 'accuse'],
        ['indirect', 'moving to Valmont if Roy is elected', 'Berg', 'say'],
      ],
    },
    // A verb form after a determiner or a hyphen is a noun's, and leaves the apposition the
    // writer's. After a comma, "and" and a subject go on with the content ("he" may be the
    // content's subject as well as the speaker).
    {
      input: 'Lee said Hale could win the primary, a 16-point swing from March. Berg said Roy insulted the farmers, and he must apologize. The council announced it would close the dam, and it would reopen in May.',
      expected: [
        ['indirect', 'Hale could win the primary', 'Lee', 'say'],
        ['indirect', 'Roy insulted the farmers, and he must apologize', 'Berg', 'say'],
        ['indirect', 'it would close the dam, and it would reopen in May', 'The council', 'say'],
      ],
    },
    // A dash after the content opens the writer's aside; a pair of dashes inside it, a hyphen, a minus or a range does not.
    {
      input: 'Officials said temperatures would drop to -5 degrees overnight. Hale said the plan would cost $5 million - $10 million over a decade. Lee said the levee -- built in 1950 -- and the dam would both fail. Roy vowed to close the road — 40 miles of it — before the flood.',
      expected: [
        ['indirect', 'to close the road — 40 miles of it — before the flood', 'Roy', 'assert'],
        ['indirect', 'temperatures would drop to -5 degrees overnight', 'Officials', 'say'],
        ['indirect', 'the plan would cost $5 million - $10 million over a decade', 'Hale', 'say'],
        ['indirect', 'the levee -- built in 1950 -- and the dam would both fail', 'Lee', 'say'],
      ],
    },
    {
      input: 'The mayor said the levee had held through the night - a claim that engineers disputed. Lee said the levee -- built in 1950 -- would fail within a year. Roy said the 40-year-old levee would fail - and soon.',
      expected: [
        ['indirect', 'the levee had held through the night', 'The mayor', 'say'],
        ['indirect', 'the levee -- built in 1950 -- would fail within a year', 'Lee', 'say'],
        ['indirect', 'the 40-year-old levee would fail', 'Roy', 'say'],
      ],
    },
    // "as" ends content only before a report of its own; "as well as", "as in 1990" go on with it.
    {
      input: 'The mayor said the dam would hold, as the engineers had promised. Hale said the town was building a clubhouse, as well as a new pool. Roy warned that the generals would not honor the vote, as in 1990.',
      expected: [
        ['indirect', 'the dam would hold', 'The mayor', 'say'],
        ['indirect', 'the town was building a clubhouse, as well as a new pool', 'Hale', 'say'],
        ['indirect', 'the generals would not honor the vote, as in 1990', 'Roy', 'warn'],
      ],
    },
    // Before a colon, the object of a participle is what the subject spoke of; the subject speaks.
    { input: 'Mayor Tom Hale has summed up the situation: “We are still searching for four people.”', expected: [['direct', 'We are still searching for four people.', 'Tom Hale', '']] },
    // An auxiliary's form inside a name is part of the name.
    { input: 'Prime Minister Theresa May said on Monday that Britain would leave the union.', expected: [['indirect', 'Britain would leave the union', 'Theresa May', 'say']] },
    // A body named with its acronym in brackets before the verb.
    { input: 'The local coordination committees (LCC) accused the neighbouring state of arming the militia.', expected: [['indirect', 'the neighbouring state of arming the militia', 'The local coordination committees', 'accuse']] },
    // A cue after the closing mark with a title before the name, past the quotation's "!".
    { input: 'The mayor spoke at noon. “The levee will hold!” Mr. Hale wrote on Twitter on Monday.', expected: [['direct', 'The levee will hold!', 'Hale', 'say']] },
    // "just", "first" between the subject and the verb; after the verb they are content.
    { input: 'Rita Moss just said the levee would hold. Paul Roy said just because it held did not mean it was safe.', expected: [['indirect', 'the levee would hold', 'Rita Moss', 'say'], ['indirect', 'just because it held did not mean it was safe', 'Paul Roy', 'say']] },
    { input: 'Tom Hale first said the levee would hold. The mayor said first responders arrived late.', expected: [['indirect', 'the levee would hold', 'Tom Hale', 'say'], ['indirect', 'first responders arrived late', 'The mayor', 'say']] },
    // No apposition after a subordinate clause, nor one that would leave the content under three words; a condition keeps its report.
    {
      input: 'The mayor said that if the levee fails, the town floods. The company said profits fell, the worst result in a decade. Lee said the town would be evacuated, if engineers warned that the dam was weak.',
      expected: [
        ['indirect', 'if the levee fails, the town floods', 'The mayor', 'say'],
        ['indirect', 'profits fell, the worst result in a decade', 'The company', 'say'],
        ['indirect', 'the town would be evacuated, if engineers warned that the dam was weak', 'Lee', 'say'],
      ],
    },
    // A relative pronoun that speaks keeps the next quotation; a day before the name is no title.
    { input: 'Hale said he met Roy, who said the levee was safe. “It will hold for decades.”', expected: [['direct', 'It will hold for decades.', 'Roy', 'say']] },
    { input: '“Why now?” On Monday Hale said the levee was weak.', expected: [['direct', 'Why now?', '', ''], ['indirect', 'the levee was weak', 'Hale', 'say']] },
    // An attribute's value in markup left in a text is no quotation.
    { input: 'The mayor said the levee would hold. Watch the video at <a href="http://sarne.example/video">sarne.example</a>.', expected: [['indirect', 'the levee would hold', 'The mayor', 'say']], absent: ['http://sarne.example/video'] },
    // A title after a possessive is a show's, even with a cue after it.
    { input: 'Sunday on Channel 4’s “Sarne Tonight,” Tom Hale said the dam would hold.', expected: [['indirect', 'the dam would hold', 'Tom Hale', 'say']], absent: ['Sarne Tonight,', 'Sunday on Channel 4’s “Sarne Tonight,”'] },
    // After a title noun, "that" and words in lower case open a clause, not a title.
    { input: 'The agency says on its website that “the levee will hold.”', expected: [['direct', 'the levee will hold.', 'The agency', 'say']] },
    // A compound noun that opens with a reporting verb's form is no cue ("think tank").
    { input: '“Prices will fall,” said Ana Ruiz, an economist at a liberal think tank in Lyon. “Not this year, though.”', expected: [['direct', 'Prices will fall,', 'Ana Ruiz', 'say'], ['direct', 'Not this year, though.', 'Ana Ruiz', 'say']], absent: ['tank in Lyon'] },
    { input: 'Ana Ruiz, an economist at a liberal think tank in Lyon, said prices would fall. Rents will rise, according to Tom Hale, an analyst at a think tank in Valmont.', expected: [['indirect', 'prices would fall', 'Ana Ruiz', 'say'], ['indirect', 'Rents will rise', 'Tom Hale', '']] },
    // A second report of the sentence: its subject after an abbreviated honorific, a share the speaker finder names only in part, or after a semicolon.
    { input: 'The utility said it was running out of cash, and Ms. Vidal said the reserves were gone.', expected: [['indirect', 'it was running out of cash', 'The utility', 'say'], ['indirect', 'the reserves were gone', 'Vidal', 'say']] },
    { input: 'Most residents said they were worried about the dam, and more than 4 in 10 said the town should move; 26 percent of farmers say they will stay.', expected: [['indirect', 'they were worried about the dam', 'Most residents', 'say'], ['indirect', 'the town should move', '4 in 10', 'say'], ['indirect', 'they will stay', '26 percent of farmers', 'say']] },
    { input: 'Most residents said they were worried, and 26% of farmers say they will stay.', expected: [['indirect', 'they were worried', 'Most residents', 'say'], ['indirect', 'they will stay', '26% of farmers', 'say']] },
    // Adverbs alone are no subject: the content goes on with its own.
    { input: 'Hale said he hoped to reopen the bridge, and then would warn that the road was closed.', expected: [['indirect', 'he hoped to reopen the bridge, and then would warn that the road was closed', 'Hale', 'say']] },
    // With no cue at all, a few words in title case set on their own are a title, not a reply; a single word with its punctuation is one.
    { input: 'Sirens sounded at dawn. “Get out now” was all the firefighters had time for.', expected: [['direct', 'Get out now', '', '']] },
    { input: 'Five shows about the flood made the list.\n\n“Valley Nights”\n\nA drama about a town under water.\n\n“The Dam”\n\nA documentary. Its director, Anna Berg, said: “We filmed for a year.”\n\n“Never,” the prefect said when asked. “Never.”', expected: [['direct', 'We filmed for a year.', 'Anna Berg', ''], ['direct', 'Never,', 'the prefect', 'say'], ['direct', 'Never.', 'the prefect', 'say']], absent: ['Valley Nights', 'The Dam'] },
    // After a possessive a reporting verb's form is a noun, unless a clause or an infinitive follows, or it is a past participle after an auxiliary clitic ("Berg's called for"); "pledged delegates" is a compound noun.
    { input: 'Hale’s remarks last week angered the farmers. Berg won 300 pledged delegates after contests in Valmont.', expected: [], absent: ['last week angered the farmers', 'delegates after contests in Valmont'] },
    { input: 'Berg’s called for an inquiry into the dam. Hale’s said repeatedly that he would resign.', expected: [['indirect', 'an inquiry into the dam', 'Berg', 'demand'], ['indirect', 'he would resign', 'Hale', 'say']] },
    // A place joins no one.
    { input: 'Storms battered Washington and Tom Hale said the dam would hold.', expected: [['indirect', 'the dam would hold', 'Tom Hale', 'say']] },
    // A noun phrase object ends at its first comma, after which the writer describes it; not a list, examples, or a clause inside the phrase.
    { input: 'Mayor Anna Berg denounced the deal, which would raise water prices by 40 percent. Hale cited the report, the first survey of the dam since 1990.', expected: [['indirect', 'the deal', 'Anna Berg', 'accuse'], ['indirect', 'the report', 'Hale', 'say']] },
    { input: 'Roy condemned the attack on the mill, the arson at the old school, and the looting. Hale condemned the attacks, such as the arson at the mill.', expected: [['indirect', 'the attack on the mill, the arson at the old school, and the looting', 'Roy', 'accuse'], ['indirect', 'the attacks, such as the arson at the mill', 'Hale', 'accuse']] },
    { input: 'Berg praised the police, the firefighters and the volunteers. Hale thanked farmers, engineers, and volunteers. Roy condemned the attacks, including the arson at the mill.', expected: [['indirect', 'the police, the firefighters and the volunteers', 'Berg', 'assert'], ['indirect', 'farmers, engineers, and volunteers', 'Hale', 'say'], ['indirect', 'the attacks, including the arson at the mill', 'Roy', 'accuse']] },
    // The sentence that leads into a quotation starts after an opening phrase; a cue after the quotation speaks before an auxiliary before it; a nickname inside a name is no quotation.
    { input: 'Behind the scenes, Mayor Anna Berg is "calling every farmer," an aide said. The engineer, Paul “Pip” Roy, said the gates were stuck.', expected: [['indirect', 'Mayor Anna Berg is "calling every farmer,"', 'an aide', 'say'], ['direct', 'calling every farmer,', 'an aide', 'say'], ['indirect', 'the gates were stuck', 'Roy', 'say']], absent: ['Pip', 'Behind the scenes, Mayor Anna Berg is "calling every farmer,"'] },
    // A name after a link is the complement of the noun before it: the whole phrase speaks.
    { input: 'The lawyer of Paul Roy said the school would stay closed.', expected: [['indirect', 'the school would stay closed', 'The lawyer of Paul Roy', 'say']] },
    // The outlet spoken to stands between the verb and the name.
    { input: '“The levee will hold,” said to CNN Paul Roy, a resident.', expected: [['direct', 'The levee will hold,', 'Paul Roy', 'say']] },
    // A cue before the quotation keeps it; an agency's credit or a sentence after the dash is no signature.
    { input: 'Readers wrote to us.\n\nLee told the crowd: “We will rebuild.” — AP\n\n“The levee held.” — Tom Hale, the engineer, said later that he disagreed.', expected: [['direct', 'We will rebuild.', 'Lee', 'say'], ['direct', 'The levee held.', 'Lee', '']] },
    // A quotation signed by a dash and a name at the end of its line (testimonies, epigraphs); not a title between dashes, nor a naming verb's quotation before a dash.
    {
      input: 'Readers wrote to us after the flood.\n\n“He represents our greatest shame.” ― Sonya Herridge\n“We will rebuild the levee.” — Tom Hale, a farmer in Valmont.\n\nThe film “The Dam” — Lee Roy directed it — opens on Monday. He called the plan “a disaster” — Paul Roy, the mayor, agreed.',
      expected: [['direct', 'He represents our greatest shame.', 'Sonya Herridge', ''], ['direct', 'We will rebuild the levee.', 'Tom Hale', ''], ['indirect', 'the plan “a disaster”', 'Tom Hale', 'assert'], ['fragment', 'a disaster', 'Tom Hale', 'assert']],
      absent: ['The Dam'],
    },
    // Curly quotes with the speaker after the verb and a title before the name.
    { input: 'The dam gave way on Monday night. “We evacuated three villages,” said Upper Sarne prefect Paul Ferrand.', expected: [['direct', 'We evacuated three villages,', 'Paul Ferrand', 'say']] },
    // "he said" after the quotation, resolved to the speaker named before.
    { input: 'Engineer Thomas Ricard spoke to reporters on Tuesday. "The dam was monitored," he said.', expected: [['direct', 'The dam was monitored,', 'Thomas Ricard', 'say']] },
    // The next quotation goes on with the speaker of the verb before, past a report in a relative clause.
    {
      input: '“The levee will hold,” said Tom Hale, who heard the mayor warn that the dam was weak. “We will stay.”',
      expected: [['direct', 'We will stay.', 'Tom Hale', 'say'], ['indirect', 'the dam was weak', 'the mayor', 'warn']],
      sameTurn: [['The levee will hold,', 'We will stay.']],
    },
    { input: '“The levee will hold,” said Tom Hale, whom the mayor had warned that the dam was weak. “We will stay.”', expected: [['direct', 'We will stay.', 'Tom Hale', 'say']] },
    // What follows a quotation's cue in its sentence ("in a blog post", "pointing to …", "showing off …")
    // only qualifies it: the next quotation goes on with the one before.
    {
      input: '“The dam is safe,” the operator wrote on Monday in a blog post. “Inspections will go on.”',
      expected: [['direct', 'The dam is safe,', 'the operator', 'say'], ['direct', 'Inspections will go on.', 'the operator', 'say']],
      sameTurn: [['The dam is safe,', 'Inspections will go on.']],
    },
    {
      input: '“We need the bridge,” Lee said, pointing to a report that the levee was weak. “We cannot wait.”',
      expected: [['direct', 'We need the bridge,', 'Lee', 'say'], ['indirect', 'a report that the levee was weak', 'Lee', 'say'], ['direct', 'We cannot wait.', 'Lee', 'say']],
      sameTurn: [['We need the bridge,', 'We cannot wait.']],
    },
    // Not a clause with a subject of its own after a conjunction: the next quotation is that speaker's.
    { input: '“The dam is safe,” the mayor said, but engineer Tom Hale warned that it could fail. “It is a relic.”', expected: [['direct', 'The dam is safe,', 'the mayor', 'say'], ['indirect', 'it could fail', 'Tom Hale', 'warn'], ['direct', 'It is a relic.', 'Tom Hale', 'warn']] },
    { input: '“We need the bridge,” Lee said, showing off a map of the valley. “We cannot wait.”', expected: [['direct', 'We need the bridge,', 'Lee', 'say'], ['direct', 'We cannot wait.', 'Lee', 'say']], sameTurn: [['We need the bridge,', 'We cannot wait.']] },
    // A split quotation; a nested single-quoted phrase stays inside.
    { input: '“Somebody shouted ‘run’ and the water kept rising,” Mayor Josiane Perrin said. “Nobody will sleep outside tonight.”', expected: [['direct', 'Somebody shouted ‘run’ and the water kept rising,', 'Josiane Perrin', 'say'], ['direct', 'Nobody will sleep outside tonight.', 'Josiane Perrin', 'say']], absent: ['run'] },
    // A naming verb gives its speaker to the quoted words after its object; a name after "called" is a title.
    { input: 'Mayor Josiane Perrin called the delay “criminal.” The operator runs a hotline called “Sarne Info”.', expected: [['fragment', 'criminal.', 'Josiane Perrin', 'assert']], absent: ['Sarne Info'] },
    // Fragments and titles: a show's name is no quotation.
    { input: 'Interior Minister Marc Delaunay denounced the operator’s “gross negligence” on the show “Morning Sarne”.', expected: [['fragment', 'gross negligence', 'Marc Delaunay', 'accuse']], absent: ['Morning Sarne'] },
    // Indirect speech: "said (that)", "according to", "told".
    { input: 'Prefect Paul Ferrand said the water would start to recede on Thursday.', expected: [['indirect', 'the water would start to recede on Thursday', 'Paul Ferrand', 'say']] },
    { input: 'The operator Sarelec said that two sluice gates were stuck.', expected: [['indirect', 'two sluice gates were stuck', 'Sarelec', 'say']] },
    { input: 'About 1,200 people were evacuated, according to the prefecture.', expected: [['indirect', 'About 1,200 people were evacuated', 'the prefecture', '']] },
    { input: 'According to the prefecture, four people died, according to a statement released on Tuesday.', expected: [['indirect', 'four people died', 'the prefecture', '']], absent: ['According to the prefecture, four people died'] },
    // A noun phrase after a source inside the sentence describes the source; after an opening adjunct, the clause is the content.
    {
      input: 'The levee was built in 1950 and has not been repaired since, according to Tom Hale, an engineer at the Sarne institute. At noon, according to the prefecture, the water started to recede.',
      expected: [['indirect', 'The levee was built in 1950 and has not been repaired since', 'Tom Hale', ''], ['indirect', 'the water started to recede', 'the prefecture', '']],
      absent: ['an engineer at the Sarne institute'],
    },
    { input: 'Two regional officials told Reuters that the operator knew about the cracks.', expected: [['indirect', 'the operator knew about the cracks', 'Two regional officials', 'say']], channel: 'Reuters' },
    // Denials and confirmations.
    { input: 'Sarelec denied that the gates had been neglected.', expected: [['indirect', 'the gates had been neglected', 'Sarelec', 'deny']] },
    // A relative pronoun: "who said".
    { input: 'The warning came from Thomas Ricard, who said the spillway was too narrow.', expected: [['indirect', 'the spillway was too narrow', 'Thomas Ricard', 'say']] },
    // A bare clause that opens on a plain noun or quantifier, after a day name.
    { input: 'Prefect Paul Ferrand said Tuesday residents misunderstood the warning.', expected: [['indirect', 'residents misunderstood the warning', 'Paul Ferrand', 'say']] },
    // An apposition between the subject and the verb; the writer's clause after ", adding" is not content.
    { input: 'Thomas Ricard of Valmont, a former dam engineer, said none of the gauges had been checked, adding that the operator knew.', expected: [['indirect', 'none of the gauges had been checked', 'Thomas Ricard', 'say'], ['indirect', 'the operator knew', 'Thomas Ricard', 'say']] },
    // A cue between two commas inside the sentence: the content is the sentence around it.
    { input: 'Many of the gauges, Thomas Ricard said, had not been read for a year.', expected: [['indirect', 'Many of the gauges', 'Thomas Ricard', 'say'], ['indirect', 'had not been read for a year', 'Thomas Ricard', 'say']] },
    { input: 'Engineer Thomas Ricard spoke first.\n\nStill, Mr. Ricard said, the spillway held.', expected: [['indirect', 'the spillway held', 'Thomas Ricard', 'say']] },
    // A subordinate clause after the incise goes on with the sentence's clause; a participle's ("when asked") tells of the speaker.
    { input: 'The levee will hold, Thomas Ricard said, because the spillway was rebuilt. The dam held, Anna Berg said, when asked about the flood.', expected: [['indirect', 'The levee will hold', 'Thomas Ricard', 'say'], ['indirect', 'because the spillway was rebuilt', 'Thomas Ricard', 'say'], ['indirect', 'The dam held', 'Anna Berg', 'say']], absent: ['when asked about the flood'] },
    // A tail mostly quoted after an unquoted head mixes the writer's words and the quotation: both pieces are content.
    { input: 'Repair costs, Thomas Ricard added, were “based on a prototype dam.”', expected: [['indirect', 'Repair costs', 'Thomas Ricard', 'say'], ['indirect', 'were “based on a prototype dam.”', 'Thomas Ricard', 'say'], ['direct', 'based on a prototype dam.', 'Thomas Ricard', 'say']] },
    // A name after the verb followed by its apposition is no incise.
    { input: 'The spillway was too narrow, said Anna Berg, a hydrologist at the Sarne institute.', expected: [['indirect', 'The spillway was too narrow', 'Anna Berg', 'say']] },
    // Brackets, an age, or a title without article between the name and the verb.
    { input: 'Sen. Josiane Perrin (D-Sarne) said that the operator had lied.', expected: [['indirect', 'the operator had lied', 'Josiane Perrin', 'say']] },
    { input: 'Paul Ferrand, 61, said he had never seen the river so high.', expected: [['indirect', 'he had never seen the river so high', 'Paul Ferrand', 'say']] },
    { input: 'Anna Berg, director of the Sarne institute, said the gauges were broken.', expected: [['indirect', 'the gauges were broken', 'Anna Berg', 'say']] },
    // A share of people polled; a plain coordinated phrase in an incise.
    { input: 'Asked about the dam, 42% say they want it rebuilt.', expected: [['indirect', 'they want it rebuilt', '42%', 'say']] },
    { input: 'The cost of the repairs, engineers and inspectors say, is unknown.', expected: [['indirect', 'The cost of the repairs', 'engineers and inspectors', 'say'], ['indirect', 'is unknown', 'engineers and inspectors', 'say']] },
    // A relative after a plain noun phrase; a preposition and a day before the clause.
    { input: 'The last call came from a farmer, who said the water was rising.', expected: [['indirect', 'the water was rising', 'a farmer', 'say']] },
    { input: 'Prefect Paul Ferrand said on Friday the road would reopen.', expected: [['indirect', 'the road would reopen', 'Paul Ferrand', 'say']] },
    // A dash parenthesis typed as two hyphens.
    { input: 'Mayor Josiane Perrin -- who has led the town since 2014 -- said she regretted the delay.', expected: [['indirect', 'she regretted the delay', 'Josiane Perrin', 'say']] },
    // A verb after "and" speaks for the subject of the sentence.
    { input: 'Sarelec praised the rescuers and said the gates would be replaced.', expected: [['indirect', 'the gates would be replaced', 'Sarelec', 'say']] },
    { input: 'Sarelec admitted that a gate had failed, but said the others were sound.', expected: [['indirect', 'a gate had failed', 'Sarelec', 'confirm'], ['indirect', 'the others were sound', 'Sarelec', 'say']] },
    // A source preposition opening the sentence with a long complement; a source whose noun looks like a verb.
    { input: 'According to a survey from the Sarne institute, most residents want to leave.', expected: [['indirect', 'most residents want to leave', 'a survey from the Sarne institute', '']] },
    { input: 'The gates were never tested, according to an inspection report.', expected: [['indirect', 'The gates were never tested', 'an inspection report', '']] },
    // A source named by a bare noun phrase; the content stops before ", but".
    { input: 'The spillway was too narrow, according to state inspection records.', expected: [['indirect', 'The spillway was too narrow', 'state inspection records', '']] },
    { input: 'Paul Ferrand said the levee would hold, but engineers were less sure.', expected: [['indirect', 'the levee would hold', 'Paul Ferrand', 'say']] },
    // A quotation that ends its sentence is not attributed by the next paragraph's verb.
    { input: 'The dam gave way on Monday.\n\n“The gates are stuck,” Thomas Ricard told reporters. “Nobody listened.”\n\nMayor Josiane Perrin said the town would sue.', expected: [['direct', 'The gates are stuck,', 'Thomas Ricard', 'say'], ['direct', 'Nobody listened.', 'Thomas Ricard', 'say'], ['indirect', 'the town would sue', 'Josiane Perrin', 'say']] },
    // An infinitive or a question reported as content, its marker kept; the person urged is part of it.
    { input: 'Mayor Josiane Perrin urged residents to stay away from the river.', expected: [['indirect', 'residents to stay away from the river', 'Josiane Perrin', 'demand']] },
    { input: 'Reporters asked Thomas Ricard whether the gates had been tested.', expected: [['indirect', 'whether the gates had been tested', 'Reporters', 'say']] },
    // The person warned ends before a clause of its own: no question opens after it.
    { input: 'The mayor warned residents the water might rise if the rain continued.', expected: [], absent: ['if the rain continued'] },
    // The person asked may be a noun phrase of several words before the question.
    { input: 'During a visit on Monday, the Herald asked the Upper Sarne dam operator if the levee had been inspected.', expected: [['indirect', 'if the levee had been inspected', 'Herald', 'say']] },
    // Two reports in one sentence: after a relative clause, and after "and".
    { input: 'Thomas Ricard, who said he had warned the operator, said the dam was never inspected.', expected: [['indirect', 'he had warned the operator', 'Thomas Ricard', 'say'], ['indirect', 'the dam was never inspected', 'Thomas Ricard', 'say']] },
    { input: 'Paul Ferrand said the road was closed and said that it would reopen on Friday.', expected: [['indirect', 'the road was closed', 'Paul Ferrand', 'say'], ['indirect', 'it would reopen on Friday', 'Paul Ferrand', 'say']] },
    // The subject before a parenthesis between dashes speaks, not the clause after the verb.
    { input: 'The mayor -- not the governor -- said the dam broke.', expected: [['indirect', 'the dam broke', 'The mayor', 'say']] },
    { input: 'Mayor Luc Girard — who toured the site on Monday — said the dam broke.', expected: [['indirect', 'the dam broke', 'Luc Girard', 'say']] },
    // "whose" opens a relative parenthesis.
    { input: 'Sanders, whose sole win came in the north, said the race was close.', expected: [['indirect', 'the race was close', 'Sanders', 'say']] },
    // After a quotation, a verb whose subject follows the closing mark speaks, not a source that ends the sentence.
    { input: '“The levee will hold,” Prefect Paul Ferrand said at the end of the meeting, according to Valmont Radio.', expected: [['direct', 'The levee will hold,', 'Paul Ferrand', 'say'], ['indirect', '“The levee will hold,” Prefect Paul Ferrand said at the end of the meeting', 'Valmont Radio', '']] },
    // After a one-word object that is a name or a pronoun, the venue is trimmed too (not "violence at his rallies");
    // so is a time phrase of two words at the end, but not after a preposition or a participle.
    { input: 'Mayor Luc Girard thanked Ferrand at a rally in Valmont.', expected: [['indirect', 'Ferrand', 'Luc Girard', 'say']] },
    { input: 'The candidate condemned violence at his rallies.', expected: [['indirect', 'violence at his rallies', 'The candidate', 'accuse']] },
    { input: 'Hydrosarne confirmed its results for last year.', expected: [['indirect', 'its results for last year', 'Hydrosarne', 'confirm']] },
    { input: 'Prefect Paul Ferrand praised Girard last week.', expected: [['indirect', 'Girard', 'Paul Ferrand', 'assert']] },
    // Read-through cases: an inverted speaker with a trailing participle, "but" meaning "except", "No 10", a relative
    // after the name, a time phrase before "that", a gerund that belongs to the object, "whose" opening a question.
    { input: 'The mayor knew, said the residents affected.', expected: [['indirect', 'The mayor knew', 'the residents affected', 'say']] },
    { input: 'The engineer said nobody but the mayor knew the dam was cracked.', expected: [['indirect', 'nobody but the mayor knew the dam was cracked', 'The engineer', 'say']] },
    { input: 'No 10 said the prime minister would attend the summit.', expected: [['indirect', 'the prime minister would attend the summit', 'No 10', 'say']], negated: [] },
    { input: '“The levee will hold,” Mayor Luc Girard, who denied the reports, said.', expected: [['direct', 'The levee will hold,', 'Luc Girard', 'say']] },
    { input: 'The ministry denied this morning that the dam had broken.', expected: [['indirect', 'the dam had broken', 'The ministry', 'deny']] },
    { input: 'The ministry banned officials from saying that the dam was unsafe.', expected: [], absent: ['the dam was unsafe'] },
    { input: 'Police did not say who was driving.', expected: [['indirect', 'who was driving', 'Police', 'say']], negated: ['who was driving'] },
    // "It" stands for the body that spoke just before, never for a person; else it stays "It".
    { input: '“The current is strong,” said Colonel Marc Lenoir. The operator, the company Hydrosarne, spoke of a situation under control. It did not say what caused the failure.', expected: [['indirect', 'what caused the failure', 'Hydrosarne', 'say']], negated: ['what caused the failure'] },
    { input: 'Valmont mayor Luc Girard, whose town was flooded, said the levee would fail.', expected: [['indirect', 'the levee would fail', 'Luc Girard', 'say']] },
    { input: 'The mayor said the company had all but admitted that the dam was weak.', expected: [['indirect', 'the company had all but admitted that the dam was weak', 'The mayor', 'say']] },
    { input: 'It was something the minister said which angered the unions.', expected: [], absent: ['which angered the unions'] },
    { input: 'Hydrosarne said the dam was safe. The ministry said the dam was unsafe. It said the operator would pay.', expected: [['indirect', 'the operator would pay', 'It', 'say']] },
    // The subject of a passive cue is told, asked or spoken of: no speaker. Not a progressive ("is
    // considering") nor a state of mind ("is worried that").
    { input: 'The company Hydrosarne said the dam was safe. It is said that the dam was weak.', expected: [['indirect', 'the dam was weak', '', 'say']] },
    { input: 'Mayor Paul Roy arrived early. He was told that the dam had failed.', expected: [['indirect', 'the dam had failed', '', 'say']] },
    { input: 'Some were told that the dam had failed.', expected: [['indirect', 'the dam had failed', '', 'say']] },
    { input: 'Paul Roy has been saying that the dam is safe.', expected: [['indirect', 'the dam is safe', 'Paul Roy', 'say']] },
    // A contracted auxiliary and "being" make a passive too.
    { input: "Mayor Paul Roy wasn't told that the dam had failed.", expected: [['indirect', 'the dam had failed', '', 'say']], negated: ['the dam had failed'] },
    { input: 'Mayor Paul Roy is being told that the dam had failed.', expected: [['indirect', 'the dam had failed', '', 'say']] },
    { input: 'The council met on Monday, after being warned that the dam would fail.', expected: [['indirect', 'the dam would fail', '', 'warn']] },
    // The agent of a passive speaks; words that hold the agent are no content.
    { input: 'It was announced by the ministry on Monday that work would resume.', expected: [['indirect', 'work would resume', 'the ministry', 'say']] },
    { input: 'The plan was welcomed by Mayor Paul Roy as “a first step”.', expected: [['fragment', 'a first step', 'Paul Roy', 'assert']] },
    { input: 'The plan was described as “reckless” by Mayor Paul Roy.', expected: [['fragment', 'reckless', 'Paul Roy', 'say']] },
    // Who was asked answers next; the agent ends before the question; a day is no agent.
    { input: 'Mayor Paul Roy was asked by engineer Tom Hale whether the dam had failed. “It held,” he said.', expected: [['indirect', 'whether the dam had failed', 'Tom Hale', 'say'], ['direct', 'It held,', 'Paul Roy', 'say']] },
    { input: 'Roy was asked by a caller why the dam had failed.', expected: [['indirect', 'why the dam had failed', 'a caller', 'say']] },
    { input: 'It was announced by Friday that the dam was safe.', expected: [['indirect', 'the dam was safe', '', 'say']] },
    { input: 'The ministry is worried that the dam could fail.', expected: [['indirect', 'the dam could fail', 'The ministry', 'warn']] },
    // A quotation typed with two apostrophes closes as one mark before the writer's participle.
    { input: "Roy told investors that the fears were ''overblown,'' adding that the dam had ''significant upside.''", expected: [['indirect', "the fears were ''overblown,''", 'Roy', 'say'], ['fragment', 'overblown,', 'Roy', 'say'], ['indirect', "the dam had ''significant upside.''", 'Roy', 'say'], ['fragment', 'significant upside.', 'Roy', 'say']] },
    // "but" with no subject of its own goes on with the content; not before a reporting verb or a
    // new subject, nor after an object.
    { input: 'Mayor Paul Roy said the dam was weak, but would hold until spring.', expected: [['indirect', 'the dam was weak, but would hold until spring', 'Paul Roy', 'say']] },
    { input: 'Mayor Paul Roy said the dam was weak, but not the levee.', expected: [['indirect', 'the dam was weak, but not the levee', 'Paul Roy', 'say']] },
    { input: 'Mayor Paul Roy said the dam was weak, but declined to say when it would fail.', expected: [['indirect', 'the dam was weak', 'Paul Roy', 'say'], ['indirect', 'to say when it would fail', 'Paul Roy', 'say']], negated: ['to say when it would fail'] },
    { input: 'Mayor Paul Roy said the dam was weak, but ultimately the council decided to keep it.', expected: [['indirect', 'the dam was weak', 'Paul Roy', 'say']] },
    { input: 'Mayor Paul Roy praised the plan, but would not vote for it.', expected: [['indirect', 'the plan', 'Paul Roy', 'assert']] },
    { input: 'Mayor Paul Roy said the dam was weak, but then officials announced a new round of repairs.', expected: [['indirect', 'the dam was weak', 'Paul Roy', 'say'], ['indirect', 'a new round of repairs', 'officials', 'say']] },
    { input: 'The councillors have all said that the dam would fail.', expected: [['indirect', 'the dam would fail', 'The councillors', 'say']] },
    // A quotation that opens a sentence with no cue goes on with the sentence before it, past a cue in a subordinate clause.
    { input: '“The gates will hold,” spokesman Ron Lee told the Journal in July, after the mayor spoke. “These gates are new.”', expected: [['direct', 'The gates will hold,', 'Ron Lee', 'say'], ['direct', 'These gates are new.', 'Ron Lee', 'say']] },
    // A subordinating word right before the subject needs no comma.
    { input: '“The gates will hold,” Ron Lee said after the mayor spoke. “These gates are new.”', expected: [['direct', 'The gates will hold,', 'Ron Lee', 'say'], ['direct', 'These gates are new.', 'Ron Lee', 'say']] },
    { input: '“The gates will hold,” Ron Lee told reporters before Anne Roy announced the vote. “These gates are new.”', expected: [['direct', 'The gates will hold,', 'Ron Lee', 'say'], ['direct', 'These gates are new.', 'Ron Lee', 'say']] },
    // A quotation and its cue between dashes end the content before them.
    { input: 'Mayor Ann Bell said the levee - "a relic," Lee said - would fail within a week.', expected: [['indirect', 'the levee - "a relic," Lee said - would fail within a week', 'Ann Bell', 'say'], ['direct', 'a relic,', 'Lee', 'say']] },
    { input: 'Mayor Anne Roy suggested that the plan was weak - "We need details," she said - and warned that the dam would fail.', expected: [['indirect', 'the plan was weak', 'Anne Roy', 'assert'], ['direct', 'We need details,', 'Anne Roy', 'say'], ['indirect', 'the dam would fail', 'Anne Roy', 'warn']] },
    // After a noun, a "that" followed by a verb opens a relative clause, not the content.
    { input: 'Mayor Paul Roy emailed a memo that outlined the repairs.', expected: [['indirect', 'a memo that outlined the repairs', 'Paul Roy', 'say']] },
    // Manners of speaking and hints are reporting verbs too.
    { input: '“Open the gates!” shouted Mayor Paul Roy.', expected: [['direct', 'Open the gates!', 'Paul Roy', 'say']] },
    { input: 'Mayor Paul Roy hinted that the dam would be closed.', expected: [['indirect', 'the dam would be closed', 'Paul Roy', 'assert']] },
    { input: 'Engineer Tom Hale speculated that the dam had cracked in the night.', expected: [['indirect', 'the dam had cracked in the night', 'Tom Hale', 'estimate']] },
    // A participle after a message speaks for its sender.
    { input: 'The town council released a statement Wednesday saying the dam was safe.', expected: [['indirect', 'the dam was safe', 'The town council', 'say']] },
    // Adverbs of one or more words between the subject and the verb.
    { input: 'Mayor Paul Roy at the time said the dam would hold.', expected: [['indirect', 'the dam would hold', 'Paul Roy', 'say']] },
    { input: 'Mayor Paul Roy last week said the dam would hold.', expected: [['indirect', 'the dam would hold', 'Paul Roy', 'say']] },
    { input: 'The engineers have long insisted the dam was weak.', expected: [['indirect', 'the dam was weak', 'The engineers', 'assert']] },
    // A possessive inside the phrase that says where the speaker spoke.
    { input: 'Roy said during this week’s council debate that the dam was safe.', expected: [['indirect', 'the dam was safe', 'Roy', 'say']] },
    { input: 'Residents whose homes were flooded said the warning came too late.', expected: [['indirect', 'the warning came too late', 'Residents', 'say']] },
    { input: 'Turnout was low, which is unusual, said a spokesman for the commission.', expected: [['indirect', 'Turnout was low, which is unusual', 'a spokesman for the commission', 'say']] },
    { input: 'Officials said they had evacuated everyone but warned that the river was still rising.', expected: [['indirect', 'they had evacuated everyone', 'Officials', 'say'], ['indirect', 'the river was still rising', 'Officials', 'warn']] },
    // A refusal governs the reporting verb and joins its cue: the subject before it speaks, and did not say it.
    { input: 'The spokesman declined to say whether the dam was inspected.', expected: [['indirect', 'whether the dam was inspected', 'The spokesman', 'say']], negated: ['whether the dam was inspected'] },
    { input: 'The company has refused to confirm the figures.', expected: [['indirect', 'the figures', 'The company', 'confirm']], negated: ['the figures'] },
    // A name between commas right before its verb is in apposition to the subject, which is no content.
    { input: "Hydrosarne's lawyer, Marc Petit, also commented.", expected: [], absent: ["Hydrosarne's lawyer"] },
    // Review of the governors: one who declines to comment reports nothing before, and is not who "he" stands for
    // later; only a reporting verb's infinitive is governed; a relative on the person told is no content.
    { input: 'Investors sued Acme, which declined to comment.', expected: [['indirect', 'to comment', 'Acme', 'say']], absent: ['Investors sued Acme'], negated: ['to comment'] },
    { input: 'The union refused to continue the talks after the strike.', expected: [], absent: ['the talks after the strike'] },
    { input: 'Mayor Tom Hale toured the levee on Monday. His deputy, Paul Roy, declined to comment. “We were lucky,” he said.', expected: [['indirect', 'to comment', 'Paul Roy', 'say'], ['direct', 'We were lucky,', 'Tom Hale', 'say']], negated: ['to comment'] },
    { input: 'Acme will cut 200 jobs, the union told Tom Hale, who was at the meeting.', expected: [['indirect', 'Acme will cut 200 jobs', 'the union', 'say']], absent: ['who was at the meeting'] },
    { input: "The report is flawed, the ministry's spokesman, Tom Hale, said Monday.", expected: [['indirect', 'The report is flawed', 'Tom Hale', 'say']] },
    { input: 'Lewandowski declined to comment on the data program.', expected: [['indirect', 'the data program', 'Lewandowski', 'say']], negated: ['the data program'] },
    // A colon gives the phrase before it, the one who relays or reads included ("Mayor Tom Hale read the statement of
    // the ministry:" is the ministry's statement).
    { input: 'Here is the statement of the ministry: “The dam held.”', expected: [['direct', 'The dam held.', 'the statement of the ministry', '']] },
    { input: 'Mayor Tom Hale read the statement of the ministry: “The dam is safe.”', expected: [['direct', 'The dam is safe.', 'the statement of the ministry', '']] },
    // A name after a link is the complement of the speaker's noun, not the speaker.
    { input: '“The levee will hold,” said a resident of Valmont.', expected: [['direct', 'The levee will hold,', 'a resident of Valmont', 'say']] },
    // A report in the writer's clause is no relayed speech: the agency keeps the whole.
    { input: 'Acme cut 300 jobs in May, weeks after its chief executive said the plant was safe, according to Reuters.', expected: [['indirect', 'Acme cut 300 jobs in May, weeks after its chief executive said the plant was safe', 'Reuters', '']] },
    // Second review: the sentence subject a pronoun may stand for is not an object, a possessor, a subject inside
    // reported words or one who declined to speak; an opening phrase before an apposed name is no content.
    { input: '“The dam held,” said Paul Roy. Roy met Dr. Anne Berg on Monday. “We will rebuild,” he said.', expected: [['direct', 'We will rebuild,', 'Paul Roy', 'say']] },
    { input: '“The water rose fast,” said Anne Berg. Dr. Paul Roy’s house was flooded. “We lost everything,” she said.', expected: [['direct', 'We lost everything,', 'Anne Berg', 'say']] },
    { input: 'Paul Roy said the dam was safe. Dr. Anne Berg, he said, inspected it. “We were lucky,” he added.', expected: [['direct', 'We were lucky,', 'Paul Roy', 'say']] },
    { input: 'Paul Roy, the mayor, declined to elaborate on the plan. “We will rebuild,” he said.', expected: [['indirect', 'to elaborate on the plan', 'Paul Roy', 'say'], ['direct', 'We will rebuild,', 'Paul Roy', 'say']], negated: ['to elaborate on the plan'] },
    { input: 'Hours after the dam broke, the mayor, Tom Hale, responded.', expected: [], absent: ['Hours after the dam broke'] },
    // Third review: an opening phrase is no content, a clause with a preposition is; a promise needs a clause.
    { input: 'Work on the dam will resume next week, the mayor, Tom Hale, said.', expected: [['indirect', 'Work on the dam will resume next week', 'Tom Hale', 'say']] },
    { input: 'Early on Sunday, after the dam broke, the mayor, Tom Hale, commented.', expected: [], absent: ['Early on Sunday, after the dam broke'] },
    // (The refusal reports what was refused, with its complement.)
    { input: 'The players refused to pledge allegiance to the new flag.', expected: [['indirect', 'to pledge allegiance to the new flag', 'The players', 'assert']], negated: ['to pledge allegiance to the new flag'], absent: ['allegiance to the new flag'] },
    { input: 'The candidate again refused to pledge to release his tax returns.', expected: [['indirect', 'to release his tax returns', 'The candidate', 'assert']], negated: ['to release his tax returns'] },
    // An agency credited after a report relays it: it is the speaker's channel, not a speaker wrapping the report.
    { input: 'The dam was weak, two officials said, according to AFP.', expected: [['indirect', 'The dam was weak', 'two officials', 'say']], channel: 'AFP', absent: ['The dam was weak, two officials said'] },
    { input: '“The dam will hold,” Ambassador Jean Roy said at the meeting, according to Reuters.', expected: [['direct', 'The dam will hold,', 'Jean Roy', 'say']], channel: 'Reuters', absent: ['“The dam will hold,” Ambassador Jean Roy said at the meeting'] },
    // A pronoun agrees with the gender the article gives a person ("Mrs.", "Mr.", "spokeswoman"), and a person who is the
    // subject of a sentence since the last speaker is its antecedent.
    { input: 'Mrs. Ann Lee said the dam would hold. Mr. Paul Roy said it would fail. “We need the truth,” she said.', expected: [['direct', 'We need the truth,', 'Ann Lee', 'say']] },
    { input: 'Mayor Ann Lee said the dam would hold. Down by the river, baker Paul Roy was watching the water. “We will rebuild,” he said.', expected: [['direct', 'We will rebuild,', 'Paul Roy', 'say']] },
    // "she" is the person who last spoke, even with a verb that reported nothing.
    { input: 'Prefect Paul Ferrand said the dam would hold. Mayor Anna Berg expects answers. “We need the truth,” she said.', expected: [['indirect', 'the dam would hold', 'Paul Ferrand', 'say'], ['direct', 'We need the truth,', 'Anna Berg', 'say']] },
    { input: 'In Valmont, the mayor -- not the governor -- said the dam broke.', expected: [['indirect', 'the dam broke', 'the mayor', 'say']] },
    { input: 'The water rose fast -- faster than anyone expected -- said Paul Ferrand.', expected: [], absent: ['Paul Ferrand'] },
    // A gerund after a preposition speaks for the subject of its clause.
    { input: 'Mayor Luc Girard opened the meeting by warning that the levee could fail.', expected: [['indirect', 'the levee could fail', 'Luc Girard', 'warn']] },
    // After an object verb, "that" behind a noun phrase opens its relative: the object holds it (not after the person told).
    { input: 'Mayor Luc Girard rejected the notion that the levee was neglected.', expected: [['indirect', 'the notion that the levee was neglected', 'Luc Girard', 'deny']] },
    { input: 'Prefect Paul Ferrand welcomed a plan that would raise the levee by two meters.', expected: [['indirect', 'a plan that would raise the levee by two meters', 'Paul Ferrand', 'assert']] },
    { input: 'Prefect Paul Ferrand told the council that the levee would hold.', expected: [['indirect', 'the levee would hold', 'Paul Ferrand', 'say']] },
    // A second reporting verb after "but" or "and", a naming one included, is a second report of the same speaker.
    { input: 'Paul Ferrand says he respects the engineers but argues that the gates failed.', expected: [['indirect', 'he respects the engineers', 'Paul Ferrand', 'say'], ['indirect', 'the gates failed', 'Paul Ferrand', 'assert']] },
    { input: 'Mayor Luc Girard said he trusted the engineers and called the spillway a disgrace.', expected: [['indirect', 'he trusted the engineers', 'Luc Girard', 'say'], ['indirect', 'the spillway a disgrace', 'Luc Girard', 'assert']] },
    // The person told is a whole noun phrase: what follows it is the content, or nothing.
    { input: 'Thomas Ricard told the county board the dam was never inspected.', expected: [['indirect', 'the dam was never inspected', 'Thomas Ricard', 'say']] },
    { input: '“The gates are stuck,” Thomas Ricard told a Senate panel Wednesday.', expected: [['direct', 'The gates are stuck,', 'Thomas Ricard', 'say']] },
    // The person told, with a role word before the name.
    { input: 'Thomas Ricard told host Anna Berg the dam was never inspected.', expected: [['indirect', 'the dam was never inspected', 'Thomas Ricard', 'say']] },
    // An outlet told whose name holds a word that is also a verb ("Post"), or that opens with "The".
    { input: 'Thomas Ricard told The Valley Post on Monday that the dam was never inspected.', expected: [['indirect', 'the dam was never inspected', 'Thomas Ricard', 'say']] },
    { input: 'Thomas Ricard told The Gazette of Millbrook last week he had warned the operator.', expected: [['indirect', 'he had warned the operator', 'Thomas Ricard', 'say']] },
    // An object pronoun after a source preposition is resolved like a subject one.
    { input: 'Engineer Thomas Ricard visited the dam on Monday. The spillway was too narrow, according to him.', expected: [['indirect', 'The spillway was too narrow', 'Thomas Ricard', '']] },
    // A name, a colon and what they said, as headlines and interviews write it.
    { input: 'The levee held on Tuesday. Mayor Josiane Perrin: the town will rebuild the levee before winter.', expected: [['indirect', 'the town will rebuild the levee before winter', 'Josiane Perrin', '']] },
    // A quotation the sentence goes on after opens the content and stays in it.
    { input: 'Paul Ferrand said "the levee will hold" if the rain stops.', expected: [['indirect', '"the levee will hold" if the rain stops', 'Paul Ferrand', 'say'], ['direct', 'the levee will hold', 'Paul Ferrand', 'say']] },
    // A scare-quoted phrase inside the clause after the verb: the clause is the content, as PolNeAR annotates it.
    { input: 'Mayor Josiane Perrin accused the operator of “gross negligence” in its reports.', expected: [['indirect', 'the operator of “gross negligence” in its reports', 'Josiane Perrin', 'accuse'], ['fragment', 'gross negligence', 'Josiane Perrin', 'accuse']] },
    { input: 'Thomas Ricard has said that “a small leak” can empty the reservoir.', expected: [['indirect', '“a small leak” can empty the reservoir', 'Thomas Ricard', 'say']] },
    // A reported question: after "asked" any interrogative opens it; with no asker named, it has no speaker; opening the sentence, it ends at its comma.
    { input: 'Mayor Josiane Perrin asked what the operator had done with the warnings.', expected: [['indirect', 'what the operator had done with the warnings', 'Josiane Perrin', 'say']] },
    { input: 'When asked if he would resign, Thomas Ricard said no.', expected: [['indirect', 'if he would resign', '', 'say']], absent: ['When asked if he would resign'] },
    // A share of people polled, in words; a quantifier before the verb is no determiner of a noun.
    { input: 'Two in three said they would leave the valley.', expected: [['indirect', 'they would leave the valley', 'Two in three', 'say']] },
    // A day with a possessive opens the clause; an adjunct before a pronoun's clause is skipped.
    { input: 'Anna Berg said Monday’s decision came too late.', expected: [['indirect', 'Monday’s decision came too late', 'Anna Berg', 'say']] },
    { input: 'The operator Sarelec said in a statement Thursday night it had opened the gates.', expected: [['indirect', 'it had opened the gates', 'Sarelec', 'say']] },
    // A verb after "and" speaks for the sentence's subject, a name or a pronoun.
    { input: 'Thomas Ricard toured the dam and said the spillway would fail.', expected: [['indirect', 'the spillway would fail', 'Thomas Ricard', 'say']] },
    { input: 'Engineer Thomas Ricard arrived first. He toured the dam and said the spillway would fail.', expected: [['indirect', 'the spillway would fail', 'Thomas Ricard', 'say']] },
    // The subject of a verb is the antecedent of a relative clause before it, not the clause's object.
    { input: 'Voters who backed Thomas Ricard say the levee must be rebuilt.', expected: [['indirect', 'the levee must be rebuilt', 'Voters', 'say']] },
    // A bracket and an apposition between the name and the verb; a verb after a comma and "then".
    { input: 'Sen. Josiane Perrin (D-Sarne), a former engineer, said the gates were stuck.', expected: [['indirect', 'the gates were stuck', 'Josiane Perrin', 'say']] },
    { input: 'Thomas Ricard visited the dam on Monday, then says the gates were stuck.', expected: [['indirect', 'the gates were stuck', 'Thomas Ricard', 'say']] },
    // A gerund subject opens a bare clause; a title before the name of a final incise is the speaker's.
    { input: 'Mayor Josiane Perrin said having the army on site is a relief.', expected: [['indirect', 'having the army on site is a relief', 'Josiane Perrin', 'say']] },
    { input: 'The gates were stuck for a week, Ms. Perrin said.', expected: [['indirect', 'The gates were stuck for a week', 'Perrin', 'say']] },
    // A verb after "and" in a clause of its own speaks for that clause's subject.
    { input: 'The crowd cheered, and when Thomas Ricard thanked Valmont and said the levee would hold, nobody left.', expected: [['indirect', 'the levee would hold', 'Thomas Ricard', 'say']] },
    // Verbs whose object is what they report (denials, accusations, demands, speech acts); not a recipient warned.
    { input: 'Sarelec denied the allegations of negligence.', expected: [['indirect', 'the allegations of negligence', 'Sarelec', 'deny']] },
    { input: 'Mayor Josiane Perrin praised the rescuers for their courage.', expected: [['indirect', 'the rescuers for their courage', 'Josiane Perrin', 'assert']] },
    { input: 'Sarelec called for an independent inquiry into the failure.', expected: [['indirect', 'an independent inquiry into the failure', 'Sarelec', 'demand']] },
    // After an object, "and" and a reporting verb (past adverbs, or a participle) is the speaker's next report; a gerund goes on with one in the object.
    { input: 'The mayor criticized the operator’s delay and even called for an independent inquiry.', expected: [['indirect', 'the operator’s delay', 'The mayor', 'accuse'], ['indirect', 'an independent inquiry', 'The mayor', 'demand']] },
    { input: 'Hale spoke for an hour, criticizing the operator’s delay and calling for an independent inquiry.', expected: [['indirect', 'the operator’s delay', 'Hale', 'accuse'], ['indirect', 'an independent inquiry', 'Hale', 'demand']] },
    { input: 'Hale blamed the operator for ignoring the cracks and delaying the repairs.', expected: [['indirect', 'the operator for ignoring the cracks and delaying the repairs', 'Hale', 'accuse']] },
    { input: 'Thomas Ricard cited a study from the Sarne institute.', expected: [['indirect', 'a study from the Sarne institute', 'Thomas Ricard', 'say']] },
    { input: 'Anna Berg warned residents on Monday.', expected: [], absent: ['residents on Monday'] },
    // A naming verb reports its object; after a plain noun it is a participle that names.
    { input: 'Mayor Josiane Perrin called the delay a disgrace. A hotline called Sarne Info opened.', expected: [['indirect', 'the delay a disgrace', 'Josiane Perrin', 'assert']], absent: ['Sarne Info opened'] },
    // A preposition that ends like a participle is no writer's clause ("…, including").
    { input: 'Thomas Ricard said several homes were lost, including the old mill.', expected: [['indirect', 'several homes were lost, including the old mill', 'Thomas Ricard', 'say']] },
    // The sentence leading into a quotation whose cue follows it is part of the reported words.
    { input: 'The levee is "holding better than anyone hoped," said Anna Berg.', expected: [['indirect', 'The levee is "holding better than anyone hoped,"', 'Anna Berg', 'say'], ['direct', 'holding better than anyone hoped,', 'Anna Berg', 'say']] },
    // An infinitive that opens with a quotation; a straight opening mark does not end the speaker after the verb.
    { input: 'Thomas Ricard vowed to "rebuild every house" before winter.', expected: [['indirect', 'to "rebuild every house" before winter', 'Thomas Ricard', 'assert']] },
    { input: 'Anna Berg, a hydrologist, said the flood was a "warning" to every valley town.', expected: [['indirect', 'the flood was a "warning" to every valley town', 'Anna Berg', 'say']] },
    // A parenthesis opened by a preposition between the subject and the verb; an incise followed by "but" carries the clause on.
    { input: 'Local engineers, like their colleagues upstream, say the spillway is too narrow.', expected: [['indirect', 'the spillway is too narrow', 'Local engineers', 'say']] },
    { input: 'The levee would not only hold the river, Anna Berg said, but also protect the mill.', expected: [['indirect', 'but also protect the mill', 'Anna Berg', 'say']] },
    // A verb after "and" in a clause after an opening adverbial speaks for that clause's subject.
    { input: 'In his speech, Thomas Ricard praised the rescuers for their work and said the levee would hold.', expected: [['indirect', 'the levee would hold', 'Thomas Ricard', 'say']] },
    // A bare clause has three words at least: "said this week" reports nothing.
    { input: 'The levee held, Thomas Ricard said this week.', expected: [['indirect', 'The levee held', 'Thomas Ricard', 'say']], absent: ['this week'] },
    // A name followed by a verb opens a bare clause: its "that" is not the cue's.
    { input: 'Anna Berg said Mr. Ricard proposed a plan that nobody read.', expected: [['indirect', 'Mr. Ricard proposed a plan that nobody read', 'Anna Berg', 'say']] },
    // An outlet after "told" is no content.
    { input: '“I will not leave,” Paul Ferrand told Radio 35 in Valmont.', expected: [['direct', 'I will not leave,', 'Paul Ferrand', 'say']] },
    // The person told is an outlet's ("told the Valmont Courier's Anna Berg"): the clause after the name is the content.
    { input: 'Thomas Ricard told the Valmont Courier’s Anna Berg he would rebuild the levee.', expected: [['indirect', 'he would rebuild the levee', 'Thomas Ricard', 'say']] },
    // A "that" inside a bare clause is not the complementizer of the cue.
    { input: 'Mayor Josiane Perrin says she wants a levee that holds for a century.', expected: [['indirect', 'she wants a levee that holds for a century', 'Josiane Perrin', 'say']] },
    // A pronoun after the verb with an auxiliary after its adverb is the clause's subject, not an inverted speaker.
    { input: 'Anna Berg, who has written twice to the prefect, said he also may visit the dam.', expected: [['indirect', 'he also may visit the dam', 'Anna Berg', 'say']] },
    // A lone adverbial before "he said" is not what he said.
    { input: 'At a news conference on Tuesday with Radio 35, he spoke.', expected: [], absent: ['At a news conference on Tuesday with Radio 35'] },
    // A relative clause whose verb follows the cue: the rest of the clause, to its comma.
    { input: 'The new levee, which engineers said will hold for a century, cost four million euros.', expected: [['indirect', 'will hold for a century', 'engineers', 'say']], absent: ['will hold for a century, cost four million euros'] },
    // The name of an apposition after a bracket.
    { input: 'Sen. Anna Berg (D-Valmont), chair of the flood relief committee, said the prefect had been warned.', expected: [['indirect', 'the prefect had been warned', 'Anna Berg', 'say']] },
    // A party tag between commas names no one: the person before it speaks.
    {
      input: 'Sen. Paul Roy, D-Valmont, said the levee would hold. Rep. Ann Lee, R-Sarne, who chairs the panel, said the dam was safe.',
      expected: [['indirect', 'the levee would hold', 'Paul Roy', 'say'], ['indirect', 'the dam was safe', 'Ann Lee', 'say']],
    },
    // An interview transcript: each paragraph opened by a name in capitals and a colon is that speaker's turn; a label gives the full name the article uses.
    { input: 'Engineer Thomas Ricard spoke to reporter Anna Berg on Tuesday. A transcript follows.\n\nANNA BERG: Will the levee hold? People are afraid.\n\nRICARD: It will hold, and we will rebuild the mill.', expected: [['direct', 'Will the levee hold? People are afraid.', 'Anna Berg', ''], ['direct', 'It will hold, and we will rebuild the mill.', 'Thomas Ricard', '']] },
    // A lone label in capitals is a dateline or a rubric, not a transcript.
    { input: 'VALMONT: The levee held on Tuesday, and the river fell.\n\nThe prefect visited the dam.', expected: [], absent: ['The levee held on Tuesday, and the river fell.'] },
    // A reporting participle after a clause that reports nothing speaks for that clause's subject, past a title the name leaves out.
    { input: 'Prefect Paul Ferrand revised the evacuation plan on Monday, saying that three villages would be cleared.', expected: [['indirect', 'three villages would be cleared', 'Paul Ferrand', 'say']] },
    { input: 'At the town hall on Tuesday, Mr. Ricard struck a calm tone, saying the levee would hold.', expected: [['indirect', 'the levee would hold', 'Ricard', 'say']] },
    // The person told sits between the verb and the comma of an incise, or before the adjunct of a trailing cue.
    { input: 'The solution, the engineer told them, was simple.', expected: [['indirect', 'was simple', 'the engineer', 'say']] },
    { input: 'This is not about me, Mayor Josiane Perrin told her closest advisers as she left the dam.', expected: [['indirect', 'This is not about me', 'Josiane Perrin', 'say']] },
    // A source inside the sentence followed by a coordinator or a relative clause closes the words before it; after a colon or a bracket it opens a clause; a dash may stand before it.
    { input: 'The river rose by two metres, according to a prefecture tally, but the levee held.', expected: [['indirect', 'The river rose by two metres', 'a prefecture tally', '']], absent: ['but the levee held'] },
    { input: 'The figure is disputed: According to the fire brigade, 14 homes were flooded.', expected: [['indirect', '14 homes were flooded', 'the fire brigade', '']] },
    { input: 'The valley had 12 floods in ten years — the worst in 2019 — according to the most recent data from the prefecture.', expected: [['indirect', 'The valley had 12 floods in ten years — the worst in 2019', 'the most recent data', '']] },
    // A short adjunct between the asking verb and its question.
    { input: 'Asked on Radio 35 whether the levee would hold, the prefect hesitated.', expected: [['indirect', 'whether the levee would hold', '', 'say']] },
    // Any reporting verb takes a clause opened by a subject pronoun and an auxiliary; inside a relative clause it ends at the clause's comma.
    { input: 'Anna Berg, who warned it could make matters worse, left the meeting.', expected: [['indirect', 'it could make matters worse', 'Anna Berg', 'warn']], absent: ['it could make matters worse, left the meeting'] },
    // A relative clause after its speaker's name ends at a quotation's comma when the name's verb
    // follows, not at a comma that a list goes on after, nor before its clause's own verb.
    {
      input: 'Hale, who calls the levee a “death trap,” said the town would build a new one. The panel, which said the dam, and the levee in particular, must be repaired, met on Monday. The agency, which said the dam, built in 1950, was safe, did not respond. Roy, who praised the levee, the dam and the new bridge, resigned.',
      expected: [
        ['indirect', 'the town would build a new one', 'Hale', 'say'],
        ['indirect', 'the dam, and the levee in particular, must be repaired', 'The panel', 'say'],
        ['indirect', 'the dam, built in 1950, was safe', 'The agency', 'say'],
        ['indirect', 'the levee, the dam and the new bridge', 'Roy', 'assert'],
      ],
      absent: ['the levee a “death trap,” said the town would build a new one', 'the dam', 'the levee'],
    },
    // A dateline is the writer's; a role, or a possessor and a role, may stand between the comma and the name of a trailing cue.
    { input: 'VALMONT, March 3 (Reuters) — The levee held overnight, Valmont river authority chief Anna Berg said.', expected: [['indirect', 'The levee held overnight', 'Anna Berg', 'say']] },
    { input: 'The levee held overnight, the prefect’s longtime adviser Paul Ferrand said.', expected: [['indirect', 'The levee held overnight', 'Paul Ferrand', 'say']] },
    // A clause of accord with a report: the main clause after its comma is what was reported.
    { input: 'As the Valmont Courier recently noted, the levee had not been inspected since 2019.', expected: [['indirect', 'the levee had not been inspected since 2019', 'Valmont Courier', 'say']] },
    // A quantifier alone may be the subject that opens a clause.
    { input: 'Several said they would rebuild, but others say the valley is lost.', expected: [['indirect', 'they would rebuild', 'Several', 'say'], ['indirect', 'the valley is lost', 'others', 'say']] },
    // A reporting participle after a trailing cue goes on with its speaker; the words before the cue are still reported.
    { input: 'The levee will hold, the prefect said on Tuesday, adding that rescuers were ready.', expected: [['indirect', 'The levee will hold', 'the prefect', 'say'], ['indirect', 'rescuers were ready', 'the prefect', 'say']] },
    // The noun phrase after an object verb is its object, not an inverted speaker.
    { input: 'Anna Berg, the mayor’s deputy, urged a strong stand, saying that otherwise the prefect would ignore them.', expected: [['indirect', 'a strong stand', 'Anna Berg', 'demand']], absent: ['Anna Berg, the mayor’s deputy'] },
    // Words before a trailing cue that open with "but" or with a quantity are a clause, not an adjunct; a relative clause after the speaker's apposition describes it.
    { input: 'But this was the first time the gates had failed, she said.', expected: [['indirect', 'But this was the first time the gates had failed', 'she', 'say']] },
    { input: 'About 1,500 residents have been evacuated from the valley, officials said.', expected: [['indirect', 'About 1,500 residents have been evacuated from the valley', 'officials', 'say']] },
    { input: 'Nor is the levee likely to hold, said Anna Berg, an engineer at the river authority, who inspected it in May.', expected: [['indirect', 'Nor is the levee likely to hold', 'Anna Berg', 'say']] },
    // A document that states findings, opening the sentence, is the source of the clause after its comma; a person's channel is not.
    { input: 'In a Valmont Courier poll released Monday, 62 percent of residents backed a new levee.', expected: [['indirect', '62 percent of residents backed a new levee', 'a Valmont Courier poll', '']] },
    { input: 'In an interview, Anna Berg laughed off the criticism.', expected: [], absent: ['Anna Berg laughed off the criticism'] },
    // An auxiliary clitic after a pronoun joins the verb; a verb after "and then" speaks for a short noun phrase opening the sentence.
    { input: 'He’s said the levee will hold all winter.', expected: [['indirect', 'the levee will hold all winter', 'He', 'say']] },
    { input: 'The engineer had toured the dam, and then said the spillway was too narrow.', expected: [['indirect', 'the spillway was too narrow', 'The engineer', 'say']] },
    // Guards from review: a source after a dash that opens the text; an opening "So far" is no adjunct; an object-gap relative, an object after "As", a preposition's phrase with a document noun after a link, an expletive "it", rubric labels and an organisation's pronoun are no quotations or speakers.
    { input: '— According to police.', expected: [] },
    { input: 'So far the levee holds firm, the mayor said.', expected: [['indirect', 'So far the levee holds firm', 'the mayor', 'say']] },
    { input: 'The figures that the agency reported are far higher than expected.', expected: [], absent: ['are far higher than expected'] },
    { input: 'As officials announced the closure, traffic backed up on the bridge.', expected: [], absent: ['traffic backed up on the bridge'] },
    { input: 'In the wake of the report, residents fled the valley.', expected: [], absent: ['residents fled the valley'] },
    { input: 'It’s said that the dam is weak.', expected: [], absent: ['the dam is weak'] },
    { input: 'UPDATE: The levee held overnight.\n\nBREAKING: The river fell by a metre.', expected: [], absent: ['The levee held overnight.', 'The river fell by a metre.'] },
    { input: 'The next day, he toured the dam, saying the levee would hold.', expected: [['indirect', 'the levee would hold', 'he', 'say']] },
    // A day with its preposition between the subject and the verb.
    { input: 'Prefect Paul Ferrand on Tuesday said that the valley would be evacuated.', expected: [['indirect', 'the valley would be evacuated', 'Paul Ferrand', 'say']] },
    // An inverted speaker with a link and its noun phrase, with role words before a name and an
    // adjunct to the end, or with a name and a relative clause in apposition.
    { input: 'The levee held overnight, said a spokesman for the prefecture.', expected: [['indirect', 'The levee held overnight', 'a spokesman for the prefecture', 'say']] },
    { input: 'The valley will recover, says hydrologist Tom Reyes in Valmont.', expected: [['indirect', 'The valley will recover', 'Tom Reyes', 'say']] },
    { input: 'The levee held overnight, said a former spokesman, Tom Reyes, who ran the valley office.', expected: [['indirect', 'The levee held overnight', 'Tom Reyes', 'say']], absent: ['who ran the valley office'] },
    // The subject before a participle's phrase or a person's apposition speaks, not a name inside it.
    { input: 'Mayor Anna Berg, citing the engineers, said the levee could fail.', expected: [['indirect', 'the engineers', 'Anna Berg', 'say'], ['indirect', 'the levee could fail', 'Anna Berg', 'say']] },
    { input: 'Mayor Anna Berg, citing “the worst flood in memory,” said the levee could fail.', expected: [['direct', 'the worst flood in memory,', 'Anna Berg', 'say'], ['indirect', 'the levee could fail', 'Anna Berg', 'say']] },
    { input: 'Tom Reyes, a hydrologist at Valmont University, said the levee could fail.', expected: [['indirect', 'the levee could fail', 'Tom Reyes', 'say']] },
    { input: 'Tom Reyes, host of the “Valley Hour,” suggested the mayor’s refusal to resign could cost her the vote.', expected: [['indirect', 'the mayor’s refusal to resign could cost her the vote', 'Tom Reyes', 'assert']] },
    // Where the speaker spoke, after an object, is the verb's adjunct; not a noun that heads no phrase, nor a place inside a clause.
    { input: 'Mayor Anna Berg accused the operator of negligence in an interview with Radio Valmont on Sunday.', expected: [['indirect', 'the operator of negligence', 'Anna Berg', 'accuse']] },
    { input: 'Tom Reyes criticized the files stored on a private email server.', expected: [['indirect', 'the files stored on a private email server', 'Tom Reyes', 'accuse']] },
    { input: 'Mayor Anna Berg said the levee would not fail at a rally in Valmont.', expected: [['indirect', 'the levee would not fail at a rally in Valmont', 'Anna Berg', 'say']] },
    // A preposition and a day at the end of an object are the verb's; a month inside the phrase is not.
    { input: 'The union endorsed the mayor’s plan on Monday.', expected: [['indirect', 'the mayor’s plan', 'The union', 'assert']] },
    // (Two modifiers at most between the preposition and the word of time; a year stays: "in 2007" may date the object.)
    { input: 'The union endorsed Anna Berg in early June. The mayor may endorse the levee plan in coming weeks. Roy opposed a similar plan in 2007. Hale criticized an article in the Times. Lee condemned the violence of the night before. Roy criticized the ruling in the case before.', expected: [['indirect', 'Anna Berg', 'The union', 'assert'], ['indirect', 'the levee plan', 'The mayor', 'assert'], ['indirect', 'a similar plan in 2007', 'Roy', 'accuse'], ['indirect', 'an article in the Times', 'Hale', 'accuse'], ['indirect', 'the violence of the night before', 'Lee', 'accuse'], ['indirect', 'the ruling in the case before', 'Roy', 'accuse']] },
    { input: 'Tom Reyes praised the party’s July convention.', expected: [['indirect', 'the party’s July convention', 'Tom Reyes', 'assert']] },
    // "said of" names what the quotation is about, not what was said.
    { input: '“It is a disgrace,” Mayor Anna Berg said of the new levee plan.', expected: [['direct', 'It is a disgrace,', 'Anna Berg', 'say']], absent: ['of the new levee plan', 'the new levee plan'] },
    // A phrasal verb's particle or a reflexive pronoun opens no bare clause.
    { input: 'Hundreds of residents showed up at the dam on Monday morning.', expected: [], absent: ['up at the dam on Monday morning'] },
    { input: 'The mayor found himself in an awkward position after the flood.', expected: [], absent: ['himself in an awkward position after the flood'] },
    { input: 'Forecasters are predicting up to 60 millimeters more rain by Tuesday.', expected: [['indirect', 'up to 60 millimeters more rain by Tuesday', 'Forecasters', 'estimate']] },
    // "press" before a noun is no verb.
    { input: '“The levee will hold,” prefecture press secretary Tom Reyes told reporters.', expected: [['direct', 'The levee will hold,', 'Tom Reyes', 'say']], absent: ['secretary Tom Reyes told reporters'] },
    // A connective that opens the sentence is no speaker: the subject after it speaks for the participle.
    { input: 'Yet she toured the dam, also urging residents to leave the valley.', expected: [['indirect', 'residents to leave the valley', 'she', 'demand']] },
    // Review guards: a possessive's noun phrase that ends the clause is the speaker; no venue is
    // trimmed inside a clause within the object, nor past a link; "up to" before a number stays.
    { input: '“We will rebuild,” said the mayor’s spokesman.', expected: [['direct', 'We will rebuild,', 'the mayor’s spokesman', 'say']] },
    { input: 'The mayor criticized the official who spoke at a rally.', expected: [['indirect', 'the official who spoke at a rally', 'The mayor', 'accuse']] },
    { input: 'The mayor condemned the violence on the sidelines of the rally.', expected: [['indirect', 'the violence on the sidelines of the rally', 'The mayor', 'accuse']] },
    { input: 'Anna Berg said up to 60 people died.', expected: [['indirect', 'up to 60 people died', 'Anna Berg', 'say']] },
    { input: 'Hundreds showed up to hear Anna Berg speak.', expected: [], absent: ['up to hear Anna Berg speak'] },
    { input: 'Tom Reyes slammed the remarks in an interview with Radio Valmont on Sunday.', expected: [['indirect', 'the remarks', 'Tom Reyes', 'accuse']] },
    { input: '“Yes,” said Anna Berg’s lawyer Monday.', expected: [['direct', 'Yes,', 'Anna Berg’s lawyer', 'say']] },
    { input: 'The levee held, said a spokesman for the', expected: [], absent: ['The levee held'] },
    { input: ', Monday announced', expected: [] },
    // A time phrase between the auxiliary and the verb is part of the cue, not the speaker.
    { input: 'Police had last month charged the operator with negligence.', expected: [['indirect', 'the operator with negligence', 'Police', 'accuse']] },
    // A negated or refused verb: the speaker did not say it. Not a negation in a clause before the verb.
    { input: 'Tom Reyes didn’t immediately say how many people had left the valley.', expected: [['indirect', 'how many people had left the valley', 'Tom Reyes', 'say']], negated: ['how many people had left the valley'] },
    { input: 'The mayor would not say whether the dam was safe.', expected: [['indirect', 'whether the dam was safe', 'The mayor', 'say']], negated: ['whether the dam was safe'] },
    { input: 'The mayor, who did not attend, said the levee would hold.', expected: [['indirect', 'the levee would hold', 'The mayor', 'say']], negated: [] },
    { input: 'The ministry has not yet confirmed that the levee broke.', expected: [['indirect', 'the levee broke', 'The ministry', 'confirm']], negated: ['the levee broke'] },
    // A negative determiner opening the subject negates too.
    { input: 'No official said the levee would hold.', expected: [['indirect', 'the levee would hold', 'No official', 'say']], negated: ['the levee would hold'] },
    { input: 'A woman who did not give her name said that the dam broke.', expected: [['indirect', 'the dam broke', 'A woman', 'say']], negated: [] },
    { input: '“Why not?” she asked.', expected: [['direct', 'Why not?', 'she', 'say']], negated: [] },
    { input: 'The prefect cannot confirm that the levee broke.', expected: [['indirect', 'the levee broke', 'The prefect', 'confirm']], negated: ['the levee broke'] },
    // An object after "finds" that a comma follows is no inverted speaker with its adjunct; the
    // subject before a past participle's phrase speaks.
    { input: 'The survey, conducted by the Valmont Institute, finds Anna Berg with a small lead over Tom Reyes, 46 percent to 44 percent, among voters.', expected: [['indirect', 'Anna Berg with a small lead over Tom Reyes, 46 percent to 44 percent, among voters', 'The survey', 'say']], absent: ['The survey, conducted by the Valmont Institute'] },
    // A clause of the speaker's before a "that" keeps it ("said there was evidence that …"); a
    // phrase after the complementizer opened by a preposition is the clause's adjunct, not an
    // object with an apposition after its comma.
    { input: 'Engineer Tom Hale said there was clear evidence that the levee had been neglected.', expected: [['indirect', 'there was clear evidence that the levee had been neglected', 'Tom Hale', 'say']] },
    { input: 'The mayor told reporters who were gathered outside that the levee would hold.', expected: [['indirect', 'the levee would hold', 'The mayor', 'say']] },
    { input: 'The mayor said that during the night the levee failed, a disaster that cost the town 40 jobs.', expected: [['indirect', 'during the night the levee failed', 'The mayor', 'say']] },
    { input: 'Mayor Anna Berg insisted that despite the divisions that remain, the town remains a hopeful one.', expected: [['indirect', 'despite the divisions that remain, the town remains a hopeful one', 'Anna Berg', 'assert']] },
    // Content that runs to its sentence's end inside a quotation goes on to the closing mark.
    { input: 'Hale argued that the utility was "for the money" because "Money pays the lawyers. They have to defend the dam, right?" The crowd cheered.', expected: [['indirect', 'the utility was "for the money" because "Money pays the lawyers. They have to defend the dam, right?"', 'Hale', 'assert']] },
    { input: 'Hale argued that the utility was “for the money” because “Money pays the lawyers. They have to defend the dam, right?” The crowd cheered.', expected: [['indirect', 'the utility was “for the money” because “Money pays the lawyers. They have to defend the dam, right?”', 'Hale', 'assert'], ['fragment', 'for the money', 'Hale', 'assert'], ['direct', 'Money pays the lawyers. They have to defend the dam, right?', 'Hale', 'assert']] },
    // A participle or an adverb after the subject's comma opens a parenthesis before the verb;
    // not a participle clause after a clause, whose noun phrase is no subject.
    { input: 'The mayor, speaking to reporters, said the levee would hold. The engineer, visibly tired, said the gates had jammed.', expected: [['indirect', 'the levee would hold', 'The mayor', 'say'], ['indirect', 'the gates had jammed', 'The engineer', 'say']] },
    { input: 'Berg showed no sign of backing down, releasing a statement that, while condemning the attack, accused the utility of negligence.', expected: [['indirect', 'the utility of negligence', 'Berg', 'accuse']] },
    { input: 'The mayor, speaking to CNN, said the levee would hold. The engineer, speaking at the United Nations, said the gates had jammed.', expected: [['indirect', 'the levee would hold', 'The mayor', 'say'], ['indirect', 'the gates had jammed', 'The engineer', 'say']] },
    // A verb with no speaker set between commas inside a content is a reduced clause, not a second report.
    { input: 'Hale said the engineers, told of the cracks, did nothing. Berg hoped the meeting, requested by the mayor, would calm the town.', expected: [['indirect', 'the engineers, told of the cracks, did nothing', 'Hale', 'say'], ['indirect', 'the meeting, requested by the mayor, would calm the town', 'Berg', 'estimate']] },
    // A verb right after a comma in a list of predicates has the subject of the verb before it.
    { input: 'Mayor Anna Berg urged the council to act, proposed that the dam be inspected, and called for calm.', expected: [['indirect', 'the council to act', 'Anna Berg', 'demand'], ['indirect', 'the dam be inspected', 'Anna Berg', 'assert']] },
    // "cast doubt on" disputes its object; "doubt" is no verb there.
    { input: 'Hale pledged to rebuild and cast doubt on the official figures.', expected: [['indirect', 'to rebuild', 'Hale', 'assert'], ['indirect', 'the official figures', 'Hale', 'deny']] },
    // An object may be one name: a stance toward a person or a body; not a place or a country, as
    // often a target.
    {
      input: 'Roy endorsed Berg on Monday. Valmont attacked France.',
      expected: [['indirect', 'Berg', 'Roy', 'assert']],
      absent: ['France'],
    },
    // "supported", "backed" and "opposed" take a stance toward their object; a particle is part of
    // the verb ("backed away from"); a later verb of the same subject ends a relative clause with no
    // comma, and a finite verb ends an object; a stance with its object after a comma is no incise.
    {
      input: 'Voters who backed Hale said the levee failed. Roy backed away from the plan. Lee opposed the new levee. Tom Hale called out the operator. Farmers supporting the plan have called for a vote. The dam will hold, in 2015 Berg supported a plan to rebuild it.',
      expected: [
        ['indirect', 'Hale', 'Voters', 'assert'],
        ['indirect', 'the levee failed', 'Voters', 'say'],
        ['indirect', 'the new levee', 'Lee', 'accuse'],
        ['indirect', 'the operator', 'Tom Hale', 'accuse'],
        ['indirect', 'the plan', 'Farmers', 'assert'],
      ],
      absent: ['away from the plan', 'Hale said the levee failed', 'the plan have called for a vote', 'The dam will hold'],
    },
    // A participle right after a noun opens a reduced relative clause: the noun is the subject of
    // the verb after it, and the participle's object ends at that verb's auxiliary, or at a comma
    // before an apposition; not for a participle cue, whose subject may follow a finite verb.
    {
      input: 'Voters supporting the plan said the levee failed. Residents living near the dam said the gates jammed. The group supporting Hale, Valley First, paid for the ads. Farmers backing Roy have urged a vote. The talk ended with Lee asking whether the dam was safe.',
      expected: [
        ['indirect', 'the plan', 'Voters', 'assert'],
        ['indirect', 'the levee failed', 'Voters', 'say'],
        ['indirect', 'the gates jammed', 'Residents', 'say'],
        ['indirect', 'Hale', 'The group', 'assert'],
        ['indirect', 'Roy', 'Farmers', 'assert'],
        ['indirect', 'a vote', 'Farmers', 'demand'],
        ['indirect', 'whether the dam was safe', 'Lee', 'say'],
      ],
    },
    // A person that a role or a title names after a link ("close to", "to", "of") is the complement
    // of a bare noun before it, and the whole phrase speaks.
    {
      input: 'Vice President Anna Berg visited Valmont on Monday. Later, people close to the vice president said the levee had failed. Aides to Mr. Roy said the gates jammed.',
      expected: [
        ['indirect', 'the levee had failed', 'people close to the vice president', 'say'],
        ['indirect', 'the gates jammed', 'Aides to Mr. Roy', 'say'],
      ],
    },
    // A noun phrase opened by a determiner right after a verb that takes a bare clause is that
    // clause's subject: a "that" after it opens a relative, not the report; after a time phrase, the
    // "that" is the verb's.
    {
      input: 'Lee says the increase in traffic that the mayor decries also makes the bridge unsafe. The council announced a few days ago that the dam would close. Hale said the other day that the gates were stuck. Berg said this summer that she would retire. The flood showed the world that the levee was weak. Roy said the previous session that the levee was unfair.',
      expected: [
        ['indirect', 'the levee was unfair', 'Roy', 'say'],
        ['indirect', 'she would retire', 'Berg', 'say'],
        ['indirect', 'the levee was weak', 'The flood', 'say'],
        ['indirect', 'the increase in traffic that the mayor decries also makes the bridge unsafe', 'Lee', 'say'],
        ['indirect', 'the dam would close', 'The council', 'say'],
        ['indirect', 'the gates were stuck', 'Hale', 'say'],
      ],
    },
    // A phrase after a preposition (not a link, a conjunction or a subordinator) qualifies the noun
    // phrase before it that opens the clause, and the two speak together; not a verb's phrase. A
    // person named, or a phrase of where, when or how they spoke, leaves the head alone.
    {
      input: 'Officials at the plant said the levee failed. Experts at Valmont University said the gates jammed. Two engineers with knowledge of the dam said it was old. Voters in 2015 said the levee was safe. Turnout was 40 percent, compared with 64 percent who said the dam was sound. The ministry in a statement said the dam was old. Hale at the hearing said the gates jammed.',
      expected: [
        ['indirect', 'the levee failed', 'Officials at the plant', 'say'],
        ['indirect', 'the gates jammed', 'Experts at Valmont University', 'say'],
        ['indirect', 'it was old', 'Two engineers with knowledge of the dam', 'say'],
        ['indirect', 'the levee was safe', 'Voters', 'say'],
        ['indirect', 'the dam was sound', '64 percent', 'say'],
        ['indirect', 'the dam was old', 'The ministry', 'say'],
        ['indirect', 'the gates jammed', 'Hale', 'say'],
      ],
    },
    // A person who opens the sentence with an apposition before the verb's comma speaks, not a noun
    // phrase after the verb; a hyphen joins a name to what follows ("the EB-5 program"); a name
    // after "in" is no person for speaking after it.
    {
      input: 'Anna Berg, mayor of Valmont, said the levee held. Senator Ann Lee, Democrat of Sarne, said the EB-5 program has failed. Officials in Sarne said the dam was old.',
      expected: [
        ['indirect', 'the levee held', 'Anna Berg', 'say'],
        ['indirect', 'the EB-5 program has failed', 'Ann Lee', 'say'],
        ['indirect', 'the dam was old', 'Officials in Sarne', 'say'],
      ],
      absent: ['Anna Berg, mayor of Valmont'],
    },
    // A naming verb reports its object with a second complement (a noun phrase, after a pronoun a
    // word, after a name a word that ends the clause, or a quotation); not when it calls someone up
    // or names a thing; "call out" criticises, "call off" reports nothing. "what they called" opens
    // an object.
    {
      input: 'The mayor called the plan a disaster. Roy called her vote in favor of the levee a mistake. Lee called it ridiculous. Hale called the police. A hotline called Sarne Info opened. Berg called out the operator. Critics condemned what they called a cover-up. The union called off the strike. Lee called the attack an act of sabotage. Paul Ferrand called Hale incompetent and dishonest.',
      expected: [
        ['indirect', 'the plan a disaster', 'The mayor', 'assert'],
        ['indirect', 'her vote in favor of the levee a mistake', 'Roy', 'assert'],
        ['indirect', 'it ridiculous', 'Lee', 'assert'],
        ['indirect', 'the operator', 'Berg', 'accuse'],
        ['indirect', 'what they called a cover-up', 'Critics', 'accuse'],
        ['indirect', 'the attack an act of sabotage', 'Lee', 'assert'],
        ['indirect', 'Hale incompetent and dishonest', 'Paul Ferrand', 'assert'],
      ],
      absent: ['the police', 'Sarne Info opened', 'the strike'],
    },
    // After a preposition or a determiner a verb form that may be a noun is one, no cue and part of
    // the speaker's noun phrase ("an analysis of reports shows", "The report released by … said").
    {
      input: 'The levee failed, an analysis of reports shows. The report released by the council said the dam was sound.',
      expected: [
        ['indirect', 'The levee failed', 'an analysis of reports', 'say'],
        ['indirect', 'the dam was sound', 'The report', 'say'],
      ],
    },
    // An aim stated ("wants", "sought", "planning to") is reported.
    {
      input: 'Hale wants to rebuild the levee. Roy sought more money for the dam. Berg is planning to visit Valmont in May.',
      expected: [
        ['indirect', 'to rebuild the levee', 'Hale', 'demand'],
        ['indirect', 'more money for the dam', 'Roy', 'demand'],
        ['indirect', 'visit Valmont in May', 'Berg', 'demand'],
      ],
    },
    // "warned of", "wrote about", "joked about": what the verb is about is its content; "warned that" keeps its clause.
    {
      input: 'Hale warned of a second flood. Roy wrote about the levee in 2015. Lee joked about moving to Sarne. Berg warned that the gates would jam.',
      expected: [
        ['indirect', 'a second flood', 'Hale', 'warn'],
        ['indirect', 'the levee in 2015', 'Roy', 'say'],
        ['indirect', 'moving to Sarne', 'Lee', 'say'],
        ['indirect', 'the gates would jam', 'Berg', 'warn'],
      ],
    },
    // A passive incise with its agent, and a subordinate clause that runs on with no comma, are content.
    { input: 'The dam is unsafe, residents were told by the mayor. If the levee fails the town will flood, the engineer warned.', expected: [['indirect', 'The dam is unsafe', 'the mayor', 'say'], ['indirect', 'If the levee fails the town will flood', 'the engineer', 'warn']] },
    // The phrase that opens a sentence is no content of a cue after its subject: a preposition's
    // phrase with names in it, an adverb and a day, a subordinate clause with no comma for a main
    // clause to follow, a gerund's phrase before a verb coordinated with another; nor is what comes
    // before a passive verb that goes on to its object.
    {
      input: 'In an interview with The Valley Post in late May, Hale bragged about the levee. Then, last week, Roy called. But because the gates had jammed, the engineers found themselves on the roof. Touring the valley with farmers who had lost their crops, Berg stayed for an hour and promised more money. Lately, when he visits the valley, he is often asked about the levee. The levee will hold, Lee said.',
      expected: [['indirect', 'The levee will hold', 'Lee', 'say']],
      absent: ['In an interview with The Valley Post in late May', 'Then, last week', 'But because the gates had jammed', 'Touring the valley with farmers who had lost their crops', 'Lately, when he visits the valley'],
    },
    // After an object, "and" and a verb form with its own complement is the speaker's next predicate;
    // not after a clause inside the object, nor a gerund after a gerund.
    { input: 'The council praised the plan and embraced its aims.', expected: [['indirect', 'the plan', 'The council', 'assert']], absent: ['the plan and embraced its aims'] },
    // A dateline with a horizontal bar is the writer's; a word of time after a day is part of the
    // adjunct after a trailing verb, and a subordinate clause after its comma is the writer's.
    { input: 'VALMONT ― The levee is weak, two engineers said Friday afternoon, as the river rose. Hale said Friday afternoon the gates were stuck.', expected: [['indirect', 'The levee is weak', 'two engineers', 'say'], ['indirect', 'the gates were stuck', 'Hale', 'say']] },
    // "went so far as to", "went on to" govern the infinitive that reports; "put it" reports in a clause of accord.
    { input: 'The columnist Anna Berg went so far as to say: “The dam is finished.” Roy went on to attack the mayor for the delay. As one engineer put it, the levee is a relic.', expected: [['direct', 'The dam is finished.', 'Anna Berg', ''], ['indirect', 'the mayor for the delay', 'Roy', 'accuse'], ['indirect', 'the levee is a relic', 'one engineer', 'say']] },
    // An agent's preposition and a gerund after the object say how the speaker spoke.
    { input: 'Roy attacked the plan by reminding voters that the levee had failed.', expected: [['indirect', 'the plan', 'Roy', 'accuse'], ['indirect', 'the levee had failed', 'Roy', 'assert']], absent: ['the plan by reminding voters that the levee had failed'] },
    { input: 'The mayor has not endorsed Anna Berg and has been a critic of her plan.', expected: [['indirect', 'Anna Berg', 'The mayor', 'assert']], negated: ['Anna Berg'], absent: ['Anna Berg and has been a critic of her plan'] },
    { input: 'The mayor criticized the repairs started and abandoned the previous year.', expected: [['indirect', 'the repairs started and abandoned the previous year', 'The mayor', 'accuse']] },
    { input: 'Critics accused Hale of catering to donors and failing to act. Roy criticized Hale as an engineer who ignored the gauges and lacked experience.', expected: [['indirect', 'Hale of catering to donors and failing to act', 'Critics', 'accuse'], ['indirect', 'Hale as an engineer who ignored the gauges and lacked experience', 'Roy', 'accuse']] },
    // An infinitive that a verb or an adjective governs reports for that word's subject: a clause
    // opened by "that" or a pronoun, or an object when the verb takes one; not an aim ("to find
    // common ground"), an impersonal subject, nor a noun's infinitive ("a plan to").
    { input: 'Aides to the mayor tried to argue that the levee held. Engineers were quick to point out that the gauges failed. Residents are slightly more likely to say they feel safe. Critics hastened to attack the mayor.', expected: [['indirect', 'the levee held', 'Aides to the mayor', 'assert'], ['indirect', 'the gauges failed', 'Engineers', 'say'], ['indirect', 'they feel safe', 'Residents', 'say'], ['indirect', 'the mayor', 'Critics', 'accuse']] },
    { input: 'Officials tried to find common ground during the talks. It is hard to say whether the levee held. Roy has a plan to announce that the dam is safe. The mayor called a press conference to announce that the dam is safe.', expected: [], absent: ['common ground during the talks', 'whether the levee held', 'the dam is safe'] },
    // Inside another report the infinitive is part of its content.
    { input: 'As many engineers have pointed out, the mayor is free to disclose the survey even if it is unfinished.', expected: [['indirect', 'the mayor is free to disclose the survey even if it is unfinished', 'many engineers', 'say']], absent: ['the survey even if it is unfinished'] },
    // With no agent, the subject of a passive verb of saying or estimating before an infinitive is
    // part of what is reported, a piece of the same turn; not one who is told.
    { input: 'The repair of the levee is expected to take two years. Roy was told to leave the dam.', expected: [['indirect', 'The repair of the levee', '', 'estimate'], ['indirect', 'to take two years', '', 'estimate']], absent: ['Roy'] },
    // Before an incise and a quotation, an unquoted head of one phrase is the quotation's first
    // piece; not the writer's phrases that a comma parts.
    { input: 'The streets were deserted, Roy added, “but people need to connect somehow.” Quite suddenly, after the flood, Hale said, “We left.”', expected: [['indirect', 'The streets were deserted', 'Roy', 'say'], ['direct', 'but people need to connect somehow.', 'Roy', 'say'], ['direct', 'We left.', 'Hale', 'say']], absent: ['Quite suddenly, after the flood'], sameTurn: [['The streets were deserted', 'but people need to connect somehow.']] },
    // A quotation after an object's comma names its words.
    { input: 'The mayor added the words, “never again.”', expected: [['indirect', 'the words, “never again.”', 'The mayor', 'say']] },
    // A coordinator after words with no verb since the clause's start joins the subjects of one
    // clause, whose verb is no second report; one with a subject pronoun or a verb after it is.
    { input: 'Hale says the council doubted her but that she and her engineers never doubted the levee. The survey showed farmers, fishermen and most residents backed the plan.', expected: [['indirect', 'the council doubted her but that she and her engineers never doubted the levee', 'Hale', 'say'], ['indirect', 'farmers, fishermen and most residents backed the plan', 'The survey', 'say']] },
    { input: 'Roy said the levee is weak and he warned the mayor.', expected: [['indirect', 'the levee is weak', 'Roy', 'say']], absent: ['the levee is weak and he warned the mayor'] },
    // A word of time after a day before the verb is part of the adjunct; a name inside a
    // participle's phrase is its complement; a verb phrase after an auxiliary is no subject.
    { input: 'Valmont spokesman Tom Hale on Thursday evening said the levee held. The survey, conducted for the advocacy group America’s Voice, also found that most farmers stayed. Residents can reasonably campaign saying that they saved the town.', expected: [['indirect', 'the levee held', 'Tom Hale', 'say'], ['indirect', 'most farmers stayed', 'The survey', 'say'], ['indirect', 'they saved the town', 'Residents', 'say']] },
    // A quotation that is a paragraph of its own, signed by a dash and a name on the next line; not
    // a byline after a paragraph of the writer's.
    { input: 'The fact check begins here.\n\n“I helped write that bill.”\n\n- Anna Berg.\n\nThe meeting was first reported on Monday.\n\n- Tom Hale.', expected: [['direct', 'I helped write that bill.', 'Anna Berg', '']] },
    // A cue that follows a quotation reports it, not the clause around a scare quote after it.
    { input: '“The levee is failing,” Hale told reporters, before insisting he had a “good relationship” with the mayor.', expected: [['direct', 'The levee is failing,', 'Hale', 'say'], ['indirect', 'he had a “good relationship” with the mayor', 'Hale', 'assert']], absent: ['reporters, before insisting he had a “good relationship” with the mayor'] },
    // Not an infinitive after a copula, a noun or a name that a preposition or an article governs;
    // an infinitive's subject is no speaker the next quotation carries on.
    { input: 'The goal is to show that the levee works. Rules allow farmers to tell buyers that the crop failed. Roy was dragged before a Senate panel to defend the dam.', expected: [], absent: ['the levee works', 'buyers that the crop failed', 'the crop failed', 'the dam'] },
    { input: '“Subpoenas are not optional,” Hale said after Roy failed to show up at the hearing. “Mr. Roy is a crucial witness.”', expected: [['direct', 'Subpoenas are not optional,', 'Hale', 'say'], ['direct', 'Mr. Roy is a crucial witness.', 'Hale', 'say']] },
    // A time phrase after an irregular past verb stays in the clause; a percent sign before a
    // semicolon stays; "but that" before a noun's verb is the writer's; a date is no apposition.
    { input: 'Officials said the fire began on Sunday. Hale said growth would reach 2%; economists disagreed. She said the budget was balanced, but that claim was false. The letter, dated May 5, 2016, says the dam is unsafe.', expected: [['indirect', 'the fire began on Sunday', 'Officials', 'say'], ['indirect', 'growth would reach 2%', 'Hale', 'say'], ['indirect', 'the budget was balanced', 'She', 'say'], ['indirect', 'the dam is unsafe', 'The letter', 'say']] },
    // A lone word before an incise and a quotation is the writer's; a credit signs no quotation.
    { input: 'Yesterday, Roy said, “we will appeal.”', expected: [['direct', 'we will appeal.', 'Roy', 'say']], absent: ['Yesterday'] },
    { input: 'The council met on Monday.\n\n“The dam will hold.”\n\n— With Reuters', expected: [['direct', 'The dam will hold.', '', '']] },
    // A pronoun and its auxiliary, the verb left out, are a whole report.
    { input: 'Asked whether he would vote for the plan, Hale said he would. The engineers said they would not.', expected: [['indirect', 'whether he would vote for the plan', '', 'say'], ['indirect', 'he would', 'Hale', 'say'], ['indirect', 'they would not', 'The engineers', 'say']] },
    // A campaign stop is where the speaker spoke: the "that" may stand further after it.
    { input: 'Berg says at a campaign stop in Valmont, Sarne County, that the levee needs work.', expected: [['indirect', 'the levee needs work', 'Berg', 'say']] },
    // A show's title in quotation marks is part of the person told, before the report's "that".
    { input: 'Hale told Valmont Radio’s “Morning Talk” that nobody would question the survey.', expected: [['indirect', 'nobody would question the survey', 'Hale', 'say']] },
    // After a possessive, a past participle before its noun is an adjective, no verb.
    { input: 'Roy decried the mayor’s repeated refusal to inspect the dam.', expected: [['indirect', 'the mayor’s repeated refusal to inspect the dam', 'Roy', 'accuse']] },
    // A preposition of duration and a word of time end an object.
    { input: 'Hale has criticized the dam operators for more than 25 years.', expected: [['indirect', 'the dam operators', 'Hale', 'accuse']] },
    // A share given in figures between commas after the subject is its apposition.
    { input: 'A third of the farmers, 33%, say they feel safe.', expected: [['indirect', 'they feel safe', 'A third of the farmers', 'say']] },
    // A one-word answer after a verb of saying, at the end of its clause, is what was said.
    { input: 'Asked if the levee would hold, 46 percent of residents said yes, while 30 percent said no.', expected: [['indirect', 'if the levee would hold', '', 'say'], ['indirect', 'yes', '46 percent of residents', 'say'], ['indirect', 'no', '30 percent', 'say']] },
    // A semicolon ends a report, unless a list goes on after it.
    { input: 'Hale said the levee is weak; the mayor disagrees. Roy said the dam cost $5 million; the bridge, $2 million; and the road, $1 million.', expected: [['indirect', 'the levee is weak', 'Hale', 'say'], ['indirect', 'the dam cost $5 million; the bridge, $2 million; and the road, $1 million', 'Roy', 'say']] },
    // A "that" after a comma and a conjunction opens a second clause of the same report.
    { input: 'Both engineers think the levee held, but that the gates need repair.', expected: [['indirect', 'the levee held, but that the gates need repair', 'Both engineers', 'estimate']] },
    // A capitalised word before a role in lower case qualifies it: the name after the role speaks.
    { input: 'The levee could fail again, said Republican strategist Hank Molina.', expected: [['indirect', 'The levee could fail again', 'Hank Molina', 'say']] },
    // A name and its party tag in brackets before "told" are its subject, not the outlet told.
    { input: 'The gates do not stir the same fear, Sen. Chuck Lindqvist (R-Sarne) told VALMONT RADIO.', expected: [['indirect', 'The gates do not stir the same fear', 'Chuck Lindqvist', 'say']] },
    // A pronoun after a preposition ends the noun phrase that speaks.
    { input: 'Hale will rethink the levee plan, a source close to him said.', expected: [['indirect', 'Hale will rethink the levee plan', 'a source close to him', 'say']] },
    // A pronoun after the verb, an adverb and a word in lower case opens the content, not an inverted subject.
    { input: 'The man, a member of the farmers union, said he already received a flood payment.', expected: [['indirect', 'he already received a flood payment', 'The man', 'say']] },
    // A phrase that says where the speaker spoke may come after a time adjunct, before the "that".
    { input: 'Hale said earlier on Friday during a news conference that he may rebuild the levee.', expected: [['indirect', 'he may rebuild the levee', 'Hale', 'say']] },
    // After a source inside the sentence, a participle, examples or a person's description are the writer's.
    { input: 'The union has struck a deal with Hydrosarne, according to the Labor Department, taking a step toward ending the strike.', expected: [['indirect', 'The union has struck a deal with Hydrosarne', 'Labor Department', '']], absent: ['taking a step toward ending the strike'] },
    { input: 'Hale has the best odds of winning, according to three recent polls, including one from Valmont University.', expected: [['indirect', 'Hale has the best odds of winning', 'three recent polls', '']], absent: ['including one from Valmont University'] },
    { input: 'Farmers are the largest bloc of voters, according to Anna Berg, director of the Valmont survey center.', expected: [['indirect', 'Farmers are the largest bloc of voters', 'Anna Berg', '']], absent: ['director of the Valmont survey center'] },
    // A parenthesis between the subject of a bare clause and its verb stays in the content.
    { input: 'Lee said Hale, despite his wealth, is better placed to win the farm vote.', expected: [['indirect', 'Hale, despite his wealth, is better placed to win the farm vote', 'Lee', 'say']] },
    // A place between a qualifier and the role is part of the role.
    { input: 'The relief fund is $9 million short, said former Sarne governor Ed Rendon.', expected: [['indirect', 'The relief fund is $9 million short', 'Ed Rendon', 'say']] },
    // A relative clause right after an inverted speaker describes it.
    { input: 'Rebuilding the levee is squarely within the engineers’ remit, said a handful of residents who point to the 1990 flood.', expected: [['indirect', 'Rebuilding the levee is squarely within the engineers’ remit', 'a handful of residents', 'say']] },
    // One word and a coordinator after a comma join a trailing speaker.
    { input: 'Support for the dam is strongest among farmers, teachers and union officials told VALMONT RADIO.', expected: [['indirect', 'Support for the dam is strongest among farmers', 'teachers and union officials', 'say']] },
    // A name and its party tag in brackets before the verb's comma.
    { input: 'Sen. Jack Rydell (D-Sarne), said that he had not read the levee report.', expected: [['indirect', 'he had not read the levee report', 'Jack Rydell', 'say']] },
    // A month after a source's determiner is part of its phrase; a year after a preposition, of the subject's.
    { input: 'According to a January 2016 study by Valmont University, most farmers stayed. As another study from 2011 noted, the average farmer was 58.', expected: [['indirect', 'most farmers stayed', 'a January 2016 study by Valmont University', ''], ['indirect', 'the average farmer was 58', 'another study', 'say']] },
    // A semicolon between two clauses that open with the same three words does not end the report.
    { input: 'Hale said the average age of farmers was 58; the average age of engineers was 44.', expected: [['indirect', 'the average age of farmers was 58; the average age of engineers was 44', 'Hale', 'say']] },
    // A phrase of where the speaker spoke may hold six words before its noun.
    { input: 'Ferrand said in one of a series of Twitter messages that the truck was carrying sandbags.', expected: [['indirect', 'the truck was carrying sandbags', 'Ferrand', 'say']] },
    // A clause of accord after a coordinator, and with a possessor before the name; a source after a coordinator.
    { input: 'But as Hale noted, the levee did not hold. As Valmont Radio’s Lee said, the dam is old. But according to reports, the gates were stuck.', expected: [['indirect', 'the levee did not hold', 'Hale', 'say'], ['indirect', 'the dam is old', 'Lee', 'say'], ['indirect', 'the gates were stuck', 'reports', '']] },
    // An honorific inside a run of capitalised words opens the name; words before it qualify the title.
    { input: 'Sarne Gov. Tom Hale visited the dam. Hale (who chairs the panel) said it is possible to rebuild it.', expected: [['indirect', 'it is possible to rebuild it', 'Tom Hale', 'say']] },
    { input: '“The levee will hold,” said former Sarne Gov. Jim Dorsey.', expected: [['direct', 'The levee will hold,', 'Jim Dorsey', 'say']] },
    // A naming verb after a participle's parenthesis ends the participle's content.
    { input: 'Gov. Tom Hale, hoping to win in Valmont, called the mayor a "petulant child" on Monday.', expected: [['indirect', 'to win in Valmont', 'Tom Hale', 'estimate']], absent: ['to win in Valmont, called the mayor'] },
    // After a verb of asking, the topic that "about" opens is the question, read as an object.
    { input: "Asked about Lee's charges, Hale said that the levee needed repairs.", expected: [['indirect', "Lee's charges", '', 'say'], ['indirect', 'the levee needed repairs', 'Hale', 'say']] },
    { input: 'The reporter asked Hale about the dam inspection and decided against printing his answer.', expected: [['indirect', 'the dam inspection', 'The reporter', 'say']], absent: ['the dam inspection and decided against printing his answer'] },
    // An infinitive inside an object is the noun's; the object's comma still ends it.
    { input: 'Just as the flood had farmers wondering about their ability to rebuild the levee, the drought has ranchers worried as well.', expected: [['indirect', 'their ability to rebuild the levee', 'farmers', 'estimate']] },
    // A semicolon ends the clause of a trailing cue.
    { input: 'To rebuild the levee, the town needs about 40 percent of the state fund, engineers say; in 2012, the town got only 27 percent of the fund after a long fight.', expected: [['indirect', 'To rebuild the levee, the town needs about 40 percent of the state fund', 'engineers', 'say']] },
    // An approximation before an amount may open a bare clause.
    { input: 'The budget office said about half of the higher cost reflected the levee repairs.', expected: [['indirect', 'about half of the higher cost reflected the levee repairs', 'The budget office', 'say']] },
    { input: 'Valmont Radio reported at least 20 families had left the valley.', expected: [['indirect', 'at least 20 families had left the valley', 'Valmont Radio', 'say']] },
    // After the person told, a bare clause needs a verb of its own; an infinitive's marker is no person told.
    { input: '“We will rebuild,” Hale told cheering supporters in Valmont on Monday morning.', expected: [['direct', 'We will rebuild,', 'Hale', 'say']], absent: ['supporters in Valmont on Monday morning'] },
    { input: 'Hale has been asked to release the levee report.', expected: [['indirect', 'to release the levee report', '', 'say']] },
    // A name after "said" and before an adverb still speaks; the capitalised words before an inner honorific stay in the speaker.
    { input: '“It is fine,” said Hale today. Former Sen. Ann Lee said the levee held. Retired Army Lt. Gen. Tom Roy said the dam held.', expected: [['direct', 'It is fine,', 'Hale', 'say'], ['indirect', 'the levee held', 'Ann Lee', 'say'], ['indirect', 'the dam held', 'Tom Roy', 'say']] },
    // Retorts that take a thing as object report nothing without a quotation or a complementizer.
    { input: 'He snapped a photo of the levee. Valmont fired back missiles at the base. She teased her hair before the show.', expected: [], absent: ['a photo of the levee', 'missiles at the base', 'her hair before the show'] },
    // "about" before a number approximates it; no question's topic, no clause before a complementizer.
    { input: 'The survey asked about 1,000 farmers whether they trusted the mayor.', expected: [['indirect', 'whether they trusted the mayor', 'The survey', 'say']] },
    // After the person told, a name after a noun opens the clause; a form in -s after a noun is a verb.
    { input: 'Hale told the crowd Lee wants to raise taxes. Roy told reporters the levee plan works.', expected: [['indirect', 'Lee wants to raise taxes', 'Hale', 'say'], ['indirect', 'the levee plan works', 'Roy', 'say']] },
    // A pronoun after a parenthesis whose own verb reports, or a parenthesis that reports, takes no content from the verb before.
    { input: 'Hale said, for the record, she supports the levee plan.', expected: [['indirect', 'the levee plan', 'she', 'assert']], absent: ['for the record'] },
    // A participle after a source's closing comma speaks for the source.
    { input: 'Sales fell 5 percent, according to the company, citing weak demand for sandbags.', expected: [['indirect', 'Sales fell 5 percent', 'the company', ''], ['indirect', 'weak demand for sandbags', 'the company', 'say']] },
    // A capitalised cue word is a name, not a verb.
    { input: 'Hale did well in polls by outlets such as Time, Slate and Valmont Report.', expected: [], absent: ['Hale did well in polls by outlets such as Time'] },
    // A year after a participle ends the participle's phrase, not the subject's.
    { input: 'A law passed in 2010 says the levee must be inspected.', expected: [['indirect', 'the levee must be inspected', 'A law', 'say']] },
    // A "that" with an auxiliary or a contraction right after a verb is the clause's subject; after a noun it is a relative.
    { input: "Hale said that was a mistake. Lee says that's not how the levee works. One in five say that won't be true.", expected: [['indirect', 'that was a mistake', 'Hale', 'say'], ['indirect', "that's not how the levee works", 'Lee', 'say'], ['indirect', "that won't be true", 'One in five', 'say']] },
    { input: "The mayor's remarks that were broadcast on Valmont Radio angered farmers.", expected: [], absent: ['that were broadcast on Valmont Radio angered farmers', 'were broadcast on Valmont Radio angered farmers'] },
    // The "-s" form of a reporting verb before a plain one is a plural noun, its subject.
    { input: 'Several reports reveal that the levee leaked. Media reports say the dam held.', expected: [['indirect', 'the levee leaked', 'Several reports', 'say'], ['indirect', 'the dam held', 'Media reports', 'say']] },
    // A participle after a clause that reports nothing speaks for the noun phrase that opens the sentence, up to its verb's past form.
    { input: 'The parents revised their plans, saying that the levee had failed. The judge rubbed his chin and then said that the dam would hold. The newly elected mayor toured the dam, saying that it held.', expected: [['indirect', 'the levee had failed', 'The parents', 'say'], ['indirect', 'the dam would hold', 'The judge', 'say'], ['indirect', 'it held', 'The newly elected mayor', 'say']] },
    // An approximation before an amount in words opens a bare clause, and is no question's topic.
    { input: 'Valmont Radio reported at least six families had left the valley. The survey asked about a dozen farmers whether they trusted the mayor.', expected: [['indirect', 'at least six families had left the valley', 'Valmont Radio', 'say'], ['indirect', 'whether they trusted the mayor', 'The survey', 'say']] },
    // A participle after a dash that opens no parenthesis speaks for the clause's subject; one inside dashes does not.
    { input: 'Hale changed his mind on the spot – saying he was backing the levee plan. Its naming rule - adding one digit to each gauge - does not help.', expected: [['indirect', 'he was backing the levee plan', 'Hale', 'say']], absent: ['one digit to each gauge'] },
    // The comma after a complementizer is no content, and the clause goes on past the parenthesis it opens.
    { input: 'Valmont Radio reported that, according to an analysis of the gauges, the river rose two meters.', expected: [['indirect', 'according to an analysis of the gauges, the river rose two meters', 'Valmont Radio', 'say']] },
    // A quantifier alone after a subordinating word speaks.
    { input: 'One engineer says the dam is safe, while another says the levee will fail.', expected: [['indirect', 'the dam is safe', 'One engineer', 'say'], ['indirect', 'the levee will fail', 'another', 'say']] },
    // After a verb, a relative's report whose subject is left out: the verb after the cue is the relative's; the sentence's subject keeps its own.
    { input: 'The agency blocked some data that engineers said would compromise the dam. Hale focused on what he said were the failures of the levee board. The figures that the agency reported are higher.', expected: [['indirect', 'would compromise the dam', 'engineers', 'say'], ['indirect', 'were the failures of the levee board', 'he', 'say']], absent: ['are higher'] },
    // "As reported by" is a source.
    { input: 'As reported by the Valmont Courier, the levee failed twice in 2010.', expected: [['indirect', 'the levee failed twice in 2010', 'Valmont Courier', '']] },
    // A quantifier or a determiner standing alone before a relative pronoun speaks.
    { input: 'The engineers included some who warned that the levee could fail. Among those who said the dam was safe, Hale was the loudest.', expected: [['indirect', 'the levee could fail', 'some', 'warn'], ['indirect', 'the dam was safe', 'those', 'say']] },
    // A comma before a plain word ends the verb's phrase: its "that" is another clause's.
    { input: 'Hale backed the levee plan and called himself a moderate, a label that he has since dropped.', expected: [['indirect', 'himself a moderate', 'Hale', 'assert']], absent: ['he has since dropped'] },
    // After a name, a past form that ends the clause is the naming verb's second complement.
    { input: 'Tensions rose after Hale calls Lee unqualified; Lee disagrees.', expected: [['indirect', 'Lee unqualified', 'Hale', 'assert']], absent: ['Lee unqualified; Lee disagrees'] },
    // A sentence-initial "For" is the writer's framing, not a source.
    { input: 'For Paul Roy, the Valmont primary is a momentous win.', expected: [], absent: ['the Valmont primary is a momentous win'] },
    // A participle speaks for the subject after an opening phrase of a preposition; the role words before a trailing speaker may be five.
    { input: 'In May, a district judge sided with the farmers, saying the levee law violated the charter. The levee held, Valmont county public works department spokesman Tom Hale said.', expected: [['indirect', 'the levee law violated the charter', 'a district judge', 'say'], ['indirect', 'The levee held', 'Tom Hale', 'say']] },
    // A clause that a gerund opens is no adjunct when it has a verb of its own before an object pronoun.
    { input: 'Seeing his brother suffer led him to avoid the river, he said.', expected: [['indirect', 'Seeing his brother suffer led him to avoid the river', 'he', 'say']] },
    // A source's phrase may hold a title in quotation marks before its noun, and a possessive opens one; the quoted words are part of its name.
    { input: 'The levee would cost $3 million, according to the "Safe Valley" report he released. According to her "dry feet" plan, farms must move uphill.', expected: [['indirect', 'The levee would cost $3 million', 'the "Safe Valley" report', ''], ['indirect', 'farms must move uphill', 'her "dry feet" plan', '']], absent: ['Safe Valley', 'dry feet'] },
    // Before a trailing cue, past the person told, a subordinate clause or a phrase of where the speaker spoke is the writer's.
    { input: 'This is not about me, Hale told his closest aides as he wrote the speech. The levee held, Lee said during her campaign speech to the farmers of Valmont.', expected: [['indirect', 'This is not about me', 'Hale', 'say'], ['indirect', 'The levee held', 'Lee', 'say']] },
    // A gerund in the sentence's opening phrase speaks for the subject after its comma, and its content ends there; a time phrase before a pronoun is no speaker.
    { input: 'One month after announcing his support for the levee plan, Hale still lives in Valmont. A few minutes later they changed their minds and said they would vote for the plan.', expected: [['indirect', 'his support for the levee plan', 'Hale', 'say'], ['indirect', 'they would vote for the plan', 'they', 'say']] },
    // Capitalised words run on before a role in capitals belong to the speaker.
    { input: 'The levee program “is gaining traction,” Homeland Security Deputy Secretary Ann Lee told reporters.', expected: [['indirect', 'The levee program “is gaining traction,”', 'Ann Lee', 'say'], ['direct', 'is gaining traction,', 'Ann Lee', 'say']] },
    // Before a trailing cue: a show's title after a possessive, a preposition's phrase after the verb's comma, a name after the person told's determiner.
    { input: 'The levee held, he said Monday on Valmont Radio’s “Morning Show.” The dam leaked, he said, on condition of anonymity to speak freely about the board. The board stays united, its chairman, Tom Hale, told The Valmont Post.', expected: [['indirect', 'The levee held', 'he', 'say'], ['indirect', 'The dam leaked', 'he', 'say'], ['indirect', 'The board stays united', 'Tom Hale', 'say']] },
    // A share before a relative pronoun speaks.
    { input: 'Most farmers are unhappy, including 18% who say they would leave.', expected: [['indirect', 'they would leave', '18%', 'say']] },
    // A gerund subject opens a bare clause when a finite auxiliary follows; a preposition and one plain noun before a pronoun's clause are part of it.
    { input: 'Hale rebuked his critics, saying calling the levee a failure will not help the farmers. Lee said in politics it takes time to build a dam.', expected: [['indirect', 'calling the levee a failure will not help the farmers', 'Hale', 'say'], ['indirect', 'in politics it takes time to build a dam', 'Lee', 'say']] },
    // Past a comma, a name, a place's comma or a list goes on to the verb's "that"; a capitalised word after an "-s" form is a name's, not a plural noun's verb.
    { input: 'She said at a rally in Valmont, Sarne, on Tuesday that the levee would hold. The mayor assured parents, teachers and farmers that the dam was safe. Her lawyer says Hope Hicks never saw the survey.', expected: [['indirect', 'the levee would hold', 'She', 'say'], ['indirect', 'the dam was safe', 'The mayor', 'assert'], ['indirect', 'Hope Hicks never saw the survey', 'Her lawyer', 'say']] },
    // A verb coordinated inside a relative clause reports up to the clause's comma; an inverted condition after "that" is no demonstrative.
    { input: 'The minister, who met the farmers and said the levee was safe, left Valmont. He said that had the levee failed, the town would have flooded. The senator, who voted for the dam and later said it was a mistake, is running again.', expected: [['indirect', 'the levee was safe', 'The minister', 'say'], ['indirect', 'had the levee failed, the town would have flooded', 'He', 'say'], ['indirect', 'it was a mistake', 'The senator', 'say']] },
    // No speaker holds its verb ("the coach quit"), and a participle in an apposition after a dash reports nothing.
    { input: 'After insisting he would stay, the coach quit. He faced a choice — admitting the mistake or resigning.', expected: [], absent: ['he would stay', 'the mistake or resigning'] },
    // Curly marks typed the wrong way round ('“…,“ said', '”…,” said') still pair; "‘08" is no quotation.
    { input: '“The reality is, Iowa could create new problems for her here,“ said Jim Clyburn, a Democratic congressman.', expected: [['direct', 'The reality is, Iowa could create new problems for her here,', 'Jim Clyburn', 'say']] },
    { input: 'The dam held on Monday. ”This is why the dam has to be repaired,” said John Krystek.', expected: [['direct', 'This is why the dam has to be repaired,', 'John Krystek', 'say']] },
    { input: 'Hank Johnson said in ‘08 that the willingness of white voters threw old assumptions into doubt.', expected: [['indirect', 'the willingness of white voters threw old assumptions into doubt', 'Hank Johnson', 'say']] },
    // An incise inside the content of a named speaker's report: the head is that report's, the incise keeps its tail.
    { input: "Lena Ortiz, the council's spokeswoman, said the closures answer complaints that residents lodged - complaints that, Ortiz noted, were sparked by the flood.", expected: [['indirect', 'the closures answer complaints that residents lodged', 'Lena Ortiz', 'say'], ['indirect', 'were sparked by the flood', 'Lena Ortiz', 'say']] },
    // Verbs of describing report their object and how it is described.
    { input: 'More than half of the residents described themselves as worried about the dam.', expected: [['indirect', 'themselves as worried about the dam', 'half of the residents', 'say']] },
    { input: 'The mayor portrayed the engineers as careless and slow.', expected: [['indirect', 'the engineers as careless and slow', 'The mayor', 'say']] },
    { input: 'Hale, who described himself as a cautious engineer, said the levee would hold.', expected: [['indirect', 'himself as a cautious engineer', 'Hale', 'say'], ['indirect', 'the levee would hold', 'Hale', 'say']] },
    // A free relative is an object ("spoke about what he sees as …"); a participle after a pronoun's verb, or after a name where the subject was, speaks for the subject.
    { input: 'Hale spoke about what he sees as the unrealistic hopes of the residents.', expected: [['indirect', 'what he sees as the unrealistic hopes of the residents', 'Hale', 'say']] },
    { input: 'The engineers praised what the volunteers had done.', expected: [['indirect', 'what the volunteers had done', 'The engineers', 'assert']] },
    { input: 'Earlier this week, she began talking about what will happen if the dam breaks.', expected: [['indirect', 'what will happen if the dam breaks', 'she', 'say']] },
    { input: 'The mayor was on Radio Sarne talking about the repairs.', expected: [['indirect', 'the repairs', 'The mayor', 'say']] },
    // A source with no comma before it names a document, a person or a body, and ends its clause; a manner does not.
    { input: 'Entering the final week, Hale leads Berg by 271 votes according to a count by the Valley Post.', expected: [['indirect', 'Hale leads Berg by 271 votes', 'a count by the Valley Post', '']] },
    { input: 'The repairs were carried out according to the rules.', expected: [], absent: ['The repairs were carried out'] },
    // A capitalised word that opens the sentence before brackets is the speaker, past a long parenthesis.
    { input: 'Reid (D-Sarne) said he would back the plan.', expected: [['indirect', 'he would back the plan', 'Reid', 'say']] },
    { input: 'Hale (a Valmont engineer so cautious he has been called a pessimist) says the levee will hold.', expected: [['indirect', 'the levee will hold', 'Hale', 'say']] },
    // An inverted incise whose speaker has an apposition: an auxiliary after the apposition's comma carries the head's clause on.
    { input: 'And the mayor, said Anna Berg, who remains close to her, does not forgive or forget.', expected: [['indirect', 'And the mayor', 'Anna Berg', 'say'], ['indirect', 'does not forgive or forget', 'Anna Berg', 'say']], sameTurn: [['And the mayor', 'does not forgive or forget']] },
    // An object inside a relative clause with no comma ends before the antecedent's own verb.
    { input: 'The residents who demanded a new levee were ignored by the mayor.', expected: [['indirect', 'a new levee', 'The residents', 'demand']] },
    // A colon that ends the paragraph before gives the quotation that opens this one its cue: the verb's, or the subject of a message's verb; not a place.
    { input: 'Anna Berg, a farmer from Valmont, echoed:\n\n“The levee was never repaired, and everybody knew it.”', expected: [['direct', 'The levee was never repaired, and everybody knew it.', 'Anna Berg', 'say']] },
    { input: 'When the dam failed, the mayor released the following statement:\n\n“Our thoughts are with the families of the victims.”', expected: [['direct', 'Our thoughts are with the families of the victims.', 'the mayor', '']] },
    { input: 'Here is the view from Valmont:\n\n“The water came in the night.”', expected: [['direct', 'The water came in the night.', '', '']] },
    // Manners of speaking in the past tense give a quotation its speaker.
    { input: '“Go back to the valley,” Hale barked, and a guard escorted the reporter out.', expected: [['direct', 'Go back to the valley,', 'Hale', 'say']] },
    // Review cases: a one-word object the antecedent's verb closes; "portray" reports only with "as"; "according to" a document for a figure only; "according to which" only after a report.
    { input: 'The residents who demanded justice were ignored.', expected: [['indirect', 'justice', 'The residents', 'demand']] },
    { input: 'Lawmakers who urged a delay have lost the argument.', expected: [['indirect', 'a delay', 'Lawmakers', 'demand']] },
    { input: 'The actor portrayed Lincoln in the 2012 film.', expected: [], absent: ['Lincoln in the 2012 film'] },
    { input: 'The districts were redrawn according to the census.', expected: [], absent: ['The districts were redrawn'] },
    { input: 'It is the rule according to which all players are paid equally.', expected: [], absent: ['all players are paid equally'] },
    { input: 'Unemployment fell to 4.2 percent in May according to the Labor Department.', expected: [['indirect', 'Unemployment fell to 4.2 percent in May', 'Labor Department', '']] },
    { input: 'Adams said the levee was weak - a levee that, Jones noted, would cost millions to repair.', expected: [['indirect', 'the levee was weak', 'Adams', 'say'], ['indirect', 'would cost millions to repair', 'Jones', 'say']] },
    // "continue" and "maintain" report only what a quotation or a complementizer gives them, and a "that" behind their object opens a relative.
    { input: 'Hale continued his push for a new levee on Monday. Berg maintained her lead in the polls.', expected: [], absent: ['his push for a new levee on Monday', 'her lead in the polls'] },
    { input: 'The mayor continued the work that his predecessor had started. Hale maintained on Monday that the levee was safe.', expected: [['indirect', 'the levee was safe', 'Hale', 'assert']], absent: ['his predecessor had started'] },
    { input: '“We will rebuild,” the mayor continued.', expected: [['direct', 'We will rebuild,', 'the mayor', 'say']] },
    // A verb after the quotation it reports takes no bare phrase with no verb form after it: that is the writer's adjunct.
    { input: '“We will rebuild the levee,” Hale said late last week. “The river will not win,” Berg said outside the town hall.', expected: [['direct', 'We will rebuild the levee,', 'Hale', 'say'], ['direct', 'The river will not win,', 'Berg', 'say']], absent: ['late last week', 'outside the town hall'] },
    { input: '“I have one thing to say,” Hale said, and added the words, “never again.”', expected: [['direct', 'I have one thing to say,', 'Hale', 'say'], ['indirect', 'the words, “never again.”', 'Hale', 'say']] },
    // A participle's preposition goes on with its complement in a source's phrase, not a time.
    { input: 'According to an engineer based in Valmont, the levee will hold. According to a report released on Monday, the dam is safe.', expected: [['indirect', 'the levee will hold', 'an engineer based in Valmont', ''], ['indirect', 'the dam is safe', 'a report released', '']] },
    // Before a colon: a copula's subject speaks; after a preposition, the subject of the clause's verb; after an infinitive's marker, the verb's subject.
    { input: 'The mayor was furious: “This is a disgrace.” Hale has adopted the stance common among engineers in public office: “The levee will hold.”', expected: [['direct', 'This is a disgrace.', 'The mayor', ''], ['direct', 'The levee will hold.', 'Hale', '']] },
    { input: 'Bill is back: Hale on the campaign trail in Valmont.', expected: [], absent: ['Hale on the campaign trail in Valmont'] },
    // A colon glued to what follows ("http://", "10:30") is no cue.
    { input: 'See http://valmont.example/levee for the report. The mayor: “The levee will hold.”', expected: [['direct', 'The levee will hold.', 'The mayor', '']] },
    { input: 'Photo Valley Post http://valmont.example/abc “The levee will hold.”', expected: [['direct', 'The levee will hold.', '', '']] },
    // One word in lower case before a colon is a verb's or an adjective's: its subject speaks, if any.
    { input: 'Asked which levee he preferred, he demurred: “Whichever one I am standing on.”', expected: [['indirect', 'which levee he preferred', '', 'say'], ['direct', 'Whichever one I am standing on.', 'he', '']] },
    // An "-s" form right after a past form is that verb's object: the verb's subject speaks.
    { input: 'Hale has raised questions about whether the levee was inspected, falsely suggesting that the engineers lied.', expected: [['indirect', 'about whether the levee was inspected', 'Hale', 'accuse'], ['indirect', 'the engineers lied', 'Hale', 'assert']] },
    // A degree before an adverb is the adverb's: the verb after "and most recently" is the subject's.
    { input: 'Hale vowed to rebuild the levee, declined to name a contractor, and most recently defended the use of emergency funds.', expected: [['indirect', 'to rebuild the levee', 'Hale', 'assert'], ['indirect', 'a contractor', 'Hale', 'say'], ['indirect', 'the use of emergency funds', 'Hale', 'assert']], negated: ['a contractor'] },
    // "only" is an adverb of the cue; after a coordinator, a verb of beginning or going on and its gerund are the sentence subject's.
    { input: 'Asked about the levee, the mayor would only say that repairs were under way.', expected: [['indirect', 'repairs were under way', 'the mayor', 'say']] },
    { input: 'Tom Hale, the former engineer, left the council and began writing columns defending the dam.', expected: [['indirect', 'columns defending the dam', 'Tom Hale', 'say']] },
    // A refusal with nothing after its infinitive reports the infinitive, negated.
    { input: 'A spokesman for Acme declined to comment. The engineer refused to answer, and left.', expected: [['indirect', 'to comment', 'A spokesman for Acme', 'say'], ['indirect', 'to answer', 'The engineer', 'say']], negated: ['to comment', 'to answer'] },
    // A source between a subject and its verb reports the whole clause, in two pieces.
    { input: 'The flood, according to the prefecture, killed three residents.', expected: [['indirect', 'The flood', 'the prefecture', ''], ['indirect', 'killed three residents', 'the prefecture', '']] },
    // Review cases: a noun of a position held keeps its "that"; a past form that is no auxiliary's leaves an "-s" verb its subject; a degree before an adverb inside the cue; a state's adverb before a participle goes on with the content.
    { input: 'The operator maintained its position that the levee was safe.', expected: [['indirect', 'the levee was safe', 'The operator', 'assert']] },
    { input: 'Everyone who voted says the result is fair. The man arrested claims he is innocent.', expected: [['indirect', 'the result is fair', 'Everyone who voted', 'say'], ['indirect', 'he is innocent', 'The man arrested', 'assert']] },
    { input: 'Hale has very often said that the levee is unsafe.', expected: [['indirect', 'the levee is unsafe', 'Hale', 'say']] },
    { input: 'The nurse said the patients were calm, mostly sitting in the corridor.', expected: [['indirect', 'the patients were calm, mostly sitting in the corridor', 'The nurse', 'say']] },
    { input: 'A spokesman for Acme declined to comment on Tuesday. “It was chaos,” Hale said hours after the flood.', expected: [['indirect', 'to comment', 'A spokesman for Acme', 'say'], ['direct', 'It was chaos,', 'Hale', 'say']], negated: ['to comment'] },
    // Before a colon, a medium after a preposition of where the speaker spoke is no speaker: the reporting verb's subject is.
    { input: 'Hale wrote on Twitter: “The levee will hold.”', expected: [['direct', 'The levee will hold.', 'Hale', 'say']] },
    { input: 'An engineer based in Valmont, who asked not to be named, said the levee was weak.', expected: [['indirect', 'the levee was weak', 'An engineer based in Valmont', 'say']] },
    // After an incise, an agent's preposition after a passive head, or an infinitive after an impersonal "it", carries the clause on; not a phrase of how, where, when or why the speaker spoke, nor the people told.
    { input: 'The repairs would be funded, the mayor said, by the regional fund. It is her job, she said, to warn the valley.', expected: [['indirect', 'The repairs would be funded', 'the mayor', 'say'], ['indirect', 'by the regional fund', 'the mayor', 'say'], ['indirect', 'It is her job', 'she', 'say'], ['indirect', 'to warn the valley', 'she', 'say']] },
    { input: 'The levee will hold, Hale said, in a statement. The dam is safe, Hale said, on Tuesday. The plan is sound, he said, to reporters. The report was rushed, Hale said, on condition of anonymity. The deal is a fraud, Lee said, with a laugh. The war is over, Lee said, to applause. The plan will fail, Lee said, in Spanish. The fire was contained, Roy said, by early Saturday morning.', expected: [['indirect', 'The levee will hold', 'Hale', 'say'], ['indirect', 'The dam is safe', 'Hale', 'say'], ['indirect', 'The plan is sound', 'Hale', 'say'], ['indirect', 'The report was rushed', 'Hale', 'say'], ['indirect', 'The deal is a fraud', 'Lee', 'say']], absent: ['in a statement', 'on Tuesday', 'to reporters', 'on condition of anonymity', 'with a laugh', 'to applause', 'in Spanish', 'by early Saturday morning'] },
    // A role with no determiner after an inverted speaker is an apposition, no content; a clause of accord may end on a time phrase, and leaves a quotation after its comma to the quotation.
    { input: 'The levee will hold, said Tom Hale, executive director of the agency.', expected: [['indirect', 'The levee will hold', 'Tom Hale', 'say']], absent: ['executive director of the agency'] },
    { input: 'As Hale said last week, the levee is weak. As Lee said last week in Valmont, “The dam is safe.” As Roy said in March, “the gates are too old,” and nobody listened.', expected: [['indirect', 'the levee is weak', 'Hale', 'say'], ['direct', 'The dam is safe.', 'Lee', 'say'], ['direct', 'the gates are too old,', 'Roy', 'say']], absent: ['last week in Valmont', '“The dam is safe.”', '“the gates are too old,” and nobody listened'] },
    // A noun phrase with no clause after a verb that takes one ends before its adjunct of time or of where the speaker spoke; a clause keeps it.
    { input: 'Hale announced his support for the levee plan on Thursday night. Lee posted the report on Facebook. Roy said the levee would fail in a storm.', expected: [['indirect', 'his support for the levee plan', 'Hale', 'say'], ['indirect', 'the report', 'Lee', 'say'], ['indirect', 'the levee would fail in a storm', 'Roy', 'say']] },
    // A subordinate clause that a conjunction opens ends at its comma, as one that opens the sentence does.
    { input: 'But when residents were asked who would repair the levee, most of them named the regional agency. And when asked whether the dam would hold, the engineer hesitated.', expected: [['indirect', 'who would repair the levee', '', 'say'], ['indirect', 'whether the dam would hold', '', 'say']] },
    // A document that a capitalised word names, after the clause at the end of the sentence, sources it; not after a subordinate clause, which frames the main one; a document's phrase may open with two determiners.
    { input: 'Tom Hale is ahead by 5 points in a Valley Post poll released Tuesday. Though Lee trails in the latest Valley Post poll, she is confident. The question was included in a Valley Post poll. In the most recent survey, 60 percent backed the plan.', expected: [['indirect', 'Tom Hale is ahead by 5 points', 'a Valley Post poll', ''], ['indirect', '60 percent backed the plan', 'the most recent survey', '']], absent: ['Though Lee trails', 'The question was included'] },
    // An essay or a blog is where the speaker spoke: the name before it speaks.
    { input: 'Tom Hale in an essay said the levee would hold. Ann Lee in a blog post said the dam was safe.', expected: [['indirect', 'the levee would hold', 'Tom Hale', 'say'], ['indirect', 'the dam was safe', 'Ann Lee', 'say']] },
    // Past a day or an adverb after the verb, an infinitive's marker opens what it reports.
    { input: 'Hale vowed Tuesday to remain in the race. Lee threatened also to resign.', expected: [['indirect', 'to remain in the race', 'Hale', 'assert'], ['indirect', 'to resign', 'Lee', 'warn']] },
    // After a source that opens the sentence, an apposition that an article of one thing opens, the rest of a list, and a participle's phrase describe the source; a subject with its own parenthesis stays; a comparison after a source inside the sentence is the writer's.
    { input: 'According to notes from Ann Lee, a close friend of the mayor who died in 2020, the levee was weak. According to interviews with his friends, aides and allies, Hale wants to run. According to the mayor, the levee, built in 1950, will hold. The deal would cut the toll to 17 percent, according to company leaders, compared with its 25 percent toll.', expected: [['indirect', 'the levee was weak', 'notes', ''], ['indirect', 'Hale wants to run', 'interviews', ''], ['indirect', 'the levee, built in 1950, will hold', 'the mayor', ''], ['indirect', 'The deal would cut the toll to 17 percent', 'company leaders', '']], absent: ['a close friend of the mayor who died in 2020', 'aides and allies', 'compared with its 25 percent toll'] },
    // A label that an article opens before a colon is no speaker of the words after it; a body's name is.
    { input: 'The Latest: Tom Hale wins the Valmont primary by a wide margin. The New York Times: the levee will hold all winter.', expected: [['indirect', 'the levee will hold all winter', 'The New York Times', '']], absent: ['Tom Hale wins the Valmont primary by a wide margin'] },
    // One word in lower case that is no plural, or words that end on a preposition, before a participle govern it: their subject speaks; "truly" is an adverb.
    { input: 'The engineers could not resist pointing out that the levee was weak. Ann Lee can be heard yelling to the officers that the dam broke. The agency is steering clear of criticizing the operator. I truly believed the levee would hold.', expected: [['indirect', 'the levee was weak', 'The engineers', 'say'], ['indirect', 'the dam broke', 'Ann Lee', 'say'], ['indirect', 'the operator', 'The agency', 'accuse'], ['indirect', 'the levee would hold', 'I', 'estimate']] },
    // An object, then a coordinator and a verb with no subject of its own: the speaker's next predicate, no content; a coordinated noun stays.
    { input: 'Hale called the report “a fabrication” and boycotted the hearing. Roy denied the allegations and accusations.', expected: [['indirect', 'the report “a fabrication”', 'Hale', 'assert'], ['indirect', 'the allegations and accusations', 'Roy', 'deny']] },
    // Review cases: after "According to X," an apposition needs a subject in lower case after its comma; a past form before a plain noun is an adjective.
    { input: 'According to police, a woman, 34, was killed in the crash. She criticized the tax increases and planned layoffs.', expected: [['indirect', 'a woman, 34, was killed in the crash', 'police', ''], ['indirect', 'the tax increases and planned layoffs', 'She', 'accuse']] },
    // Before a colon, after a comma, words with no verb that describe the subject opening the sentence do not speak: the subject does.
    { input: 'Tom Hale, a former engineer at the dam: “The gates were too old.”', expected: [['direct', 'The gates were too old.', 'Tom Hale', '']] },
    // A reporting gerund after a coordinator is the speaker's next report; after a gerund's content, so is any gerund; not when the content holds a gerund of its own, nor a compound's last part.
    { input: 'Tom Hale did it sideways, acknowledging that the levee had held but warning that its repairs would cost millions.', expected: [['indirect', 'the levee had held', 'Tom Hale', 'confirm'], ['indirect', 'its repairs would cost millions', 'Tom Hale', 'warn']] },
    { input: 'The mayor weighed in, tweeting that the flood was a disaster and asking, "Who signed off on this levee?"', expected: [['indirect', 'the flood was a disaster', 'The mayor', 'say'], ['direct', 'Who signed off on this levee?', 'The mayor', 'say']] },
    { input: 'Hale toured the site on Monday, emphasizing the dam\'s importance and making his pitch for new funds. The engineer said the town is growing and attracting new residents. Critics say the stories alleging cronyism and influence-peddling at the agency may be harder to rebut.', expected: [['indirect', 'the dam\'s importance', 'Hale', 'assert'], ['indirect', 'the town is growing and attracting new residents', 'The engineer', 'say'], ['indirect', 'the stories alleging cronyism and influence-peddling at the agency may be harder to rebut', 'Critics', 'say']] },
    // After a question that closes its quotation, a name and a participle further on are a sentence of their own, no incise.
    { input: 'The mayor weighed in and asked, "Who signed off on this levee?" Hale toured the site on Monday, emphasizing the dam\'s importance.', expected: [['direct', 'Who signed off on this levee?', 'The mayor', 'say'], ['indirect', 'the dam\'s importance', 'Hale', 'assert']] },
    // A noun phrase object ends at a comma and a coordinator that open a clause of its own; a list's last item stays; an object pronoun alone is an object.
    { input: 'The council charged Hale with fraud, and the mayor released the report a few hours later. Ann Lee publicly endorsed him, and the bad blood over the levee faded. The mayor praised the police, the firemen, and the volunteers who rebuilt the levee.', expected: [['indirect', 'Hale with fraud', 'The council', 'accuse'], ['indirect', 'him', 'Ann Lee', 'assert'], ['indirect', 'the police, the firemen, and the volunteers who rebuilt the levee', 'The mayor', 'assert']] },
    // A preposition of time or circumstance ends an object of names; not a noun's, which it qualifies (see the review cases); a colon before a quotation ends an object.
    { input: 'Lee criticized Hale and Roy after the hearing. The mayor defends Tom Hale amid new questions about the dam. She recalled the days before the flood. The agency describes itself in the following way: “We build dams.”', expected: [['indirect', 'Hale and Roy', 'Lee', 'accuse'], ['indirect', 'Tom Hale', 'The mayor', 'assert'], ['indirect', 'the days before the flood', 'She', 'say'], ['indirect', 'itself in the following way', 'The agency', 'say'], ['direct', 'We build dams.', 'The agency', 'say']] },
    // A verb of beginning or going on governs the gerund after it, after a name or a noun too: its subject speaks.
    { input: 'Lee kept saying the levee was weak. The mayor kept insisting that the dam was safe. Ann Lee began warning that the river would rise.', expected: [['indirect', 'the levee was weak', 'Lee', 'say'], ['indirect', 'the dam was safe', 'The mayor', 'assert'], ['indirect', 'the river would rise', 'Ann Lee', 'warn']] },
    // A past form after a noun, before a time skipped on the way to the verb, is a reduced relative that the speaker leaves out; "those surveyed" keeps its participle; a verb of beginning in the past ends the phrase before it.
    { input: 'A campaign ad released Tuesday accuses Hale of lying. A court document filed on Thursday says that the manager will not be prosecuted. Those surveyed said the levee was weak. The retired engineer began by talking about the dam, saying that the gates were old.', expected: [['indirect', 'Hale of lying', 'A campaign ad', 'accuse'], ['indirect', 'the manager will not be prosecuted', 'A court document', 'say'], ['indirect', 'the levee was weak', 'Those surveyed', 'say'], ['indirect', 'the dam', 'The retired engineer', 'say'], ['indirect', 'the gates were old', 'The retired engineer', 'say']] },
    // An "-s" form listed only with its preposition ("talks about") is a noun after a determiner: the phrase speaks.
    { input: 'A source familiar with the talks said that the levee was weak. Sources close to the talks say the dam will hold.', expected: [['indirect', 'the levee was weak', 'A source familiar with the talks', 'say'], ['indirect', 'the dam will hold', 'Sources close to the talks', 'say']] },
    // A noun with no determiner, then a preposition, after a verb that takes a bare clause, ends before where it was said.
    { input: 'The group claimed responsibility for the attack in a post on Telegram.', expected: [['indirect', 'responsibility for the attack', 'The group', 'assert']] },
    // Quoted words after a verb that a modal leads, inside an earlier verb's report, are the reporting speaker's; not across a comma that ends that report.
    { input: 'Ann Lee said that her campaign would continue "to fight for the valley" across the state. Tom Hale said the council would "review every option" before winter. If you doubt the agency, the Valley Post will call you a liar and Radio Sarne will accuse you of a "freak out."', expected: [['indirect', 'her campaign would continue "to fight for the valley" across the state', 'Ann Lee', 'say'], ['direct', 'to fight for the valley', 'Ann Lee', 'say'], ['indirect', 'the council would "review every option" before winter', 'Tom Hale', 'say'], ['fragment', 'review every option', 'Tom Hale', 'say'], ['indirect', 'you a liar', 'Valley Post', 'assert'], ['indirect', 'you of a "freak out."', 'Radio Sarne', 'accuse'], ['fragment', 'freak out.', 'Radio Sarne', 'accuse']] },
    // A plural in the phrase of where a verb cue spoke is its noun: the clause after it is the verb's.
    { input: 'Hale said in his opening remarks that the dam would hold. Lee said during her comments that the levee was weak.', expected: [['indirect', 'the dam would hold', 'Hale', 'say'], ['indirect', 'the levee was weak', 'Lee', 'say']] },
    // A plural listed only with its preposition opens a bare clause; a noun phrase with no relative pronoun after the last comma is the writer's apposition.
    { input: 'The union said talks had broken down. The opposition claims the vote was rigged, a charge the government denies.', expected: [['indirect', 'talks had broken down', 'The union', 'say'], ['indirect', 'the vote was rigged', 'The opposition', 'assert']] },
    // Review cases: a gerund after a copula's predicate or opening a clause stays in the content; with no cue before it, a question's speaker may be the name after it; a noun's time phrase stays; a naming verb's quoted words are the namer's.
    { input: 'Neighbors said the man was drunk and threatening to shoot anyone who approached. Pratt said the plan was ambitious but promising. The bishop condemned the violence after the match. Hale says his rivals will call him "soft on crime," but he does not care.', expected: [['indirect', 'the man was drunk and threatening to shoot anyone who approached', 'Neighbors', 'say'], ['indirect', 'the plan was ambitious but promising', 'Pratt', 'say'], ['indirect', 'the violence after the match', 'The bishop', 'accuse'], ['fragment', 'soft on crime,', 'his rivals', 'assert']] },
    { input: '"Who approved this?" Hale toured the site on Tuesday, emphasizing the cracks.', expected: [['direct', 'Who approved this?', 'Hale', 'assert']] },
    // Verbs of saying, asserting and estimating: clarify, reassure (only a clause after its object), forecasted, surmise; "attest to", "the latest forecast" are no cues.
    { input: 'The mayor later clarified that the dam had held. The minister reassured residents that the water was safe. The minister reassured his allies on Monday. The agency forecasted that the river would crest on Friday. Hale surmised the spillway had jammed. The latest forecast suggests the river will crest.', expected: [['indirect', 'the dam had held', 'The mayor', 'say'], ['indirect', 'the water was safe', 'The minister', 'assert'], ['indirect', 'the river would crest on Friday', 'The agency', 'estimate'], ['indirect', 'the spillway had jammed', 'Hale', 'estimate'], ['indirect', 'the river will crest', 'The latest forecast', 'assert']] },
    // A percent sign after a number stays when a time phrase is cut after it.
    { input: 'The bank predicted a rise of 3.1% last week.', expected: [['indirect', 'a rise of 3.1%', 'The bank', 'estimate']] },
    // A capitalised verb form right after a capitalised word, in a sentence in lower case, ends a name and is no cue.
    { input: '"The risk," said Tom Hale, who directs the Sarne Valley Report, "is that the dam will not hold."', expected: [['direct', 'The risk,', 'Tom Hale', 'say'], ['direct', 'is that the dam will not hold.', 'Tom Hale', 'say']], sameTurn: [['The risk,', 'is that the dam will not hold.']] },
    // A word in "-ly" between a determiner and a verb is a noun ("The family said"); before a plain word it stays an adverb ("a largely silent crowd").
    { input: 'The family said in a statement that the boy had drowned. His family says the dam was unsafe. Hale told a largely silent crowd that the levee would hold.', expected: [['indirect', 'the boy had drowned', 'The family', 'say'], ['indirect', 'the dam was unsafe', 'His family', 'say'], ['indirect', 'the levee would hold', 'Hale', 'say']] },
    // A person named inside a report whose cue comes after it speaks too; a role there stays part of the outer content.
    { input: 'Tom Hale urged the council to close the road, a city official said. The mayor urged the council to reopen it, an aide said.', expected: [['indirect', 'Tom Hale urged the council to close the road', 'a city official', 'say'], ['indirect', 'the council to close the road', 'Tom Hale', 'demand'], ['indirect', 'The mayor urged the council to reopen it', 'an aide', 'say']] },
    // After a subject and its parenthesis, a phrase after the verb that holds a past form before an article or a pronoun is the content's clause, not an inverted speaker.
    // A phrase after the verb is no speaker when a subject and its parenthesis open the sentence.
    { input: 'A senior diplomat, speaking on condition of anonymity, said the sides remained far apart.', expected: [['indirect', 'the sides remained far apart', 'A senior diplomat', 'say']] },
    { input: 'A senior official, speaking on condition of anonymity, said the flood destroyed the bridge. The engineer, who asked not to be named, said the crack worried him.', expected: [['indirect', 'the flood destroyed the bridge', 'A senior official', 'say'], ['indirect', 'the crack worried him', 'The engineer', 'say']], absent: ['not to be named'] },
    // An opening phrase before a clause, then a role and a name in apposition before the verb: the clause is content. Two roles joined by "and" before a name are one speaker.
    { input: 'Despite a series of defeats, Hale remains in the race, his top aide, Tom Reyes, told reporters. The firm lobbied on the dam, said lobbyist and party strategist Ann Lee.', expected: [['indirect', 'Despite a series of defeats, Hale remains in the race', 'Tom Reyes', 'say'], ['indirect', 'The firm lobbied on the dam', 'Ann Lee', 'say']] },
    // After the verb's comma, a parenthesis, then the verb's own "that": the clause after it is the verb's content.
    { input: 'The Valley Post reported, citing two engineers, that the spillway had jammed. Hale warned, in a speech on Monday, that the dam could fail.', expected: [['indirect', 'the spillway had jammed', 'Valley Post', 'say'], ['indirect', 'two engineers', 'Valley Post', 'say'], ['indirect', 'the dam could fail', 'Hale', 'warn']] },
    // A bracket that closes one opened before the content ends it; "since" ends an object of names.
    { input: 'A video of Hale falling (his aides later disclosed that he had the flu) renewed questions. Lee has not mentioned Hale since the debate.', expected: [['indirect', 'he had the flu', 'his aides', 'say'], ['indirect', 'Hale', 'Lee', 'say']], negated: ['Hale'] },
    // "encourage" reports a request with its infinitive, not a cause's effect.
    { input: 'Hale tweeted that the levee was "a disgrace" and encouraged residents to "call the council." Low rates have encouraged borrowing.', expected: [['indirect', 'the levee was "a disgrace"', 'Hale', 'say'], ['fragment', 'a disgrace', 'Hale', 'say'], ['indirect', 'residents to "call the council."', 'Hale', 'demand'], ['fragment', 'call the council.', 'Hale', 'demand']] },
    // "read" gives a text's quoted words to the text; with no quotation it reports nothing.
    { input: 'The statement read: "The company regrets the delay." "Stay away," the sign read. Hale read the report and left.', expected: [['direct', 'The company regrets the delay.', 'The statement', 'say'], ['direct', 'Stay away,', 'the sign', 'say']] },
    // A few quoted words in lower case right after a cue, that the clause goes on after, are a fragment; at the clause's end they are what was said.
    { input: 'The agency warned of "catastrophic" flooding. Hale said "no."', expected: [['fragment', 'catastrophic', 'The agency', 'warn'], ['direct', 'no.', 'Hale', 'say']] },
    // Review cases: a noun cue after a verb inside a report is no nested report; a quoted utterance with a pronoun stays direct; a "-ly" word after a demonstrative stays an adverb.
    { input: 'Hale rejected calls to close the dam, a person familiar with the talks said. She said "we will win" and walked off the stage. That certainly was not the intention, the spokesman said.', expected: [['indirect', 'Hale rejected calls to close the dam', 'a person familiar with the talks', 'say'], ['indirect', '"we will win" and walked off the stage', 'She', 'say'], ['direct', 'we will win', 'She', 'say'], ['indirect', 'That certainly was not the intention', 'the spokesman', 'say']] },
    // A gerund after "as" has its subject before it: "quoted as saying he …" is no inverted "he".
    { input: 'Hale was quoted as saying he would not resign.', expected: [['indirect', 'he would not resign', 'Hale', 'say']] },
    // "ruled" reports a decision only with its complementizer.
    { input: 'The court ruled on Monday that the levee tax was illegal. The king ruled the valley for 40 years.', expected: [['indirect', 'the levee tax was illegal', 'The court', 'assert']] },
    // "but" joins the speaker's next predicate as "and" does: the object ends before it.
    { input: 'The company acknowledged the breach but said no data had been taken. Hale confirmed the closure but declined to comment.', expected: [['indirect', 'the breach', 'The company', 'confirm'], ['indirect', 'no data had been taken', 'The company', 'say'], ['indirect', 'the closure', 'Hale', 'confirm'], ['indirect', 'to comment', 'Hale', 'say']], negated: ['to comment'] },
    // In a source's phrase, a plain form after a singular article is a noun: "report" here is no verb.
    { input: 'According to a police report obtained by the Valley Post, the driver was speeding.', expected: [['indirect', 'the driver was speeding', 'a police report obtained by the Valley Post', '']], absent: ['obtained by the Valley Post, the driver was speeding'] },
    // "as noted by", "as pointed out by" credit a source, as "according to" does.
    { input: 'As noted by the mayor, the dam is more than 100 years old. The levee is weak, as pointed out by engineers.', expected: [['indirect', 'the dam is more than 100 years old', 'the mayor', ''], ['indirect', 'The levee is weak', 'engineers', '']] },
    // A name after "of" and a person says where the person is from; an age alone between commas after a capitalised word sets off its subject.
    { input: 'Rep. Tom Hale of Sarne said the bill was dead. Reed, 45, said the town was dying.', expected: [['indirect', 'the bill was dead', 'Tom Hale', 'say'], ['indirect', 'the town was dying', 'Reed', 'say']] },
    // Review cases: "as explained by" gives a cause, no source.
    { input: 'The rise in prices, as explained by the laws of supply and demand, was inevitable.', expected: [], absent: ['The rise in prices'] },
    // "but" answering a negation of the content goes on with it ("not for …, but because …", "but rather", "but also"); "but that there is" is a second clause.
    { input: 'Hale said he was charged not for what he did, but because of who he is. Reed said the mayor would not resign, but rather fight the vote. Ann Lee said the town had made progress, but that there was more to do.', expected: [['indirect', 'he was charged not for what he did, but because of who he is', 'Hale', 'say'], ['indirect', 'the mayor would not resign, but rather fight the vote', 'Reed', 'say'], ['indirect', 'the town had made progress, but that there was more to do', 'Ann Lee', 'say']] },
    // Not before a reporting verb, nor a "but" + preposition that no preposition after the negation answers.
    { input: 'Hale said the bill would not pass, but also warned that the vote was close. Reed said the dam would not hold, but in the end it did.', expected: [['indirect', 'the bill would not pass', 'Hale', 'say'], ['indirect', 'the vote was close', 'Hale', 'warn'], ['indirect', 'the dam would not hold', 'Reed', 'say']] },
    // An irregular participle opens a parenthesis after the subject, as one in -ed does.
    { input: 'The man, known locally as Bobo, said the dam would hold. The report, written by three engineers, found that the levee was weak.', expected: [['indirect', 'the dam would hold', 'The man', 'say'], ['indirect', 'the levee was weak', 'The report', 'say']] },
    // After a quotation, a subject and a relative clause before "told": the subject speaks, not the person told; a quotation and its speaker's phrase are no content before the verb.
    { input: '"It is a disgrace," Paul Roy, who lives nearby, told the Post. "We were warned," one resident, who gave only his first name, Tom, told the Ledger.', expected: [['direct', 'It is a disgrace,', 'Paul Roy', 'say'], ['direct', 'We were warned,', 'Tom', 'say']], absent: ['"We were warned," one resident'] },
    // A gerund after "for"/"of" and the object of a verb that charges speaks for that object, and a participle after it for the sentence's subject; a phrase that ends on a preposition holds the verb whose subject speaks.
    { input: 'Ann Lee criticized Tom Hale for calling the flood "a hoax," noting that the river rose by two meters. Reed stopped short of calling for the engineer\'s resignation. Roy was accused of saying that the levee would hold.', expected: [['indirect', 'Tom Hale for calling the flood "a hoax,"', 'Ann Lee', 'accuse'], ['fragment', 'a hoax,', 'Tom Hale', 'assert'], ['indirect', 'the river rose by two meters', 'Ann Lee', 'say'], ['indirect', "the engineer's resignation", 'Reed', 'demand'], ['indirect', 'the levee would hold', 'Roy', 'say']] },
    // "said when asked": the verb after a subordinator is no chained verb of the speaker's; an agent after the asking verb asks.
    { input: '"We will see," Hale said when asked about a second term. "Absolutely," Reed said when asked by a reporter if the dam would hold.', expected: [['direct', 'We will see,', 'Hale', 'say'], ['indirect', 'a second term', '', 'say'], ['direct', 'Absolutely,', 'Reed', 'say'], ['indirect', 'if the dam would hold', 'a reporter', 'say']] },
    // A plain word that closes its sentence may be a whole object after a verb form that is no plain form, gerund after a preposition or question; "appeal" takes no object (a ruling appealed in court), "appeal for" does.
    { input: 'The mayor called for calm. The union demanded justice. The company appealed the ruling. Police appealed for witnesses to come forward. Ann Lee praised their openness to opposing viewpoints.', expected: [['indirect', 'calm', 'The mayor', 'demand'], ['indirect', 'justice', 'The union', 'demand'], ['indirect', 'witnesses to come forward', 'Police', 'demand'], ['indirect', 'their openness to opposing viewpoints', 'Ann Lee', 'assert']], absent: ['the ruling', 'viewpoints'] },
    // Review cases: "said when asked … that" keeps the clause for the speaker; "but rather than" is a comparison, no contrast.
    { input: 'Hale said when asked about a second term that he planned to run. Reed said the tax would not rise, but rather than cut spending, the town borrowed more.', expected: [['indirect', 'he planned to run', 'Hale', 'say'], ['indirect', 'the tax would not rise', 'Reed', 'say']] },
    // A passive with "am", or its auxiliary contracted onto the pronoun: the pronoun is told, it does not speak.
    { input: 'Mayor Paul Roy arrived early. I am told that the dam had failed. We’re told that the levee held.', expected: [['indirect', 'the dam had failed', '', 'say'], ['indirect', 'the levee held', '', 'say']] },
    // A pronoun that speaks, without the auxiliary contracted onto it.
    { input: 'They’ve said the dam will hold.', expected: [['indirect', 'the dam will hold', 'They', 'say']] },
    // A verb's "-s" form joined to a content after a cue in another form agrees with the content's subject: it goes on with the content.
    { input: 'Engineer Paul Roy said the levee is sound and supports the repair plan.', expected: [['indirect', 'the levee is sound and supports the repair plan', 'Paul Roy', 'say']] },
    // Not after "would", nor after a cue in the present: the speaker's next report.
    { input: 'Mayor Anna Berg said she would stay and warns that the plan is a disaster. Mayor Tom Hale is telling residents that the levee is sound and says the repairs will wait.', expected: [['indirect', 'she would stay', 'Anna Berg', 'say'], ['indirect', 'the plan is a disaster', 'Anna Berg', 'warn'], ['indirect', 'the levee is sound', 'Tom Hale', 'say'], ['indirect', 'the repairs will wait', 'Tom Hale', 'say']] },
    // A participle after a verb and its preposition: the verb's subject speaks.
    { input: 'Mayor Paul Roy was leaning toward supporting the repair plan. Engineer Ann Lee leaned toward endorsing the levee plan.', expected: [['indirect', 'the repair plan', 'Paul Roy', 'assert'], ['indirect', 'the levee plan', 'Ann Lee', 'assert']] },
    // Two people joined by "and", each with a role in capitals before the name: both speak.
    { input: 'Governor Tom Hale and Mayor Anna Berg said the levee would hold.', expected: [['indirect', 'the levee would hold', 'Governor Tom Hale and Mayor Anna Berg', 'say']] },
    // Two role phrases joined by "and" that open the clause speak together; not an object before "and".
    // Three role phrases or more, with their commas, before or after the verb.
    { input: 'The governor, the mayor and the sheriff said the levee would hold. "We are ready," said the engineer, the fire chief and the doctor.', expected: [['indirect', 'the levee would hold', 'The governor, the mayor and the sheriff', 'say'], ['direct', 'We are ready,', 'the engineer, the fire chief and the doctor', 'say']] },
    { input: 'The governor and the mayor said the levee would hold. Police arrested the engineer and the mayor said nothing more.', expected: [['indirect', 'the levee would hold', 'The governor and the mayor', 'say']] },
    // A short role phrase after the verb and the name in apposition after its comma: the name speaks.
    { input: '"The levee will hold," said the mayor, Jeanne Pellerin, who arrived early.', expected: [['direct', 'The levee will hold,', 'Jeanne Pellerin', 'say']] },
    // A fear takes a clause with no "that"; "fear mongering" is a noun.
    { input: 'Officials fear the death toll could rise. Critics denounced the fear mongering of the campaign.', expected: [['indirect', 'the death toll could rise', 'Officials', 'warn'], ['indirect', 'the fear mongering of the campaign', 'Critics', 'accuse']] },
    // After a source or a verb, a second role phrase after "and" speaks with the first; not the subject of a clause that goes on.
    { input: 'According to the governor and the mayor, the levee will hold. "It will hold," said the engineer and the mayor agreed.', expected: [['indirect', 'the levee will hold', 'the governor and the mayor', ''], ['direct', 'It will hold,', 'the engineer', 'say']] },
    // A role phrase's report inside a report whose cue comes after it is kept too.
    { input: 'The mayor told investigators he was at home, court documents show.', expected: [['indirect', 'The mayor told investigators he was at home', 'court documents', 'say'], ['indirect', 'he was at home', 'The mayor', 'say']] },
    // Review: a verb of saying joined by "and" is the speaker's next report; a fear's noun phrase is no report; a list after a verb is its object.
    { input: 'He told reporters the war is over and insists the troops will come home. She feared the worst and called the police. Police arrested Mayor Tom Hale and Governor Anna Berg said the arrest was political.', expected: [['indirect', 'the war is over', 'He', 'say'], ['indirect', 'the troops will come home', 'He', 'assert'], ['indirect', 'the arrest was political', 'Anna Berg', 'say']] },
    // Review: a name with "Toward" in it stays whole; a second role phrase that a clause goes on from does not join; a source before a subordinate clause reports the words before it.
    { input: 'Leaders of the Movement Toward Socialism party said the vote was fraudulent. "It will hold," said the engineer and the mayor nodded. The levee will hold, according to the governor and the mayor, even though residents doubt it.', expected: [['indirect', 'the vote was fraudulent', 'Leaders of the Movement Toward Socialism party', 'say'], ['direct', 'It will hold,', 'the engineer', 'say'], ['indirect', 'The levee will hold', 'the governor and the mayor', '']] },
    // Roles common in local news: "firefighter", "farmer".
    { input: 'The firefighter and the farmer said the water had reached the barn.', expected: [['indirect', 'the water had reached the barn', 'The firefighter and the farmer', 'say']] },
    // A longer phrase before a name in apposition, past a possessive or an honorific.
    { input: '"Sleep is not a luxury," said the study’s lead author, Dr. Nina Patel of Eastlake University. "We will recover," said the company’s chief executive, Tom Reed.', expected: [['direct', 'Sleep is not a luxury,', 'Nina Patel', 'say'], ['direct', 'We will recover,', 'Tom Reed', 'say']] },
    // The same in a quotation's speaker.
    { input: '"The fire spread fast," said Fire Captain Mark Deleon. "It is devastating," said Ron Baker, who has worked at the plant for 31 years.', expected: [['direct', 'The fire spread fast,', 'Mark Deleon', 'say'], ['direct', 'It is devastating,', 'Ron Baker', 'say']] },
    // A quantifier floats between a plural subject and its verb; with nothing before it, it is the subject. A list of plain words that opens the sentence speaks.
    { input: 'Police, firefighters and paramedics all said the response had been well coordinated. The mayor and the sheriff both said they backed the curfew. To varying degrees, all agreed that the plan was flawed.', expected: [['indirect', 'the response had been well coordinated', 'Police, firefighters and paramedics', 'say'], ['indirect', 'they backed the curfew', 'The mayor and the sheriff', 'say'], ['indirect', 'the plan was flawed', 'all', 'confirm']] },
    // A call in a preposition's phrase is where the speaker spoke; "that" before a form that a verb of its own follows is the complementizer.
    { input: 'The CEO, Robert Lang, told analysts on a conference call that demand remained strong. Lang said in a call with reporters that the plant would close.', expected: [['indirect', 'demand remained strong', 'Robert Lang', 'say'], ['indirect', 'the plant would close', 'Robert Lang', 'say']] },
    // A request of anonymity reports nothing; a subject that says no one speaks negates its verb; the words after an incise that a quotation's comma opens are direct.
    { input: 'A neighbor, who asked not to be named, said the family kept to themselves. Nobody knows what the future holds for the plant. "The numbers," said Treasurer Amy Lott, "speak for themselves."', expected: [['indirect', 'the family kept to themselves', 'A neighbor', 'say'], ['indirect', 'what the future holds for the plant', 'Nobody', 'estimate'], ['direct', 'The numbers,', 'Amy Lott', 'say'], ['direct', 'speak for themselves.', 'Amy Lott', 'say']], absent: ['not to be named'], negated: ['what the future holds for the plant'] },
    // A modal and its verb after the conjunction go on with the content; with a word between, a report of its own ends it.
    { input: 'Spokesman Tim Ross said the mayor was aware of the allegations and would respond in due course. Ross said the mayor was aware of the allegations and would not comment further.', expected: [['indirect', 'the mayor was aware of the allegations and would respond in due course', 'Tim Ross', 'say'], ['indirect', 'the mayor was aware of the allegations', 'Tim Ross', 'say']] },
    // A participle with its object after an incise only qualifies it; the quotation after its comma goes on with the first; one that introduces it does not.
    { input: '"We are going to appeal," he said, referring to the court’s decision, "and we are going to win." "We started talks," Lee said, adding of the mayor, "He cares."', expected: [['direct', 'We are going to appeal,', 'he', 'say'], ['indirect', 'the court’s decision', 'he', 'say'], ['direct', 'and we are going to win.', 'he', 'say'], ['direct', 'We started talks,', 'Lee', 'say'], ['direct', 'He cares.', 'Lee', 'say']], absent: ['the court’s decision, "and we are going to win."'] },
    // Review cases: an opening phrase is no member of a list of roles; a name after a link to a person is that person's; a relative on the call; a collective that speaks elsewhere is a headline's speaker; the words after an incise of a scare-quoted phrase stay a fragment.
    { input: 'Unlike the governor, the mayor and the sheriff said the roads were open. "We are ready," the mayor, the sheriff and the fire chief told reporters.', expected: [['indirect', 'the roads were open', 'the mayor and the sheriff', 'say'], ['direct', 'We are ready,', 'the mayor, the sheriff and the fire chief', 'say']] },
    { input: '"She was so kind," said the brother of the victim, Nadia Benali. "Demand remains strong," the chief executive said on a conference call that lasted an hour.', expected: [['direct', 'She was so kind,', 'the brother of the victim', 'say'], ['direct', 'Demand remains strong,', 'the chief executive', 'say']], absent: ['lasted an hour'] },
    { input: 'Police: "The suspect is armed." The suspect fled on foot, the police said. Critics called the law "draconian," referring to its penalties, "and unworkable."', expected: [['direct', 'The suspect is armed.', 'Police', ''], ['fragment', 'and unworkable.', 'Critics', 'say']] },
    // A subordinating word before a subject's title; a resumed quotation that opens on "but".
    { input: '"It is accurate," Whitaker said when Judge Amos asked him. "I stand by it." "We disagree," the lawyer said, referring to the ruling, "but we will appeal."', expected: [['direct', 'It is accurate,', 'Whitaker', 'say'], ['direct', 'I stand by it.', 'Whitaker', 'say'], ['indirect', 'the ruling', 'the lawyer', 'say'], ['direct', 'but we will appeal.', 'the lawyer', 'say']] },
    // A list that opens the sentence may open with a determiner.
    { input: 'His mother, father and sister said he was innocent.', expected: [['indirect', 'he was innocent', 'His mother, father and sister', 'say']] },
    // A phrase right after the verb that makes it report nothing (`objectSenses`), while a clause that opens on it still reports.
    { input: 'The governor declared a state of emergency as the river rose. She said goodbye to the crews. Hale showed no emotion as the verdict was read.', expected: [], absent: ['a state of emergency', 'goodbye to the crews', 'no emotion as the verdict was read'] },
    { input: 'The mayor said nothing about the budget, and he told the story of his escape. The mayor said nothing would change.', expected: [['indirect', 'nothing would change', 'The mayor', 'say']], absent: ['nothing about the budget', 'the story of his escape'] },
    { input: 'The coach said nothing more needed to be said. The general declared war crimes would be punished. The witness said a prayer was read. The mayor said goodbye to residents at a packed town hall.', expected: [['indirect', 'nothing more needed to be said', 'The coach', 'say'], ['indirect', 'war crimes would be punished', 'The general', 'assert'], ['indirect', 'a prayer was read', 'The witness', 'say']], absent: ['goodbye to residents at a packed town hall'] },
    // An "-ly" word that is no adverb (`notAdverbs`) and a focus adverb or approximator before a number stay in the content; other adverbs do not.
    { input: 'The company said quarterly revenue would miss forecasts. Officials said only 12 people had been hurt. The mayor said repeatedly the dam was safe. The minister said again 20 jobs would go. She said calmly voters would decide.', expected: [['indirect', 'quarterly revenue would miss forecasts', 'The company', 'say'], ['indirect', 'only 12 people had been hurt', 'Officials', 'say'], ['indirect', 'the dam was safe', 'The mayor', 'say'], ['indirect', '20 jobs would go', 'The minister', 'say'], ['indirect', 'voters would decide', 'She', 'say']] },
    { input: 'Officials said nearly half of residents had left the island.', expected: [['indirect', 'nearly half of residents had left the island', 'Officials', 'say']] },
    // "champion" is a noun, and a gerund right after the inverted verb qualifies the title; a name may qualify the noun of where the speaker spoke.
    { input: '"It was tough," said Olympic champion Lara Quinn. "It was long," said defending champion Tom Hale. The singer said in an Instagram post that she was cancelling the tour.', expected: [['direct', 'It was tough,', 'Lara Quinn', 'say'], ['direct', 'It was long,', 'Tom Hale', 'say'], ['indirect', 'she was cancelling the tour', 'The singer', 'say']], absent: ['Lara Quinn'] },
    // A pronoun stands for one name after a title.
    { input: 'Governor Tillman toured the levee. "It held," he said.', expected: [['direct', 'It held,', 'Tillman', 'say']] },
    // The people told before a colon are no speaker: the verb's cue reports the words.
    { input: 'Benning told the Financial Courier: "We are not for sale." Hale wrote to the Valmont Herald: "Never."', expected: [['direct', 'We are not for sale.', 'Benning', 'say'], ['direct', 'Never.', 'Hale', 'say']] },
    // A past form before a plain word, after a noun, is the sentence's verb: the subject before it speaks for the participle after the comma.
    { input: 'The central bank held interest rates at 4.25% on Wednesday, saying inflation remained high. The company raised prices, saying costs had soared. The revised plan drew criticism.', expected: [['indirect', 'inflation remained high', 'The central bank', 'say'], ['indirect', 'costs had soared', 'The company', 'say']] },
    // "Centers" heads a body's name as "Center" does.
    { input: 'According to the Centers for Disease Control, about 12% of adults reported symptoms.', expected: [['indirect', 'about 12% of adults reported symptoms', 'Centers for Disease Control', '']] },
    // A noun that names titles makes none before an incise ('a program "…," he told', 'what he called "…," she said').
    { input: 'The program "is gaining traction," Hale told reporters. It was what the mayor called "A Historic Day," the spokesman said.', expected: [['direct', 'is gaining traction,', 'Hale', 'say'], ['direct', 'A Historic Day,', 'the spokesman', 'say']] },
    // "according to him" stands for the person named in apposition after a role.
    { input: '"AI will not replace teachers," said its founder, Ravi Menon. According to him, the reform is useless.', expected: [['direct', 'AI will not replace teachers,', 'Ravi Menon', 'say'], ['indirect', 'the reform is useless', 'Ravi Menon', '']] },
    // An adjective of `complementAdjectives` keeps its preposition's phrase in the source.
    { input: 'The hackers demanded a ransom of $5 million, according to a person familiar with the matter. According to a source close to the talks, the deal is off.', expected: [['indirect', 'The hackers demanded a ransom of $5 million', 'a person familiar with the matter', ''], ['indirect', 'the deal is off', 'a source close to the talks', '']] },
    // An age with its hyphens is one word of the speaker's phrase: not "year-old".
    {
      input: 'The 23-year-old said she would return next season. "I am not done yet," the 31-year-old striker told reporters.',
      expected: [['indirect', 'she would return next season', 'The 23-year-old', 'say'], ['direct', 'I am not done yet,', 'the 31-year-old striker', 'say']],
    },
    // Laughing and smiling report only right after a quotation, or before a colon or a quotation.
    {
      input: '"Honestly? I was terrified," laughs Mara Quill, 29. She smiled at the crowd, then left. "Keep out," the old wooden sign read.',
      expected: [['direct', 'Honestly? I was terrified,', 'Mara Quill', 'say'], ['direct', 'Keep out,', 'the old wooden sign', 'say']],
    },
    // A scare quote before the subject of a laugh or a shrug is no quotation of the subject's; "read, in part:" introduces one.
    {
      input: 'Asked about the "deal", Tom Hale shrugged. The statement read, in part: "We are deeply saddened."',
      expected: [['fragment', 'deal', '', ''], ['direct', 'We are deeply saddened.', 'The statement', 'say']],
    },
    // A verb's form that is also a plural noun is the noun after a verb form, or before a plural auxiliary or a past form and its object.
    {
      input: 'Mayor Lena Dorsey repeated claims her rival made in March. The drone attacks changed the race, and the flood alerts were ignored.',
      expected: [],
      absent: ['her rival made in March', 'changed the race'],
    },
    // Not after a passive's participle, nor before a modal, or after an adverb, where a relative clause with a gap leaves the form to the verb.
    {
      input: 'The driver who was arrested claims he never saw the cyclist. Floods are rising, a trend that the agency promises will end "within a decade." Even the dams the council now claims are "fully safe" were never inspected.',
      expected: [['indirect', 'he never saw the cyclist', 'The driver', 'assert'], ['fragment', 'within a decade.', 'the agency', 'assert'], ['fragment', 'fully safe', 'the council', 'assert']],
    },
    // A phrase after the verb speaks with an adjunct to the end of the sentence, when a clause ends at the comma before the verb.
    {
      input: 'The striker will be out for six weeks, said the club in a statement on Monday.',
      expected: [['indirect', 'The striker will be out for six weeks', 'the club', 'say']],
    },
    // A bare clause of two words, a subject and a past form that ends the sentence; not a day or an adverb.
    {
      input: 'The bank said inflation eased. Its chief economist said he agreed. The mayor said Tuesday. She said earlier.',
      expected: [['indirect', 'inflation eased', 'The bank', 'say'], ['indirect', 'he agreed', 'Its chief economist', 'say']],
      absent: ['Tuesday', 'earlier'],
    },
    // A phrase before a relative clause between commas is the subject of the verb after them, not the phrase after it.
    {
      input: 'The minister, who spoke to reporters in Oslo, said the economy grew. The bank, which cut rates twice, said the recovery stalled.',
      expected: [['indirect', 'the economy grew', 'The minister', 'say'], ['indirect', 'the recovery stalled', 'The bank', 'say']],
    },
    // A plural form before a past form of a verb is its noun subject, also after capitalised words that open the sentence.
    {
      input: 'Local reports said the bridge had collapsed. Some GOP figures declared that the count was rigged.',
      expected: [['indirect', 'the bridge had collapsed', 'Local reports', 'say'], ['indirect', 'the count was rigged', 'Some GOP figures', 'assert']],
    },
    // The verb of a relative clause, or a noun phrase right after a noun, leaves the form to the verb.
    {
      input: 'The nurse who resigned claims she was bullied for years. Investigators examined payments the minister claims were "consulting fees".',
      expected: [['indirect', 'she was bullied for years', 'The nurse who resigned', 'assert'], ['fragment', 'consulting fees', 'the minister', 'assert']],
    },
    // An inverted phrase speaks past a closing adjunct after a clause with no auxiliary, past a word that qualifies a time, and past a participle in the adjunct; a role's plural with no determiner speaks too.
    {
      input: 'Thorsen suffered a knee injury in training, said the club in a statement. The airport will stay closed, said officials late on Monday. The site will close, said the council in a statement released on Monday. "We will rebuild," said residents of the valley.',
      expected: [['indirect', 'Thorsen suffered a knee injury in training', 'the club', 'say'], ['indirect', 'The airport will stay closed', 'officials', 'say'], ['indirect', 'The site will close', 'the council', 'say'], ['direct', 'We will rebuild,', 'residents of the valley', 'say']],
    },
    // A plural form after a past form without its auxiliary, before a preposition or a gerund, is the object of the past form's subject.
    {
      input: 'Critics raised questions about whether the levee was safe. The agency published estimates suggesting the toll could rise.',
      expected: [['indirect', 'about whether the levee was safe', 'Critics', 'accuse'], ['indirect', 'suggesting the toll could rise', 'The agency', 'estimate']],
    },
    // A plural form that opens the sentence before a participle and its preposition is a noun the participle qualifies; a pronoun between a noun and a past form opens a relative clause with a gap.
    {
      input: 'Official figures released on Monday showed that unemployment rose. Figures published by the bank showed that lending fell. The man she married claims he never hit her.',
      expected: [['indirect', 'unemployment rose', 'Official figures', 'say'], ['indirect', 'lending fell', 'Figures', 'say'], ['indirect', 'he never hit her', 'The man she married', 'assert']],
    },
    // An inverted phrase past an adjunct speaks only when a speaker's noun heads it, not an object in a list of predicates.
    {
      input: 'The firm hired 200 workers, announced a new plant in Ohio. The coach arrived late, said a few words at the ceremony. The factory will close in June, said the 300 workers in a joint letter.',
      expected: [['indirect', 'The factory will close in June', 'the 300 workers', 'say']],
      absent: ['The firm hired 200 workers', 'The coach arrived late'],
    },
    // No two-word clause after a relative's verb; a relative clause before the verb leaves an incise's phrase that a comma closes its speaker; a plural noun after an opening adjunct.
    {
      input: 'The senator who said sorry resigned. In the end, those who said yes won. The decision, which angered fans, said the club, was taken reluctantly. On Monday, Russian reports claimed the bridge had collapsed.',
      expected: [['indirect', 'was taken reluctantly', 'the club', 'say'], ['indirect', 'the bridge had collapsed', 'Russian reports', 'assert']],
      absent: ['sorry resigned', 'yes won', 'the club, was taken reluctantly'],
    },
    // Two words before an inverted verb are a clause when the second is a past form; a speaker's noun with no determiner speaks; a word that qualifies a time ends the speaker.
    {
      input: 'Shares fell, said analysts. Two men were arrested, said police early Saturday. The club will appeal, said a spokeswoman for the club later.',
      expected: [['indirect', 'Shares fell', 'analysts', 'say'], ['indirect', 'Two men were arrested', 'police', 'say'], ['indirect', 'The club will appeal', 'a spokeswoman for the club', 'say']],
    },
    // A title in apposition between commas after a title noun, opened by a capital; not a scare quote in lower case.
    {
      input: 'His new album, "Rain on the roof," is his most personal. The plan, "a disaster," critics said, will be scrapped.',
      expected: [['direct', 'a disaster,', 'critics', 'say']],
      absent: ['Rain on the roof,', 'Rain on the roof'],
    },
    // Two words before an inverted verb are no clause when the first is a singular noun with no determiner, a participle's object.
    {
      input: 'Case closed, the judge said. Everyone survived, said police early Sunday.',
      expected: [['indirect', 'Everyone survived', 'police', 'say']],
      absent: ['Case closed'],
    },
    // An agent's plural with no determiner speaks after an inverted verb; "died", "lied" are past forms; "Talks" is a plural noun; a time qualifier ends a body's noun phrase.
    {
      input: 'Prices slumped, said traders in London. Nobody died, said keepers. She lied, prosecutors said. Talks stalled, diplomats said on Friday. The truce is holding, said a UN spokesman late Tuesday.',
      expected: [['indirect', 'Prices slumped', 'traders', 'say'], ['indirect', 'Nobody died', 'keepers', 'say'], ['indirect', 'She lied', 'prosecutors', 'say'], ['indirect', 'Talks stalled', 'diplomats', 'say'], ['indirect', 'The truce is holding', 'a UN spokesman', 'say']],
    },
    // A verb that confirms or denies, inverted, with an agent's phrase and an adjunct after it; not a document it confirms or denies.
    {
      input: 'The plant will close in March, confirmed the company in a statement. The minister resigned, denied the reports in a statement.',
      expected: [['indirect', 'The plant will close in March', 'the company', 'confirm']],
      absent: ['The minister resigned'],
    },
    // A name the recogniser leaves a candidate, the subject of a verb (past a parenthesis too), is the antecedent of a later pronoun.
    {
      input: 'Dana Whitfield was blunt after the match. "We switched off," she said. The novelist Ines Duarte, whose debut won a prize, was modest. "I wrote the book I wanted to read," she said.',
      expected: [['direct', 'We switched off,', 'Dana Whitfield', 'say'], ['direct', 'I wrote the book I wanted to read,', 'Ines Duarte', 'say']],
    },
    // A form that may be a noun qualifies the inverted speaker's title; three role words between a body and the person; a speaker whose span holds its role phrase and comma.
    {
      input: '"We found ice," said project scientist Yuki Tanaka. "Our chips are fast," claimed Veltro chief technology officer Arjun Nair at the launch. The shortage will last until 2026, the chief executive of Tessaro, Ruth Engel, told investors. Hours after the dam broke, the chief executive, Ruth Engel, responded.',
      expected: [['direct', 'We found ice,', 'Yuki Tanaka', 'say'], ['direct', 'Our chips are fast,', 'Arjun Nair', 'assert'], ['indirect', 'The shortage will last until 2026', 'Ruth Engel', 'say']],
      absent: ['scientist Yuki Tanaka', 'Hours after the dam broke'],
    },
    // An excerpt's paragraphs opened with straight marks that never close: a paragraph in curly marks is no reopening of them, and quotations paired inside such a mark are kept.
    {
      input: 'The paper reports:\n\n"The first time she saw him, she was beginning to understand.\n\n"Kevin was snoring.\n\n“Here he is, babe,” she said.\n\n"The crowd cheered when Lee said: “We will win!”\n\n“That is right,” Mara said.',
      expected: [['direct', 'Here he is, babe,', 'she', 'say'], ['direct', 'We will win!', 'Lee', ''], ['direct', 'That is right,', 'Mara', 'say']],
      absent: ['Kevin was snoring.\n\n“Here he is, babe,', 'The crowd cheered when Lee said: “We will win!”\n\n“That is right,'],
    },
    // A noun's complement past one role word before the name; a bare noun and its complement after a quotation; a document's author after "by" or "from".
    {
      input: 'The family of climber Rhys Harper said: "He died doing what he loved." "We are devastated," organisers of the Moorside Folk Festival said. Youth unemployment has doubled, according to a report by the Fairwork Institute. Naps lower blood pressure, according to a study from Monday.',
      expected: [['direct', 'He died doing what he loved.', 'The family of climber Rhys Harper', 'say'], ['direct', 'We are devastated,', 'organisers of the Moorside Folk Festival', 'say'], ['indirect', 'Youth unemployment has doubled', 'a report by the Fairwork Institute', ''], ['indirect', 'Naps lower blood pressure', 'a study', '']],
    },
    // A person that is a sentence's subject is a pronoun's antecedent before a later candidate's; a confirming verb's phrase speaks only before an adjunct of where it was said; a quotation of two paragraphs may mix straight and curly marks.
    {
      input: 'Captain Jon Vik has sailed these waters for decades. Northern Light sank in calm seas. "I still cannot explain it," he said. The goalkeeper made six saves, acknowledged supporters in the stand behind the goal.\n\n"We have worked here for thirty years.\n\n“Now they want us gone,” said Tom Hale.',
      expected: [['direct', 'I still cannot explain it,', 'Jon Vik', 'say'], ['direct', 'We have worked here for thirty years.\n\n“Now they want us gone,', 'Tom Hale', 'say']],
      absent: ['The goalkeeper made six saves'],
    },
    // An inverted speaker's adjunct may end at a comma before a gerund; a confirming verb's phrase does not speak before a day alone.
    {
      input: 'Yields fell sharply this year, said growers in the valley, blaming the late frost. The board met on Monday, confirmed the director on Friday.',
      expected: [['indirect', 'Yields fell sharply this year', 'growers', 'say'], ['indirect', 'the late frost', 'growers', 'accuse']],
      absent: ['The board met on Monday'],
    },
    // After a verb that takes the person told, a noun phrase that a finite auxiliary follows is the clause's subject; a capitalised verb form past a candidate name's first word after a determiner is part of the name.
    {
      input: 'The mayor promised the pool would reopen in June. The engineer warned the dam could fail. She told the Northern Echo her players had "switched off" late on.',
      expected: [['indirect', 'the pool would reopen in June', 'The mayor', 'assert'], ['indirect', 'the dam could fail', 'The engineer', 'warn'], ['fragment', 'switched off', 'She', 'say']],
    },
    // A confirming verb's phrase speaks before any adjunct after a clause with no active past predicate; an auxiliary inverted before its own subject leaves the phrase the person asked.
    {
      input: 'The plant will close in March, confirmed the company on Tuesday. Two men were arrested, confirmed police at the scene. The mayor asked the committee would it reconsider the vote.',
      expected: [['indirect', 'The plant will close in March', 'the company', 'confirm'], ['indirect', 'Two men were arrested', 'police', 'confirm']],
      absent: ['the committee would it reconsider the vote'],
    },
    // A first name alone, apposed after a person's noun, ends the sentence: the person speaks.
    { input: '"It is a miracle," added his wife, Delyth.', expected: [['direct', 'It is a miracle,', 'Delyth', 'say']] },
    // A person named after an occupation stands for a later pronoun.
    { input: 'Lifeboat crews rescued fisherman Owen Price off Whitby on Monday. "The sea turned in minutes," he said.', expected: [['direct', 'The sea turned in minutes,', 'Owen Price', 'say']] },
    // Two role words joined by "and" after a body's name, then the person: the person speaks.
    { input: '"We had a strong quarter," said Delmar chairman and chief executive Ravi Menon.', expected: [['direct', 'We had a strong quarter,', 'Ravi Menon', 'say']] },
    // A title in apposition after a title noun and its complement is no quotation.
    { input: 'The motto of the school, "Learn to serve", is carved above the gate. "We live by it," the head teacher said.', expected: [['direct', 'We live by it,', 'the head teacher', 'say']], absent: ['Learn to serve'] },
    // A description by age stands for the person named before, as a pronoun does; not an indefinite one.
    { input: 'Ella Brandt scored twice in the second half. "I just wanted the ball," the 19-year-old said afterwards. "She was everywhere," said a 23-year-old fan.', expected: [['direct', 'I just wanted the ball,', 'Ella Brandt', 'say'], ['direct', 'She was everywhere,', 'a 23-year-old fan', 'say']] },
    // A phrase an article opens after a past form, before a colon, is the verb's object: its subject speaks.
    { input: 'The presiding judge, Helen Aubert, addressed the defendant: "You have shown no remorse."', expected: [['direct', 'You have shown no remorse.', 'Helen Aubert', '']] },
    // A noun phrase's content ends at a comma and a coordinator that open a clause of its own; not a parenthesis the content's verb follows.
    { input: 'The rocket\'s second stage reported a pressure anomaly shortly after separation, and the flight was terminated. The mayor said the strike, and the chaos it caused, had cost millions.', expected: [['indirect', 'a pressure anomaly shortly after separation', 'The rocket\'s second stage', 'say'], ['indirect', 'the strike, and the chaos it caused, had cost millions', 'The mayor', 'say']] },
    // A description by age fits no name when a person's noun came in since, nor a name given another age.
    { input: 'Detective Inspector Lea Brun said a man had been arrested. "I did nothing wrong," the 23-year-old shouted.', expected: [['direct', 'I did nothing wrong,', 'the 23-year-old', 'say']] },
    { input: 'Captain Ella Brandt, 31, set up both goals. "She makes it look easy," the 19-year-old said.', expected: [['direct', 'She makes it look easy,', 'the 19-year-old', 'say']] },
    // A possessor in the phrase that opens a sentence does not keep the person after its comma from being the subject.
    { input: 'Striker Ada Lind and Mia Roe both scored. Lind\'s coach, Tom Reyes, was delighted. "She was unstoppable," he said.', expected: [['direct', 'She was unstoppable,', 'Tom Reyes', 'say']] },
    // An utterance after an opening phrase whose noun names works is a quotation when a speaker and a verb follow it, not a title in apposition.
    { input: 'On the film, "I loved every minute of making it," Ada Lind said.', expected: [['direct', 'I loved every minute of making it,', 'Ada Lind', 'say']] },
    { input: 'Asked about the plan, "It will save lives," Health Minister Lea Brun said.', expected: [['direct', 'It will save lives,', 'Lea Brun', 'say']] },
    { input: 'In his 2019 book, "Make Your Town a Garden," the architect Paul Roy suggested planting trees on every street. "It works," he said.', expected: [['direct', 'It works,', 'Paul Roy', 'say']], absent: ['Make Your Town a Garden,'] },
    // An outlet or a document that quotes someone relays their words: the object speaks, and an agency is the channel.
    { input: 'Reuters quoted a police official as saying that three people had been arrested.', expected: [['indirect', 'three people had been arrested', 'a police official', 'say']], absent: ['a police official as saying that three people had been arrested'], channel: 'Reuters' },
    { input: 'The report quoted a nurse: "We are exhausted and nobody listens."', expected: [['direct', 'We are exhausted and nobody listens.', 'a nurse', '']], absent: ['a nurse'] },
    { input: 'Police chief Tom Hale arrived on Monday. The paper quoted him as saying he would stay.', expected: [['indirect', 'he would stay', 'Tom Hale', 'say']] },
    // Owners and shopkeepers are titles before a name too.
    { input: '"The club is not for sale," said Rovers owner and chairman Tom Reyes.', expected: [['direct', 'The club is not for sale,', 'Tom Reyes', 'say']] },
    // A possessor's phrase with no article, then a name in apposition: the name speaks.
    { input: '"He has no comment," said Ravi Menon\'s spokeswoman, Lea Brun.', expected: [['direct', 'He has no comment,', 'Lea Brun', 'say']] },
    { input: 'On the album, "I wrote it in one night," singer Mia Roe said.', expected: [['direct', 'I wrote it in one night,', 'Mia Roe', 'say']] },
    { input: 'The agency quoted witnesses as saying the gunman fled on foot. The report quoted a nurse on the night shift: "Nobody came for six hours."', expected: [['indirect', 'the gunman fled on foot', 'witnesses', 'say'], ['direct', 'Nobody came for six hours.', 'a nurse', '']] },
    // A person's age between commas before a verb of telling keeps the name as its subject; the people told before a colon do not speak.
    { input: 'Restaurant owner Omar Sabry, 61, told the Gazette: "We lost everything in the flood."', expected: [['direct', 'We lost everything in the flood.', 'Omar Sabry', '']] },
    // A first name alone after a determiner and a person's noun is a subject a later pronoun may take.
    { input: 'Fisherman Owen Price sold his boat last year. His daughter Mia now runs the harbour cafe. "Nobody wants to go to sea any more," she said.', expected: [['direct', 'Nobody wants to go to sea any more,', 'Mia', 'say']] },
    // A description by age that the subject's stated age rules out fits the person named after it.
    { input: 'Captain Ella Brandt, 31, set up both goals for Mia Roe. "She makes it look easy," the 19-year-old said.', expected: [['direct', 'She makes it look easy,', 'Mia Roe', 'say']] },
    // A form that may be a noun right before a listed verb in a past or "-s" form is its subject's noun; so is the head of a compound that a determiner opens.
    { input: 'The inspection report said that the home was understaffed. "Growth will be slow," the IMF report stated.', expected: [['indirect', 'the home was understaffed', 'The inspection report', 'say'], ['direct', 'Growth will be slow,', 'the IMF report', 'say']] },
    { input: 'The inspection report, released on Monday, said that staff were exhausted. The officials report that the home was understaffed.', expected: [['indirect', 'staff were exhausted', 'The inspection report', 'say'], ['indirect', 'the home was understaffed', 'The officials', 'say']] },
    // Relayed words: a name in apposition to the object speaks; in the passive the subject does; a participle may follow the object with no link; a colon after the participle gives its words.
    { input: 'The inquiry report quoted one paramedic, Jonas Weller, as saying that ambulances had waited nine hours.', expected: [['indirect', 'ambulances had waited nine hours', 'Jonas Weller', 'say']], absent: ['one paramedic, Jonas Weller, as saying that ambulances had waited nine hours'] },
    { input: 'Mayor Ivo Kessler was quoted by the Northgate Times as saying the stadium deal was dead. The Daily Post quoted an unnamed official saying the minister would resign.', expected: [['indirect', 'the stadium deal was dead', 'Ivo Kessler', 'say'], ['indirect', 'the minister would resign', 'an unnamed official', 'say']] },
    { input: 'Former club treasurer Colin Marsh was arrested on Monday. The Lakeside Herald quoted him as saying: "I never touched the money." The paper quoted the account of a firefighter: "We had never seen a fire like it."', expected: [['direct', 'I never touched the money.', 'Colin Marsh', ''], ['direct', 'We had never seen a fire like it.', 'a firefighter', '']] },
    // Words in quotation marks after "so-called" are a name, not anyone's words.
    { input: 'The so-called "golden visa" scheme was scrapped in 2022. "It sold our passports," said opposition leader Pia Sund.', expected: [['direct', 'It sold our passports,', 'Pia Sund', 'say']], absent: ['golden visa'] },
    // A person's head noun before a link and role words keeps the name its complement: the whole phrase speaks.
    { input: '"He lived for the stage," the widow of late singer Paul Corrigan said. "This changes nothing," said the lawyer of climber Rhys Harper.', expected: [['direct', 'He lived for the stage,', 'the widow of late singer Paul Corrigan', 'say'], ['direct', 'This changes nothing,', 'the lawyer of climber Rhys Harper', 'say']] },
    // The possessive's apostrophe and clitic do not count toward the phrase's length before a name in apposition.
    { input: '"We will not sign," said chief executive Ravi Menon\'s spokeswoman, Lea Brun.', expected: [['direct', 'We will not sign,', 'Lea Brun', 'say']] },
    // A capitalised word after another is a name's, whatever its form; a role's phrase with an indefinite article stands for one person a later pronoun may take.
    { input: 'The boss of Harwick Rail said the trains were late. "We apologise," said a spokeswoman for Midland Rail. She said engineers were working on a signal.', expected: [['indirect', 'the trains were late', 'The boss of Harwick Rail', 'say'], ['direct', 'We apologise,', 'a spokeswoman for Midland Rail', 'say'], ['indirect', 'engineers were working on a signal', 'a spokeswoman for Midland Rail', 'say']] },
    // A source set between a compound verb and its object reports the whole clause, in two pieces.
    { input: 'The fire had destroyed, according to the county fire service, about 300 hectares by Monday.', expected: [['indirect', 'The fire had destroyed', 'the county fire service', ''], ['indirect', 'about 300 hectares by Monday', 'the county fire service', '']] },
    // The person told may be named with a word that is also a verb: "told the Echo".
    { input: 'Retired teacher Maria Lopes told the Echo: "I have lived on this street all my life." Her neighbour told the Echo the street was dying.', expected: [['direct', 'I have lived on this street all my life.', 'Maria Lopes', ''], ['indirect', 'the street was dying', 'Her neighbour', 'say']], absent: ['Echo: "I have lived on this street all my life."'] },
    // Congratulating and apologising are speech acts whose object is what they report; a scare-quoted phrase in it is the speaker's.
    { input: 'Peter Cullen congratulated her on "a well-run campaign". The firm apologised for "the long delays" on Monday.', expected: [['fragment', 'a well-run campaign', 'Peter Cullen', 'say'], ['fragment', 'the long delays', 'The firm', 'say']] },
    // An infinitive split by an adverb, or after a negation, is what the verb reports, with its marker.
    { input: 'Hale vowed to quickly rebuild the levee. Roy pledged never to vote for the dam.', expected: [['indirect', 'to quickly rebuild the levee', 'Hale', 'assert'], ['indirect', 'never to vote for the dam', 'Roy', 'assert']] },
    // After an object's noun, "that" and a plain word with its own object is a relative pronoun; a gerund or "such" after it opens a clause.
    { input: 'Hale attacked loopholes that benefit the developers. Roy wrote in a memo that such a levee was unsafe. Lee said at the hearing that raising the levee was urgent.', expected: [['indirect', 'loopholes that benefit the developers', 'Hale', 'accuse'], ['indirect', 'such a levee was unsafe', 'Roy', 'say'], ['indirect', 'raising the levee was urgent', 'Lee', 'say']] },
    // A relative "that" in the apposition after an inverted speaker describes it; a comparison after a source set in the sentence is the writer's.
    { input: 'The levee failed twice, said Tom Hale, a senior engineer with the agency that oversees it. Repairs would cost $9 million, according to the county, more than twice what it budgeted.', expected: [['indirect', 'The levee failed twice', 'Tom Hale', 'say'], ['indirect', 'Repairs would cost $9 million', 'the county', '']] },
    // Past the person asked, a possessive and an apposition between commas, the infinitive is what is asked; after a negated verb, "when" opens a question.
    { input: "The council asked the Echo's editor, Ruth Engel, to correct the report. Officials did not say when the road would reopen. Hale would not say when asked about the dam.", expected: [['indirect', 'to correct the report', 'The council', 'say'], ['indirect', 'when the road would reopen', 'Officials', 'say']], absent: ['when asked about the dam'], negated: ['when the road would reopen'] },
    // "that" right after a noun and before a finite reporting verb is its subject, the noun phrase that speaks.
    { input: 'Hale released a letter that says the levee is safe.', expected: [['indirect', 'the levee is safe', 'a letter', 'say']] },
    // An infinitive has no subject of its own: a comma and a coordinator before a clause with one end it, not a list's last item.
    { input: 'Hale has vowed to bring back lost jobs and roll back environmental rules, and Lee is promising to help the farmers. Roy promised to hold meetings, hearings, and other events planned by the town.', expected: [['indirect', 'to bring back lost jobs and roll back environmental rules', 'Hale', 'assert'], ['indirect', 'to help the farmers', 'Lee', 'assert'], ['indirect', 'to hold meetings, hearings, and other events planned by the town', 'Roy', 'assert']] },
    // A preposition and a day between the verb and its infinitive are the writer's.
    { input: 'Hale vowed on Wednesday to double spending on the levee.', expected: [['indirect', 'to double spending on the levee', 'Hale', 'assert']] },
    // A passive verb of asking with its auxiliary is a statement, not the question before an answer; a passive verb of telling with no agent names a hearer, not the next participle's speaker.
    { input: 'The man was questioned on Friday, police said. Dr Lee said residents had been told to stay indoors, adding that shelters would open.', expected: [['indirect', 'The man was questioned on Friday', 'police', 'say'], ['indirect', 'shelters would open', 'Lee', 'say']] },
    // A naming verb's object with a quotation in lower case is named by it, not a title.
    { input: 'The Green Party called the plan "too little, too late".', expected: [['direct', 'too little, too late', 'Green Party', 'assert']] },
    // A source set after a short noun phrase that opens the sentence reports the whole clause, whatever its verb; a document published by a body has the body as its source.
    { input: 'The figures, according to the county, understate the damage. Waiting times rose by 20 percent, according to figures published on Thursday by the regional health board.', expected: [['indirect', 'The figures', 'the county', ''], ['indirect', 'understate the damage', 'the county', ''], ['indirect', 'Waiting times rose by 20 percent', 'the regional health board', '']] },
    // After a cue that is a noun, the clause ends before the sentence's own verb; a possessive is no part of the speaker's name.
    { input: "Hale's claim that the dam was safe has angered residents. The mayor's warning that the levee could fail was ignored.", expected: [['indirect', 'the dam was safe', 'Hale', 'assert'], ['indirect', 'the levee could fail', 'The mayor', 'warn']] },
    // Words in title case right after a preposition are a work's title, even before an incise.
    { input: 'The Orchard Theatre will open its season with a new staging of "The Winter Garden", the theatre announced on Monday.', expected: [['indirect', 'The Orchard Theatre will open its season with a new staging of "The Winter Garden"', 'the theatre', 'say']], absent: ['The Winter Garden'] },
    // An adjective's infinitive reports for the adjective's subject, with adverbs after its marker too.
    { input: 'Hale was able to consistently tout his record on flooding.', expected: [['indirect', 'his record on flooding', 'Hale', 'assert']] },
    // After a determiner and a word in lower case, a plain form with no clause after it is a noun, whose phrase names no speaker.
    { input: "Analysts said the levee owed much to the mayor's bipartisan appeal, citing the cost of the flood.", expected: [['indirect', "the levee owed much to the mayor's bipartisan appeal", 'Analysts', 'say'], ['indirect', 'the cost of the flood', 'Analysts', 'say']] },
    // "who" or an age after one name marks a person, whom the full name given before names.
    { input: 'Gideon Marsh was banned for six months. Marsh, who has trained 900 winners, insisted he had done nothing wrong. Ada Lunn chaired the panel. Lunn, 61, said the ban was fair.', expected: [['indirect', 'he had done nothing wrong', 'Gideon Marsh', 'assert'], ['indirect', 'the ban was fair', 'Ada Lunn', 'say']] },
    // "it" after a clause stands for the body or country that opens its own sentence.
    { input: 'Halvorsen Motors will close the Valmont plant in March, it said on Tuesday.', expected: [['indirect', 'Halvorsen Motors will close the Valmont plant in March', 'Halvorsen Motors', 'say']] },
    // "but" and a verb with no subject of its own, like "and", start the speaker's next predicate.
    { input: 'Councillor Ann Roy welcomed the move but said it was "years overdue".', expected: [['indirect', 'the move', 'Ann Roy', 'assert'], ['indirect', 'it was "years overdue"', 'Ann Roy', 'say'], ['fragment', 'years overdue', 'Ann Roy', 'say']] },
    // A role in lower case before the name, even a word that opens a verb's phrase elsewhere ("rail against") or may be a verb ("judge"), belongs to the speaker, in an incise and after "As".
    { input: 'Eleven wagons left the tracks, rail operator Northfreight said. As judge Patricia Wilde noted, more than 200 volunteers tend the gardens.', expected: [['indirect', 'Eleven wagons left the tracks', 'Northfreight', 'say'], ['indirect', 'more than 200 volunteers tend the gardens', 'Patricia Wilde', 'say']] },
    // A name after "from" completes the noun before it, as after a link; a relative clause after it is the phrase's.
    { input: 'A resident from Pennock said the water was brown. A cleaner from Valmont who won the lottery said she would keep her job.', expected: [['indirect', 'the water was brown', 'A resident from Pennock', 'say'], ['indirect', 'she would keep her job', 'A cleaner from Valmont', 'say']] },
    // A possessive inside a body's name, before a head of organisations, is part of the name.
    { input: "The Northern Fishermen's Association warned that the quotas would ruin the fleet.", expected: [['indirect', 'the quotas would ruin the fleet', "Northern Fishermen's Association", 'warn']] },
    // Before a relative clause between commas, a name after a preposition completes the noun phrase that opens the sentence.
    { input: 'Villagers in Eddon, whose homes lie under the flight path, said the noise was unbearable.', expected: [['indirect', 'the noise was unbearable', 'Villagers in Eddon', 'say']] },
    // A relative clause's object that a currency's sign opens is no speaker: the noun before "who" speaks.
    { input: 'A cleaner who won £7 million said she would keep her job.', expected: [['indirect', 'she would keep her job', 'A cleaner', 'say']] },
    // Denying bail or entry is a decision on someone, not a denial of what was said.
    { input: "Hale was denied bail at Valmont magistrates' court. The ministry denied entry to the reporters.", expected: [], absent: ['bail', 'entry to the reporters'] },
    // A past participle right after the noun of where the speaker spoke qualifies it: the clause after it is the verb's.
    { input: 'The band said in a video posted online that all tickets would be refunded.', expected: [['indirect', 'all tickets would be refunded', 'The band', 'say']] },
    // After an apposed speaker, a reporting participle after the verb's comma still lets the clause before it be the report.
    { input: 'Skyline Air will carry two million passengers next year, its chief executive, Bjorn Aaltonen, said on Wednesday, adding: "We are back."', expected: [['indirect', 'Skyline Air will carry two million passengers next year', 'Bjorn Aaltonen', 'say'], ['direct', 'We are back.', 'Bjorn Aaltonen', '']] },
    // A name of two capitalised words before a present verb's form, past an adverb, opens the subject a pronoun stands for (not a plural noun before its own verb).
    { input: 'Germaine Tissot still drives to the market every week. “I will not give up my car,” she said.', expected: [['direct', 'I will not give up my car,', 'Germaine Tissot', 'say']] },
    { input: 'The party chairman met reporters. Other Republican leaders said on Thursday that the vote was close. “We need the truth,” he said.', expected: [['indirect', 'the vote was close', 'Other Republican leaders', 'say'], ['direct', 'We need the truth,', 'he', 'say']] },
    // A subordinator or an auxiliary that opens a sentence is no part of the name after it; a role word after a first name is a surname before any word in lower case but a link.
    { input: 'Senator Marco Rubio spoke in Iowa. Does Rubio still back the plan? Rubio said the plan was fair.', expected: [['indirect', 'the plan was fair', 'Marco Rubio', 'say']] },
    { input: 'Rubio was asked by moderator Gerard Baker if the plan was costly.', expected: [['indirect', 'if the plan was costly', 'Gerard Baker', 'say']] },
    // A quotation that opens its paragraph: the subjects of the paragraph before count for its pronoun.
    { input: 'Mayor Ann Lee said the road would reopen. Down the road, baker Rose Hill was watching the water.\n\n“I will not give up my car,” she said.', expected: [['indirect', 'the road would reopen', 'Ann Lee', 'say'], ['direct', 'I will not give up my car,', 'Rose Hill', 'say']] },
    // A role with no determiner, or past a possessor, after a source that opens the sentence describes it: no content.
    { input: 'According to Fay Morrison, lead author of the report, the main causes are pollution and drought.', expected: [['indirect', 'the main causes are pollution and drought', 'Fay Morrison', '']] },
    { input: "According to Dr Fay Morrison, the report's lead author, the main causes are pollution and drought.", expected: [['indirect', 'the main causes are pollution and drought', 'Fay Morrison', '']] },
    // After a trailing incise and its adjunct, a participle's phrase, a preposition's phrase or a noun phrase with no verb to the end is the writer's.
    { input: 'Monsoon rains are likely to be above average this year, the weather office said on Tuesday, raising hopes of a bumper harvest.', expected: [['indirect', 'Monsoon rains are likely to be above average this year', 'the weather office', 'say']] },
    { input: 'The firm will cut 500 jobs, the company said on Tuesday, amid fears of a recession.', expected: [['indirect', 'The firm will cut 500 jobs', 'the company', 'say']] },
    { input: 'The firm will cut 500 jobs, the company said on Tuesday, the latest in a wave of layoffs.', expected: [['indirect', 'The firm will cut 500 jobs', 'the company', 'say']] },
    // A form that may be a noun right after "said" and before an auxiliary (past a short preposition's phrase) is the subject of the clause reported.
    { input: 'The bank said demand for mortgages was weak.', expected: [['indirect', 'demand for mortgages was weak', 'The bank', 'say']] },
    { input: 'The company said on Monday demand had collapsed.', expected: [['indirect', 'demand had collapsed', 'The company', 'say']] },
    // Before a colon, a short phrase that a determiner opens after a plain word in lower case is that verb's object; the clause's subject speaks.
    { input: 'Mayor Ann Lee makes the case: "We cannot wait."', expected: [['direct', 'We cannot wait.', 'Ann Lee', '']] },
    // A name that holds an apostrophe before the comma is no quotation's end: its subject speaks, not the outlet told.
    { input: "The spokesman, Sean O'Brien, told Reuters the shelter was full.", expected: [['indirect', 'the shelter was full', "Sean O'Brien", 'say']], channel: 'Reuters' },
    // A day after a determiner opens a paper's name, and a word of time that ends a name is no time phrase.
    { input: 'Harlan is preparing a campaign, the Sunday Times reported.', expected: [['indirect', 'Harlan is preparing a campaign', 'Sunday Times', 'say']] },
    { input: 'The Sunday Times reported that Harlan is preparing a campaign.', expected: [['indirect', 'Harlan is preparing a campaign', 'Sunday Times', 'say']] },
    // A verb's plain form after "and", with no subject of its own, goes on with the content of a finite cue; after "say" or "have said" it is the speaker's next report.
    { input: 'Officials in Caldera said they would stand up for the fishermen and defend their right to work the bay.', expected: [['indirect', 'they would stand up for the fishermen and defend their right to work the bay', 'Officials in Caldera', 'say']] },
    { input: 'The mayor urged residents to stay indoors and report any damage to the council.', expected: [['indirect', 'residents to stay indoors and report any damage to the council', 'The mayor', 'demand']] },
    { input: 'Fishermen say the catch is falling and demand a ban on trawlers.', expected: [['indirect', 'the catch is falling', 'Fishermen', 'say'], ['indirect', 'a ban on trawlers', 'Fishermen', 'demand']] },
    // After an object and "and", a past form as written with what a verb takes is the speaker's next predicate; so is a name with a past form and its object, a clause of its own (not after a verb that takes a bare clause).
    { input: 'The council rejected the plan and made no mention of the levee.', expected: [['indirect', 'the plan', 'The council', 'deny']] },
    { input: 'Prosecutors charged the guard with theft and Mayor Ann Lee fired the head of security.', expected: [['indirect', 'the guard with theft', 'Prosecutors', 'accuse']] },
    { input: 'The engineer acknowledged the council and Ann Lee had built the levee.', expected: [['indirect', 'the council and Ann Lee had built the levee', 'The engineer', 'confirm']] },
    // A participle that is a reporting verb's form, after a noun and before words of time, is a reduced relative on the noun, which speaks.
    { input: 'The figures reported on Sunday now suggest that the levee is weak.', expected: [['indirect', 'the levee is weak', 'The figures', 'assert']] },
    // A verb whose subject opens the content, past the subject's apposition, does not end it.
    { input: 'Police said Denton, a builder, had threatened a man with a knife.', expected: [['indirect', 'Denton, a builder, had threatened a man with a knife', 'Police', 'say']] },
    // An ampersand joins two capitalised words into a firm's name, a function word before it included.
    { input: 'The store will close in May, Marks & Spencer said.', expected: [['indirect', 'The store will close in May', 'Marks & Spencer', 'say']] },
    { input: 'AT&T said the network was down.', expected: [['indirect', 'the network was down', 'AT&T', 'say']] },
    // A firm's noun after "the" stands for the name of no known kind that opens its sentence, and then for that firm; a body's head for a name that holds it; not after a link.
    { input: 'Northwind Foods will cut 300 jobs, the company said on Tuesday. The company said demand had collapsed.', expected: [['indirect', 'Northwind Foods will cut 300 jobs', 'Northwind Foods', 'say'], ['indirect', 'demand had collapsed', 'Northwind Foods', 'say']] },
    { input: "The Northern Fishermen's Association met on Friday. The association said the quota was unfair.", expected: [['indirect', 'the quota was unfair', "Northern Fishermen's Association", 'say']] },
    { input: 'The Justice Department sued Acme on Monday. The company said it would fight the case.', expected: [['indirect', 'it would fight the case', 'The company', 'say']] },
    { input: 'The Labor Department will appeal, but attorneys for the department said they would miss the deadline.', expected: [['indirect', 'they would miss the deadline', 'attorneys for the department', 'say']] },
    // A plural noun of speech after a verb whose subject meets others' words is no report of the subject's; after another past form, with its preposition, the subject speaks.
    { input: 'The mayor rejected calls for her resignation.', expected: [], absent: ['her resignation'] },
    { input: 'The minister faces calls to resign over the contract.', expected: [], absent: ['to resign over the contract'] },
    { input: 'The senator renewed calls for an inquiry.', expected: [['indirect', 'an inquiry', 'The senator', 'demand']] },
    // A title abbreviated in four letters keeps its period, and the name after it speaks.
    { input: '"The results are clear," said Prof. Alan Mercer.', expected: [['direct', 'The results are clear,', 'Alan Mercer', 'say']] },
    { input: '"The ship is safe," said Army Capt. Ann Lee.', expected: [['direct', 'The ship is safe,', 'Ann Lee', 'say']] },
    // "spoke" takes no bare clause: only a quotation, a colon or a complementizer give it words.
    { input: 'The mayor spoke outside the town hall on Friday.', expected: [], absent: ['outside the town hall on Friday'] },
    { input: 'The mayor spoke: "We will rebuild."', expected: [['direct', 'We will rebuild.', 'The mayor', 'say']] },
    // A day before a colon, past its preposition, says when: the words before it are read as if the colon followed them.
    { input: 'The ministry issued a statement on Monday: "No further extensions will be granted."', expected: [['direct', 'No further extensions will be granted.', 'The ministry', '']] },
    // A contrast or concession after a reported clause is the speaker's too, unless a reporting verb follows, what follows has no subject or the speaker's pronoun, or the content is an infinitive.
    { input: 'Engineers said the bridge was safe, but the repairs would take a year.', expected: [['indirect', 'the bridge was safe, but the repairs would take a year', 'Engineers', 'say']] },
    { input: 'Engineers said the bridge was safe, although the deck needs new paint.', expected: [['indirect', 'the bridge was safe, although the deck needs new paint', 'Engineers', 'say']] },
    { input: 'Engineers said the bridge was safe, while residents say the deck shakes.', expected: [['indirect', 'the bridge was safe', 'Engineers', 'say'], ['indirect', 'the deck shakes', 'residents', 'say']] },
    { input: 'Ann Lee said the bridge was safe, but she declined to give a date for the repairs.', expected: [['indirect', 'the bridge was safe', 'Ann Lee', 'say']], absent: ['the bridge was safe, but she declined to give a date for the repairs'] },
    { input: 'Ann Lee said the bridge was safe, but declined to give a date for the repairs.', expected: [['indirect', 'the bridge was safe', 'Ann Lee', 'say']], absent: ['the bridge was safe, but declined to give a date for the repairs'] },
    { input: 'The council promised to reopen the bridge in May, but the repairs took longer.', expected: [['indirect', 'to reopen the bridge in May', 'The council', 'assert']] },
    // A past participle between a plain noun and "by" qualifies the noun in the passive: no report of its own.
    { input: 'The funds promised by the state never arrived.', expected: [], absent: ['the state never arrived'] },
    { input: 'Officials said the funds promised by the state never arrived.', expected: [['indirect', 'the funds promised by the state never arrived', 'Officials', 'say']], absent: ['the state never arrived'] },
    // A firm's plural noun ends a company's name ("Foods", "Brands", "Systems"), which "the company" then stands for.
    { input: 'Norvale Foods said it would recall 40,000 jars. "No injuries have been reported," the company said.', expected: [['indirect', 'it would recall 40,000 jars', 'Norvale Foods', 'say'], ['direct', 'No injuries have been reported,', 'Norvale Foods', 'say']] },
    // A relative after a person named and the apposition that describes them has the person as its antecedent.
    { input: 'The plant will close, according to Sam Okafor, a union official, who said 300 jobs would go.', expected: [['indirect', 'The plant will close', 'Sam Okafor', ''], ['indirect', '300 jobs would go', 'Sam Okafor', 'say']] },
    { input: 'The plant will close, said a union official, who added that 300 jobs would go.', expected: [['indirect', '300 jobs would go', 'a union official', 'say']] },
    // A quotation with no cue, right after a sentence whose subject is the one person named in it, is that person's; not the object's, nor a title's.
    { input: 'Camille Vasseur presented her findings on Tuesday. "The warming is twice as fast here."', expected: [['direct', 'The warming is twice as fast here.', 'Camille Vasseur', '']] },
    { input: 'The mayor met Camille Vasseur on Tuesday. "The warming is twice as fast here."', expected: [['direct', 'The warming is twice as fast here.', '', '']] },
    { input: 'Camille Vasseur met Tom Hale on Tuesday. "The warming is twice as fast here."', expected: [['direct', 'The warming is twice as fast here.', '', '']] },
    // Plurals of people or bodies joined by "and" speak together, with an article or none; not a verb's object before them.
    { input: 'Farmers and conservation groups said the rules would harm wetland birds.', expected: [['indirect', 'the rules would harm wetland birds', 'Farmers and conservation groups', 'say']] },
    { input: 'Police arrested protesters and residents said the march was peaceful.', expected: [['indirect', 'the march was peaceful', 'residents', 'say']] },
    // A noun of talks right after a preposition is no verb: the "that" after the phrase is the cue's.
    { input: 'Officials said after talks on Thursday that they had agreed to reopen the crossing.', expected: [['indirect', 'they had agreed to reopen the crossing', 'Officials', 'say']] },
    // A relative clause closed by a comma, or with a verb of its own, before the cue: the cue is the sentence's verb, and an auxiliary after its object opens the content's clause.
    { input: 'A spokesman for the airline, who declined to be named, confirmed the flight had been diverted.', expected: [['indirect', 'the flight had been diverted', 'A spokesman for the airline', 'confirm']] },
    { input: 'A spokesman who declined to be named confirmed the flight had been diverted. Any guest who is not the host and is asked to comment on the election is counted.', expected: [['indirect', 'the flight had been diverted', 'A spokesman', 'confirm'], ['indirect', 'to comment on the election', '', 'say']] },
    // Where the speaker spoke, between the verb and its object; not a time phrase after it.
    { input: 'The union condemned in a statement the closure of the plant.', expected: [['indirect', 'the closure of the plant', 'The union', 'accuse']] },
    // "before adding" reports anew.
    { input: 'The minister said the decision was final, before adding that nothing would change.', expected: [['indirect', 'the decision was final', 'The minister', 'say'], ['indirect', 'nothing would change', 'The minister', 'say']] },
    // A passive's agent may be a plural of speakers with no determiner.
    { input: 'The victim was described by neighbours as "a quiet man." The plan was described by critics as "a disaster."', expected: [['fragment', 'a quiet man.', 'neighbours', 'say'], ['fragment', 'a disaster.', 'critics', 'say']] },
    // A phrase fronted in the clause after "that", then a comma: the clause, and a report inside it, are the content's.
    { input: 'The mayor said that after the vote, she would discuss the levee budget with engineers.', expected: [['indirect', 'after the vote, she would discuss the levee budget with engineers', 'The mayor', 'say']] },
    // A past participle after "and" shares the passive auxiliary before it: the content's predicate, no report of its own.
    { input: 'Police said two men were arrested and accused of arson. The mayor said the dam was inspected and questioned by engineers.', expected: [['indirect', 'two men were arrested and accused of arson', 'Police', 'say'], ['indirect', 'the dam was inspected and questioned by engineers', 'The mayor', 'say']] },
    { input: 'Police said the men were arrested and warned that more arrests would follow.', expected: [['indirect', 'the men were arrested', 'Police', 'say'], ['indirect', 'more arrests would follow', 'Police', 'warn']] },
    // After a verb of saying and an adjunct or a day only, a comma, then a pronoun: the pronoun's clause is the content; not after a phrase a preposition opens.
    { input: 'The mayor said during the meeting, she would raise the issue. Police said on Tuesday, they found the car.', expected: [['indirect', 'she would raise the issue', 'The mayor', 'say'], ['indirect', 'they found the car', 'Police', 'say']] },
    { input: 'Since arriving from my usual reporting post in Cairo, I have met many voters.', expected: [] },
    // A past participle's phrase after the source, before the clause's subject, describes the source.
    { input: 'In a poll conducted in early May, the mayor led by 5 points. According to the prosecutor, reached by phone, two men are in custody.', expected: [['indirect', 'the mayor led by 5 points', 'a poll', ''], ['indirect', 'two men are in custody', 'the prosecutor', '']] },
    // A headline "source: words": a poll, a camp, a newspaper are sources; a rubric ("Analysis: …") is none.
    { input: 'The vote is on Sunday.\n\nPoll: Mayor Hale and his rival tied in the valley.\n\nAnalysis: Why the levee failed so fast.', expected: [['indirect', 'Mayor Hale and his rival tied in the valley', 'Poll', '']], absent: ['Why the levee failed so fast'] },
    { input: 'The vote is on Sunday.\n\nHale camp: The levee report was leaked to hurt us.', expected: [['indirect', 'The levee report was leaked to hurt us', 'Hale camp', '']] },
    // A concession whose subject is "it" stays in a person's content; after a body's, "it" is the body itself, the writer's.
    { input: 'Tom Hale said the levee was stronger than the dam, even though it cost less. The agency said it would take two months, but it managed to do so in one.', expected: [['indirect', 'the levee was stronger than the dam, even though it cost less', 'Tom Hale', 'say'], ['indirect', 'it would take two months', 'The agency', 'say']] },
    // English puts no subject after an auxiliary and its verb: the name after "has supported" is its object, not an inverted speaker; a passive's agent still speaks.
    { input: 'He backed Tom Hale for mayor in 2012 and, in later contests, has supported Ruth Engel.', expected: [['indirect', 'Tom Hale for mayor in 2012', 'He', 'assert']], absent: ['He backed Tom Hale for mayor in 2012 and, in later contests'] },
    // A coordinator that another report cuts off is left out of the object: "… in 2012 and", not "and".
    { input: 'Dottie Deans is supporting Tom Hale as a superdelegate and in a statement credited him for the campaign.', expected: [['indirect', 'Tom Hale as a superdelegate', 'Dottie Deans', 'assert']] },
    // After a receiving verb a form that may be a noun is one ("faced ridicule"); a pronoun with a contracted auxiliary after ", and" opens a clause of its own.
    { input: 'The clip has faced ridicule online since it was released. The mayor has been criticizing the board for its delays, and it’s sparking anger among residents.', expected: [['indirect', 'the board for its delays', 'The mayor', 'accuse']], absent: ['online since it was released'] },
    // A source's examples ("including …") describe it: the content starts after their comma.
    { input: 'According to several sources, including local committees, the levee broke overnight.', expected: [['indirect', 'the levee broke overnight', 'several sources', '']] },
    // A quotation alone on its line with no final punctuation is a heading: it does not go on with the last speaker's words; it takes the speaker of a later quotation that repeats it, else none.
    {
      input: 'Mayor Paul Morel toured the dam. “We will rebuild,” he said.\n“Nobody warned us”\nResidents of the lower town are angry. “Nobody warned us, and the water rose in an hour,” said Lucy Vale, who lives by the river.',
      expected: [['direct', 'Nobody warned us', 'Lucy Vale', ''], ['direct', 'Nobody warned us, and the water rose in an hour,', 'Lucy Vale', 'say']],
    },
    { input: 'Mayor Paul Morel toured the dam. “We will rebuild,” he said.\n“A long night”\nResidents of the lower town slept in the school gym.', expected: [['direct', 'A long night', '', '']] },
    // "me", as "I", is the writer or the one interviewed, never a name given before it.
    { input: 'Mayor Jean Roy toured the valley on Monday. Let me just say that Roy was trying to calm the residents.', expected: [['indirect', 'Roy was trying to calm the residents', 'me', 'say']] },
    // A pitch, a plea, an appeal or a speech is a message: a participle after it speaks for its sender.
    { input: 'Senator Anna Berg is making a pitch to rural voters saying the new dam will bring jobs to the valley.', expected: [['indirect', 'the new dam will bring jobs to the valley', 'Anna Berg', 'say']] },
    // A duration after an aspect verb ("spent much of the week") is its object: the verb's subject speaks the participle after it.
    { input: 'Mayor Anna Berg spent much of the week insisting the dam was safe. The engineers spent two hours criticizing the plan.', expected: [['indirect', 'the dam was safe', 'Anna Berg', 'assert'], ['indirect', 'the plan', 'The engineers', 'accuse']] },
    // A rubric alone before a colon ("The Latest:") is no one.
    { input: 'Residents met on Monday.\n\nThe Latest: Defense of “the new dam plan.”\n\nMayor Anna Berg spoke on Monday.', expected: [['direct', 'the new dam plan.', '', '']] },
    // A message as a bare verb's object, before a preposition, is what was sent, not what it said; before a link it may be an event.
    { input: 'The gunman, Omar Reyes, also posted messages on Facebook. The councillor echoed a memo from the mayor on Monday. The mayor announced the release of the prisoners.', expected: [['indirect', 'the release of the prisoners', 'The mayor', 'say']], absent: ['messages on Facebook', 'a memo from the mayor'] },
    // A past participle after a copula and a word of degree is an adjective, no cue ("should be very, very worried").
    { input: 'Democratic Party elites should not celebrate. They should be very, very worried.', expected: [], absent: ['They should be very'] },
    // A reporting participle right after the subject (a reduced relative): its infinitive and object end before the sentence's verb, whose speaker is that subject.
    { input: 'The mayor spoke. A group of residents claiming to represent most of the valley announced on Thursday the creation of a committee.', expected: [['indirect', 'to represent most of the valley', 'A group of residents', 'assert'], ['indirect', 'the creation of a committee', 'A group of residents', 'say']] },
    // A relative's antecedent leaves out the day after it ("a letter from his doctor Friday afternoon that says").
    { input: 'The senator released a letter from his doctor Friday afternoon that says he is in good health.', expected: [['indirect', 'he is in good health', 'his doctor', 'say']] },
    // Capitalised words after a body's head, right before a verb of speech, are a name of their own ("the Valley Post Hale said"); not a complement ("Brennan Center for Justice").
    { input: 'In a meeting with the editorial board of the Valley Post Hale said that the levee would hold. The Brennan Center for Justice noted that spending had reached $2 million.', expected: [['indirect', 'the levee would hold', 'Hale', 'say'], ['indirect', 'spending had reached $2 million', 'Brennan Center for Justice', 'say']] },
    // "last month", "this week" between the verb and what it reports are the writer's.
    { input: 'The senator vowed last month to take his campaign all the way to the convention.', expected: [['indirect', 'to take his campaign all the way to the convention', 'The senator', 'assert']] },
    // A naming verb's object with no determiner, or a past form as written after a determiner's noun, before the end or "and".
    { input: 'Hale has called climate change a hoax. The company called the charges unsubstantiated and fabricated.', expected: [['indirect', 'climate change a hoax', 'Hale', 'assert'], ['indirect', 'the charges unsubstantiated and fabricated', 'The company', 'assert']] },
    { input: 'The union ran call centers throughout the strike.', expected: [], absent: ['centers throughout the strike'] },
    // "mention" reports its object; "spoke out about", "spoke out against".
    { input: 'Hale barely mentioned climate change. Lee spoke out about the flood in Valmont. Roy spoke out against the levee plan.', expected: [['indirect', 'climate change', 'Hale', 'say'], ['indirect', 'the flood in Valmont', 'Lee', 'say'], ['indirect', 'the levee plan', 'Roy', 'accuse']] },
    // Manners of speaking: "shot back", "quipped".
    { input: '“Look at all these farmers here,” Lee said with a smirk.\n\n“They are all here for the free sandbags,” Hale shot back with a laugh. “Not me,” Roy quipped.', expected: [['direct', 'Look at all these farmers here,', 'Lee', 'say'], ['direct', 'They are all here for the free sandbags,', 'Hale', 'say'], ['direct', 'Not me,', 'Roy', 'say']] },
    // A plural that is also a verb form opens a bare clause as a noun.
    { input: 'An aide said comments from Hale, Lee and Roy were consistent with their testimony.', expected: [['indirect', 'comments from Hale, Lee and Roy were consistent with their testimony', 'An aide', 'say']] },
    // After the verb's comma, a phrase between commas and a pronoun's clause.
    { input: 'Hale says, win or lose in Tuesday’s vote, he’s staying in the race.', expected: [['indirect', 'win or lose in Tuesday’s vote, he’s staying in the race', 'Hale', 'say']] },
    // After a verb of telling, the complementizer may stand past the person told and where.
    { input: 'Hale told a crowded banquet hall at a hotel in downtown Valmont that he is not giving up.', expected: [['indirect', 'he is not giving up', 'Hale', 'say']] },
    // A subject, its apposition and a day before the verb; a name of no known kind that ends the apposition does not speak.
    { input: "Hale, the valley's highest-ranking Republican, on Tuesday called the levee plan \"reckless,\" but said he still backed the mayor.", expected: [['indirect', 'the levee plan "reckless,"', 'Hale', 'assert'], ['indirect', 'he still backed the mayor', 'Hale', 'say']] },
  ],
  // Publication on Monday 17 March 2025.
  times: [
    { published: '2025-03-17', input: 'The prefecture ordered the evacuation on Friday.', expected: [['Friday', '2025-03-14']] },
    { published: '2025-03-17', input: 'The minister will visit Valmont on Thursday.', expected: [['Thursday', '2025-03-20']] },
    { published: '2025-03-17', input: 'Work began on Oct. 4, 2024, and resumed March 3.', expected: [['Oct. 4, 2024', '2024-10-04'], ['March 3', '2025-03-03']] },
    { published: '2025-03-17', input: 'The dam was inspected in February 2022 and again in August.', expected: [['February 2022', '2022-02'], ['August', '2024-08']] },
    { published: '2025-03-17', input: 'Rainfall doubled earlier this month and last week.', expected: [['earlier this month', '2025-03'], ['last week', '2025-03-10/2025-03-16']] },
    { published: '2025-03-17', input: 'Between early and mid-March, 300 millimeters fell; in late February the gauges rose.', expected: [['Between early and mid-March', '2025-03-01/2025-03-15'], ['late February', '2025-02-21/2025-02-28']] },
    { published: '2025-03-17', input: 'Two weeks ago, yesterday and today, residents left.', expected: [['Two weeks ago', '2025-03-03'], ['yesterday', '2025-03-16'], ['today', '2025-03-17']] },
    { published: '2025-03-17', input: 'Last Friday night the levee held, officials said on 03/17/2025.', expected: [['Last Friday night', '2025-03-14'], ['03/17/2025', '2025-03-17']] },
  ],
  claims: [
    { input: 'At least 1,200 residents were evacuated, the prefecture said.', expected: [['At least 1,200 residents', 1200, 'at-least', 'residents', 'the prefecture']], concept: 'displaced' },
    { input: 'Twelve people are still missing.', expected: [['Twelve people', 12, 'exact', 'people', '']], concept: 'missing' },
    { input: 'According to Hydrosarne, some 3,000 homes and nearly 40,000 people lost power.', expected: [['some 3,000 homes', 3000, 'approx', 'homes', 'Hydrosarne'], ['nearly 40,000 people', 40000, 'approx', 'people', 'Hydrosarne']] },
    { input: 'A dozen firefighters and thousands of volunteers were on site.', expected: [['A dozen firefighters', 12, 'approx', 'firefighters', ''], ['thousands of volunteers', null, 'approx', 'volunteers', '']] },
    { input: 'Damage could reach $1.5 million, or 12 percent of the budget, across 35 square kilometers.', expected: [['$1.5 million', 1500000, 'exact', 'USD', ''], ['12 percent', 12, 'exact', 'percent', ''], ['35 square kilometers', 35, 'exact', 'km2', '']] },
    { input: 'Between 500 and 800 people and up to two thousand animals were affected, Mayor Luc Girard said.', expected: [['Between 500 and 800 people', 500, 'range', 'people', 'Luc Girard'], ['up to two thousand animals', 2000, 'at-most', 'animals', 'Luc Girard']] },
    { input: 'The 2nd levee, built in 1962, failed at 2:30 p.m. on March 4; its 58-year-old keeper has worked there since 2011 and saw the 2016 flood.', expected: [], absent: ['2nd', '1962', '2', '58', '2011', '2016'] },
    { input: 'Girard holds a ten-point lead among 600 voters and a three-year mandate.', expected: [['600 voters', 600, 'exact', 'voters', '']], absent: ['ten', 'three'] },
  ],
  stances: [
    { input: 'Hydrosarne denied neglecting the dam.', expected: [['deny', 'Hydrosarne', 'neglecting the dam']] },
    { input: 'The prefecture did not confirm the death toll.', expected: [['decline', 'The prefecture', 'the death toll']] },
    { input: 'The company dismissed the reports as fabrications.', expected: [['dispute', 'The company', 'the reports as fabrications']] },
    { input: 'Mayor Luc Girard confirmed that the levee had failed.', expected: [['confirm', 'Luc Girard', 'the levee had failed']] },
    // A negation with a word between it and the verb, "cannot", and no negation from a relative clause before the subject.
    { input: 'The ministry has not yet confirmed the reports.', expected: [['decline', 'The ministry', 'the reports']] },
    { input: 'The prefect cannot confirm the death toll.', expected: [['decline', 'The prefect', 'the death toll']] },
    { input: 'Residents who could not vote confirmed the death toll.', expected: [['confirm', 'Residents', 'the death toll']] },
    { input: 'No official confirmed the death toll.', expected: [['decline', 'No official', 'the death toll']] },
    // In the passive, the agent denies or confirms what the subject names.
    { input: 'Reports of a leak were denied by the ministry.', expected: [['deny', 'the ministry', 'Reports of a leak']] },
    { input: 'Roy left; the reports were denied by the ministry.', expected: [['deny', 'the ministry', 'the reports']] },
    { input: 'It was confirmed by the ministry that the dam had failed.', expected: [['confirm', 'the ministry', 'the dam had failed']] },
  ],
};
