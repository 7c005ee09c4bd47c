import { describe, expect, it } from 'vitest';
import { screen } from './screen.js';
import { levelOf } from './test-helpers.js';

function none(cases: readonly (readonly [behaviour: string, text: string])[]) {
  for (const [behaviour, text] of cases) {
    it(behaviour, () => expect(levelOf(text)).toBe('none'));
  }
}

describe('none: idioms and hyperbole', () => {
  none([
    ['"this exam is killing me" is an idiom', 'this exam is killing me'],
    ['"I could kill for a coffee" is an idiom', 'I could kill for a coffee right now'],
    ['"dying to see it" is an idiom', "I'm dying to see the new film"],
    ['a phone dying is not a death', 'my phone died halfway through the call'],
    ['"unalive my laptop" is about a laptop', 'about to unalive my laptop, it froze again'],
    ['"killed it at the gym" is praise', 'killed it at the gym today'],
    ['"dead serious" in capitals is an idiom', "I'M DEAD SERIOUS, BEST DAY EVER"],
    ['"mum will kill me" is hyperbole', 'my mum is going to kill me when she sees this'],
    ['"no nothing like that. just asking", after the safety question, is a no', 'no nothing like that. just asking'],
    ['already having the pills a doctor prescribed is a medication question', 'ya tengo las pastillas que me recetó el doctor, ¿las tomo en la mañana?'],
    ['thinking about how to sort out medication for the weekend is not a plan', 'I thought about how to get my tablets refilled before friday'],
    ['disappearing for a weekend to a cabin is a wish for a break', 'honestly I wish I could disappear for the weekend to a cabin with no wifi'],
    ['Spanish: "me muero de hambre" is an idiom', 'me muero de hambre'],
    ['Spanish: "este tráfico me mata" is an idiom', 'este tráfico me mata'],
    ['Spanish: not waking the children is not a wish to die', 'ojalá no despierte a los niños al llegar'],
  ]);
});

describe('none: negations and clarifications', () => {
  none([
    ['"I\'d never hurt myself" is a denial', "I'd never hurt myself, I'm just frustrated"],
    ['"killing myself? lol no" is a denial', 'killing myself? lol no, just tired'],
    ['"no thoughts of suicide" is a denial', 'no thoughts of suicide, just stress'],
    ['a screener question answered no is a denial', 'the form asked about suicidal thoughts and I answered no'],
    ['Spanish: "no quiero morirme" is a denial', 'no quiero morirme, solo estoy cansado'],
  ]);
});

describe('none: third party, history, media, homework', () => {
  none([
    ["a friend's past attempt is not the patient's risk", 'my friend attempted suicide years ago, she is doing great now'],
    ['remote personal history with recovery is none', 'I self harmed when I was 15 but I have been fine for over ten years'],
    ['news about a death is none', 'read a news story about a teenager who died, so sad'],
    ['training about suicide is none', 'did a suicide awareness course at work today'],
    ['song lyrics in quotes are none', "the song goes 'I want to die tonight' and I can't stop singing it"],
    ['a game death is none', 'my character keeps dying in this game lol'],
    ['a quoted automatic thought being worked on is none', "My automatic thought was 'I'm a burden to everyone'. Evidence against: my sister called to check on me."],
    ['Spanish: a friend hospitalised years ago who is fine now is none', 'mi amiga estuvo internada hace años y ahora está feliz'],
  ]);
});

describe('none: everyday distress, sarcasm, clinical and app questions', () => {
  none([
    ['ordinary sadness is none', "I'm sad because my dog is ill"],
    ['grief without risk is none', 'I miss my nan, it has been a hard month since the funeral'],
    ['dark humour about an annoyance is none', 'rip me, forgot my keys again'],
    ['"put me out of my misery jk" is a joke', 'another meeting, put me out of my misery jk'],
    ['a missed-dose question is none', 'I missed my sertraline dose yesterday, what should I do?'],
    ['an ibuprofen interaction question is none', 'can I take ibuprofen with sertraline?'],
    ['a safe melatonin dose question is none', 'what is a safe dose of melatonin?'],
    ['a greeting is none', 'hello, good evening'],
    ['a frightening word alone is none (bridge)', 'bridge'],
    ['a frightening word alone is none (overdose)', 'overdose'],
    ['a frightening word alone is none (kill)', 'kill'],
    ['Spanish: a greeting is none', 'hola, buenas tardes'],
  ]);
});

describe('none: what the statistical model may not raise on its own', () => {
  it('a sign-off to the chat, in English and Spanish', () => {
    for (const t of ['ok ya, gracias, me voy a dormir. bye', 'ok thanks, heading to bed. night', 'vale, gracias, me voy a la cama. buenas noches']) expect(screen(t).level, t).toBe('none');
  });

  it('worries that are the everyday material of CBT: being found out, the body in anxiety, sleep', () => {
    for (const t of [
      'i keep thinking everyone will see im a fraud',
      'when i lie awake replaying work stuff and my chest gets tight',
      'no tienes nada para el insomnio?',
    ])
      expect(screen(t).level, t).toBe('none');
  });

  it('questions about the companion, even after a dark message', () => {
    const previous = ["I've decided I'm ending it tonight"];
    for (const t of ['are you even a real person?', 'did you tell anyone at the clinic?', '¿se lo has contado a mi psicóloga?']) expect(screen(t, { previous }).level, t).toBe('none');
  });
});
