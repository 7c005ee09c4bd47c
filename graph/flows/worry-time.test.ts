import { describe, expect, it } from 'vitest';
import { Chat } from './test-context.js';
import { splitWorries, worryTime } from './worry-time.js';

describe('worry time', () => {
  it('explains worry time briefly and asks for a daily slot, in English and Spanish', async () => {
    const en = new Chat(worryTime, { channel: 'sms' });
    await en.start('can we set up a worry time?');
    expect(en.said[0]).toMatch(/worry/i);
    expect(en.text).toContain('"menu"');
    expect(en.text).not.toMatch(/\b(stop|quit|cancel)\b/i);
    expect(en.step).toBe('slot');
    for (const message of en.said) expect(message.length).toBeLessThanOrEqual(320);
    const es = new Chat(worryTime, { locale: 'es-ES' });
    await es.start();
    expect(es.said[0]).toMatch(/preocupaci(ón|ones)/);
  });

  it('sets a slot, explains how to postpone a worry, and records the plan', async () => {
    const chat = new Chat(worryTime);
    await chat.start();
    await chat.send('6pm for 20 minutes');
    expect(chat.step).toBe('park');
    expect(chat.text).toMatch(/write it down in a word or two/);
    expect(chat.text).toContain('"not now, at 6:00 PM"');
    await chat.send('No, nothing now');
    expect(chat.finished).toBe(true);
    expect(chat.text).toContain('every day at 6:00 PM, for 20 minutes');
    expect(chat.record('worry_time')).toEqual({ slot: '18:00', minutes: 20, slotText: '6pm for 20 minutes', timezone: 'America/New_York', postponedWorry: null });
  });

  it('parks the worry on the patient’s mind, in their words', async () => {
    const chat = new Chat(worryTime);
    await chat.start();
    await chat.send('5:30pm');
    await chat.send('Mum’s Test Results');
    expect(chat.said[0]).toBe('Parked: "Mum’s Test Results". If it comes back before 5:30 PM, notice it and remind yourself it has a time.');
    expect(chat.record('worry_time')).toMatchObject({ slot: '17:30', minutes: 15, postponedWorry: 'Mum’s Test Results' });
  });

  it('suggests an earlier time when the slot is close to bedtime, and keeps it if the patient wants', async () => {
    const chat = new Chat(worryTime);
    await chat.start();
    await chat.send('10:30pm');
    expect(chat.step).toBe('late');
    expect(chat.text).toMatch(/close to bedtime/);
    await chat.send('Keep 22:30');
    expect(chat.step).toBe('park');
    expect(chat.data).toMatchObject({ slot: '22:30' });

    const earlier = new Chat(worryTime);
    await earlier.start();
    await earlier.send('11pm');
    await earlier.send('ok, 7pm then');
    expect(earlier.data).toMatchObject({ slot: '19:00' });
  });

  it('asks for a clock time when given only a part of the day', async () => {
    const chat = new Chat(worryTime);
    await chat.start();
    await chat.send('in the evenings');
    expect(chat.step).toBe('slot');
    expect(chat.text).toMatch(/what time/i);
    await chat.send('half past 6');
    expect(chat.data).toMatchObject({ slot: '18:30' });
  });

  it('keeps unreadable words as a note after asking once', async () => {
    const chat = new Chat(worryTime);
    await chat.start();
    await chat.send('whenever the baby naps');
    expect(chat.step).toBe('slot');
    await chat.send('during the baby’s nap');
    expect(chat.step).toBe('park');
    expect(chat.text).toContain('"not now, at worry time"');
    await chat.send('no');
    expect(chat.record('worry_time')).toMatchObject({ slot: null, slotText: 'whenever the baby naps during the baby’s nap' });
  });

  it('works in Spanish with "a las 18:00"', async () => {
    const chat = new Chat(worryTime, { locale: 'es-MX', timezone: 'America/Mexico_City' });
    await chat.start();
    await chat.send('a las 18:00');
    expect(chat.text).toContain('"ahora no, a las 6:00 p.m."');
    await chat.send('el dinero');
    expect(chat.text).toContain('todos los días a las 6:00 p.m., durante 15 minutos');
    expect(chat.record('worry_time')).toMatchObject({ slot: '18:00', postponedWorry: 'el dinero', timezone: 'America/Mexico_City' });
  });

  it('"back" returns to the slot, and it picks up where it was left', async () => {
    const chat = new Chat(worryTime);
    await chat.start();
    await chat.send('7pm');
    await chat.resume();
    expect(chat.said[0]).toMatch(/pick up setting your worry time/i);
    expect(chat.text).toContain('7:00 PM');
    await chat.send('back');
    expect(chat.step).toBe('slot');
  });

  it('an evening said first makes "8" the evening, and "no, 8 at night! and yes, the deadline" puts the time right and parks the worry', async () => {
    const chat = new Chat(worryTime, { locale: 'es-AR', timezone: 'America/Argentina/Buenos_Aires' });
    await chat.start();
    await chat.send('a la nochecita');
    await chat.send('tipo cuando vuelvo del laburo, a las 8 digamos');
    expect(chat.text).toContain('20:00');
    const fix = new Chat(worryTime);
    await fix.start();
    await fix.send('8');
    await fix.send('no no, 8 at night! im on the bus in the morning. and yes, the deadline on friday');
    expect(fix.finished).toBe(true);
    expect(fix.record('worry_time')).toMatchObject({ slot: '20:00', postponedWorry: 'the deadline on friday' });
  });

  it('parks several worries told in one answer as several', () => {
    expect(splitWorries('Two, really. Firstly, whether the lump is anything. And secondly, I keep wanting to look it up online.')).toEqual(['the lump is anything', 'I keep wanting to look it up online']);
    expect(splitWorries('money\nmy sister')).toEqual(['money', 'my sister']);
    expect(splitWorries('the gas bill')).toEqual(['the gas bill']);
  });
});

