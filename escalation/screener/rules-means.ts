/**
 * Means: questions about heights, trains, lethal doses, mixtures and methods (features that combos
 * raise to urgent next to distress or loss, in this turn or the previous ones), means at hand,
 * preparatory acts (stockpiling, giving away, letters, affairs, acquiring a rope or gun) and
 * goodbye / final messages.
 */
import { alt, gap, rx, rxRaw } from './pattern.js';
import { HANG_MEANS, HEIGHT_PLACE, MEANS_READY, MEDS, TOXIC, WEAPON } from './lexicon-en.js';
import { ES_HEIGHT, ES_MEDS, ES_WEAPON } from './lexicon-es.js';
import { NEG, QUOTE, SELF, STD, THIRD, rule } from './rule-types.js';
import type { PatternRule } from './rule-types.js';

const DEATH_PURPOSE = alt(
  'to (?:die|kill|be fatal|be lethal|not wake(?: up)?|never wake(?: up)?|stop (?:my|your|the|a|someones) heart|overdose|end it|end (?:my|your) life|make sure|be sure|be certain|work|do it|finish (?:it|me|you))',
  '(?:is|are|would be|would|be|will be|will) (?:fatal|lethal|deadly|enough|too much to survive|certain|a sure thing|guaranteed)',
  'would (?:it take|kill|be fatal|be enough|do it|stop (?:my|your|the|a) heart)', 'for it to work', '(?:kill|kills) (?:you|someone|a person|me|somebody)', 'for it to be (?:certain|fatal|sure|final|enough|quick)',
  'so (?:you|i|someone) (?:dont|wont|do not|will not) (?:wake|survive)', 'without (?:surviving|waking)', 'para (?:morir|no despertar|matarse|matarme|que sea (?:seguro|mortal|rapido))',
  '(?:son|es|seria|serian) (?:suficientes?|mortal(?:es)?|letal(?:es)?)', 'dosis (?:letal|mortal)',
);
const SELF_PURPOSE = alt(
  'stop my heart', 'would (?:it )?(?:stop|kill) my',
  'to not wake(?: up)?', 'to never wake(?: up)?', 'for me to', 'kill me', 'to be (?:certain|sure)', 'for it to be (?:certain|sure|final|quick)',
  'make sure i', 'so i (?:dont|wont) wake', 'painless(?:ly)?', 'para no despertar', 'para (?:morir|matarme)', 'sin dolor',
);
const STRUCTURE = alt(HEIGHT_PLACE, ES_HEIGHT);
// Ordinary partings: a goodbye before a trip, a move or the next session is not a final message.
const TRIP = rx(alt('speak (?:to you )?(?:tomorrow|soon|later|next)', 'talk (?:to you )?(?:tomorrow|soon|later)', 'ttyl', '(?:until|til|till) tomorrow', 'night night', 'sleep well', 'holiday', 'vacation', 'trip', 'moving', 'move (?:to|abroad|away|out)', 'abroad', 'flight', 'camp', 'see you (?:next|tomorrow|soon|later|on [a-z]+)', 'next (?:week|session|time|month)', 'new job', 'my (?:old )?(?:job|team|class|colleagues)', 'old (?:flat|house|home|place|car|office|school|city|apartment|room|life)', 'goodbye to (?:my|the|this|that) (?:old |lovely |little )?(?:flat|house|home|car|office|school|city|apartment|room|summer|holiday|beach|dog|cat|hair)', 'vacaciones', 'viaje', 'mudanza', 'nos vemos', 'hasta (?:luego|manana|pronto|la proxima)'));
// Broad means question: a question sentence naming a means (a height, a railway, a drug, a chemical,
// deep or cold water, a weapon) together with a danger, quantity, height or timing word. Alone it is
// nothing (tourists ask about towers); next to distress or loss it is urgent means-seeking.
const MEANS_NOUN = alt(
  STRUCTURE, 'tower', 'cathedral', 'steeple', 'drop', 'trains?', 'railway', 'tracks', 'crossing', 'platform', 'freight', 'express', 'line',
  MEDS, TOXIC, 'chemicals?', 'gas', 'fumes', 'carbon monoxide', 'exhaust', 'river', 'sea', 'lake', 'reservoir', 'current', 'water', 'guns?', 'rope', 'noose',
);
const MEANS_MODIFIER = alt(
  'high', 'higher', 'highest', 'tall', 'tallest', 'drop', 'fall', 'metres', 'meters', 'feet', 'floors?', 'stor(?:e)?ys', 'height', 'deep', 'deepest', 'depth',
  'fast', 'fastest', 'speed', 'slow down', 'stop', 'stops', 'pass', 'passes', 'through', 'without stopping', 'schedule', 'timetable', 'times?', 'when',
  'lethal', 'fatal', 'deadly', 'dangerous', 'toxic', 'poisonous', 'damage', 'liver', 'kidneys?', 'heart', 'overdose', 'large amounts?', 'how (?:much|many)',
  'enough', 'survive', 'survival', 'die', 'kill', 'painless', 'quick', 'quickest', 'hurt', 'painful', 'cold', 'strong current', 'drown', 'instant',
  'hardest on', 'worst for', 'max(?:imum)?', 'railings?', 'fences?', 'barriers?', 'access', 'roof', 'unlocked', 'nobody', 'at night', 'empty',
);
// A structure named after someone, or a memorial, is not a question about jumping from it.
const MEMORIAL = rx(alt('nam(?:ed|ing)(?: it)? after', 'memorial', 'in (?:his|her|their) (?:memory|honou?r)', 'plaque', 'dedicated to'));
const QUESTION = rxRaw('\\?|^ ?(?:how|what|whats|which|where|wheres|when|does|do|is|are|can|could|would|will|roughly|approximately|anyone know|does anyone know)\\b');
const JUMP = alt('jump', 'jumping', 'jumped', 'fall', 'falling', 'drop', 'leap', 'saltar', 'tirarse', 'tirarme', 'caer', 'caida');

export const MEANS_RULES: readonly PatternRule[] = [
  // ---- means questions (features; combos decide with distress/loss context)
  rule(
    'q.height',
    null,
    rx(
      alt(
        `(?:how (?:high|tall|far (?:down|up)?)|what (?:height|floor|storey|story)|which (?:floor|storey|story|bridge|building|overpass|roof|rooftop|car park|parking garage|cliff|tower|flyover|one)|tallest|highest|lowest (?:railings?|barriers?|fences?|walls?|parapets?|sides?))${gap(8)}(?:${STRUCTURE}|${JUMP})`,
        `(?:${STRUCTURE})${gap(8)}(?:tallest|highest|high enough|tall enough|lowest railings?|lowest (?:barriers?|fences?|walls?|sides?)|easy to (?:climb|get (?:onto|up|on|over))|access to the (?:roof|top)|no (?:fences?|railings?|barriers?|nets?|cameras)|without (?:railings?|fences?|barriers?|nets?)|unlocked|open at night|(?:get|go) (?:onto|up to) the (?:roof|top))`,
        `${JUMP}${gap(6)}(?:survive|survivable|fatal|certain|sure|kill|die|deadly|lethal|guaranteed|enough)`, `how (?:high|far)(?: up| down)? (?:do you|would you|does it|would it|do i|would i|does one|would someone)${gap(9)}(?:instant|fatal|certain|die|survive|kill|sure|quick)`,
        `(?:where|wheres|where is|which|nearest|closest)${gap(4)}(?:bridge|overpass|flyover|cliff|tall building|multi ?storey|car park|tower block|viaduct)s?${gap(3)}(?:over|above|near|with|to jump|high|tall)`, `(?:tallest|highest)${gap(4)}(?:climb|get up|get onto|jump)`,
        '(?:sheer|big|long|high|steep|straight|vertical) drops?', `(?:does|do|is|are|has|have) the (?:bridge|overpass|flyover|viaduct|car park|multi ?storey|roof|cliff)${gap(5)}(?:have|got|has)? ?(?:a |any )?(?:walkway|footpath|railings?|barriers?|fences?|nets?|access|cameras)`, `(?:survival|survive|survivable|chance of surviving|odds|chances)${gap(6)}(?:${JUMP}|fall|falling)`, `(?:near|get to|reach|walk to|way to) the (?:bridge|cliffs?|viaduct|overpass|multi ?storey|car park roof|tracks|railway line|quarry)(?=(?: [^ .?]+){0,2} \\?)`,
        `(?:que|cual|cuantos) (?:altura|piso|pisos|puente|edificio)${gap(8)}(?:${STRUCTURE}|${JUMP}|morir|seguro|mortal)`, `(?:puente|edificio|azotea)s?${gap(6)}(?:mas alt[oa]s?|sin (?:barandal|barandilla|valla|reja))`,
      ),
    ),
    STD,
    { unless: MEMORIAL},
  ),
  rule(
    'q.train',
    null,
    rx(
      alt(
        `(?:when|what time|how often|which times?|timetable|schedule|times)${gap(6)}(?:trains?|freight|express|intercity|eurostar)${gap(6)}(?:pass|passes|passing|come through|comes through|go by|goes by|go through|goes through|crossing|without stopping|through the station|run|fastest|speed)`,
        '(?:fastest|non ?stop|express|freight) trains?(?: [^ .?]+){0,6} (?:pass|through|crossing|station|times?|when)', 'trains? (?:that )?(?:dont|doesnt|do not|does not) stop', `(?:does|do|will|would)${gap(2)}(?:trains?|freight|express)${gap(8)}(?:stop|slow down|go (?:straight )?through|pass)`, `(?:level crossing|railway crossing|train tracks|the tracks|railway line)${gap(6)}(?:when|what time|stop|through|fast|pass|unmanned|no barrier)`,
        `(?:a que hora|cuando|horarios?)${gap(6)}(?:pasa|pasan)${gap(3)}(?:el |los )?(?:tren|trenes|metro)`,
      ),
    ),
    STD,
  ),
  rule(
    'q.dose',
    null,
    rx(
      alt(
        `(?:how (?:many|much)|what (?:dose|amount|number|quantity)|which (?:dose|amount)|cuant[oa]s?)${gap(8)}${DEATH_PURPOSE}`,
        '(?:lethal|fatal|deadly|toxic|letal|mortal) (?:dose|amount|quantity|level|dosis|cantidad)', `(?:which|what) (?:medication|meds|pills?|drugs?|tablets?|poison|chemical|combination)s?${gap(4)}(?:would|could|will|can|to)${gap(1)}(?:stop (?:my|your|the|a) heart|kill|be fatal|be lethal|not wake)`, '(?:dosis|cantidad) (?:letal|mortal)',
        `(?:${MEDS}|${ES_MEDS}|${TOXIC})${gap(6)}(?:enough to|to) (?:kill|die|be fatal|not wake)`, `how many${gap(6)}(?:overdose|to od)`, `what (?:would )?happens? (?:to you |to someone |to your body )?if (?:you|someone|somebody|a person|i|u) (?:took|take|swallowed|swallow|drank|drink|ate)${gap(4)}(?:whole|all|box|bottle|pack|packet|strip|lot|load|bunch|\\d{2})${gap(3)}(?:${MEDS}|${TOXIC})`,
        `would (?:\\d+|a (?:box|bottle|packet|strip)|all (?:of )?(?:my|the|these)|the whole)${gap(4)}(?:kill|be (?:fatal|lethal|enough))`,
      ),
    ),
    STD,
  ),
  rule('q.broad', null, rx(`(?:${MEANS_NOUN})${gap(10)}(?:${MEANS_MODIFIER})|(?:${MEANS_MODIFIER})${gap(10)}(?:${MEANS_NOUN})`), STD, { onlyIf: QUESTION, unless: rx(alt('nam(?:ed|ing)(?: it)? after', 'memorial', 'in (?:his|her|their) (?:memory|honou?r)', 'plaque', 'funeral', 'visit', 'visiting', 'holiday', 'trip', 'tour', 'sightseeing', 'commute', 'to work', 'to school', 'ticket', 'fare', 'delayed', 'cancelled', 'strike', '(?:trains?|bus|coach|flight|ferry) (?:to|from|back to|into|home)', 'journey', 'travel', 'get home', 'prescribed', 'safe dose', 'side effects?', 'missed (?:a|my) dose', 'doctor said')) }),
  rule('q.dose_self', null, rx(alt(`(?:${MEDS}|${ES_MEDS}|pills|tablets)${gap(3)}(?:be |is |are )?enough to (?:kill me|end it|end my life|die|not wake up)`, 'enough to kill me', `(?:how (?:many|much)|what (?:dose|amount)|cuant[oa]s?)${gap(8)}${SELF_PURPOSE}`, '(?:painless|quickest|easiest|surest|least painful|most peaceful|fastest|best) (?:way|ways|method|methods) (?:to|of) (?:die|dying|kill myself|end (?:it|my life)|commit suicide|not wake up|bleed out|od|overdose|hang myself|drown myself)', '(?:forma|manera) (?:mas )?(?:rapida|facil|indolora|segura) de (?:morir|matarme|suicidarme)')), STD),
  rule(
    'q.mix',
    null,
    rx(
      alt(
        '(?:dangerous|deadly|toxic|lethal|poisonous|harmful)(?: [^ .?]+){0,3} (?:to mix|to combine|mixture|combination|gas|fumes|together)',
        `(?:mix|mixing|combine|combining)${gap(6)}(?:bleach|ammonia|chemicals|cleaning products|household products|${TOXIC})${gap(8)}(?:gas|fumes|toxic|dangerous|deadly|closed room|small room|bathroom|car|kill|die)`,
        `(?:which|what) (?:household |cleaning )?(?:chemicals|products|cleaners)${gap(6)}(?:dangerous|deadly|toxic|lethal|poisonous)`, `(?:mix|mixture|combination|combo)(?: of)?${gap(3)}(?:household|cleaning|chemicals|products|stuff|cleaners)${gap(6)}(?:gas|fumes|toxic|poison)`, '(?:gives off|makes|produces|creates|releases) (?:the most |a |toxic |poisonous |deadly )?(?:gas|fumes)',
        `(?:which|what) (?:meds|medications|pills|drugs)${gap(6)}(?:dangerous|deadly|lethal|fatal) (?:together|to mix|combined|with alcohol)`, `(?:most|more|really) (?:dangerous|deadly|lethal|toxic) (?:medications?|medicines?|meds|pills?|drugs?|combinations?)${gap(4)}(?:with|and|to mix|together|alcohol)`,
        `(?:que|cuales) (?:productos|quimicos|medicamentos|pastillas)${gap(6)}(?:peligros[oa]s|mortales|toxic[oa]s) (?:de mezclar|juntos|al mezclar)`, 'mezclar (?:lejia|cloro) (?:con|y) (?:amoniaco|salfuman)',
      ),
    ),
    STD,
  ),
  rule(
    'q.method',
    null,
    rx(
      alt(
        '(?:painless|quick(?:est)?|easiest|easy|surest|fastest|peaceful|least painful|best|most effective|reliable) (?:way|ways|method|methods) (?:to|of) (?:die|dying|go|end it|end (?:my|your|a) life|kill (?:myself|yourself|oneself)|suicide|not wake up|overdose|od)',
        `(?:does|would|will|is|do)${gap(4)}(?:carbon monoxide|monoxide|hanging|drowning|an overdose|overdosing|bleeding out|jumping|gas|exhaust fumes|helium|charcoal|(?:${HANG_MEANS}))${gap(3)}(?:hurt|painful|feel anything|quick|fast|work|take long)`,
        `(?:carbon monoxide|monoxide|hanging|drowning|overdosing|bleeding out|exhaust|helium|charcoal)${gap(4)}(?:hurt|painful|feel anything|how long|quick|fast)`,
        `how long${gap(10)}(?:for it to work|to die|until (?:i|you|someone) (?:die|dies|stop breathing)|before (?:i|you|someone) (?:die|dies)|to drown|to freeze to death|to bleed out)`, 'how long (?:does it take|until|before|till|would it take)(?: [^ .?]+){0,5} (?:to )?(?:die|bleed out|drown|pass out|lose consciousness|stop breathing|heart stops|liver fails|be found)',
        '(?:forma|manera|metodo) (?:mas )?(?:rapida|facil|segura|indolora|sin dolor) de (?:morir|matarme|suicidarme|acabar)', '(?:duele|dolera) (?:morir|ahorcarse|ahogarse|el monoxido)',
      ),
    ),
    STD,
  ),
  rule(
    'q.acquire',
    null,
    rx(
      alt(
        `(?:where|how) (?:can|could|do|would|to|should|might) (?:i |you |one |someone )?(?:buy|get|find|get hold of|order|purchase|obtain|source)${gap(3)}(?:${WEAPON}|${HANG_MEANS}|pesticides?|weed ?killer|paraquat|poison|cyanide|helium|charcoal|barbiturates|nembutal|sodium nitrite|razor blades?|${MEDS})`,
        `(?:donde|como) (?:puedo|se puede|consigo|compro|conseguir|comprar)${gap(3)}(?:${ES_WEAPON}|cuerda|soga|veneno|raticida|${ES_MEDS})`,
      ),
    ),
    STD,
  ),
  rule('q.research', 'means_seeking', rx(`(?:looked up|looking up|googling|googled|researching|researched|reading up on|searching|searched|busque|buscando|investigando)${gap(3)}(?:ways|methods|how|formas|maneras|como) (?:to|de)${gap(1)}(?:die|kill myself|end (?:it|my life)|overdose|od|not wake up|hang myself|suicide|morir|matarme|suicidarme|quitarme la vida)`), SELF),
  rule('q.method_self', 'means_seeking', rx('(?:how (?:do|can|could|would|should) i|best way for me to|how to) (?:kill myself|end my life|commit suicide|overdose|hang myself|od)'), SELF),
  // ---- means at hand
  rule('means.ready', null, rx(alt(MEANS_READY, `(?:ya )?tengo${gap(2)}(?:pastillas|cuerda|soga|pistola|arma|veneno|cuchilla)${gap(1)}(?:listas?|list[oa]|aqui|preparad[oa]s?|conmigo|guardad[oa]s?)`)), STD),
  rule('means.weapon_mention', null, rx(alt(`(?:my |his |her |the |dads |my dads |a )?(?:${WEAPON})`, ES_WEAPON, HANG_MEANS)), 0),
  rule('means.weapon_held', null, rx(`(?:ive got|i have|i got|got|holding|have)${gap(2)}(?:my |the |a |dads |my dads |his )?(?:gun|pistol|shotgun|rifle|revolver|handgun|firearm)`), SELF),
  rule('alone.place', null, rx(alt('(?:sitting|alone|parked) (?:in|at) (?:the|my) (?:car|garage|woods|shed|room|bathroom|basement)', 'by myself', 'on my own', 'home alone', 'alone (?:now|tonight|right now)', 'sitting in the car')), 0),
  rule('means.fixation', null, rx(alt(`(?:looking at|staring at|holding|thinking about|keep looking at|been looking at)${gap(3)}(?:${WEAPON}|${HANG_MEANS}|${MEDS}|pills|bridge|tracks|the edge|the ledge)${gap(3)}(?:a lot|all (?:day|night)|for hours|again|constantly|every day|lately)`, `(?:mirando|pensando en)${gap(3)}(?:${ES_WEAPON}|la cuerda|las pastillas|el puente)`)), STD),
  // ---- urgent preparatory acts
  rule(
    'prep.stockpile',
    'preparatory_behavior',
    rx(
      alt(
        `(?:saving|saved|stockpil\\w*|hoard\\w*|stash\\w*|hiding|hid|hide|collect(?:ing|ed)|squirrel\\w*|put(?:ting)? (?:them |it )?aside|set(?:ting)? (?:them |it )?aside|build(?:ing)? up|skipping doses to save)${gap(5)}(?:${MEDS})`,
        `(?:kept|keeping|keep|held|holding|put|putting|saved|saving|set|setting) (?:back|aside|by)${gap(5)}(?:${MEDS})`, `(?:worth|supply) of (?:my )?(?:${MEDS})${gap(3)}(?:each|every) (?:month|week|time|prescription)`,
        `(?:${MEDS})${gap(4)}(?:saved up|saved|stockpiled|hoarded|stashed|hidden away|hidden|put aside|set aside|collected|put away)`,
        `(?:hide|hiding|hid|stash|stashing|save|saving|keep back|keeping back)${gap(1)}(?:half|some|part|a few|most|all|a couple|one or two)(?: of)? (?:it|them|each (?:box|pack|prescription))`,
        `(?:\\d+|two|three|four|five|six|several|a few|many) (?:months?|weeks?)${gap(1)}(?:worth|supply)${gap(3)}(?:now|saved|hidden|stashed|put away)`,
        `(?:enough|a stash of|a supply of) (?:${MEDS})${gap(3)}(?:saved|stored|put away|hidden|to (?:do it|end it|not wake up|die))`,
        `(?:ask(?:ed)?|request(?:ed)?|order(?:ed)?|got|get|getting)${gap(2)}(?:refills?|repeats?|prescriptions?|scripts?)${gap(1)}early`, '(?:kept|keeping|saved|saving) (?:the|my|all the) (?:old|spare|extra|leftover|unused) (?:ones|pills|tablets|meds|boxes|packets)',
        `(?:guardando|juntando|acumulando|escondiendo|ahorrando)${gap(3)}(?:${ES_MEDS})`, `tengo (?:guardadas|escondidas|juntadas|acumuladas)${gap(2)}(?:${ES_MEDS})`,
      ),
    ),
    SELF,
    { unless: rx('(?:from|away from|de) (?:my |the |mis |los )?(?:kids|son|daughter|children|toddler|dog|cat|baby|hijos|ninos)')},
  ),
  rule('prep.quantity_held', 'preparatory_behavior', rx(`(?:ive got|i have|i got|got|have|keep|kept|collected|saved|stashed)${gap(3)}(?:almost |nearly |about |over |like |at least |more than )?(?:a hundred|hundreds|[3-9]\\d|\\d{3}|fifty|sixty|seventy|eighty|ninety)(?! (?:mg|milligrams|days|minutes|hours|quid|pounds|dollars|euros|percent))`), SELF, { onlyIf: rx(alt('spare (?:tablets|pills|meds)', 'extra (?:tablets|pills|meds)', 'leftover (?:tablets|pills|meds)', 'tablets', 'pills', 'meds', 'pastillas')), unless: rx(alt('prescribed', 'pharmacist', 'pill organi[sz]er', 'dosette', 'for the (?:week|month)', 'month supply')) }),
  rule('prep.counted', 'preparatory_behavior', rx(alt(`counted out (?:the |my |all (?:the |my )?)?(?:${MEDS})`, `(?:${MEDS}) (?:are |all )?(?:counted(?: out)?|lined up|laid out)`, 'tengo las pastillas (?:contadas|listas|preparadas)')), SELF),
  rule('prep.give_away', null, rx(alt('(?:made sure|arranged|organised|organized|sorted (?:out )?(?:that|where)?|decided) (?:that )?(?:my|all my) [a-z]+ (?:is|are|goes|go|is going|will go|are going) to', `(?:gave|giving|give|given|gifted|handed|sold|selling|sell|donated|donating|rehomed|rehoming|left)${gap(1)}(?:away )?(?:all |most of |the rest of |some of )?(?:my|all my) [a-z0-9]+`, `(?:regale|regalando|di|vendi|estoy regalando|estoy vendiendo|le di|le deje)${gap(2)}(?:mi|mis|todo|todas mis|todos mis)`)), THIRD),
  rule('prep.no_need', null, rx(alt('(?:wont|will not|not going to|not gonna|dont|do not|no longer|wont be) (?:need|be needing|have (?:any )?use for|use)(?: it| them| em| any of (?:it|them|this)| anything| my [a-z]+| those| these)?(?: anymore| any more| where im going| now| soon| after)?', '(?:where|were) (?:im|i am) going', 'no (?:voy a|los voy a|la voy a|lo voy a|las voy a) (?:necesitar|ocupar|usar)(?:l[oa]s?)?', 'ya no (?:l[oa]s? )?(?:necesito|voy a necesitar)')), 0),
  rule(
    'prep.letters',
    'preparatory_behavior',
    rx(
      alt(
        `(?:wrote|written|writing|write|left|leaving|finished|typed|drafted|prepared|preparing|recorded|recording)${gap(2)}(?:(?:last|final|goodbye|farewell|suicide) )(?:letters?|notes?|messages?|cards?|emails?|videos?)`,
        `(?:wrote|written|writing|finished|typed|drafted|prepared|left)${gap(2)}(?:letters?|notes?|messages?|cards?) (?:for|to) (?:each of|all of|every one of) (?:my|them)`,
        '(?:suicide|goodbye|farewell) (?:note|letter)', `(?:letters?|notes?|messages?)${gap(5)}(?:explaining why|to explain why|saying goodbye|saying sorry|so (?:they|she|he|you) (?:know|understand|wont))`, `(?:letters?|notes?|messages?|something)${gap(4)}(?:(?:they|she|he|you|everyone) can read|to be (?:read|found|opened)) (?:after|when|once)`,
        `(?:message|letter|note|something|words)${gap(6)}(?:shell|hell|theyll|they will|she will|he will|they can|she can|he can|you can) (?:read|see|find)${gap(1)}(?:afterwards|after|later|when im gone|once im gone)`, '(?:carta|cartas|nota|notas|mensaje) de despedida', '(?:escribi|escribiendo|deje|dejando) (?:una )?(?:carta|cartas|notas?) (?:para|a) (?:cada|mis|todos)',
      ),
    ),
    SELF,
  ),
  rule(
    'prep.after_gone',
    'preparatory_behavior',
    rx(
      alt(
        '(?:after|when|once|for when|by the time|for after) (?:im|i am|ive|i have|ill be|i will be|i m) (?:gone|not (?:here|around|alive)|no longer (?:here|around|alive|with you|in the picture)|dead|passed|away for good)(?! (?:on|for (?:the|a|two|\\d+)|to|from|at|with) )',
        '(?:after|when) i (?:die|pass)(?! away peacefully| of old age)', '(?:im|i am) (?:not here|gone) anymore', 'when (?:im|i am) not (?:here|around) anymore',
        '(?:cuando|despues de que|una vez que) (?:ya )?(?:no este|me haya ido|me muera|ya no estoy|me vaya para siempre)',
      ),
    ),
    SELF,
  ),
  rule(
    'prep.affairs',
    'preparatory_behavior',
    rx(
      alt(
        '(?:sort|sorted|sorting|put|putting|got|get|getting|have|arranged|arranging|tidied|tidy|tying up|tied up|settled|settling|finalis(?:ed|ing)|finaliz(?:ed|ing)|organi[sz](?:ed|ing)) (?:out )?(?:all )?(?:my|the last of my|the rest of my) (?:affairs|loose ends|estate|will)',
        '(?:affairs|everything|all my paperwork|my finances) in order', '(?:instructions|plans|wishes|arrangements|music|songs) for my (?:own )?funeral', '(?:planned|planning|arranged|arranging|paid for) my (?:own )?funeral', 'left (?:my )?(?:passwords|pins?|bank details|instructions) (?:for|with|to) (?:my )?[a-z]+', 'tying up (?:all )?(?:the |my )?loose ends', 'updated my will',
        '(?:passwords?|pins?|bank details|account details|login details|the deeds?|my will) (?:are|is) (?:in|under|on|at|with)',
        `life insurance(?: policy)?${gap(3)}(?:covers?|pays?(?: out)?|papers|payout|will pay|suicide)`, `(?:checked|checking) (?:the|my) (?:life insurance|policy)${gap(3)}(?:covers?|pays)`,
        '(?:deje|dejando|dejar) (?:todo|mis cosas|mis papeles|mis asuntos) en orden', '(?:arregle|arreglando|arreglar|organice) (?:todos )?mis (?:asuntos|papeles|cuentas)', 'seguro de vida', 'mi testamento',
      ),
    ),
    SELF,
    { unless: rx(alt('before (?:my|the) (?:surgery|operation|trip|move|travels?|deployment|procedure)', 'just in case', 'estate planning', 'financial adviser', 'antes de (?:la|mi) (?:operacion|cirugia|viaje)')) },
  ),
  rule('prep.acquire', null, rx(alt(`(?:bought|buying|buy|got|getting|ordered|ordering|picked up|purchased|purchasing|acquired|borrowed|stole|got hold of|found|took)${gap(2)}(?:a |an |some |the |my |more |enough |extra |length of )?(?:${HANG_MEANS}|guns?|pistol|handgun|firearm|rifle|shotgun|ammo|bullets|pesticides?|weed ?killer|paraquat|rat poison|poison|cyanide|charcoal|helium|hose|razor blades?|blades)`, `(?:compre|consegui|pedi|tengo ya)${gap(2)}(?:una |un |la |el )?(?:cuerda|soga|pistola|arma|veneno|raticida|carbon|cuchillas)`)), SELF),
  rule('means.hidden', null, rx(alt(`(?:its|it is|theyre|they are|the [a-z]+ is)${gap(1)}(?:in my (?:closet|drawer|car|bag|room|wardrobe|locker|trunk|boot)|hidden|under my (?:bed|pillow|mattress)|ready)`, 'esta (?:en mi (?:closet|armario|cuarto|cajon)|escondid[oa]|debajo de mi cama)')), NEG),
  // ---- goodbye / final messages
  rule(
    'goodbye.explicit',
    'goodbye_final_message',
    rx(
      alt(
        'goodbye (?:forever|for good|everyone|every one|world|cruel world|to (?:you|everyone|all|all of you))', '(?:good ?night|night|bye|farewell|so long) forever',
        'this is (?:my )?(?:goodbye|farewell|the end for me|my last (?:message|text|goodbye|words))', '(?:my )?(?:last|final) (?:message|text|words|goodbye|note)(?! (?:about|from|on|for (?:the day|today|tonight|now|the night|the evening|the week|a while)|of the day|before (?:bed|the holiday|i go on)))',
        `(?:youre|you are|your) the last (?:person|one|thing)${gap(3)}(?:texting|talking|messaging|writing|speak|talk|text|message)`, 'signing off (?:for good|forever|permanently|for the last time)',
        '(?:tell|let) (?:my )?(?:mum|mom|mother|dad|father|kids|children|family|sister|brother|wife|husband|partner|everyone|them|her|him|my [a-z]+) (?:that )?(?:i (?:love|loved|am sorry)|im sorry|its not (?:their|her|his|your) fault)',
        'see you on the other side', '(?:adios|hasta siempre) (?:para siempre|a todos|mundo)', 'esta es mi despedida', 'me despido (?:de (?:todos|ustedes|ti)|para siempre)',
        `(?:diganle|dile|decile|digale|diles|avisale) a (?:mi )?(?:mama|mami|papa|familia|hij[oa]s?|herman[oa]|espos[oa]|madre|padre)${gap(1)}que (?:l[oa]s? )?(?:quiero|amo|perdone|siento)`,
        '(?:wanted|want|need|needed|have|had) to say (?:goodbye|bye|my goodbyes)', 'quiero despedirme', 'ultimo mensaje', 'ya no me van a ver', 'es mi ultima (?:vez|noche)',
      ),
    ),
    SELF,
    { unless: TRIP },
  ),
  rule('tone.trip', null, TRIP, 0),
  rule('tone.academic', null, rx(alt('(?:for|in) (?:my |a |our |the )?(?:(?:chemistry|biology|pharmacology|nursing|medical|toxicology|science|physics|forensics?|psychology|crime) )?(?:class|course|exam|essay|assignment|homework|lecture|module|degree|research|project|textbook|novel|story|book|screenplay|dissertation|thesis)', 'asking for (?:my )?(?:homework|class|a (?:class|course|project|story|novel|book))', 'trivia', 'quiz question')), 0),
  rule('farewell.token', null, rx(alt('look after yourself', 'look after (?:them|my [a-z]+) for me', 'bye', 'goodbye', 'farewell', 'adios', 'so long', 'take care of (?:yourself|everyone|them|my [a-z]+|him|her)', 'its time', 'me despido', 'chao', 'hasta siempre', 'signing off')), QUOTE),
  rule('farewell.thanks', null, rx(alt('you(?:ve| have) been (?:so |really |very )?(?:kind|good|great|lovely|amazing|wonderful|patient) to me', '(?:thank you|thanks) (?:so much )?for (?:everything|putting up with me|all (?:you(?:ve| have) done|your help|of it)|trying|being there|always being there|listening|all the time|being my friend)', 'you (?:helped|have helped|really helped|did help|tried)', 'gracias por (?:todo|aguantarme|intentarlo|escucharme|estar ahi)')), QUOTE),
  rule(
    'farewell.final',
    null,
    rx(
      alt(
        'forever', 'for good', 'for the last time', '(?:ive )?made (?:my )?peace', 'hice las paces', '(?:im|i am) (?:at peace|ready)(?: with (?:it|this|my decision))?(?: now)?', 'at peace with it',
        'its (?:not|nobodys) (?:your|their|anyones) fault', '(?:dont|do not) (?:blame yourself|blame yourselves|be sad|miss me|look for me|come looking|cry for me)',
        'remember me', 'sorry for everything', 'knows? (?:that )?i (?:loved|cared about) (?:her|him|them|you)', '(?:wont|will not|not going to) be (?:messaging|texting|writing|talking|chatting|in touch)(?: (?:again|anymore|any more))?', '(?:wont|will not|not going to) (?:message|text|write|talk to you|contact you) again', 'putting up with me', 'it (?:just )?(?:wasnt|was not) enough', 'you (?:did|tried) (?:your best|everything|all you could)',
        'last (?:person|time|one|message)', 'no more pain', '(?:said|say|saying) (?:my )?goodbyes', '(?:said|say|saying) goodbye (?:to (?:everyone|you all|all of you|my (?:family|kids|children|friends|parents))|before i go)', 'this is the end', 'the end for me', '(?:wont|never|will never|will not) (?:hear from|see) me again', 'before i go', 'say goodbye', '(?:it|this|everything) (?:will|is going to) be (?:over|quiet|better) soon', 'love you all', 'wont be here',
        'para siempre', '(?:es )?la ultima vez que (?:me|te|les|nos) (?:escribo|escriben|hablo|hablan|ven|veo|leen)', 'tombstone', 'coffin', 'no es (?:tu|su) culpa', 'perdon por todo', 'no me busquen', 'los quiero a todos', 'ya no voy a estar', 'en paz',
      ),
    ),
    QUOTE,
  ),
  rule('care.cancel', null, rx(alt('no need to (?:book|schedule|arrange|keep) ?(?:[a-z]+ )?(?:my |the |a |any |another )?(?:next |future |further )?(?:session|appointment|check ?in)s?', '(?:cancel|cancelling|canceling|delete|remove|clear|stop) (?:all )?(?:of )?(?:my )?(?:future |upcoming |remaining |next |other |the rest of my )?(?:sessions|appointments|bookings|therapy|check ?ins|meetings|prescriptions?)', '(?:no|dont|do not|wont) need (?:to )?(?:book|schedule|make)? ?(?:any )?(?:more|another|future|next|further) (?:sessions|appointments)', '(?:dont|wont|no longer) need (?:my|the|any|these|those|more) (?:appointments|sessions|therapy|meds|medication|check ?ins)', `(?:cancela|cancelar|cancelen|anula)${gap(1)}(?:todas )?(?:mis )?(?:citas|sesiones|consultas)`)), 0),
  rule('care.absent', null, rx(alt('(?:wont|will not|not going to|dont think ill) make it (?:to (?:it|them|the next (?:one|session)|my (?:next )?(?:session|appointment)))', '(?:wont|will not|not going to|not gonna|im not going to) be (?:here|around|alive|needing (?:them|it|any))', '(?:im|i am) not going to be (?:here|around)', 'by then', '(?:wont|will not) need (?:them|it|any)', 'no voy a estar', 'ya no voy a estar', 'no las voy a necesitar')), 0),
];
