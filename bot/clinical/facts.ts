import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import type { FieldCrypto } from '../../db/field-crypto.js';
import type { EscalationLevel, EscalationStatus } from '../../db/schema/index.js';
import { checkInSchedules, escalations, messages, patients, questionnaireResponses, screenings, turnEvents } from '../../db/schema/index.js';
import type { Instrument, Severity } from '../../graph/questionnaires.js';
import { severityOf } from '../../graph/questionnaires.js';
import { cssrsOf } from '../../escalation/open.js';

/**
 * What the companion knows about a patient over a period, read back from the database and
 * decrypted: the one source for the summary, the patient list, the escalation card's summary line
 * and the FHIR export, so they never disagree. Pure reads; the caller audits.
 */

export interface Score {
  /** The record it was read from. */
  id: string;
  score: number;
  at: Date;
  /** PHQ-9 / GAD-7 band; absent for mood. */
  severity?: Severity;
}

export interface ScoreTrend {
  /** Every score in the period, oldest first. */
  series: Score[];
  latest: Score | null;
  /** The score before the latest one (it may be from before the period). */
  previous: Score | null;
  /** latest − previous, or null without both. */
  change: number | null;
}

export interface QuestionnaireRecord {
  id: string;
  instrument: Instrument;
  at: Date;
  score: number;
  severity: Severity;
  /** Answers by item number (1-based), null for an item left out. */
  answers: Record<string, number | null>;
  /** The unscored "how difficult" answer (0–3), when given. */
  difficulty: number | null;
  /** PHQ-9 item 9 was above 0, or unclear after asking twice. */
  item9: 'positive' | 'unclear' | null;
}

export interface EscalationFact {
  id: string;
  level: EscalationLevel;
  status: EscalationStatus;
  categories: string[];
  source: string;
  openedAt: Date;
  resolvedAt: Date | null;
  outcome: string | null;
  /** When a clinician was first paged (null: nobody has been). */
  firstPagedAt: Date | null;
  /** Paging found nobody on call or registered to page. */
  nobodyToPage: boolean;
  /** The safety questions (C-SSRS screen) answered so far. */
  cssrs: Record<string, boolean> | null;
  /** The patient's message that opened it, cut short. */
  trigger: { text: string; at: Date } | null;
}

export interface PlannedActivity {
  activity: string;
  at: Date | null;
  /** How it went, once asked. */
  outcome: 'done' | 'partly' | 'not_done' | null;
}

export interface PatientFacts {
  patient: typeof patients.$inferSelect;
  from: Date;
  to: Date;
  phq9: ScoreTrend;
  gad7: ScoreTrend;
  mood: ScoreTrend;
  /** Completed PHQ-9 and GAD-7 (all time, oldest first): the FHIR export's QuestionnaireResponses. */
  questionnaires: QuestionnaireRecord[];
  /** Screenings of the patient's messages in the period, by level. */
  screenings: { concern: number; urgent: number };
  /** Escalations opened in the period, and any still active whenever they opened; oldest first. */
  escalations: EscalationFact[];
  /** Homework and exercises in the period. */
  exercises: {
    thoughtRecords: number;
    activitiesPlanned: number;
    activitiesDone: number;
    activitiesPartly: number;
    activitiesNotDone: number;
    problemSolving: number;
    worryTime: number;
    thinkingTraps: number;
    safetyPlanUpdated: Date | null;
    sleepPlans: number;
    /** Shorter exercises (breathing, grounding …) done with a mood rating before and after. */
    other: Record<string, number>;
  };
  /** Activities planned in the period, soonest first (at most five). */
  activities: PlannedActivity[];
  /** The check-in schedule now (local time, days, on or off, paused until). */
  schedule: { localTime: string; days: string; active: boolean; pausedUntil: Date | null } | null;
  /** Check-ins sent in the period and how many the patient answered (wrote back within 12 hours). */
  checkIns: { sent: number; answered: number; unansweredInARow: number };
  /** A few of the patient's own words from their homework, newest first, cut short. */
  quotes: Array<{ text: string; from: string; at: Date }>;
  lastMessageAt: Date | null;
  /** The enrolment intake, latest (all time): what the patient told the bot about themselves, or that they put it off. */
  intake: Intake | null;
}

export interface Intake {
  at: Date;
  declined: boolean;
  preferredName: string | null;
  helpWith: string | null;
  goals: string | null;
  /** The daily check-in time they chose ("HH:MM"), or null. */
  checkInTime: string | null;
}

const ANSWER_WINDOW_MS = 12 * 3_600_000;
const OWN_RECORD = new Set(['thought_record', 'problem_solving', 'worry_time', 'thinking_traps', 'sleep_wind_down', 'activation', 'activity_review']);
const QUOTE_MAX = 140;
const QUOTES = 2;

type Reader = { db: Tx; crypto: Pick<FieldCrypto, 'decrypt'> };

function trend(all: Score[], from: Date): ScoreTrend {
  const latest = all.at(-1) ?? null;
  const previous = all.at(-2) ?? null;
  return { series: all.filter((s) => s.at >= from), latest, previous, change: latest && previous ? latest.score - previous.score : null };
}

function cut(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= QUOTE_MAX ? t : `${t.slice(0, QUOTE_MAX - 1).trimEnd()}…`;
}

const isInstrument = (v: string): v is Instrument => v === 'phq9' || v === 'gad7';

/** Reads everything about one patient for the period [from, to]. Null when there is no such patient. */
export async function loadFacts({ db, crypto }: Reader, patientId: string, from: Date, to: Date): Promise<PatientFacts | null> {
  const [patient] = await db.select().from(patients).where(eq(patients.id, patientId));
  if (!patient) return null;
  const [schedule] = await db.select().from(checkInSchedules).where(eq(checkInSchedules.patientId, patientId));
  const [records, screened, escs, checkIns, inbound] = await Promise.all([
    db
      .select({ r: questionnaireResponses })
      .from(questionnaireResponses)
      .leftJoin(messages, eq(messages.id, questionnaireResponses.messageId))
      .where(and(eq(questionnaireResponses.patientId, patientId), lte(questionnaireResponses.createdAt, to)))
      .orderBy(asc(questionnaireResponses.createdAt), sql`${messages.seq} asc nulls first`)
      .then((rows) => rows.map((x) => x.r)),
    db
      .select({ level: screenings.level })
      .from(screenings)
      .innerJoin(messages, eq(messages.id, screenings.messageId))
      .where(and(eq(messages.patientId, patientId), gte(messages.createdAt, from), lte(messages.createdAt, to), inArray(screenings.level, ['concern', 'urgent']))),
    db.select().from(escalations).where(eq(escalations.patientId, patientId)).orderBy(asc(escalations.openedAt)),
    db
      .select({ at: turnEvents.createdAt, event: turnEvents.event, detail: turnEvents.detail })
      .from(turnEvents)
      .where(and(eq(turnEvents.patientId, patientId), inArray(turnEvents.event, ['checkin', 'questionnaire']), gte(turnEvents.createdAt, from), lte(turnEvents.createdAt, to)))
      .orderBy(asc(turnEvents.createdAt)),
    db
      .select({ at: messages.createdAt })
      .from(messages)
      .where(and(eq(messages.patientId, patientId), eq(messages.direction, 'in'), lte(messages.createdAt, to)))
      .orderBy(asc(messages.createdAt)),
  ]);

  const scores: Record<'phq9' | 'gad7' | 'mood', Score[]> = { phq9: [], gad7: [], mood: [] };
  const questionnaires: QuestionnaireRecord[] = [];
  const exercises: PatientFacts['exercises'] = {
    thoughtRecords: 0,
    activitiesPlanned: 0,
    activitiesDone: 0,
    activitiesPartly: 0,
    activitiesNotDone: 0,
    problemSolving: 0,
    worryTime: 0,
    thinkingTraps: 0,
    safetyPlanUpdated: null,
    sleepPlans: 0,
    other: {},
  };
  const quotes: PatientFacts['quotes'] = [];
  const activities: PlannedActivity[] = [];
  let intake: Intake | null = null;
  for (const r of records) {
    const score = r.scoreEnc === null ? null : Number(crypto.decrypt(r.scoreEnc));
    const items = JSON.parse(crypto.decrypt(r.itemsEnc)) as Record<string, unknown>;
    const at = r.createdAt;
    if (isInstrument(r.instrument) && score !== null) {
      const severity = severityOf(r.instrument, score);
      scores[r.instrument].push({ id: r.id, score, at, severity });
      const answers = (items.answers ?? {}) as Record<string, number | null>;
      questionnaires.push({
        id: r.id,
        instrument: r.instrument,
        at,
        score,
        severity,
        answers,
        difficulty: typeof items.difficulty === 'number' ? items.difficulty : null,
        item9: items.item9 === 'positive' || items.item9 === 'unclear' ? items.item9 : null,
      });
      continue;
    }
    // The mood after an exercise is a rating on the same 0–10 scale as a check-in's.
    if ((r.instrument === 'mood' || r.instrument === 'exercise_mood') && score !== null) scores.mood.push({ id: r.id, score, at });
    if (r.instrument === 'intake') {
      const text = (k: string) => (typeof items[k] === 'string' && (items[k] as string).trim() ? (items[k] as string) : null);
      // A later record (the name put right at the menu) adds to the earlier one rather than replacing it.
      const before = intake as Intake | null;
      const merged: Omit<Intake, 'at' | 'declined'> = {
        preferredName: text('preferredName') ?? before?.preferredName ?? null,
        helpWith: text('helpWith') ?? before?.helpWith ?? null,
        goals: text('goals') ?? before?.goals ?? null,
        checkInTime: text('checkInTime') ?? before?.checkInTime ?? null,
      };
      // Put off, and nothing told since.
      const putOff: boolean = (items.declined === true || before?.declined === true) && Object.values(merged).every((v) => v === null);
      intake = { at: before?.at ?? at, declined: putOff, ...merged };
      continue;
    }
    if (at < from) continue;
    switch (r.instrument) {
      case 'thought_record':
        exercises.thoughtRecords += 1;
        for (const [key, from] of [['balanced', 'balanced thought'], ['thought', 'thought record']] as const) {
          const text = items[key];
          if (typeof text === 'string' && text.trim()) quotes.unshift({ text: cut(text), from, at });
        }
        break;
      case 'activation_plan':
        exercises.activitiesPlanned += 1;
        if (typeof items.activity === 'string' && items.activity.trim()) {
          activities.push({ activity: cut(items.activity), at: typeof items.at === 'string' ? new Date(items.at) : null, outcome: null });
        }
        break;
      case 'activation_review': {
        const outcome = items.outcome === 'done' || items.outcome === 'partly' || items.outcome === 'not_done' ? items.outcome : null;
        if (outcome === 'done') exercises.activitiesDone += 1;
        else if (outcome === 'partly') exercises.activitiesPartly += 1;
        else if (outcome === 'not_done') exercises.activitiesNotDone += 1;
        const plan = activities.find((a) => typeof items.activity === 'string' && a.activity === cut(items.activity));
        if (plan) plan.outcome = outcome;
        break;
      }
      case 'problem_solving':
        if (!items.changedOption) exercises.problemSolving += 1;
        break;
      case 'worry_time':
        if (!items.added && !items.moved) exercises.worryTime += 1;
        break;
      case 'thinking_traps':
        exercises.thinkingTraps += 1;
        break;
      case 'safety_plan':
        exercises.safetyPlanUpdated = at;
        break;
      case 'sleep_wind_down':
        exercises.sleepPlans += 1;
        break;
      case 'exercise_mood': {
        // Exercises with their own record are counted there (a thought record's mood is not a second one).
        const name = typeof items.exercise === 'string' ? items.exercise : 'exercise';
        if (!OWN_RECORD.has(name)) exercises.other[name] = (exercises.other[name] ?? 0) + 1;
        break;
      }
      default:
        break;
    }
  }

  // Scheduled check-ins only (a questionnaire offered in their place counts; one the care team asked for does not).
  const scheduled = checkIns.filter((c) => c.event === 'checkin' || !c.detail?.endsWith(':clinician'));
  // A check-in counts as answered when the patient wrote within 12 hours of it (and before the next one).
  let answered = 0;
  let unansweredInARow = 0;
  scheduled.forEach((c, i) => {
    const until = Math.min(c.at.getTime() + ANSWER_WINDOW_MS, scheduled[i + 1]?.at.getTime() ?? Infinity);
    const replied = inbound.some((m) => m.at.getTime() > c.at.getTime() && m.at.getTime() <= until);
    if (replied) {
      answered += 1;
      unansweredInARow = 0;
    } else unansweredInARow += 1;
  });

  return {
    patient,
    from,
    to,
    phq9: trend(scores.phq9, from),
    gad7: trend(scores.gad7, from),
    mood: trend(scores.mood, from),
    questionnaires,
    screenings: { concern: screened.filter((s) => s.level === 'concern').length, urgent: screened.filter((s) => s.level === 'urgent').length },
    escalations: await Promise.all(
      escs
        .filter((e) => e.status !== 'resolved' || (e.openedAt >= from && e.openedAt <= to) || (e.resolvedAt !== null && e.resolvedAt >= from))
        .map(async (e) => {
          const [m] = e.triggerMessageId ? await db.select({ bodyEnc: messages.bodyEnc, at: messages.createdAt }).from(messages).where(eq(messages.id, e.triggerMessageId)) : [];
          return {
            id: e.id,
            level: e.level,
            status: e.status,
            categories: e.categories,
            source: e.source,
            openedAt: e.openedAt,
            resolvedAt: e.resolvedAt,
            outcome: e.outcome,
            firstPagedAt: e.firstPagedAt,
            nobodyToPage: e.firstPagedAt === null && e.nobodyToPageAt !== null,
            cssrs: cssrsOf(e, crypto),
            trigger: m ? { text: cut(crypto.decrypt(m.bodyEnc)), at: m.at } : null,
          };
        }),
    ),
    activities: activities
      .sort((a, b) => (a.at?.getTime() ?? Infinity) - (b.at?.getTime() ?? Infinity))
      .slice(0, 5),
    exercises,
    checkIns: { sent: scheduled.length, answered, unansweredInARow },
    schedule: schedule ? { localTime: schedule.localTime, days: schedule.days, active: schedule.active, pausedUntil: schedule.pausedUntil && schedule.pausedUntil > to ? schedule.pausedUntil : null } : null,
    quotes: quotes.slice(0, QUOTES),
    lastMessageAt: inbound.at(-1)?.at ?? null,
    intake,
  };
}

const BAND_ORDER: readonly Severity[] = ['minimal', 'mild', 'moderate', 'moderately_severe', 'severe'];

/**
 * A score worse enough to tell the clinician: up 5 or more on the last one, or a move into the
 * moderately severe or severe band (from a lower band, or as the first score there is).
 */
export function worsening(instrument: Instrument, latest: number, previous: number | null): { rise: number | null; band: Severity; intoHighBand: boolean } | null {
  const band = severityOf(instrument, latest);
  const rank = (s: Severity) => BAND_ORDER.indexOf(s);
  const rise = previous === null ? null : latest - previous;
  const intoHighBand = rank(band) >= rank('moderately_severe') && (previous === null || rank(band) > rank(severityOf(instrument, previous)));
  if ((rise !== null && rise >= 5) || intoHighBand) return { rise, band, intoHighBand };
  return null;
}
