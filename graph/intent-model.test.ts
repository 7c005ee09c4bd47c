import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { likeliest, matchIntent, readRequest } from './intent-match.js';
import { loadIntentModel, type IntentModelFile } from './intent-model.js';
import { digestOf, trainingItems } from './intent-train.js';

describe('the intent model', () => {
  it('the committed weights were trained on the committed corpus (npm run train:intents after a change)', () => {
    const file = JSON.parse(readFileSync(new URL('./intent-model.json', import.meta.url), 'utf8')) as IntentModelFile;
    const items = trainingItems();
    expect(file.trainedOn.digest).toBe(digestOf(items));
    expect(file.trainedOn.items).toBe(items.length);
    expect(file.classes).toContain('other');
  });

  it('reads requests told as situations, in both languages', () => {
    const cases: Array<[string, string]> = [
      ['the rent went up again and my car needs fixing, I need to work out what to pay first', 'problem_solving'],
      ['four nights now lying there till the birds start singing', 'sleep'],
      ['mi cabeza no para con lo de la operación de mi padre, todo el día dándole vueltas', 'worry_time'],
      ['been glued to the sofa all week, help me put one nice thing in for saturday', 'activation'],
      ['tengo el pecho apretado y el corazón a mil antes de la reunión', 'breathing'],
      ['my husband would like to know what is on my crisis plan, could you bring it up', 'safety_plan'],
      ['right, the bus is here, catch you later', 'done'],
    ];
    for (const [text, intent] of cases) expect(readRequest(text), text).toBe(intent);
  });

  it('a keyword inside a sentence that asks for something else does not decide', () => {
    expect(readRequest("I'm not after a breathing exercise, I'd like to understand why my panic starts")).toBe('learn');
    expect(readRequest('breathing')).toBe('breathing');
  });

  it('a message that asks for nothing is not forced onto an exercise', () => {
    for (const t of ['I had pasta for dinner', 'my nephew turned six on tuesday', 'we painted the kitchen yesterday', 'mi perro se llama Toby']) expect(matchIntent(t), t).toBeNull();
  });

  it('without its weights the examples still read requests (the service never depends on the file)', () => {
    const none = loadIntentModel(new URL('./no-such-model.json', import.meta.url));
    expect(none.version).toBe('no-model');
    expect(readRequest('my heart is racing what can i do', none)).toBe('breathing');
    expect(likeliest('my heart is pounding and I keep worrying', 3, none)).toContain('breathing');
  });
});
