import type { EscalationLevel, EscalationStatus } from '../../../db/schema/index.js';

/**
 * The escalation card (Adaptive Card 1.5, Universal Actions). Pure: it renders a snapshot of an
 * escalation, so every clinician who sees a card sees the same state, and the invoke response for
 * a click is the same card re-rendered after the change.
 */
export interface CardView {
  escalationId: string;
  level: EscalationLevel;
  status: EscalationStatus;
  categories: string[];
  pseudonym: string;
  channel: string;
  openedAt: Date;
  now: Date;
  tier: number;
  round: number;
  /** The messages that led to it, oldest first: the trigger last. Minimum necessary, cut short. */
  transcript: Array<{ who: 'patient' | 'bot' | 'clinician'; text: string; at: Date }>;
  cssrs: Record<string, boolean> | null;
  acknowledgedBy: string | null;
  takenOverBy: string | null;
  resolvedBy: string | null;
  outcome: string | null;
  /** Between sessions, the last 14 days: scores, homework, check-ins (no message text). */
  between: string[];
  /** A line for the clinician who clicked (e.g. "Dr B already has this"). */
  notice?: string | undefined;
}

export const OUTCOME_LABELS: Record<string, string> = {
  safety_plan_reviewed: 'Safety plan reviewed with the patient',
  emergency_services_contacted: 'Emergency services contacted',
  no_risk_found: 'Assessed: no current risk',
  referred: 'Referred for urgent care',
  patient_unreachable: 'Patient could not be reached',
  other: 'Other (see note)',
};

export const CSSRS_LABELS: Record<string, string> = {
  wishDead: 'Wished to be dead (past month)',
  thoughts: 'Thoughts of killing themselves',
  method: 'Thought about how',
  intent: 'Intent to act',
  plan: 'Worked out a plan',
  behavior: 'Ever prepared or acted',
  behaviorRecent: '…within the past 3 months',
};

const MAX_QUOTE = 280;

function label(category: string): string {
  return category.replaceAll('_', ' ').replace(/^\w/, (c) => c.toUpperCase());
}

function ago(from: Date, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - from.getTime()) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${minutes % 60} min ago`;
}

function statusLine(v: CardView): string {
  switch (v.status) {
    case 'open':
      return 'Open: not yet paged';
    case 'paged':
      return v.round > 0 ? `Paging everyone on call (round ${v.round}) — unacknowledged` : `Paging tier ${v.tier} — unacknowledged`;
    case 'acknowledged':
      return `Acknowledged by ${v.acknowledgedBy ?? 'a clinician'}`;
    case 'taken_over':
      return `${v.takenOverBy ?? 'A clinician'} is talking with the patient`;
    case 'resolved':
      return `Resolved by ${v.resolvedBy ?? 'a clinician'}: ${OUTCOME_LABELS[v.outcome ?? ''] ?? v.outcome ?? ''}`;
    default:
      return v.status satisfies never;
  }
}

function execute(title: string, verb: string, escalationId: string, style?: 'positive' | 'destructive') {
  return { type: 'Action.Execute', title, verb, data: { escalationId }, ...(style ? { style } : {}) };
}

function resolveAction(escalationId: string) {
  return {
    type: 'Action.ShowCard',
    title: 'Resolve…',
    card: {
      type: 'AdaptiveCard',
      body: [
        {
          type: 'Input.ChoiceSet',
          id: 'outcome',
          label: 'Outcome',
          isRequired: true,
          errorMessage: 'Choose an outcome to resolve the escalation',
          choices: Object.entries(OUTCOME_LABELS).map(([value, title]) => ({ title, value })),
        },
        { type: 'Input.Text', id: 'note', label: 'Note for the record (optional)', isMultiline: true, maxLength: 500 },
      ],
      actions: [{ ...execute('Resolve', 'resolve', escalationId, 'positive'), associatedInputs: 'auto' }],
    },
  };
}

function actionsFor(v: CardView): object[] {
  switch (v.status) {
    case 'open':
    case 'paged':
      return [execute('Acknowledge', 'acknowledge', v.escalationId, 'positive'), execute('Take over chat', 'takeover', v.escalationId)];
    case 'acknowledged':
      return [execute('Take over chat', 'takeover', v.escalationId, 'positive'), resolveAction(v.escalationId)];
    case 'taken_over':
      return [execute('Hand back to bot', 'handback', v.escalationId), resolveAction(v.escalationId)];
    case 'resolved':
      return [];
    default:
      return v.status satisfies never;
  }
}

export function escalationCard(v: CardView): Record<string, unknown> {
  const urgent = v.level === 'urgent';
  const body: object[] = [
    {
      type: 'Container',
      style: v.status === 'resolved' ? 'good' : urgent ? 'attention' : 'warning',
      bleed: true,
      items: [
        {
          type: 'TextBlock',
          text: `${urgent ? 'URGENT' : 'Review (not urgent)'} · patient ${v.pseudonym}`,
          weight: 'Bolder',
          size: 'Large',
          wrap: true,
        },
        { type: 'TextBlock', text: statusLine(v), wrap: true, spacing: 'Small' },
      ],
    },
    {
      type: 'FactSet',
      facts: [
        { title: 'Risk', value: v.categories.length ? v.categories.map(label).join(', ') : v.level },
        { title: 'Channel', value: v.channel === 'sms' ? 'SMS' : 'Web chat' },
        { title: 'Opened', value: `${ago(v.openedAt, v.now)} ({{DATE(${v.openedAt.toISOString().replace(/\.\d+Z$/, 'Z')}, SHORT)}} {{TIME(${v.openedAt.toISOString().replace(/\.\d+Z$/, 'Z')})}})` },
        { title: 'Paged', value: v.round > 0 ? `all on call, round ${v.round}` : v.tier > 0 ? `tier ${v.tier}` : 'not yet' },
      ],
    },
  ];
  if (v.transcript.length) {
    body.push({ type: 'TextBlock', text: 'What was said', weight: 'Bolder', spacing: 'Medium' });
    for (const m of v.transcript) {
      const text = m.text.length > MAX_QUOTE ? `${m.text.slice(0, MAX_QUOTE)}…` : m.text;
      body.push({
        type: 'TextBlock',
        text: `${m.who === 'patient' ? v.pseudonym : m.who === 'clinician' ? 'Clinician' : 'Bot'}: ${text}`,
        wrap: true,
        spacing: 'Small',
        ...(m.who === 'patient' ? {} : { isSubtle: true }),
      });
    }
  }
  if (v.cssrs && Object.keys(v.cssrs).length) {
    body.push({ type: 'TextBlock', text: 'Safety questions (C-SSRS screen)', weight: 'Bolder', spacing: 'Medium' });
    body.push({
      type: 'FactSet',
      facts: Object.entries(v.cssrs).map(([k, yes]) => ({ title: CSSRS_LABELS[k] ?? k, value: yes ? 'Yes' : 'No' })),
    });
  }
  if (v.between.length) {
    body.push({ type: 'TextBlock', text: 'Between sessions (last 14 days)', weight: 'Bolder', spacing: 'Medium' });
    for (const line of v.between) body.push({ type: 'TextBlock', text: line, wrap: true, spacing: 'Small' });
    body.push({ type: 'TextBlock', text: `Type **summary ${v.pseudonym}** for the progress-note draft.`, wrap: true, spacing: 'Small', isSubtle: true });
  }
  if (v.notice) body.push({ type: 'TextBlock', text: v.notice, color: 'Attention', wrap: true, weight: 'Bolder' });
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    msteams: { width: 'Full' },
    body,
    actions: actionsFor(v),
  };
}

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
