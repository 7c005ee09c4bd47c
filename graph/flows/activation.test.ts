import { describe, expect, it } from 'vitest';
import { activation } from './activation.js';
import { Chat } from './test-context.js';

const es = { locale: 'es-MX', timezone: 'America/Mexico_City' };

async function chatAtWhen(options = {}): Promise<Chat> {
  const chat = new Chat(activation, options);
  await chat.start();
  await chat.send('3');
  await chat.send('Sort the pile of post on the hall table');
  return chat;
}

describe('behavioural activation', () => {
  it('starts by saying why small activities help with low mood, in English and Spanish', async () => {
    const en = new Chat(activation, { channel: 'sms' });
    await en.start('my therapist wants me to plan some activities this week');
    expect(en.said[0]).toMatch(/activit(y|ies)/i);
    expect(en.said[0]).toMatch(/mood/);
    expect(en.text).toContain('"menu"');
    expect(en.text).not.toMatch(/\b(stop|quit|cancel)\b/i);
    expect(en.step).toBe('area');
    const spanish = new Chat(activation, es);
    await spanish.start();
    expect(spanish.said[0]).toMatch(/actividad/);
  });

  it('plans an activity for a day and time and says the plan back', async () => {
    const chat = new Chat(activation);
    await chat.start();
    await chat.send('Connection');
    expect(chat.text).toMatch(/text Sam/);
    await chat.send('Call Priya for 15 minutes');
    await chat.send('saturday morning');
    expect(chat.step).toBe('likely');
    await chat.send('8');
    expect(chat.finished).toBe(true);
    expect(chat.said[0]).toBe("Here's your plan: Saturday morning: Call Priya for 15 minutes.");
    expect(chat.text).toMatch(/I'll ask you how it went Saturday/i);
    expect(chat.record('activation_plan')).toEqual({
      area: 'connection',
      activity: 'Call Priya for 15 minutes',
      whenText: 'saturday morning',
      at: '2026-03-07T14:00:00.000Z',
      timezone: 'America/New_York',
      likelihood: 8,
      obstacles: null,
    });
  });

  it('reads "tomorrow at 5pm" in the patient’s zone', async () => {
    const chat = await chatAtWhen({ timezone: 'Europe/London' });
    await chat.send('tomorrow at 5pm');
    await chat.send('skip');
    expect(chat.said[0]).toBe("Here's your plan: Tomorrow 5:00 PM: Sort the pile of post on the hall table.");
    const uk = await chatAtWhen({ timezone: 'Europe/London', locale: 'en-GB' });
    await uk.send('tomorrow at 5pm');
    await uk.send('skip');
    // Written as the locale writes times: 24-hour in the UK, 12-hour in the US.
    expect(uk.said[0]).toBe("Here's your plan: Tomorrow 17:00: Sort the pile of post on the hall table.");
    expect(chat.record('activation_plan')).toMatchObject({ at: '2026-03-05T17:00:00.000Z', timezone: 'Europe/London', likelihood: null });
  });

  it('asks for the time when only a day is given', async () => {
    const chat = await chatAtWhen();
    await chat.send('Sunday');
    expect(chat.step).toBe('when');
    expect(chat.text).toMatch(/What time on Sunday/);
    await chat.send('around 11am');
    expect(chat.step).toBe('likely');
    expect(chat.data).toMatchObject({ when: { text: 'Sunday around 11am', at: '2026-03-08T15:00:00.000Z' } });
  });

  it('asks again with examples when the time cannot be read, then keeps the patient’s words as a note', async () => {
    const chat = await chatAtWhen();
    await chat.send('when things calm down a bit');
    expect(chat.step).toBe('when');
    expect(chat.text).toMatch(/"today at 6pm"/);
    await chat.send('whenever the house is quiet');
    expect(chat.step).toBe('likely');
    await chat.send('5, I might be too tired by then');
    // Something that might get in the way: the plan is saved, then what they could do instead is asked.
    expect(chat.said[0]).toBe("Here's your plan: Sort the pile of post on the hall table (when: whenever the house is quiet).");
    expect(chat.step).toBe('ifThen');
    expect(chat.text).toMatch(/What could you do instead/);
    expect(chat.record('activation_plan')).toMatchObject({ whenText: 'whenever the house is quiet', at: null, likelihood: 5, obstacles: '5, I might be too tired by then' });
    await chat.send('just do the bills pile, five minutes');
    // A plan they're not sure of: a nudge to make it smaller, and their back-up said back.
    expect(chat.said[0]).toMatch(/make it smaller/);
    expect(chat.said[0]).toMatch(/if it gets in the way: "just do the bills pile, five minutes"/);
    expect(chat.record('activation_if_then')).toMatchObject({ ifThen: 'just do the bills pile, five minutes' });
    expect(chat.finished).toBe(true);
  });

  it('a change of day said at the likelihood question moves the plan and asks again, in Spanish and English', async () => {
    const es = await chatAtWhen({ locale: 'es-MX', timezone: 'America/Mexico_City' });
    await es.send('mañana en la tarde');
    expect(es.step).toBe('likely');
    await es.send('ah no espera, mañana temprano no, mejor el viernes');
    expect(es.step).toBe('likely');
    expect(es.text).toMatch(/viernes/i);
    await es.send('6');
    expect(es.said[0]).toMatch(/viernes/i);
    const en = await chatAtWhen();
    await en.send('tomorrow at 5pm');
    await en.send('actually make it saturday at 10am');
    expect(en.text).toMatch(/Saturday/);
    expect(en.step).toBe('likely');
  });

  it('plans in Spanish: "el sábado por la tarde"', async () => {
    const chat = new Chat(activation, es);
    await chat.start();
    await chat.send('disfrutar');
    await chat.send('Ir al mercado a comprar flores');
    await chat.send('el sábado por la tarde');
    await chat.send('9');
    expect(chat.said[0]).toBe('Tu plan: El sábado por la tarde: Ir al mercado a comprar flores.');
    expect(chat.record('activation_plan')).toMatchObject({ area: 'enjoyment', at: '2026-03-07T21:00:00.000Z', timezone: 'America/Mexico_City' });
  });

  it('reads "mañana a las 10" as tomorrow at ten', async () => {
    const chat = await chatAtWhen({ locale: 'es-ES', timezone: 'Europe/Madrid' });
    await chat.send('mañana a las 10');
    expect(chat.data).toMatchObject({ when: { at: '2026-03-05T09:00:00.000Z' } });
  });

  it('keeps the area in the patient’s own words when it is not on the list', async () => {
    const chat = new Chat(activation);
    await chat.start();
    await chat.send('My Garden');
    expect(chat.step).toBe('activity');
    await chat.send('Plant the bulbs');
    await chat.send('now');
    await chat.send('skip');
    expect(chat.said[0]).toBe("Here's your plan: Right now: Plant the bulbs.");
    expect(chat.record('activation_plan')).toMatchObject({ area: 'My Garden' });
  });

  it('will not skip the activity itself, and "back" keeps what was said', async () => {
    const chat = new Chat(activation);
    await chat.start();
    await chat.send('2');
    await chat.send('skip');
    expect(chat.step).toBe('activity');
    expect(chat.text).toMatch(/heart of the plan/);
    await chat.send('Bake bread');
    await chat.send('back');
    expect(chat.step).toBe('activity');
    expect(chat.data).toMatchObject({ activity: 'Bake bread' });
  });

  it('picks up where it was left', async () => {
    const chat = await chatAtWhen();
    await chat.resume();
    expect(chat.said[0]).toMatch(/pick up your activity plan/i);
    expect(chat.text).toMatch(/When will you do it/);
    expect(chat.step).toBe('when');
  });
});
