import { describe, expect, it } from 'vitest';
import { screen } from './screen.js';

const HOLD = { holding: { categories: ['suicide_plan_intent' as const] } };

describe('the screener during a crisis hold', () => {
  it('reads what would be unremarkable on its own as new danger: means at hand, taken, symptoms, imminent', () => {
    for (const t of [
      'the tablets are on the table next to me',
      "i'm sitting here with it right now",
      'took some of them already',
      'I feel really dizzy and my vision is going',
      "the bleeding won't stop",
      "I'm on the bridge",
      'tengo las pastillas delante',
      'me estoy mareando mucho',
    ]) {
      const s = screen(t, HOLD);
      expect(s.level, t).toBe('urgent');
      expect(s.signals.some((x) => x.startsWith('hold.')) || s.level === 'urgent', t).toBe(true);
    }
  });

  it('leaves denials, questions, safety steps and small talk alone', () => {
    for (const t of [
      "I'm fine now honestly",
      'when is someone going to call?',
      "I've given the pills to my neighbour to keep",
      "I threw the blades away",
      "I don't have the gun with me",
      'ok',
      'thanks for staying',
      'ya tiré las pastillas',
    ]) expect(screen(t, HOLD).level, t).not.toBe('urgent');
  });

  it('is not applied outside a hold', () => {
    expect(screen("i'm sitting here with it right now").level).toBe('none');
  });
});

describe('context and the risk model', () => {
  const exercise = ['I have a big presentation on Friday, can we do grounding', 'a mug, two plants, the radiator, my phone, a clock'];

  it('context never turns a control word or an everyday message into an alarm', () => {
    for (const t of ['stop', 'enough', 'back', 'skip', 'ok', "what's the weather like today?"]) expect(screen(t, { previous: exercise }).level, t).toBe('none');
    expect(screen('stop', { previous: ['everything feels pointless and heavy', 'nobody would care'] }).level).toBe('none');
  });

  it('anxiety told as anxiety is not an emergency unless the rules find risk in it', () => {
    expect(screen('having a panic attack before my exam, heart racing, cant get my breath, help me calm down').level).toBe('none');
    expect(screen('ataque de ansiedad, el corazón a mil, ayúdame a respirar').level).toBe('none');
    expect(screen('panicking because I took 40 of my pills an hour ago').level).toBe('urgent');
  });
});

describe('the hold after tablets were taken', () => {
  const AFTER_TAKEN = { holding: { categories: ['overdose_taken' as const] } };
  const AFTER_QUESTION = { holding: { categories: ['means_seeking' as const] } };

  it('drowsiness and sleeping it off are new danger after an overdose, and only then', () => {
    for (const t of ['i feel ok though. bit sleepy', 'gonna sleep it off', 'my eyes are closing', 'tengo mucho sueño']) {
      const s = screen(t, AFTER_TAKEN);
      expect(s.level, t).toBe('urgent');
      expect(s.categories, t).toContain('overdose_taken');
    }
    expect(screen('i feel ok though. bit sleepy', HOLD).level).toBe('none');
  });

  it('a count told with a time is tablets taken, named as such even when the model already said urgent', () => {
    for (const t of ['8 of the co-codamol, about an hour ago', 'had a couple of them already, maybe 40 mins ago']) {
      const s = screen(t, AFTER_QUESTION);
      expect(s.level, t).toBe('urgent');
      expect(s.categories, t).toContain('overdose_taken');
    }
  });
});
