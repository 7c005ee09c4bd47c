import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import type { TestRuntime } from './helpers.js';
import type { TwilioApi } from './msw/twilio.js';

export const SMS_CONFIG = {
  PUBLIC_URL: 'https://companion.example-clinic.org',
  TWILIO_ACCOUNT_SID: `AC${'1'.repeat(32)}`,
  TWILIO_AUTH_TOKEN: 'twilio-test-auth-token',
  TWILIO_FROM_NUMBER: '+15550009999',
};

export const newSid = () => `SM${randomBytes(16).toString('hex')}`;

/** Posts a webhook exactly as Twilio would: form-encoded, signed with twilio's own helper. */
export function twilioPost(rt: TestRuntime, path: string, params: Record<string, string>, options: { signature?: string; token?: string } = {}) {
  const signature = options.signature ?? twilio.getExpectedTwilioSignature(options.token ?? SMS_CONFIG.TWILIO_AUTH_TOKEN, `${SMS_CONFIG.PUBLIC_URL}${path}`, params);
  return rt.app.inject({
    method: 'POST',
    url: path,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
    payload: new URLSearchParams(params).toString(),
  });
}

/** A patient texting the service's number. */
export class SmsPatient {
  constructor(
    readonly rt: TestRuntime,
    readonly api: TwilioApi,
    readonly phone = `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`,
  ) {}

  text(body: string, sid = newSid(), extra: Record<string, string> = {}) {
    return twilioPost(this.rt, '/api/sms/inbound', { AccountSid: SMS_CONFIG.TWILIO_ACCOUNT_SID, MessageSid: sid, From: this.phone, To: SMS_CONFIG.TWILIO_FROM_NUMBER, Body: body, NumMedia: '0', ...extra });
  }

  /** Everything sent to this phone so far. */
  received(): string[] {
    return this.api.to(this.phone);
  }

  /** Texts, lets the background work run, returns what came back. */
  async say(body: string): Promise<string[]> {
    const before = this.received().length;
    const res = await this.text(body);
    if (res.statusCode !== 200) throw new Error(`inbound: ${res.statusCode} ${res.body}`);
    await this.rt.settle();
    return this.received().slice(before);
  }
}
