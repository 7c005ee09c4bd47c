import { describe, expect, it } from 'vitest';
import { screen, screenConversation } from './index.js';
import { levelOf } from './test-helpers.js';

describe('multi-turn context', () => {
  it('a question about bridge heights after losing a job (one turn earlier) is urgent', () => {
    const s = screen('which bridge round here is the tallest?', { previous: ['lost my job today'] });
    expect(s.level).toBe('urgent');
    expect(s.categories).toContain('means_seeking');
    expect(s.signals).toContain('context.previous');
  });

  it('a dark remark two turns earlier plus a lethal-dose question is urgent', () => {
    expect(levelOf('how many of my tablets would it take?', ["i can't keep going like this", 'anyway'])).toBe('urgent');
  });

  it('the same means question with no earlier distress is not urgent', () => {
    expect(levelOf('which bridge round here is the tallest?', ['we are visiting next week, any tips?'])).toBe('none');
  });

  it('"are you there?" after a goodbye message: the exchange stays urgent, the new turn is not raised again', () => {
    const s = screenConversation(['goodnight forever. thank you for everything', 'are you there?']);
    expect(s.level).toBe('urgent');
    expect(s.signals).toContain('context.carry');
    expect(screen('are you there?', { previous: ['goodnight forever. thank you for everything'] }).level).toBe('none');
  });

  it('"done it" or "took them" after a stated plan means the act happened: urgent on its own turn', () => {
    for (const t of ['done it', 'took them', 'ok did it']) expect(screen(t, { previous: ["i'm going to take all my pills tonight"] }).level, t).toBe('urgent');
    expect(screen('done it', { previous: ['homework is due tomorrow'] }).level).toBe('none');
  });

  it('after an urgent message, ordinary later turns are screened on their own (no crisis reply on every "ok")', () => {
    const previous = ["I'm going to kill myself tonight, I have the pills ready"];
    for (const t of ['ok', 'thank you', 'breathing', 'yes', '7', 'my sister is here now']) expect(screen(t, { previous }).level, t).toBe('none');
    expect(screen('how many would it take', { previous }).level).toBe('urgent');
  });

  it('"it\'s done" after a farewell is urgent', () => {
    expect(levelOf("it's done", ['thank you for trying. goodbye'])).toBe('urgent');
  });

  it('a harmless preceding turn does not lower an urgent message', () => {
    expect(levelOf("I'm going to kill myself tonight", ['hi, how are you?'])).toBe('urgent');
  });

  it('voices mentioned earlier make "they want me to..." a command hallucination', () => {
    const s = screen('they want me to jump in front of a car', { previous: ['the voices are loud again'] });
    expect(s.level).toBe('urgent');
    expect(s.categories).toContain('command_hallucinations');
  });

  it('a weapon mentioned earlier plus "tonight feels like the night" is urgent', () => {
    expect(levelOf('tonight feels like the night', ["been staring at my dad's gun a lot"])).toBe('urgent');
  });

  it('read as an exchange, a concern from an earlier turn carries over to a neutral follow-up', () => {
    expect(screenConversation(['some days I wish I could just disappear', 'can we try a grounding exercise?']).level).toBe('concern');
    expect(levelOf('can we try a grounding exercise?', ['some days I wish I could just disappear'])).toBe('none');
  });

  it('a clarification retracts an earlier ambiguous remark', () => {
    expect(screenConversation(["I'm done", 'by done I meant done with my degree']).level).toBe('none');
  });

  it('a joke marker retracts an earlier hyperbolic wish', () => {
    expect(screenConversation(['ugh i want to die lol', 'jk, the exam went fine']).level).toBe('none');
  });

  it('a joke marker does not retract an earlier urgent message', () => {
    expect(screenConversation(['i swallowed 30 pills an hour ago', 'lol anyway']).level).toBe('urgent');
  });

  it('multi-line input is screened as one turn', () => {
    expect(levelOf('my brother died in march\nwhen does the express train pass the crossing?')).toBe('urgent');
  });

  it('Spanish: a loss earlier plus a question about the tallest building is urgent', () => {
    expect(levelOf('¿cuál es el edificio más alto de la ciudad?', ['me echaron del trabajo y mi pareja me dejó'])).toBe('urgent');
  });
});
