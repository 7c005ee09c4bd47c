/**
 * Suicidal intent, plan and timeline (urgent), non-specific suicidal thoughts (concern), past
 * attempts, and the features that let combos resolve "do it" / "go through with it" / "not tonight".
 */
import { gap, alt, rx, span } from './pattern.js';
import { HANG_MEANS, HEIGHT_PLACE, MYSELF, SUICIDE_ACT, TIME_FUTURE, WANT, WEEKDAY, WILL } from './lexicon-en.js';
import { ES_ACT_ACTIVE, ES_ACT_CONJ, ES_ACT_INF, ES_TIME_FUTURE, ES_WANT, ES_WILL } from './lexicon-es.js';
import { HIST, IDIOM, JOKE, NEG, QUOTE, SELF, THIRD, TRIVIAL, rule } from './rule-types.js';
import type { PatternRule } from './rule-types.js';

const ACT = SUICIDE_ACT;
// "i'll kill myself if i have to sit through another meeting": hyperbole about an everyday annoyance.
const TRIVIAL_COND = rx(
  alt(
    // "Like going to sleep and not waking up" (the C-SSRS's own words for a wish to be dead): the
    // wish described, not "I'm going to": passive ideation, read by the mood rules.
    '(?:like|about|of|imagine|imagining|picture|wish(?:ing)?(?: for| i was)?|dream(?:ing)? of|the idea of|the thought of|just|kind of|sort of) going to sleep and (?:not|never) (?:wake|waking)',
    'if (?:i|we) (?:have to|got to|must|need to) (?:sit|listen|hear|do|go|watch|read|work|write|study|eat|deal|see|take|attend|redo)',
    'if (?:this|that|the|my|another|one more) (?:meeting|class|exam|lecture|song|traffic|queue|line|wifi|printer|commute|call|email|zoom|assignment|essay|game|match|episode|ad|advert|bus|train|kid|baby)',
    'if i (?:hear|see|get|read) (?:one more|another|that)',
  ),
);
// "the self checkout beeped at me four times. i'm going to walk into the sea": a stock hyperbole
// about an everyday annoyance (the meme phrasings only; an act named plainly is never discounted).
const MEME_HYPERBOLE = new RegExp(
  `^(?=.*\\b(?:walk|walking|wade|wading|yeet|yeeting|launch|launching) (?:into the (?:sea|ocean)|myself into (?:the sun|the sea|space|a volcano))\\b)(?=.*\\b(?:self checkout|wifi|wi fi|printer|autocorrect|group chat|queue|traffic|mondays?|spreadsheet|meeting|zoom|emails?|software update|update|bagging area|parking|bus was late|train was late|delayed|ads|captcha|password reset|customer service|hold music|on hold)\\b)`,
);
// A clinician or carer reporting a shift ("had an overdose in resus tonight, she pulled through").
const AT_WORK = rx(alt('in resus', 'on (?:my )?(?:shift|ward|nights)', '(?:a|the|my) patient', 'pulled through', '(?:she|he|they) (?:survived|made it|pulled through)', 'at work (?:today|tonight)', 'we had'));
// Sentences that report a past thought: a time word there is not a timeline.
const PAST_THOUGHT = rx(alt('thought (?:about|of)', 'crossed my mind', 'had (?:thoughts|the thought)', 'dreamt', 'dreamed', 'tried to', 'attempted', 'trying to'));
const NOW = alt('today', 'now', 'right now', 'tonight', 'this (?:morning|afternoon|evening)');

const ATTEMPT = alt(
  `(?:tried|try|trying|attempted|attempting|i tried) (?:to )?${ACT}`,
  '(?:i|ive|i have|when i) overdosed', `(?:hospital|ae|er|icu|ambulance|intensive care|psych ward)${gap(4)}(?:after|from|because of) (?:taking|swallowing|an overdose|my overdose|overdosing|i took|trying|i tried|attempting|my attempt|an attempt|the attempt)`, 'attempted suicide', 'suicide attempts?', '(?:my|a|the|last|previous|first|second|third|an) attempts?(?! at| to (?!kill|end|take))',
  '(?:my|an|the|last|previous|first|second) (?:overdose|od)', 'survived (?:an? |my )?(?:attempt|overdose|suicide attempt)',
  `(?:hospitali[sz]ed|admitted|discharged|sectioned)${gap(4)}(?:after|for|following) (?:my|an|the) (?:attempt|overdose)`,
  'intente (?:suicidarme|matarme|quitarme la vida|ahorcarme|tirarme|envenenarme|cortarme las venas)', '(?<!\\b(?:hago|hace|hacer|hacemos|hare|haremos|hice|haces|haga|hagas|hagamos|hiciste|hizo|hicimos|hacerle|hacerlo|le hago|lo hago|vale|merece) )(?:mi|un|el|ultimo) intento(?! de (?!suicidio))',
  'intento de suicidio', '(?:mi|una|la) sobredosis', '(?:the|my) (?:hospital|ae|psych ward|ward|icu) thing', '(?:that|it) (?:wasnt|was not|wasnt really) an accident', 'the (?:bridge|overdose|pills|od|rope|tablets|overpass) thing', 'lavado de estomago', `acabe en urgencias${gap(3)}(?:lavado|sobredosis|pastillas)`, 'survived (?:one|a|my|an|the) (?:attempt|overdose)', 'sobrevivi (?:a )?(?:un intento|una sobredosis)',
);
const ES_ACT = alt(ES_ACT_ACTIVE, ES_ACT_CONJ);

export const SUICIDE_RULES: readonly PatternRule[] = [
  // ---- urgent: intent, timeline, plan
  rule('intent.future', 'suicide_plan_intent', rx(`${WILL}${gap(2)}${ACT}`), SELF | IDIOM, { unless: TRIVIAL_COND, unlessTurn: MEME_HYPERBOLE }),
  rule('intent.timeline', 'suicide_plan_intent', rx(`${ACT}${gap(5)}${TIME_FUTURE}|${TIME_FUTURE}${gap(5)}${ACT}`), SELF | IDIOM | HIST, {
    past: 'attempt.remote',
    unless: PAST_THOUGHT,
    unlessTurn: AT_WORK,
  }),
  rule(
    'intent.now',
    'suicide_plan_intent',
    rx(alt(`(?:im|i am) (?:killing ${MYSELF}|ending (?:it|my life|it all|everything)|taking my (?:own )?life)${gap(2)}${NOW}`, `(?:taking|swallowing|downing|overdosing|jumping|hanging ${MYSELF}|doing it)${gap(6)}(?:right now|now|as we speak|as i type)`)),
    SELF | IDIOM,
  ),
  rule(
    'intent.plan',
    'suicide_plan_intent',
    rx(
      alt(
        `(?:planned|planning|plan|plans|figured out|worked out|decided|chosen|chose|picked|researched) (?:out )?(?:exactly )?(?:how|when|where|the (?:way|method|date|day|time|place|spot))${gap(5)}${ACT}`,
        '(?:planning|planned|plan|plans for|preparing|prepared) (?:my|the) (?:own )?(?:suicide|death|exit|ending|final day)',
        `(?:have|got|made|make|making|writing|wrote|came up with) (?:a|the|my) (?:suicide )?plan (?:to|for|on how to)${gap(3)}${ACT}`,
        'suicide plan', 'plan to (?:commit suicide|end (?:it|my life)|kill myself)',
      ),
    ),
    SELF,
  ),
  rule('intent.jump_here', 'suicide_plan_intent', rx(`${WILL}${gap(1)}(?:jump|leap|let go|step off)(?! (?:in|on|into) (?:the )?(?:pool|lake|sea|shower|bed|call|queue|car|train|bus))`), SELF, { onlyIf: rx(alt(HEIGHT_PLACE, 'top of', 'edge', 'ledge', 'railing', 'window', 'tracks', 'platform', 'puente', 'azotea', 'ventana')) }),
  rule('intent.not_waking', 'suicide_plan_intent', rx(alt('(?:dont|not) (?:plan|intend|expect|going) (?:on|to) (?:wake|waking) up(?! early| before| until| till| at| in time| for)', `(?:wont|will not|not going to) be waking up (?:after|on|by|past|tomorrow|again)`)), SELF),
  // In progress: the means are in place on the body or the patient is at the edge.
  rule(
    'act.in_progress',
    'suicide_plan_intent',
    rx(alt(`(?:${HANG_MEANS}|noose)${gap(3)}(?:around my neck|tied (?:to|around|up)|is tied|are tied|set up|is up|is ready|hung up)`, 'standing (?:on|at) (?:the|a) (?:chair|stool|ledge|edge|railing|parapet|roof edge|edge of)', '(?:sitting|sat|standing|stood|perched) (?:on|at) the (?:edge|ledge|railing|parapet)(?: of (?:the|a) (?:roof|building|bridge|cliff|balcony|car park|tower))?', '(?:on|at) the (?:wrong side|other side) of the (?:railing|barrier|fence)', `(?:garage|car|shed)${gap(6)}(?:engine|motor) (?:running|on|going)`, `(?:engine|motor) (?:running|on)${gap(6)}(?:garage|hose|windows? (?:up|closed|shut))`, 'hose (?:in|into|from|to) the (?:exhaust|window|car)', '(?:on|at) the (?:ledge|edge|railing) (?:now|right now)', '(?:gun|pistol|barrel) (?:is )?(?:in my mouth|to my head|against my head)', `(?:loaded|cocked)${gap(1)}(?:gun|pistol|rifle|shotgun|revolver)${gap(3)}(?:on my lap|in my lap|in my hand|in my hands|next to me|in front of me|in my mouth|to my head)`, `(?:gun|pistol|rifle|shotgun|revolver)${gap(2)}(?:on my lap|in my lap|in my mouth|to my head|against my head)`, `hose${gap(3)}(?:exhaust|tailpipe)`, `(?:tied|made|hung|set up)${gap(1)}(?:a |the |my )?noose`, `(?:la soga|la cuerda)${gap(2)}(?:atada|colgada|lista|en el cuello)`, 'en la orilla del (?:puente|edificio|techo)')),
    SELF,
  ),
  rule('hyperbole.conditional', 'ambiguous_needs_followup', rx(`${WILL}${gap(2)}${ACT}`), SELF | IDIOM | JOKE, { onlyIf: TRIVIAL_COND }),
  // ---- concern: suicidal thoughts without method, plan or intent (C-SSRS 1-2)
  rule('ideation.want_act', 'passive_ideation', rx(`${WANT}${gap(2)}(?:${ACT}|suicide)`), SELF | IDIOM | TRIVIAL | HIST, { unlessTurn: MEME_HYPERBOLE }),
  rule(
    'ideation.suicidal',
    'passive_ideation',
    rx(
      alt(
        '(?:im|i am|feel|feeling|felt|been|getting|get|quite|so|very|really|pretty|kinda|kind of|a bit|actively|passively|became|becoming) suicidal',
        'suicidal (?:thoughts|ideation|feelings|urges|again|lately|today|tonight|right now|thinking|ideas|mood)',
        'suicide (?:has )?(?:crossed|crosses|been on|is on|keeps crossing|kept crossing|popped into|pops into) my (?:mind|head)',
        '(?:thoughts?|thinking|think|thought|daydream\\w*|fantasi[sz]\\w*|dream\\w*|obsess\\w*) (?:a lot )?(?:about|of) (?:suicide|dying|my death|my own death|not being here|not being alive|not being around|being dead|not existing|not waking up|ending (?:it|things|my life|it all))',
      ),
    ),
    SELF | HIST,
  ),
  // ---- attempts: recent = urgent; otherwise a feature the combos weigh against current distress
  rule(
    'attempt.recent',
    'suicide_plan_intent',
    rx(
      `${ATTEMPT}${gap(6)}(?:last night|yesterday|today|this (?:morning|afternoon|evening)|earlier|tonight|(?:an?|\\d+|few|couple of) (?:hours?|hrs|mins?|minutes) ago|anoche|ayer|hoy|esta manana|hace (?:un rato|una hora|unas horas))|(?:last night|yesterday|this morning|earlier today|anoche|ayer)${gap(6)}${ATTEMPT}|just ${ATTEMPT}`,
    ),
    SELF,
    { unless: AT_WORK },
  ),
  rule('attempt.mention', null, rx(ATTEMPT), SELF),
  // A bare "i tried when i was 19" / "tried once in uni": an attempt only when the exchange is about one.
  rule('attempt.bare_strong', null, rx(alt('(?:since|after|before|the last time) i (?:tried|attempted)(?= [.,?] | $| again)', 'first time i tried(?= [.,?] | $)')), NEG | THIRD),
  rule('attempt.bare', null, rx(alt('(?:since|after|before|the last time) i (?:tried|attempted)(?= [.,?] | $| again)', '(?:i|ive|i have|when i) (?:tried|attempted)(?= (?:when|at|in|back|once|twice|before|last|years?|as a|\\d)| [.,?] | $)', 'tried (?:once|twice)(?= [.,?] | $| in| at| when| as| back| years| before)', 'lo intente (?:una vez|cuando|a los|hace)')), NEG | THIRD),
  rule('topic.attempt', null, rx(alt('attempt(?:ed|s)?', 'tried to (?:kill|end|take)', 'overdos\\w*', 'suicid\\w*', 'swore never again', 'intento', 'intente')), 0),
  rule('ideation.again', null, rx(alt('(?:thinking|thought|thoughts|think) (?:about|of) (?:it|doing it|that|trying again) again', '(?:the )?thoughts are back', 'pensando en (?:eso|hacerlo) otra vez')), NEG | THIRD),
  rule('attempt.unplaced', null, rx(ATTEMPT), SELF | HIST, { past: 'attempt.remote' }),
  // ---- features for combos
  rule('topic.suicide', null, rx(alt(ACT, 'suicid\\w*', 'safety plan', 'plan de seguridad', 'want to die', 'better off dead', 'matarme', 'suicidarme', 'quitarme la vida', 'morirme', 'no quiero vivir', 'end it all')), SELF | IDIOM),
  rule('time.future', null, rx(alt(TIME_FUTURE, ES_TIME_FUTURE)), 0),
  // Someone else finding the patient afterwards: "so my mum isn't the one who finds me".
  // Having thought out how ("yeah I thought about how", "sí pensé cómo", "ya sé cómo lo haría"): a plan
  // only together with a means and a time (combos.ts); "I thought about how to fix it" is not one.
  rule('plan.method_thought', null, rx(alt('(?:thought|been thinking|figured|worked) (?:about |out )?how(?: (?:id|i would|i will|ill|i could|to) (?:do it|end it|go|kill myself))?(?= ?(?:[.,;:!?]|$| with | using | by ))', '(?:i )?know (?:exactly )?how (?:id|i would|i will|ill) do it', '(?:pense|he pensado|tengo pensado|ya se|planee|he planeado) (?:en )?(?:como|la forma|el modo)(?: (?:lo haria|hacerlo|matarme))?(?= ?(?:[.,;:!?]|$| con | usando ))', '(?:ya )?se como lo (?:haria|voy a hacer|hare)')), NEG | QUOTE | THIRD),
  rule('plan.found', null, rx(alt('(?:who|whoever|the one who|the person who|not the one to|be the one to|isnt the one who) (?:finds|find|found|will find|discovers) me', 'find my body', '(?:me|mi cuerpo) (?:encuentre|encuentren|encuentra)')), QUOTE | THIRD),
  rule('plan.marked_done', null, rx(`(?:in my (?:calendar|diary|planner)|written it|wrote it|marked it|put it|its)${gap(4)}(?:as|just as) " ?(?:done|the end|over|finished)`), NEG | QUOTE),
  rule('intent.done_bare', null, rx(alt('(?<=^ )done(?= [.,?] | $)', '(?<=^ )(?:im|i am) done(?= [.,?] | $)')), 0),
  // A train named with a time and "that's the one": a chosen train.
  rule('means.train_time', null, rx(`(?:trains?|tren)(?: (?:trains?|tren))*${gap(2)}(?:\\d{1,2}_\\d\\d|\\d{1,2} ?(?:am|pm))`), 0),
  // A gun taken out and left loaded within reach: in progress.
  rule('act.gun_out', 'suicide_plan_intent', rx(`(?:took it out|loaded it|got it out|taken it out|cleaned it|unlocked it)${span(14)}(?:in front of me|on the (?:kitchen )?table|on my lap|next to me|in my hand|beside me)`), SELF | HIST, { onlyIf: rx(alt('gun', 'pistol', 'rifle', 'shotgun', 'revolver', 'firearm', 'loaded')) }),
  rule('time.countdown', null, rx(alt('(?:\\d+|one|two|three|four|five|a few|a couple of) (?:more )?(?:sleeps|days|nights)(?: left| to go)?(?= [.,?] | $| then| until| till| left| hourglass| tombstone)', 'hourglass', 'cuenta atras', 'countdown')), 0),
  rule('intent.decided_bare', null, rx(alt('(?:ive|i have) made (?:a|my|the) decision(?= [.,?] | $| and)', '(?:ive|i have) decided(?= [.,?] | $)', 'ya lo (?:decidi|tengo decidido)(?= [.,?] | $)', 'ya tome (?:una|la) decision(?= [.,?] | $)')), NEG),
  rule('intent.decided', null, rx(alt('(?:everythings|everything is|its all|it is all) (?:decided|settled|arranged|sorted)', '(?:ive|i have|i) (?:decided|made up my mind|made my decision|made the decision)', 'my mind is made up', 'ya (?:lo )?decidi', 'ya tome la decision', 'lo tengo decidido')), NEG),
  rule('intent.emphatic', null, rx(alt('(?:no more|not another) failed attempts?', '(?:this time )?(?:it will|itll) work this time', 'make sure it works', 'wont fail (?:this time|again)', '(?:wont|not going to|not gonna) (?:try to )?stop myself', 'nobody can stop me', 'no one can stop me', 'nothing can stop me', '(?:you|they|u) (?:cant|cannot|wont be able to|couldnt) stop me', '(?:nobody|no one|dont|do not|dont try to|you cant|dont bother trying to|no point trying to) talk(?:ing)? me out of (?:it|this)', '(?:not going to|wont|not gonna|refuse to) be talked out of (?:it|this)', '(?:im )?not after a lecture', 'dont try to stop me', 'no (?:quiero|intentes|intenten) que me convenzan', 'no me (?:vengas|digas|salgas) con que', 'no me preguntes mas', '(?:ive )?never meant anything more', 'swear down', 'lo digo en serio', 'before i lose my (?:nerve|bottle)', 'before i lost my (?:nerve|bottle)', 'nadie (?:me )?(?:puede|va a) (?:parar|detener)(?:me)?', 'i mean it', 'im serious', 'im not joking', 'not joking', 'no joke', 'for real this time', 'this time for real', 'lo digo en serio', 'va en serio', 'esta vez si')), 0),
  rule(
    'intent.anaphor',
    null,
    rx(
      alt(
        `${WILL}${gap(2)}(?:do it|go through with it|go ahead with it|act on it|follow through|finish it|end it|use (?:it|them))`, '(?:im|i am) (?:going through with it|doing it)',
        '(?:free|ready|able|finally able) to (?:go through with it|do it)', `(?:doing|do) it${gap(1)}(?:tonight|tomorrow|this weekend|then|soon)`,
        '(?:tonight|today|this)s? (?:is |feels like |will be |seems like )?(?:the|my) (?:night|day)', 'its time', `(?:it|this|everything|all|it all) ends (?:tonight|today|tomorrow|now|here|on [a-z]+)`, `(?:tonight|today|tomorrow) (?:it|this|everything|it all) ends`, '(?:feels|seems|it feels|it seems) like the (?:right )?time(?: now)?', 'the right time(?= [.,?] | $| now)', 'thats the one(?= [.,?] | $)', '(?:im|i am) going to finish it', 'the time has come',
        'then im free', '(?:im|i am) doing it (?:this time|for real|tonight|now|today|for sure)', '(?:stronger|better|surer|more reliable|different) method', 'then (?:its|it is) my turn', 'then i can (?:finally )?(?:go|do it|rest)', '(?:is )?when (?:ill|i will|im going to|im gonna|i am going to) do it', '(?:itll|it will|it would|itd) be (?:quick|quicker|painless|over (?:soon|quickly|fast))', '(?:hoy|esta noche) es (?:el dia|la noche)', '(?:hoy|esta noche|manana|ya) lo hago', 'lo hago (?:hoy|esta noche|manana|ya)', 'lo voy a hacer', 'voy a hacerlo', 'lo hare', 'ya es hora', 'llego la hora', 'esta noche es la noche',
      ),
    ),
    NEG | QUOTE | THIRD,
  ),
  rule(
    'plan.when',
    null,
    rx(alt('(?:got it|have it|its|it is|its all) (?:all )?planned (?:for|on) (?:my birthday|the \\d+(?:st|nd|rd|th)?|[a-z]+day|tonight|tomorrow|next)', '(?:the )?date is set', 'set (?:the|a) (?:date|time|day)', '(?:the |my )?plans? (?:is |s )?(?:all )?set', '(?:its|it is) all set', `(?:the|my) plan is (?:for )?(?:${TIME_FUTURE})`, `(?:picked|chosen|chose|set|decided on)${gap(4)}(?:the|a) (?:date|day|time)`, `(?:its|it is|its all|it will be) (?:happening|going down|going to happen)${gap(2)}(?:${TIME_FUTURE})`, 'picked (?:the|a) (?:date|day|time)', 'chosen (?:the|a) (?:date|day)',
        `(?:picked|chosen|chose|settled on|decided on|going with|set it for)${gap(1)}(?:${WEEKDAY}|the \\d{1,2}(?:st|nd|rd|th)?|tomorrow|tonight|next (?:week|weekend|month)|a date|the date|my date|the day|my birthday|the anniversary)(?= [.,?] | $| night| morning| evening| then)`,
        'i know (?:how and (?:i know )?)?when(?= [.,?] | $| and (?:i know )?(?:how|where))', 'ya se (?:como y )?cuando(?= [.,?] | $)', 'ya (?:tengo|elegi|escogi|puse) (?:el dia|la fecha|la hora)')),
    NEG,
  ),
  rule(
    'plan.where',
    null,
    rx(
      alt(
        '(?:picked|chosen|chose|found|scouted) (?:the|a|my) (?:spot|place|bridge|method|location|tree|building|cliff|way)', '(?:finding|find|going to find|looking for|go to) (?:somewhere|a place|a spot) (?:quiet|secluded|private|no one will|nobody will|where no one|where nobody)', 'tenia (?:todo )?(?:planeado|pensado|listo)',
        'i know (?:exactly )?(?:where|how) (?:ill|im going to|i will|im gonna) (?:go|do it|be|end it)', 'i know exactly (?:how|where|when)', 'i know (?:exactly )?how(?= and (?:i know )?(?:when|where))',
        `(?:nobody|no one) (?:will|is going to) (?:notice|find me|realise|realize|miss me|know)${gap(3)}(?:till|until|for days|gone)`,
        'by the time (?:they|anyone|someone|you) (?:find|finds|notice|notices|realise|realize)', 'ya (?:tengo|elegi|escogi) (?:el|la) (?:puente|lugar|sitio|metodo|forma)',
        'ya se (?:como|donde|cuando) (?:lo voy a hacer|hacerlo|lo hare)', 'ya se como y (?:donde|cuando)', '(?:investigue|busque|averigue|estudie) (?:bien )?como (?:hacerlo|lo voy a hacer)', '(?:ive|i have|i) (?:sorted|worked out|figured out|planned|researched) (?:out )?(?:how|exactly how)(?= [.,?] | $| to do it| ill do it)', 'everything is (?:ready|in place|sorted|set)', '(?:have|got|its) (?:it )?all (?:planned|worked out|figured out|sorted)(?: out)?', '(?:ya )?(?:lo )?tengo todo (?:planeado|pensado|listo)', '(?:got|have|ive got) everything (?:sorted|ready|planned|in place|set up)', 'ya (?:tengo|esta) todo (?:listo|preparado|planeado)',
      ),
    ),
    NEG,
  ),
  rule('time.alone', null, rx(alt('(?:the )?(?:house|flat|home|place)s? (?:will be |is |gets |going to be )?(?:empty|quiet)(?= [.,?] | $| after| from| all| on| tonight| tomorrow| this| when| till| until)', `(?:aprovechar|aprovecho|aprovechando) que${gap(3)}(?:trabaja|no esta|no estan|se va|se van|sale|salen)`, '(?:mi )?[a-z]+ (?:trabaja|esta fuera|no esta) todo el dia', '(?:my |the )?[a-z]+s? (?:at work|out|away|gone) all (?:day|night|weekend)', 'nobody (?:will be|is) (?:home|around|in)', '(?:the )?(?:house|flat|home|place) (?:will be|is|is going to be|gets) (?:empty|quiet)', '(?:when|while|once|after) (?:my |the )?[a-z]+ (?:is|are|go|goes|leave|leaves|has gone|have gone) (?:out|away|to (?:work|bed|sleep)|asleep|on holiday|out of town)', '(?:when|while|once) (?:the house|home|everyone|everybody) (?:is|goes|has gone) (?:empty|quiet|out|away|asleep|to bed)', 'when (?:ill be|im) (?:home )?alone', 'cuando (?:no (?:haya|este) nadie|me quede sol[oa]|todos (?:duerman|se vayan))')), 0),
  rule('plan.calm', null, rx(alt('(?:estoy|me siento) (?:tranquil[oa]|en paz|aliviad[oa])(?: por primera vez| desde| ahora)', 'por primera vez en (?:meses|anos|semanas) (?:estoy|me siento) (?:tranquil[oa]|en paz)', 'finally at peace', 'feels? (?:lighter|good|better|calm|peaceful|right|so good) (?:having|to have|now (?:that )?(?:i have|ive|it is|its|everything is)?) ?(?:it all|everything|it|things)? ?(?:sorted|handled|done|in order|arranged|settled|organised|organized)', '(?:never|not) felt (?:this|so) (?:calm|peaceful|at peace|light|relieved)', 'calm(?:est|er)? (?:ive|i have) (?:felt|been)', '(?:feel|felt|feeling) (?:so |weirdly |strangely |oddly |much |a lot )?(?:calm|calmer|peaceful|at peace|relieved|light|lighter) (?:now|since|after|about it|for the first time)', 'at peace with (?:it|my decision|this)', 'no going back', 'en paz con (?:mi decision|esto)')), 0),
  rule(
    'intent.postponed',
    null,
    rx(`not (?:tonight|today|now|yet|this (?:week|weekend)|right now)${gap(3)}(?:but|maybe|probably)${gap(4)}(?:${TIME_FUTURE})|not (?:tonight|today|now|yet|this (?:week|weekend)|right now)(?= [.,] )${span(22)}(?:but|once|after|when)${gap(6)}(?:${TIME_FUTURE}|(?:theyre|they are|its|everyone is|the kids are) (?:back|gone|over|asleep))|no (?:esta noche|hoy|todavia|aun)${gap(3)}pero${gap(4)}${ES_TIME_FUTURE}`),
    0,
  ),
  rule(
    'intent.postpone_cond',
    null,
    rx(alt(`(?:wont|will not|not going to|cant|not) do (?:it|anything)${gap(2)}(?:while|until|till|before|as long as|whilst)`, '(?:wont|wouldnt|would not|will not|not going to|promised (?:i )?(?:wouldnt|not to|i wouldnt))(?: do (?:it|anything))? (?:while|until|till|before|as long as|whilst)', 'no lo (?:voy a hacer|hare) (?:mientras|hasta)')),
    0,
  ),
  rule('exit.no_return', null, rx(alt('(?:not|never) coming back', 'wont be coming back', 'no voy a volver', 'no pienso volver', 'sin regreso')), QUOTE | THIRD, { unless: rx(alt('(?:to|back to) (?:work|the office|school|class|the gym|uni|college|that (?:place|job|gym|shop|restaurant|club|church))', 'job', 'holiday', 'vacation', 'abroad', 'country', 'city', 'town', 'moving', 'trabajo', 'escuela', 'pais')) }),
  rule('prep.note', null, rx(alt('(?:written|wrote|writing) to (?:everyone|everybody|all of them|my (?:family|kids|children|parents)|each of them)', '(?:wrote|written|writing|write|left|leaving) (?:a |some |little )?(?:letters?|notes?|cards?) (?:to|for) (?:everyone|everybody|all of them|each of them|every one of them|my (?:family|kids|children|parents|friends|sisters?|brothers?|partner|wife|husband))', '(?:wrote|written|writing|left) (?:everyone|everybody|each of them|all of them|my (?:family|kids|children|parents|friends)) (?:a |their own )?(?:letters?|notes?|cards?)', '(?:escribi|escribiendo|escrito|deje|dejando) (?:unas |algunas |una )?(?:cartas?|notas?) (?:a|para) (?:todos|todas|cada uno|mi familia|mis hijos|mis padres)', '(?:the|my) (?:note|notes|letter|letters) (?:is|are) (?:written|done|ready|finished|on the table|in the drawer)', '(?:wrote|written|writing|finished|left|typed) (?:my|the|a|some|all the|all my) (?:notes?|letters?)', '(?:put|left|leave|hid|hidden) (?:the |my )?(?:letters?|notes?) (?:for|to) (?:my )?(?:kids|children|family|parents|wife|husband|partner|mum|mom|dad|sister|brother|friends)', '(?:escribi|deje) (?:mi|la|una|las|mis) (?:nota|carta|notas|cartas)', `(?:wrote|written|writing|write|left|leaving|finished) (?:a |some |little |the |my )?(?:letters?|notes?) (?:to|for) (?:my )?(?:mum|mom|mam|dad|sister|brother|wife|husband|partner|son|daughter|kids|children|parents|nan|gran|grandma|best friend|girlfriend|boyfriend|family)(?: and (?:my )?[a-z]+)?`, `(?:escribi|deje|escribiendo) (?:una |unas |la |las )?(?:cartas?|notas?) (?:a|para) (?:mi |mis )?(?:mama|madre|papa|padre|herman[oa]s?|hij[oa]s?|espos[oa]|pareja|familia)`)), NEG | THIRD, { unless: rx(alt('thank ?(?:you|yous)', 'therapist', 'exercise', 'homework', 'unsent', '(?:never|not going to|wont|dont) (?:send|post|give)', 'journal', 'christmas', 'birthday', 'wedding', 'invitations?', 'cover letters?', 'job applications?', 'postcards?', 'holiday', 'penpal', 'agradecimiento', 'navidad', 'cumpleanos', 'boda')) }),
  rule('topic.own_death', null, rx(alt('if (?:someone|i|a person|a user|a patient|somebody|a client) (?:dies|died|were to die|passed away|was gone|is gone)', 'after (?:my death|i die)', 'when i die', 'si (?:alguien|yo) (?:muere|me muero)')), 0),
  // Not risky alone; with giving things away or a will, arranging things for afterwards (combos.ts).
  rule('prep.passwords', null, rx(alt('(?:sorted|sorting|wrote down|written down|writing down|shared|sharing|gave|giving|left|leaving|set up|setting up|put|putting) (?:out )?(?:all |every |each )?(?:my )?(?:passwords?|pins?|bank details|account details|logins?|login details|phone passcode)(?: and (?:every |my |all )?(?:passwords?|pins?|logins?))?(?: [^ .?]+){0,4} (?:for|with|to) (?:my )?[a-z]+', '(?:deje|dejando|anote|apunte) (?:mis )?(?:contrasenas|claves|datos del banco) (?:para|a) (?:mi )?[a-z]+')), NEG | THIRD),
  rule('prep.better_with', null, rx(alt('(?:look after|take care of|care for|love) (?:him|her|them|it) (?:much |way |so much )?better than (?:i|me)', '(?:hes|shes|theyll be|theyre|he will be|she will be|hell be|shell be) (?:much |way |so much )?better off with (?:her|him|them)', '(?:lo|la|los|las) (?:va|van) a cuidar mejor que yo')), NEG | THIRD),
  rule('prep.will', null, rx(alt('(?:wrote|written|made|finished|signed|sorted|updated|did|done|changed|rewritten|redone) (?:my|a|out my|the) will', '(?:help me|how (?:do|can|would) i|want to|need to|trying to) (?:write|word|draft|make|do|sort|fill in|set up) (?:out )?(?:a|my) (?:will|last will)', '(?:writing|drafting|making|wording|doing) (?:a|my) will', '(?:hacer|redactar|escribir) (?:mi|un) testamento', '(?:hice|escribi|firme) (?:mi|el) testamento')), NEG | THIRD),
  rule('exit.at_height', null, rx(alt(`(?:im|i am|currently|sitting|standing|been)${gap(2)}(?:on|at|on top of|at the top of) (?:the|a) (?:bridge|roof|rooftop|top floor|cliff|edge|ledge|car park roof|tracks|platform edge|overpass)(?: right now| now)?`, '(?:estoy|sentad[oa]) (?:en|arriba de) (?:el|la) (?:puente|azotea|techo|orilla|acantilado|vias)')), QUOTE | THIRD),
  rule('exit.leave', null, rx('(?:me voy|me ire|im leaving|ill be leaving|im going|ill go|im off)(?= [.,] | $)'), QUOTE | THIRD),
  rule('exit.world', 'suicide_plan_intent', rx(alt('(?:leave|leaving|left) this (?:world|earth|life)', 'me voy (?:para siempre|de este mundo)', 'dejar este mundo', 'irme de este mundo')), SELF | IDIOM),
  rule('exit.water_entry', null, rx(alt('(?:walk|wade|swim|step|jump) (?:in|into it|into the water|out|out to sea|under)(?= [.,] | $| and (?:not|never))', '(?:walk|walking|wade|wading) into the (?:sea|water|lake|river|reservoir|waves|canal)', 'swim out (?:until|till|and (?:not|never))', '(?:meterme|entrar) al (?:mar|rio|agua) (?:hasta|y no)')), QUOTE | THIRD),
  rule('exit.place', null, rx(alt('(?:to|out to|at|towards|off|up to|down to|over|by|near|parked up by|parked by) (?:the|a) (?:cliffs?|bridge|lake|river|sea|ocean|tracks|railway|woods|forest|roof|edge|quarry|dam|coast|beach|pier|mountains?|motorway|highway|reservoir|canal|estuary|harbour|harbor|viaduct|gorge|waterfall)', '(?:al|a la|hacia el|hacia la) (?:puente|acantilado|rio|mar|vias|azotea|bosque)')), 0),
  // ---- Spanish
  rule('es.intent.future', 'suicide_plan_intent', rx(alt(`(?:${ES_WILL})${gap(2)}${ES_ACT_ACTIVE}`, 'me (?:voy|vaya) a (?:matar|suicidar|quitar la vida|ahorcar|colgar|envenenar|cortar las venas|pegar un tiro|dar un tiro|tirar|aventar|lanzar|arrojar)')), SELF | IDIOM),
  rule('es.intent.timeline', 'suicide_plan_intent', rx(`${ES_ACT}${gap(5)}${ES_TIME_FUTURE}|${ES_TIME_FUTURE}${gap(10)}${ES_ACT}`), SELF | IDIOM),
  // "Quiero hacerlo" is everyday Spanish ("lo de las columnas, quiero hacerlo"): ideation only after
  // risk in this turn or the last few (combos.ts es.want_it_dark), like "I want to do it".
  rule('es.want_it', null, rx(`${ES_WANT}${gap(1)}hacerlo`), SELF | IDIOM | HIST | TRIVIAL),
  rule('es.ideation.want_act', 'passive_ideation', rx(alt(`${ES_WANT}${gap(1)}${ES_ACT_INF}`, 'me quiero (?:matar|suicidar|quitar la vida)')), SELF | IDIOM | HIST | TRIVIAL),
  rule('es.ideation.suicidal', 'passive_ideation', rx(alt('pensamientos suicidas', 'ideas suicidas', 'ideacion suicida', 'he pensado en (?:el suicidio|suicidarme|matarme|quitarme la vida)', '(?:me siento|estoy) suicida', 'pienso (?:mucho )?en (?:el suicidio|la muerte|morir(?:me)?|matarme|suicidarme)')), SELF | HIST),
  rule('es.intent.plan', 'suicide_plan_intent', rx(`(?:tengo|hice|hago) (?:un|el|mi) plan (?:para|de)${gap(2)}${ES_ACT_ACTIVE}`), SELF),
];
