import { describe, expect, it } from 'vitest';
import type { Answers, Instrument } from './questionnaires.js';
import { readCorrection, readDifficulty, readFrequency, readInstrument, readTopicCorrection, scoreAnswers, severityOf } from './questionnaires.js';

function all(count: number, value: 0 | 1 | 2 | 3): Answers {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [i + 1, value]));
}

/** Answers adding up to `total` (threes first). */
function totalling(instrument: Instrument, total: number): Answers {
  const count = instrument === 'phq9' ? 9 : 7;
  const answers: Answers = {};
  let left = total;
  for (let n = 1; n <= count; n++) {
    const v = Math.min(3, left) as 0 | 1 | 2 | 3;
    answers[n] = v;
    left -= v;
  }
  return answers;
}

describe('PHQ-9 and GAD-7 scoring', () => {
  it('puts PHQ-9 totals in the published bands, at each edge', () => {
    const expected: [number, string][] = [
      [0, 'minimal'], [4, 'minimal'], [5, 'mild'], [9, 'mild'], [10, 'moderate'], [14, 'moderate'],
      [15, 'moderately_severe'], [19, 'moderately_severe'], [20, 'severe'], [27, 'severe'],
    ];
    for (const [total, band] of expected) {
      expect(severityOf('phq9', total), String(total)).toBe(band);
      expect(scoreAnswers('phq9', totalling('phq9', total))).toEqual({ score: total, severity: band, prorated: false, missing: [] });
    }
  });

  it('puts GAD-7 totals in the published bands, at each edge (no "moderately severe")', () => {
    const expected: [number, string][] = [
      [0, 'minimal'], [4, 'minimal'], [5, 'mild'], [9, 'mild'], [10, 'moderate'], [14, 'moderate'], [15, 'severe'], [21, 'severe'],
    ];
    for (const [total, band] of expected) {
      expect(severityOf('gad7', total), String(total)).toBe(band);
      expect(scoreAnswers('gad7', totalling('gad7', total)).score).toBe(total);
    }
  });

  it('prorates one missing item from the mean of the others, rounded, and says so', () => {
    // Eight PHQ-9 answers of 2: mean 2 × 9 items = 18.
    expect(scoreAnswers('phq9', { ...all(9, 2), 4: null })).toEqual({ score: 18, severity: 'moderately_severe', prorated: true, missing: [4] });
    // 13 over eight items: 13 / 8 × 9 = 14.6 → 15, which moves it up a band.
    const answers: Answers = { 1: 3, 2: 3, 3: 3, 4: 1, 5: 1, 6: 1, 7: 1, 8: 0 };
    expect(scoreAnswers('phq9', answers)).toMatchObject({ score: 15, severity: 'moderately_severe', prorated: true, missing: [9] });
    // GAD-7, six answers summing 9: 9 / 6 × 7 = 10.5 → 11 (half rounds up).
    expect(scoreAnswers('gad7', { 1: 3, 2: 3, 3: 3, 4: 0, 5: 0, 6: 0, 7: null })).toMatchObject({ score: 11, severity: 'moderate', prorated: true });
  });

  it('gives no score with two or more items missing', () => {
    expect(scoreAnswers('phq9', { ...all(9, 1), 2: null, 7: null })).toEqual({ score: null, severity: null, prorated: false, missing: [2, 7] });
    expect(scoreAnswers('gad7', { 1: 2 })).toMatchObject({ score: null, missing: [2, 3, 4, 5, 6, 7] });
  });
});

describe('reading how often something has bothered the patient', () => {
  const cases: [number, string[]][] = [
    [0, ['0', 'Not at all', 'not at all really', 'never', 'no', 'Nope', 'none', 'not once', '0 days', 'Ningún día', 'ningun dia', 'nunca', 'para nada', 'No, nunca', 'nada', 'zero', 'cero']],
    [1, ['1', 'Several days', 'a few days', 'some days', 'sometimes', 'a couple of days', 'once or twice', 'not very often', 'only 3 days', 'two days a week', 'hardly ever', 'Varios días', 'algunos días', 'a veces', 'un par de días', 'de vez en cuando', 'no mucho', 'casi nunca', 'one']],
    [2, ['2', 'More than half the days', 'more than half', 'most days', 'a lot', 'often', 'quite a bit', 'about 10 days', "I'd say 2", 'option 2 please', 'Más de la mitad de los días', 'más de la mitad', 'la mayoría de los días', 'muchos días', 'muchas veces', 'a menudo', 'dos']],
    [3, ['3', 'Nearly every day', 'every day', 'everyday', 'all the time', 'constantly', 'always', 'pretty much every day', 'three times a day', 'Casi todos los días', 'todos los días', 'siempre', 'casi siempre', 'todo el tiempo', 'TODOS LOS DÍAS!!', '3 - nearly every day']],
  ];
  for (const [value, texts] of cases) {
    it(`reads ${value} the ways people write it, in English and Spanish`, () => {
      for (const t of texts) expect(readFrequency(t), t).toBe(value);
    });
  }

  it('"nothing unusual" is not at all, even with "always" in it, and an earlier item named by its topic is corrected', () => {
    for (const t of ['nel, como siempre', 'lo de comer es normal', 'no, same as usual', 'pretty normal']) expect(readFrequency(t), t).toBe(0);
    expect(readTopicCorrection('phq9', 5, 'no espera, la de cansado cambiala, es mas de la mitad')).toEqual({ item: 4, value: 2 });
    expect(readTopicCorrection('phq9', 6, 'the sleep one was wrong, it should be nearly every day')).toEqual({ item: 3, value: 3 });
    expect(readTopicCorrection('phq9', 5, 'casi todos los dias como mucho')).toBeNull();
    expect(readTopicCorrection('phq9', 4, 'wait, change the eating one')).toBeNull();
    expect(readInstrument('el de la depre creo')).toBe('phq9');
  });

  it('does not guess when the answer is unclear, mixed, or about something else', () => {
    for (const t of [
      'what do you mean?',
      'I dont know',
      'no sé',
      'not every day',
      'no siempre',
      'sometimes, maybe most days',
      'no energy at all', // "no" inside a sentence is not "not at all"
      'I slept 2 hours',
      '5',
      '4',
      'hmm',
      '',
    ]) {
      expect(readFrequency(t), t).toBeNull();
    }
  });

  it('reads the functional question', () => {
    for (const t of ['0', 'Not difficult at all', 'not difficult', 'No ha sido difícil', 'para nada', 'no']) expect(readDifficulty(t), t).toBe(0);
    for (const t of ['1', 'Somewhat difficult', 'a bit', 'not very hard', 'Un poco difícil', 'algo']) expect(readDifficulty(t), t).toBe(1);
    for (const t of ['2', 'Very difficult', 'really hard', 'Muy difícil', 'bastante']) expect(readDifficulty(t), t).toBe(2);
    for (const t of ['3', 'Extremely difficult', 'extremely', 'Extremadamente difícil', 'imposible']) expect(readDifficulty(t), t).toBe(3);
    for (const t of ['difficult', 'no sé', 'what?']) expect(readDifficulty(t), t).toBeNull();
  });
});

describe('reading which questionnaire is asked for', () => {
  it('picks the PHQ-9 for depression and mood, the GAD-7 for anxiety, in any case or accent', () => {
    for (const t of ['Can I do the depression questionnaire? My therapist asked me to', 'PHQ-9', 'phq9', 'the mood questionnaire', 'cuestionario de depresión', 'el de ÁNIMO', 'estoy deprimida']) {
      expect(readInstrument(t), t).toBe('phq9');
    }
    for (const t of ['¿puedo contestar el cuestionario de ansiedad?', 'GAD-7', 'gad7', 'the anxiety one', 'Anxiety questionnaire please', 'lo de los nervios']) {
      expect(readInstrument(t), t).toBe('gad7');
    }
  });

  it('asks when neither or both are named, and reads a choice by number when choosing', () => {
    expect(readInstrument('questionnaire')).toBeNull();
    expect(readInstrument('')).toBeNull();
    expect(readInstrument('depression and anxiety')).toBeNull();
    expect(readInstrument('1')).toBeNull();
    expect(readInstrument('1', true)).toBe('phq9');
    expect(readInstrument('the second one', true)).toBe('gad7');
  });
});

describe('answers in everyday words', () => {
  it('reads more of how people say how often, and the answer said before its story', () => {
    expect(readFrequency('casi diario la neta')).toBe(3);
    expect(readFrequency('varios')).toBe(1);
    expect(readFrequency('casi todos')).toBe(3);
    expect(readFrequency('more than half, i keep thinking something bad will happen')).toBe(2);
    expect(readDifficulty('pretty difficult tbh')).toBe(2);
  });

  it('reads a correction of the answer before, and the new answer in it when there is one', () => {
    expect(readCorrection('wait, I put the last one wrong, not nearly every day, more like several days')).toBe(1);
    expect(readCorrection('perdona, la anterior la conteste mal: casi todos los dias')).toBe(3);
    expect(readCorrection('how do I go back?')).toBe('ask');
    expect(readCorrection('most days')).toBeNull();
    expect(readFrequency('half the days or a bit more')).toBe(2);
  });

  it('takes the first sentence that answers when the next one only qualifies part of the item', () => {
    expect(readFrequency('triste si, casi todos los dias. sin esperanza no tanto')).toBe(3);
    expect(readFrequency('sometimes, maybe most days')).toBeNull();
  });
});
