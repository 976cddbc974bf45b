import { eld } from 'eld/small';

/** Languages preferred when the detector hesitates: the ones recoupe has full knowledge for. */
const PREFERRED = ['fr', 'en'];
/** How far below the top score a preferred language may be and still win an unreliable call. */
const PREFERENCE_MARGIN = 0.08;
/** Enough text to decide; longer samples only cost time. */
const SAMPLE_CHARS = 3000;

export interface DetectedLanguage {
  /** ISO 639-1, or "und" when nothing could be told. */
  code: string;
  reliable: boolean;
}

/** Detect the language of a text, with French and English favoured when the call is close. */
export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const result = eld.detect(sample);
  if (!result.language) return { code: 'und', reliable: false };
  const reliable = result.isReliable();
  if (reliable || PREFERRED.includes(result.language)) return { code: result.language, reliable };
  const scores = result.getScores();
  const top = scores[result.language] ?? 0;
  for (const code of PREFERRED) {
    const score = scores[code];
    if (score !== undefined && top - score <= PREFERENCE_MARGIN) return { code, reliable: false };
  }
  return { code: result.language, reliable };
}
