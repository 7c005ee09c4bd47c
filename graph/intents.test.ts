import { describe, expect, it } from 'vitest';
import { asksAboutTheBot, isComplaint, readTone } from './reading.js';
import { asksAboutIt, asksForMenu, asksAboutMedication, asksProgress, isBackAgain, asksToSeePlans, asksWhatHelps, isGoodbye, isHelpWord, isLeaving, readChangePlan, readCommand, readDropPlan, signsOff } from './intents.js';
import { fold } from './parse.js';

describe('reading what a message asks for', () => {
  it('a question about a medicine or a dose, not a mention of one', () => {
    for (const t of ['is it ok if i take 100mg of sertraline on bad days?', 'how many melatonin can i take', 'can i drink on my meds', '¿cuánto clonazepam me puedo tomar?', 'puedo dejar las pastillas?'])
      expect(asksAboutMedication(t), t).toBe(true);
    for (const t of ['my doctor changed my meds last month and i feel flat', 'I took my tablets this morning', 'what is a thought record?']) expect(asksAboutMedication(t), t).toBe(false);
  });

  it('a question about an exercise is not a request to do it', () => {
    for (const t of ["what's behavioural activation?", 'why do thought records help', 'ok but how does worry time work', 'para qué sirve anotar pensamientos', 'q es la activacion conductual']) expect(asksAboutIt(t), t).toBe(true);
    for (const t of ['is overthinking the same as worrying?', 'should i wait until i feel motivated?']) expect(asksAboutIt(t), t).toBe(true);
    for (const t of ['can we do a thought record?', "let's do breathing", 'help me plan something', 'quiero hacer un registro', 'are you a real person?', 'i feel flat']) expect(asksAboutIt(t), t).toBe(false);
  });

  it('the menu asked for in a sentence, and plans asked about in other words', () => {
    expect(asksForMenu('Could I see the menu, please?')).toBe(true);
    expect(asksForMenu('¿me enseñas el menú?')).toBe(true);
    expect(asksForMenu('the menu at the cafe was awful')).toBe(false);
    expect(asksToSeePlans('What plans do I have this week?')).toBe(true);
  });

  it('a question about the companion itself is not a request', () => {
    for (const t of ['y tú duermes?', 'do u ever get lonely lol', 'how old are you?', '¿usted se cansa?']) expect(asksAboutTheBot(t), t).toBe(true);
    for (const t of ["i can't sleep", 'can you help me sleep', 'no duermo nada', 'do you sleep well? i dont']) expect(asksAboutTheBot(t), t).toBe(false);
  });

  it('being told the bot got it wrong', () => {
    for (const t of ["that's not what i asked lol", 'you already asked me that', 'eso no tiene nada q ver, yo no te pregunte de panico', 'ya me lo preguntaste']) expect(isComplaint(t), t).toBe(true);
    for (const t of ['i asked my boss for a raise', 'not sure what i want']) expect(isComplaint(t), t).toBe(false);
  });

  it('help on its own, goodbyes said in passing, what helps', () => {
    expect(isHelpWord('HELP!')).toBe(true);
    expect(isHelpWord('help me plan something small')).toBe(false);
    expect(isGoodbye('ok im done for now, thanks')).toBe(true);
    expect(asksWhatHelps('what should I do?')).toBe(true);
    expect(asksWhatHelps('¿qué me recomiendas?')).toBe(true);
  });

  it('what has helped, and progress, asked in plain words and text-speak', () => {
    for (const t of ['be honest, wat has actually helped me so far', 'which of the things ive done made any difference', 'y de todo, que ejercicios me vinieron mejor?', 'cuales me sirvieron a mi?']) expect(asksWhatHelps(t), t).toBe(true);
    for (const t of ['show me my progress', 'is there a summary of how ive been doing', '¿cómo voy?', 'mostrame mi progreso']) expect(asksProgress(t), t).toBe(true);
    for (const t of ['my progress at work is slow and it gets me down', 'how are you doing?']) expect(asksProgress(t) && !/work/.test(t), t).toBe(false);
    expect(fold('wat was it i planned?')).toBe('what was it i planned');
    expect(fold('en q íbamos')).toBe('en que ibamos');
    expect(fold('the u.s. and a u-turn')).toBe('the u.s. and a u-turn');
    expect(asksToSeePlans('wat was it i planned again?')).toBe(true);
  });

  it('coming back, stepping away, and "back" as a command', () => {
    for (const t of ['ok sorry im back where were we', 'q onda ya regrese', 'ya volví jaja']) expect(isBackAgain(t), t).toBe(true);
    for (const t of ['back', 'im back at work tomorrow and dreading it']) expect(isBackAgain(t), t).toBe(false);
    for (const t of ['brb kid crying', 'gtg work', 'ahorita vuelvo']) expect(isLeaving(t), t).toBe(true);
  });

  it('a sign-off that thanks for an exercise is a goodbye, not a request for it', () => {
    for (const t of ['nada, ya fue. gracias por lo de la respiracion igual, ahora si me voy a dormir. buenas noches!', 'right im off to put the kettle on. ta for the allotment thing, ill let you know wednesday', 'thanks for the breathing. night!'])
      expect(signsOff(t), t).toBe(true);
    for (const t of ['thanks for the breathing, can we do grounding now', 'thanks. can we do a thought record?', 'bye', 'I have to go to work tomorrow and I dread it']) expect(signsOff(t), t).toBe(false);
  });

  it('"hang on, I only asked what they are" leaves an exercise started by mistake', () => {
    expect(readCommand('hang on. i asked wat they are, not to start one')).toBe('exit');
    expect(asksAboutIt('summat about scheduling stuff and thought diary things? no idea wat either of them actualy are')).toBe(true);
    expect(asksAboutIt('can i ask summat. why is it always worse in the mornings? by teatime im alright')).toBe(true);
    expect(asksAboutIt('I went to the shop and I dont know what it is')).toBe(false);
  });

  it('plans: listed, dropped and moved in the patient\'s words', () => {
    expect(asksToSeePlans('me enseñas mis planes?')).toBe(true);
    expect(asksToSeePlans('show my plans')).toBe(true);
    expect(readDropPlan('drop plan 2')).toBe(2);
    expect(readDropPlan('quita el de mi hermana')).toBe(0);
    expect(readDropPlan('i dropped my phone')).toBeNull();
    expect(readChangePlan('can i change it to sunday afternoon instead?')).toBe(0);
    expect(readChangePlan('move plan 2 to 5pm')).toBe(2);
    expect(readChangePlan('things change so fast')).toBeNull();
  });
});

describe('reading how a message should be met', () => {
  it('a question we cannot answer, good news, something hard, and the rest', () => {
    expect(readTone('is it meant to rain all week? been chucking it down')).toBe('question');
    expect(readTone('oye y tu le vas a las chivas o q? el sabado juegan')).toBe('question');
    expect(readTone('I rang the bank and it went really well actually')).toBe('good');
    expect(readTone('ya hable con la financiera y me fue bien')).toBe('good');
    expect(readTone('i feel like everyone hates me')).toBe('hard');
    expect(readTone('ok pero ahorita q hago? estoy acostado con el cel')).toBe('hard');
    expect(readTone('my cat Mabel is asleep on my feet')).toBe('neutral');
  });

  it('goodbyes in many words, and "menu" said last', () => {
    for (const t of ['aight im out fr this time. thx tho', 'peace out', 'Nos da', 'gn for real this time', 'catch you later', 'nos vemos']) expect(isGoodbye(t), t).toBe(true);
    expect(isGoodbye('im out of milk')).toBe(false);
    expect(asksForMenu('bruh stop. menu')).toBe(true);
    expect(asksForMenu('this is getting a bit much tbh. menu')).toBe(true);
  });

  it('saying they have to go is leaving, in any clause of a short message; the same words inside a story are not', () => {
    for (const t of ['argh sorry, got to run, my bus is here. ttyl', 'ok gotta get ready for work. later', 'perdona, me tengo que ir ya', 'vale, luego seguimos', 'right im gonna get some sleep now. night']) expect(isLeaving(t), t).toBe(true);
    for (const t of ['I have to go to the dentist tomorrow and I hate it', 'tengo que ir a clase y me agobia', 'me voy a suspender seguro', 'it happened at night', 'buenas noches, quiero ver mi plan de crisis', 'when i have to leave the house my chest goes tight']) expect(isLeaving(t), t).toBe(false);
  });

  it('one plan asked for by what or when is the activity plans, never the safety plan; a recipe is not a prescription', () => {
    for (const t of ['quiero ver mi plan del sábado con mi hermana', 'can I check my plan for Friday?', 'que actividades tengo programadas?', 'como veo mi plan que hicimos?']) expect(asksToSeePlans(t), t).toBe(true);
    for (const t of ['quiero ver mi plan de seguridad', 'show me my safety plan']) expect(asksToSeePlans(t), t).toBe(false);
    expect(asksAboutMedication('me pasas una receta facil para la cena?')).toBe(false);
    expect(asksAboutMedication('me cambiaron la receta del clonazepam, puedo tomar dos?')).toBe(true);
  });

  it('reads a plan change said with the pronoun ("cámbialo", "¿lo puedes cambiar?", "can you move it")', () => {
    expect(readChangePlan('quiero cambiarlo del jueves al sábado a las 7')).toBe(0);
    expect(readChangePlan('me escribió que mejor el viernes, ¿lo puedes cambiar?')).toBe(0);
    expect(readChangePlan('she cant make it, can you move it to friday?')).toBe(0);
    expect(readCommand('¿Cómo? No, no, yo no estoy en ninguna crisis, solo quería otra cosa. Déjalo.')).toBe('exit');
  });
});
