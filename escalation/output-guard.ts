/**
 * The output guard: every message the bot sends (scripted or generated) passes through it. It
 * blocks what a companion must never say: method or means details (heights, doses, lethality),
 * advice to stop medication, diagnoses, and promises the service cannot keep (a call back, a time).
 * It is deliberately conservative: a blocked message is replaced with a safe fallback and counted,
 * and a false block costs a plainer reply, not harm.
 */

export type GuardReason = 'means_detail' | 'stop_medication' | 'diagnosis' | 'unkeepable_promise';

export type GuardResult = { ok: true } | { ok: false; reason: GuardReason; rule: string };

interface Rule {
  id: string;
  reason: GuardReason;
  pattern: RegExp;
  /** When this matches, the rule does not apply (e.g. "don't stop your medication"). */
  unless?: RegExp;
}

const MEDS = String.raw`(?:meds|medications?|medicines?|antidepressants?|pills|tablets|prescriptions?|sertraline|fluoxetine|lithium|quetiapine|medicaci[oó]n|medicamentos?|pastillas|antidepresivos?)`;
const CONDITIONS = String.raw`(?:depression|major depressive|bipolar|bpd|borderline|ptsd|schizophreni\w*|psychosis|ocd|adhd|autism|(?:an? )?(?:anxiety|personality|eating|panic|mood) disorder|anorexia|bulimia|depresi[oó]n|trastorno \w+|esquizofrenia)`;

const RULES: readonly Rule[] = [
  // Means and method details.
  { id: 'means.lethal_dose', reason: 'means_detail', pattern: /\b(?:lethal|fatal|deadly|toxic|overdose)\s+(?:dose|amount|quantity|level)s?\b|\bdosis\s+(?:letal|mortal|t[oó]xica)\b/i },
  { id: 'means.dose_number', reason: 'means_detail', pattern: /\b\d+(?:[.,]\d+)?\s*(?:mg|g|grams?|milligrams?|tablets|pills|pastillas)\b[^.!?]{0,60}\b(?:kill|die|death|lethal|fatal|overdose|morir|letal|sobredosis)\b/i },
  { id: 'means.how_many', reason: 'means_detail', pattern: /\bhow (?:many|much)\b[^.!?]{0,40}\b(?:kill|die|fatal|lethal|overdose)\b|\bcu[aá]nt[oa]s?\b[^.!?]{0,40}\b(?:morir|matar|letal|sobredosis)\b/i },
  { id: 'means.height', reason: 'means_detail', pattern: /\b(?:\d+\s*(?:feet|ft|foot|meters?|metres?|m|storeys?|stories|floors?|metros|pisos))\b[^.!?]{0,50}\b(?:fall|jump|drop|survive|kill|die|lethal|fatal|caer|saltar|morir)\b|\b(?:fall|jump|drop|caer|saltar)\b[^.!?]{0,40}\b\d+\s*(?:feet|ft|meters?|metres?|m|storeys?|stories|floors?|metros|pisos)\b/i },
  { id: 'means.method', reason: 'means_detail', pattern: /\b(?:best|easiest|quickest|painless|surest|most effective|mejor|m[aá]s r[aá]pida|sin dolor)\b[^.!?]{0,30}\b(?:way|method|forma|manera|m[eé]todo)s?\b[^.!?]{0,30}\b(?:to die|to kill|of killing|of dying|suicide|morir|matarse|suicid\w*)\b/i },
  { id: 'means.instructions', reason: 'means_detail', pattern: /\b(?:tie|hang|cut|slit|mix|combine|crush|inject|atar|cortar|mezclar)\b[^.!?]{0,30}\b(?:noose|wrists?|veins?|artery|arteries|lethal|fatal|mu[nñ]ecas?|venas?)\b/i },
  { id: 'means.survivability', reason: 'means_detail', pattern: /\b(?:survivable|lethality|fatality rate|chance of (?:dying|death|survival)|probabilidad de morir)\b/i },
  // Medication advice.
  {
    id: 'meds.stop',
    reason: 'stop_medication',
    pattern: new RegExp(String.raw`\b(?:stop|quit|discontinue|come off|get off|skip|taper|cut down on|deja de tomar|dejar de tomar|suspende|suspender)\b[^.!?]{0,25}\b${MEDS}`, 'i'),
    unless: new RegExp(String.raw`\b(?:don'?t|do not|never|shouldn'?t|should not|without (?:talking|speaking|checking)|before (?:talking|speaking|checking)|no (?:dejes|suspendas)|sin (?:hablar|consultar))\b[^.!?]{0,40}\b(?:stop|quit|discontinue|come off|skip|dejar|dejes|suspend\w*|talk|speak|check|hablar|consultar)`, 'i'),
  },
  { id: 'meds.not_needed', reason: 'stop_medication', pattern: new RegExp(String.raw`\byou (?:don'?t|do not) (?:need|have to take|really need)\b[^.!?]{0,15}${MEDS}|\bno necesitas\b[^.!?]{0,15}${MEDS}`, 'i') },
  { id: 'meds.dose_change', reason: 'stop_medication', pattern: new RegExp(String.raw`\b(?:doubl\w*|halv\w*|increas\w*|decreas\w*|rais\w*|lower\w*|chang\w*|duplica\w*|aument\w*)\b[^.!?]{0,15}\b(?:your )?(?:dose|dosage|${MEDS})`, 'i'), unless: /\b(?:don'?t|do not|never|talk to|speak to|ask|check with|prescriber|doctor|GP|pharmacist|m[eé]dico|farmac[eé]utico)\b/i },
  // Diagnoses.
  { id: 'diagnosis.you_have', reason: 'diagnosis', pattern: new RegExp(String.raw`\byou(?:'ve| have| are suffering from| suffer from|'re suffering from| (?:probably|likely|clearly|definitely) have| might have| may have| seem to have)\s+(?:got\s+)?${CONDITIONS}`, 'i') },
  { id: 'diagnosis.you_are', reason: 'diagnosis', pattern: /\byou(?:'re| are)\s+(?:probably |clearly |definitely |likely )?(?:bipolar|schizophrenic|psychotic|clinically depressed|a narcissist|autistic|borderline)\b/i },
  { id: 'diagnosis.sounds_like', reason: 'diagnosis', pattern: new RegExp(String.raw`\b(?:sounds|looks|seems) like (?:you have |you've got |a case of |classic )?${CONDITIONS}|\bI (?:would )?diagnose\b|\byour diagnosis (?:is|would be)\b|\btienes\s+${CONDITIONS}`, 'i') },
  // Promises the service cannot keep.
  { id: 'promise.timed', reason: 'unkeepable_promise', pattern: /\b(?:will|'ll|is going to|are going to)\s+(?:call|phone|ring|text|contact|reach|see|visit|get back to|be with|respond to|reply to)\s+you\b[^.!?]{0,30}\b(?:in|within|by)\s+(?:\d+|a few|one|an|the next|the|half an)\s*(?:minutes?|mins?|hours?|hrs?|seconds?)\b/i },
  { id: 'promise.soon', reason: 'unkeepable_promise', pattern: /\b(?:will|'ll)\s+(?:call|phone|ring|text|contact|be with|get back to)\s+you\s+(?:shortly|soon|right away|immediately|straight away|asap|any minute)\b|\bte (?:llamar[aá]|contactar[aá]|escribir[aá])\b[^.!?]{0,20}\b(?:en \d+ minutos|enseguida|pronto|de inmediato)\b/i },
  { id: 'promise.on_way', reason: 'unkeepable_promise', pattern: /\b(?:help|someone|an ambulance|the police|a clinician|a doctor) (?:is|are) on (?:the|their|its|his|her) way\b|\bva(?:n)? en camino\b/i },
  { id: 'promise.guarantee', reason: 'unkeepable_promise', pattern: /\bI (?:promise|guarantee)\b|\b(?:guaranteed|100% (?:safe|confidential|private))\b|\bte (?:lo )?prometo\b/i },
  { id: 'promise.always_available', reason: 'unkeepable_promise', pattern: /\b(?:your )?(?:clinician|therapist|doctor|care team) (?:is|will be) (?:always )?available (?:24\/7|around the clock|at any time)\b/i },
];

export function checkOutput(text: string): GuardResult {
  const t = text.replace(/[\u2018\u2019]/g, "'");
  for (const rule of RULES) {
    if (rule.pattern.test(t) && !(rule.unless?.test(t) ?? false)) return { ok: false, reason: rule.reason, rule: rule.id };
  }
  return { ok: true };
}
