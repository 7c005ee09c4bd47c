import { describe, expect, it } from 'vitest';
import { readCheckInRequest } from './check-in-words.js';

describe('check-ins managed in plain words', () => {
  it.each([
    ['pause check-ins for a week', { kind: 'pause', days: 7 }],
    ['can you pause the check ins for 3 days pls', { kind: 'pause', days: 3 }],
    ['no check-ins this week please, im away', { kind: 'pause', days: 7 }],
    ['take a break from the reminders for two weeks', { kind: 'pause', days: 14 }],
    ['no more reminders for a few days', { kind: 'pause', days: 3 }],
    ['pausa los recordatorios una semana', { kind: 'pause', days: 7 }],
    ['no me mandes mensajes por dos semanas porfa', { kind: 'pause', days: 14 }],
    ['no more reminders', { kind: 'off' }],
    ['i dont want the check ins anymore', { kind: 'off' }],
    ['turn off check-ins', { kind: 'off' }],
    ['ya no quiero recordatorios', { kind: 'off' }],
    ['deja de mandarme mensajes', { kind: 'off' }],
    ['start the check-ins again', { kind: 'resume' }],
    ['can you turn the check ins back on', { kind: 'resume' }],
    ['reanuda los recordatorios', { kind: 'resume' }],
    ['check in at 7pm instead', { kind: 'time', localTime: '19:00' }],
    ['can you message me at 7 instead', { kind: 'time', localTime: '19:00' }],
    ['move my check-in to 8:30 in the morning', { kind: 'time', localTime: '08:30' }],
    ['mejor escríbeme a las 6 de la tarde', { kind: 'time', localTime: '18:00' }],
    ['cambia el recordatorio a las 9 de la mañana', { kind: 'time', localTime: '09:00' }],
    ['will you keep messaging me?', { kind: 'ask' }],
    ['when is my next check-in?', { kind: 'ask' }],
    ['¿cuándo me vas a mandar mensajes?', { kind: 'ask' }],
    ['¿tú me vas a mandar mensajes o yo te tengo que escribir siempre?', { kind: 'ask' }],
    // Questions are answered, never taken as a change.
    ['oye y mi psicologa ve q cambie la hora de los mensajes? ella fue la q lo puso a las 8', { kind: 'ask' }],
    ['¿sí me vas a escribir hoy a las 6:30, verdad?', { kind: 'ask' }],
    ['escribeme a las 6:30 porfa', { kind: 'time', localTime: '18:30' }],
    ['can you text me at 8 instead?', { kind: 'time', localTime: '20:00' }],
    // A break that starts later cannot be set; undoing one in many words.
    ['esta semana si escribeme. la pausa seria del miercoles 16 al sabado 19', { kind: 'pause_later' }],
    ['pause the check-ins from next week', { kind: 'pause_later' }],
    ['quita la pausa porfa', { kind: 'resume' }],
    ['q ya no pauses los recordatorios, reanudalos', { kind: 'resume' }],
    ['quiero q me vuelvas a mandar los recordatorios desde hoy', { kind: 'resume' }],
    ['ya puedes volver a escribirme. olvida lo de la pausa, luego te digo', { kind: 'resume' }],
    ['actually unpause them', { kind: 'resume' }],
    // A question about the break does not end it; an instruction after a question is the instruction.
    ['so when do the check ins start again', { kind: 'ask' }],
    ['oh hang on before i forget, are the check ins still paused? when do they start again', { kind: 'ask' }],
    ['what?? i didnt say turn them back on, i asked when. ugh forget it, no more check-ins', { kind: 'off' }],
    ['start check-ins again at 11:45pm', { kind: 'time', localTime: '23:45' }],
    ['i want the check in moved to 8pm', { kind: 'time', localTime: '20:00' }],
  ])('%s', (text, expected) => {
    expect(readCheckInRequest(text)).toEqual(expected);
  });

  it('right after a reply about the check-ins, a bare time is the new time and a question about "it" is about them', () => {
    expect(readCheckInRequest('entonces a las 8:45 de la noche', { context: true })).toEqual({ kind: 'time', localTime: '20:45' });
    expect(readCheckInRequest('ok 7.30 then', { context: true })).toEqual({ kind: 'time', localTime: '19:30' });
    expect(readCheckInRequest('will it still come on my days off? dont really want it then', { context: true })).toEqual({ kind: 'ask' });
    expect(readCheckInRequest('entonces a las 8:45 de la noche')).toBeNull();
  });

  it.each([
    'remind me to call my mum at 5',
    'did you get my messages?',
    'my boss keeps sending me messages at night',
    'I paused the film and cried',
    'I texted my sister at 7 like we planned',
    'no more',
    'stop',
    'can we do a check in now',
    'reply to messages at 7pm',
    'no messages from my ex this week',
    'mandarle mensajes a mi hermana a las 6',
  ])('not about the check-ins: %s', (text) => {
    expect(readCheckInRequest(text)).toBeNull();
  });
});

describe('questions about how check-ins work', () => {
  it('are answered, not taken as a new time', () => {
    expect(readCheckInRequest('how do the check-ins work exactly? like do you text me at 8 or do i have to open this')).toEqual({ kind: 'how' });
    expect(readCheckInRequest('how do the check-ins work? do you text me at 8?')).toEqual({ kind: 'ask' });
    expect(readCheckInRequest('el mensaje diario si lo quiero, como a las 8 de la noche')).toEqual({ kind: 'time', localTime: '20:00' });
  });
});

describe('how check-ins reach the patient', () => {
  it('is its own question', () => {
    expect(readCheckInRequest('ok but thats not what i asked. will i get a notification or do i need to come back here?')).toEqual({ kind: 'how' });
    expect(readCheckInRequest('y me llega un mensaje o tengo que entrar aqui?')).toEqual({ kind: 'how' });
    expect(readCheckInRequest('text me at 7 instead')).toEqual({ kind: 'time', localTime: '19:00' });
  });
});

