import { randomBytes } from 'node:crypto';
import { http, HttpResponse } from 'msw';

export interface SentSms {
  to: string;
  from?: string;
  messagingServiceSid?: string;
  body: string;
  statusCallback?: string;
  sid: string;
  auth: string | null;
}

/** msw handlers for Twilio's Messages API, recording what was sent; `fail` makes it answer errors for a while. */
export function twilioApi() {
  const sent: SentSms[] = [];
  let failures: Array<{ status: number; code?: number }> = [];
  const handlers = [
    http.post('https://api.twilio.com/2010-04-01/Accounts/:accountSid/Messages.json', async ({ request }) => {
      const failure = failures.shift();
      if (failure) {
        return HttpResponse.json(
          { code: failure.code ?? failure.status, message: 'fake failure', more_info: 'https://www.twilio.com/docs/errors', status: failure.status },
          { status: failure.status },
        );
      }
      const form = new URLSearchParams(await request.text());
      const sid = `SM${randomBytes(16).toString('hex')}`;
      sent.push({
        to: form.get('To') ?? '',
        from: form.get('From') ?? undefined,
        messagingServiceSid: form.get('MessagingServiceSid') ?? undefined,
        body: form.get('Body') ?? '',
        statusCallback: form.get('StatusCallback') ?? undefined,
        sid,
        auth: request.headers.get('authorization'),
      });
      return HttpResponse.json({ sid, status: 'queued', to: form.get('To'), body: form.get('Body'), num_segments: '1' }, { status: 201 });
    }),
  ];
  return {
    handlers,
    sent,
    to: (phone: string) => sent.filter((s) => s.to === phone).map((s) => s.body),
    fail(n: number, status: number, code?: number) {
      failures = Array.from({ length: n }, () => ({ status, ...(code !== undefined ? { code } : {}) }));
    },
  };
}

export type TwilioApi = ReturnType<typeof twilioApi>;
