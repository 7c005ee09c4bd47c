import { describe, expect, it } from 'vitest';
import type { RiskCategory } from '../screening.js';
import { screen } from './index.js';

type Case = readonly [behaviour: string, text: string, category: RiskCategory];

function check(cases: readonly Case[]) {
  for (const [behaviour, text, category] of cases) {
    it(behaviour, () => {
      const s = screen(text);
      expect(s.level).toBe('concern');
      expect(s.categories).toContain(category);
    });
  }
}

describe('concern: passive or non-specific suicidal ideation', () => {
  check([
    ['wishing to disappear "for a while", with nowhere to go, is concern', 'some nights i wish i could just disappear for a while', 'passive_ideation'],
    ['wanting to die "for a bit" is not the idiom "die for a coffee"', 'i want to die for a bit, everything is too loud', 'passive_ideation'],
    ['wishing not to wake up is concern', 'I keep hoping I just won\'t wake up tomorrow', 'passive_ideation'],
    ['"hopefully I won\'t wake up", said with a goodnight, is concern', "going to sleep now, hopefully i won't wake up tomorrow", 'passive_ideation'],
    ['"ojalá no despierte" is concern', 'me voy a dormir, ojalá no despierte mañana', 'passive_ideation'],
    ['wishing to be hit by a bus is concern', "if a bus hit me tomorrow honestly I wouldn't mind", 'passive_ideation'],
    ['death as relief is concern', 'being dead sounds peaceful compared to this', 'passive_ideation'],
    ['wishing never to have been born is concern', "I wish I'd never been born", 'passive_ideation'],
    ['non-specific suicidal thoughts without plan are concern', "I've had suicidal thoughts this week but no plan", 'passive_ideation'],
    ['a wish to die with a denial of intent stays concern (mixed negation)', "i want to die but i'm not going to do anything", 'passive_ideation'],
    ['Spanish: wishing not to wake up is concern', 'ojalá no despertara mañana', 'passive_ideation'],
    ['Spanish: not wanting to live is concern', 'ya no quiero vivir', 'passive_ideation'],
    ['"like going to sleep and not waking up", a wish described with intent denied, is concern, not a plan', 'kinda yeah, like going to sleep and not waking up. i wouldnt do anything about it', 'passive_ideation'],
    ['thinking about going to sleep and never waking up is concern', 'lately i think about going to sleep and never waking up', 'passive_ideation'],
  ]);
});

describe('concern: hopelessness, burden, past attempt', () => {
  check([
    ['"everyone would manage fine without me" is burden', 'some days i think everyone would manage fine without me', 'burden'],
    ['nothing will ever change is concern', 'nothing is ever going to change for me', 'hopelessness'],
    ['treatment never working is concern', "therapy never works for me, I'm beyond help", 'hopelessness'],
    ['Spanish: no way out is concern', 'no hay salida para mí', 'hopelessness'],
    ['better off without me is concern', 'my family would be better off without me', 'burden'],
    ['Spanish: being a burden is concern', 'soy una carga para todos', 'burden'],
    ['a past attempt with returning feelings is concern', 'I attempted suicide five years ago and those feelings are back', 'past_attempt_current_distress'],
    ['Spanish: a past attempt with feelings returning is concern', 'intenté suicidarme hace años y otra vez me siento así', 'past_attempt_current_distress'],
  ]);
});

describe('concern: self-harm urges, veiled remarks, intrusive thoughts, abuse, eating', () => {
  check([
    ['a self-harm urge resisted is concern', 'the urge to cut is really strong but I put the blades away', 'self_harm_urge'],
    ['low-level self-injury is concern', "I've been picking my skin until it bleeds", 'self_harm_urge'],
    ['Spanish: an urge to hurt oneself is concern', 'tengo ganas de hacerme daño', 'self_harm_urge'],
    ['"I just want it all to stop" is concern', 'I just want it all to stop', 'ambiguous_needs_followup'],
    ['"won\'t be around much longer" is concern', "I won't be around much longer", 'ambiguous_needs_followup'],
    ['method thoughts without intent are concern', "I'd never do it, but I keep thinking about how I would", 'ambiguous_needs_followup'],
    ['Spanish: not knowing how much longer one can hold on is concern', 'no sé cuánto más voy a aguantar', 'ambiguous_needs_followup'],
    ['unwanted intrusive thoughts of harming a baby are concern', "I keep getting intrusive thoughts of hurting my baby and I hate it", 'intrusive_harm_thoughts'],
    ['Spanish: unwanted images of pushing someone are concern', 'tengo imágenes de empujar a mi madre y me asustan, no quiero hacerlo', 'intrusive_harm_thoughts'],
    ['coercive control without violence is concern', 'my husband tracks my phone and says I cannot see my friends', 'abuse_unclear_or_past'],
    ['past abuse with a trauma reaction today is concern', 'my stepdad used to hit me, I saw him today and I cannot stop shaking', 'abuse_unclear_or_past'],
    ['purging without medical signs is concern', 'I make myself throw up after dinner most days', 'disordered_eating'],
  ]);

  it('hopelessness about life as a whole is a concern; about a thing, it is not', () => {
    for (const t of ['everything feels hopeless', 'it all seems so pointless lately', 'my life has been hopeless for months']) expect(screen(t).level, t).toBe('concern');
    for (const t of ['this printer is hopeless', 'the meeting was pointless', 'my maths is hopeless lol']) expect(screen(t).level, t).toBe('none');
  });
});
