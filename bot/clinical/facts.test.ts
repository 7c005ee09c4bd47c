import { describe, expect, it } from 'vitest';
import { worsening } from './facts.js';

describe('when a questionnaire score is worth a non-urgent notice', () => {
  it('a rise of five or more, in any band', () => {
    expect(worsening('phq9', 9, 4)).toMatchObject({ rise: 5, band: 'mild', intoHighBand: false });
    expect(worsening('gad7', 12, 6)).toMatchObject({ rise: 6, band: 'moderate' });
    expect(worsening('phq9', 8, 4)).toBeNull();
  });

  it('a move into moderately severe or severe, even by a point; not staying there or coming down', () => {
    expect(worsening('phq9', 15, 14)).toMatchObject({ rise: 1, band: 'moderately_severe', intoHighBand: true });
    expect(worsening('phq9', 20, 19)).toMatchObject({ band: 'severe', intoHighBand: true });
    expect(worsening('gad7', 15, 13)).toMatchObject({ band: 'severe', intoHighBand: true });
    expect(worsening('phq9', 17, 16)).toBeNull();
    expect(worsening('phq9', 19, 21)).toBeNull();
    expect(worsening('gad7', 14, 13)).toBeNull();
  });

  it('a first score already in a high band is news; a first low one is not', () => {
    expect(worsening('phq9', 22, null)).toMatchObject({ rise: null, band: 'severe', intoHighBand: true });
    expect(worsening('gad7', 9, null)).toBeNull();
  });
});
