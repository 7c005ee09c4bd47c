/**
 * Self-harm (in progress, just done with injury, imminent = urgent; urges and low-level injury =
 * concern) and overdose or toxic ingestion already taken (urgent, including minimised ones).
 */
import { alt, gap, rx, span } from './pattern.js';
import { CHILD_NOUN, MEDS, MYSELF, TOXIC } from './lexicon-en.js';
import { ES_MEDS, ES_TOXIC } from './lexicon-es.js';
import { HIST, NEG, QUOTE, SELF, STD, THIRD, rule } from './rule-types.js';
import type { PatternRule } from './rule-types.js';

const SH_VERB = alt(
  'cut', 'cutting', 'cuts', 'carved', 'carving', 'carve', 'slashed', 'slashing', 'sliced', 'burned', 'burnt', 'burning', 'burn',
  'stabbed', 'stabbing', 'hurt', 'hurting', 'harmed', 'harming', 'hit', 'hitting', 'punched', 'punching',
  'bashed', 'banged',
);
const BODY = alt(
  MYSELF, 'my (?:arms?|wrists?|thighs?|legs?|skin|stomach|belly|hips?|hands?|face|chest|body|head|ankles?|shoulders?|forearms?|fingers?|side)',
  '(?:into|on|in) my (?:arms?|thighs?|legs?|skin|wrists?|stomach|hips?|forearms?)',
);
const SH_ACT = alt(
  '(?:put|putting|punched|punching|smashed|smashing|rammed) my (?:head|fist|hand|arm) (?:through|into) (?:the |a )?(?:window|wall|glass|mirror|door)',
  '(?:used|took) (?:it|a|the|some|broken) ?(?:glass|blade|razor|knife|lighter|scissors|shard)? on (?:my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach)|myself)',`${SH_VERB} ${BODY}`, 'selfharm(?:ing|ed)?', 'sh', 'cut(?:ting)? (?:again|deep|too deep|deeper)', 'relapsed',
  `(?:hit|punched|smashed|bashed|banged|went at|laid into|attacked)${gap(1)}(?:the|a|my)${gap(1)}(?:wall|brick wall|door|mirror|window|radiator)${gap(6)}(?:until|till|til|over and over|again and again)`,
  `(?:hit|banged|smashed|bashed|slammed) my (?:head|fist|fists|hand|hands) (?:against|on|into|off) (?:the|a|my)`, `carved${gap(1)}(?:into )?(?:my )?(?:arm|arms|thigh|thighs|leg|legs|wrist|wrists|stomach|skin|hip|hips)`,
  `(?:did|done) something to my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach)`, `bit (?:a chunk|a piece|chunks)? ?(?:out of )?my (?:own )?(?:hand|arm|wrist|lip|finger)`,
  `(?:held|pressed|put|kept) my (?:arm|forearm|hand|wrist|leg|skin|fingers?)${gap(1)}(?:on|against|under|over|in) (?:the |a )?(?:hob|stove|iron|kettle|radiator|flame|lighter|hot (?:pan|water|iron)|boiling water|candle)`,
  `(?:burned|burnt|cut|scratched|hit|scalded) (?:myself|my [a-z]+)${gap(6)}(?:on purpose|deliberately|a proposito)`, `me (?:queme|corte|raje|lastime|pegue) (?:con|el|la|los|las)${gap(3)}a proposito`,
);
// Injury words, unless played down right before ("not deep", "no blood").
const INJURY = '(?<!(?:not|no|isnt|wasnt|arent|not that|not too|not very|never) )' + alt(
  'bleed(?:ing|s)?', 'blood', 'stitches', '(?:too |really |so |kind of |kinda |quite |pretty )?deep', 'wont stop', 'gaping', 'soaked', 'dripping', '(?:not|wont|isnt) closing(?: up)?', 'heard (?:a|something) (?:crack|snap)', '(?:swollen|swelling)', 'cant (?:bend|move|feel) my (?:fingers?|hand|wrist|arm)', '(?:gone|going|turned|is) (?:hot|red|purple|black|green)(?: and)?', 'smells?', 'pus', 'infected', 'pushed in', 'not enough (?:plasters|bandages|dressings)', 'ampolla\\w*', 'se reviento', 'sangr\\w*', 'see stars', 'saw stars', '(?:keep|kept) being sick', 'cant focus', '(?:see|seeing) (?:fat|bone|the fat)',
  'pouring', 'soak\\w*', 'glass in', 'cant get it to stop', 'skins? (?:has |is |went |turned )?(?:gone )?(?:white|black|leathery|charred|waxy|bubbl\\w*)', 'flap of skin', 'skin (?:is |was )?hanging', 'open wound', '(?:white|black|charred) and (?:leathery|waxy)', 'skin (?:has gone|is|went|turned) (?:white|black|leathery|charred)', 'third degree', 'blister\\w*', 'hospital', 'ae', 'er', 'emergency', 'cant stop the bleeding', 'passing out', 'dizzy',
);
// Injury words strong enough to count a sentence or two after the act.
const INJURY_STRONG = '(?<!(?:not|no|isnt|wasnt|arent|not that|not too|not very|never) )' + alt(
  'stitches', '(?:too |really |so |kind of |kinda |quite |pretty |very )deep', 'wont stop(?: bleeding)?', 'cant (?:get it to )?stop(?: it)?(?: bleeding)?', 'gaping', 'soaked(?: through)?', 'soaking', 'skins? (?:has |is |went |turned )?(?:gone )?(?:white|black|leathery|charred|waxy|bubbl\\w*)',
  '(?:white|black|charred) and (?:leathery|waxy|blistery)', 'blister\\w*', 'pushed in', '(?:gone|going|turned) (?:purple|black|hot|green)', 'cant (?:bend|move|feel) (?:my|them|it)', 'heard (?:a|something) (?:crack|snap)', 'infected', 'pus', 'not closing', 'wont close', 'ae', 'hospital', 'see (?:fat|bone)',
);
const CONTINUE = alt(
  '(?:want|wanna|going|gonna|about|need|have|ready) to (?:do (?:more|it again|another|some more)|keep going|continue|go deeper|do it again)',
  '(?:im )?about to keep going', 'keep going', '(?:cant|cannot) stop(?= (?:cutting|it|myself|now|bleeding)\\b| [.,?]|$)', 'more cuts', 'do more', 'another one', 'quiero seguir', 'no puedo parar',
);
// A wish or a resisted urge is not an act in progress ("i want to hurt myself so badly right now").
// An accident is not self-harm ("burnt my hand on the oven, it blistered").
const ACCIDENT_INJURY = alt('by accident', 'accident\\w*', '(?:while|when) (?:i was )?(?:cooking|ironing|baking|shaving|gardening|cleaning)', 'cooking', 'ironing', 'baking', 'sunburn\\w*', 'shaving', 'fell', 'tripped', 'slipped', 'bike', 'glass broke', 'dog bit', 'sin querer', 'cocinando', 'me cai');
const WANT_FRAME = rx(alt('want to', 'wanna', 'urges?', 'tempted', 'feel like', 'trying not to', 'trying to resist', 'fighting (?:the|it)', 'craving', 'need to', 'resist'));
const QUANT_STRONG = alt(
  'all', 'all of', 'a whole', 'the whole', 'whole', 'an entire', 'the entire', 'entire', 'a full', 'a box of', 'a bottle of', 'a packet of',
  'a pack of', 'a strip of', 'the rest of', 'a handful of', 'handfuls of', 'a load of', 'loads of', 'a bunch of', 'a lot of', 'lots of',
  'too many', 'way too many', 'tons of', 'heaps of', 'a fistful of', 'a mouthful of', 'fistfuls of', 'a big handful of', '(?:[1-9]\\d|\\d{3})', '(?:ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred)(?: [a-z]+)?',
  'my (?:whole|entire) (?:week|month|supply|prescription|bottle|box|stash)', '(?:the|my) (?:whole|entire) (?:bottle|box|pack|packet|strip|lot)', 'half (?:a|the) (?:bottle|box|packet)',
  'every(?: single)? (?:pill|tablet|one)', 'double digits', '(?:everything|all) (?:in|from) (?:the|my) (?:blister|pack|packet|box|bottle|strip|tub|jar)(?: pack)?', '(?:what|whatever) (?:was|is) left (?:of|in)', '(?:a lot|way|much|loads|so much|far) more', 'more than (?:im|i am|i was|youre) (?:meant|supposed|allowed) to(?: take| have)?', 'more than the (?:box|label|packet|leaflet|doctor) says', '(?:\\d+|two|three|four|several|a few) (?:strips|boxes|packs|packets|bottles|blister packs|sheets|tubs) of', 'too much', 'way too much',
);
const QUANT_WEAK = alt('a few', 'some', 'extra', '" a few "', 'a few more', 'more of', 'my (?:evening|morning|night|bedtime) (?:tablets|pills|meds) twice', 'a few extra', 'a couple (?:of )?extra', 'more than', 'double', 'triple', 'several', '\\d');
const APPROX = '(?:about |abt |around |like |maybe |roughly |over |nearly |almost |at least |more than |probably )?';
const TOOK = alt(
  'took', 'taken', 'have taken', 'ive taken', 'swallowed', 'downed', 'necked', 'popped', 'injected', 'drank', 'drunk', 'chugged', 'ingested',
  'had', 'ate', 'mixed', 'combined', 'washed down', 'taking', 'swallowing', 'gave myself', 'given myself', 'injected myself with',
);
const SYMPTOMS = alt(
  'faint', 'dizzy', 'cold', 'sick', 'vomit(?:ing)?', 'throwing up', 'threw up', 'heart (?:racing|pounding|is racing|feels|beating|going)', 'sleepy', 'drowsy',
  'cant stay awake', 'confused', 'vision', 'blurry', 'ringing', 'stomach', 'burning', 'numb', 'shaking', 'cant breathe', 'hard to breathe', 'weird',
  'sweating', 'pass(?:ing)? out', 'tired', 'heavy', 'groggy', 'seizure', 'twitching', 'chest', 'floaty', 'woozy', 'muddled', 'spaced', 'shaky', 'drenched', 'hard to type', 'cant think', 'wobbly', 'lightheaded', 'light headed',
);
const PURPOSE = alt(
  'on purpose', 'deliberately', 'intentionally', 'to (?:die|sleep forever|not wake up|end it|make it stop|stop the pain|kill myself|escape|knock myself out|sleep for (?:a )?(?:long time|days|ever))', 'did it on purpose', '(?:solo )?queria dormir (?:mucho|para siempre)',
  'so i (?:wont|dont|would not) wake up', 'a proposito', 'para (?:morir|no despertar|matarme)',
);
// "took an extra pill by mistake": an app question, not an overdose.
const ACCIDENT = rx(alt('by (?:mistake|accident)', 'accidentally', 'forgot (?:i|that i) (?:had )?(?:already )?(?:taken|took)', 'double dose', 'is (?:that|it) (?:ok|okay|safe|dangerous|bad)', 'should i (?:worry|be worried)', 'missed (?:a|my) dose', 'por error', 'sin querer'));
const ES_QUANT = alt(
  'todas las', 'toda la', 'todos los', 'una caja(?: entera)?(?: de)?', 'un frasco(?: entero)?(?: de)?', 'un blister(?: de)?', 'un bote(?: de)?', 'muchas', 'un monton de',
  'un punado de', '(?:[1-9]\\d|\\d{3})', 'demasiadas', '(?:el|un) (?:frasco|blister|bote|tubo|paquete)(?: entero)?(?: de)?', '(?:la|una) (?:caja|tira|botella)(?: entera)?(?: de)?', 'lo que quedaba de', 'todo el (?:frasco|bote|blister|paquete|tubo)', 'toda la (?:caja|tira|botella)', 'la caja entera', 'el frasco entero', 'el bote entero', 'un paquete(?: de)?',
);

export const SELF_HARM_RULES: readonly PatternRule[] = [
  // ---- urgent: in progress / just done with injury / imminent
  rule('sh.injury', 'self_harm_active', rx(alt(`${SH_ACT}${gap(12)}(?:${INJURY})`, `${SH_ACT}${span(16)}(?:${INJURY_STRONG})`, `${INJURY}${gap(4)}(?:from|after) (?:cutting|selfharm|the cuts?)`, 'cut (?:too|really|so) deep', '(?:cuts?|wounds?|it) (?:wont|will not|cant|doesnt) stop bleeding', 'soaked through(?: \\d+| two| three| a| the)? (?:towels?|bandages?|tissues?|plasters?)')), SELF | HIST, { past: 'sh.past', unless: rx(alt(WANT_FRAME.source.slice(2, -2), ACCIDENT_INJURY)) }),
  rule('sh.in_progress', 'self_harm_active', rx(alt(`(?:im|i am) (?:cutting|burning|carving|harming|slashing|selfharming) (?:${MYSELF}|my [a-z]+|right now|now|again)`, `${SH_ACT}${gap(2)}(?:right now|as we speak|as i type|while (?:im|i am) (?:texting|typing))`, `(?:already )?(?:done|did|made) (?:a few|some|one|two|\\d+|a couple|several)(?: cuts)?${gap(4)}(?:${CONTINUE})`, `relapsed${gap(4)}(?:right now|just now|tonight|cant stop|blood)`)), SELF, { unless: WANT_FRAME }),
  rule('sh.progressive', 'self_harm_active', rx(alt('(?:im |i am )?(?:cutting|carving|slicing|burning myself|cutting myself)(?: right now| as we speak| as i type| again right now| rn)', '(?:knife|razor|blade|blades|lighter) (?:and )?blood(?: [^ .?]+){0,2} (?:right now|now|again|tonight)')), SELF),
  rule('sh.too_deep', 'self_harm_active', rx(`(?:went|gone|cut|sliced|pressed|dug|go)${gap(3)}(?:too|really|so|way too|very) deep`), SELF, { onlyIf: rx(alt('blood', 'bleed\\w*', 'cut\\w*', 'razor', 'blade', 'selfharm\\w*', 'stitches', 'wound')) }),
  rule('sh.continue', 'self_harm_active', rx(`(?:${SH_ACT}|blood|razor|blade)${gap(10)}(?:${CONTINUE})`), SELF | HIST, { past: 'sh.past', unless: WANT_FRAME }),
  rule('sh.just_done', 'self_harm_active', rx(alt(`just (?:${SH_VERB}) (?:${MYSELF}|into my [a-z]+|my (?:arms?|wrists?|thighs?|legs?|stomach))`, `(?:${SH_VERB}) (?:${MYSELF}|my (?:arms?|wrists?|thighs?|legs?)) (?:just now|a few minutes ago|an hour ago|tonight)`, `just (?:punched|smashed|hit) (?:the|a) (?:mirror|window|wall|glass)${gap(8)}(?:${INJURY}|${CONTINUE}|deserve)`)), SELF),
  rule('sh.imminent', 'self_harm_active', rx(alt(`(?:about to|going to|im going to|ready to|ill|i will) (?:cut|selfharm|hurt ${MYSELF}|burn ${MYSELF}|carve|slice)${gap(4)}(?:tonight|now|right now|razor|blade|ready|in my hand)`, `(?:razor|blade|knife|lighter)${gap(3)}(?:in my hand|ready)${gap(6)}(?:cut|selfharm|do it)`, `sitting${gap(5)}(?:razor|blade|knife)${gap(8)}(?:done|already|more)`)), SELF),
  rule('es.sh.active', 'self_harm_active', rx(alt('me acabo de (?:cortar|quemar|lastimar|hacer dano|rajar)', `me (?:corte|queme|lastime|raje)${gap(6)}(?:sangr\\w*|no para|quiero seguir|mas|profund\\w*|ahora)`, 'me estoy (?:cortando|quemando|lastimando|haciendo dano|rajando)', `(?:me voy a|voy a) (?:cortar(?:me)?|quemar(?:me)?|lastimar(?:me)?)${gap(3)}(?:ya|ahora|esta noche)`, 'no (?:para|deja) de sangrar')), SELF | HIST, { past: 'sh.past' }),
  // ---- concern: urges without acting, low-level self-injury
  rule(
    'sh.urge',
    'self_harm_urge',
    rx(
      alt(
        `(?:urge|urges|need|itch|itching|craving|cravings|pull|temptation|tempted|want|wanting|dying|desperate|close|so close|thinking about|thoughts of|feel like|screaming at me|telling me|begging me|yelling at me)${gap(2)}(?:to |of |about )?(?:cut|cutting|selfharm\\w*|hurt(?:ing)? ${MYSELF}|burn(?:ing)? ${MYSELF}|hit(?:ting)? ${MYSELF}|scratch(?:ing)? ${MYSELF}|harm(?:ing)? ${MYSELF}|relaps\\w*|breaking (?:it|my streak|my clean streak))`,
        '(?:urge|urges|pull|craving) (?:is|are|has been|keeps)', 'instead of (?:cutting|selfharm\\w*|hurting myself|burning myself|punching myself|hitting myself|harming myself|hurting me)',
        '(?:selfharm|cutting|burning) (?:urges?|cravings?|thoughts)(?= [.,?] | $| bad| again| strong| are| today| tonight| so)', '(?:red pen|butterfly project|ice cube|elastic band|rubber band|marker) (?:trick|method|instead)', 'drawing on my (?:arm|arms|wrist|skin) instead',
        `relapsed (?:a (?:tiny |little )?bit|slightly|a little)`, `(?:few |some |a couple of )?scratch(?:es|ed)?${gap(2)}(?:with |w )?my nails`,
        '(?:ganas|impulso|necesidad|tentacion) (?:\\w+ )?de (?:cortarme|lastimarme|hacerme dano|rasgunarme|quemarme|golpearme|rayarme)', '(?:started|been|keep|begun) (?:scratching|cutting|burning|hitting myself|picking|biting|selfharming)(?: myself| my [a-z]+)? again', 'just (?:want|wanted|need|needed|wanting|needing) to feel (?:something|anything|pain|real)',
        '(?:itching|itch|itchy|craving|aching|desperate|reaching|twitching|longing|dying) (?:for|to (?:grab|get|use|hold)) (?:the|my|a) (?:knife|blade|razor|lighter|sharpener|scissors|blades|razors|compass)', '(?:fantasi[sz]\\w*|daydream\\w*|dreaming) about (?:cutting|selfharm\\w*|hurting myself|burning myself)', `(?:pulled|pulling|pull|ripped|ripping) (?:out )?(?:my )?hair(?: out)?${gap(4)}(?:until|till|bald|patch|bleed\\w*)`, '(?:keep|kept|been|started|have been|always end up) (?:hitting|punching|slapping|scratching|biting|pinching|hurting|cutting|burning) (?:myself|my (?:head|face|legs?|arms?|wrists?))', '(?:me corto|me lastimo|me quemo|me rasguno|me pego|me golpeo|me muerdo) (?:a veces|de vez en cuando|cuando|seguido|todos los dias|mucho)',
        `(?:snap|snapped|snapping|flick|flicked|flicking|twang\\w*|ping|pinged|pinging)${gap(2)}(?:a |the |my )?(?:hair tie|hair bobble|bobble|hairband|hair band|scrunchie|rubber band|elastic band|elastic|band)`,
        `(?:biting|bite|bit|scratching|scratch|scratched|picking|pick|picked|pulling|pulled|hitting|hit|pinching|pinch|pinched|digging|dug|punching|punched|slapping|slapped)${gap(4)}(?:cheek|skin|arms?|legs?|hair|wrists?|nails|lips?|face|head|myself|thighs?)${gap(4)}(?:until|till|til|so hard|bleed|bleeds|blood|bruise|bruises|bruised|marks|raw|a few times)`,
        `(?:banged|hit|bashed) my head${gap(4)}(?:a few times|nothing serious|no bump|keep wanting|want to)`,
        '(?:looking up|looked up|searching|searched|googling|googled|thinking about) (?:where|how) to (?:buy|get|find) (?:more |new |some )?(?:razors?|blades?|sharpeners?)',
        `(?:days?|weeks?|months?) (?:clean|without selfharm|sh free|free)${gap(8)}(?:close to|about to|want to|tempted)`,
        '(?:ganas|impulso|necesidad|tentacion) de (?:cortarme|lastimarme|hacerme dano|rasgunarme|quemarme|golpearme|rayarme)', `me muerdo${gap(4)}hasta sangrar`,
      ),
    ),
    SELF | HIST,
    { past: 'sh.past' },
  ),
  rule('sh.done_some', null, rx(alt('(?:done|did|made) (?:a few|some|one|two|three|four|five|\\d+|a couple|several)(?: cuts)? already', '(?:already|just) (?:done|did|made) (?:a few|some|one|two|\\d+|a couple|several|it)', '(?:ive|i have|i) (?:already )?(?:done|made) (?:a few|some|two|\\d+|a couple|several) (?:cuts|already)')), NEG),
  rule('sh.tool_at_hand', null, rx(alt(`(?:blades?|razors?|knife|knives|lighter|scissors|sharpener|cutter|cuter|cuchillas?|navaja|cuchillo)${gap(2)}(?:are |is |s )?(?:out|ready|laid out|set out|lined up|next to me|in front of me|in my hand|on the (?:floor|bed|table|sink|side))(?= [.,?] | $| and| on| in| right| rn| now)`, `(?:tengo|traigo|agarre) (?:el|la|una|un|las) (?:cuter|cutter|cuchilla|cuchillas|navaja|cuchillo|hoja)${gap(1)}(?:en la mano|aqui|lista)`, '(?:sleeves? (?:up|rolled up)|subi la manga|me subi la manga)', `(?:with|holding|have|got|grabbed|picked up)${gap(2)}(?:the|a|my) (?:razor|blade|knife|lighter|scissors|glass|sharpener)`, `(?:razor|blade|knife|lighter)${gap(2)}(?:in my hand|next to me|in front of me|ready)`, 'con (?:la|una) (?:navaja|cuchilla|hoja)')), NEG),
  rule('sh.with_it', null, rx(alt('(?:in|locked in|sat in|sitting in) the (?:bathroom|toilet|shower|bedroom|car) with (?:it|the door locked|them|the [a-z]+ locked)', 'with the door locked', 'door(?:s| is)? locked')), 0),
  rule('sh.about_to', null, rx(alt('(?:about to|going to|gonna|ready to) (?:start|begin|go|do it)(?= [.,?] | $| again| now| right now)', '(?:about to|im going to|im gonna|i am going to|and im going to)(?= [.,?] | $)', 'talk me out of it', '(?:in|locked in) the bathroom with (?:it|the door locked|them)', 'no se si (?:voy a poder|puedo) parar', 'i cant not', '(?:cant|cannot) (?:hold|stop) (?:it|myself) (?:any )?(?:longer|anymore)')), NEG),
  rule('sh.want_more', null, rx(alt(`(?:going to|gonna|about to|ill|i will|im going to|ready to) use (?:it|them|this|that|the (?:razor|blade|knife|lighter|scissors|glass)) on (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|body))`, '(?:want|wanna|need|going|about|ready) to (?:do (?:more|it again|another|some more)|keep going|go deeper|cut (?:again|more|deeper))', 'quiero (?:hacer(?:me)? mas|seguir)')), NEG | THIRD),
  rule('sh.acquire_more', null, rx(`(?:looking up|looked up|searching|searched|googling|googled|thinking about|caught myself)${gap(3)}(?:where|how) to (?:buy|get|find) (?:more|some|new|another)`), NEG),
  rule('injury.severe', null, rx(alt('not enough (?:plasters|bandages|dressings|band ?aids)(?: in the house)? for this', '(?:wont|cant|doesnt|isnt|not) stop(?:ping)? bleeding', 'bleeding (?:heavily|a lot|everywhere|badly|so much|through)', 'blood (?:everywhere|all over|wont stop|pouring|gushing|soaking|is pouring)', '(?:need|needs|might need|probably needs) stitches', 'gaping', '(?:see|seeing) (?:the )?(?:fat|bone)', 'wont close', 'no (?:para|deja) de sangrar', 'sangra mucho')), NEG | QUOTE | THIRD),
  rule('sh.low_level', null, rx(alt('no marks(?: really)?', 'nothing serious', 'no bump', '(?:didnt|did not|not) break (?:the )?skin', 'nothing that needs (?:anything|stitches|care)', 'barely (?:a )?marks?', 'no real damage', 'not (?:deep|bad|bleeding)', 'superficial')), 0),
  rule('sh.streak', null, rx(alt('(?:day )?\\d+ (?:days? |weeks? |months? )?(?:clean|free)(?: from (?:selfharm|cutting|it))?', '(?:clean|free) from (?:selfharm|cutting)', 'selfharm free', 'llevo \\d+ (?:dias|semanas|meses) limpi[oa]')), 0),
  rule('sh.want_bare', null, rx(alt('(?:really |still |so )*want to (?:ruin it|break it|relapse|do it|so bad(?:ly)?|so much|really bad)(?= [.,?] | $| tonight| again| though| tho)', 'but i (?:really |still )*want to(?= [.,?] | $| so| though| tho)', 'want to though(?= [.,?] | $)')), NEG),
  rule('sh.tool_new', null, rx(alt(`(?:got|bought|new|ordered|picked up|found)${gap(2)}(?:pencil )?sharpeners?`, '(?:taken|took|take|taking) (?:it|the sharpener|the razor|a razor|the blade) apart', 'blades? out of (?:a |the )?(?:sharpener|razor)')), NEG | THIRD),
  rule('sh.did_again', null, rx(alt('did it again', 'done it again', 'relapsed', 'cut (?:it|again)', 'lo volvi a hacer', 'recai')), NEG | THIRD),
  rule('sh.mention', null, rx(alt(SH_ACT, 'razors?', 'blades?', 'cortarme', 'me corto')), STD),
  // ---- urgent: overdose or toxic ingestion already taken
  rule('od.quantity', 'overdose_taken', rx(alt(`(?:${TOOK}) ${APPROX}(?:${QUANT_STRONG})${gap(5)}(?:${MEDS})`, `(?:${TOOK}) (?:my|the|her|his|all my) (?:${MEDS})${gap(2)}(?:all at once|at once|in one go)`, `(?:${TOOK}) ${APPROX}(?:${QUANT_STRONG})(?: of)? (?:them|it)`)), SELF | HIST, { past: 'attempt.remote', unless: ACCIDENT }),
  rule('od.symptoms', 'overdose_taken', rx(`(?:${TOOK}) ${APPROX}(?:${QUANT_WEAK}|${QUANT_STRONG})${gap(5)}(?:${MEDS})${gap(14)}(?:${SYMPTOMS})`), SELF | HIST, { past: 'attempt.remote' }),
  rule('od.purpose', 'overdose_taken', rx(`(?:${TOOK})${gap(6)}(?:${MEDS}|${TOXIC})${gap(6)}(?:${PURPOSE})`), SELF | HIST, { past: 'attempt.remote' }),
  rule('od.stated', 'overdose_taken', rx(alt('(?:i|ive|i have|i just|just|i think i) (?:overdosed|overdose)(?! on (?:caffeine|coffee|sugar|chocolate|netflix|tv))', 'i (?:took|have taken|just took) an overdose', `overdosed (?:on|with)${gap(3)}(?:${MEDS})`, `overdosed${gap(2)}(?:on purpose|an hour|earlier|tonight|just now|(?:\\d+|a few|two) (?:mins|minutes|hours|hrs) ago)`)), SELF | HIST, { past: 'attempt.remote' }),
  rule('od.toxic', 'overdose_taken', rx(`(?:drank|drunk|swallowed|ate|ingested|took|downed|had|chugged|necked)${gap(4)}(?:${TOXIC})`), SELF | HIST, { past: 'attempt.remote', unless: rx('(?:smell|fumes|by accident|accidentally|splashed|spilled|on my (?:skin|hands))') }),
  rule('od.owned', 'overdose_taken', rx(`(?:${TOOK})${gap(6)}(?:${MEDS}|ones)${span(16)}(?:did it on purpose|(?:i|it was) (?:on purpose|deliberate)|deliberately|a proposito)`), SELF | HIST, { past: 'attempt.remote', unless: ACCIDENT }),
  rule('od.too_late', 'overdose_taken', rx(alt(`(?:already )?(?:taken|took|swallowed|downed) (?:them|it|the lot|the (?:tablets|pills|meds))${gap(5)}(?:too late|cant undo|no going back|cant take it back)`, `(?:its|it is) too late${gap(4)}(?:taken|took|swallowed) (?:them|it|the lot)`, 'ya me las tome', 'ya es tarde')), SELF),
  rule('od.took_meds_sorry', null, rx(`(?:i did it|i took|ive taken|i swallowed|took) (?:the|my|them|all the|all my|all of the) (?:tablets|pills|meds|medication)`), SELF),
  rule('od.took_all', null, rx(alt('(?:took|swallowed|taken|downed|necked) (?:them all|all of them|the lot|every (?:single )?one|the whole lot|it all)', `(?:took|swallowed|taken|downed|necked) (?:them|it|the pills|the tablets|the meds)${span(6)}(?:all of them|every (?:single )?one|the whole lot|the lot|all)(?= [.,?] | $)`, '(?:me las tome|me tome) todas')), SELF),
  // "💊💊💊🍷 done": pills (repeated, or with drink) then done.
  rule('od.pills_done', null, rx(`(?:pills (?:pills ?)+|pills${gap(2)}(?:wine|beer|whisky|vodka|alcohol|booze|drink|gin|rum))${gap(3)}(?:done|gone|taken|down|swallowed|all gone)(?= [.,?] | $)`), NEG | QUOTE),
  rule('farewell.signoff', null, rx(alt('(?:good ?)?night(?: all| everyone| world| yall)? x{1,3}(?= [.,?] | $)', 'love you all', 'bye x{1,3}(?= [.,?] | $)')), 0),
  rule('od.whole_pack', null, rx(`(?:took|swallowed|taken|downed|necked|finished|emptied|had) (?:the whole|a whole|an entire|the entire|all the|every(?:thing in the)?|the rest of the) (?:box|bottle|packet|pack|strip|blister(?: pack)?|tub|jar|lot|sheet)(?! of (?:chocolates?|biscuits|crisps|sweets|cereal|wine|beer|pizza|cookies|doughnuts|ice cream|popcorn|tissues|cigarettes|smokes|vapes?))`), SELF | HIST, { past: 'attempt.remote', unless: ACCIDENT }),
  rule('od.child_ingestion', 'overdose_taken', rx(`(?:${CHILD_NOUN}|toddler|little one|\\d ?(?:yo|year old|month old))${gap(8)}(?:ate|swallowed|drank|got into|has eaten|had|eaten|chewed|took|found and ate)${gap(8)}(?:${MEDS}|${TOXIC}|pills|tablets|batter(?:y|ies)|button batter(?:y|ies)|magnets|e ?cig liquid|vape liquid)`), QUOTE | HIST, { unless: rx(alt('what (?:happens|would happen) if', 'is it (?:safe|ok)', 'how (?:do|can) i (?:stop|prevent|childproof)', 'in case')) }),
  // "I want to take the lot", "gonna neck them": wanting or about to swallow (a means combo needs this with the means and "all").
  rule('intent.take', null, rx(alt('(?:want|wanna|going|gonna|about|ready|planning|plan|tempted|need|have) to (?:take|swallow|neck|down)', '(?:gonna|ll|will|shall) (?:take|swallow|neck|down)', '(?:quiero|voy a|me voy a|pienso) (?:tomar(?:me)?|tragar(?:me)?)')), 0),
  rule('quant.all', null, rx(alt('all of them', 'the lot', 'every (?:single )?one', 'the whole (?:lot|bottle|box|pack|packet|strip)', 'all (?:my|the) (?:pills|meds|tablets)', 'todas', 'todo el (?:frasco|bote|blister)')), 0),
  // Ingestion described by where the liquid was kept or what it looked like, not by its name: "drank what
  // was under the sink", "some of the blue stuff from the garage", "me bebí lo del garaje".
  rule('od.household', 'overdose_taken', rx(alt(
    `(?:drank|drunk|swallowed|downed|necked|chugged|gulped|sipped|ingested)${gap(3)}(?:what(?:s| was| is| were) (?:under|in|kept under|from under|in the cupboard under) (?:the|our|my) (?:kitchen )?(?:sink|cleaning cupboard|garage)|(?:the |some )?(?:blue|green|pink|yellow|purple|orange|red|clear|white) (?:stuff|liquid|fluid|bottle)${gap(2)}(?:from|in|out of|under)|(?:stuff|something|liquid|a bottle|some) (?:from|out of|in|under) (?:the|my|our|my dads|my mums|dads|mums) (?:garage|shed|cleaning cupboard|sink|utility room|cupboard under the sink)|(?:the )?(?:cleaning|garage|garden|car|pool) (?:stuff|liquid|products?|chemicals))`,
    `(?:bebi|he bebido|me bebi|me he bebido|tome|me tome|he tomado|me he tomado|trague|me trague)${gap(3)}(?:${ES_TOXIC}|lo (?:que habia|que hay) (?:debajo del|bajo el|en el) (?:fregadero|lavabo|garaje|garage)|(?:el|un|lo del) (?:liquido (?:azul|verde|rosa|del garaje)|garaje|garage))`,
  )), SELF | HIST, { past: 'attempt.remote', unless: rx(alt('by (?:mistake|accident)', 'accidentally', 'por error', 'sin querer', 'smell', 'fumes', 'spilled', 'splashed', 'on my (?:skin|hands)', 'pool party', 'drank some of the (?:blue|pink|green|red) stuff at')) }),
  // "me he bebido un vaso", "drank a glass of it": an amount of something named a turn earlier.
  rule('od.drank_some', null, rx(alt('(?:drank|drunk|had|downed|swallowed|necked|chugged) (?:a (?:glass|cup|mug|swig|mouthful|bottle|capful|shot)|some|half (?:a|the) bottle)(?: of it| of that)?(?= [.,?] | $| of it| already| now| earlier| just| an hour| a while)', '(?:me )?(?:he )?(?:bebido|bebi|tomado|tome|tragado|trague) (?:un vaso|un trago|un poco|media botella|una taza|un chorro|la mitad)(?= [.,?] | $| ya| de (?:eso|esa|ese|es[oa]s)| entero| hace| ahora)')), SELF),
  rule('means.toxic_mention', null, rx(alt(TOXIC, ES_TOXIC)), 0),
  // How the body feels right now, for an ingestion told in another clause or turn.
  rule('od.body_now', null, rx(alt(`(?:feel|feeling|feels|im|i am|getting|gone|going|is|s|estoy|me siento)${gap(2)}(?:${SYMPTOMS}|drunk|high|out of it|mareado|mareada|dormido|dormida|rar[oa]|muy mal)`, '(?:my )?heart (?:is )?(?:doing a|racing|pounding|going (?:really )?fast|skipping|fluttering)', '(?:throat|stomach|chest|mouth) (?:is )?(?:burning|on fire|burns)', 'cant stop (?:coughing|vomiting|throwing up|shaking)', 'me arde (?:la garganta|el estomago|el pecho|la boca)')), NEG | QUOTE),
  // "two packets of the sleeping ones i had with wine": the amount named before the act.
  rule('od.quantity_after', null, rx(`(?:${QUANT_STRONG})${gap(3)}(?:${MEDS}|sleeping ones|little (?:white|pink|blue|yellow) ones)${gap(2)}(?:i|ive|i have|i just|i already) (?:had|took|taken|swallowed|necked|downed|popped)`), SELF | HIST, { past: 'attempt.remote', unless: ACCIDENT }),
  rule('means.meds_mention', null, rx(alt(MEDS, ES_MEDS, 'blister(?: packs?)?')), 0),
  rule('tone.sorry', null, rx(alt('(?:im|i am|so) sorry', 'sorry for everything', 'forgive me', 'perdon', 'perdoname', 'lo siento')), 0),
  // A completion statement: only a feature, so it matters only next to a plan or farewell (combos).
  rule('act.done', null, rx(alt('(?:its|it is) done', 'i did it', 'ive done it', 'i have done it', 'already did it', '(?<=^ (?:ok |okay |well )?)(?:done it|did it)(?= [.,!?] | $)', '(?<=^ (?:i )?)(?:took|swallowed) (?:them|it|the lot)(?= [.,!?] | $| all| now| already)', 'lo hice', 'ya lo hice', 'ya esta hecho', 'ya me las tome')), NEG | THIRD),
  rule('od.minimising', 'overdose_taken', rx(alt('(?:maybe|guess|think|hope|probably) it (?:didnt|did not|hasnt|has not|wont) work(?:ed)?', '(?:nothing|not much) (?:has )?happened (?:yet|so far)', '(?:feel|feeling) fine so (?:maybe|probably|i guess)')), SELF, { onlyIf: rx(alt(TOOK, 'overdos\\w*', 'pills', 'tome', 'me tome')) }),
  rule('es.od.taken', 'overdose_taken', rx(alt(`acabo de (?:tomar(?:me)?|beber(?:me)?|tragar(?:me)?)${gap(3)}(?:${ES_QUANT}|el frasco|la caja|el bote|todas|todos)${gap(3)}(?:${ES_MEDS}|${ES_TOXIC})`, `(?:me )?(?:tome|bebi|trague|meti|inyecte|clave|he tomado|he bebido|he tragado|zampe)${gap(2)}(?:${ES_QUANT})${gap(4)}(?:${ES_MEDS}|${ES_TOXIC})`, `(?:me )?(?:tome|bebi|trague)${gap(3)}(?:${ES_TOXIC})`, `(?:me )?(?:tome|trague)${gap(4)}(?:${ES_MEDS})${gap(2)}de mas`, '(?:me )?(?:tome|he tomado|tuve) una sobredosis', `(?:me )?(?:tome|trague)${gap(6)}(?:${ES_MEDS})${gap(6)}(?:a proposito|para (?:morir|no despertar|matarme|dormir para siempre))`)), SELF | HIST, { past: 'attempt.remote', unless: ACCIDENT }),
];
