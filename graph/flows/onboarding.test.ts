import { describe, expect, it } from 'vitest';
import { onboarding, readName } from './onboarding.js';
import { Chat } from './test-context.js';

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

describe('the summaries question at enrolment', () => {
  async function answer(text: string, locale = 'en-US') {
    // (At the question itself: the harness's patient has already enrolled, so start() would offer the intake.)
    const chat = new Chat(onboarding, { locale });
    chat.step = 'consent';
    await chat.send(text);
    if (!chat.actions.length) expect(chat.step).toBe('consent_again');
    const consent = chat.actions.find((a) => a.type === 'consent');
    return consent?.type === 'consent' ? consent.shareSummaries : null;
  }

  it('reads a yes or a no as people say it, in English and Spanish', async () => {
    expect(await answer('Thank you. Yes, that\'s fine, you can share the summary.')).toBe(true);
    expect(await answer('no problem')).toBe(true);
    expect(await answer('sure why not')).toBe(true);
    expect(await answer("please don't share it")).toBe(false);
    expect(await answer('no')).toBe(false);
    expect(await answer('Ah bueno, así está bien. Ándale pues, sí que lo vea la doctora', 'es-MX')).toBe(true);
    expect(await answer('pues no se... mejor nel, prefiero que no', 'es-MX')).toBe(false);
  });

  it('a question back is explained, not taken as an answer', async () => {
    expect(await answer('what do you mean by summary? who sees it?')).toBeNull();
  });
});
