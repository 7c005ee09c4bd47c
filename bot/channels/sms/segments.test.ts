import { describe, expect, it } from 'vitest';
import { encodingOf, MAX_SMS_CHARS, segmentsOf, splitForSms } from './segments.js';

describe('SMS sizing and splitting', () => {
  it('counts GSM-7 and UCS-2 segments as carriers bill them', () => {
    expect(segmentsOf('a'.repeat(160))).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    expect(segmentsOf('a'.repeat(161))).toMatchObject({ encoding: 'GSM-7', segments: 2 });
    expect(segmentsOf('€'.repeat(80))).toMatchObject({ encoding: 'GSM-7', units: 160, segments: 1 }); // extension characters cost two
    expect(segmentsOf('a'.repeat(69) + '😊')).toMatchObject({ encoding: 'UCS-2', units: 71, segments: 2 }); // an emoji is two code units
    expect(encodingOf('Ñoño café à la carte')).toBe('GSM-7');
    expect(encodingOf('Ñandú')).toBe('UCS-2'); // ú is not in the GSM-7 alphabet
    expect(encodingOf('señal — “quotes”')).toBe('UCS-2');
  });

  it('leaves a short message whole', () => {
    expect(splitForSms('How are you feeling today?')).toEqual(['How are you feeling today?']);
  });

  it('splits at sentence ends, in order, within the limit', () => {
    const sentences = Array.from({ length: 12 }, (_, i) => `This is sentence number ${i + 1} of a long reply.`);
    const parts = splitForSms(sentences.join(' '));
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(MAX_SMS_CHARS);
      expect(p).toMatch(/\.$/);
    }
    expect(parts.join(' ')).toBe(sentences.join(' '));
  });

  it('keeps emoji text to three UCS-2 segments per message and never cuts an emoji in half', () => {
    const text = Array.from({ length: 10 }, (_, i) => `Step ${i + 1} 🌿 breathe in slowly and notice the air.`).join(' ');
    const parts = splitForSms(text);
    for (const p of parts) {
      expect(segmentsOf(p).segments).toBeLessThanOrEqual(3);
      expect(p).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
    expect(parts.join(' ')).toBe(text);
  });

  it('breaks a single overlong sentence between words', () => {
    const parts = splitForSms(`${'word '.repeat(120)}end`);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(MAX_SMS_CHARS);
    expect(parts.join(' ')).toBe(`${'word '.repeat(120)}end`);
  });
});
