import { and, eq, inArray, or } from 'drizzle-orm';
import { auditEvents, clinicians, escalations, patients } from '../../../db/schema/index.js';
import type { Clinician } from '../../../escalation/roster.js';
import { clinicianByTeamsUser, onCallAt } from '../../../escalation/roster.js';
import type { Verb } from '../../clinician-actions.js';
import { performClinicianAction, relayClinicianMessage, VERBS } from '../../clinician-actions.js';
import { requestQuestionnaire } from '../../check-ins.js';
import { loadFacts } from '../../clinical/facts.js';
import { summarise } from '../../clinical/summary.js';
import type { Services } from '../../services.js';
import type { CardAction, ConversationRef, InboundActivity, TeamsLogic } from './bot-framework.js';
import { loadCardView } from './card-data.js';
import { escalationCard } from './cards.js';

const SUMMARY_DAYS = 14;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const HELP =
  'I page on-call clinicians when a patient may be in crisis. Escalations arrive here as cards: ' +
  'Acknowledge to take ownership, Take over to talk with the patient from this chat, Hand back to return them to the bot, Resolve to close with an outcome.\n\n' +
  'Commands: **help** · **on call?** (who is on call now) · **my open cases** · **summary P-7KQ4F** (a patient\'s progress-note draft, last 14 days) · **phq9 P-7KQ4F** / **gad7 P-7KQ4F** (ask them to fill it in)\n\n' +
  'While you have a conversation taken over, what you type here goes to the patient; start a command with / (e.g. /handback, /help).';

/** JSON with sorted keys and no undefined values: how jsonb gives a stored reference back. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

function simpleCard(text: string): Record<string, unknown> {
  return { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text, wrap: true }] };
}

/** What the bot does with what clinicians send it in Teams. */
export function teamsLogic(svc: Services): TeamsLogic {
  /** Keeps the clinician's conversation reference current, so pages can reach them proactively. */
  async function remember(clinician: Clinician, ref: ConversationRef): Promise<boolean> {
    const first = !clinician.teamsRef;
    if (!first && canonical(clinician.teamsRef) === canonical(ref)) return false;
    await svc.db.transaction(async (tx) => {
      await tx.update(clinicians).set({ teamsRef: ref }).where(eq(clinicians.id, clinician.id));
      await tx.insert(auditEvents).values({
        at: svc.clock.now(),
        actorType: 'clinician',
        actorId: clinician.id,
        action: first ? 'teams_linked' : 'teams_reference_updated',
        subjectType: 'clinician',
        subjectId: clinician.id,
      });
    });
    return first;
  }

  async function recognise(activity: InboundActivity): Promise<Clinician | null> {
    if (!activity.aadObjectId) return null;
    return clinicianByTeamsUser(svc.db, activity.aadObjectId);
  }

  async function onCall(): Promise<string> {
    const roster = await onCallAt(svc.db, svc.clock.now());
    if (!roster.length) return 'Nobody is on call right now. Escalations page every registered clinician until someone acknowledges.';
    return roster.map((r) => `Tier ${r.tier}: ${r.clinician.name}`).join('\n\n');
  }

  async function openCases(clinician: Clinician): Promise<string> {
    const rows = await svc.db
      .select({ id: escalations.id, status: escalations.status, level: escalations.level, pseudonym: patients.pseudonym, openedAt: escalations.openedAt })
      .from(escalations)
      .innerJoin(patients, eq(patients.id, escalations.patientId))
      .where(
        or(
          and(inArray(escalations.status, ['acknowledged', 'taken_over']), or(eq(escalations.acknowledgedBy, clinician.id), eq(escalations.takenOverBy, clinician.id))),
          inArray(escalations.status, ['open', 'paged']),
        ),
      );
    if (!rows.length) return 'You have no open cases, and nothing is waiting for acknowledgement.';
    return rows
      .map((r) => `${r.pseudonym}: ${r.level}, ${r.status.replace('_', ' ')} (opened ${r.openedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC)`)
      .join('\n\n');
  }

  async function command(clinician: Clinician, raw: string, reply: (t: string) => Promise<void>): Promise<boolean> {
    const t = raw.replace(/^\//, '').trim().toLowerCase().replace(/[?!.]+$/, '');
    const audit = (name: string) =>
      svc.db.insert(auditEvents).values({ at: svc.clock.now(), actorType: 'clinician', actorId: clinician.id, action: `teams_command:${name}`, subjectType: 'clinician', subjectId: clinician.id });
    if (t === 'help' || t === '') await reply(HELP);
    else if (t === 'on call' || t === 'who is on call' || t === 'oncall') {
      await audit('on_call');
      await reply(await onCall());
    } else if (t === 'my open cases' || t === 'cases' || t === 'my cases') {
      await audit('open_cases');
      await reply(await openCases(clinician));
    }
    else if (/^summary\b/.test(t)) {
      const who = t.replace(/^summary\s*(for|of)?\s*/, '').trim().toUpperCase();
      if (!who) {
        await reply('Whose summary? Type **summary** and the patient\'s pseudonym, e.g. summary P-7KQ4F.');
        return true;
      }
      const [patient] = await svc.db.select({ id: patients.id }).from(patients).where(eq(patients.pseudonym, who.startsWith('P-') ? who : `P-${who}`));
      if (!patient) {
        await reply(`No patient is called ${who}. Pseudonyms look like P-7KQ4F (on the escalation card).`);
        return true;
      }
      const now = svc.clock.now();
      const facts = await loadFacts(svc, patient.id, new Date(now.getTime() - SUMMARY_DAYS * 86_400_000), new Date(now.getTime() + 1));
      await svc.db.insert(auditEvents).values({ at: now, actorType: 'clinician', actorId: clinician.id, action: 'teams_command:summary', subjectType: 'patient', subjectId: patient.id });
      // Teams renders a single newline as a space: paragraphs need a blank line.
      await reply(facts ? summarise(facts).text.split('\n').join('\n\n') : 'That patient no longer exists.');
    } else if (/^(phq ?-?9|gad ?-?7)\b/.test(t)) {
      // "phq9 P-7KQ4F": the patient is asked to fill it in now.
      const instrument = t.startsWith('phq') ? 'phq9' : 'gad7';
      const who = t.replace(/^(phq ?-?9|gad ?-?7)\s*(for)?\s*/, '').trim().toUpperCase();
      const name = instrument === 'phq9' ? 'PHQ-9' : 'GAD-7';
      const [patient] = who ? await svc.db.select().from(patients).where(eq(patients.pseudonym, who.startsWith('P-') ? who : `P-${who}`)) : [];
      if (!patient) {
        await reply(who ? `No patient is called ${who}.` : `Whose? Type **${name.toLowerCase().replace('-', '')}** and the patient's pseudonym, e.g. ${name.toLowerCase().replace('-', '')} P-7KQ4F.`);
        return true;
      }
      const now = svc.clock.now();
      const asked = await svc.db.transaction(async (tx) => {
        const ok = await requestQuestionnaire(tx, patient, instrument, now);
        if (ok) await tx.insert(auditEvents).values({ at: now, actorType: 'clinician', actorId: clinician.id, action: 'teams_command:questionnaire', subjectType: 'patient', subjectId: patient.id, details: { instrument } });
        return ok;
      });
      if (asked) svc.kick();
      await reply(
        asked
          ? `${patient.pseudonym} has been asked to fill in the ${name}. Their score will be in **summary ${patient.pseudonym}**, and a separate card comes if it is worse.`
          : `${patient.pseudonym} can't be messaged now (not enrolled, opted out of SMS, or in a conversation with a clinician).`,
      );
    } else if (t === 'handback' || t === 'hand back') {
      const [esc] = await svc.db
        .select({ id: escalations.id })
        .from(escalations)
        .where(and(eq(escalations.takenOverBy, clinician.id), eq(escalations.status, 'taken_over')));
      if (!esc) await reply('You have no conversation taken over.');
      else {
        const r = await performClinicianAction(svc, { escalationId: esc.id, verb: 'handback', clinician });
        await reply(r.ok ? 'Handed back: the bot has the conversation again.' : (r.notice ?? 'Could not hand back.'));
      }
    } else return false;
    return true;
  }

  return {
    async onMessage(activity, reply) {
      const clinician = await recognise(activity);
      if (!clinician) {
        svc.log.info({ teamsUser: activity.aadObjectId ?? null }, 'Teams message from someone who is not a registered clinician');
        await reply(
          `Hello. I page the on-call clinicians of ${svc.config.CLINIC_NAME ?? 'this service'} about patients who may be in crisis. ` +
            `Your Teams account is not registered as a clinician here: ask your administrator to add you${activity.aadObjectId ? ` (your Entra object id is ${activity.aadObjectId})` : ''}.`,
        );
        return;
      }
      const first = await remember(clinician, activity.ref);
      const taken = await svc.db
        .select({ id: escalations.id })
        .from(escalations)
        .where(and(eq(escalations.takenOverBy, clinician.id), eq(escalations.status, 'taken_over')));
      if (taken.length && activity.text && !activity.text.startsWith('/')) {
        await relayClinicianMessage(svc, clinician, activity.text);
        return;
      }
      if (first) await reply(`Hello ${clinician.name}. You're set up to receive escalations here. Type **help** for what I can do.`);
      else if (!(await command(clinician, activity.text, reply))) await reply(HELP);
    },

    async onCardAction(activity, action: CardAction) {
      const clinician = await recognise(activity);
      if (!clinician) return simpleCard('Your Teams account is not registered as a clinician for this service.');
      await remember(clinician, activity.ref);
      const escalationId = typeof action.data.escalationId === 'string' && UUID.test(action.data.escalationId) ? action.data.escalationId : null;
      if (!escalationId) return simpleCard('This card is missing its escalation.');
      let notice: string | undefined;
      if ((VERBS as readonly string[]).includes(action.verb)) {
        const result = await performClinicianAction(svc, {
          escalationId,
          verb: action.verb as Verb,
          clinician,
          outcome: typeof action.data.outcome === 'string' ? action.data.outcome : undefined,
          note: typeof action.data.note === 'string' ? action.data.note : undefined,
        });
        notice = result.notice;
      } else if (action.verb !== 'refresh') notice = 'Unknown action.';
      const view = await loadCardView(svc, escalationId, notice);
      return view ? escalationCard(view) : simpleCard('This escalation no longer exists.');
    },
  };
}
