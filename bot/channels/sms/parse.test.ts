import { describe, expect, it } from 'vitest';
import { keywordOf, normalisePhone, parseInboundSms } from './parse.js';

describe('SMS keywords', () => {
  it('recognises the opt-out, opt-in and help words alone, in any case', () => {
    for (const w of ['STOP', 'stop', ' Stop ', 'STOPALL', 'unsubscribe', 'Cancel', 'END', 'quit', 'OPTOUT', 'revoke', 'stop.']) expect(keywordOf(w), w).toBe('stop');
    for (const w of ['START', 'unstop', 'Yes']) expect(keywordOf(w), w).toBe('start');
    for (const w of ['HELP', 'info']) expect(keywordOf(w), w).toBe('help');
  });

  it('treats the same words inside a sentence as ordinary text', () => {
    for (const w of ['please stop', 'I want to stop feeling like this', 'help me', 'yes I did', 'the end']) expect(keywordOf(w), w).toBeNull();
  });
});

describe('Twilio inbound parsing', () => {
  const base = { MessageSid: `SM${'a'.repeat(32)}`, From: '+15551234567', To: '+15550000000', NumMedia: '0' };
  it('reads text, media-only and invalid posts', () => {
    expect(parseInboundSms({ ...base, Body: 'hi' })).toMatchObject({ kind: 'text', body: 'hi' });
    expect(parseInboundSms({ ...base, Body: '', NumMedia: '2' })).toMatchObject({ kind: 'media', numMedia: 2 });
    expect(parseInboundSms({ ...base, MessageSid: 'x', Body: 'hi' })).toMatchObject({ kind: 'invalid' });
    expect(parseInboundSms({ ...base, Body: '' })).toMatchObject({ kind: 'invalid' });
  });

  it('normalises phone numbers before hashing', () => {
    expect(normalisePhone('+1 (555) 123-4567')).toBe('+15551234567');
    expect(normalisePhone('15551234567')).toBe('+15551234567');
  });
});
