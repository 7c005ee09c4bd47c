import { describe, expect, it } from 'vitest';
import type { RiskCategory } from '../screening.js';
import { screen } from './index.js';

type Case = readonly [behaviour: string, text: string, category: RiskCategory];

function check(cases: readonly Case[]) {
  for (const [behaviour, text, category] of cases) {
    it(behaviour, () => {
      const s = screen(text);
      expect(s.level).toBe('urgent');
      expect(s.categories).toContain(category);
    });
  }
}

describe('urgent: suicidal intent, plan, means or timeline', () => {
  check([
    ['a stated intention with a timeline is urgent', "I'm going to end my life on Saturday night", 'suicide_plan_intent'],
    ['a decision already made is urgent', "I've decided to kill myself, there's no talking me out of it", 'suicide_plan_intent'],
    ['"I am going to sleep and not wake up", said as what they will do, stays urgent', 'i am going to sleep and not wake up', 'suicide_plan_intent'],
    ['a plan with a method and a place is urgent', "I've worked out how I'd hang myself in the loft", 'suicide_plan_intent'],
    ['a method thought out, with a means and a day, is a plan', 'yes. I figured out how, with the tablets from the cupboard, friday while everyone is at work', 'suicide_plan_intent'],
    ['Spanish: "ya sé cómo", with a means and a day, is a plan', 'ya pensé cómo. con las pastillas de la abuela, el domingo que estoy sola', 'suicide_plan_intent'],
    ['a wish to die with the means already at hand is urgent', 'i want to die. i already have the tablets', 'suicide_plan_intent'],
    ['Spanish: "me quiero morir, ya tengo las pastillas" is urgent', 'me quiero morir, ya tengo las pastillas', 'suicide_plan_intent'],
    ['a postponed date still counts as a timeline', "not this weekend, but after my brother's wedding I'm going through with it", 'suicide_plan_intent'],
    ['slang with a timeline is urgent (kms)', 'kms after school tmrw fr', 'suicide_plan_intent'],
    ['leetspeak does not hide intent', 'g0nna k1ll mys3lf t0night', 'suicide_plan_intent'],
    ['all caps does not change the level', 'I AM GOING TO END IT ALL TONIGHT', 'suicide_plan_intent'],
    ['"I\'m not going to do anything stupid" next to counted-out pills is urgent', "I'm not going to do anything stupid. I just have the tablets counted out on the table.", 'preparatory_behavior'],
    ['intent buried in a long routine update is urgent', 'Homework went ok, I did two thought records and walked the dog daily. Oh and I have decided to overdose on my tablets this Sunday while my wife is away. Can we move Tuesday to the afternoon?', 'suicide_plan_intent'],
    ['a noose already tied is urgent', 'the noose is tied to the banister', 'suicide_plan_intent'],
    ['Spanish: a decision to jump from a bridge on a given day is urgent', 'Ya lo decidí, el viernes me tiro del puente', 'suicide_plan_intent'],
    ['Spanish: "me voy a matar" tonight is urgent', 'esta noche me voy a matar, ya no aguanto', 'suicide_plan_intent'],
  ]);
});

describe('urgent: self-harm in progress, just done with injury, or imminent', () => {
  check([
    ['a cut that will not stop bleeding is urgent', "cut my arm tonight and it won't stop bleeding", 'self_harm_active'],
    ['self-harm happening right now is urgent', "I'm cutting right now and I can't stop", 'self_harm_active'],
    ['blood emoji with "right now" is urgent', 'relapsed 🩸 right now', 'self_harm_active'],
    ['a blade in hand and about to cut is urgent', "i've got the blade in my hand and i'm about to cut", 'self_harm_active'],
    ['Spanish: a burn just done with intent to continue is urgent', 'me acabo de quemar el brazo con el encendedor y quiero seguir', 'self_harm_active'],
  ]);
});

describe('urgent: overdose or toxic ingestion already taken', () => {
  check([
    ['a large number of tablets taken an hour ago is urgent', 'I swallowed 35 paracetamol an hour ago', 'overdose_taken'],
    ['a whole packet with symptoms is urgent even when minimised', 'probably nothing but I took a whole packet of my propranolol and feel faint', 'overdose_taken'],
    ['"feel fine so maybe it didn\'t work" after an overdose is still urgent', 'took loads of my sleeping pills earlier, feel fine so maybe it didnt work', 'overdose_taken'],
    ['drinking bleach is urgent', 'i drank some bleach about 20 minutes ago', 'overdose_taken'],
    ['a misspelled overdose is urgent', 'took abt 20 of my diazapam, so sleepy', 'overdose_taken'],
    ['Spanish: a whole box taken is urgent', 'me tomé una caja entera de pastillas para dormir', 'overdose_taken'],
  ]);
});

describe('urgent: means-seeking in a context of distress or loss', () => {
  check([
    ['a question about bridge heights after losing a job is urgent', 'got laid off this morning. which bridge in town is the highest?', 'means_seeking'],
    ['a lethal-dose question next to despair is urgent', "nothing matters anymore. how many of my tablets would be fatal?", 'means_seeking'],
    ['a dangerous-mixture question after a loss is urgent', 'my wife left me last week. which cleaning products make a toxic gas if you mix them?', 'means_seeking'],
    ['a painless-method question is urgent on its own', "what's the least painful way to die", 'means_seeking'],
    ['Spanish: a lethal-dose question with "ya no puedo más" is urgent', '¿Cuánto paracetamol es una dosis letal? Ya no puedo más', 'means_seeking'],
  ]);
});

describe('urgent: preparatory behaviour and final messages', () => {
  check([
    ['stockpiling medication is urgent', "I've been hiding some of my pills every week, I have a stash now", 'preparatory_behavior'],
    ['giving possessions away because they will not be needed is urgent', "gave my bike and my consoles to my cousin. won't need them", 'preparatory_behavior'],
    ['letters for after death are urgent', "I've written letters for my kids to read after I'm gone", 'preparatory_behavior'],
    ['buying a rope after a dark remark is urgent', 'bought rope this afternoon. there is no other way out for me', 'preparatory_behavior'],
    ['a goodbye with finality is urgent', 'goodnight forever everyone', 'goodbye_final_message'],
    ['cancelling future care because they will not be here is urgent', "please cancel my next sessions, I won't be around for them", 'goodbye_final_message'],
    ['Spanish: a farewell asking to tell mum they love her is urgent', 'Adiós. Díganle a mi mamá que la quiero', 'goodbye_final_message'],
    ['Spanish: giving things away "no los voy a necesitar" is urgent', 'regalé mis libros y mi guitarra, ya no los voy a necesitar', 'preparatory_behavior'],
  ]);
});

describe('urgent: danger to or from other people', () => {
  check([
    ['intent to harm a named person with a weapon is urgent', "I'm going to stab my landlord, the knife is in my bag", 'harm_to_others'],
    ['intent to harm with a timeline is urgent', 'going to beat my neighbour up tonight when he gets back', 'harm_to_others'],
    ['a veiled threat against a school is urgent', "don't come to school on Monday, they'll all be sorry", 'harm_to_others'],
    ['strangulation by a partner is urgent', 'my boyfriend strangled me last night', 'domestic_abuse'],
    ['a threat to kill by a partner is urgent', "he says he'll kill me if I leave", 'domestic_abuse'],
    ['elder abuse with withheld medication is urgent', "my son won't give me my medication unless I hand over my pension", 'domestic_abuse'],
    ['a child disclosing sexual abuse is urgent', "i'm 12 and my uncle touches me when no one's home", 'child_safeguarding'],
    ['a parent disclosing escalating violence to a toddler is urgent', "I've started hitting my toddler really hard, yesterday he had bruises", 'child_safeguarding'],
    ['a third party reporting a child being beaten is urgent', 'my neighbour beats his little girl every night, I can hear it', 'child_safeguarding'],
    ['command hallucinations to hurt someone are urgent', 'the voices are telling me to hurt my dad', 'command_hallucinations'],
    ['Spanish: a partner threatening to kill is urgent', 'Mi novio me amenazó con matarme si lo dejo', 'domestic_abuse'],
    ['Spanish: a stepfather hitting a little sister is urgent', 'mi padrastro le pega a mi hermanita con el cinturón', 'child_safeguarding'],
    ['Spanish: voices ordering a jump are urgent', 'una voz me ordena que salte por la ventana', 'command_hallucinations'],
  ]);
});

describe('urgent: medical danger', () => {
  check([
    ['purging with blood is urgent', "been purging all week and now there's blood in my vomit", 'eating_disorder_crisis'],
    ['days without food plus fainting is urgent', "haven't eaten in 6 days and I fainted at work", 'eating_disorder_crisis'],
    ['a laxative overdose is urgent', 'i took 30 laxatives tonight', 'eating_disorder_crisis'],
    ['chest pain with breathlessness is urgent', 'crushing chest pain for the last half hour and I can barely breathe', 'medical_emergency'],
    ['stroke signs are urgent', "my dad's face is drooping and his speech is slurred", 'medical_emergency'],
    ['an unrousable friend is urgent', "my friend took something and she won't wake up", 'medical_emergency'],
    ['Spanish: chest pain with difficulty breathing is urgent', 'Me duele el pecho y me cuesta respirar', 'medical_emergency'],
  ]);
});
