import type { Severity } from '../../graph/questionnaires.js';
import { CSSRS_LABELS, OUTCOME_LABELS } from '../channels/teams/cards.js';
import type { PatientFacts, Score, ScoreTrend } from './facts.js';

/**
 * A progress-note draft from the facts alone: a deterministic template (no LLM), in English for the
 * clinician, marked as a draft for their review. Every number in it is one of the facts; the
 * patient's own words appear only as short quotes from their homework.
 */

const SEVERITY: Record<Severity, string> = { minimal: 'minimal', mild: 'mild', moderate: 'moderate', moderately_severe: 'moderately severe', severe: 'severe' };

export const DRAFT_HEADING = 'DRAFT progress note for clinician review (written by the companion from its records; not a clinical assessment)';

const day = (d: Date) => d.toISOString().slice(0, 10);
/** "Thu 10 Dec 18:30" in the patient's zone. */
const localTime = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d).replace(',', '');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function scoreLine(name: string, max: number, t: ScoreTrend): string {
  if (!t.latest) return `${name}: not completed yet.`;
  const band = (s: Score) => (s.severity ? ` (${SEVERITY[s.severity]})` : '');
  let line = `${name}: ${t.latest.score}/${max}${band(t.latest)} on ${day(t.latest.at)}`;
  if (t.previous && t.change !== null) line += `; ${signed(t.change)} from ${t.previous.score}${band(t.previous)} on ${day(t.previous.at)}`;
  else line += '; the first one';
  if (t.series.length > 2) line += `. In this period: ${t.series.map((s) => s.score).join(' → ')}`;
  return `${line}.`;
}

function moodLine(t: ScoreTrend): string {
  if (!t.series.length) return t.latest ? `Mood (0–10): no ratings in this period; last ${t.latest.score} on ${day(t.latest.at)}.` : 'Mood (0–10): no ratings yet.';
  const scores = t.series.map((s) => s.score);
  const mean = Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
  return `Mood (0–10): ${plural(scores.length, 'rating')}, average ${mean}, lowest ${Math.min(...scores)}, latest ${t.latest!.score} on ${day(t.latest!.at)}${scores.length > 1 ? ` (first in period ${scores[0]})` : ''}.`;
}

function safetyLines(f: PatientFacts): string[] {
  const lines: string[] = [];
  const s = f.screenings;
  lines.push(s.concern + s.urgent ? `Screening: ${plural(s.urgent, 'message')} screened urgent and ${s.concern} of concern.` : 'Screening: no message screened as a risk.');
  for (const e of f.escalations) {
    const state = e.status === 'resolved' ? `resolved${e.outcome ? `: ${(OUTCOME_LABELS[e.outcome] ?? e.outcome).toLowerCase()}` : ''}` : `${e.status.replace('_', ' ')}, still active`;
    const paged = e.firstPagedAt ? `a clinician was paged ${day(e.firstPagedAt)}` : e.nobodyToPage ? 'NOBODY HAS BEEN PAGED (no clinician on call or registered)' : 'not paged yet';
    let line = `Escalation (${e.level}, ${e.categories.join(', ').replaceAll('_', ' ') || 'no category'}) opened ${day(e.openedAt)}: ${state}; ${paged}.`;
    if (e.trigger) line += ` They wrote: "${e.trigger.text}".`;
    const answers = Object.entries(e.cssrs ?? {});
    if (answers.length) line += ` Safety questions: ${answers.map(([k, yes]) => `${(CSSRS_LABELS[k] ?? k).toLowerCase()}: ${yes ? 'yes' : 'no'}`).join('; ')}.`;
    lines.push(line);
  }
  const item9 = f.questionnaires.filter((q) => q.item9 && q.at >= f.from);
  if (item9.length) lines.push(`PHQ-9 item 9 (thoughts of being better off dead or of self-harm): ${item9.map((q) => `${q.item9} on ${day(q.at)}`).join(', ')}; the safety questions followed.`);
  return lines;
}

function homeworkLine(f: PatientFacts): string {
  const x = f.exercises;
  const parts: string[] = [];
  if (x.thoughtRecords) parts.push(plural(x.thoughtRecords, 'thought record'));
  if (x.activitiesPlanned || x.activitiesDone || x.activitiesPartly || x.activitiesNotDone) {
    const named = f.activities.map((a) => `"${a.activity}"${a.at ? ` for ${localTime(a.at, f.patient.timezone)}` : ''}${a.outcome ? ` (${a.outcome.replace('_', ' ')})` : ''}`);
    parts.push(`${plural(x.activitiesPlanned, 'activity', 'activities')} planned (${x.activitiesDone} done, ${x.activitiesPartly} partly, ${x.activitiesNotDone} not done)${named.length ? `: ${named.join(', ')}` : ''}`);
  }
  if (x.problemSolving) parts.push(plural(x.problemSolving, 'problem-solving plan'));
  if (x.worryTime) parts.push(plural(x.worryTime, 'worry-time session'));
  if (x.thinkingTraps) parts.push(`thinking traps ×${x.thinkingTraps}`);
  if (x.sleepPlans) parts.push(plural(x.sleepPlans, 'sleep wind-down plan'));
  for (const [name, n] of Object.entries(x.other)) parts.push(`${name.replaceAll('_', ' ')} ×${n}`);
  if (x.safetyPlanUpdated) parts.push(`safety plan written or updated ${day(x.safetyPlanUpdated)}`);
  return parts.length ? `Exercises and homework: ${parts.join('; ')}.` : 'Exercises and homework: none in this period.';
}

function checkInLine(f: PatientFacts): string {
  const c = f.checkIns;
  const s = f.schedule;
  const days = s ? (s.days.length === 7 ? 'daily' : s.days === '12345' ? 'weekdays' : `days ${s.days} (0 = Sunday)`) : '';
  const schedule = !s ? 'none scheduled' : !s.active ? `turned off (was ${days} at ${s.localTime})` : `${days} at ${s.localTime} local${s.pausedUntil ? `, paused by the patient until ${day(s.pausedUntil)}` : ''}`;
  if (!c.sent) return `Check-ins: ${schedule}; none sent in this period.`;
  let line = `Check-ins: ${schedule}; ${c.answered} of ${plural(c.sent, 'check-in')} answered`;
  if (c.unansweredInARow >= 2) line += `; the last ${c.unansweredInARow} unanswered`;
  return `${line}.`;
}

const cutTo = (t: string, n: number) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);
const quoted = (t: string) => `"${cutTo(t, 200)}"`;

/** What the patient told the bot at enrolment, and whether they agreed to summaries. */
function intakeLines(f: PatientFacts): string[] {
  const p = f.patient;
  const consent =
    p.shareSummaries === null
      ? 'Summaries: not asked (enrolled before the question).'
      : `Summaries: ${p.shareSummaries ? 'agreed' : 'declined'} by the patient${p.shareSummariesAt ? ` on ${day(p.shareSummariesAt)}` : ''}.`;
  const i = f.intake;
  if (!i) return [consent, 'Intake: not done yet.'];
  if (i.declined) return [consent, `Intake: put off by the patient on ${day(i.at)}.`];
  const parts = [
    i.preferredName ? `goes by ${quoted(i.preferredName)}` : null,
    i.helpWith ? `wants help with ${quoted(i.helpWith)}` : null,
    i.goals ? `goals ${quoted(i.goals)}` : null,
    i.checkInTime ? `chose a daily check-in at ${i.checkInTime}` : 'no daily check-in chosen at intake',
  ].filter((x): x is string => x !== null);
  return [consent, `Intake (${day(i.at)}): ${parts.join('; ')}.`];
}

/** The patient said no to summaries: what is left is what the bot told them goes to the care team regardless. */
export const DECLINED = 'The patient chose not to have summaries shared: their scores, exercises and words are left out of this draft. Safety events are below.';

export interface Summary {
  draft: true;
  from: string;
  to: string;
  text: string;
}

/** The progress-note draft for a period. */
export function summarise(f: PatientFacts): Summary {
  const p = f.patient;
  // A patient enrolled during the period: it starts when they did.
  const from = p.createdAt > f.from && p.createdAt <= f.to ? p.createdAt : f.from;
  const days = Math.max(1, Math.round((f.to.getTime() - from.getTime()) / 86_400_000));
  const heading = [
    DRAFT_HEADING,
    `Patient ${p.pseudonym} (${p.lastChannel === 'sms' ? 'SMS' : 'web chat'}, ${p.locale}), enrolled ${day(p.createdAt)}. Period ${day(from)} to ${day(f.to)} (${plural(days, 'day')}); last message from them ${f.lastMessageAt ? day(f.lastMessageAt) : 'never'}.`,
  ];
  if (p.shareSummaries === false) return { draft: true, from: from.toISOString(), to: f.to.toISOString(), text: [...heading, DECLINED, ...safetyLines(f)].join('\n') };
  const lines = [
    ...heading,
    ...intakeLines(f),
    scoreLine('PHQ-9', 27, f.phq9),
    scoreLine('GAD-7', 21, f.gad7),
    moodLine(f.mood),
    ...safetyLines(f),
    homeworkLine(f),
    checkInLine(f),
  ];
  if (f.quotes.length) lines.push(`In their words: ${f.quotes.map((q) => `"${q.text}" (${q.from}, ${day(q.at)})`).join('; ')}.`);
  return { draft: true, from: from.toISOString(), to: f.to.toISOString(), text: lines.join('\n') };
}

/** A few lines for an escalation card: what they told the intake, latest scores and their direction, homework, check-ins. */
export function cardLines(f: PatientFacts): string[] {
  if (f.patient.shareSummaries === false) return ['The patient chose not to share summaries between sessions.'];
  const part = (name: string, t: ScoreTrend) =>
    t.latest ? `${name} ${t.latest.score}${t.latest.severity ? ` (${SEVERITY[t.latest.severity]})` : ''}${t.change !== null ? ` ${signed(t.change)}` : ''} on ${day(t.latest.at)}` : null;
  const scores = [part('PHQ-9', f.phq9), part('GAD-7', f.gad7), part('Mood', f.mood)].filter((x): x is string => x !== null);
  const i = f.intake;
  const told = i && !i.declined ? [i.preferredName ? `goes by ${quoted(i.preferredName)}` : null, i.helpWith ? `wants help with ${quoted(cutTo(i.helpWith, 120))}` : null].filter(Boolean) : [];
  return [...(told.length ? [`Intake: ${told.join('; ')}.`] : []), scores.length ? `Scores: ${scores.join(' · ')}` : 'Scores: none yet.', homeworkLine(f), checkInLine(f)];
}
