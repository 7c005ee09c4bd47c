import { describe, expect, it } from 'vitest';
import { checkOutput } from '../output-guard.js';
import { childLines, crisisReply, loadCrisisResources, resolveLocale } from './crisis-replies.js';

const resources = loadCrisisResources();
const reply = (locale: string | undefined, clinicLocale = 'en-US') => crisisReply(resources, 'urgent', { locale, clinicLocale });

describe('crisis replies', () => {
  it('a US patient is given 988, the Crisis Text Line and 911', () => {
    const r = reply('en-US');
    expect(r.text).toContain('988');
    expect(r.text).toContain('741741');
    expect(r.text).toContain('911');
  });

  it('a UK patient is given 999, Samaritans, Shout and NHS 111', () => {
    const r = reply('en-GB');
    for (const n of ['999', '116 123', '85258', '111']) expect(r.text).toContain(n);
    expect(r.text).not.toContain('988');
  });

  it('a patient in Spain is answered in Spanish with 024 and 112', () => {
    const r = reply('es-ES');
    expect(r.language).toBe('es');
    expect(r.text).toContain('024');
    expect(r.text).toContain('112');
  });

  it('a Spanish speaker at a US clinic gets US numbers in Spanish', () => {
    const r = reply('es', 'en-US');
    expect(r.region).toBe('US');
    expect(r.text).toContain('988');
    expect(r.text).toMatch(/llama/);
  });

  it('a patient from a country without numbers here gets a directory, never another country\'s numbers', () => {
    const r = reply('fr-FR');
    expect(r.region).toBe('INTL');
    expect(r.text).toContain('findahelpline.com');
    expect(r.text).not.toMatch(/988|999|024/);
  });

  it('falls back sensibly when the locale is missing or odd', () => {
    expect(resolveLocale(resources, undefined, 'en-GB')).toEqual({ language: 'en', region: 'GB' });
    expect(resolveLocale(resources, 'en_ie', 'en-US')).toEqual({ language: 'en', region: 'IE' });
  });

  it('carries a version and passes the output guard in every language and region', () => {
    for (const region of Object.keys(resources.regions)) {
      for (const language of Object.keys(resources.languages)) {
        for (const kind of ['urgent', 'repeat', 'resources', 'short', 'emergency'] as const) {
          const r = crisisReply(resources, kind, { locale: `${language}-${region}`, clinicLocale: 'en-US' });
          expect(r.version).toBe(resources.version);
          expect(checkOutput(r.text), `${kind} ${language}-${region}`).toEqual({ ok: true });
          expect(r.text).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });
});

describe('child lines', () => {
  it('a child at risk gets the region’s child line, in the patient’s language; none is made up where none is listed', () => {
    expect(childLines(resources, { locale: 'en-US', clinicLocale: 'en-US' })).toContain('1-800-422-4453');
    expect(childLines(resources, { locale: 'en-GB', clinicLocale: 'en-US' })).toContain('0800 1111');
    expect(childLines(resources, { locale: 'es-ES', clinicLocale: 'en-US' })).toContain('900 20 20 10');
    expect(childLines(resources, { locale: 'en-NZ', clinicLocale: 'en-NZ' })).toBeNull();
    for (const region of Object.values(resources.regions)) for (const line of Object.values(region.child ?? {})) expect(checkOutput(line).ok).toBe(true);
  });
});
