import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.js';

describe('normalise', () => {
  it('lowercases, drops apostrophes inside words and pads with spaces', () => {
    expect(normalise("I'm NOT OK")).toBe(' im not ok ');
  });

  it('turns curly quotes into plain quote tokens and keeps contractions', () => {
    expect(normalise('she said “I don’t care”')).toBe(' she said " i dont care " ');
  });

  it('strips Spanish accents but keeps the words matchable', () => {
    expect(normalise('¿Cuántas pastillas? Ya no aguanto más')).toBe(' cuantas pastillas ? ya no aguanto mas ');
    expect(normalise('Quiero quitarme la vida')).toContain('quitarme la vida');
  });

  it('collapses stretched letters', () => {
    expect(normalise('sooooo tiredddd')).toBe(' so tired ');
  });

  it('decodes leetspeak only into known risk words', () => {
    expect(normalise('k1ll mys3lf')).toBe(' kill myself ');
    expect(normalise('5uicide')).toBe(' suicide ');
    expect(normalise('gave away my ps5 at 2am')).toBe(' gave away my ps5 at 2am ');
  });

  it('expands suicide slang and SMS shorthand', () => {
    expect(normalise('kms tn')).toBe(' kill myself tonight ');
    expect(normalise('thinking about sewerslide')).toBe(' thinking about suicide ');
    expect(normalise('gonna unalive myself tmrw')).toBe(' going to kill myself tomorrow ');
    expect(normalise("i od'd")).toBe(' i overdosed ');
    expect(normalise('wanna die rn bc idk')).toBe(' want to die right now because i dont know ');
  });

  it('reads sh as self-harm only next to self-harm words', () => {
    expect(normalise('urge to sh tonight')).toContain('selfharm');
    expect(normalise('sh sh it is ok')).not.toContain('selfharm');
  });

  it('maps meaningful emoji to words and laughing faces to a joke marker', () => {
    expect(normalise('💊💊 and 🔪')).toBe(' pills pills and knife ');
    expect(normalise('so cooked 😂')).toBe(' so cooked lol ');
    expect(normalise('🪦 ⚰️ 🌉 🪢 👋')).toBe(' tombstone coffin bridge rope bye ');
  });

  it('marks sentence ends and questions as separate tokens', () => {
    expect(normalise('No. Why? Fine...')).toBe(' no . why ? fine . ');
  });

  it('spells out negations the same way as contractions', () => {
    expect(normalise('I do not want to and I cannot')).toBe(' i dont want to and i cant ');
  });

  it('fixes common misspellings of risk words', () => {
    expect(normalise('suicde sucide kil myslef pils')).toBe(' suicide suicide kill myself pills ');
  });
});
