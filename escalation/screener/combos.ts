/**
 * Layer 3: co-occurrence rules. A feature alone (a bridge question, "tonight's the night", a rope
 * bought, "won't need em") is not risk; together with distress, loss, a dark remark or means, in
 * this turn or in the patient's previous turns, it is. Derived features used here:
 *   risk.suicidal  - any suicide / self-harm family category fired in the turn
 *   topic.strong   - explicit suicidal topic or a category that implies it
 *   dark           - risk.suicidal, distress or loss
 */
import type { ComboRule } from './rule-types.js';

const MEANS_Q = ['q.height', 'q.train', 'q.dose', 'q.mix', 'q.method', 'q.acquire', 'q.broad'];
const DARK = ['dark'];
const TOPIC = ['topic.strong'];
const INTENT_HINT = ['intent.anaphor', 'intent.decided', 'intent.emphatic', 'plan.when', 'plan.where', 'intent.postponed'];
const MEANS_AT_HAND = ['means.ready', 'means.hidden', 'prep.acquire'];
const HTO_ACT = ['hto.intent', 'hto.vehicle', 'hto.imagining', 'hto.serious'];

export const COMBOS: readonly ComboRule[] = [
  // ---- means-seeking: a means question next to distress or loss (even a turn or two earlier)
  { id: 'es.want_it_dark', category: 'passive_ideation', all: [['es.want_it'], ['risk.suicidal']], fromContext: [1] },
  { id: 'means.after_distress', category: 'means_seeking', all: [MEANS_Q, [...DARK, 'ctx.rough']], fromContext: [1] },
  { id: 'means.self_purpose', category: 'means_seeking', all: [['q.dose_self']] },
  { id: 'means.lethality_question', category: 'ambiguous_needs_followup', all: [['q.dose', 'q.method']], unless: ['tone.academic', 'tone.media'] },
  // "for a story im writing. kinda": a cover taken back does not cover.
  { id: 'means.lethality_hedged', category: 'ambiguous_needs_followup', all: [['q.dose', 'q.method'], ['tone.hedged']] },
  // ---- intent: hints of decision or timing next to a suicidal topic or means at hand
  { id: 'intent.hint_with_topic', category: 'suicide_plan_intent', all: [INTENT_HINT, [...TOPIC, 'prep.note', 'farewell.final', 'prep.will']], fromContext: [1] },
  // A method thought out, a means named and a time: a plan ("sí pensé cómo. con las pastillas de mi mamá, el sábado").
  { id: 'plan.method_means_time', category: 'suicide_plan_intent', all: [['plan.method_thought'], ['means.meds_mention', ...MEANS_AT_HAND, 'exit.place', 'exit.at_height'], ['time.future', 'time.alone']], fromContext: [1] },
  // A wish to die with the means already at hand ("me quiero morir, ya tengo las pastillas").
  { id: 'intent.wish_means_ready', category: 'suicide_plan_intent', all: [['means.ready'], ['risk.suicidal_now']], fromContext: [1] },
  { id: 'plan.with_time_alone', category: 'suicide_plan_intent', all: [['plan.where', 'plan.when', 'means.ready', 'prep.acquire', 'intent.anaphor'], ['time.alone']] },
  { id: 'means.all_of_them', category: 'suicide_plan_intent', all: [['means.meds_mention'], ['quant.all'], ['time.future', 'farewell.token', 'farewell.final', 'dark', 'intent.take']], unless: ['attempt.mention', 'attempt.remote'] },
  { id: 'prep.will_and_letters', category: 'preparatory_behavior', all: [['prep.will'], ['prep.note', 'prep.letters', 'dark', 'prep.after_gone', 'prep.passwords', 'prep.if_something', 'prep.cancel_contracts']], fromContext: [1] },
  // Letters for the family left in a drawer "just in case", or with the bank code: letters for afterwards.
  { id: 'prep.note_left', category: 'preparatory_behavior', all: [['prep.note'], ['prep.left_somewhere', 'prep.passwords', 'prep.if_something']], fromContext: [1] },
  { id: 'prep.affairs_calm', category: 'preparatory_behavior', all: [['prep.passwords', 'prep.cancel_contracts', 'prep.give_away', 'prep.rehome_pet'], ['plan.calm', 'prep.if_something', 'prep.after_gone']], unless: ['tone.trip'] },
  { id: 'prep.instructions_death', category: 'preparatory_behavior', all: [['prep.left_somewhere', 'prep.passwords'], ['topic.own_death', 'farewell.read_later']], fromContext: [1] },
  { id: 'exit.at_height_dark', category: 'suicide_plan_intent', all: [['exit.at_height'], ['dark', 'intent.anaphor', 'farewell.token', 'time.future']], fromContext: [1] },
  { id: 'exit.at_height', category: 'ambiguous_needs_followup', all: [['exit.at_height']], unless: ['tone.trip'] },
  { id: 'intent.means_at_hand', category: 'suicide_plan_intent', all: [MEANS_AT_HAND, TOPIC], fromContext: [1] },
  {
    id: 'intent.ready_with_means',
    category: 'suicide_plan_intent',
    all: [['intent.anaphor', 'plan.when', 'plan.where'], ['means.ready', 'means.weapon_mention', 'means.fixation', 'prep.acquire', 'means.hidden']],
    fromContext: [1],
  },
  { id: 'intent.emphatic_act', category: 'suicide_plan_intent', all: [['intent.emphatic'], ['intent.anaphor']] },
  { id: 'plan.how_and_intent', category: 'suicide_plan_intent', all: [['plan.where'], ['intent.anaphor']] },
  { id: 'intent.postponed_act', category: 'suicide_plan_intent', all: [['intent.postponed'], ['intent.anaphor']] },
  { id: 'exit.place_time', category: 'suicide_plan_intent', all: [['exit.place'], ['time.future', 'intent.anaphor'], ['prep.note', 'dark', 'intent.anaphor']], fromContext: [2] },
  { id: 'absence.timed', category: 'suicide_plan_intent', all: [['care.absent'], ['time.future', 'plan.where', 'plan.when', 'means.ready']], unless: ['tone.trip'] },
  { id: 'means.weapon_alone', category: 'ambiguous_needs_followup', all: [['means.weapon_held'], ['alone.place']] },
  { id: 'prep.note_with_topic', category: 'preparatory_behavior', all: [['prep.note'], TOPIC], fromContext: [1] },
  { id: 'od.took_them_all', category: 'overdose_taken', all: [['od.took_all'], ['means.meds_mention', 'dark', 'farewell.token', 'farewell.final', 'farewell.thanks', 'tone.sorry']], fromContext: [1] },
  { id: 'od.whole_pack_of_meds', category: 'overdose_taken', all: [['od.whole_pack'], ['means.meds_mention']], fromContext: [1] },
  // A whole box, or an amount of pills or of a chemical named earlier, and the body reacting now.
  { id: 'od.whole_pack_symptoms', category: 'overdose_taken', all: [['od.whole_pack', 'od.quantity_after'], ['od.body_now', 'dark']], fromContext: [1] },
  { id: 'od.drank_named_toxic', category: 'overdose_taken', all: [['od.drank_some'], ['means.toxic_mention'], ['od.body_now', 'dark', 'tone.sorry']], fromContext: [1, 2] },
  { id: 'od.pills_done_signoff', category: 'overdose_taken', all: [['od.pills_done'], ['farewell.signoff', 'farewell.token', 'farewell.final', 'farewell.thanks', 'dark', 'tone.sorry']], fromContext: [1] },
  { id: 'od.took_meds_apologising', category: 'overdose_taken', all: [['od.took_meds_sorry'], ['act.done', 'farewell.final', 'farewell.token', 'dark', 'tone.sorry']], fromContext: [1] },
  { id: 'act.done_after_farewell', category: 'suicide_plan_intent', all: [['act.done'], ['farewell.token', 'farewell.final', 'topic.strong', 'means.ready', 'prep.acquire']], fromContext: [1] },
  { id: 'hto.weapon_and_harm', category: 'harm_to_others', all: [['hto.weapon_intent', 'hto.weapon_to_place'], ['hto.harm_mention', 'hto.intent', 'hto.veiled', 'hto.veiled_weak', 'hto.grievance', 'dark']], fromContext: [1] },
  // A veiled threat once the weapon is bought: the joke ends where acquiring starts.
  { id: 'hto.veiled_acquired', category: 'harm_to_others', all: [['hto.veiled_weak', 'hto.veiled'], ['prep.acquire', 'weapon.source', 'hto.arson_means']] },
  { id: 'hto.grievance_weapon_time', category: 'harm_to_others', all: [['hto.grievance'], ['means.weapon_mention'], ['time.future']], unless: ['tone.joke'] },
  { id: 'hto.intent_emphatic', category: 'harm_to_others', all: [['hto.intent', 'hto.serious'], ['intent.emphatic']], unless: ['hto.trivial'] },
  { id: 'hto.weapon_to_place', category: 'ambiguous_needs_followup', all: [['hto.weapon_to_place']] },
  // A veiled ending for someone ("he won't see it coming", "no llega al lunes", "they'll feel what i felt")
  // next to a weapon at hand or knowledge of the target (when they are alone, where they work).
  { id: 'hto.veiled_end_armed', category: 'harm_to_others', all: [['hto.veiled_end'], ['hto.factor', 'hto.watching', 'hto.armed', 'means.weapon_held', 'means.weapon_mention', 'prep.acquire']], fromContext: [0], unless: ['tone.media'] },
  // ... or next to a grievance or a loss (custody, a betrayal) and a date.
  { id: 'hto.veiled_end_grievance', category: 'harm_to_others', all: [['hto.veiled_end', 'hto.veiled_weak'], ['hto.grievance', 'ctx.loss'], ['time.future']], fromContext: [1], unless: ['tone.joke', 'tone.media'] },
  // A grievance, the target watched, and a weapon or a time: "he poisoned my cat... outside his house... the crowbar".
  { id: 'hto.grievance_watching', category: 'harm_to_others', all: [['hto.grievance', 'hto.veiled_end', 'hto.veiled_weak', 'ctx.loss'], ['hto.watching'], ['means.weapon_mention', 'means.weapon_held', 'hto.armed']], fromContext: [0], unless: ['tone.media'] },
  // A weapon brought once someone crosses a line ("if he says one more word... im bringing this knife").
  { id: 'hto.weapon_provoked', category: 'harm_to_others', all: [['hto.weapon_intent', 'hto.weapon_to_place'], ['hto.provocation', 'hto.conditional']] },
  // A weapon to be brought, "not joking", with a date or a grievance.
  { id: 'hto.weapon_emphatic', category: 'harm_to_others', all: [['hto.weapon_intent'], ['intent.emphatic'], ['time.future', 'hto.factor', 'hto.grievance']] },
  { id: 'plan.when_and_where', category: 'suicide_plan_intent', all: [['plan.when'], ['plan.where']] },
  // "so my mum isn't the one who finds me": being found, next to a decision or a time.
  { id: 'plan.found_decided', category: 'suicide_plan_intent', all: [['plan.found'], ['intent.decided', 'intent.decided_bare', 'intent.anaphor', 'plan.when', 'plan.where', 'time.future', 'time.countdown']], fromContext: [1] },
  { id: 'plan.found', category: 'ambiguous_needs_followup', all: [['plan.found']], unless: ['tone.media', 'tone.academic'] },
  { id: 'plan.marked_done', category: 'suicide_plan_intent', all: [['plan.marked_done'], ['plan.when', 'time.future', 'topic.strong']] },
  { id: 'intent.done_tonight', category: 'suicide_plan_intent', all: [['intent.emphatic'], ['time.future'], ['intent.done_bare', 'cat.ambiguous_needs_followup', 'topic.strong', 'dark']] },
  { id: 'plan.train_chosen', category: 'suicide_plan_intent', all: [['means.train_time'], ['intent.anaphor', 'farewell.final'], ['farewell.token', 'intent.anaphor', 'dark']] },
  { id: 'prep.acquire_emphatic', category: 'preparatory_behavior', all: [['prep.acquire'], ['intent.emphatic', 'intent.decided', 'intent.decided_bare']] },
  { id: 'plan.countdown', category: 'suicide_plan_intent', all: [['time.countdown'], ['farewell.final', 'cat.ambiguous_needs_followup', 'topic.strong', 'dark', 'plan.where', 'intent.anaphor']], unless: ['tone.trip'] },
  { id: 'plan.ready_timed', category: 'suicide_plan_intent', all: [['plan.where', 'means.ready'], ['time.future'], ['intent.emphatic', 'topic.strong', 'dark', 'farewell.final']] },
  { id: 'passive.envy_of_dead', category: 'passive_ideation', all: [['mood.envy_dead'], ['ctx.death_seen']], fromContext: [1] },
  { id: 'intent.decided_calm', category: 'ambiguous_needs_followup', all: [['intent.decided_bare', 'intent.decided'], ['plan.calm']] },
  { id: 'plan.calm_after_deciding', category: 'suicide_plan_intent', all: [['plan.when', 'plan.where'], ['plan.calm']] },
  { id: 'intent.postponed_with_time', category: 'suicide_plan_intent', all: [['intent.postpone_cond'], ['intent.anaphor', 'time.future']] },
  { id: 'intent.postponed_only', category: 'ambiguous_needs_followup', all: [['intent.postpone_cond']] },
  { id: 'exit.no_return', category: 'suicide_plan_intent', all: [['exit.no_return'], ['exit.place', 'time.future', 'dark']], fromContext: [1] },
  { id: 'exit.into_water', category: 'suicide_plan_intent', all: [['exit.place'], ['exit.water_entry']] },
  { id: 'exit.decided_leaving', category: 'suicide_plan_intent', all: [['intent.decided'], ['time.future'], ['exit.leave']] },
  { id: 'exit.no_return_only', category: 'ambiguous_needs_followup', all: [['exit.no_return']] },
  // ---- self-harm in progress or resolved urges across turns
  { id: 'sh.done_with_means', category: 'self_harm_active', all: [['sh.done_some'], ['sh.mention', 'sh.tool_at_hand']], fromContext: [1] },
  { id: 'sh.more_to_come', category: 'self_harm_active', all: [['sh.want_more'], ['sh.mention', 'sh.done_some', 'sh.tool_at_hand']], fromContext: [1], unless: ['sh.low_level'] },
  // Low-level injury and wanting more, or a clean streak and wanting to break it: an urge, not an act.
  { id: 'sh.want_after_minor', category: 'self_harm_urge', all: [['sh.want_more', 'sh.want_bare'], ['sh.low_level', 'sh.streak', 'sh.mention', 'means.weapon_mention', 'sh.tool_new']], fromContext: [1] },
  { id: 'sh.about_to_with_it', category: 'self_harm_active', all: [['sh.about_to'], ['sh.with_it', 'sh.tool_at_hand']], fromContext: [1] },
  { id: 'sh.tool_with_cover', category: 'self_harm_urge', all: [['sh.tool_new'], ['tone.cover', 'sh.want_bare', 'sh.want_more']], fromContext: [0, 1] },
  { id: 'sh.tool_and_urge', category: 'self_harm_active', all: [['sh.tool_at_hand'], ['sh.want_more', 'sh.done_some', 'cat.self_harm_urge', 'sh.about_to']], unless: ['sh.low_level'] },
  { id: 'sh.seeking_means', category: 'self_harm_urge', all: [['sh.acquire_more'], ['sh.mention', 'cat.self_harm_urge']], fromContext: [1] },
  { id: 'injury.self_inflicted', category: 'self_harm_active', all: [['injury.severe'], ['sh.mention', 'sh.past', 'sh.did_again', 'cat.self_harm_urge']], fromContext: [1] },
  { id: 'injury.bleeding', category: 'medical_emergency', all: [['injury.severe']] },
  // ---- goodbye / final message
  { id: 'goodbye.with_finality', category: 'goodbye_final_message', all: [['farewell.token', 'farewell.thanks'], ['farewell.final', 'farewell.nice_knowing']], unless: ['tone.trip'] },
  { id: 'goodbye.after_dark', category: 'goodbye_final_message', all: [['farewell.token'], ['farewell.thanks', 'farewell.final'], DARK], fromContext: [2], unless: ['tone.trip'] },
  // A message meant to be read later ("then my mum can read this one day: i love you").
  { id: 'goodbye.read_later', category: 'goodbye_final_message', all: [['farewell.read_later'], ['farewell.final', 'farewell.token', 'farewell.thanks', 'tone.sorry', 'prep.passwords', 'goodbye.explicit']] },
  { id: 'goodbye.cancel_care', category: 'goodbye_final_message', all: [['care.cancel'], ['care.absent', 'farewell.final']] },
  // ---- preparatory acts that need context to be read as preparation
  { id: 'prep.giving_away', category: 'preparatory_behavior', all: [['prep.give_away'], ['prep.no_need', 'dark']], fromContext: [1] },
  // Giving things away together with letters to everyone, a will, passwords left for someone, or "they'll
  // look after him better than me": putting affairs in order.
  { id: 'prep.giving_and_arranging', category: 'preparatory_behavior', all: [['prep.give_away'], ['prep.note', 'prep.will', 'prep.passwords', 'prep.better_with']], fromContext: [1] },
  // Letters to family followed by relief ("feel lighter now"): the calm after deciding.
  { id: 'prep.note_then_calm', category: 'preparatory_behavior', all: [['prep.note'], ['plan.calm']], fromContext: [1] },
  // A rope or a gun bought with a cover story ("don't worry it's for 'the garden'").
  { id: 'prep.acquire_with_cover', category: 'preparatory_behavior', all: [['prep.acquire'], ['tone.cover']], fromContext: [0] },
  // Means obtained and a question about how a method feels or works: method plus means.
  { id: 'prep.acquire_and_method', category: 'suicide_plan_intent', all: [['prep.acquire'], ['q.method', 'q.hurt', 'q.dose', 'q.dose_self', 'method.named']], fromContext: [1] },
  { id: 'method.pain_question', category: 'ambiguous_needs_followup', all: [['method.named'], ['q.hurt']], fromContext: [1] },
  // Giving belongings away and rehoming a pet: putting things in order.
  { id: 'prep.giving_and_rehoming', category: 'preparatory_behavior', all: [['prep.give_away', 'prep.no_need'], ['prep.rehome_pet'], ['tone.resigned', 'dark', 'prep.better_with', 'farewell.final']], fromContext: [0, 1, 2], unless: ['tone.trip'] },
  { id: 'prep.no_need_with_topic', category: 'preparatory_behavior', all: [['prep.no_need'], TOPIC], fromContext: [1] },
  // Doses skipped and "kept"/"guardadas" somewhere: stockpiling told without the word.
  { id: 'prep.hoard_skipped', category: 'preparatory_behavior', all: [['prep.hoard_anaphor'], ['prep.skip_dose', 'means.meds_mention']], fromContext: [1] },
  { id: 'prep.acquired_means', category: 'preparatory_behavior', all: [['prep.acquire'], DARK], fromContext: [1] },
  // ---- past attempt
  {
    id: 'attempt.with_current_distress',
    category: 'past_attempt_current_distress',
    all: [['attempt.mention'], ['distress.current', 'ctx.distress', 'risk.suicidal_now']],
    fromContext: [0, 1],
    unless: ['recovery.now'],
  },
  {
    id: 'attempt.bare_with_distress',
    category: 'past_attempt_current_distress',
    all: [['attempt.bare'], ['topic.attempt', 'topic.strong', 'ideation.again', 'attempt.bare_strong'], ['distress.current', 'ctx.distress', 'ideation.again']],
    fromContext: [1, 2],
    unless: ['recovery.now'],
  },
  { id: 'attempt.unplaced', category: 'past_attempt_current_distress', all: [['attempt.unplaced']], unless: ['recovery.now'] },
  // ---- abuse
  { id: 'abuse.past_with_distress', category: 'abuse_unclear_or_past', all: [['abuse.past'], ['distress.current']] },
  { id: 'abuse.past_with_access', category: 'abuse_unclear_or_past', all: [['abuse.past'], ['abuse.access', 'child.noun']], fromContext: [0] },
  { id: 'abuse.past_contact', category: 'abuse_unclear_or_past', all: [['abuse.past'], ['distress.current', 'abuse.contact_fear', 'ctx.distress']], fromContext: [0] },
  // ---- danger at home now: hiding from an armed or volatile partner or parent
  { id: 'da.armed_present', category: 'domestic_abuse', all: [['da.perp_armed'], ['da.perp_volatile', 'da.hiding', 'abuse.coercive', 'cat.abuse_unclear_or_past']], fromContext: [1] },
  { id: 'da.hiding_from_volatile', category: 'domestic_abuse', all: [['da.hiding'], ['da.perp_volatile']], fromContext: [1] },
  { id: 'da.hiding_from_armed', category: 'domestic_abuse', all: [['da.hiding'], ['da.perp_armed', 'da.perp_volatile', 'means.weapon_mention', 'cat.domestic_abuse']], fromContext: [1] },
  // ---- children
  { id: 'child.marks_silenced', category: 'child_safeguarding', all: [['child.marks_by_adult', 'child.injury_seen'], ['child.silenced', 'child.noun', 'child.self_age']], fromContext: [1] },
  { id: 'child.silenced_hurt', category: 'child_safeguarding', all: [['child.silenced'], ['child.abuse_act', 'child.injury_seen', 'child.marks_by_adult']], fromContext: [1] },
  { id: 'child.room_at_night', category: 'child_safeguarding', all: [['child.abuse_act'], ['child.parent_figure']] },
  { id: 'child.no_food_minor', category: 'child_safeguarding', all: [['child.no_food'], ['child.self_age', 'child.noun']], fromContext: [1] },
  { id: 'child.grooming_meeting', category: 'child_safeguarding', all: [['child.meet_alone'], ['child.grooming', 'child.abuse_act'], ['child.noun', 'child.self_age']], fromContext: [1, 2] },
  { id: 'child.disclosure', category: 'child_safeguarding', all: [['child.self_age'], ['child.abuse_act', 'cat.domestic_abuse', 'child.grooming']], fromContext: [0, 1] },
  // Shut in by a parent figure, and a child in the telling ("the little boy next door… his mum's boyfriend locks him in the garage").
  { id: 'child.locked_in_minor', category: 'child_safeguarding', all: [['child.locked_in'], ['child.noun', 'child.self_age']], fromContext: [1] },
  { id: 'child.parent_escalating', category: 'child_safeguarding', all: [['child.parent_harm'], ['child.injury']] },
  { id: 'child.injury_explained', category: 'child_safeguarding', all: [['child.injury_seen'], ['child.says_done_to']] },
  { id: 'child.parent_harm', category: 'abuse_unclear_or_past', all: [['child.parent_harm']] },
  { id: 'child.grooming_secret', category: 'child_safeguarding', all: [['child.grooming'], ['child.abuse_act']], fromContext: [0] },
  // ---- command hallucinations resolved across turns ("the messages are clear now" / "they want me to...")
  { id: 'cmd.voices_context', category: 'command_hallucinations', all: [['cmd.anaphor', 'cmd.order'], ['cmd.context']], fromContext: [1] },
  { id: 'intrusive.unwanted_urge', category: 'intrusive_harm_thoughts', all: [['intrusive.urge'], ['intrusive.dystonic']] },
  // ---- harm to others
  { id: 'hto.arson', category: 'harm_to_others', all: [['hto.arson_means'], ['hto.going_to_target', 'hto.harm_mention', 'dark', 'hto.veiled_weak', 'hto.veiled', 'hto.grievance']], fromContext: [1] },
  { id: 'hto.veiled_armed', category: 'harm_to_others', all: [['hto.veiled_weak', 'hto.conditional'], ['hto.factor', 'means.weapon_held']], unless: ['tone.joke'] },
  { id: 'hto.serious', category: 'harm_to_others', all: [['hto.serious']], unless: ['tone.joke'] },
  // "lucky i don't own a gun... my mate can sort me one by friday": the joke ends where acquiring starts.
  { id: 'hto.lucky_acquiring', category: 'harm_to_others', all: [['hto.lucky'], ['weapon.source', 'prep.acquire', 'hto.factor']] },
  { id: 'hto.veiled_weapon_time', category: 'harm_to_others', all: [['hto.veiled_weak'], ['means.weapon_mention'], ['time.future', 'hto.factor']], unless: ['tone.joke'] },
  { id: 'hto.serious_joking', category: 'ambiguous_needs_followup', all: [['hto.serious'], ['tone.joke']] },
  { id: 'hto.with_weapon_or_plan', category: 'harm_to_others', all: [HTO_ACT, ['hto.factor']], fromContext: [1] },
  { id: 'hto.with_timeline', category: 'harm_to_others', all: [HTO_ACT, ['time.future']], unless: ['tone.joke', 'hto.trivial'] },
  { id: 'hto.stated', category: 'ambiguous_needs_followup', all: [['hto.intent']], unless: ['tone.joke', 'hto.trivial'] },
  { id: 'med.anaphylaxis', category: 'medical_emergency', all: [['med.swelling'], ['med.allergen']] },
  { id: 'med.withdrawal', category: 'medical_emergency', all: [['med.withdrawal_signs'], ['med.withdrawal_ctx']], fromContext: [1] },
  { id: 'med.serotonin', category: 'medical_emergency', all: [['med.tox_signs'], ['med.serotonergic']], fromContext: [1] },
  // ---- eating disorder with medical danger (symptoms may come a turn after the behaviour)
  { id: 'ed.medical_danger', category: 'eating_disorder_crisis', all: [['ed.context', 'ed.severe_restriction'], ['ed.danger']], fromContext: [0, 1] },
  { id: 'ed.severe_restriction', category: 'disordered_eating', all: [['ed.severe_restriction']] },
  // Compensating for eating (burning it off, skipping the next meal) after a binge or with guilt, or to stay under a number.
  { id: 'ed.compensating', category: 'disordered_eating', all: [['ed.compensate'], ['ed.overate', 'ed.skip']], fromContext: [1] },
  { id: 'ed.skipping_with_guilt', category: 'disordered_eating', all: [['ed.skip'], ['ed.compensate']] },
];
