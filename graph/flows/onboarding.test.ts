import { describe, expect, it } from 'vitest';
import { readName } from './onboarding.js';

describe('readName', () => {
  it('reads the name people give, in the ways they give it', () => {
    expect(readName('Sam')).toBe('Sam');
    expect(readName('call me jo')).toBe('Jo');
    expect(readName('you can call me Dani.')).toBe('Dani');
    expect(readName("it's Mary Ann")).toBe('Mary Ann');
    expect(readName('alex is fine')).toBe('Alex');
    expect(readName('me llamo lucía')).toBe('Lucía');
    expect(readName('soy Marisol')).toBe('Marisol');
  });

  it('is not fooled by sentences, questions or requests', () => {
    expect(readName('my landlord is raising the rent again')).toBeNull();
    expect(readName('why do you need that?')).toBeNull();
    expect(readName('breathing')).toBeNull();
    expect(readName('call me at 5')).toBeNull();
  });
});

describe('names put loosely', () => {
  it('reads "jordan\'s fine" as Jordan, and a correction', () => {
    expect(readName("jordan's fine")).toBe('Jordan');
    expect(readName('no just Jordan')).toBe('Jordan');
    expect(readName('mejor dime Mari')).toBe('Mari');
  });
});
