import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../bot/clock.js';
import type { TestRuntime } from './helpers.js';
import { startApp, WebPatient } from './helpers.js';
import { twilioApi } from './msw/twilio.js';
import { SMS_CONFIG, SmsPatient } from './sms.js';

const api = twilioApi();
const server = setupServer(...api.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const ADMIN_TOKEN = 'phone-link-admin-token-0123456789';
const CHECK_IN = /time for your check-in/i;

async function world(start = '2026-05-11T15:00:00Z', overrides: Record<string, string> = {}) {
  const clock = new ManualClock(new Date(start));
  const rt = await startApp({ ...SMS_CONFIG, ADMIN_TOKEN, SMS_ENROLMENT: 'open', ...overrides }, { clock });
  api.sent.length = 0;
  return { rt, clock };
}

function call(rt: TestRuntime, token: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) {
  return rt.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
}

/** The code in the last text sent to a number. */
function codeSentTo(phone: string): string {
  const text = api.to(phone).at(-1) ?? '';
  const code = /\b(\d{6})\b/.exec(text)?.[1];
  if (!code) throw new Error(`no code in ${JSON.stringify(text)}`);
  return code;
}

describe('a web patient links their phone number', () => {
  let rt: TestRuntime;
  afterEach(async () => {
    await rt?.close();
  });

  it('confirms it with a texted code; then texts and web are one conversation and check-ins come by text', async () => {
    const w = await world();
    rt = w.rt;
    const p = await WebPatient.create(rt, { locale: 'en-US', timezone: 'America/New_York' });
    await p.say('hi');
    await p.say('yes');
    await p.say('6');
    const phone = '+12025550143';

    const asked = await call(rt, p.token, 'POST', '/api/web/phone', { phone: '(202) 555-0143' });
    expect(asked.statusCode).toBe(202);
    expect(asked.json()).toMatchObject({ status: 'code_sent', phone: '•• 43' });
    await rt.settle();
    expect(api.to(phone)).toHaveLength(1);
    expect(api.to(phone)[0]).toMatch(/is your code to link this number/);
    const code = codeSentTo(phone);

    // A wrong code is refused and says how many tries are left; nothing is linked.
    const wrong = await call(rt, p.token, 'POST', '/api/web/phone/confirm', { code: code === '000000' ? '111111' : '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: { code: 'wrong_code', attemptsLeft: 4 } });
    expect((await call(rt, p.token, 'GET', '/api/web/phone')).json()).toMatchObject({ phone: null, pending: { phone: '•• 43' } });

    const ok = await call(rt, p.token, 'POST', '/api/web/phone/confirm', { code: `${code.slice(0, 3)} ${code.slice(3)}` });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ linked: true, phone: '•• 43', patientId: p.patientId });
    expect(ok.json()).not.toHaveProperty('token');
    await rt.settle();
    expect(api.to(phone).at(-1)).toMatch(/now linked .* Reply HELP for help, STOP to opt out/);
    expect((await p.replies()).at(-1)).toMatch(/number ending •• 43 is linked\. Check-ins will come by text/);
    expect((await call(rt, p.token, 'GET', '/api/web/phone')).json()).toEqual({ available: true, phone: '•• 43', optedOut: false, pending: null });

    // A text from that number is the same patient, mid-conversation: the answer comes by text and shows in the chat.
    const texter = new SmsPatient(rt, api, phone);
    const answer = await texter.say('can I do a breathing exercise?');
    expect(answer.join('\n')).toMatch(/breath/i);
    const chat = await p.messages();
    expect(chat.some((m) => m.direction === 'in' && m.text === 'can I do a breathing exercise?')).toBe(true);

    // Check-ins go by text now, even though the chat began on the web.
    const admin = (url: string, payload: object) => rt.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, payload });
    expect((await admin(`/api/admin/patients/${p.patientId}/check-in`, { time: '12:00' })).statusCode).toBe(204);
    w.clock.set('2026-05-12T16:05:00Z'); // 12:05 in New York
    await rt.settle();
    expect(api.to(phone).at(-1)).toMatch(CHECK_IN);
    const mood = await texter.say('7');
    expect(mood.join('\n')).toMatch(/Which word fits/);
    expect((await texter.say('calm')).join('\n')).toMatch(/calm/i);

    // Unlinked: nothing more by text; the next check-in waits in the chat.
    const before = api.to(phone).length;
    expect((await call(rt, p.token, 'DELETE', '/api/web/phone')).json()).toEqual({ phone: null });
    w.clock.set('2026-05-13T16:05:00Z');
    await rt.settle();
    expect(api.to(phone)).toHaveLength(before);
    expect((await p.replies()).join('\n')).toMatch(/no longer linked[\s\S]*time for your check-in/);
  });

  it('a number that already texted in: the browser carries on as that patient, with a new token', async () => {
    const w = await world();
    rt = w.rt;
    const phone = '+14155552671';
    const texter = new SmsPatient(rt, api, phone);
    await texter.say('hi');
    await texter.say('yes');
    await texter.say('4');

    const p = await WebPatient.create(rt, { locale: 'en-US', timezone: 'America/Los_Angeles' });
    await p.say('hello');
    expect((await call(rt, p.token, 'POST', '/api/web/phone', { phone: '+1 415 555 2671' })).statusCode).toBe(202);
    await rt.settle();
    const ok = await call(rt, p.token, 'POST', '/api/web/phone/confirm', { code: codeSentTo(phone) });
    expect(ok.statusCode).toBe(200);
    const body = ok.json<{ linked: true; patientId: string; token: string }>();
    expect(body.patientId).not.toBe(p.patientId);
    expect(body.token).toEqual(expect.any(String));

    // The old token is refused; the new one reads the conversation held by text, and carries it on.
    const old = await call(rt, p.token, 'GET', '/api/web/messages');
    expect(old.statusCode).toBe(401);
    expect(old.json()).toMatchObject({ error: { code: 'session_moved' } });
    const same = new WebPatient(rt, body.token, body.patientId);
    const history = await same.messages();
    expect(history.some((m) => m.direction === 'in' && m.text === '4')).toBe(true);
    expect(history.at(-1)?.text).toMatch(/You'd already texted us from it/);
    const reply = await same.say('sad');
    expect(reply.join('\n')).toMatch(/sad, with your mood at 4 out of 10/i);

    const list = await rt.app.inject({ method: 'GET', url: '/api/admin/patients', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    const merged = list.json<{ patients: Array<{ id: string; mergedInto: string | null }> }>().patients.find((x) => x.id === p.patientId);
    expect(merged?.mergedInto).toBe(body.patientId);
  });

  it('bad input, expired codes and floods get clear errors, and no one is texted a stream of codes', async () => {
    const w = await world();
    rt = w.rt;
    const p = await WebPatient.create(rt, { locale: 'en-US' });
    const post = (phone: unknown) => call(rt, p.token, 'POST', '/api/web/phone', { phone });
    expect((await post('12345')).json()).toMatchObject({ error: { code: 'invalid_phone' } });
    expect((await post(5551234)).statusCode).toBe(400);
    expect((await call(rt, p.token, 'POST', '/api/web/phone/confirm', { code: 'abc' })).statusCode).toBe(400);
    expect((await call(rt, p.token, 'POST', '/api/web/phone/confirm', { code: '123456' })).json()).toMatchObject({ error: { code: 'no_code' } });

    const phone = '+12025550199';
    expect((await post(phone)).statusCode).toBe(202);
    await rt.settle();
    const first = codeSentTo(phone);
    w.clock.advance(11 * 60_000);
    const late = await call(rt, p.token, 'POST', '/api/web/phone/confirm', { code: first });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: { code: 'no_code' } });

    expect((await post(phone)).statusCode).toBe(202);
    expect((await post(phone)).statusCode).toBe(202);
    const flood = await post(phone);
    expect(flood.statusCode).toBe(429);
    expect(flood.json()).toMatchObject({ error: { code: 'too_many_codes' } });
    // Another browser asking for the same number is held back too.
    const other = await WebPatient.create(rt, { locale: 'en-US' });
    expect((await call(rt, other.token, 'POST', '/api/web/phone', { phone })).statusCode).toBe(429);
    await rt.settle();
    // The second of the two in a row replaced the first before it went out: a dead code is not texted.
    expect(api.to(phone)).toHaveLength(2);

    // Five wrong tries spend the code.
    for (let i = 0; i < 5; i++) await call(rt, p.token, 'POST', '/api/web/phone/confirm', { code: '000001' });
    const spent = await call(rt, p.token, 'POST', '/api/web/phone/confirm', { code: codeSentTo(phone) });
    expect(spent.json()).toMatchObject({ error: { code: 'no_code' } });

    // Erasing the patient takes their codes with them.
    const erased = await rt.app.inject({ method: 'DELETE', url: `/api/admin/patients/${p.patientId}`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(erased.statusCode).toBe(200);
    expect(erased.json()).toMatchObject({ erased: { phoneLinks: 3 } });
  });

  it('without SMS configured, linking says so instead of pretending', async () => {
    const clock = new ManualClock(new Date('2026-05-11T15:00:00Z'));
    rt = await startApp({ ADMIN_TOKEN }, { clock });
    const p = await WebPatient.create(rt, { locale: 'en-US' });
    const res = await call(rt, p.token, 'POST', '/api/web/phone', { phone: '+12025550143' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'sms_not_configured' } });
    expect((await call(rt, p.token, 'GET', '/api/web/phone')).json()).toMatchObject({ available: false, phone: null });
  });
});
