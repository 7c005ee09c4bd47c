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
  'calories', 'cals', 'kcal', 'calorie (?:goal|limit|target|count|budget)', 'laxatives?', 'diet pills', 'slimming pills', 'fasting', 'not eating', '(?:havent|hadnt|not|barely|hardly) eaten', '(?:barely|hardly) (?:eating|eat)', 'starving myself',
  'weigh(?:ed|ing)? myself', '(?:only|just) (?:had|drunk|drank|been having) (?:water|coffee|tea)', 'days without (?:food|water|eating|drinking|anything)', 'lose weight', 'losing weight', 'anorexi\\w*', 'bulimi\\w*', 'ed relapse', 'eating disorder', 'skipping meals', 'meal plan',
  'vomit(?:ing)? after', '(?:on|only|just) (?:just |only )?water', 'day \\d+ on (?:just |only )?water', '(?:goal|target) weight', 'below my (?:target|goal)', 'hit my goal', 'weigh ?ins?', 'dropped (?:loads|so much|\\d+ ?(?:kg|kilos|pounds|lbs|stone))', 'no period', 'lost my period', 'purged', 'made myself sick', 'size (?:0|2|4|6)', 'comiendo (?:casi nada|muy poco|solo)', 'pastillas para adelgazar', 'laxantes', 'vomitar', 'dejar de comer', 'no he comido', 'no como', 'atracon\\w*', 'calorias', 'adelgazar',
  'purgar', 'ayuno', 'anorexia', 'bulimia', 'sin comer',
);
const ED_DANGER = alt(
  'fainted', 'fainting', 'faint', 'passed out', 'passing out', 'collapsed', 'blacked out', 'black(?:ing)? out', 'vision (?:went|goes|going|keeps going) (?:grey|gray|black|dark|white|blurry)',
  'chest (?:pain|hurts|pains|is tight|tightness)', `chest${gap(3)}(?:tight|fluttery|flutter\\w*|pain|hurts|pounding|racing|heavy|weird|funny)`, 'heart (?:racing|pounding|skipping|fluttering|beating (?:really |so |very )?(?:fast|slow|weird)|feels (?:weird|slow|funny)|rate (?:is )?(?:\\d\\d|really low|so low|very low))',
  'pulse (?:is )?(?:really |so |very )?(?:slow|low|weak|\\d\\d)', '(?:throwing|threw|vomiting|vomited|coughing) up blood', 'blood in (?:my |the )?(?:vomit|sick|stool)', 'coffee grounds?', `(?:threw up|throw up|throwing up|vomit\\w*|purg\\w*)${gap(8)}(?:blood in (?:it|there)|(?:some|a bit of|a little|lots of|a lot of|bits of|streaks of) blood|bloody|red streaks)`, `resting heart rate${gap(3)}(?:super |really |very |so |crazy |dangerously )?(?:low|slow)`, 'sangre (?:en el|al) vomit\\w*', 'vomit\\w* sangre',
  'blood when i (?:purge|throw up|vomit)', 'cant stand up', 'hit my head', 'seizure', 'confused', 'cant feel my', 'heart (?:is )?(?:going|doing) (?:crazy|weird)',
  'me desmaye', 'desmayo', 'desmayos', 'me late (?:rapidisimo|muy rapido|muy lento|rarisimo)', 'el corazon (?:me late|a mil|acelerado)', 'dolor de pecho', 'me duele el pecho',
  'blood when i (?:made myself sick|was sick|threw up|purged)', `(?:heart|hearts)${gap(3)}(?:flutter\\w*|skipping|irregular|doing (?:this|a|the) [a-z]+ thing)`, `(?:potassium|electrolytes?)${gap(3)}(?:low|came back low|were low)`, 'low potassium', `legs?${gap(2)}(?:cramp\\w*|gone numb|numb)`, 'chest hurt\\w*', 'lips? (?:look |are |is |gone |going |turning )?(?:a bit |kind of |kinda )?(?:blue|purple|grey)', `heart rate${gap(4)}(?:high |low )?(?:[2-4]0s|[2-4]\\d)`, 'gums? bleeding', 'hair (?:coming|falling) out', 'cant feel my (?:fingers|toes|hands|feet|legs)', '(?:goes|went|going) black when i stand', 'me (?:he )?desmay\\w*', 'me di en la cabeza',
  'vomito sangre', 'vomitando sangre', 'sangre (?:al vomitar|en el vomito)', 'no me puedo levantar', 'taquicardia', 'me siento muy mal',
);
const DAYS_NO_FOOD = alt(
  `(?:only (?:had|drunk|drank|been having)|nothing but|just (?:had|drunk|drank)) (?:water|coffee|diet coke|black coffee|tea)${gap(2)}(?:for|in) (?:[4-9]|\\d\\d|four|five|six|seven|a week|over a week|days)`,
  '(?:day|dia) (?:[5-9]|\\d\\d) (?:on|of|de) (?:just |only |solo )?(?:water|agua)', `llevo (?:dos|tres|cuatro|\\d+) semanas${gap(1)}(?:comiendo casi nada|sin comer|sin casi comer|a (?:solo )?agua)`,
  `(?:havent|hadnt|have not|not|didnt|did not|barely|hardly) (?:eaten|eat|had (?:any )?food|had anything)${gap(3)}(?:in|for) (?:[4-9]|\\d\\d|four|five|six|seven|eight|nine|ten|a week|over a week|weeks|days and days|a month|months|a fortnight|(?:two|three|four|\\d) weeks)(?: days| whole days)?`,
  '(?:llevo|ya van|van|hace) (?:[4-9]|\\d\\d|cuatro|cinco|seis|siete|ocho|una semana) dias sin comer', `no (?:he comido|como)${gap(3)}(?:en|desde hace) (?:[4-9]|\\d\\d|cuatro|cinco|seis|siete|una semana)(?: dias)?`,
);

export const MEDICAL_RULES: readonly PatternRule[] = [
  rule('ed.cancel', 'disordered_eating', rx(`(?:to|so i can|so i could|in order to) (?:" )?(?:cancel|undo|erase|cancel out) (?:" )?(?:it|it out|them|that|what i ate|the food|eating|the calories)`), NEG | QUOTE, { onlyIf: rx(alt('ate', 'eat\\w*', 'food', 'biscuit', 'cake', 'calories', 'crunches', 'sit ups', 'burpees', 'ran', 'run', 'running', 'gym', 'laps', 'workout', 'exercise', 'purge\\w*', 'sick')) }),
  rule('ed.compensate', null, rx(alt('(?:to|so i can) " ?cancel " ?(?:it|it out|them)', '" ?compensated "', 'compensated', '(?:running|run|ran|working|work|worked) it off', 'hasta compensar', '(?:stayed|stay|staying|keep|keeping) under my (?:limit|number)', '(?:to|so i can|so i could|in order to|para) (?:compensate|compensar|make up for (?:it|that|what i ate|eating|the binge|the food|lunch|dinner|breakfast|yesterday|last night|the weekend)|burn (?:it|it all|that|them|the calories|off the calories|off what i ate|off the food) off|burn off (?:the|what i|all the|every)\\w*|quemar(?:lo|las calorias| lo que comi)?|undo (?:it|what i ate|the damage))', '(?:under|below|within) (?:my|the) (?:number|limit|calorie (?:limit|goal|target|count)|daily (?:limit|number))')), NEG | QUOTE),
  rule('ed.overate', null, rx(alt('count(?:ing)? (?:every|each) calorie', 'contando (?:cada|todas las) calorias?', 'si me paso', 'same cycle', 'ate (?:a whole|an entire|the whole|so much|way too much|everything|all of)', 'binge\\w*', 'bingeing', 'overate', 'pigged out', 'comi (?:muchisimo|demasiado|un monton|como (?:un )?cerd[oa]|much[oa])', 'atracon\\w*', '(?:feel|felt|me siento|sentirme) (?:so |tan |muy )?(?:disgusting|gross|guilty|fat|huge|asqueros[oa]|culpable|gord[oa])', 'the cycle', 'el ciclo', 'otra vez', 'again')), 0),
  rule('ed.skip', null, rx(alt('only (?:had|ate|eaten|having) (?:an apple|a banana|coffee|black coffee|water|a yogurt|half a [a-z]+|an? [a-z]+ and (?:black )?coffee)', 'ate nothing (?:till|until|all day)', 'comiendo solo (?:una|un) [a-z]+', 'skipping (?:lunch|dinner|breakfast|meals) every day', '(?:skipped|skipping|skip|missed|missing|cut out)(?: both)? (?:breakfast|lunch|dinner|meals?|tea|supper)(?: and (?:breakfast|lunch|dinner|tea))?', '(?:me )?(?:salte|saltee|saltarme|salto) (?:la cena|el desayuno|la comida|el almuerzo|comidas|las comidas)')), NEG | QUOTE),
  // ---- eating disorders
  rule('ed.context', null, rx(ED_CONTEXT), NEG | QUOTE),
  rule('ed.danger', null, rx(ED_DANGER), NEG | QUOTE),
  rule('ed.days_no_food', 'eating_disorder_crisis', rx(DAYS_NO_FOOD), SELF | HIST),
  rule('ed.pill_overdose', 'eating_disorder_crisis', rx(alt(`(?:took|taken|swallowed|had)${gap(2)}(?:way |a lot |much |loads )?more (?:laxatives|diet pills|slimming pills|water pills|diuretics) than`, `(?:took|taken|swallowed|have taken)${gap(3)}(?:too many|a lot of|loads of|a whole (?:box|bottle|pack) of|all (?:of )?(?:my|the)|extra|\\d{2}|double)${gap(2)}(?:laxatives|diet pills|slimming pills|water pills|diuretics)`, `(?:tome|me tome|trague)${gap(3)}(?:pastillas para adelgazar|laxantes|diureticos)${gap(3)}de mas`, `(?:tome|me tome|trague)${gap(2)}(?:muchos|muchas|demasiados|demasiadas|una caja de|todo el)${gap(2)}(?:laxantes|pastillas para adelgazar|diureticos)`)), SELF | HIST),
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
        'binge eating', 'bingeing', 'binging', 'chew(?:ing)? and spit(?:ting)?', 'chew (?:food|it|things) and spit (?:it )?out', 'body check\\w*', '(?:if|when) the (?:number|scale|scales) (?:goes up|go up|is up|says)', 'weigh myself (?:\\d+|five|ten|several|many|a few|loads of) times', 'me meti los dedos', 'contando (?:cada|todas las) calorias?', `(?:fasting|fast)${gap(2)}(?:till|until) [a-z]+ to " ?reset`, '(?:living|lived|surviving) on (?:coffee|water|black coffee|diet coke)', 'scared (?:of|to) eat(?:ing)? in front of', 'cutting out (?:dinner|lunch|breakfast|meals)', '(?:so|because) i (?:dont|wont) (?:gain|put on) weight', 'starving myself', 'eat (?:nothing|almost nothing) (?:all day|for days)', 'pro ana', 'thinspo',
        'solo (?:me permito )?como (?:una vez|despues|antes)', 'me provoco el vomito', 'vomito (?:despues de comer|a proposito)', 'tomo laxantes', 'dejo de comer para', 'me siento culpable (?:por|despues de) comer',
      ),
    ),
    SELF | HIST,
  ),
  // ---- medical emergencies
  rule('med.withdrawal_ctx', null, rx(alt('(?:stopping|quitting|giving up|coming off) (?:drinking|alcohol|booze|the drink|benzos?)', 'day (?:\\d+|two|three|four|five) (?:of (?:stopping|quitting|no) (?:drinking|alcohol|booze)|sober|without (?:a )?(?:drink|alcohol))', 'dejar de (?:beber|tomar)', 'deje de (?:beber|tomar)', '(?:\\d+|two|three|four|five) days (?:sober|dry|clean|off it|without a drink)', `(?:stopped|quit|gave up|came off|coming off|ran out of|run out of|no more)${gap(2)}(?:drinking|alcohol|booze|the drink|benzos?|diazepam|xanax|valium|clonazepam|lorazepam|librium|my (?:meds|pills|tablets))`, 'doing it on my own', 'cold turkey', 'dejo de (?:tomar|beber)', 'deje de (?:tomar|beber)')), QUOTE),
  rule('med.withdrawal_signs', null, rx(alt(`(?:ants|bugs|insects|spiders|things|snakes|people)${gap(3)}(?:crawling|on the walls?|that (?:arent|isnt) there|that (?:nobody|no one|my [a-z]+) (?:else )?can(?:t| not) see)`, 'seeing things', 'hearing things', '(?:cant|wont) stop (?:shaking|twitching|sweating)', '(?:hands|body) (?:wont|cant) stop shaking', '(?:had|having) a (?:fit|seizure)', 'fitting', 'rooms? spinning', 'sweated through', 'doesnt know where (?:he|she|they|i) (?:is|are|am)', 've bichos', 'no sabe donde esta', 'temblando')), QUOTE),
  rule('med.serotonergic', null, rx(alt(`(?:started|new|higher|increased|upped|doubled)${gap(2)}(?:antidepressant|ssri|snri|sertraline|fluoxetine|citalopram|escitalopram|venlafaxine|dose|meds|medication|tablets)`, 'tramadol', 'triptans?', 'migraine (?:meds|tablets|medication)', 'st johns wort', 'mdma', 'linezolid', 'lithium', 'on top of my')), QUOTE),
  rule('med.tox_signs', null, rx(`(?:sweat\\w*|twitch\\w*|jerk\\w*|shak\\w*|rigid|stiff|fever|temp(?:erature)? (?:is |of )?(?:3[89]|4[01])|heart racing|racing heart|agitated|confused)${gap(8)}(?:sweat\\w*|twitch\\w*|jerk\\w*|shak\\w*|rigid|stiff|fever|temp(?:erature)?|3[89](?:_\\d)?|4[01](?:_\\d)?|heart racing|racing|agitated|confused)`), QUOTE),
  rule('med.head_injury', null, rx(alt('(?:fell|fallen|hit|banged|bashed) (?:and hit )?(?:her|his|my|their) head', 'head injury')), QUOTE),
  rule('med.swelling', null, rx(alt(`(?:lips?|tongue|throat|face|mouth|eyes)${gap(2)}(?:is |are |feels? |feeling |getting |going |has gone )?(?:swelling|swollen|tight|tighter|closing|puffing up|puffy|swelling up|blowing up)`, `se me (?:esta |estan )?(?:cerrando|hinchando|inflamando) (?:la|el|los|las) (?:garganta|cara|lengua|labios?|boca|ojos)`, `(?:garganta|cara|lengua|labios?|boca|ojos)${gap(1)}(?:hinchad[oa]s?|hincha|inflamad[oa]s?|cerrad[oa])`)), NEG | QUOTE | HIST),
  rule('med.allergen', null, rx(alt(`(?:comi|he comido|tenia|tiene|llevaba|me pico|me ha picado|tome|probe)${gap(6)}(?:mani|cacahuetes?|nueces|mariscos|gambas|camarones|sesamo|penicilina|amoxicilina|abeja|avispa|algo (?:que|a lo que) (?:soy|era) alergic[oa])`, `(?:ate|eaten|eating|had|swallowed|took|taken|stung|bitten|bit)${gap(6)}(?:nuts?|peanuts?|cashews?|almonds?|shellfish|prawns?|shrimp|sesame|penicillin|amoxicillin|antibiotics?|bee|wasp|allergen|something (?:im|i am) allergic to|(?:my )?allerg\\w*)`, 'allergic reaction', 'im allergic', 'i am allergic', 'nut allergy', 'alergi\\w*', 'cacahuetes?', 'mani', 'picadura')), NEG | QUOTE | HIST),
  // Red-flag chest pain (radiating, crushing, sweating, with risk factors) stays urgent even when the
  // patient calls it a panic attack; plain tightness with breathlessness in a panic attack does not.
  rule('med.chest_red_flag', 'medical_emergency', rx(`(?:chest|pecho)${gap(4)}(?:pain|hurts|hurting|pressure|crushing|heavy|tight|duele)${gap(8)}(?:(?:left )?arm|jaw|sweat\\w*|grey|gray|clammy|diabetic|heart attack|brazo)|crushing (?:chest )?pain`), NEG | QUOTE | HIST, { unless: rx(alt('signs? of', 'symptoms? of', 'what (?:is|are|happens)', 'training', 'course', 'first aid', 'sintomas de')) }),
  // Heart attack told as a sensation: a weight on the chest, pain spreading down the left arm or into the jaw.
  rule('med.cardiac_described', 'medical_emergency', rx(alt(`(?:chest|pecho)${gap(4)}(?:like (?:someone|somebody|something|an elephant|a weight)(?:s| is)? (?:sitting|standing|pressing|sat|crushing)|being (?:crushed|squeezed))`, `(?:pain|ache|aching|pressure|tightness|heaviness|dolor)${gap(4)}(?:going|spreading|moving|shooting|radiating|travell?ing|running|se (?:me )?(?:va|pasa|extiende)) (?:down|into|up|to|through|al|hacia(?: el| la)?) (?:my |the |mi |el |la )?(?:left |izquierdo )?(?:arm|jaw|neck|shoulder|brazo|mandibula)`)), NEG | QUOTE | HIST, { onlyIf: rx(alt('chest', 'pecho', 'sweat\\w*', 'sudando', 'clammy', 'jaw', 'mandibula')), unless: rx(alt('signs? of', 'symptoms? of', 'what (?:is|are|happens)', 'training', 'course', 'first aid', 'sintomas de', 'gym', 'workout', 'lifting', 'bench')) }),
  // Someone else who cannot be roused; the patient's own "i hope i won't wake up" is not this.
  rule(
    'med.unrousable',
    'medical_emergency',
    rx(alt(`(?:he|she|they|hes|shes|theyre|him|her|them|my [a-z]+|friend|roommate|flatmate|mum|mom|dad|baby|son|daughter|husband|wife|partner|brother|sister)${gap(4)}(?:wont|cant|doesnt|isnt|is not|not|stopped) (?:wake up|waking up|respond\\w*|breathing|moving)`, '(?:cant|cannot|couldnt) (?:wake|rouse) (?:him|her|them|my [a-z]+)', `(?:mi |su )?(?:amig[oa]|hij[oa]|mama|papa|abuel[oa]|pareja|espos[oa]|herman[oa]|bebe|roomie|compa|compañer[oa]|companer[oa]|novi[oa]|marido|mujer)${gap(5)}no (?:se )?(?:despierta|responde|reacciona|respira)`, 'respira (?:raro|muy raro|muy lento|con dificultad|entrecortado)')),
    QUOTE | HIST,
  ),
  rule(
    'med.emergency',
    'medical_emergency',
    rx(
      alt(
        `(?:chest|pecho)${gap(3)}(?:pain|hurts|hurting|tight|tightness|pressure|crushing|heavy|duele)${gap(8)}(?:breath\\w*|minutes|hour|hours|dizzy|sick|respirar)`,
        `(?:cant|struggling to|hard to|trouble|difficulty) breath\\w*${gap(8)}(?:throat|swell\\w*|allerg\\w*|peanut|sting|hives|lips|tongue|chest)`,
        `(?:throat|tongue|lips|face|mouth)(?: and (?:my )?(?:throat|tongue|lips|face|mouth))? (?:is |are )?(?:closing|swelling|swollen|tight|puffing)${gap(8)}(?:breath\\w*|allerg\\w*|ate|eating|stung|sting|epipen|peanuts?|nuts?|shellfish|bee|wasp|took|antibiotics?|penicillin|medication|new (?:meds|medicine|tablets?|pills?))`, 'anaphyla\\w*', 'epipens?',
        '(?:face|mouth|smile) (?:is )?(?:drooping|droopy|numb|lopsided|dropped) (?:on one side)?', `(?:face|side of (?:my|his|her) face|arm|leg)${gap(2)}(?:has |is |went |gone |going )?(?:gone )?(?:numb|droopy|drooping|weak|dead|floppy)${gap(8)}(?:words|speech|talking|speaking|slurr\\w*|making sense|nonsense)`, `(?:words|speech)${gap(3)}(?:coming out wrong|slurred|jumbled|all wrong|muddled)`, 'talking (?:nonsense|gibberish)', 'not making (?:any )?sense', '(?:blood|fluid) (?:coming )?(?:from|out of) (?:her|his|my|their) (?:ear|ears)', 'no puede mover el brazo', 'habla raro', 'arrastra las palabras', '(?:all )?floppy', `(?:crushing|squeezing|heavy)${gap(3)}chest${gap(6)}(?:arm|jaw|sweat\\w*|breath)`, `slurr(?:ed|ing)${gap(2)}(?:speech|words)`, '(?:speech|words) (?:is |are )?slurred', 'cant (?:lift|move|feel) (?:my |his |her )?(?:left |right )?(?:arm|leg|side)',
        'worst headache (?:of my life|ive ever had|ever)', 'thunderclap', '(?:having|had|just had|is having) (?:a )?seizures?', 'seizure aura', '(?:fitting|convulsing)',
        `(?:stopped|quit|no|came off|coming off|ran out of)${gap(2)}(?:drinking|alcohol|booze|benzos?|diazepam|xanax|valium|clonazepam|lorazepam|librium|my (?:meds|pills|tablets))${gap(8)}(?:shaking|seeing things|hallucinat\\w*|sweating|seizure|fitting|confused|bugs|the dts|dts|hearing things)`, 'delirium tremens', 'the dts',
        `(?:sertraline|fluoxetine|citalopram|escitalopram|ssri|antidepressant|venlafaxine|sertralina)${gap(14)}(?:tramadol|mdma|molly|triptan|st johns|lithium|linezolid)${gap(14)}(?:hot|fever|twitching|jerking|agitated|sweating|rigid|confused|shaking|heart)`,
         'unconscious', 'unresponsive', 'turning blue', 'lips (?:are )?(?:blue|turning blue|going blue|purple)', '(?:going|turning|gone) blue',
        `collapsed${gap(6)}(?:after (?:taking|drinking)|not making sense|hot|unconscious|breathing)`, '(?:really |very )?hot to (?:the )?touch', 'not making sense',
        `diabetic${gap(6)}(?:slurring|confused|sweating|shaking|unresponsive|wont wake|drowsy|not making sense|fitting|passed out|collapsed)`, `(?:sugar|glucose|bg|blood sugar)${gap(3)}(?:reads|says|is|reading)? ?(?:lo|low|[12]_\\d)`, '(?:bleeding|bleed) (?:heavily|a lot|everywhere|badly)', 'cant stop the bleeding',
        `(?:swallowed|ate|drank)${gap(4)}(?:battery|batteries|magnets|button cell)`, 'me duele (?:mucho |muchisimo )?el pecho', `dolor (?:fuerte )?(?:en el|de) pecho${gap(6)}(?:respirar|brazo|sudor)`,
        `(?:dejo|deje|dejaste|ha dejado|dejado|dejamos) de (?:tomar|beber)(?: alcohol| de golpe)?${gap(10)}(?:temblando|tiembla|temblores|ve (?:bichos|cosas|insectos|aranas|gente)|alucina\\w*|convulsion\\w*|no sabe (?:donde|quien)|confundid[oa]|delira\\w*)`,
        `(?:seeing|sees|see) (?:bugs|insects|spiders|things|people|snakes)${gap(3)}(?:on the walls?|that arent there|crawling|everywhere)${gap(8)}(?:stopped|quit|withdraw\\w*|no drink|sober|drinking)`, `(?:stopped|quit|came off)${gap(3)}(?:drinking|alcohol|booze)${gap(12)}(?:doesnt know where (?:he|she|they) (?:is|are)|doesnt recogni[sz]e)`,
        'no puedo respirar', 'me cuesta (?:mucho )?respirar', 'se me (?:cierra|hincha) la garganta', 'no (?:despierta|responde|reacciona)', '(?:convulsion|convulsionando)',
        'la cara (?:caida|torcida|dormida)', 'no puedo (?:hablar bien|mover el brazo)',
      ),
    ),
    NEG | QUOTE | HIST,
    { unless: rx(alt('signs? of', 'symptoms? of', 'what (?:is|are|happens)', 'how do (?:you|i) (?:know|tell|recognise|recognize)', 'training', 'course', 'first aid', 'in the (?:movie|film|show|book|game)', 'sintomas de', 'panic attack', 'anxiety attack', 'ataque de (?:panico|ansiedad)')) },
  ),
];
