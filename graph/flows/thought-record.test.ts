import { describe, expect, it } from 'vitest';
import { Chat } from './test-context.js';
import { thoughtRecord } from './thought-record.js';

const es = { locale: 'es-ES', timezone: 'Europe/Madrid' };
const es_ = { locale: 'es-AR', timezone: 'America/Argentina/Buenos_Aires' };

/** A chat already at the given step, after ordinary answers. */
async function chatAt(step: 'thought' | 'emotions' | 'evidenceFor' | 'traps', options = {}): Promise<Chat> {
  const chat = new Chat(thoughtRecord, options);
  await chat.start('thought record please');
  const answers = ['My neighbour walked past me in the corridor without a word', 'She thinks I was rude to her kids', 'worried 70', 'She looked straight at me', 'She had headphones in and looked in a rush'];
  for (const a of answers) {
    if (chat.step === step) break;
    await chat.send(a);
  }
  return chat;
}

describe('thought record', () => {
  it('says it is a thought record and asks for the situation, in English and Spanish', async () => {
    const en = new Chat(thoughtRecord, { channel: 'sms' });
    await en.start('Could we do a thought record? My sister said something at dinner and I keep replaying it');
    expect(en.text).toMatch(/thought record/i);
    expect(en.text).toMatch(/situation/i);
    expect(en.text).toContain('"menu"');
    expect(en.text).not.toMatch(/\b(stop|quit|cancel)\b/i);
    expect(en.step).toBe('situation');

    const spanish = new Chat(thoughtRecord, es);
    await spanish.start('¿podemos hacer un registro de pensamientos?');
    expect(spanish.text).toMatch(/registro de pensamientos/);
    expect(spanish.text).toMatch(/situación/);
  });

  it('goes through each question in turn and ends with a summary in the patient’s words and a record', async () => {
    const chat = new Chat(thoughtRecord);
    await chat.start();
    await chat.send('My manager moved our 1:1 to next week');
    expect(chat.step).toBe('thought');
    await chat.send("She's Getting Ready To Let Me Go");
    expect(chat.step).toBe('emotions');
    await chat.send('dread 85, sad 40');
    // Short answers are reflected in quotes, as typed.
    expect(chat.text).toContain(`"She's Getting Ready To Let Me Go"`);
    await chat.send('She cancelled once before too');
    await chat.send('She said my last project went well');
    expect(chat.step).toBe('traps');
    await chat.send('2, 4');
    expect(chat.text).toContain('Catastrophizing, Fortune telling');
    await chat.send('Meetings move all the time, and there is no sign she is unhappy with me');
    expect(chat.step).toBe('rerate');
    expect(chat.text).toContain('dread 85, sad 40');
    await chat.send('dread 40, sad 20');
    expect(chat.finished).toBe(true);
    expect(chat.text).toContain('Thought: She\'s Getting Ready To Let Me Go');
    expect(chat.text).toContain('dread 85, now 40; sad 40, now 20');
    expect(chat.text).toContain('from 85 to 40');
    expect(chat.record('thought_record')).toEqual({
      situation: 'My manager moved our 1:1 to next week',
      thought: "She's Getting Ready To Let Me Go",
      emotions: [
        { name: 'dread', before: 85, after: 40 },
        { name: 'sad', before: 40, after: 20 },
      ],
      evidenceFor: 'She cancelled once before too',
      evidenceAgainst: 'She said my last project went well',
      traps: ['catastrophising', 'fortune_telling'],
      balanced: 'Meetings move all the time, and there is no sign she is unhappy with me',
    });
  });

  it('a labelled answer that gives evidence for and against fills both and moves to the thinking traps', async () => {
    const chat = await chatAt('evidenceFor');
    await chat.send("For: she didn't say hello. Against: she never says hello to anyone before 9am");
    expect(chat.step).toBe('traps');
    expect(chat.data).toMatchObject({ answers: { evidenceFor: "she didn't say hello.", evidenceAgainst: 'she never says hello to anyone before 9am' } });
    expect(chat.text).toMatch(/1\. All-or-nothing/);
  });

  it('keeps an answer given early and does not ask for it again', async () => {
    const chat = new Chat(thoughtRecord);
    await chat.start();
    await chat.send('Situation: the dentist called about my x-ray\nAutomatic thought: "they found something bad"\nFeelings: panicky, like 90%');
    expect(chat.step).toBe('evidenceFor');
    expect(chat.text).toContain('"they found something bad"');
    await chat.send("They wouldn't call for nothing. Balanced thought: they call about all sorts of routine things");
    expect(chat.step).toBe('evidenceAgainst');
    await chat.send('Last time they called it was to move an appointment');
    await chat.send('none');
    // The balanced thought was already given: straight to the re-rating.
    expect(chat.step).toBe('rerate');
    expect(chat.text).toContain('"panicky"');
  });

  it('reads labelled Spanish answers and emotions on a 0–10 scale', async () => {
    const chat = new Chat(thoughtRecord, es);
    await chat.start();
    await chat.send('la situación: en la reunión nadie comentó mi propuesta');
    await chat.send('El pensamiento: "mi idea era ridícula"');
    await chat.send('vergüenza, como un 7');
    expect(chat.data).toMatchObject({
      answers: { situation: 'en la reunión nadie comentó mi propuesta', thought: 'mi idea era ridícula', emotions: [{ name: 'vergüenza', before: 70 }] },
    });
    expect(chat.text).toContain('"mi idea era ridícula"');
  });

  it('asks how strong the feelings were when only named, then fills the ratings in order', async () => {
    const chat = await chatAt('emotions');
    await chat.send('anxious and embarrassed');
    expect(chat.step).toBe('emotions');
    expect(chat.text).toMatch(/how strong was each one/i);
    await chat.send('8, 6');
    expect(chat.step).toBe('evidenceFor');
    expect(chat.data).toMatchObject({ answers: { emotions: [{ name: 'anxious', before: 80 }, { name: 'embarrassed', before: 60 }] } });
  });

  it('helps name a feeling once, then moves on rather than looping', async () => {
    const chat = await chatAt('emotions');
    await chat.send("I don't know");
    expect(chat.text).toMatch(/anxious, sad, angry/);
    await chat.send('no idea');
    expect(chat.step).toBe('evidenceFor');
  });

  it('"back" at the thought re-asks the situation, and the next answer replaces it', async () => {
    const chat = await chatAt('thought');
    await chat.send('back');
    expect(chat.step).toBe('situation');
    expect(chat.text).toMatch(/situation/i);
    await chat.send('My neighbour ignored me in the lift this morning');
    expect(chat.step).toBe('thought');
    expect(chat.data).toMatchObject({ answers: { situation: 'My neighbour ignored me in the lift this morning' } });
    const spanish = await chatAt('thought', es);
    await spanish.send('atrás');
    expect(spanish.step).toBe('situation');
  });

  it('"skip" moves on and leaves the answer empty in the record', async () => {
    const chat = await chatAt('evidenceFor');
    await chat.send('skip');
    expect(chat.step).toBe('evidenceAgainst');
    await chat.send('She waved at me yesterday');
    await chat.send('none');
    await chat.send('me salto esta');
    await chat.send('skip');
    expect(chat.finished).toBe(true);
    expect(chat.record('thought_record')).toMatchObject({ evidenceFor: null, evidenceAgainst: 'She waved at me yesterday', traps: [], balanced: null });
  });

  it('explains the thinking traps when asked, in SMS-sized messages, and a "yes" picks the one explained', async () => {
    const chat = await chatAt('traps', { channel: 'sms' });
    await chat.send('explain');
    expect(chat.step).toBe('traps');
    expect(chat.said.length).toBeGreaterThan(2);
    for (const message of chat.said) expect(message.length).toBeLessThanOrEqual(320);
    expect(chat.text).toMatch(/Mind reading: being sure you know what others think/);
    await chat.send('what is personalising?');
    expect(chat.text).toMatch(/^10\. Personalizing:/);
    expect(chat.text).not.toMatch(/Mind reading/);
    await chat.send('yes');
    expect(chat.step).toBe('balanced');
    expect(chat.data).toMatchObject({ answers: { traps: ['personalising'] } });
  });

  it('reads thinking traps by name and keeps unmatched words as a note after one retry', async () => {
    const byName = await chatAt('traps');
    await byName.send('Mind reading for sure, and a bit of labelling');
    expect(byName.data).toMatchObject({ answers: { traps: ['mind_reading', 'labelling'] } });

    const unmatched = await chatAt('traps');
    await unmatched.send('kind of assuming the worst about people');
    expect(unmatched.step).toBe('traps');
    await unmatched.send('just assuming the worst about people');
    expect(unmatched.step).toBe('balanced');
    expect(unmatched.data).toMatchObject({ answers: { traps: [], trapsNote: 'just assuming the worst about people' } });
  });

  it('does not quote a long thought back, and never lower-cases it', async () => {
    const chat = await chatAt('thought');
    const long = 'Everyone In The Building Has Decided I Am Rude And They Will All Avoid Me From Now On';
    await chat.send(long);
    await chat.send('ashamed 60');
    expect(chat.text).toContain('What makes that thought feel true?');
    expect(chat.text).not.toContain(long.toLowerCase());
  });

  it('picks up where it was left, with the answers kept', async () => {
    const chat = await chatAt('evidenceFor');
    await chat.resume();
    expect(chat.said[0]).toMatch(/pick up your thought record/i);
    expect(chat.text).toContain('"She thinks I was rude to her kids"');
    expect(chat.step).toBe('evidenceFor');
    await chat.send('She frowned');
    expect(chat.data).toMatchObject({ answers: { situation: expect.any(String) as string, evidenceFor: 'She frowned' } });
  });

  it('keeps every message SMS-sized, even when every answer is long', async () => {
    const chat = new Chat(thoughtRecord, { channel: 'sms' });
    const long = 'It started on the train this morning and I kept going over it and over it. '.repeat(8);
    const sizes: number[] = [];
    await chat.start();
    for (const answer of [long, long, `overwhelmed 90, ${long}`, long, long, '1, 2, 3, 4, 5, 6, 7, 8, 9, 10', long, '50']) {
      await chat.send(answer);
      sizes.push(...chat.said.map((m) => m.length));
    }
    expect(chat.finished).toBe(true);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(320);
    expect(chat.record('thought_record')).toMatchObject({ situation: expect.stringMatching(/^It started on the train/) as string });
    expect(String(chat.record('thought_record').situation).length).toBeLessThanOrEqual(500);
  });

  it('keeps a situation given with a label in the request itself', async () => {
    const chat = new Chat(thoughtRecord);
    await chat.start('thought record. Situation: my friend cancelled our plans by text');
    expect(chat.step).toBe('thought');
    expect(chat.data).toMatchObject({ answers: { situation: 'my friend cancelled our plans by text' } });
  });

  it('a feeling given where the thought goes is not taken as the thought: the thought is asked for once more, then the feelings', async () => {
    const chat = await chatAt('thought');
    await chat.send('ashamed mostly, like 70. and a bit angry');
    expect(chat.step).toBe('thought');
    expect(chat.text).toMatch(/how you felt/);
    await chat.send('She thinks I am a terrible neighbour');
    expect(chat.step).toBe('emotions');
    await chat.send('ashamed 70, angry 30');
    expect(chat.text).toContain('"She thinks I am a terrible neighbour"');
    // A thought that names a feeling is still a thought.
    const other = await chatAt('thought');
    await other.send("I'm so stupid, I always upset people");
    expect(other.step).toBe('emotions');
  });

  it('a situation told with its thought, and a thought told with its feeling, fill both; "I just told you" is not kept', async () => {
    const chat = new Chat(thoughtRecord);
    await chat.start('thought record');
    await chat.send('got an email tuesday saying no to a job, didnt even get an interview. first thing i thought was nobodys going to hire a 54 year old');
    expect(chat.step).toBe('emotions');
    await chat.send('gutted 80');
    const es = new Chat(thoughtRecord, es_);
    await es.start('registro de pensamientos');
    await es.send('el martes se freno el subte entre estaciones');
    await es.send('que me iba a desmayar ahi adentro y nadie me iba a poder sacar. y me senti re asustada, como un 90 de miedo');
    expect(es.step).toBe('evidenceFor');
    const meta = new Chat(thoughtRecord);
    await meta.start('thought record');
    await meta.send('my boss ignored my email all week');
    await meta.send('I just told you. nobody is going to hire me at my age');
    await meta.send('gutted 80');
    for (const a of ['six rejections', 'my mate got a job at 58', 'none', 'its harder, not impossible', '60']) await meta.send(a);
    expect(meta.record('thought_record')).toMatchObject({ thought: 'nobody is going to hire me at my age' });
  });

  it('"I answered the wrong thing, the thought was …" takes the thought from the same message', async () => {
    const chat = await chatAt('emotions');
    await chat.send("oh wait sorry, I answered the wrong thing. The thought was 'she hates me'");
    expect(chat.step).toBe('emotions');
    expect(chat.text).not.toMatch(/What was the situation/);
  });
});

