import { copyFor } from './index.js';
import { describe, expect, it } from 'vitest';
import { exercisesEn } from './exercises-en.js';
import { exercisesEs } from './exercises-es.js';

/** Every string in the copy, with functions called on a longish quoted answer. */
function texts(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node === 'function') {
    const sample = '"an answer of about forty characters long"';
    return [[path, String((node as (...args: string[]) => unknown)(sample, sample))]];
  }
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => texts(v, `${path}.${k}`));
  return [];
}

function shape(node: unknown): unknown {
  if (Array.isArray(node)) return 'list';
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, shape(v)]));
  return typeof node;
}

describe('exercise copy', () => {
  it('has the same shape in Spanish as in English', () => {
    expect(shape(exercisesEs)).toEqual(shape(exercisesEn));
  });

  it('keeps every message short enough for SMS', () => {
    for (const [path, text] of [...texts(exercisesEn), ...texts(exercisesEs)]) expect(text.length, path).toBeLessThanOrEqual(320);
  });

  it('never uses a carrier opt-out word, nor asks the patient to type one', () => {
    // On SMS, STOP, QUIT, CANCEL, END and UNSUBSCRIBE opt the patient out of every message.
    for (const [path, text] of texts(exercisesEn)) expect(text, path).not.toMatch(/\b(stop|stopall|quit|cancel|end|unsubscribe)\b/i);
    for (const [path, text] of texts(exercisesEs)) expect(text, path).not.toMatch(/\b(stop|quit|cancel|parar|cancelar)\b|"para"/i);
  });

  it('an en-US patient reads American spelling and an en-GB patient British, and their own words are never respelled', () => {
    const us = copyFor('en-US');
    const gb = copyFor('en-GB');
    expect(us.exercises.traps.labelling.name).toBe('Labeling');
    expect(gb.exercises.traps.labelling.name).toBe('Labelling');
    expect(us.menu.goodbye).toMatch(/practice a skill/);
    expect(gb.menu.goodbye).toMatch(/practise a skill/);
    // The words the bot recognises keep both spellings.
    expect(us.exercises.trapWords.labelling).toContain('labelling');
    // A patient's words passed into a line stay as typed.
    expect(us.menu.goodbyeKept('call my mum and practise')).toContain('call my mum and practise');
  });
});
