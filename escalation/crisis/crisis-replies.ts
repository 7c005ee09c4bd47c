import { readFileSync } from 'node:fs';
import { z } from 'zod';

const text = z.string().min(1);
const perLanguage = z.record(z.string(), text);

const resourcesSchema = z.object({
  id: z.literal('crisis-resources'),
  version: text,
  status: z.enum(['draft', 'approved']),
  reviewed_by: z.string().nullable(),
  reviewed_at: z.string().nullable(),
  regions: z.record(
    z.string(),
    // `child`: a line for children at risk and adults worried about a child, where the region has one.
    // `numbers`: the lines' numbers as the widget links them (each must appear in `lines`); `headline`:
    // the always-visible link to them ("In crisis? Call or text 988").
    z.object({
      emergency: z.union([text, perLanguage]),
      lines: perLanguage,
      child: perLanguage.optional(),
      numbers: z.array(z.object({ number: text, call: z.boolean().optional(), text: z.boolean().optional(), keyword: text.optional() }).strict()),
      headline: perLanguage,
    }),
  ),
  languages: z.record(
    z.string(),
    z.object({ urgent: text, repeat: text, urgent_unstaffed: text, repeat_unstaffed: text, resources: text, short: text, lines: text, emergency: text, default_clinic: text }),
  ),
  default_region_for_language: z.record(z.string(), z.string()),
});

export type CrisisResources = z.infer<typeof resourcesSchema>;
export type CrisisReplyKind = 'urgent' | 'repeat' | 'urgent_unstaffed' | 'repeat_unstaffed' | 'resources' | 'short' | 'lines' | 'emergency';
/** The fixed replies to a message found urgent (the rest are resources woven into other text). */
export const CRISIS_REPLY_KINDS = ['urgent', 'repeat', 'urgent_unstaffed', 'repeat_unstaffed'] as const satisfies readonly CrisisReplyKind[];

/**
 * Which fixed crisis reply is true now: the full one for a new (or newly urgent) escalation, the
 * short one while it is already open; and, when no clinician is on shift, the wording that says
 * nobody is on call and the crisis line is the way to reach someone now.
 */
export function crisisReplyKind(fresh: boolean, onCall: boolean): (typeof CRISIS_REPLY_KINDS)[number] {
  if (onCall) return fresh ? 'urgent' : 'repeat';
  return fresh ? 'urgent_unstaffed' : 'repeat_unstaffed';
}

export interface CrisisReply {
  text: string;
  /** The content version, stored with what was sent. */
  version: string;
  region: string;
  language: string;
}

const FALLBACK_REGION = 'INTL';
const FALLBACK_LANGUAGE = 'en';

/** Loads and validates the vetted crisis content; throws at start-up if the file is malformed. */
export function loadCrisisResources(path = new URL('./resources.json', import.meta.url)): CrisisResources {
  const parsed = resourcesSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  for (const [region, r] of Object.entries(parsed.regions)) {
    for (const lang of Object.keys(parsed.languages)) {
      if (!r.lines[lang]) throw new Error(`crisis resources: region ${region} has no lines in ${lang}`);
      if (typeof r.emergency !== 'string' && !r.emergency[lang]) throw new Error(`crisis resources: region ${region} has no emergency wording in ${lang}`);
      if (!r.headline[lang]) throw new Error(`crisis resources: region ${region} has no headline in ${lang}`);

    }
  }
  for (const [region, r] of Object.entries(parsed.regions)) {
    for (const n of r.numbers) if (!Object.values(r.lines).some((l) => l.includes(n.number))) throw new Error(`crisis resources: region ${region}'s number ${n.number} is in none of its lines`);
  }
  if (!parsed.regions[FALLBACK_REGION] || !parsed.languages[FALLBACK_LANGUAGE]) throw new Error('crisis resources: the INTL region and English are required');
  return parsed;
}

function splitLocale(locale: string | undefined): { language?: string; region?: string } {
  const [language, region] = (locale ?? '').replace('_', '-').split('-');
  return { language: language?.toLowerCase() || undefined, region: region?.toUpperCase() || undefined };
}

/**
 * Picks the resources for a patient. Region: the patient's own if known; if the patient's locale
 * names no region, the clinic's (from its default locale), then the language's usual one; a region
 * we have no numbers for gets the international directory rather than another country's numbers.
 */
export function resolveLocale(resources: CrisisResources, locale: string | undefined, clinicLocale: string): { language: string; region: string } {
  const patient = splitLocale(locale);
  const clinic = splitLocale(clinicLocale);
  const language = patient.language && resources.languages[patient.language] ? patient.language : FALLBACK_LANGUAGE;
  let region = patient.region ?? clinic.region ?? resources.default_region_for_language[language];
  if (!region || !resources.regions[region]) region = FALLBACK_REGION;
  return { language, region };
}

export function crisisReply(
  resources: CrisisResources,
  kind: CrisisReplyKind,
  options: { locale: string | undefined; clinicLocale: string; clinic?: string | undefined },
): CrisisReply {
  const { language, region } = resolveLocale(resources, options.locale, options.clinicLocale);
  const r = resources.regions[region]!;
  const templates = resources.languages[language]!;
  const emergency = typeof r.emergency === 'string' ? r.emergency : r.emergency[language]!;
  const filled = templates[kind]
    .replaceAll('{lines}', r.lines[language]!)
    .replaceAll('{emergency}', emergency)
    .replaceAll('{clinic}', options.clinic ?? templates.default_clinic);
  return { text: filled, version: resources.version, region, language };
}

/** The region's line for children at risk (and adults worried about a child), in the patient's language; null where none is listed. */
export function childLines(resources: CrisisResources, options: { locale: string | undefined; clinicLocale: string }): string | null {
  const { language, region } = resolveLocale(resources, options.locale, options.clinicLocale);
  return resources.regions[region]?.child?.[language] ?? null;
}

/** A number as a patient's phone dials or texts it: `tel:` and `sms:` links. */
export interface CrisisNumber {
  number: string;
  tel?: string;
  sms?: string;
}

export interface CrisisContacts {
  /** The always-visible link's words, e.g. "In crisis? Call or text 988". */
  headline: string;
  /** The full resources sentence, as the bot says it. */
  text: string;
  numbers: CrisisNumber[];
  /** The emergency number(s), e.g. 911; none for the international fallback. */
  emergency: CrisisNumber[];
}

const dial = (n: string) => n.replace(/[^\d+]/g, '');

/** The crisis lines for a locale in a form a page can link: every number as `tel:` / `sms:`. */
export function crisisContacts(resources: CrisisResources, options: { locale: string | undefined; clinicLocale: string }): CrisisContacts {
  const { language, region } = resolveLocale(resources, options.locale, options.clinicLocale);
  const r = resources.regions[region]!;
  const emergency = typeof r.emergency === 'string' ? r.emergency : '';
  return {
    headline: r.headline[language]!,
    text: crisisReply(resources, 'resources', options).text,
    // Only the numbers this language's wording gives (a text line may serve English speakers only).
    numbers: r.numbers.filter((n) => r.lines[language]!.includes(n.number)).map((n) => ({
      number: n.number,
      ...(n.call ? { tel: `tel:${dial(n.number)}` } : {}),
      ...(n.text ? { sms: `sms:${dial(n.number)}${n.keyword ? `?body=${encodeURIComponent(n.keyword)}` : ''}` } : {}),
    })),
    emergency: (emergency.match(/\d+/g) ?? []).map((n) => ({ number: n, tel: `tel:${n}` })),
  };
}
