import { fold } from './parse.js';
import { readClock } from './when.js';

/**
 * A patient managing their own check-ins in plain words, in English or Spanish: "pause check-ins for
 * a week", "check in at 7pm instead", "no more reminders", "start the check-ins again", "will you
 * keep messaging me?". Read only when the message is about the check-ins (it names them, or the
 * bot's messages to them): "pause" alone, or "stop" (an SMS opt-out word the carrier handles), is not.
 */
export type CheckInRequest =
  | { kind: 'pause'; days: number; untilDay?: number }
  /** About the quiet hours ("can you change the quiet hours, I work nights"): set by the care team. */
  | { kind: 'quiet' }
  /** A break asked for later ("from Wednesday 16th to Saturday"): only a break from now can be set. */
  | { kind: 'pause_later' }
  | { kind: 'off' }
  | { kind: 'resume' }
  | { kind: 'time'; localTime: string }
  | { kind: 'ask' }
  /** How check-ins reach them ("will I get a notification or do I need to come back here?"). */
  | { kind: 'how' };

/** "Will I get a notification or do I have to open this?", "¿me llega un mensaje o tengo que entrar?". */
const HOW_REACH =
  /\b(will i get (a |any )?(notification|text|message|alert)s?|get notified|how will i (know|get them|see them)|or do i (have|need) to (open|come back|come on|check|log ?in)|do i (have|need) to (open (this|it|the app|the chat)|come back (here|on)|come on here|check (this|here))|do you (text|send) (me )?(a )?(text|notification|message)|me (llega|llegan|avisas|mandas) (un |una )?(mensaje|notificacion|aviso|sms)|tengo que (abrir|entrar|volver|meterme)|como me (entero|llega|llegan|avisas))\b/;

/** The check-ins, or the bot's messages as such ("your messages", not "messages from my ex"). */
const NOUN = String.raw`(check ?-?ins?|checkins?|reminders?|reminder messages|(your|these|the|daily|morning|evening|bot) (messages|texts|notifications|nudges)|(messages|texts) from you|recordatorios?|(tus|los|estos|esos) (mensajes|mensajitos|avisos)|mensajes? (tuyos|de seguimiento|diarios?)|notificaciones|seguimientos|daily (message|check ?-?in|text))`;
/** The bot writing to them: "message me", "text me", "escribeme", "mandarme mensajes". */
const WRITE_ME = String.raw`(message me|messaging me|text me|texting me|checking in( on| with)? me|check in( on| with)? me|check on me|escribeme|escribirme|me escribes|me escribas|me escribieras|me escribieses|me mandes|mandarme|mandandome|me envies|enviarme|me vas a (mandar|escribir|enviar))`;

const PAUSE = new RegExp(String.raw`\b(pause|put .{0,20}on hold|hold off|suspend|take a break from|break from|skip|no ${NOUN}|without ${NOUN}|pausa|pausar|pausa(r)? (los|las)|suspende|suspender|un descanso de|sin ${NOUN}|no me (escribas|mandes|envies))\b`);
const OFF = new RegExp(String.raw`\b(no more|turn off|switch off|stop sending|stop (the )?${NOUN}|dont (want|need) (any )?(more )?(the )?${NOUN}|i dont want (to get )?(any )?(more )?${NOUN}|cancel|unsubscribe|get rid of|desactiva|desactivar|quita|quitar|apaga|ya no (quiero|me mandes|me escribas|me envies)|no quiero (mas )?${NOUN}|no me mandes mas|deja de (mandar|enviar|escribir)\w*|dejes de (mandar|enviar|escribir)\w*|stop (messaging|texting) me)\b`);
const RESUME = new RegExp(String.raw`\b(resume|restart|turn (them |it |the ${NOUN} )?(back )?on|switch (them |it )?(back )?on|back on|start (the )?${NOUN} again|again|bring (them |the ${NOUN} )?back|unpause|reanuda|reanudar|reactiva|reactivar|activa (de nuevo|otra vez)|vuelve a|vuelvas a|vuelva a|volver a|otra vez|de nuevo|reanuda\w*)\b`);
const TIME = /\b(at|around|about|by|to|a las|a la|sobre las|tipo|instead|en vez|mejor|change|changed|move|moved|cambia|cambiar|mueve|mover|pasa|every (day|morning|evening|night)|cada (dia|manana|tarde|noche)|todos los dias)\b/;
const ASK =
  /\b(will|are|do|would) you (keep|still|going to|gonna)? ?(be )?(message|messaging|text|texting|check(ing)? in|write|writing|remind|reminding)|\b(when|what time|how often)( (do|will|are|is))? (you|my|the|next)\b.*\b(check ?-?in|checkins?|message|messaging|text|texting|write|reminders?)|\b(cuando|a que hora|cada cuanto)\b.*\b(escribes|escribiras|mandas|mensajes|recordatorios?|check ?-?ins?|seguimientos?)|\b(me vas a seguir|vas a seguir) (escribiendo|mandando)/;

/** A sentence that asks: "when do they start again", "are they still paused", "cuándo vuelven". */
const QUESTION_START = /^(so |and |but |ok |okay |wait |hmm |um |oh |y |pero |oye |entonces )*(when|what time|how long|how often|are|r|is|do|does|will|would|did|cuando|a que hora|hasta cuando|siguen|sigue|estan|esta|me vas|vas a|van a)\b/;

/** "R the check ins off or not", "are they every day even weekends": the state asked about. */
const STATUS = /\b(off or not|on or not|on or off|still on|every day|everyday|daily|weekends?|days off|todos los dias|fines? de semana|dias libres|siguen activ\w*|estan activ\w*|estan apagad\w*)\b/;

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, couple: 2, 'a couple of': 2, three: 3, few: 3, 'a few': 3, four: 4, five: 5, un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, unos: 3, unas: 3 };

/** How long a pause is, in days: "for a week" 7, "for 3 days", "dos semanas", "this week", "the weekend". Default a week. */
function pauseDays(t: string): number {
  const m = /\b(\d{1,2}|a couple of|a few|a|an|one|two|couple|three|few|four|five|un|una|dos|tres|cuatro|cinco|unos|unas) (days?|weeks?|dias?|semanas?)\b/.exec(t);
  if (m) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : (NUMBER_WORDS[m[1]!] ?? 1);
    return Math.min(60, Math.max(1, /^(week|semana)/.test(m[2]!) ? n * 7 : n));
  }
  if (/\b(fortnight|quincena)\b/.test(t)) return 14;
  if (/\b(the weekend|el (fin de semana|finde))\b/.test(t)) return 3;
  if (/\b(today|tonight|hoy)\b/.test(t)) return 1;
  if (/\b(tomorrow|manana)\b/.test(t) && !/\bpor la manana\b/.test(t)) return 2;
  return 7;
}

/** "7pm", "7 in the evening", "las 7 de la tarde", "at 7" (an evening hour when no part of day is said). */
function checkInTime(text: string, t: string): string | null {
  const clock = readClock(text);
  if (!clock) return null;
  let hour = clock.hour;
  const morning = /\b(morning|am|a m|de la manana|por la manana|en la manana)\b/.test(t);
  const evening = /\b(evening|night|afternoon|pm|p m|tarde|noche)\b/.test(t);
  // "At 8", "a las 6:30" with no part of the day: the evening (8 in the morning is said so, or "08:00"); 9 to 11 stay morning.
  const meridiem = /\b(am|pm|a m|p m)\b/.test(t) || /(^|\D)0\d[:.h]/.test(text);
  if (hour < 12 && (evening || (!morning && !meridiem && hour >= 1 && hour <= 8))) hour += 12;
  return `${String(hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}`;
}

/** The break undone: "quita la pausa", "olvida lo de la pausa", "unpause", "you can message me again". */
const UNPAUSE =
  /\b(unpause|remove the pause|end the pause|forget (about )?the pause|cancel the pause|dont pause|no pause|quita(r|la)? (la )?pausa|sin pausa|olvida(r)? (lo de )?la pausa|ya no (las |los )?pauses|no (las |los )?pauses|cancela(r)? la pausa|ya (puedes|podes) (volver a )?(escribirme|mandarme|enviarme)|you can (message|text|write to) me again|puedes volver a (escribirme|mandarme))\b/;
/** "Til monday", "hasta el lunes": a break until that day. */
const UNTIL_DAY = /\b(until|til|till|untill|hasta el|hasta)( next)? (monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b/;
const DAY_NUMBERS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, domingo: 0, lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6 };
/** A break that starts later: a date, a weekday, "next week", "del 16 al 19". */
const LATER_START =
  /\b((from|starting|starting on|start on) (next|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d|\d)|next week|the week after|del \d{1,2}|desde el|a partir del?|la (otra|proxima|siguiente) semana|la semana que viene|between|entre el|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo)|del (lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b/;
/** Asking, not asking for a change: "does my therapist see that I changed the time?", "you'll still write at 6:30, right?". */
const ONLY_ASKING =
  /\b(right|verdad|no|si|cierto|correcto|isnt it|is that right|still|sigue|seguira|ve|ven|sees|see|know|sabe|se entera|se enteran|enterar|was|fue|puso|set|changed|cambie|cambio)\s*\?*$|\b(how (do|does|will) (the |these |your )?[\w-]+( [\w-]+)? work|what happens|or do i (have|need) to|do i (have|need) to (open|come back|check)|how does (it|that|this) work|como funciona\w*|que pasa cuando|tengo que (abrir|entrar|volver))\b|\b(does|did|do|will|is|are|would|can) (my|the) (therapist|psychologist|clinician|care team|doctor)\b|\b(mi|el|la) (psicologa|psicologo|terapeuta|doctora|doctor|equipo)\b.{0,40}\b(ve|sabe|se entera|puso|dijo)\b/;
/** A new time asked for in the same breath ("text me at 7 instead"): a change, not a question of how. */
const CHANGE_TIME_SAID = /\b(instead|en vez|from now on|a partir de ahora|change|cambia)\b/;
const CHANGE_VERB = /\b(instead|change|move|make it|switch|set|can you|could you|please|pls|porfa|por favor|en vez|mejor|cambia|cambiala|cambiar|mueve|mover|pon|ponlo|ponla|puedes|podrias|se puede|quiero|i want|id like|i d like|escribeme|mandame|message me|text me|check in (with me )?at)\b/;

/**
 * `context`: the bot's last reply was about the check-ins, so a bare time ("ok then 9 at night",
 * "mejor a las 8:45") is the new time, and a question about "it" ("will it still come on my days off?") is about them.
 */
export function readCheckInRequest(text: string, options: { context?: boolean } = {}): CheckInRequest | null {
  const t = fold(text);
  // "Before we do anything, a practical question: will I get a notification … or do I open this page myself?"
  if (HOW_REACH.test(t) && !CHANGE_TIME_SAID.test(t) && t.split(' ').length <= 60) return { kind: 'how' };
  if (t.split(' ').length > 30) return null;
  // The last sentence, and whether it is a plain instruction ("… ugh, forget it, no more check-ins"). ("8.30pm" is not two sentences.)
  const lastSentence = fold(text.split(/[?!]+|\.(?!\d)/).map((x) => x.trim()).filter(Boolean).at(-1) ?? text);
  const endsWithInstruction = !/\?\s*$/.test(text.trim()) && (OFF.test(lastSentence) || PAUSE.test(lastSentence) || UNTIL_DAY.test(lastSentence));
  if (options.context && t.split(' ').length <= 16) {
    const bare = /\?/.test(text) ? null : checkInTime(text, t);
    if (bare) return { kind: 'time', localTime: bare };
    if (!endsWithInstruction && /\?/.test(text) && /\b(it|they|them|that|the next one|next one|days? off|weekends?|lo|los|las|el proximo|el siguiente|fines? de semana)\b/.test(t)) return { kind: 'ask' };
  }
  if (UNPAUSE.test(t)) return { kind: 'resume' };
  if (/\b(quiet hours|horas de descanso|horario de descanso)\b/.test(t)) {
    // "My quiet hours? I'm up at 9, but fine, half past 8 then": the time they settled on.
    const last = lastSentence.split(/,|\b(?:but|pero)\b/).reverse().find((part) => checkInTime(part, part) !== null) ?? '';
    const settled = last ? checkInTime(last, last) : null;
    return settled && (options.context || TIME.test(last)) ? { kind: 'time', localTime: settled } : { kind: 'quiet' };
  }
  const aboutCheckIns = new RegExp(String.raw`\b${NOUN}\b`).test(t) || new RegExp(String.raw`\b${WRITE_ME}\b`).test(t);
  if (!aboutCheckIns) return null;
  // Reminders the patient sets themself ("remind me to call mum at 5") are not the bot's check-ins.
  if (/\b(remind me (to|about|of)|recuerdame (que|de))\b/.test(t)) return null;
  // A question ("so when do they start again" has no question mark either) is answered, never acted on,
  // unless it ends with a plain instruction ("what?? I asked when. Ugh, forget it, no more check-ins").
  const instructionLast = endsWithInstruction && !QUESTION_START.test(lastSentence);
  const question = !instructionLast && (/\?/.test(text) || QUESTION_START.test(lastSentence));
  // "Start check-ins again at 11:45pm": back on, at that time (the time is not dropped).
  const resumeAt = RESUME.test(t) && TIME.test(t) && !question ? checkInTime(text, t) : null;
  if (resumeAt) return { kind: 'time', localTime: resumeAt };
  if (!question && RESUME.test(t) && !/\b(no more|not again|never again|nunca mas)\b/.test(t) && !PAUSE.test(t.replace(/\bpause\b/, ''))) {
    if (/\b(start|resume|restart|back|again|on|reanuda\w*|reactiva|de nuevo|otra vez|vuelve|vuelvas|vuelva|volver)\b/.test(t)) return { kind: 'resume' };
  }
  // A question about the check-ins is answered, never taken as a change ("my therapist set it at 8, does she see I changed it?").
  if (question && (ONLY_ASKING.test(t) || !CHANGE_VERB.test(t))) return { kind: 'ask' };
  const when = TIME.test(t) ? checkInTime(text, t) : null;
  if (OFF.test(t) && !/\b(for (a|one|two|\d+|the|this|a few|a couple)|this week|until|por (un|una|dos|\d+|unos|unas|esta)|esta semana|hasta)\b/.test(t)) return { kind: 'off' };
  if (PAUSE.test(t) || OFF.test(t) || UNTIL_DAY.test(t)) {
    if (LATER_START.test(t)) return { kind: 'pause_later' };
    const until = UNTIL_DAY.exec(t);
    const day = until ? DAY_NUMBERS[until[3]!] : undefined;
    return day === undefined ? { kind: 'pause', days: pauseDays(t) } : { kind: 'pause', days: 0, untilDay: day };
  }
  if (when) return { kind: 'time', localTime: when };
  if (ASK.test(t) || question || STATUS.test(t)) return { kind: 'ask' };
  return null;
}
