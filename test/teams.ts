import type { ManualClock } from '../bot/clock.js';
import type { TestRuntime } from './helpers.js';
import type { BotConnector } from './msw/bot-connector.js';
import { cardAction, teamsActivity } from './msw/bot-connector.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** Drives the operator API and Teams as an operator and clinicians would. */
export class TeamsWorld {
  constructor(
    readonly rt: TestRuntime,
    readonly connector: BotConnector,
    readonly clock: ManualClock,
  ) {}

  admin(method: 'GET' | 'POST', url: string, payload?: unknown) {
    return this.rt.app.inject({ method, url, headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, ...(payload ? { payload: payload as object } : {}) });
  }

  /** Registers a clinician on shift at `tier` who has said hi to the bot in Teams. */
  async clinician(name: string, tier: number | null, options: { phone?: string; greet?: boolean } = {}) {
    const aad = `aad-${name.replace(/\W/g, '')}-${Math.random().toString(36).slice(2, 8)}`;
    const res = await this.admin('POST', '/api/admin/clinicians', { name, teamsUserId: aad, ...(options.phone ? { phone: options.phone } : {}) });
    if (res.statusCode !== 201) throw new Error(`clinician: ${res.statusCode} ${res.body}`);
    const id = res.json<{ id: string }>().id;
    if (tier !== null) {
      const now = this.clock.now().getTime();
      const shift = await this.admin('POST', '/api/admin/shifts', {
        clinicianId: id,
        tier,
        startsAt: new Date(now - 3_600_000).toISOString(),
        endsAt: new Date(now + 12 * 3_600_000).toISOString(),
      });
      if (shift.statusCode !== 201) throw new Error(`shift: ${shift.statusCode} ${shift.body}`);
    }
    if (options.greet !== false) await this.say({ aad, name }, 'hi');
    return { id, aad, name, conversation: `a:conv-${aad}` };
  }

  activity(who: { aad: string; name?: string }, type: 'message' | 'invoke', extra: Record<string, unknown>, headers: Record<string, string> = {}) {
    return this.rt.app.inject({ method: 'POST', url: '/api/teams/messages', headers, payload: teamsActivity(who, type, extra) });
  }

  say(who: { aad: string; name?: string }, text: string) {
    return this.activity(who, 'message', { text });
  }

  /** Clicks a card button; returns the HTTP status and the card Teams would show in its place. */
  async click(who: { aad: string; name?: string }, verb: string, data: Record<string, unknown>) {
    const res = await this.activity(who, 'invoke', cardAction(verb, data));
    const body = res.body ? res.json<{ statusCode: number; type: string; value: Record<string, unknown> }>() : null;
    return { status: res.statusCode, card: body?.value ?? null, text: JSON.stringify(body?.value ?? {}) };
  }

  async escalations(status?: string) {
    const res = await this.admin('GET', `/api/admin/escalations${status ? `?status=${status}` : ''}`);
    return res.json<{ escalations: Array<{ id: string; patientId: string; status: string; tier: number; round: number; level: string; acknowledgedBy: string | null; outcome: string | null }> }>().escalations;
  }

  async escalation(id: string) {
    const res = await this.admin('GET', `/api/admin/escalations/${id}`);
    return res.json<{ status: string; tier: number; round: number; outcome: string | null; events: Array<{ type: string; tier: number | null; actorId: string | null; details: Record<string, unknown> | null }> }>();
  }

  /** Lets the ack timeout pass, then runs what is due. */
  async timeout(seconds = 301) {
    this.clock.advance(seconds * 1000);
    await this.rt.settle();
  }
}
