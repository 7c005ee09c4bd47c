import { describe, expect, it } from 'vitest';
import { readEmotions } from './emotion-ratings.js';

const pairs = (text: string, tenScale?: boolean) => readEmotions(text, tenScale === undefined ? {} : { tenScale }).map((e) => [e.name, e.value]);

describe('reading emotions and how strong they are', () => {
  it('reads a word or two and a number, on 0–100 or 0–10', () => {
    expect(pairs('furious, like 85%')).toEqual([['furious', 85]]);
    expect(pairs('hopeless 60')).toEqual([['hopeless', 60]]);
    expect(pairs('guilty about a 6')).toEqual([['guilty', 60]]);
    expect(pairs('I felt jealous, maybe 4/10')).toEqual([['jealous', 40]]);
    expect(pairs('embarrassed 5%')).toEqual([['embarrassed', 5]]);
    expect(pairs('scared, a hundred percent')).toEqual([['scared', 100]]);
  });

  it('reads several emotions in one answer, names before or after the numbers', () => {
    expect(pairs('worried 70, irritated 30')).toEqual([['worried', 70], ['irritated', 30]]);
    expect(pairs('70 worried and 30 irritated')).toEqual([['worried', 70], ['irritated', 30]]);
    expect(pairs('nervous like 75 and kinda guilty 40')).toEqual([['nervous', 75], ['guilty', 40]]);
  });

  it('gives each number its own name when the names come first and the numbers after', () => {
    expect(pairs('lonely and frustrated, 65 and 30')).toEqual([['lonely', 65], ['frustrated', 30]]);
    expect(pairs('dolida y con rabia: 7 y 5')).toEqual([['dolida', 70], ['rabia', 50]]);
  });

  it('reads Spanish answers', () => {
    expect(pairs('culpa, como un 8')).toEqual([['culpa', 80]]);
    expect(pairs('me sentí frustrada 65 y triste 40')).toEqual([['frustrada', 65], ['triste', 40]]);
    expect(pairs('miedo, más o menos siete')).toEqual([['miedo', 70]]);
  });

  it('keeps the patient’s own spelling and capitals', () => {
    expect(pairs('Really GUTTED 90')).toEqual([['Really GUTTED', 90]]);
  });

  it('returns names without ratings when there are no numbers', () => {
    expect(pairs('lonely and a bit lost')).toEqual([
      ['lonely', null],
      ['a bit lost', null],
    ]);
  });

  it('reads a small number on the 0–100 scale for someone who rated that way before', () => {
    expect(pairs('5', false)).toEqual([['', 5]]);
    expect(pairs('5', true)).toEqual([['', 50]]);
  });
});
