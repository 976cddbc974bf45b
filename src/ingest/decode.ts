/** The outcome of turning a file's bytes into text. */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const SNIFF_BYTES = 8192;

/**
 * Decode bytes to text: UTF-8 with or without BOM, UTF-16 with BOM, and Windows-1252 (which
 * covers Latin-1) when the bytes are not UTF-8 and hold no valid UTF-8 multi-byte sequence. A file
 * that is mostly UTF-8 but has broken sequences is refused rather than silently garbled, and so is
 * a binary file.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strictUtf8(bytes.subarray(3), 'utf-8 (BOM)');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const binary = binaryReason(bytes);
  if (binary) return { ok: false, reason: binary };
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    const { valid, firstInvalid } = scanUtf8(bytes);
    if (valid > 0) {
      return { ok: false, reason: `invalid UTF-8: the byte at offset ${firstInvalid} (0x${bytes[firstInvalid]?.toString(16).padStart(2, '0')}) starts no valid sequence` };
    }
    return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function strictUtf8(bytes: Uint8Array, encoding: string): Decoded {
  try {
    return { ok: true, text: utf8.decode(bytes), encoding };
  } catch {
    const { firstInvalid } = scanUtf8(bytes);
    return { ok: false, reason: `invalid UTF-8 after a UTF-8 byte-order mark, at byte offset ${firstInvalid + 3}` };
  }
}

/** A NUL byte, or many control characters, in the first few kilobytes means binary data. */
function binaryReason(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary file (it contains NUL bytes), not text';
    if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  }
  return controls / n > 0.02 ? 'binary file (too many control characters), not text' : null;
}

/** Count valid UTF-8 multi-byte sequences and find the first byte that starts no valid sequence. */
function scanUtf8(bytes: Uint8Array): { valid: number; firstInvalid: number } {
  let valid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    }
  }
  return { valid, firstInvalid: Math.max(firstInvalid, 0) };
}

// Windows-1252's characters for bytes 0x80-0x9F (the WHATWG Encoding Standard's index); the rest
// is Latin-1. Node's TextDecoder gives C1 controls for these bytes, so the mapping is done here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk.map((b) => b));
  }
  return out.replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
