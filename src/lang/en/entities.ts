import type { EntityLexicon } from '../types.js';

/** English: titles, roles, portfolios and the words around names in English news. */
export const enEntities: EntityLexicon = {
  honorifics: ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'adm'],
  genders: {
    feminine: ['mrs', 'ms', 'miss', 'dame', 'lady', 'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'councilwoman', 'queen', 'princess', 'duchess'],
    masculine: ['mr', 'sir', 'lord', 'spokesman', 'chairman', 'congressman', 'businessman', 'councilman', 'king', 'prince', 'duke'],
  },
  roleHeads: [
    'president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'counterpart', 'chief', 'head',
    'leader', 'director', 'boss', 'chancellor', 'prime minister', 'premier', 'king', 'queen', 'prince', 'princess', 'emir', 'general',
    'admiral', 'commander', 'colonel', 'mayor', 'governor', 'prosecutor', 'senator', 'congressman', 'congresswoman', 'representative',
    'lawmaker', 'judge', 'adviser', 'advisor', 'envoy', 'official', 'commissioner', 'vice president', 'writer', 'journalist',
    'correspondent', 'reporter', 'prefect', 'executive', 'chief executive', 'ceo', 'cfo', 'coo', 'cto', 'representative', 'spokesperson', 'engineer', 'baker', 'resident', 'witness', 'analyst', 'researcher', 'expert', 'professor', 'pope', 'ayatollah', 'supreme leader', 'chairman', 'chairwoman', 'chair',
    'lawyer', 'attorney', 'coach', 'captain', 'doctor', 'nurse', 'officer', 'sheriff', 'teacher', 'economist', 'historian',
    'scientist', 'activist', 'manager', 'strategist', 'pollster', 'diplomat', 'banker', 'firefighter', 'rescuer', 'farmer',
    'inspector', 'detective', 'superintendent', 'constable', 'sergeant', 'lieutenant',
  ],
  roleQualifiers: ['vice', 'deputy', 'former', 'ex', 'new', 'acting', 'top', 'senior', 'chief', 'general', 'first', 'interim', 'outgoing', 'incoming', 'elect', 'assistant', 'under', 'joint', 'supreme'],
  portfolios: ['defense', 'defence', 'foreign', 'foreign affairs', 'interior', 'home', 'justice', 'finance', 'economy', 'health', 'education', 'state', 'treasury', 'trade', 'energy', 'transport', 'agriculture', 'labor', 'labour', 'unification', 'security', 'national security', 'intelligence', 'homeland security'],
  roleComplements: ['diplomacy', 'intelligence', 'army', 'staff', 'government', 'opposition', 'parliament', 'police', 'navy', 'security', 'defense', 'defence', 'alliance', 'agency'],
  roleLinks: ['of the', 'of', 'for', 'to the', 'to'],
  roleEquivalents: [['minister', 'secretary'], ['president', 'leader', 'chief', 'head']],
  determiners: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'our'],
  namesBeforeNouns: true,
  functionWords: [
    'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'by', 'with', 'without', 'after', 'before', 'since', 'during', 'between',
    'against', 'according', 'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'as', 'then', 'however', 'meanwhile', 'also', 'still',
    'he', 'she', 'they', 'it', 'we', 'you', 'i', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'who', 'what', 'which',
    'where', 'why', 'how', 'all', 'some', 'many', 'several', 'no', 'each', 'every', 'asked', 'speaking', 'there', 'here', 'yes', 'not',
    'more', 'most', 'less', 'already', 'never', 'always', 'among', 'despite', 'under', 'over', 'about', 'last', 'next', 'earlier', 'later',
    'today', 'tonight', 'yesterday', 'tomorrow', 'late', 'early', 'again', 'afterward', 'afterwards', 'instead', 'too',
  ],
  organisationLinks: ['of', 'for', 'on'],
  organisationHeads: [
    'ministry', 'agency', 'service', 'services', 'council', 'commission', 'committee', 'party', 'union', 'federation', 'association',
    'office', 'institute', 'foundation', 'bank', 'court', 'tribunal', 'parliament', 'assembly', 'senate', 'congress', 'government',
    'army', 'staff', 'bureau', 'department', 'university', 'organization', 'organisation', 'front', 'movement', 'group', 'company',
    'corporation', 'authority', 'center', 'centers', 'centre', 'centres', 'corps', 'guard', 'forces', 'news', 'times', 'post', 'press',
    'observatory', 'coalition', 'alliance', 'league', 'society', 'board', 'navy', 'network', 'fund', 'embassy', 'command',
    'museum', 'airlines', 'airways', 'hospital', 'library', 'college', 'school',
    // Heads of company names ("General Motors", "Lockheed Martin Industries").
    'motors', 'motor', 'industries', 'holdings', 'technologies', 'dynamics', 'pharmaceuticals', 'laboratories', 'studios', 'railways',
  ],
  locatives: ['in', 'at', 'to', 'into', 'from', 'near', 'outside', 'inside', 'toward', 'towards', 'across'],
  placeLocatives: ['in', 'at', 'near', 'outside', 'inside', 'across'],
  placeCues: /(?:region|province|city|oblast|district|prefecture|village|town|territory|peninsula|island|gulf|sea|river)\s+of\s+(?:the\s+)?$/iu,
  speechAfter:
    /^,?\s+(?:said|says|told|added|wrote|stated|noted|warned|announced|confirmed|denied|explained|insisted|argued|claimed|acknowledged|admitted|replied|responded|urged|demanded|called|promised|tweeted|posted|has said|had said|has warned|has denied)(?!\p{L})/u,
  nameParticles: ['al', 'el', 'ben', 'bin', 'ibn', 'abu', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'dos', 'das', 'la', 'le', 'ter', 'zu', 'y'],
  speechBefore: /(?:said|says|told|added|explained|warned|noted|according\s+to|recalled|insisted)\s+$/u,
  personAfter: /^,\s*(?:\d{1,3}\s*,|an?\s+\d{1,3}-year-old)(?!\p{L})/u,
  // Democrat, Republican or independent, and a state (US usage).
  affiliationShape: /^[DRI]-\p{Lu}/u,
  placeShape: /^(?:Saint|St|Sainte|Port|Fort|Mount|Mont|New|North|South|East|West|Upper|Lower|Haute?|Basse?|Val|Villeneuve)[-\s]\p{Lu}|-(?:on|upon|sur|sous|en|lès|le|la|de|du)-\p{L}/u,
};
