import type { SpeechLexicon } from '../types.js';
import { enNumbers } from './numbers.js';

const NEGATED_AUXILIARIES = [
  "n't", "doesn't", "don't", "didn't", "won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't",
  "hadn't", "shouldn't",
];

/** The -s, -ed and -ing forms of regular English verbs ("warn": warns, warned, warning). */
function regular(...verbs: string[]): string[] {
  return verbs.flatMap((v) => {
    const [head, ...rest] = v.split(' ');
    const tail = rest.length ? ` ${rest.join(' ')}` : '';
    const base = head!;
    let s: string;
    let ed: string;
    let ing: string;
    if (/[^aeiou]y$/.test(base)) {
      s = `${base.slice(0, -1)}ies`;
      ed = `${base.slice(0, -1)}ied`;
      ing = `${base}ing`;
    } else if (base.endsWith('e')) {
      s = `${base}s`;
      ed = `${base}d`;
      ing = `${base.slice(0, -1)}ing`;
    } else {
      s = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
      ed = `${base}ed`;
      ing = `${base}ing`;
    }
    return [base, s, ed, ing].map((f) => f + tail);
  });
}

/** Verbs that double their last consonant ("admit", "admitted"). */
function doubling(...verbs: string[]): string[] {
  return verbs.flatMap((v) => [v, `${v}s`, `${v}${v.at(-1)}ed`, `${v}${v.at(-1)}ing`]);
}

/** English reported speech: verbs by class, and the words around them. */
export const enSpeech: SpeechLexicon = {
  verbs: [
    // "asked not to be named", "asked that her name not be used": a request of anonymity reports nothing.
    {
      class: 'say',
      bare: true,
      forms: regular('ask'),
      otherSenses: ['not to be named', 'not to be identified', 'not to be quoted', 'not to be identified by name', 'that his name not be used', 'that her name not be used', 'that their names not be used', 'for anonymity'],
    },
    // "said goodbye", "said grace", "said nothing about the budget": no words reported.
    {
      class: 'say',
      bare: true,
      forms: ['say', 'says', 'said', 'saying'],
      objectSenses: ['goodbye', 'good-bye', 'goodbyes', 'farewell', 'hello', 'grace', 'a prayer', 'prayers', 'nothing about', 'nothing on', 'nothing of', 'nothing further', 'nothing more', 'nothing else', 'little about', 'little else', 'little more', 'not a word'],
    },
    // "told the story of", "told jokes": a tale, not a report.
    {
      class: 'say',
      bare: true,
      forms: ['tell', 'tells', 'told', 'telling'],
      objectSenses: ['the story', 'a story', 'stories', 'the tale', 'a tale', 'tales', 'jokes', 'a joke', 'the difference', 'apart'],
    },
    // "showed no emotion", "showed up", "showed signs of fatigue": a look, not a finding.
    {
      class: 'say',
      bare: true,
      forms: ['show', 'shows', 'showed', 'shown', 'showing'],
      objectSenses: ['no emotion', 'emotion', 'no sign', 'no signs', 'signs of', 'little sign', 'the way', 'the door', 'respect', 'mercy', 'restraint', 'courage', 'solidarity', 'interest in', 'no interest'],
    },
    {
      class: 'say',
      bare: true,
      forms: [
        'write', 'writes', 'wrote', 'written', 'writing',
        ...regular('add', 'explain', 'note', 'announce', 'respond', 'reply', 'tweet', 'report', 'recall', 'comment',
          'conclude', 'remark', 'point out', 'observe', 'reveal', 'disclose', 'testify', 'post',
          'joke', 'reiterate', 'indicate', 'signal', 'inform', 'exclaim', 'clarify'),
        ...doubling('quip'),
        'echo', 'echoes', 'echoed', 'echoing',
        // "state" and "states" are nouns far more often ("state officials").
        'stated', 'stating',
        'went on', 'goes on', 'found', 'find', 'finds',
        // Manners of speaking, without the forms that are mostly nouns ("shouts", "emails", "a chant").
        'shouted', 'shouting', 'yelled', 'yelling', 'yells', 'screamed', 'screaming', 'chanted', 'chanting', 'recited', 'reciting', 'recites',
        'muttered', 'muttering', 'mutters', 'whispered', 'whispering', 'murmured', 'murmuring', 'retorted', 'retorting', 'retorts',
        'countered', 'countering', 'counters', 'interjected', 'mused', 'musing', 'muses', 'opined', 'opining', 'opines', 'scoffed', 'scoffing', 'scoffs',
        'gushed', 'gushing', 'gushes', 'marveled', 'marvelled', 'marveling', 'marvelling', 'confided', 'confiding', 'confides',
        'confessed', 'confessing', 'confesses', 'bragged', 'bragging', 'brags', 'grumbled', 'grumbling', 'grumbles',
        'emailed', 'emailing', 'retweeted', 'retweeting',
      ],
    },
    // Retorts that also take a thing as object ("shot back a reply", "fired back missiles", "snapped a
    // photo", "teased her hair"): no bare clause, only what a quotation or a complementizer gives them.
    { class: 'say', forms: ['shot back', 'shoots back', 'fired back', 'fires back', 'hit back', 'hits back', 'chimed in', 'chimes in', 'chiming in', 'snapped', 'teased', 'spoke', 'speaks'] },
    // Manners of speaking in the past tense, which only a quotation or a complementizer gives words
    // ('"Go back to Univision," Trump barked'): their other forms are mostly nouns ("a bark"); not
    // "pleaded" (guilty), "cracked" (down), "protested", "cried" (out), which report acts as often.
    // "The statement read:", '"…," the sign read' (not "Hale read the report").
    { class: 'say', intransitive: true, forms: ['read', 'reads'] },
    { class: 'say', forms: ['barked', 'growled', 'snarled', 'sneered', 'bellowed', 'hollered', 'fumed', 'huffed', 'sighed', 'laughed', 'groaned', 'gasped', 'stammered', 'whined', 'blurted', 'blurted out', 'deadpanned', 'intoned', 'mumbled', 'seethed', 'sniffed', 'wondered aloud'] },
    // Laughing, smiling: cues only with no word after them or right after a quotation ('"…," laughs
    // Florence Pugh', '"…," she smiled'; not "smiled at the crowd", "shared laughs").
    { class: 'say', intransitive: true, forms: ['laughs', 'smiled', 'smiles', 'shrugged'] },
    {
      class: 'assert',
      bare: true,
      forms: [
        ...regular('assert', 'insist', 'claim', 'argue', 'contend', 'stress', 'emphasize', 'emphasise', 'vow', 'pledge', 'promise',
          'boast', 'proclaim', 'guarantee', 'assure', 'allege', 'suggest', 'imply', 'reaffirm'),
        'hinted', 'hinting',
        'swear', 'swears', 'swore', 'sworn',
        'made clear', 'made it clear', 'makes clear', 'makes it clear', 'make clear', 'make it clear', 'making clear', 'making it clear',
        ...regular('remind'),
      ],
    },
    // "declared a state of emergency", "declared war", "was declared dead": an act, not a report.
    {
      class: 'assert',
      bare: true,
      forms: regular('declare'),
      objectSenses: ['a state of', 'the state of', 'states of', 'an emergency', 'a national emergency', 'a public health emergency', 'an outbreak', 'a disaster', 'war', 'martial law', 'a curfew', 'bankruptcy', 'insolvency', 'independence', 'dead', 'the winner', 'a winner', 'the victor', 'a holiday', 'a day of mourning', 'a national day', 'a ceasefire', 'a truce', 'a moratorium', 'a no-fly zone', 'candidacy', 'his candidacy', 'her candidacy', 'an end to', 'open', 'closed', 'a draw', 'forfeit'],
    },
    // "continued his push", "maintained his lead": a thing as object as often as a clause, so only
    // what a quotation or a complementizer gives them.
    { class: 'say', forms: regular('continue') },
    { class: 'assert', forms: regular('maintain') },
    // "reassured residents that …": only what a complementizer gives it ("reassured his allies" reports nothing).
    { class: 'assert', forms: ['reassure', 'reassures', 'reassured'] },
    // "The court ruled that the law …": a decision, only with its complementizer ("ruled the
    // country", "ruled out", "the rules that apply" are no reports).
    { class: 'assert', forms: ['ruled'] },
    // ("was denied bail", "denied entry to the country": a decision on someone, no denial of a claim.)
    { class: 'deny', object: true, objectSenses: ['bail', 'parole', 'entry', 'access', 'permission', 'a visa', 'visas', 'asylum'], forms: [...regular('deny', 'reject', 'dismiss', 'refute', 'dispute', 'disavow', 'contradict', 'downplay'), ...doubling('rebut')] },
    // "cast doubt on the figures": the noun "doubt" is no verb of its own.
    { class: 'deny', object: true, forms: ['cast', 'casts', 'casting'].flatMap((v) => ['doubt', 'doubts'].flatMap((d) => ['on', 'upon', 'over'].map((p) => `${v} ${d} ${p}`))) },
    { class: 'confirm', object: true, forms: [...regular('confirm', 'acknowledge', 'concede', 'agree', 'verify'), ...doubling('admit')] },
    // "Officials fear the toll could rise": a fear takes a clause with no "that"; a warning is as
    // often given to someone ("warned residents …"), and a worry to whom it worries ("worries the
    // Gulf capitals").
    { class: 'warn', bare: true, bareNeedsVerb: true, forms: regular('fear') },
    { class: 'warn', forms: [...regular('warn', 'caution', 'threaten', 'worry', 'alert'), 'worried'] },
    // "warned of a flood", "worried about the cost": what the warning is about.
    { class: 'warn', object: true, forms: [...regular('warn of', 'warn about', 'warn against', 'caution against', 'worry about'), 'worried about'] },
    {
      class: 'accuse', object: true,
      forms: [...regular('accuse', 'blame', 'criticize', 'criticise', 'condemn', 'denounce', 'attack', 'blast', 'charge', 'lament', 'decry', 'mock', 'question'), ...doubling('slam')],
    },
    // "press" alone is mostly the noun ("press secretary", "press conference").
    { class: 'demand', object: true, forms: [...regular('demand', 'urge', 'call for', 'call on', 'plead', 'request', 'implore', 'appeal for', 'ask for', 'exhort'), 'called for', 'called on', 'pressed', 'presses', 'pressing'] },
    // "appealed to residents to stay calm"; its object is a ruling appealed in court ("The company
    // appealed the ruling"), no request.
    { class: 'demand', forms: regular('appeal') },
    // "encouraged Americans to check out …": a request only with its infinitive (not "low rates have encouraged borrowing").
    { class: 'demand', object: true, objectNeeds: ['to'], forms: regular('encourage') },
    // Speech acts whose object is what they report ("praised the rescuers", "cited a study"). Forms
    // that are mostly nouns or prepositions are left out ("thanks to", "the highlights").
    {
      class: 'say',
      object: true,
      forms: [
        ...regular('cite', 'discuss', 'mention', 'reference', 'repeat', 'recount', 'talk about', 'point to', 'allude to'),
        'refer to', 'refers to', 'speak about', 'speaks about', 'speak of', 'speaks of',
        'quoted', 'quoting', 'answered', 'answering', 'expressed', 'expressing', 'expresses', 'highlighted', 'highlighting', 'thanked', 'thanking',
        'spoke about', 'spoke of', 'spoken about', 'referred to', 'referring to',
        'speak out about', 'speaks out about', 'spoke out about', 'speaking out about', 'spoken out about',
        'write about', 'writes about', 'wrote about', 'written about', 'writing about', 'wrote of', 'writes of',
        ...regular('joke about', 'brag about', 'boast about', 'boast of', 'complain about', 'congratulate', 'apologize for', 'apologise for'),
      ],
    },
    // ("champion" and "champions" are nouns far more often: "said Olympic champion Lara Quinn".)
    {
      class: 'assert',
      object: true,
      forms: [...regular('defend', 'endorse', 'tout', 'propose', 'recommend', 'hail', 'applaud', 'commend'), 'championed', 'championing', 'praised', 'praising', 'praises', 'welcomed', 'welcoming', 'welcomes'],
    },
    // An aim stated: "wants to rebuild", "wants more funding", "sought to reassure", "planned to
    // spend" ("plan" and "plans" are nouns far more often, and any first word of a form is read as a
    // verb elsewhere).
    { class: 'demand', object: true, stance: true, forms: [...regular('want'), 'seek', 'seeks', 'sought', 'seeking', 'planned to', 'planning to'] },
    // A stance taken: "supported Sanders", "backed the plan", "opposed the levee" ("support" and
    // "backs" are mostly nouns).
    { class: 'assert', object: true, stance: true, forms: ['supports', 'supported', 'supporting', 'backed', 'backing'] },
    { class: 'accuse', object: true, stance: true, forms: regular('oppose') },
    // ("call out" criticises; "call off", "call up", "call back" report nothing.)
    { class: 'accuse', object: true, forms: [...regular('complain', 'bemoan', 'deplore', 'rail against', 'lash out at', 'assail', 'chide', 'rebuke', 'scold', 'ridicule', 'deride', 'call out'), 'speak out against', 'speaks out against', 'spoke out against', 'speaking out against', 'spoken out against'] },
    // "described the plan as reckless", "portrayed himself as a moderate": the object and how it is
    // described; a clause too ("described how …").
    { class: 'say', bare: true, object: true, forms: regular('describe', 'characterize', 'characterise') },
    // ("The actor portrayed Lincoln in the film" depicts: only with "as".)
    { class: 'say', object: true, objectNeeds: ['as'], forms: regular('portray') },
    // "called it “shameful”", "labeled the plan “a disaster”": the quoted words are the speaker's.
    { class: 'assert', naming: true, object: true, forms: [...regular('call'), 'labeled', 'labelled', 'branded', ...doubling('dub')] },
    {
      class: 'estimate',
      bare: true,
      forms: [
        ...regular('believe', 'estimate', 'expect', 'predict', 'reckon', 'consider', 'hope', 'guess', 'figure', 'calculate', 'project', 'doubt', 'wonder', 'speculate', 'theorize', 'surmise', 'hypothesize', 'hypothesise'),
        // (Not "forecast", "forecasts": nouns as often, "The latest forecast suggests …".)
        'forecasted', 'forecasting',
        'think', 'thinks', 'thought', 'thinking', 'feel', 'feels', 'felt', 'feeling', 'know', 'knows', 'knew', 'known',
      ],
    },
    // "As one analyst put it, …", "put it this way:": no clause or object of its own.
    { class: 'say', forms: ['put it', 'puts it', 'putting it'] },
    // Infinitives after one of the governors ("declined to say", "refused to confirm"); no other verb is read there.
    { class: 'say', bare: true, infinitive: true, forms: ['say', 'tell', 'explain', 'disclose', 'reveal', 'specify', 'elaborate', 'comment', 'respond', 'answer', 'speculate', 'detail', 'describe', 'characterize', 'characterise'] },
    { class: 'estimate', bare: true, infinitive: true, forms: ['predict', 'estimate', 'guess'] },
    { class: 'say', object: true, infinitive: true, forms: ['discuss', 'address', 'name', 'identify', 'comment on', 'talk about', 'speak about'] },
    { class: 'confirm', object: true, infinitive: true, forms: ['confirm', 'acknowledge', 'admit', 'concede', 'verify'] },
    { class: 'deny', object: true, infinitive: true, forms: ['deny', 'rule out', 'disavow', 'retract', 'dismiss', 'reject', 'rebut', 'refute'] },
    { class: 'accuse', object: true, infinitive: true, forms: ['criticize', 'criticise', 'condemn', 'blame', 'attack'] },
    { class: 'assert', object: true, infinitive: true, forms: ['endorse', 'defend', 'praise'] },
    // Not bare: "refused to pledge allegiance" reports no clause.
    { class: 'assert', infinitive: true, forms: ['pledge', 'promise', 'vow', 'guarantee'] },
  ],
  auxiliaries: ['has', 'have', 'had', 'having', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'might', 'may', 'can', 'should', 'must', 'shall', 'did', 'does', 'do', 'not', 'been', 'be',
    ...NEGATED_AUXILIARIES, 'cannot', 'never'],
  adverbs: [
    'also', 'truly', 'fully', 'newly', 'duly', 'jointly', 'together', 'later', 'then', 'previously', 'repeatedly', 'publicly', 'privately', 'again', 'further', 'once', 'recently', 'often',
    'frequently', 'flatly', 'firmly', 'clearly', 'simply', 'quickly', 'immediately', 'initially', 'separately', 'earlier', 'still',
    'even', 'only', 'already', 'explicitly', 'reportedly', 'allegedly', 'openly', 'strongly', 'loudly', 'bluntly', 'angrily', 'jokingly', 'never', 'always',
    'however', 'meanwhile', 'too', 'now', 'in fact', 'of course', 'yet', 'long', 'instead', 'at the time', 'at that time', 'at the moment',
    'at first', 'at one point', 'at times', 'for now', 'in turn', 'in response', 'in the past', 'ever', 'in particular', 'in general', 'in part',
    'for example', 'for instance',
    'last week', 'last month', 'last year', 'last night', 'last weekend', 'this morning', 'this afternoon', 'this evening', 'this weekend',
    'the next day', 'the following day', 'the day before', 'the same day', 'the other day', 'the day after', 'the previous day', 'the night before', 'the week before', 'the previous week', 'this week', 'this month', 'this year', 'earlier this week', 'earlier this month', 'earlier this year',
  ],
  preverbalAdverbs: ['just', 'first'],
  floatingQuantifiers: ['all', 'both', 'each'],
  pronouns: ['he', 'she', 'they', 'we', 'i', 'it', 'you'],
  pronounGenders: { feminine: ['she', 'her'], masculine: ['he', 'him'] },
  articleGenders: { feminine: [], masculine: [] },
  originPrepositions: ['from'],
  // ("the latter" names no gender, and rarely a speaker.)
  latterPhrases: { feminine: [], masculine: [] },
  selfPronouns: ['i', 'me', 'we', 'us', 'you'],
  pluralPronouns: ['they', 'we'],
  objectPronouns: ['him', 'her', 'them', 'us', 'me', 'himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself'],
  relatives: ['who', 'whom', 'which', 'whose'],
  complementizers: ['that'],
  relativeComplementizers: ['that'],
  sourceCues: [
    'according to', 'in the words of', 'citing', 'quoted by', 'cited by', 'as reported by', 'as first reported by',
    // (Not "as explained by": "as explained by the laws of supply and demand" gives a cause.)
    'as noted by', 'as stated by', 'as pointed out by', 'as described by', 'as confirmed by',
  ],
  sourceCueHeads: [],
  pluralVerbEndings: [],
  demonstratives: ['this', 'that', 'these', 'those'],
  timeDeterminers: ['this', 'last', 'next', 'that'],
  contractedLinks: [],
  linkArticles: [],
  // Not "for": "For the front-runner, Florida's contest represents a momentous win" is the writer's framing far
  // more often than a view reported (5 of 36 on PolNeAR train).
  initialSourceCues: ['to'],
  documentSourceCues: ['in'],
  // Documents that state findings themselves; not a person's channel ("In an interview, Clinton laughed off …").
  speechEventPrepositions: ['in', 'at', 'during', 'on', 'via'],
  speechEventNouns: [
    'interview', 'interviews', 'statement', 'statements', 'speech', 'speeches', 'rally', 'rallies', 'debate', 'debates', 'conference', 'conferences',
    'tweet', 'tweets', 'post', 'posting', 'email', 'e-mail', 'emails', 'letter', 'memo', 'appearance', 'op-ed', 'editorial', 'column', 'town hall',
    'hearing', 'briefing', 'remarks', 'comments', 'address', 'broadcast', 'podcast', 'video', 'message', 'radio', 'television', 'tv', 'twitter', 'facebook',
    'instagram', 'youtube', 'forum', 'event', 'summit', 'news release', 'press release', 'testimony', 'commercial', 'ad', 'press',
    'anonymity', 'essay', 'essays', 'blog', 'campaign stop', 'campaign stops', 'luncheon', 'dinner', 'fundraiser', 'news conference', 'press conference', 'call', 'calls',
  ],
  messageNouns: ['statement', 'statements', 'letter', 'letters', 'email', 'emails', 'e-mail', 'memo', 'tweet', 'tweets', 'post', 'message', 'release', 'video', 'note', 'speech', 'pitch', 'plea', 'appeal', 'comment', 'comments'],
  documentNouns: ['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'analysis', 'census', 'tally', 'count', 'estimate', 'estimates'],
  determiners: [
    'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'our', 'two', 'three', 'four', 'five', 'several',
    'some', 'many', 'other', 'another', 'one', 'most', 'few', 'both', 'all', 'no',
  ],
  appositionArticles: ['the', 'a', 'an'],
  singularArticles: ['a', 'an'],
  indefiniteArticles: ['a', 'an'],
  possessiveDeterminers: ['my', 'your', 'his', 'her', 'its', 'our', 'their'],
  catenativeMarkers: ['to'],
  durationPrepositions: ['for', 'since'],
  circumstancePrepositions: ['after', 'before', 'until', 'following', 'amid', 'despite', 'since'],
  answerWords: ['yes', 'no', 'so'],
  degreeWords: ['more', 'less', 'most', 'least', 'very', 'so', 'not', 'too', 'mostly', 'mainly', 'largely', 'partly', 'primarily', 'chiefly', 'quite', 'rather', 'such'],
  obligationAuxiliaries: ['has', 'have', 'had', 'having'],
  collectiveNouns: [
    'majority', 'minority', 'plurality', 'third', 'quarter', 'half', 'fifth', 'tenth', 'handful', 'number', 'lot', 'couple', 'percent', 'dozen', 'share',
    'portion', 'fraction', 'group', 'host', 'slew', 'bunch',
  ],
  quantifiers: ['one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'most', 'few', 'both', 'all', 'others', 'another', 'much'],
  boundaries: [
    'and', 'but', 'or', 'because', 'while', 'when', 'if', 'as', 'that', 'which', 'so', 'then', 'where', 'although', 'though', 'since',
    'after', 'before', 'with', 'without', 'for', 'in', 'on', 'at', 'by', 'from', 'to', 'into', 'about', 'than', 'whether', 'what', 'like',
    'unlike', 'including', 'among', 'despite', 'during', 'against', 'over', 'under', 'through',
  ],
  titleCues: [
    'treaty', 'agreement', 'pact', 'film', 'movie', 'book', 'novel', 'memoir', 'show', 'series', 'album', 'song', 'newspaper', 'magazine',
    'slogan', 'hashtag', 'operation', 'program', 'programme', 'plan', 'bill', 'act', 'called', 'dubbed', 'titled', 'entitled', 'nicknamed', 'named',
    'codenamed', 'headlined', 'column', 'website', 'podcast', 'documentary', 'play', 'musical', 'video', 'ad', 'campaign', 'motto', 'chant',
    'aka', 'alias', 'headline', 'title', 'caption', 'captioned', 'banner', 'banners', 'label', 'placard', 'placards', 'so-called',
  ],
  titleHeads: ['treaty', 'agreement', 'accord', 'pact', 'plan', 'act', 'bill', 'operation', 'program', 'programme', 'convention', 'charter', 'initiative', 'project', 'doctrine'],
  channelLinks: ['to'],
  recipientVerbs: ['tell', 'tells', 'told', 'telling', 'inform', 'informs', 'informed', 'assure', 'assures', 'assured', 'reassure', 'reassures', 'reassured', 'warn', 'warns', 'warned', 'remind', 'reminds', 'reminded', 'ask', 'asks', 'asked', 'urge', 'urges', 'urged', 'promise', 'promises', 'promised'],
  adverbEndings: ['ly'],
  notAdverbs: [
    'elderly', 'quarterly', 'monthly', 'weekly', 'yearly', 'hourly', 'nightly', 'biweekly', 'likely', 'unlikely', 'costly', 'deadly',
    'friendly', 'unfriendly', 'lonely', 'lovely', 'orderly', 'disorderly', 'timely', 'untimely', 'scholarly', 'leisurely', 'northerly',
    'southerly', 'easterly', 'westerly', 'cowardly', 'motherly', 'fatherly', 'brotherly', 'neighborly', 'neighbourly', 'lively',
    'worldly', 'unruly', 'sickly', 'stately', 'ghastly', 'heavenly', 'family', 'supply', 'assembly', 'anomaly', 'monopoly', 'butterfly',
  ],
  focusAdverbs: ['only', 'just', 'merely', 'barely', 'even'],
  complementAdjectives: ['familiar', 'close', 'knowledgeable', 'privy', 'aware', 'loyal', 'opposed', 'sympathetic', 'hostile'],
  coordinators: ['and'],
  verbConjunctions: ['but'],
  contrastNegations: ['not', 'never', 'cannot', ...NEGATED_AUXILIARIES],
  contrastAdverbs: ['also', 'rather', 'instead'],
  comparisonWords: ['than'],
  chargePrepositions: ['of', 'for'],
  exceptiveParticles: [],
  plainNegations: [],
  expletiveSubjects: ['there'],
  verbParticles: ['up', 'down', 'out', 'off', 'away', 'back'],
  gerundEndings: ['ing'],
  pastParticipleEndings: ['ed'],
  presentSingularEndings: ['s'],
  narrationEndings: ['s'],
  finiteEndings: [],
  presentSingularAuxiliaries: ['is', 'has', 'does', "'s", "isn't", "hasn't", "doesn't"],
  pluralAuxiliaries: ['are', 'were', 'have', 'do', "aren't", "weren't", "haven't", "don't"],
  receivingVerbs: [
    'face', 'faces', 'faced', 'facing', 'receive', 'receives', 'received', 'receiving', 'ignore', 'ignores', 'ignored', 'ignoring', 'resist', 'resists',
    'resisted', 'resisting', 'rebuff', 'rebuffs', 'rebuffed', 'rebuffing', 'reject', 'rejects', 'rejected', 'rejecting', 'dismiss', 'dismisses',
    'dismissed', 'dismissing', 'deflect', 'deflects', 'deflected', 'deflecting', 'field', 'fields', 'fielded', 'fielding', 'heed', 'heeds', 'heeded',
    'heeding', 'defy', 'defies', 'defied', 'defying', 'spurn', 'spurns', 'spurned',
    // ("drew ridicule", "sparked calls for an inquiry": words the subject caused others to say.)
    'draw', 'draws', 'drew', 'drawn', 'drawing', 'spark', 'sparks', 'sparked', 'sparking', 'prompt', 'prompts', 'prompted', 'prompting',
    'provoke', 'provokes', 'provoked', 'provoking', 'trigger', 'triggers', 'triggered', 'triggering', 'attract', 'attracts', 'attracted', 'attracting',
  ],
  pluralNouns: [
    'alerts', 'appeals', 'attacks', 'blasts', 'boasts', 'calls', 'charges', 'claims', 'comments', 'demands', 'doubts', 'estimates', 'fears', 'figures',
    'guarantees', 'hopes', 'jokes', 'mentions', 'notes', 'pledges', 'posts', 'praises', 'projects', 'promises', 'questions', 'quips', 'rebukes', 'recalls',
    'references', 'remarks', 'reports', 'requests', 'shows', 'signals', 'talks', 'tweets', 'vows',
  ],
  irregularPasts: [
    'held', 'cut', 'kept', 'left', 'set', 'put', 'made', 'took', 'gave', 'sent', 'met', 'ran', 'won', 'lost', 'hit', 'let', 'led', 'paid',
    'sold', 'bought', 'brought', 'fought', 'caught', 'built', 'spent', 'began', 'became', 'came', 'went', 'saw', 'grew', 'threw', 'drew',
    'broke', 'chose', 'rose', 'fell', 'drove', 'struck', 'shut', 'spread', 'quit', 'cast', 'cost', 'hurt', 'laid', 'rode', 'shook', 'shot',
    'stole', 'swept', 'tore', 'wore', 'bore', 'bent', 'bound', 'dealt', 'fed', 'fled', 'flew', 'forbade', 'froze', 'hid', 'lent',
    'lit', 'overtook', 'sank', 'sought', 'stuck', 'stung', 'swung', 'undertook', 'upheld', 'withheld', 'withdrew',
    // (Regular, but too short for the ending rule, which leaves out "bed", "red", "need".)
    'died', 'lied', 'tied',
  ],
  irregularParticiples: [
    'known', 'shown', 'chosen', 'taken', 'given', 'written', 'driven', 'beaten', 'sworn', 'stolen', 'spoken', 'broken', 'frozen', 'hidden',
    'forgotten', 'forgiven', 'risen', 'fallen', 'grown', 'thrown', 'drawn', 'withdrawn', 'seen', 'gone', 'eaten', 'bitten', 'shaken',
    'mistaken', 'overtaken', 'undertaken', 'proven', 'overthrown', 'undone', 'overseen', 'overridden', 'overwritten', 'rewritten',
  ],
  participleInflections: [],
  infinitiveMarkers: ['to'],
  governors: {
    refusals: ['declined to', 'declines to', 'decline to', 'declining to', 'refused to', 'refuses to', 'refuse to', 'refusing to'],
    // "went so far as to say", "went on to say": the infinitive is the report.
    modals: ['go so far as to', 'goes so far as to', 'went so far as to', 'going so far as to', 'gone so far as to', 'go on to', 'goes on to', 'went on to', 'going on to', 'gone on to'],
  },
  questionWords: ['whether', 'if'],
  questionTopics: ['about'],
  aspectVerbs: [...regular('start', 'continue', 'resume', 'finish'), 'begin', 'begins', 'began', 'begun', 'beginning', 'keep', 'keeps', 'kept', 'keeping', ...doubling('stop'), 'spend', 'spends', 'spent', 'went on', 'goes on', 'go on'],
  gerundPrepositions: ['by', 'in', 'after', 'before', 'while', 'when', 'upon', 'on', 'since', 'to', 'for', 'about', 'over', 'at', 'with'],
  passiveAuxiliaries: ['am', 'is', 'was', 'are', 'were', 'be', 'been', 'being', "isn't", "wasn't", "aren't", "weren't"],
  passiveContractions: ["'m", "'re"],
  reflexives: [],
  reflexiveNonReporting: [],
  exampleMarkers: ['such as', 'including', 'like', 'especially', 'particularly', 'notably', 'among them', 'among others'],
  approximators: [...enNumbers.approx, ...enNumbers.atLeast, ...enNumbers.atMost],
  amountWords: [...Object.keys(enNumbers.words), ...Object.keys(enNumbers.scales), ...Object.keys(enNumbers.approximateNouns)],
  nounCompounds: ['think tank', 'think tanks', 'think-tank', 'think-tanks', 'pledged delegate', 'pledged delegates', 'fear mongering'],
  timeQualifiers: ['late', 'early', 'earlier', 'later'],
  speakerNouns: [
    'club', 'team', 'firm', 'side', 'squad', 'cooperative', 'regulator', 'watchdog', 'operator', 'airline', 'carrier', 'retailer', 'manufacturer', 'insurer',
    'lender', 'broadcaster', 'newspaper', 'magazine', 'publisher', 'charity', 'campaign', 'camp', 'organisers', 'organizers', 'family', 'prosecution',
    'defence', 'defense', 'city', 'state', 'county', 'municipality', 'region', 'district', 'brand', 'startup', 'platform', 'carmaker', 'giant',
    'speaker', 'police', 'media', 'medics', 'paramedics', 'observers', 'rescuers', 'monitors', 'campaigners', 'workers', 'employees', 'staffers', 'parents', 'fans', 'voters', 'protesters', 'demonstrators', 'villagers', 'residents', 'neighbors', 'neighbours', 'critics', 'passengers', 'witness', 'witnesses', 'sources',
  ],
  rubrics: ['analysis', 'opinion', 'editorial', 'commentary', 'explainer', 'review', 'interview', 'live', 'update', 'factbox', 'fact-check', 'exclusive', 'watch', 'listen', 'read', 'latest'],
  agentEndings: ['ers', 'ists', 'ians'],
  timeWords: [
    'day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'decade', 'morning', 'afternoon', 'evening', 'night', 'hour', 'hours',
    'time', 'times', 'ago', 'spring', 'summer', 'fall', 'autumn', 'winter', 'season', 'session', 'term',
  ],
  // (Not "into": "called into question".)
  nounPrepositions: ['of', 'in', 'on', 'at', 'with', 'without', 'for', 'from', 'by', 'about', 'amid', 'among', 'despite', 'during', 'over', 'under', 'against', 'through'],
  conditionals: ['if', 'unless', 'whether'],
  stateParticiples: ['worried'],
  agentPrepositions: ['by'],
  authorPrepositions: ['by', 'from'],
  participlesApart: false,
  inciseInversion: false,
  headFirst: false,
  complementizerRepeated: false,
  quotingParticiples: ['quoted'],
  relayingVerbs: ['quote', 'quotes', 'quoted', 'quoting', 'cite', 'cites', 'cited', 'citing'],
  relayLinks: ['as'],
  nounAuxiliaries: [],
  exceptionHeads: ['nobody', 'no one', 'everyone', 'everybody', 'anyone', 'anybody', 'all', 'none', 'nothing', 'everything', 'anything'],
  participlePrepositions: ['including', 'regarding', 'concerning', 'following', 'excluding', 'considering', 'pending', 'during', 'notwithstanding', 'barring'],
  infinitiveAuxiliaries: ['have', 'be'],
  meansPrepositions: ['by'],
  infinitiveEndings: [],
  negationWords: [],
  modalAuxiliaries: ['will', 'would', 'could', 'can', 'might', 'may', 'should', 'must', "won't", "wouldn't", "couldn't", "can't", 'cannot', "shouldn't"],
  accordClauses: ['as', 'just as'],
  auxiliaryClitics: ['s'],
  objectClitics: [],
  articleClitics: [],
  indefinitePronouns: [],
  indefiniteSourceLinks: [],
  subjectCliticEndings: [],
  writtenEndings: [],
  impersonalPronouns: ['it'],
  // "the 19-year-old", "the 38-year-old striker".
  ageDescriptions: /^the\s+\d{1,3}-year-old(?:\s+\p{Ll}+)?$/iu,
  negativeSubjects: ['nobody', 'no one', 'none', 'neither'],
  personNouns: ['victim', 'deceased', 'defendant', 'accused', 'suspect', 'client', 'patient', 'child', 'son', 'daughter', 'boy', 'girl', 'man', 'woman', 'driver', 'owner', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'widow', 'widower'],
  possessiveClitics: ['s'],
  adjunctPrepositions: [
    'in', 'at', 'on', 'during', 'after', 'before', 'as', 'since', 'despite', 'with', 'without', 'from', 'under', 'among', 'amid', 'unlike',
    'for', 'by', 'over', 'through', 'across', 'near', 'toward', 'towards', 'against', 'beyond', 'within', 'throughout', 'upon', 'shortly after',
    'behind', 'inside', 'outside', 'beside',
  ],
  subordinators: ['when', 'whenever', 'if', 'because', 'after', 'before', 'although', 'though', 'while', 'since', 'once', 'unless', 'whereas', 'as', 'even though', 'even if'],
  askingVerbs: [...regular('ask', 'wonder', 'inquire', 'enquire', 'question')],
  attributeVerbs: [],
  activeOnly: [],
  interrogatives: ['what', 'who', 'whom', 'whose', 'why', 'how', 'which', 'where', 'when'],
  freeRelatives: ['what', 'whatever'],
  sourceRelatives: ['which', 'whom'],
  reportNouns: ['reports', 'report', 'claims', 'claim', 'allegations', 'allegation', 'accusations', 'accusation', 'figures', 'figure', 'estimates', 'rumors', 'rumours', 'stories', 'story', 'assertions', 'account'],
  clauseNouns: ['position', 'view', 'views', 'argument', 'belief', 'stance', 'contention', 'assertion', 'insistence', 'line', 'conviction', 'opinion', 'claim', 'claims', 'case', 'theory', 'hope', 'fear', 'fears', 'concern', 'concerns'],
  sayingAfter: ['before'],
  contentBreaks: [
    'but', 'which', 'who', 'whose', 'while', 'whereas', 'according to', 'compared with', 'compared to', 'even as', 'even though',
    'though', 'although', 'despite', 'unlike', 'however', 'nor',
  ],
  contrastClauses: ['but', 'while', 'whereas', 'though', 'although', 'even though'],
};
