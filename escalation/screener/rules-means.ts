/**
 * Means: questions about heights, trains, lethal doses, mixtures and methods (features that combos
 * raise to urgent next to distress or loss, in this turn or the previous ones), means at hand,
 * preparatory acts (stockpiling, giving away, letters, affairs, acquiring a rope or gun) and
 * goodbye / final messages.
 */
import { alt, gap, rx, rxRaw, span } from './pattern.js';
import { HANG_MEANS, HEIGHT_PLACE, MEANS_READY, MEDS, TOXIC, WEAPON } from './lexicon-en.js';
import { ES_HEIGHT, ES_MEDS, ES_WEAPON } from './lexicon-es.js';
import { CLARIFY, HIST, JOKE, NEG, QUOTE, SELF, STD, THIRD, rule } from './rule-types.js';
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
// A cover story taken back in the same breath: "for a story im writing. kinda".
const HEDGED_COVER = rxRaw(' (?:kinda|kind of|sort of|sorta|i guess|ish|supposedly|allegedly|or not|not really|ish lol|lol kinda)(?: lol)?(?: [.?])? $');
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
// High places whose access a question may be about (not hotels or floors: "is the hotel bar open late").
const ACCESS_PLACE = alt(
  'bridges?', 'viaducts?', 'cliffs?', 'cliff (?:path|top|edge|walk)', 'clifftops?', 'headland', 'towers?', 'roofs?', 'rooftops?', 'overpass(?:es)?', 'flyovers?',
  'dam', 'quarry', 'gorge', 'top floor', 'coast(?:al)? path', 'sea wall', 'pier', '(?:multi ?storey|car park) roof', 'roof of the (?:car park|multi ?storey|building|hospital|tower)', 'top of the [a-z]+',
  'puente', 'viaducto', 'acantilado', 'azotea', 'mirador', 'terrado',
);
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
        `(?:is|are|can (?:i|you|we|anyone|people|someone)|do you know (?:if|whether)|does anyone know (?:if|whether)|any idea (?:if|whether)|wondering (?:if|whether))${gap(6)}(?:${ACCESS_PLACE})${gap(6)}(?:(?:still )?(?:open|accessible|locked|closed|shut|unlocked|fenced off|gated)|get (?:up|onto|on to|to the top|up there))`,
        `(?:${ACCESS_PLACE})${gap(4)}(?:open|accessible|unlocked) (?:after dark|at night|late|overnight|all night|24 ?7|to the public|to walkers)`,
        `(?:${ACCESS_PLACE})${gap(6)}(?:dont|doesnt|do not|does not|without|no|arent|isnt|havent|hasnt) (?:have |got )?(?:any |a )?(?:fences?|fencing|railings?|barriers?|nets?|walls?)`,
        `(?:${ES_HEIGHT})${gap(4)}(?:abiert[oa]s? al publico|con acceso (?:al publico|libre)|(?:se )?puede (?:subir|entrar|acceder)|sin (?:reja|rejas|barandal|barandilla|valla|vallas|proteccion))`, `(?:que|cuales|cual) (?:edificios?|puentes?|torres?|hoteles?|centros comerciales?)${gap(6)}(?:azoteas?|terrazas?|techos?|miradores?)`,
        `(?:${ES_HEIGHT}|costanera|mirador)${gap(6)}(?:esta|es|son|estan) (?:muy |bien |tan |mas |lo suficientemente |demasiado )?alt[oa]s?`, `(?:${ES_HEIGHT}|mirador)${gap(6)}(?:tiene|hay|tienen)${gap(1)}(?:barandilla|baranda|valla|reja|red|barrera)`, 'pasar(?:se)? al otro lado', `(?:que tan|cuan|como de) alt[oa]${gap(4)}(?:${ES_HEIGHT})`,
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
        `(?:a que hora|cuando|horarios?)${gap(6)}(?:pasa|pasan)${gap(3)}(?:el |los )?(?:tren|trenes|metro)`, `(?:tren|trenes)${gap(4)}(?:que )?(?:no (?:paran|para)|sin parar|directos?|de mercancias)`,
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
        `(?:which|what)${gap(8)}(?:would be|is|are|would|be)? ?(?:the )?(?:worst|most dangerous|deadliest|most deadly|most toxic|most poisonous|strongest|most lethal) (?:to (?:drink|swallow|take|breathe|inhale|mix|have)|if you (?:take|drink|swallow|mix|breathe|have)|one to (?:take|drink))`,
        `(?:enough|would do it|would work) (?:for (?:someone|me|a person|you|somebody) )?(?:to )?not (?:to )?wake(?: up)?`, `(?:how (?:much|many)|what (?:dose|amount))${gap(8)}(?:would be|is|be) (?:too much|to much)`,
        `(?:dangerous|deadly|toxic|lethal|poisonous)${gap(1)}(?:to (?:breathe|inhale|drink|swallow)|if you (?:mix|breathe|drink|swallow|take a lot))`, `(?:cuant[oa]s?|que cantidad)${gap(6)}(?:hacen falta|se necesitan|harian falta|necesito) para (?:no despertar(?:se|me)?|morir(?:se|me)?|matar(?:se|me)?)`,
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
        `how long${gap(10)}(?:for it to work|to die|until (?:i|you|someone) (?:die|dies|stop breathing)|before (?:i|you|someone) (?:die|dies)|to drown|to freeze to death|to bleed out)`, 'how long (?:does it take|does it usually take|it takes|it would take|would it take|will it take|until|before|till)(?: [^ .?]+){0,5} (?:to )?(?:die|bleed out|drown|pass out|lose consciousness|stop breathing|heart stops|liver fails|be found)',
        `(?:do you think|does|would|will|is) (?:it|that)${gap(1)}(?:hurt|hurts|be painful|painful|take long)${gap(4)}(?:with|using|by|from) (?:a |the |an )?(?:${HANG_MEANS}|hanging|drowning|jumping|pills|overdose|gun|shot|knife|razor|blade|gas|monoxide|exhaust|train)`,
        '(?:forma|manera|metodo) (?:mas )?(?:rapida|facil|segura|indolora|sin dolor) de (?:morir|matarme|suicidarme|acabar)', '(?:whats|what is|which is) the (?:most painless|least painful|quickest|easiest|surest|most peaceful|best) (?:way|method|option)(?= [.,?] | $| asking| for me| to go)', '(?:do|does|would|will) (?:people|you|someone|they|it) (?:feel|know) anything (?:after|afterwards|at the end)', '(?:duele|dolera) (?:morir|ahorcarse|ahogarse|el monoxido)',
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
        `(?:gun (?:shop|store|shops|stores|dealer)|gunsmith|armeria)${gap(8)}(?:same day|today|without (?:a )?(?:wait|waiting|licence|license|checks)|doesnt make you wait|no wait|quick|fast|licen[cs]e|sin (?:permiso|licencia))`, `(?:how (?:fast|quickly|long|soon)|where|can (?:i|you))${gap(4)}(?:get|buy|obtain)${gap(2)}(?:a )?(?:gun|shotgun|firearm|rifle|pistol|handgun)(?: licen[cs]e| permit)?`, 'nearest gun (?:shop|store)',
        `(?:donde|como) (?:puedo|se puede|consigo|compro|conseguir|comprar)${gap(3)}(?:${ES_WEAPON}|cuerda|soga|veneno|raticida|${ES_MEDS})`,
      ),
    ),
    STD,
  ),
  rule('q.hurt', null, rx(alt('(?:do you think|does|would|will) (?:it|that) (?:hurt|hurts|be painful|take long)(?= [.,?] | $)', '(?:crees que )?(?:duele|dolera|doleria)(?= [.,?] | $)')), STD),
  rule('method.named', null, rxRaw(`^ (?:(?:i mean|like|as in) )?(?:with|using|by) (?:a |the |an )?(?:${HANG_MEANS}|hanging|drowning|jumping|pills|tablets|an overdose|a gun|gun|knife|razor|blade|gas|monoxide|the exhaust|train)\\b`), 0),
  rule('q.research', 'means_seeking', rx(`(?:looked up|looking up|googling|googled|researching|researched|reading up on|searching|searched|busque|buscando|investigando)${gap(3)}(?:ways|methods|how|formas|maneras|como) (?:to|de)${gap(1)}(?:die|kill myself|end (?:it|my life)|overdose|od|not wake up|hang myself|suicide|morir|matarme|suicidarme|quitarme la vida)`), SELF),
  rule('q.method_self', 'means_seeking', rx('(?:how (?:do|can|could|would|should) i|best way for me to|how to) (?:kill myself|end my life|commit suicide|overdose|hang myself|od)'), SELF),
  // ---- means at hand
  rule('means.ready', null, rx(alt(MEANS_READY, `(?:got|have|ive got|i have) (?:the stuff|everything i need|what i need|it all)${gap(1)}(?:in the car|in my car|in the boot|with me|in my bag|here)`,  `(?:ya )?tengo${gap(2)}(?:pastillas|cuerda|soga|pistola|arma|veneno|cuchilla)${gap(1)}(?:listas?|list[oa]|aqui|preparad[oa]s?|conmigo|guardad[oa]s?)`, 'ya (?:tengo|compre|consegui) (?:las |mis |unas |suficientes |la |el |una |un )?(?:pastillas|cuerda|soga|pistola|arma|veneno|cuchilla|navaja)')), STD),
  rule('means.weapon_mention', null, rx(alt(`(?:my |his |her |the |dads |my dads |a )?(?:${WEAPON})`, ES_WEAPON, HANG_MEANS)), 0),
  rule('means.weapon_held', null, rx(`(?:ive got|i have|i got|got|holding|have)${gap(2)}(?:my |the |a |dads |my dads |his )?(?:gun|pistol|shotgun|rifle|revolver|handgun|firearm)`), SELF),
  rule('alone.place', null, rx(alt('(?:sitting|alone|parked) (?:in|at) (?:the|my) (?:car|garage|woods|shed|room|bathroom|basement)', 'by myself', 'on my own', 'home alone', 'alone (?:now|tonight|right now)', 'sitting in the car')), 0),
  rule('means.thoughts', 'ambiguous_needs_followup', rx(alt(`(?:look up|looked up|check|checked|measure\\w*|wonder\\w*|work(?:ed)? out) how (?:far|high|many floors)${gap(3)}(?:my|our|the) (?:balcony|window|flat|roof|bridge|building)`,
    `(?:stand|standing|stood|sit|sitting)${gap(3)}(?:platform edge|edge of the platform|edge|ledge|top of the [a-z]+)${gap(4)}(?:think about it|thinking about it|wonder|and think)`,
    `(?:train line|railway|tracks|bridge|balcony|cliff|pills|rope|gun|the edge|motorway|the river|the lake)${gap(8)}(?:keeps? popping (?:into|in) my (?:head|mind)|keeps? coming (?:into|back into) my (?:head|mind)|(?:is )?always on my mind)`,
    `(?:looking at|staring at|been looking at|keep looking at)${gap(1)}(?:the|my|those|all the) (?:bottles|pills|tablets|meds|rope|gun|knives|blades)${gap(1)}(?:in|on|under) (?:the|my) (?:bathroom|cabinet|drawer|cupboard|kitchen|garage|shed|bedside)`,
    `(?:think|thinking|thought|keep thinking|notice myself thinking|catch myself thinking|fixat\\w*|obsess\\w*|cant stop thinking) (?:about|of) (?:the|my|those|all the|all those|all my|that|dads|my dads) (?:${MEDS}|${WEAPON}|${HANG_MEANS}|bridge|tracks|railway|cliff|ledge|balcony|${TOXIC})${gap(1)}(?:in|on|at|under|upstairs|downstairs|behind|inside|in the|at the|i have|ive got|ive saved|ive kept|i keep)\\b${gap(4)}(?:cabinet|cupboard|drawer|bathroom|kitchen|garage|shed|loft|attic|wardrobe|closet|safe|bedside|room|house|flat|home|car|bag|saved|kept|hidden|stashed|hoarded|near|by|down the road|at the end of)`)), SELF | NEG | HIST, { unlessTurn: rx(alt('expired', 'out of date', 'dispose', 'get rid of', 'return (?:them|it) to', 'pharmacist', 'should i', 'safe to', 'recall')) }),
  rule('means.fixation', null, rx(alt(`(?:looking at|staring at|holding|thinking about|keep looking at|been looking at)${gap(3)}(?:${WEAPON}|${HANG_MEANS}|${MEDS}|pills|bridge|tracks|the edge|the ledge)${gap(3)}(?:a lot|all (?:day|night)|for hours|again|constantly|every day|lately)`, `(?:mirando|pensando en)${gap(3)}(?:${ES_WEAPON}|la cuerda|las pastillas|el puente)`)), STD),
  // ---- urgent preparatory acts
  rule(
    'prep.stockpile',
    'preparatory_behavior',
    rx(
      alt(
        `(?:todo )?lo que (?:he|habia|voy) (?:ido )?(?:guardando|juntando|ahorrando|acumulando)`, '(?:got|have|started) a (?:jar|tub|bag|box|tin|collection|pile|stash) (?:going|of them|saved|hidden)',
        `(?:saving|saved|stockpil\\w*|hoard\\w*|stash\\w*|hiding|hid|hide|collect(?:ing|ed)|squirrel\\w*|pocket(?:ing|ed)|nick(?:ing|ed)|swip(?:ing|ed)|pilfer\\w*|put(?:ting)? (?:them |it )?aside|set(?:ting)? (?:them |it )?aside|build(?:ing)? up|skipping doses to save)${gap(5)}(?:${MEDS})`,
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
  // Doses kept back instead of swallowed, hidden somewhere: "in a sock every night instead of swallowing them".
  rule('prep.stockpile_instead', 'preparatory_behavior', rx(alt(`(?:putting|put|keeping|kept|hiding|hid|stuffing|stuffed|dropping|slipping|tucking|sticking|spitting|spat)${gap(16)}(?:instead of|rather than) (?:swallowing|taking|having) (?:them|it|my [a-z]+|the [a-z]+)(?= [.,?] | $| every| each| like| at)`, '(?:pretend|pretending|pretended) to (?:swallow|take) (?:them|it|my (?:meds|pills|tablets|medication))')), SELF, { onlyIf: rx(alt(MEDS, ES_MEDS, 'ones', 'doses?')) }),
  // "las he ido guardando", "been saving them up": kept back, with the doses named in this turn or the one before.
  rule('prep.hoard_anaphor', null, rx(alt('(?:las|los|la|lo) (?:he|voy|estoy|e|habia|hemos) (?:ido )?(?:guardando|juntando|ahorrando|acumulando|escondiendo)', '(?:ive been|been|i have been|im) (?:saving|keeping|hiding|stashing|collecting|hoarding) (?:them|it) (?:up|in|under|away|all)')), SELF),
  rule('prep.skip_dose', null, rx(alt('sin (?:tomarme|tomar) (?:la|las|mis|el|mi) (?:medicacion|pastillas|medicina|medicinas|dosis|pastilla)', '(?:not|havent been|stopped|been skipping|skipping|skipped) (?:taking |swallowing )?(?:my|the) (?:evening |night |morning |bedtime )?(?:meds|pills|tablets|medication|doses?)(?! for| because| since)', 'no me (?:tomo|he tomado) (?:la|las|mis) (?:medicacion|pastillas)')), 0),
  rule('prep.quantity_held', 'preparatory_behavior', rx(`(?:ive got|i have|i got|got|have|keep|kept|collected|saved|stashed)${gap(3)}(?:almost |nearly |about |over |like |at least |more than )?(?:a hundred|hundreds|[3-9]\\d|\\d{3}|fifty|sixty|seventy|eighty|ninety)(?! (?:mg|milligrams|days|minutes|hours|quid|pounds|dollars|euros|percent))`), SELF, { onlyIf: rx(alt('spare (?:tablets|pills|meds)', 'extra (?:tablets|pills|meds)', 'leftover (?:tablets|pills|meds)', 'tablets', 'pills', 'meds', 'pastillas')), unless: rx(alt('prescribed', 'pharmacist', 'pill organi[sz]er', 'dosette', 'for the (?:week|month)', 'month supply')) }),
  rule('prep.counted', 'preparatory_behavior', rx(alt(`counted out (?:the |my |all (?:the |my )?)?(?:${MEDS})`, `(?:${MEDS}) (?:are |all )?(?:counted(?: out)?|lined up|laid out)`, 'tengo las pastillas (?:contadas|listas|preparadas)')), SELF),
  rule('prep.give_away', null, rx(alt('(?:made sure|arranged|organised|organized|sorted (?:out )?(?:that|where)?|decided) (?:that )?(?:my|all my) [a-z]+ (?:is|are|goes|go|is going|will go|are going) to', `(?:gave|giving|give|given|gifted|handed|sold|selling|sell|donated|donating|rehomed|rehoming|left)${gap(1)}(?:away )?(?:all |most of |the rest of |some of )?(?:my|all my) [a-z0-9]+`, `(?:regale|regalando|di|vendi|estoy regalando|estoy vendiendo|le di|le deje)${gap(2)}(?:mi|mis|todo|todas mis|todos mis)`, '(?:ya )?(?:regale|vendi|done) (?:la|el|las|los) [a-z]+', `(?:dropped|took|gave)${gap(3)}(?:at|to) the (?:charity shop|charity|tip|goodwill|op shop)`, `(?:gave|given|giving|handed)${gap(1)}(?:my|away my) [a-z]+(?: [a-z]+)? to (?:my |the |a )?[a-z]+`)), THIRD),
  rule('prep.rehome_pet', null, rx(alt('(?:and|plus) (?:the|my) (?:cat|dog|cats|dogs|rabbit|hamster|pets?|puppy|kitten) to (?:next door|the neighbou?rs?|my [a-z]+|a [a-z]+|[a-z]+)', '(?:el|la|mi) (?:perro|perra|gato|gata|mascota) con (?:mi|la|el) [a-z]+', `(?:rehomed|rehoming|rehome|found (?:a )?(?:new )?homes? for|gave|given|giving|left|leaving|handed over|le deje|les deje|deje|regale|dejando|di) (?:away )?(?:my|the|our|el|la|mi|a mi) (?:dog|dogs|cat|cats|pets?|puppy|kitten|rabbit|hamster|bird|parrot|gato|gata|perro|perra|perrito|gatito|mascota|conejo)${gap(3)}(?:to|with|a|con) [a-z]+`, `(?:look after|take care of|feed|have|keep) (?:my|the) (?:dog|cat|pets?|puppy|kitten|rabbit|hamster|bird|parrot) (?:for me|for good|from now on|permanently|forever)`, `(?:cuida|cuiden|cuidar|quedate con|quedense con) (?:a )?(?:mi|el|la) (?:gato|gata|perro|perra|mascota) (?:por mi|para siempre)`)), THIRD),
  rule('tone.resigned', null, rx(alt('(?:mejor|es mejor) asi', 'es lo mejor', '(?:its|it is|thats) (?:for the best|better this way)', 'better this way', '(?:doesnt|dont|wont) (?:know|ask|need to know) why', 'no (?:sabe|saben) (?:por que|porque)', 'no (?:pregunten|preguntes)')), 0),
  rule('prep.no_need', null, rx(alt('(?:wont|will not|not going to|not gonna|dont|do not|no longer|wont be) (?:need|be needing|have (?:any )?use for|use)(?: it| them| em| any of (?:it|them|this)| anything| my [a-z]+| those| these)?(?: anymore| any more| where im going| now| soon| after)?', '(?:where|were) (?:im|i am) going', 'no (?:voy a|los voy a|la voy a|lo voy a|las voy a) (?:necesitar|ocupar|usar)(?:l[oa]s?)?', 'ya no (?:l[oa]s? )?(?:necesito|voy a necesitar)')), 0),
  rule(
    'prep.letters',
    'preparatory_behavior',
    rx(
      alt(
        `(?:wrote|written|writing|write|left|leaving|finished|typed|drafted|prepared|preparing|recorded|recording)${gap(2)}(?:(?:last|final|goodbye|farewell|suicide) )(?:letters?|notes?|messages?|cards?|emails?|videos?)`,
        `(?:wrote|written|writing|finished|typed|drafted|prepared|left)${gap(2)}(?:letters?|notes?|messages?|cards?) (?:for|to) (?:each of|all of|every one of) (?:my|them)`,
        '(?:suicide|goodbye|farewell) (?:note|letter)', 'the (?:kind|sort|type) (?:you|people|that you|that people) (?:leave|write) (?:for )?(?:afterwards|after|behind)', `(?:letters?|notes?|messages?)${gap(5)}(?:explaining why|to explain why|saying goodbye|saying sorry|so (?:they|she|he|you) (?:know|understand|wont))`, `(?:letters?|notes?|messages?|something)${gap(4)}(?:(?:they|she|he|you|everyone) can read|to be (?:read|found|opened)) (?:after|when|once)`,
        `(?:message|letter|note|something|words)${gap(6)}(?:shell|hell|theyll|they will|she will|he will|they can|she can|he can|you can) (?:read|see|find)${gap(1)}(?:afterwards|after|later|when im gone|once im gone)`, '(?:carta|cartas|nota|notas|mensaje) de despedida', `(?:letter|note|message)s?${span(8)}(?:for afterwards|(?:you|to) leave for after(?:wards)?|for after(?: im gone)?(?= [.,?] | $)|to be read after)`, '(?:escribi|escribiendo|deje|dejando) (?:una )?(?:carta|cartas|notas?) (?:para|a) (?:cada|mis|todos)',
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
        '(?:after|when) i (?:die|pass)(?! away peacefully| of old age)', '(?:shell|hell|theyll|they will|she will|he will|youll|you will) need (?:them|it|these|this|those) (?:after|afterwards|when im gone|once im gone)(?= [.,?] | $)', '(?:im|i am) (?:not here|gone) anymore', 'when (?:im|i am) not (?:here|around) anymore',
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
        '(?:deje|dejando|dejar|tengo|ya esta) (?:todo|mis cosas|mis papeles|mis asuntos) (?:en orden|organizado|arreglado|resuelto|listo)', `(?:funeral director|undertaker|funeral home)s?${gap(4)}(?:will need|needs|would need|to have)`, `(?:labels?|names?|notes?|stickers?) on (?:everything|all my (?:stuff|things)|it all)${gap(3)}(?:who gets|who should (?:have|get)|for who|saying who)`, 'who gets (?:what|my [a-z]+)(?= [.,?] | $| when| after)', `left (?:my )?(?:instructions|a letter|letters|notes?|a list)${gap(1)}(?:in|on|under) (?:my|the) (?:drawer|desk|bedside|table|room)`, `(?:left|leaving|wrote|made) (?:my |[a-z]+ )?(?:a )?list of (?:my )?(?:subscriptions|accounts|passwords|bills|direct debits|logins)(?: to cancel| for)?`, '(?:arregle|arreglando|arreglar|organice) (?:todos )?mis (?:asuntos|papeles|cuentas)', 'seguro de vida', 'mi testamento',
      ),
    ),
    SELF,
    { unless: rx(alt('before (?:my|the) (?:surgery|operation|trip|move|travels?|deployment|procedure)', 'estate planning', 'financial adviser', 'antes de (?:la|mi) (?:operacion|cirugia|viaje)')) },
  ),
  rule('prep.acquire', null, rx(alt(`(?:${HANG_MEANS}|noose|guns?|pistol|shotgun|rifle|razor blades?|blades|razors|pesticides?|weed ?killer|poison|charcoal|helium)${span(8)}(?:got|bought|picked up|ordered|found|borrowed) (?:one|some|it|them|a new one|enough)(?= [.,?] | $| today| yesterday| earlier| this| last| from| at| online| off| already)`, `(?:bought|buying|buy|got|getting|ordered|ordering|picked up|purchased|purchasing|acquired|borrowed|stole|got hold of|found|took)${gap(2)}(?:a |an |some |the |my |more |enough |extra |length of )?(?:${HANG_MEANS}|guns?|pistol|handgun|firearm|rifle|shotgun|ammo|bullets|pesticides?|weed ?killer|paraquat|rat poison|poison|cyanide|charcoal|helium|hose|razor blades?|blades)`, `(?:compre|consegui|pedi|tengo ya)${gap(2)}(?:una |un |la |el )?(?:cuerda|soga|pistola|arma|veneno|raticida|carbon|cuchillas)`)), SELF),
  rule(
    'prep.firearm_access',
    'preparatory_behavior',
    rx(alt(`(?:guns?|shotgun|rifle|pistol|handgun|firearm|revolver)${gap(12)}(?:i know|ive found|i found|found|ive got|i got|i have|figured out|worked out) (?:where|what)?${gap(1)}(?:the |his |her |my )?(?:key|keys|code|combination|ammo|bullets|cartridges|shells)(?: [a-z]+)?(?: (?:is|are|was|were|is kept|are kept|lives|goes))?(?= [.,?] | $| now| too| as well| and)`, `(?:i know|ive found|i found|found|ive got|i got|figured out|worked out) (?:where|what)${gap(1)}(?:the |his |her |my )?(?:key|keys|code|combination) (?:to|for) (?:the |his |her |my [a-z]+s? )?(?:gun|rifle|shotgun|firearm|pistol) (?:cabinet|safe|cupboard|locker|case|box)`, `(?:pistola|escopeta|arma|rifle)${gap(10)}(?:ya )?(?:se|encontre) (?:donde (?:esta|estan|guarda)|la llave|las llaves|la combinacion)`)),
    SELF | HIST,
    { unless: rx(alt('should i', 'how (?:do|can|should) i', 'hide (?:it|them|the)', 'lock (?:it|them) (?:up|away)', 'give (?:it|them) to', 'get rid of', 'remove', 'safe storage', 'deberia', 'esconder')) },
  ),
  rule('means.hidden', null, rx(alt(`(?:its|it is|theyre|they are|the [a-z]+ is)${gap(1)}(?:in my (?:closet|drawer|car|bag|room|wardrobe|locker|trunk|boot)|hidden|under my (?:bed|pillow|mattress)|ready)`, 'esta (?:en mi (?:closet|armario|cuarto|cajon)|escondid[oa]|debajo de mi cama)')), NEG),
  // ---- goodbye / final messages
  rule(
    'goodbye.explicit',
    'goodbye_final_message',
    rx(
      alt(
        'goodbye (?:forever|for good|everyone|every one|world|cruel world|to (?:you|everyone|all|all of you))', '(?:good ?night|night|bye|farewell|so long) forever',
        'this is (?:my )?(?:goodbye|farewell|the end for me|my last (?:message|text|goodbye|words))', 'see (?:ya|you|u) never', '(?:this is me )?saying goodbye (?:properly|for real|for good)', 'the last thing (?:ill|i will|im going to|i) (?:ever )?(?:write|say|send|type)', '(?:es )?lo ultimo que (?:escribo|te escribo|les escribo|os escribo|digo)', '(?<!(?:in|from|of|to|see|about|re|since) (?:my )?)(?:my )?(?:last|final) (?:message|text|words|goodbye|note)(?! (?:about|from|on|for (?:the day|today|tonight|now|the night|the evening|the week|a while)|of the day|before (?:bed|the holiday|i go on)))',
        `(?:youre|you are|your) the last (?:person|one|thing)${gap(3)}(?:texting|talking|messaging|writing|speak|talk|text|message)`, 'signing off (?:for good|forever|permanently|for the last time)',
        '(?:tell|let) (?:my )?(?:mum|mom|mother|dad|father|kids|children|family|sister|brother|wife|husband|partner|everyone|them|her|him|my [a-z]+) (?:that )?(?:i (?:love|loved|am sorry)|im sorry|its not (?:their|her|his|your) fault)',
        'see you on the other side', '(?:adios|hasta siempre) (?:para siempre|a todos|mundo)', 'esta es mi despedida', '(?:esto|este|es) es (?:un|mi|el) (?:ultimo )?adios', 'este es (?:mi|el) (?:ultimo )?adios',
        `(?:diganle|dile|decile|digale|diles|avisale) a [a-z]+${gap(1)}que (?:l[oa]s? )?(?:quise|queria|ame|amaba|quiero mucho|quise mucho)`, `tell [a-z]+ (?:that )?i (?:loved|always loved|really loved|did love) (?:her|him|them|you)`, 'me despido (?:de (?:todos|ustedes|ti)|para siempre)',
        `(?:diganle|dile|decile|digale|diles|avisale) a (?:mi )?(?:mama|mami|papa|familia|hij[oa]s?|herman[oa]|espos[oa]|madre|padre)${gap(1)}que (?:l[oa]s? )?(?:quiero|amo|perdone|siento)`,
        '(?:wanted|want|need|needed|have|had) to say (?:goodbye|bye|my goodbyes)', 'quiero despedirme', 'ultimo mensaje', 'ya no me van a ver', 'es mi ultima (?:vez|noche)',
      ),
    ),
    SELF,
    { unless: TRIP },
  ),
  rule('tone.trip', null, TRIP, 0),
  rule('prep.left_somewhere', null, rx(alt(`(?:left|put|hid|leave|leaving|deje|puse|guarde|escondi) (?:them|it|las|la|los|lo)?${gap(1)}(?:in|on|under|inside|en|debajo de) (?:the|my|el|la|mi) (?:drawer|desk|bedside|bedside table|table|pillow|cajon|escritorio|mesa|buro|almohada|mesita)`, 'por si acaso', 'just in case')), 0),
  rule('prep.if_something', null, rx(alt('if (?:something|anything) (?:happens|happened|were to happen|was to happen) to me', 'si me pasa algo', 'in case (?:something|anything) happens to me', 'if i (?:die|pass away|dont make it)(?= [.,?] | $| soon)')), 0),
  rule('prep.cancel_contracts', null, rx(alt('(?:cancelled|canceled|cancelling|canceling|ended|stopped) (?:the |my )?(?:gym|phone contract|contracts?|subscriptions?|direct debits?|lease|membership|insurance|netflix)(?: and (?:the |my )?[a-z]+(?: [a-z]+)?)?', 'set up (?:auto ?pay|direct debits?) (?:on|for) everything')), 0),
  rule('tone.hedged', null, HEDGED_COVER, 0),
  rule('tone.cover', null, rx(alt('not for (?:camping|the garden|gardening|climbing|work|diy|a project|pencils|shaving|the (?:garden|car|shed|boat|dog|allotment))', 'just so (?:someone|somebody|you) knows?', 'not for (?:what|the reason) you(?:d)? think', `(?:dont|do not|no need to) (?:worry|panic|freak out|stress)${gap(3)}(?:its|it is|its just|theyre|they are|just|only|its only) (?:for|to|a|an)`, '(?:its|it is|theyre|they are) (?:just |only |totally )?for " [a-z]+(?: [a-z]+){0,3} "', 'ironic', `(?:no te preocupes|tranqui)${gap(2)}(?:es|son) (?:solo )?para`)), 0),
  rule('tone.academic', null, rx(alt('(?:for|in) (?:my |a |our |the )?(?:(?:chemistry|biology|pharmacology|nursing|medical|toxicology|science|physics|forensics?|psychology|crime) )?(?:class|course|exam|essay|assignment|homework|lecture|module|degree|research|project|textbook|novel|story|book|screenplay|dissertation|thesis)', 'asking for (?:my )?(?:homework|class|a (?:class|course|project|story|novel|book))', 'trivia', 'quiz question')), 0, { unlessTurn: HEDGED_COVER }),
  rule('farewell.token', null, rx(alt('look after yourself', 'look after (?:them|my [a-z]+|[a-z]+) for me', 'chau', '(?:los|las|os) quiero (?:a todos|mucho|caleta|un monton)', 'make sure (?:my )?[a-z]+ gets my', 'love you all', 'bye', 'goodbye', 'farewell', 'adios', 'so long', 'take care of (?:yourself|everyone|them|my [a-z]+|him|her)', 'its time', 'me despido', 'chao', 'hasta siempre', 'signing off')), QUOTE),
  rule('farewell.thanks', null, rx(alt('you(?:ve| have) been (?:so |really |very )?(?:kind|good|great|lovely|amazing|wonderful|patient) to me', '(?:thank you|thanks) (?:so much )?for (?:everything|putting up with me|all (?:you(?:ve| have) done|your help|of it)|trying|being there|always being there|listening|all the time|being my friend)', 'you (?:helped|have helped|really helped|did help|tried)', 'gracias por (?:todo|aguantarme|intentarlo|escucharme|estar ahi|bancarme|soportarme|todo este tiempo)', '(?:thank you|thanks) for (?:the|these) (?:last|past) [a-z]+ (?:months|weeks|years)', '(?:thank you|thanks) for (?:everything )?(?:these|the) (?:past|last) (?:months|weeks|years)', '(?:thank you|thanks|tell [a-z]+(?: [a-z]+)?) (?:thanks )?for trying(?: with me)?', 'you(?:ve)? all been (?:so )?(?:kind|good|lovely|great)', '(?:you|she|he) (?:was|were|did) (?:the best|more than anyone)')), QUOTE),
  rule('farewell.read_later', null, rx(alt('(?:can|will|could|might) read this (?:one day|later|after|afterwards|someday|when)', '(?:when|by the time|once) (?:you|they|she|he|anyone|someone) (?:read|reads|see|sees|get|gets|find|finds) this', '(?:whoever|anyone who|if anyone|if someone) (?:reads|finds|sees) this', 'cuando (?:leas|leais|lean|leais) esto', 'si alguien lee esto')), QUOTE),
  rule(
    'farewell.final',
    null,
    rx(
      alt(
        'forever', 'for good', 'for the last time', '(?:ive )?made (?:my )?peace', 'hice las paces', '(?:im|i am) (?:at peace|ready)(?: with (?:it|this|my decision))?(?: now)?', 'at peace with it',
        'its (?:not|nobodys) (?:your|their|anyones) fault', '(?:dont|do not) (?:blame yourself|blame yourselves|be sad|miss me|look for me|come looking|cry for me)',
        'remember me', 'sorry for everything', '(?:dont|do not|no need to) (?:expect|wait for|wait up for|look out for) (?:a |any )?(?:reply|replies|answer|response|text|message|to hear from me|me to (?:reply|answer|be (?:here|around)))(?: from me)?(?: (?:tomorrow|again|anymore|any more|after (?:tonight|today)|ever))?', 'you (?:were|was|have been) the only (?:one|person|thing) (?:who|that|i)', 'no esperes (?:respuesta|que (?:te )?conteste)', 'knows? (?:that )?i (?:loved|cared about) (?:her|him|them|you)', '(?<!(?:you|u|they|he|she|it) )(?:wont|will not|not going to) be (?:messaging|texting|writing|talking|chatting|in touch)(?: (?:again|anymore|any more))?', '(?<!(?:you|u|they|he|she|it) )(?:wont|will not|not going to) (?:message|text|write|talk to you|contact you) again', 'putting up with me', 'it (?:just )?(?:wasnt|was not) enough', 'you (?:did|tried) (?:your best|everything|all you could)',
        'last (?:person|time|one|message)', 'no more pain', '(?:said|say|saying) (?:my )?goodbyes', '(?:said|say|saying) goodbye (?:to (?:everyone|you all|all of you|my (?:family|kids|children|friends|parents))|before i go)', 'this is the end', 'the end for me', '(?:wont|never|will never|will not) (?:hear from|see) me again', 'before i go', 'say goodbye', '(?:it|this|everything) (?:will|is going to) be (?:over|quiet|better) soon', 'love you all', 'wont be here',
        'cuando (?:leas|leais|lean) esto', 'no me (?:busqueis|busquen|busques)', 'no (?:fue|es) (?:tu|su|vuestra) culpa', 'no (?:fue|es) culpa (?:de|tuya|suya) ?(?:ella|el|nadie|ustedes|ti)?', 'hasta siempre', 'perdon(?:enme|adme|ame)? por todo', 'ya no (?:vas|van|vais) a saber (?:nada )?(?:mas )?de mi', 'ya (?:estare|voy a estar) (?:tranquil[oa]|en paz)',
        'couldnt (?:face|do|take) another (?:winter|year|day|christmas|week|month|birthday)', '(?:it|none of it|none of this) (?:wasnt|was not|is not|isnt|was never) (?:her|his|your|their|anyones|my mums|my dads) fault', '(?:dont|do not) (?:feel bad|blame yourself|be sad) about (?:what happens|whatever happens|this|it)', 'what happens next', 'last check ?in', 'final (?:entry|check ?in|post|update|log)', 'please dont (?:call|come|try to (?:call|find|reach|stop))', 'at peace with (?:the|my) decision',
        'para siempre', '(?:es )?la ultima vez que (?:me|te|les|nos) (?:escribo|escriben|hablo|hablan|ven|veo|leen)', 'tombstone', 'coffin', 'no es (?:tu|su) culpa', 'perdon por todo', 'no me busquen', 'los quiero a todos', 'ya no voy a estar', 'en paz',
      ),
    ),
    QUOTE,
  ),
  rule('farewell.nice_knowing', null, rx(alt('(?:it was|its been|been) (?:nice|good|great|lovely|a pleasure) knowing (?:you|u|ya|everyone|all of you|some of (?:you|u|ya)|yall|y all|you all|yous)', 'fue un placer conocer(?:te|los|les|os)')), QUOTE | CLARIFY | JOKE, { unlessTurn: rx(alt('exam', 'test', 'interview', 'presentation', 'dentist', 'meeting', 'date', 'match', 'boss', 'deadline', 'driving', 'surgery', 'operation', 'flight', 'rollercoaster', 'skydiv\\w*', 'bungee', 'spicy', 'curry', 'hot sauce', 'marathon', 'wedding', 'in laws', 'mother in law')) }),
  rule('care.cancel', null, rx(alt('(?:dont|no need to|dont bother|do not bother) (?:bother )?(?:booking|book|scheduling|rebooking|keeping)(?: me)?(?: in)?', 'take me off (?:the |your )?(?:waiting )?list', 'cancel (?:everything|all of it|the lot)(?: in my calendar| with you| booked| for me)?', `give my${gap(2)}(?:slots?|appointments?|sessions?|place|spot) to (?:someone|somebody|another)`, 'no need to (?:book|schedule|arrange|keep) ?(?:[a-z]+ )?(?:my |the |a |any |another )?(?:next |future |further )?(?:session|appointment|check ?in)s?', '(?:cancel|cancelling|canceling|delete|remove|clear|stop) (?:all )?(?:of )?(?:my )?(?:future |upcoming |remaining |next |other |the rest of my )?(?:sessions|appointments|bookings|therapy|check ?ins|meetings|prescriptions?)', '(?:no|dont|do not|wont) need (?:to )?(?:book|schedule|make)? ?(?:any )?(?:more|another|future|next|further) (?:sessions|appointments)', '(?:dont|wont|no longer) need (?:my|the|any|these|those|more) (?:appointments|sessions|therapy|meds|medication|check ?ins)', `(?:cancela|cancelar|cancelen|anula)${gap(1)}(?:todas )?(?:mis )?(?:citas|sesiones|consultas)`)), 0),
  rule('care.absent', null, rx(alt('permanently(?= [.,?] | $)', `(?:ill|i will) be (?:a )?(?:lovely |distant |fond |nice )?(?:memory|ghost|gone|dead|six feet under|in the ground|a statistic|worm food) by then`, '(?:wont|will not) be (?:here|around|alive) (?:for|to see)', `(?:wont|will not) be at${gap(3)}(?:appointment|session|group)s?${gap(3)}(?:or any|any more|again|after that)`, '(?:wont|will not|not going to|dont think ill) make it (?:to (?:it|them|the next (?:one|session)|my (?:next )?(?:session|appointment)))', '(?:wont|will not|not going to|not gonna|im not going to) be (?:here|around|alive|needing (?:them|it|any))', '(?:im|i am) not going to be (?:here|around)', '(?:wont|will not|not going to|wouldnt) (?:be (?:here|around|alive) |matter )by then', '(?:wont|will not) need (?:them|it|any)', 'no voy a estar', 'ya no voy a estar', 'no las voy a necesitar')), 0),
];
