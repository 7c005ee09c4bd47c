import { describe, expect, it } from 'vitest';
import { tokens } from '../risk-model/features.js';
import { cleanInvisibleAndConfusable } from './clean-unicode.js';
import { CONFUSABLE_LETTERS } from './confusables-data.js';
import { EMOJI_TOKENS } from './emoji-map.js';
import { normalise } from './normalise.js';
import { screen } from './index.js';

const clean = cleanInvisibleAndConfusable;
const cp = (c: string): number => c.codePointAt(0) ?? 0;

describe('cleanInvisibleAndConfusable: invisible characters', () => {
  const INVISIBLE: ReadonlyArray<readonly [string, string]> = [
    ['zero-width space U+200B', '\u200B'],
    ['zero-width non-joiner U+200C', '\u200C'],
    ['zero-width joiner U+200D', '\u200D'],
    ['word joiner U+2060', '\u2060'],
    ['byte order mark U+FEFF', '\uFEFF'],
    ['right-to-left override U+202E', '\u202E'],
    ['left-to-right mark U+200E', '\u200E'],
    ['Mongolian vowel separator U+180E', '\u180E'],
    ['soft hyphen U+00AD', '\u00AD'],
    ['NUL U+0000', '\u0000'],
    ['escape U+001B', '\u001B'],
    ['C1 control U+0090', '\u0090'],
    ['tag letter A U+E0041', '\u{E0041}'],
    ['cancel tag U+E007F', '\u{E007F}'],
    ['variation selector 16 U+FE0F', '\uFE0F'],
    ['variation selector 17 U+E0100', '\u{E0100}'],
    ['combining grapheme joiner U+034F', '\u034F'],
    ['Hangul filler U+3164', '\u3164'],
    ['interlinear annotation U+FFF9', '\uFFF9'],
  ];
  for (const [name, ch] of INVISIBLE) {
    it(`removes a ${name} inside a word`, () => {
      expect(clean(`I will ki${ch}ll my${ch}self`)).toBe('I will kill myself');
    });
  }

  it('keeps tab, newline and carriage return, and the controls that are white space', () => {
    const text = 'one\ttwo\nthree\r\nfour\vfive\fsix\u0085seven';
    expect(clean(text)).toBe(text);
  });

  it('a message full of invisible characters screens like the plain one', () => {
    const plain = 'I am going to kill myself tonight';
    for (const [, ch] of INVISIBLE) {
      const hidden = plain.replace('kill', `k${ch}i${ch}ll`).replace('myself', `my${ch}self`);
      expect(screen(hidden).level).toBe('urgent');
    }
  });
});

describe('cleanInvisibleAndConfusable: look-alike letters', () => {
  it('folds Cyrillic look-alikes (а е о і с р х у ѕ ј ԁ) to Latin', () => {
    expect(clean('k\u0456ll')).toBe('kill');
    expect(clean('\u0430\u0435\u043E\u0456\u0441\u0440\u0445\u0443\u0455\u0458\u0501')).toBe('aeoicpxysjd');
    expect(clean('\u0410\u0412\u0415\u041A\u041C\u041D\u041E\u0420\u0421\u0422\u0425')).toBe('ABEKMHOPCTX');
  });

  it('folds Greek look-alikes (ο α ι ν κ ρ) to Latin', () => {
    expect(clean('\u03BF\u03B1\u03B9\u03BD\u03BA\u03C1')).toBe('oaivkp');
    expect(clean('\u0391\u0392\u0395\u0397\u039A\u039C\u039D\u039F\u03A1\u03A4\u03A7')).toBe('ABEHKMNOPTX');
  });

  it('reads a capital Cyrillic or Greek I as I, not as the l confusables.txt gives for ASCII I', () => {
    expect(clean('K\u0406LL')).toBe('KILL');
    expect(clean('K\u0399LL')).toBe('KILL');
    expect(screen('I AM GOING TO K\u0406LL MYSELF TONIGHT').level).toBe('urgent');
  });

  it('folds small capitals and other-script letters that imitate them (в т к м)', () => {
    expect(clean('\u0299\u1D1B\u0138')).toBe('btk');
    expect(clean('\u043A\u0456ll \u043Cyself')).toBe('kill myself');
  });

  it('keeps the accent of an accented look-alike, for the accent stripping downstream', () => {
    expect(clean('\u0451')).toBe('ë');
    expect(normalise('m\u0451')).toBe(' me ');
  });

  it('leaves mathematical alphanumerics and fullwidth forms to NFKC (digits stay digits)', () => {
    expect(clean('\u{1D424}\u{1D422}\u{1D425}\u{1D425}')).toBe('\u{1D424}\u{1D422}\u{1D425}\u{1D425}');
    expect(normalise('\u{1D424}\u{1D422}\u{1D425}\u{1D425} \u{1D426}\u{1D432}\u{1D42C}\u{1D41E}\u{1D425}\u{1D41F}')).toBe(' kill myself ');
    expect(normalise('\uFF4B\uFF49\uFF4C\uFF4C \uFF4D\uFF59\uFF53\uFF45\uFF4C\uFF46')).toBe(' kill myself ');
    expect(normalise('k\u{1D7CF}ll')).toBe(' kill ');
  });

  it('both layers read the cleaned word: the rules and the risk model tokens', () => {
    const hidden = 'ki\uFEFFll m\u0443s\u0435lf';
    expect(normalise(hidden)).toBe(' kill myself ');
    expect(tokens(clean(hidden))).toEqual(['kill', 'myself']);
  });
});

describe('cleanInvisibleAndConfusable: ordinary text is untouched', () => {
  it('never changes printable ASCII', () => {
    let ascii = '';
    for (let c = 0x20; c < 0x7f; c++) ascii += String.fromCharCode(c);
    expect(clean(ascii)).toBe(ascii);
  });

  it('never changes Latin-1 letters: Spanish and English accents go through the accent stripping', () => {
    const text = '¿Cuántas pastillas? ¡Ya no aguanto más! Mañana, pingüino, café, naïve, façade, Ñandú, ÁÉÍÓÚÜ ß æ ø ª º';
    expect(clean(text)).toBe(text);
    expect(normalise('Ya no aguanto más, quiero quitarme la vida mañana')).toBe(' ya no aguanto mas , quiero quitarme la vida manana ');
  });

  it('keeps emoji and their sequences, so the emoji map and the risk model read them as before', () => {
    for (const e of Object.keys(EMOJI_TOKENS)) expect(clean(e)).toBe(e);
    const sequences = ['⚰️', '☠️', '❤️‍🔥', '🤦🏽‍♀️', '👨‍👩‍👧', '🏳️‍🌈', '👁️‍🗨️', '😮‍💨', '🙏🏾'];
    for (const s of sequences) expect(clean(`ok ${s} ok`)).toBe(`ok ${s} ok`);
    expect(normalise('💊💊 and 🔪 ⚰️')).toBe(' pills pills and knife coffin ');
  });

  it('keeps leetspeak and slang handling', () => {
    expect(normalise('k1ll mys3lf')).toBe(' kill myself ');
    expect(normalise('gonna unalive myself tmrw')).toBe(' going to kill myself tomorrow ');
    expect(normalise('k\u200B1ll mys\u20603lf')).toBe(' kill myself ');
  });

  it('is idempotent', () => {
    const text = 'ki\uFEFFll m\u0443s\u0435lf \u0451 ❤️‍🔥';
    expect(clean(clean(text))).toBe(clean(text));
  });
});

describe('the confusables table', () => {
  const entries = Object.entries(CONFUSABLE_LETTERS);

  it('maps only letters outside ASCII and Latin-1, never an emoji', () => {
    for (const [from] of entries) {
      expect([...from]).toHaveLength(1);
      expect(cp(from)).toBeGreaterThanOrEqual(0x100);
      expect(from).toMatch(/^\p{L}$/u);
      expect(from).not.toMatch(/\p{Extended_Pictographic}/u);
    }
  });

  it('maps to ASCII letters, with at most the marks the accent stripping removes', () => {
    for (const [, to] of entries) expect(to.normalize('NFD')).toMatch(/^[A-Za-z]+\p{M}*$/u);
  });

  it('holds the look-alikes the tester used', () => {
    expect(CONFUSABLE_LETTERS['\u0456']).toBe('i');
    expect(CONFUSABLE_LETTERS['\u043E']).toBe('o');
    expect(CONFUSABLE_LETTERS['\u03BF']).toBe('o');
  });
});
