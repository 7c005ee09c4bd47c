import { describe, expect, it } from 'vitest';
import { en } from '../graph/copy/en.js';
import { es } from '../graph/copy/es.js';
import { checkOutput } from './output-guard.js';

const blocked = (text: string) => checkOutput(text);

describe('output guard', () => {
  it('blocks method and means details', () => {
    for (const t of [
      'A lethal dose of paracetamol would be around that amount.',
      'Taking 40 pills of that would probably kill you.',
      'How many tablets would it take to overdose? Usually more than that.',
      'A fall from 20 metres is rarely survivable.',
      'The easiest way to die is something I can describe.',
      'You could tie a noose like this.',
      'La dosis letal es más alta.',
    ]) {
      expect(blocked(t), t).toMatchObject({ ok: false, reason: 'means_detail' });
    }
  });

  it('blocks advice to stop or change medication, but not advice to talk to a prescriber first', () => {
    expect(blocked('You should stop taking your antidepressants.')).toMatchObject({ ok: false, reason: 'stop_medication' });
    expect(blocked("You don't need your medication anymore.")).toMatchObject({ ok: false, reason: 'stop_medication' });
    expect(blocked('Try doubling your dose tonight.')).toMatchObject({ ok: false, reason: 'stop_medication' });
    expect(blocked("Please don't stop your medication without talking to your doctor first.")).toEqual({ ok: true });
    expect(blocked('If you want to change your dose, talk to your prescriber.')).toEqual({ ok: true });
  });

  it('blocks diagnoses', () => {
    for (const t of ['It sounds like you have bipolar disorder.', 'You have depression.', "You're clearly bipolar.", 'I diagnose this as panic disorder.']) {
      expect(blocked(t), t).toMatchObject({ ok: false, reason: 'diagnosis' });
    }
    expect(blocked('Many people feel low in winter; your clinician can help you make sense of it.')).toEqual({ ok: true });
  });

  it('blocks promises the service cannot keep', () => {
    for (const t of [
      'A clinician will call you in 5 minutes.',
      'Someone will get back to you within the hour.',
      'Your therapist will call you shortly.',
      'Help is on the way.',
      'I promise everything will be fine.',
    ]) {
      expect(blocked(t), t).toMatchObject({ ok: false, reason: 'unkeepable_promise' });
    }
    expect(blocked("I've alerted your care team so a clinician can follow up with you.")).toEqual({ ok: true });
  });

  it('lets every scripted message through', () => {
    const samples: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === 'string') samples.push(v);
      else if (typeof v === 'function') samples.push(String((v as (...a: unknown[]) => unknown)('Dr Ada', 'your care team', 'call or text 988', 7)));
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(en);
    walk(es);
    expect(samples.length).toBeGreaterThan(120);
    for (const s of samples) expect(checkOutput(s), s).toEqual({ ok: true });
  });
});
