import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeBytes } from '../src/ingest/decode.js';
import { normalizeChars, splitParagraphs } from '../src/ingest/normalize.js';

describe('normalizeChars', () => {
  const cases: [string, string, string][] = [
    ['plain space', '10 000 soldats', '10 000 soldats'],
    ['no-break space U+00A0', '10\u00A0000 soldats', '10 000 soldats'],
    ['narrow no-break space U+202F', '10\u202F000 soldats', '10 000 soldats'],
    ['thin space and guillemets', '«\u2009oui\u2009»', '« oui »'],
    ['soft hyphen', 'dé\u00ADploie\u00ADment', 'déploiement'],
    ['zero-width characters and BOM', '\uFEFFPyong\u200Byang\u200C', 'Pyongyang'],
    ['decomposed accents to NFC', 'Se\u0301oul', 'Séoul'],
    ['CRLF and trailing spaces', 'a  \r\n  b\r\n', 'a\nb\n'],
    ['quotes and apostrophes kept', '“l’Otan” ‘x’ "y" \'z\'', '“l’Otan” ‘x’ "y" \'z\''],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.equal(normalizeChars(input), expected));
});

describe('splitParagraphs', () => {
  it('keeps one paragraph per line when lines end sentences', () => {
    assert.deepEqual(splitParagraphs('Un. Deux.\nTrois.\n\nQuatre.'), ['Un. Deux.', 'Trois.', 'Quatre.']);
  });
  it('joins hard-wrapped lines', () => {
    const wrapped = 'The dam failed on Monday after three days\nof rain, officials said, and rescuers\nreached the valley at dawn.\n\nSecond paragraph.';
    assert.deepEqual(splitParagraphs(wrapped), ['The dam failed on Monday after three days of rain, officials said, and rescuers reached the valley at dawn.', 'Second paragraph.']);
  });
});

describe('decodeBytes', () => {
  const text = 'Les évacués de la vallée — « déjà 1 500 »';
  const ok = (bytes: Uint8Array) => {
    const d = decodeBytes(bytes);
    assert.ok(d.ok, d.ok ? '' : d.reason);
    return d;
  };
  it('UTF-8 without BOM', () => assert.equal(ok(Buffer.from(text, 'utf8')).text, text));
  it('UTF-8 with BOM', () => assert.equal(ok(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])).text, text));
  it('UTF-16 LE with BOM', () => assert.equal(ok(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])).text, text));
  it('UTF-16 BE with BOM', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    assert.equal(ok(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text, text);
  });
  it('Windows-1252 / Latin-1 detected', () => {
    const cp1252 = Buffer.from([0x4c, 0x65, 0x73, 0x20, 0xe9, 0x76, 0x61, 0x63, 0x75, 0xe9, 0x73, 0x20, 0xab, 0x20, 0x6f, 0x75, 0x69, 0x20, 0xbb, 0x20, 0x80]);
    const d = ok(cp1252);
    assert.equal(d.encoding, 'windows-1252');
    assert.equal(d.text, 'Les évacués « oui » €');
  });
  it('refuses invalid UTF-8 in a UTF-8 file, naming the offset', () => {
    const bytes = Buffer.concat([Buffer.from('Séoul et ', 'utf8'), Buffer.from([0xff]), Buffer.from(' Pyongyang', 'utf8')]);
    const d = decodeBytes(bytes);
    assert.equal(d.ok, false);
    assert.match(d.ok ? '' : d.reason, /invalid UTF-8.*offset 10/);
  });
  it('refuses binary data', () => {
    const d = decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    assert.equal(d.ok, false);
    assert.match(d.ok ? '' : d.reason, /binary/);
  });
  it('refuses an empty file', () => {
    const d = decodeBytes(new Uint8Array());
    assert.equal(d.ok, false);
    assert.match(d.ok ? '' : d.reason, /empty/);
  });
});
