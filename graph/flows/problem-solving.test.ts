import { describe, expect, it } from 'vitest';
import { problemSolving } from './problem-solving.js';
import { Chat } from './test-context.js';

async function chatAtOptions(): Promise<Chat> {
  const chat = new Chat(problemSolving);
  await chat.start();
  await chat.send('My landlord wants to raise the rent by 20% next month');
  return chat;
}

describe('structured problem solving', () => {
  it('says it is about a problem, in English and Spanish, and asks for it in a sentence', async () => {
    const en = new Chat(problemSolving, { channel: 'sms' });
    await en.start('problem solving');
    expect(en.text).toMatch(/problem/);
    expect(en.text).toContain('"menu"');
    expect(en.text).not.toMatch(/\b(stop|quit|cancel)\b/i);
    expect(en.step).toBe('problem');
    const es = new Chat(problemSolving, { locale: 'es-ES' });
    await es.start();
    expect(es.text).toMatch(/problema/);
  });

  it('offers the problem the patient already described when asking for the exercise', async () => {
    const chat = new Chat(problemSolving);
    await chat.start("Can you help me solve a problem? My laptop died and my coursework is due on Friday");
    expect(chat.text).toContain('My laptop died and my coursework is due on Friday');
    await chat.send('yes');
    expect(chat.step).toBe('options');
    expect(chat.data).toMatchObject({ problem: 'My laptop died and my coursework is due on Friday' });
  });

  it('asks plainly instead of quoting back a long story', async () => {
    const chat = new Chat(problemSolving);
    await chat.start(`problem solving please. ${'My car broke down and the garage says it will cost more than I have. '.repeat(4)}`);
    expect(chat.step).toBe('problem');
    expect(chat.data).not.toHaveProperty('proposed');
    for (const message of chat.said) expect(message.length).toBeLessThanOrEqual(320);
  });

  it('a no to the offered problem: the real one in their words, or nothing to solve at all', async () => {
    const chat = new Chat(problemSolving);
    await chat.start('help me problem-solve. My laptop died and my coursework is due on Friday');
    await chat.send("No, the problem is really that I can't afford a new one before payday");
    expect(chat.data).toMatchObject({ problem: "I can't afford a new one before payday" });
    const other = new Chat(problemSolving, { locale: 'es-ES' });
    await other.start('¿se puede arreglar el resumen de mi registro? lo puse al revés');
    await other.send('no no, no es un problema de esos, era sobre el registro');
    expect(other.last.goto).toBe('menu');
    expect(other.data).not.toHaveProperty('problem');
  });

  it('takes their own wording when they rephrase the offered problem', async () => {
    const chat = new Chat(problemSolving);
    await chat.start('help me problem-solve. My laptop died and my coursework is due on Friday');
    await chat.send('I have no computer to finish my essay by Friday');
    expect(chat.data).toMatchObject({ problem: 'I have no computer to finish my essay by Friday' });
  });

  it('collects options one per line or one per message until "done", then asks which look best', async () => {
    const chat = await chatAtOptions();
    await chat.send('Ask to spread the rise over a year\nLook for a cheaper flat');
    expect(chat.text).toMatch(/that's 2 options/);
    await chat.send('Get a lodger');
    expect(chat.step).toBe('options');
    await chat.send('done');
    expect(chat.step).toBe('top');
    expect(chat.text).toContain('1. Ask to spread the rise over a year\n2. Look for a cheaper flat\n3. Get a lodger');
    await chat.send('1 and 3');
    expect(chat.step).toBe('pros');
    expect(chat.text).toContain('"Ask to spread the rise over a year"');
  });

  it('weighs up the only two options without asking which look best', async () => {
    const chat = await chatAtOptions();
    await chat.send('Negotiate; Move back home for a while');
    await chat.send("that's all");
    expect(chat.step).toBe('pros');
    expect(chat.text).toContain('"Negotiate"');
  });

  it('a labelled answer with pros and cons fills both and moves on', async () => {
    const chat = await chatAtOptions();
    await chat.send('Negotiate\nMove back home for a while\ndone');
    await chat.send("Pros: I'd keep the flat. Cons: he might say no");
    expect(chat.step).toBe('pros');
    expect(chat.text).toContain('"Move back home for a while"');
    expect(chat.data).toMatchObject({ pros: { '0': "I'd keep the flat." }, cons: { '0': 'he might say no' } });
  });

  it('chooses an option, plans a first step with a time, and records the whole plan', async () => {
    const chat = await chatAtOptions();
    await chat.send('Negotiate\nMove back home for a while\ndone');
    await chat.send('Keeps my flat');
    await chat.send('He could refuse');
    await chat.send('Saves money');
    await chat.send('I would miss my friends');
    expect(chat.step).toBe('choose');
    await chat.send('1');
    expect(chat.text).toContain('Let\'s go with "Negotiate".');
    await chat.send('Write down what I can afford');
    // Thursday is tomorrow (the test clock is a Wednesday).
    await chat.send('thursday after work');
    expect(chat.finished).toBe(true);
    expect(chat.said[0]).toContain('First step: Write down what I can afford');
    expect(chat.said[0]).toContain('When: Tomorrow evening');
    expect(chat.record('problem_solving')).toEqual({
      problem: 'My landlord wants to raise the rent by 20% next month',
      options: ['Negotiate', 'Move back home for a while'],
      considered: [
        { option: 'Negotiate', pros: 'Keeps my flat', cons: 'He could refuse' },
        { option: 'Move back home for a while', pros: 'Saves money', cons: 'I would miss my friends' },
      ],
      chosen: 'Negotiate',
      firstStep: 'Write down what I can afford',
      whenText: 'thursday after work',
      at: '2026-03-05T23:00:00.000Z',
      timezone: 'America/New_York',
    });
  });

  it('"back" walks back through the steps actually taken, keeping the answers', async () => {
    const chat = await chatAtOptions();
    await chat.send('Negotiate\ndone');
    expect(chat.step).toBe('pros');
    await chat.send('back');
    expect(chat.step).toBe('options');
    await chat.send('back');
    expect(chat.step).toBe('problem');
    expect(chat.data).toMatchObject({ problem: 'My landlord wants to raise the rent by 20% next month', options: ['Negotiate'] });
  });

  it('needs a problem and at least one option before moving on', async () => {
    const chat = new Chat(problemSolving);
    await chat.start();
    await chat.send('skip');
    expect(chat.step).toBe('problem');
    await chat.send('Too much to do at work');
    await chat.send('done');
    expect(chat.step).toBe('options');
    expect(chat.text).toMatch(/at least one/);
  });

  it('works in Spanish', async () => {
    const chat = new Chat(problemSolving, { locale: 'es-ES', timezone: 'Europe/Madrid' });
    await chat.start('quiero resolver un problema');
    await chat.send('No me da tiempo a estudiar para el examen');
    await chat.send('Pedir ayuda a una compañera');
    await chat.send('listo');
    await chat.send('ventajas: aprendo más rápido. contras: me da vergüenza pedirlo');
    await chat.send('Escribirle esta tarde');
    await chat.send('hoy a las 19:00');
    expect(chat.finished).toBe(true);
    expect(chat.said[0]).toContain('Cuándo: Hoy a las 19:00');
    expect(chat.record('problem_solving')).toMatchObject({ chosen: 'Pedir ayuda a una compañera', at: '2026-03-04T18:00:00.000Z' });
  });

  it('picks up where it was left', async () => {
    const chat = await chatAtOptions();
    await chat.resume();
    expect(chat.said[0]).toMatch(/pick up the problem/i);
    expect(chat.step).toBe('options');
  });
});
