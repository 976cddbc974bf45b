import type { MentionAnnotation, ParagraphAnnotation, QuoteSpeaker } from '../model/layers.js';
import type { SpeakerContext } from './speakers.js';

/** One turn of an interview transcript: the label's colon (a token index) and the words after it. */
export interface TranscriptTurn {
  colon: number;
  start: number;
  end: number;
  /** Offsets of the label ("JAKE TAPPER", "MR. SMITH"). */
  labelStart: number;
  labelEnd: number;
  speaker: QuoteSpeaker;
}

/** The most words a speaker's label may have ("SEN. ELIZABETH WARREN"). */
const LABEL_WORDS = 4;
/** The most characters a label and its colon take ('"SEN. ELIZABETH WARREN:'). */
const LABEL_CHARS = 48;
/** Closing and opening marks that wrap a transcript paragraph ('"PENCE: Well, …'). */
const WRAP = /^["“”«»]+$/u;

const CAPITALS = /^[\p{Lu}\p{N}'’-]+$/u;
const upper = (s: string) => CAPITALS.test(s) && /\p{Lu}/u.test(s);

/**
 * Interview transcripts: "TAPPER: Do you think …", "MR. SMITH: We will …". A paragraph that opens
 * with a name in capitals and a colon is that speaker's turn, word for word, to the end of the
 * paragraph. Labels are read as speakers only when the article has turns of two speakers at
 * least and one of them is a person it names, so that datelines and rubrics in capitals
 * ("UPDATE:", "WASHINGTON:") are not.
 */
export function transcriptTurns(ctx: SpeakerContext, paragraphs: readonly ParagraphAnnotation[], mentions: readonly MentionAnnotation[]): TranscriptTurn[] {
  const { tokens, text } = ctx;
  const turns: TranscriptTurn[] = [];
  for (const p of paragraphs) {
    // A label's colon comes within the paragraph's first few dozen characters.
    if (!hasColonNear(text, p.start, Math.min(p.end, p.start + LABEL_CHARS))) continue;
    let i = ctx.tokenAt(p.start);
    if (!tokens[i] || tokens[i]!.start >= p.end) continue;
    if (WRAP.test(tokens[i]!.text)) i++;
    const labelFrom = i;
    let words = 0;
    while (tokens[i] && tokens[i]!.end <= p.end && words <= LABEL_WORDS && ((tokens[i]!.word && upper(tokens[i]!.text)) || (tokens[i]!.text === '.' && tokens[i - 1]?.word))) {
      if (tokens[i]!.word) words++;
      i++;
    }
    // A single letter is an interviewer's or a respondent's mark ("Q:", "A:"), not a name.
    if (!words || words > LABEL_WORDS || tokens[i]?.text !== ':' || (i - labelFrom === 1 && tokens[labelFrom]!.text.length < 2)) continue;
    let first = i + 1;
    let last = first;
    while (tokens[last + 1] && tokens[last + 1]!.end <= p.end) last++;
    while (last >= first && WRAP.test(tokens[last]!.text)) last--;
    if (!tokens[first] || tokens[first]!.start >= p.end || last < first || !tokens.slice(first, last + 1).some((t) => t.word)) continue;
    while (WRAP.test(tokens[first]!.text)) first++;
    const labelStart = tokens[labelFrom]!.start;
    const labelEnd = tokens[i - 1]!.end;
    turns.push({ colon: i, start: tokens[first]!.start, end: tokens[last]!.end, labelStart, labelEnd, speaker: speakerOf(text.slice(labelStart, labelEnd), labelStart, labelEnd, mentions) });
  }
  // Two speakers at least, one of them a person the article names ("UPDATE:" and "WASHINGTON:" are rubrics).
  const labels = new Set(turns.map((t) => lastWord(t.speaker.name)));
  return labels.size >= 2 && turns.some((t) => t.speaker.ref) ? turns : [];
}

function hasColonNear(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 58) return true;
  return false;
}

const lastWord = (name: string) => name.split(/\s+/).pop()!.toLocaleUpperCase();

/** The label as a speaker, linked to the person the article names whose last name it gives ("FALLIN": Mary Fallin). */
function speakerOf(name: string, start: number, end: number, mentions: readonly MentionAnnotation[]): QuoteSpeaker {
  const last = lastWord(name);
  const m = mentions.find((x) => x.type === 'person' && lastWord(x.name) === last);
  if (!m) return { start, end, name, form: 'name', type: 'person' };
  return { start, end, name: m.name, key: m.key, type: 'person', form: 'name', ref: { start: m.start, end: m.end, name: m.name, key: m.key, type: m.type } };
}
