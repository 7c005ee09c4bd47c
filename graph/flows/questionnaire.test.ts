import { describe, expect, it } from 'vitest';
import { copyFor } from '../copy/index.js';
import { MENU_WORDS, readCommand } from '../intents.js';
import { isOneOf } from '../parse.js';
import { questionnaire } from './questionnaire.js';
import { FlowDriver, flowContext } from './questionnaire-test-context.js';

const en = copyFor('en-US').questionnaires;
const es = copyFor('es-US').questionnaires;
const SMS_LIMIT = 320;

/** What a message looks like on SMS, where quick replies become a list of their labels. */
function asSms(reply: { text: string; quickReplies?: { label: string }[] }): string {
  const labels = (reply.quickReplies ?? []).map((q) => q.label);
  return labels.length ? `${reply.text}\n(${labels.join(' / ')})` : reply.text;
}

describe('starting the questionnaire', () => {
  it('starts the PHQ-9 when asked for the depression questionnaire, one item with four options', async () => {
    const chat = new FlowDriver(questionnaire);
    const r = await chat.start('Can I do the depression questionnaire? My therapist asked me to');
    expect(chat.step).toBe('item');
    expect(chat.said[0]).toContain('9 short questions about the last 2 weeks');
    expect(chat.said[0]).toContain('your care team');
    expect(chat.said[0]).toContain(en.phq9.stem);
    expect(chat.said[1]).toBe('1/9. Little interest or pleasure in doing things');
    expect(r.say?.[1]?.quickReplies).toEqual([
      { label: 'Not at all', value: '0' },
      { label: 'Several days', value: '1' },
      { label: 'More than half the days', value: '2' },
      { label: 'Nearly every day', value: '3' },
    ]);
  });

  it('starts the GAD-7 in Spanish with the published wording', async () => {
    const chat = new FlowDriver(questionnaire, { locale: 'es-US' });
    const r = await chat.start('¿puedo contestar el cuestionario de ansiedad?');
    expect(chat.said[0]).toContain('7 preguntas');
    expect(chat.said[0]).toContain('Durante las últimas 2 semanas, ¿con qué frecuencia le han molestado los siguientes problemas?');
    expect(chat.said[1]).toBe('1/7. Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta');
    expect(r.say?.[1]?.quickReplies?.map((q) => q.label)).toEqual(['Ningún día', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días']);
  });

  it('asks which one when the request names neither, and starts the one chosen', async () => {
    const chat = new FlowDriver(questionnaire);
    const r = await chat.start('questionnaire');
    expect(chat.step).toBe('choose');
    expect(r.say?.[0]?.quickReplies).toEqual([
      { label: 'PHQ-9 (mood)', value: 'phq9' },
      { label: 'GAD-7 (anxiety)', value: 'gad7' },
    ]);
    await chat.send('gad7');
    expect(chat.said[1]).toBe('1/7. Feeling nervous, anxious, or on edge');
  });

  it('goes back to the menu after two answers that choose neither', async () => {
    const chat = new FlowDriver(questionnaire);
    await chat.start('');
    await chat.send('hmm');
    expect(chat.said[0]).toBe(en.chooseAgain);
    const r = await chat.send('what?');
    expect(r.finish).toBe(true);
  });
});

describe('a full questionnaire', () => {
  it('scores a PHQ-9, asks the functional question, records it and says the result in plain words', async () => {
    const chat = new FlowDriver(questionnaire);
    await chat.start('PHQ-9');
    const replies = ['1', 'most days', 'Nearly every day', 'a few days', '0', 'sometimes', '2', 'never', 'Not at all'];
    for (const [i, text] of replies.entries()) {
      await chat.send(text);
      if (i < 8) expect(chat.said.at(-1)).toMatch(new RegExp(`^${i + 2}/9\\. `));
    }
    expect(chat.step).toBe('difficulty');
    expect(chat.said[0]).toContain('how difficult have these problems made it for you');
    const r = await chat.send('Somewhat difficult');
    expect(r.finish).toBe(true);
    expect(r.goto).toBeUndefined();
    expect(r.actions).toEqual([
      {
        type: 'record',
        instrument: 'phq9',
        score: 10,
        items: {
          answers: { 1: 1, 2: 2, 3: 3, 4: 1, 5: 0, 6: 1, 7: 2, 8: 0, 9: 0 },
          severity: 'moderate',
          prorated: false,
          difficulty: 1,
          language: 'en',
          startedAt: '2025-03-10T15:00:00.000Z',
        },
      },
    ]);
    expect(chat.said[0]).toBe('Thank you for completing the PHQ-9. Your score is 10 out of 27, which is in the moderate range.');
    expect(chat.said[1]).toContain('screening measure, not a diagnosis');
    expect(chat.said[1]).toContain('Your care team will see your answers');
  });

  it('scores a GAD-7 in Spanish, skipping the functional question when nothing bothered them', async () => {
    const chat = new FlowDriver(questionnaire, { locale: 'es-US', clinicName: 'Clínica Norte' });
    await chat.start('cuestionario de nervios');
    for (const text of ['nunca', 'Ningún día', '0', 'para nada', 'no', 'nunca', 'ningun dia']) await chat.send(text);
    expect(chat.last.finish).toBe(true);
    expect(chat.actions[0]).toMatchObject({ type: 'record', instrument: 'gad7', score: 0, items: { severity: 'minimal', language: 'es' } });
    expect(chat.said[0]).toBe('Gracias por completar el GAD-7. Tu puntuación es 0 de 21, que está en el rango mínimo.');
    expect(chat.said[1]).toContain('Clínica Norte verá tus respuestas');
  });

  it('suggests talking to the therapist soon, without alarm, for the higher bands', async () => {
    const chat = new FlowDriver(questionnaire);
    await chat.start('anxiety');
    for (let i = 0; i < 7; i++) await chat.send('3');
    await chat.send('very difficult');
    expect(chat.actions[0]).toMatchObject({ score: 21, items: { severity: 'severe', difficulty: 2 } });
    expect(chat.said[1]).toBe(en.closingHigher('your care team'));
  });
});

describe('answers that cannot be read', () => {
  it('asks again with the options, then by number, and only then leaves the item out and prorates the score', async () => {
    const chat = new FlowDriver(questionnaire);
    await chat.start('depression');
    await chat.send('2');
    const again = await chat.send('what do you mean by that');
    expect(chat.said).toEqual([en.askAgain]);
    expect(again.say?.[0]?.quickReplies).toHaveLength(4);
    await chat.send('hmm hard to say');
    expect(chat.said).toEqual([en.askByNumber]);
    await chat.send('still not sure');
    expect(chat.said).toEqual([en.movingOn, '3/9. Trouble falling or staying asleep, or sleeping too much']);
    for (const text of ['2', '2', '2', '2', '2', '0', '0']) await chat.send(text);
    await chat.send('very difficult');
    expect(chat.actions[0]).toMatchObject({
      score: 14, // 12 over eight items × 9 = 13.5 → 14
      items: { answers: { 1: 2, 2: null, 3: 2 }, severity: 'moderate', prorated: true, missing: [2], difficulty: 2 },
    });
    expect(chat.said[0]).toContain(en.prorated);
  });

  it('leaves an item out at once when the patient says skip, and stores no score with two left out', async () => {
    const chat = new FlowDriver(questionnaire);
    await chat.start('gad-7');
    await chat.send('skip');
    expect(chat.said[1]).toMatch(/^2\/7\. /);
    await chat.send('next');
    for (const text of ['1', '1', '1', '1', '1']) await chat.send(text);
    await chat.send('a bit');
    expect(chat.actions[0]).toMatchObject({ score: null, items: { severity: null, prorated: false, missing: [1, 2] } });
    expect(chat.said[0]).toBe(en.noScore('GAD-7'));
  });

  it('goes back a question when asked', async () => {
    const chat = new FlowDriver(questionnaire);
    await chat.start('phq9');
    await chat.send('1');
    await chat.send('back');
    expect(chat.said).toEqual(['1/9. Little interest or pleasure in doing things']);
    await chat.send('3');
    expect(chat.data).toMatchObject({ answers: { 1: 3 }, at: 2 });
  });
});

describe('PHQ-9 item 9', () => {
  async function atItem9(locale = 'en-US') {
    const chat = new FlowDriver(questionnaire, { locale });
    await chat.start('PHQ-9');
    for (const text of ['1', '1', '2', '2', '0', '1', '1', '0']) await chat.send(text);
    return chat;
  }

  it('asks item 9 with its published wording', async () => {
    const chat = await atItem9();
    expect(chat.said).toEqual(['9/9. Thoughts that you would be better off dead or of hurting yourself in some way']);
    const es9 = await atItem9('es-US');
    expect(es9.said).toEqual(['9/9. Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera']);
  });

  it('above 0: records the questionnaire, escalates a concern and starts the safety questions at once', async () => {
    const chat = await atItem9();
    const r = await chat.send('Several days');
    expect(r.goto).toBe('cssrs');
    expect(r.with).toEqual({ origin: 'phq9_item9' });
    expect(r.finish).toBeUndefined();
    expect(r.actions).toEqual([
      {
        type: 'record',
        instrument: 'phq9',
        score: 9,
        items: expect.objectContaining({ answers: { 1: 1, 2: 1, 3: 2, 4: 2, 5: 0, 6: 1, 7: 1, 8: 0, 9: 1 }, severity: 'mild', prorated: false, item9: 'positive' }),
      },
      { type: 'escalate', level: 'concern', reason: 'phq9_item9', categories: ['passive_ideation'] },
    ]);
    // One warm sentence, and no score among the safety questions.
    expect(chat.said).toEqual([en.item9]);
    expect(chat.said.join(' ')).not.toMatch(/\d/);
  });

  it('a plain "yes" is enough to follow up, without asking how often first', async () => {
    const chat = await atItem9('es-US');
    const r = await chat.send('sí');
    expect(r.goto).toBe('cssrs');
    expect(r.actions?.[0]).toMatchObject({ type: 'record', items: { answers: { 9: null }, item9: 'positive' } });
    expect(r.actions?.[1]).toMatchObject({ type: 'escalate', level: 'concern', reason: 'phq9_item9', categories: ['passive_ideation'] });
    expect(chat.said).toEqual([es.item9]);
  });

  it('unclear after asking twice is treated like an answer above 0', async () => {
    const chat = await atItem9();
    await chat.send("I'd rather not say");
    expect(chat.said).toEqual([en.askAgain]);
    const r = await chat.send('hmm');
    expect(r.goto).toBe('cssrs');
    // 8 over the eight answered items × 9 = 9, prorated.
    expect(r.actions?.[0]).toMatchObject({ type: 'record', score: 9, items: { answers: { 9: null }, prorated: true, missing: [9], item9: 'unclear' } });
    expect(r.actions?.[1]).toMatchObject({ type: 'escalate', level: 'concern', reason: 'phq9_item9' });
  });

  it('cannot be skipped without being asked again', async () => {
    const chat = await atItem9();
    await chat.send('skip');
    expect(chat.step).toBe('item');
    expect(chat.said).toEqual([en.askAgain]);
    const r = await chat.send('skip');
    expect(r.goto).toBe('cssrs');
  });

  it('answered "not at all" carries on to the functional question, with no escalation', async () => {
    const chat = await atItem9('es-US');
    const r = await chat.send('para nada');
    expect(r.goto).toBeUndefined();
    expect(r.actions ?? []).toEqual([]);
    expect(chat.step).toBe('difficulty');
    expect(r.say?.[0]?.quickReplies?.map((q) => q.label)).toEqual(['No ha sido difícil', 'Un poco difícil', 'Muy difícil', 'Extremadamente difícil']);
  });
});

describe('picking the questionnaire up again', () => {
  it('resumes at the current question with the answers kept', async () => {
    const chat = new FlowDriver(questionnaire);
    await chat.start('depression questionnaire');
    for (const text of ['1', '2', '3', '0']) await chat.send(text);
    // The patient went to the menu; days later the flow is resumed with its data.
    const r = await chat.resume({ now: new Date('2025-03-12T09:00:00Z') });
    expect(chat.said[0]).toBe(`Let's carry on with the PHQ-9: question 5 of 9.\n\n${en.phq9.stem}`);
    expect(chat.said[1]).toBe('5/9. Poor appetite or overeating');
    expect(r.say?.[1]?.quickReplies).toHaveLength(4);
    expect(chat.step).toBe('item');
    for (const text of ['0', '0', '0', '0', '0']) await chat.send(text);
    await chat.send('somewhat');
    expect(chat.actions[0]).toMatchObject({ score: 6, items: { answers: { 1: 1, 2: 2, 3: 3, 4: 0, 5: 0 } } });
  });

  it('resumes from start when the flow is entered again with its saved data', async () => {
    const first = new FlowDriver(questionnaire, { locale: 'es-US' });
    await first.start('ansiedad');
    await first.send('a veces');
    const again = new FlowDriver(questionnaire, { locale: 'es-US' });
    again.data = first.data;
    await again.start('cuestionario');
    expect(again.said[0]).toContain('Sigamos con el GAD-7: pregunta 2 de 7.');
    expect(again.said[1]).toBe('2/7. No ha sido capaz de parar o controlar su preocupación');
  });

  it('resumes at the functional question', async () => {
    const chat = new FlowDriver(questionnaire);
    await chat.start('anxiety');
    for (let i = 0; i < 7; i++) await chat.send('1');
    await chat.resume();
    expect(chat.said[0]).toBe(en.resumeDifficulty('GAD-7'));
    expect(chat.step).toBe('difficulty');
  });

  it('starts again when the answers are too old to describe the same two weeks', async () => {
    const chat = new FlowDriver(questionnaire);
    await chat.start('phq');
    await chat.send('3');
    await chat.resume({ now: new Date('2025-03-20T15:00:00Z') });
    expect(chat.said[0]).toContain(en.restart('PHQ-9'));
    expect(chat.said[1]).toMatch(/^1\/9\. /);
    expect(chat.data).toMatchObject({ answers: {}, at: 1, startedAt: '2025-03-20T15:00:00.000Z' });
  });

  it('asks which one again when resumed before one was chosen', async () => {
    const r = await questionnaire.resume!(flowContext({ step: 'choose', data: { tries: 0 } }));
    expect(r.step).toBe('choose');
    expect(r.say?.[0]?.text).toBe(en.choose);
  });
});

describe('messages fit', () => {
  it('keeps every message under an SMS-sized limit, options included, in both languages', async () => {
    for (const locale of ['en-US', 'es-US']) {
      for (const request of ['phq9', 'gad7']) {
        const chat = new FlowDriver(questionnaire, { locale, channel: 'sms', clinicName: 'Riverside Community Clinic' });
        const seen = [await chat.start(request)];
        seen.push(await chat.send('no entiendo'));
        for (let i = 0; i < 9 && !chat.left; i++) seen.push(await chat.send(i === 8 ? '0' : '2'));
        if (!chat.left) seen.push(await chat.send('2'));
        seen.push(await new FlowDriver(questionnaire, { locale }).resume());
        for (const reply of seen.flatMap((r) => r.say ?? [])) expect(asSms(reply).length, reply.text).toBeLessThanOrEqual(SMS_LIMIT);
      }
    }
    expect(asSms({ text: es.item9 }).length).toBeLessThanOrEqual(SMS_LIMIT);
  });

  it('gives Spanish the same items as English', () => {
    expect(Object.keys(es.phq9.items)).toEqual(Object.keys(en.phq9.items));
    expect(Object.keys(es.gad7.items)).toEqual(Object.keys(en.gad7.items));
  });

  it('reads common answers as answers, not as commands that leave the questionnaire', () => {
    for (const t of ['no', 'never', 'not at all', 'para nada', 'nunca', 'a veces', 'Ningún día', 'most days', 'siempre', 'nada']) {
      expect(readCommand(t), t).toBeNull();
      expect(isOneOf(t, MENU_WORDS), t).toBe(false);
    }
  });
});
