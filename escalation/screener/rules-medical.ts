/**
 * Eating disorders (medical danger = urgent; restriction, bingeing, purging = concern) and
 * non-psychiatric medical emergencies raised in the chat. Emergencies need a first-person or
 * present-tense frame ("i'm having", "my friend won't wake up"); psychoeducation questions
 * ("what are the signs of a stroke?") do not match.
 */
import { alt, gap, rx } from './pattern.js';
import { HIST, NEG, QUOTE, SELF, rule } from './rule-types.js';
import type { PatternRule } from './rule-types.js';

const ED_CONTEXT = alt(
  'restrict\\w*', 'purg\\w*', '(?:throwing|threw|throw) up (?:everything|all|anything) i eat', '(?:throwing|threw|throw) up after', 'making myself (?:sick|throw up)', 'made myself (?:sick|throw up)', 'binge\\w*',
  'calories', 'cals', 'kcal', 'laxatives?', 'diet pills', 'slimming pills', 'fasting', 'not eating', '(?:havent|hadnt|not) eaten', 'starving myself',
  'weigh(?:ed|ing)? myself', '(?:only|just) (?:had|drunk|drank|been having) (?:water|coffee|tea)', 'days without (?:food|water|eating|drinking|anything)', 'lose weight', 'losing weight', 'anorexi\\w*', 'bulimi\\w*', 'ed relapse', 'eating disorder', 'skipping meals', 'meal plan',
  'vomit(?:ing)? after', 'pastillas para adelgazar', 'laxantes', 'vomitar', 'dejar de comer', 'no he comido', 'no como', 'atracon\\w*', 'calorias', 'adelgazar',
  'purgar', 'ayuno', 'anorexia', 'bulimia', 'sin comer',
);
const ED_DANGER = alt(
  'fainted', 'fainting', 'faint', 'passed out', 'passing out', 'collapsed', 'blacked out', 'black(?:ing)? out', 'vision (?:went|goes|going|keeps going) (?:grey|gray|black|dark|white|blurry)',
  'chest (?:pain|hurts|pains|is tight|tightness)', 'heart (?:racing|pounding|skipping|fluttering|beating (?:really |so |very )?(?:fast|slow|weird)|feels (?:weird|slow|funny)|rate (?:is )?(?:\\d\\d|really low|so low|very low))',
  'pulse (?:is )?(?:really |so |very )?(?:slow|low|weak|\\d\\d)', '(?:throwing|threw|vomiting|vomited|coughing) up blood', 'blood in (?:my |the )?(?:vomit|sick|stool)',
  'blood when i (?:purge|throw up|vomit)', 'cant stand up', 'hit my head', 'seizure', 'confused', 'cant feel my', 'heart (?:is )?(?:going|doing) (?:crazy|weird)',
  'me desmaye', 'desmayo', 'desmayos', 'me late (?:rapidisimo|muy rapido|muy lento|rarisimo)', 'el corazon (?:me late|a mil|acelerado)', 'dolor de pecho', 'me duele el pecho',
  'vomito sangre', 'vomitando sangre', 'sangre (?:al vomitar|en el vomito)', 'no me puedo levantar', 'taquicardia', 'me siento muy mal',
);
const DAYS_NO_FOOD = alt(
  `(?:only (?:had|drunk|drank|been having)|nothing but|just (?:had|drunk|drank)) (?:water|coffee|diet coke|black coffee|tea)${gap(2)}(?:for|in) (?:[4-9]|\\d\\d|four|five|six|seven|a week|over a week|days)`,
  `(?:havent|hadnt|have not|not|didnt|did not|barely) (?:eaten|eat|had (?:any )?food|had anything)${gap(3)}(?:in|for) (?:[4-9]|\\d\\d|four|five|six|seven|eight|nine|ten|a week|over a week|weeks|days and days)(?: days| whole days)?`,
  '(?:llevo|ya van|van|hace) (?:[4-9]|\\d\\d|cuatro|cinco|seis|siete|ocho|una semana) dias sin comer', `no (?:he comido|como)${gap(3)}(?:en|desde hace) (?:[4-9]|\\d\\d|cuatro|cinco|seis|siete|una semana)(?: dias)?`,
);

export const MEDICAL_RULES: readonly PatternRule[] = [
  // ---- eating disorders
  rule('ed.context', null, rx(ED_CONTEXT), NEG | QUOTE),
  rule('ed.danger', null, rx(ED_DANGER), NEG | QUOTE),
  rule('ed.days_no_food', 'eating_disorder_crisis', rx(DAYS_NO_FOOD), SELF | HIST),
  rule('ed.pill_overdose', 'eating_disorder_crisis', rx(alt(`(?:took|taken|swallowed|have taken)${gap(3)}(?:too many|a lot of|loads of|a whole (?:box|bottle|pack) of|all (?:of )?(?:my|the)|extra|\\d{2}|double)${gap(2)}(?:laxatives|diet pills|slimming pills|water pills|diuretics)`, `(?:tome|me tome|trague)${gap(3)}(?:pastillas para adelgazar|laxantes|diureticos)${gap(3)}de mas`, `(?:tome|me tome|trague)${gap(2)}(?:muchos|muchas|demasiados|demasiadas|una caja de|todo el)${gap(2)}(?:laxantes|pastillas para adelgazar|diureticos)`)), SELF | HIST),
  rule('ed.severe_restriction', null, rx(alt('(?:on|eating|eat|only|about|under|less than|barely|around)(?: eat| eating| have| having| like)? (?:[1-9]\\d|[1-5]\\d\\d) (?:calories|cals|kcal)(?: a| per| each)? day', '(?:[2-9]|two|three|four|five) days without (?:water|drinking)', '(?:[1-9]\\d|[1-5]\\d\\d) (?:calorias|kcal) al dia')), NEG),
  rule(
    'ed.disordered',
    'disordered_eating',
    rx(
      alt(
        'only (?:let myself |allow myself to |allowed to )?eat (?:after|before|once|one meal|at night|if)', 'not allowed to eat', 'skip(?:ping)? (?:meals|lunch|breakfast|dinner) (?:to|so)',
        'restricting', 'purging', '(?:made|make|making) myself (?:sick|throw up|vomit)', '(?:throw|throwing|threw) up after (?:eating|meals|dinner|lunch|i eat|binge)',
        '(?:using|use|used|taking|take|started) laxatives (?:after|to|when|because)', 'binge(?:d|ing)? (?:and|then) (?:purge|purging|throw)', '(?:feel|felt) (?:so )?guilty (?:after|when|for) (?:eating|i eat|eating anything)',
        'count(?:ing)? every calorie', 'scared (?:of|to) (?:food|eat|gaining)', 'fasting for (?:days|\\d+ days)', '(?:havent|have not|hadnt) eaten (?:in|for) (?:two|three|2|3) days',
        'binge eating', 'bingeing', 'binging', 'chew(?:ing)? and spit(?:ting)?', '(?:so|because) i (?:dont|wont) (?:gain|put on) weight', 'starving myself', 'eat (?:nothing|almost nothing) (?:all day|for days)', 'pro ana', 'thinspo',
        'solo (?:me permito )?como (?:una vez|despues|antes)', 'me provoco el vomito', 'vomito (?:despues de comer|a proposito)', 'tomo laxantes', 'dejo de comer para', 'me siento culpable (?:por|despues de) comer',
      ),
    ),
    SELF | HIST,
  ),
  // ---- medical emergencies
  // Red-flag chest pain (radiating, crushing, sweating, with risk factors) stays urgent even when the
  // patient calls it a panic attack; plain tightness with breathlessness in a panic attack does not.
  rule('med.chest_red_flag', 'medical_emergency', rx(`(?:chest|pecho)${gap(4)}(?:pain|hurts|hurting|pressure|crushing|heavy|tight|duele)${gap(8)}(?:(?:left )?arm|jaw|sweat\\w*|grey|gray|clammy|diabetic|heart attack|brazo)|crushing (?:chest )?pain`), NEG | QUOTE | HIST, { unless: rx(alt('signs? of', 'symptoms? of', 'what (?:is|are|happens)', 'training', 'course', 'first aid', 'sintomas de')) }),
  // Someone else who cannot be roused; the patient's own "i hope i won't wake up" is not this.
  rule(
    'med.unrousable',
    'medical_emergency',
    rx(alt(`(?:he|she|they|hes|shes|theyre|him|her|them|my [a-z]+|friend|roommate|flatmate|mum|mom|dad|baby|son|daughter|husband|wife|partner|brother|sister)${gap(4)}(?:wont|cant|doesnt|isnt|is not|not|stopped) (?:wake up|waking up|respond\\w*|breathing|moving)`, '(?:cant|cannot|couldnt) (?:wake|rouse) (?:him|her|them|my [a-z]+)', `(?:mi |su )?(?:amig[oa]|hij[oa]|mama|papa|abuel[oa]|pareja|espos[oa]|herman[oa]|bebe)${gap(5)}no (?:despierta|responde|reacciona|respira)`)),
    QUOTE | HIST,
  ),
  rule(
    'med.emergency',
    'medical_emergency',
    rx(
      alt(
        `(?:chest|pecho)${gap(3)}(?:pain|hurts|hurting|tight|tightness|pressure|crushing|heavy|duele)${gap(8)}(?:breath\\w*|minutes|hour|hours|dizzy|sick|respirar)`,
        `(?:cant|struggling to|hard to|trouble|difficulty) breath\\w*${gap(8)}(?:throat|swell\\w*|allerg\\w*|peanut|sting|hives|lips|tongue|chest)`,
        `(?:throat|tongue|lips|face|mouth)(?: and (?:my )?(?:throat|tongue|lips|face|mouth))? (?:is |are )?(?:closing|swelling|swollen|tight|puffing)${gap(8)}(?:breath\\w*|allerg\\w*|ate|eating|stung|sting|epipen|peanuts?|nuts?|shellfish|bee|wasp|took|antibiotics?|penicillin|medication|new (?:meds|medicine|tablets?|pills?))`, 'anaphyla\\w*', 'epipen',
        '(?:face|mouth|smile) (?:is )?(?:drooping|droopy|numb|lopsided|dropped) (?:on one side)?', `slurr(?:ed|ing)${gap(2)}(?:speech|words)`, '(?:speech|words) (?:is |are )?slurred', 'cant (?:lift|move|feel) (?:my |his |her )?(?:left |right )?(?:arm|leg|side)',
        'worst headache (?:of my life|ive ever had|ever)', 'thunderclap', '(?:having|had|just had|is having) (?:a )?seizures?', 'seizure aura', '(?:fitting|convulsing)',
        `(?:stopped|quit|no|came off|coming off|ran out of)${gap(2)}(?:drinking|alcohol|booze|benzos?|diazepam|xanax|valium|clonazepam|lorazepam|librium|my (?:meds|pills|tablets))${gap(8)}(?:shaking|seeing things|hallucinat\\w*|sweating|seizure|fitting|confused|bugs|the dts|dts|hearing things)`, 'delirium tremens', 'the dts',
        `(?:sertraline|fluoxetine|citalopram|escitalopram|ssri|antidepressant|venlafaxine|sertralina)${gap(14)}(?:tramadol|mdma|molly|triptan|st johns|lithium|linezolid)${gap(14)}(?:hot|fever|twitching|jerking|agitated|sweating|rigid|confused|shaking|heart)`,
         'unconscious', 'unresponsive', 'turning blue', 'lips (?:are )?(?:blue|turning blue|going blue|purple)', '(?:going|turning|gone) blue',
        `collapsed${gap(6)}(?:after (?:taking|drinking)|not making sense|hot|unconscious|breathing)`, '(?:really |very )?hot to (?:the )?touch', 'not making sense',
        `diabetic${gap(6)}(?:slurring|confused|sweating|shaking|unresponsive|wont wake|drowsy|not making sense|fitting|passed out|collapsed)`, `(?:sugar|glucose|bg|blood sugar)${gap(3)}(?:reads|says|is|reading)? ?(?:lo|low|[12]_\\d)`, '(?:bleeding|bleed) (?:heavily|a lot|everywhere|badly)', 'cant stop the bleeding',
        `(?:swallowed|ate|drank)${gap(4)}(?:battery|batteries|magnets|button cell)`, 'me duele (?:mucho |muchisimo )?el pecho', `dolor (?:fuerte )?(?:en el|de) pecho${gap(6)}(?:respirar|brazo|sudor)`,
        'no puedo respirar', 'me cuesta (?:mucho )?respirar', 'se me (?:cierra|hincha) la garganta', 'no (?:despierta|responde|reacciona)', '(?:convulsion|convulsionando)',
        'la cara (?:caida|torcida|dormida)', 'no puedo (?:hablar bien|mover el brazo)',
      ),
    ),
    NEG | QUOTE | HIST,
    { unless: rx(alt('signs? of', 'symptoms? of', 'what (?:is|are|happens)', 'how do (?:you|i) (?:know|tell|recognise|recognize)', 'training', 'course', 'first aid', 'in the (?:movie|film|show|book|game)', 'sintomas de', 'panic attack', 'anxiety attack', 'ataque de (?:panico|ansiedad)')) },
  ),
];
