/**
 * Danger from or to other people: intent to harm others (with a target plus a weapon, place,
 * timeline, plan or serious act), domestic and elder abuse, child safeguarding, and command
 * hallucinations. Idioms ("my sister is gonna strangle me", "i could kill for a coffee") fail
 * these patterns because they need a person target and a reported act, threat or plan.
 */
import { alt, gap, gapNoNeg, rx } from './pattern.js';
import { CHILD_NOUN, PARTNER, WEAPON } from './lexicon-en.js';
import { ES_CHILD } from './lexicon-es.js';
import { HIST, JOKE, NEG, QUOTE, THIRD, rule } from './rule-types.js';
import type { PatternRule } from './rule-types.js';

const MEDS_SHORT = alt('paracetamol', 'tylenol', 'ibuprofen', 'insulin', 'sleeping pills', 'antidepressants', 'painkillers', 'xanax', 'oxy\\w*', 'benzos?');
const ME_INTENT = alt(
  '(?:im|i am|i m) (?:going to|about to|planning to|ready to|really going to|gonna|finally going to|actually going to)', 'ill', 'i will', 'im going to',
  '(?:ive|i have|i) decided to', 'i swear (?:ill|im going to|i will)', 'next time ill', 'going to', 'about to',
);
const HARM_VERB = alt(
  'kill', 'murder', 'hurt', 'stab', 'shoot(?: up)?', 'beat (?:up|the [a-z]+ out of|him|her|them)', 'beat', 'batter', 'bash', 'smash', 'strangle', 'choke',
  'poison', 'run (?:over|down)', 'attack', 'burn', 'torch', 'bomb', 'blow up', 'slit', 'break (?:his|her|their)', 'punch', 'kick', 'slap', 'drown',
  'get (?:him|her|them) (?:first|back)', 'make (?:him|her|them) pay', `teach${gap(2)}a lesson`, 'take (?:him|her|them) out', 'end (?:him|her|them)',
  'deal with (?:him|her|them) (?:for good|permanently)', 'cut (?:him|her|them)', 'put (?:him|her|them) in (?:hospital|the ground)', 'waste',
);
const SERIOUS_VERB = alt(
  'shoot up', 'stab', 'shoot', 'bomb', 'blow up', 'run (?:him|her|them|my [a-z]+|[a-z]+) (?:over|down)', 'slit', 'poison', 'burn (?:down )?(?:his|her|their) (?:house|car|place|flat)',
  `smash${gap(5)}(?:face|head|skull|teeth) in`, `set (?:fire|light) to${gap(3)}(?:house|car|flat|place|home|school|office|building|bed)`, 'strangle', 'put (?:him|her|them) in the ground', 'get (?:him|her|them) first', 'murder',
);
const TARGET = alt(
  'him', 'her', 'them', 'the guy', 'that guy', 'this guy', 'the man', 'the woman', 'that (?:bitch|bastard|prick|asshole|guy|woman|man|kid|teacher)',
  'my (?:boss|ex|ex wife|ex husband|wife|husband|partner|boyfriend|girlfriend|bf|gf|neighbou?rs?|teacher|dad|father|mum|mom|mother|brother|sister|stepdad|stepmom|stepmum|coworkers?|co workers?|colleagues?|manager|roommate|flatmate|landlord|son|daughter|kids?|children|baby|family|classmates?|bully|bullies|friend|in laws)',
  'the (?:protesters|crowd|people|class|school|party|office|kids|students|teachers|whole [a-z]+|neighbou?rs?|guy|man|woman|bullies|club|church|mosque|synagogue|mall)',
  'everyone', 'everybody', 'all of them', 'those (?:people|kids|guys|bastards|girls|boys)', 'people', 'someone', 'somebody', 'a (?:stranger|random person|random)',
  '[a-z]+s (?:new )?(?:bf|gf|boyfriend|girlfriend|husband|wife)', '(?:his|her) new [a-z]+', 'my exs? [a-z]+', 'the (?:neighbou?rs?|[a-z]+s) (?:dog|cat)',
);
const PRESENCE = alt(
  '(?:outside|at|near|waiting (?:for|outside|at)|parked (?:outside|near)|in front of|across from) (?:his|her|their|the) (?:work|house|home|office|school|place|flat|apartment|gym|car|door)',
  'already (?:outside|there|here|at)', '(?:following|followed|stalking|watching) (?:him|her|them)', 'know (?:his|her|their) (?:schedule|routine|address|movements)',
  'know where (?:he|she|they) (?:lives?|works?|goes|go|wait|hang out)', 'know (?:which|what) (?:bus|train|route|way|door|class|car) (?:they|he|she) (?:take|takes|get|gets|use|uses|drive|drives)', 'tracked (?:him|her|them) down', '(?:actually )?drove (?:there|past)', '(?:next time|tomorrow|tonight) i (?:wont|will not|dont think ill|am not going to|might not) stop',
  'rehears\\w*', 'practi[sc](?:ed|ing) (?:on|with|at)', 'have a plan', 'planned it', 'plan is',
);
const PERP = alt(
  'he', 'she', 'they', 'hes', 'shes', `(?:my )?(?:${PARTNER})`, 'my (?:dad|father|stepdad|stepfather|mum|mom|mother|stepmum|stepmom|son|daughter|son in law|daughter in law|grandson|granddaughter|carer|caregiver|brother|sister|uncle|aunt|family|in laws|flatmate|roommate|landlord|pimp|boss)',
);
const ABUSE_ACT = alt(
  '(?:hit|hits|hitting|punched|punches|punching|slapped|slaps|slapping|kicked|kicks|kicking|beat|beats|beating|beaten|choked|chokes|choking|strangled|strangles|strangling|throttled|smothered|suffocated|shoved|shoves|pushed|pushes|dragged|drags|pinned|grabbed|burned|burnt|bit|raped|rapes|assaulted|attacked|hurt|hurts|hurting|abuses|abused) (?:me|us|my (?:mum|mom|kids|children|baby|face|neck|throat))(?! (?:feelings|emotionally|pride|ego))',
  '(?:threw|throws|thrown|pushed|shoved|slammed|slams) me (?:against|into|down|onto|across|off|out)', '(?:threw|throws|thrown|hurled|smashed|swung) (?:a|the|his|her|my)? ?[a-z]+ (?:at|on|over) (?:me|my head)', '(?:held|holds|pointed|points|pulled|put|pressed) (?:a|the|his|her) (?:knife|gun|blade|pistol|scissors) (?:to|at|on|against) (?:me|my)',
  '(?:tied|ties|locked|locks|shut|trapped|chained|tie|lock) (?:me|my wrists|my hands|us) (?:up|in|inside|so|to)', `(?:locked|locks|shut|trapped|keeps)${gap(1)}(?:me|us)${gap(3)}(?:in|inside) (?:the|our|my|a) (?:house|room|flat|bedroom|basement|car|bathroom|shed)`, '(?:held|holds|pinned|pushed|forced) (?:me|my head) (?:under|underwater|down|against)', 'tried to drown me', '(?:grabs|grabbing|shoves|shoving|pushes) me', 'locked me (?:in|out)', '(?:tied|tie|ties) my (?:wrists|hands|arms)',
  '(?:put|had|wrapped|got) (?:his|her|their) hands? (?:round|around|on) my (?:neck|throat)', '(?:squeezed|grabbed|gripped) my (?:neck|throat)',
  '(?:wont|will not|doesnt|does not) give me (?:my )?(?:medication|medicine|meds|pills|food|money|insulin) (?:unless|until|if)', 'forced me to', 'makes me (?:sign|have sex|sleep with)',
  '(?:wont|will not|doesnt) let me (?:eat|sleep|see a doctor|call (?:anyone|the police|for help)|go to (?:hospital|the doctor))',
);
const THREAT = alt(
  `(?:said|says|told me|swore|threatened|texted)${gap(8)}(?:hed|he would|hell|he will|hes going to|shed|she would|shell|she will|theyll|they will) (?:kill|hurt|murder|stab|shoot|end|bury) (?:me|us|my)`,
  `(?:said|says|told me|threatened)${gap(2)}(?:next time|if i)${gap(3)}(?:i wont|i will not|ill never|you wont|youll never) (?:wake up|survive|live|be so lucky|walk again|see (?:the kids|my kids|tomorrow))`,
  '(?:threatened|threatens|threatening|threaten|keeps threatening) (?:to )?(?:kill|hurt|murder|stab|shoot|burn|take the kids|take my kids|harm|beat|strangle) (?:me|us|my|the kids)',
  '(?:said|says|told me|swore|keeps saying|promised|screamed|yelled) (?:that )?(?:hed|he would|hell|he will|hes going to|shed|she would|shell|she will|shes going to|they would|theyd|theyll) (?:kill|hurt|murder|stab|shoot|find|end|bury) (?:me|us|my)',
);
const CHILD_SELF = alt('(?:im|i am|i m) (?:only )?(?:[1-9]|1[0-7])(?: years old| yrs old| yo)?(?! (?:am|pm|minutes|mins|hours|days|weeks|months|percent|times|sessions|pills))', 'im in (?:year|grade) (?:[1-9]|1[0-2])', 'tengo (?:solo )?(?:[1-9]|1[0-7]) anos');
const VOICE = alt(
  'voices?', 'the voice', 'a voice', 'god', 'the devil', 'satan', 'demons?', 'the (?:messages?|signs?|tv|radio|numbers|plates|license plates|number plates|songs|birds|spirits?|angels?)',
  'una voz', 'las voces', 'voces', 'dios', 'el diablo', 'los mensajes', 'las senales',
);
const COMMAND = alt('tell', 'tells', 'telling', 'told', 'say', 'says', 'saying', 'said', 'order', 'orders', 'ordered', 'ordering', 'command', 'commands', 'commanding', 'want', 'wants', 'demand', 'demands', 'instruct', 'instructs', 'instructing', 'make', 'making', 'keep telling', 'keeps telling');
const HARM_ORDER = alt(
  'get rid of (?:him|her|them|it|my|the)', 'punish (?:him|her|them|myself)',
  'kill', 'hurt', 'jump', 'drown', 'cut', 'stab', 'walk into (?:traffic|the sea|the river|the road)', 'get (?:him|her|them) (?:first|before)', 'sacrifice', 'burn', 'poison', 'end (?:it|my life)',
  'die', 'punish', 'attack', 'shoot', 'hang', 'step in front', 'throw myself', 'set fire', 'strangle', 'harm',
);
const ES_HARM_ORDER = alt('matar', 'matarme', 'saltar', 'tirarme', 'cortarme', 'hacer(?:me|le|les)? dano', 'morir', 'lastimar', 'ahogar', 'quemar', 'atacar', 'me (?:tire|tirara|mate|matara|corte|cortara|ahorque|lance|haga dano|lastime|muera|ahogue)', '(?:mate|matara|lastime|ataque|envenene|queme|apunale) a', 'salte');

export const VIOLENCE_RULES: readonly PatternRule[] = [
  // ---- harm to others
  rule('hto.intent', null, rx(alt(`${ME_INTENT}${gap(2)}(?:${HARM_VERB})${gap(3)}(?:${TARGET})`, `${ME_INTENT}${gap(2)}teach (?:${TARGET})${gap(1)}a lesson`, '(?:le|lo|la|los|les) voy a (?:matar|apunalar|disparar|pegar|reventar|partir la cara|romper la cara|hacer dano|meter un tiro|pegar un tiro|quemar|clavar (?:un|el) cuchillo|dar una paliza|ahorcar|ahogar)', 'voy a (?:matarl[oa]s?|apunalarl[oa]s?|dispararle|reventarl[oa]|quemarl[oa])', 'voy a (?:matar|apunalar|disparar(?:le)?|golpear|reventar|quemar|envenenar|atacar) a (?:mi |mis |el |la |los |las |ese |esa |este |esta )?[a-z]+')), NEG | QUOTE | THIRD),
  rule('hto.serious', null, rx(alt(`${ME_INTENT}${gap(2)}(?:${SERIOUS_VERB})`, `(?:planning|plan) (?:to|on) (?:${SERIOUS_VERB}|hurt|kill|attack)`)), NEG | QUOTE | THIRD),
  rule('hto.factor', null, rx(alt(PRESENCE, `(?:bought|got|have|ordered|picked up|loaded|brought|bring|sharpened)${gap(2)}(?:a |the |my |his |dads )?(?:${WEAPON})`, `(?:${WEAPON}) (?:is|are) (?:loaded|ready|in my (?:bag|car|pocket))`, 'ya (?:compre|tengo|consegui) (?:el|un|la|una) (?:arma|pistola|cuchillo|navaja|escopeta)', 'se donde vive')), NEG),
  rule('hto.weapon_intent', null, rx(alt(`${ME_INTENT}${gap(2)}(?:bring|take|use|get|grab|carry|load)${gap(3)}(?:${WEAPON})`, `(?:im|i am|ill be) (?:bringing|taking|carrying|loading)${gap(3)}(?:${WEAPON})`)), NEG | QUOTE | THIRD),
  rule('hto.harm_mention', null, rx(alt(`(?:${HARM_VERB})${gap(1)}(?:${TARGET})`, '(?:kill|murder|hurt|stab|shoot|end|strangle|choke|poison|attack|get|waste|finish) (?:him|her|them)', `(?:deal with|sort out|take care of|teach|settle things with|settle the score with)${gap(1)}(?:${TARGET})`)), NEG | QUOTE),
  rule('hto.weapon_to_place', null, rx(`(?:bring|bringing|take|taking|carry|carrying|sneak|sneaking)${gap(3)}(?:${WEAPON})${gap(2)}(?:to|into|in to) (?:work|school|class|the office|the party|church|college|uni|his|her|their)`), NEG | QUOTE | THIRD),
  rule('hto.arson_means', null, rx(`(?:bought|got|filled|have|getting|buying)${gap(3)}(?:petrol|gasoline|lighter fluid|accelerant|jerry can|gas can)`), NEG | QUOTE | THIRD),
  rule('hto.going_to_target', null, rx(`(?:going|heading|driving|walking|go) (?:round |over |back )?to (?:his|her|their|my exs|the exs|my ex|the) (?:flat|house|place|work|school|apartment|office|home)`), NEG | THIRD),
  rule('hto.veiled_weak', null, rx(alt('(?:theyll|they will|hell|shell|youll|everyone will) (?:find out|see|learn|know|get it|regret it)', 'they(?:ll| will) (?:all )?(?:see|find out)')), NEG | QUOTE),
  rule('hto.vehicle', null, rx(`(?:run|running|drive|driving|plough|ploughing|plow|plowing|ram|ramming|swerve)${gap(3)}(?:into|through|over) (?:${TARGET})`), NEG | QUOTE),
  rule('hto.conditional', 'ambiguous_needs_followup', rx(`if (?:he|she|they|my [a-z]+|that [a-z]+|mi [a-z]+)${gap(8)}(?:again|one more time|ever)${gap(3)}(?:ill|i will|im going to|i swear ill|ill fucking)${gap(1)}(?:${HARM_VERB})|si (?:mi|el|la) [a-z]+ (?:me )?vuelve a${gap(6)}(?:le voy a|lo voy a|la voy a|voy a)`), NEG | QUOTE | JOKE),
  rule(
    'hto.veiled',
    'harm_to_others',
    rx(
      alt(
        '(?:theyll|they will|theyre going to|everyone will|hell|shell|he will|she will) (?:all )?(?:be sorry|pay for (?:this|it|what)|regret (?:it|this|laughing|what)|get what(?:s| is) coming)',
        '(?:make|making) (?:them|him|her|everyone) (?:all )?(?:pay|sorry|regret)', '(?:theyll|they will|theyre|they are|everyones|everyone is|hes|shes)(?: all)? (?:going to|gonna|will) (?:all )?(?:pay|be sorry|regret it|get what they deserve)(?! for (?:the|my|our|it|this|that|dinner|drinks|food|tickets|lunch|parking))', '(?:dont|do not|better not) (?:come|go) to (?:school|work|class|the party|the office|church) (?:tomorrow|on [a-z]+|next week|this week)',
        '(?:something|it) (?:big|bad) (?:is going to|will|gonna) happen (?:at|to) (?:school|work|the party|them)', '(?:then|next|after that) (?:ill|im going to|i will) (?:start on|deal with|come for|go after|get to) (?:him|her|them|you)',
        '(?:his|her|their) (?:turn|time) is coming', '(?:theyll|they will|they wont|no one will|nobody will|wont) (?:be laughing|laugh(?: at me)? (?:again|for long|much longer))', '(?:hes|shes|theyre|youre) next', `(?:put|putting|mixed|mixing)${gap(2)}(?:rat poison|poison|antifreeze)${gap(3)}(?:in|into) (?:some|the|his|her|their)`,
        '(?:se van|se va) a arrepentir', 'me las (?:va|van) a pagar', 'van a ver (?:lo que|quien)',
      ),
    ),
    NEG | QUOTE,
  ),
  // "i'm going to kill my sister, she ate my leftovers": a trivial grievance marks hyperbole.
  rule('hto.trivial', null, rx(alt('(?:she|he|they) (?:ate|borrowed|took|used|broke|spilled|forgot|lost|finished|stole|drank|wore|read|spoiled|ruined|touched|moved|deleted)', '(?:if|when) (?:she|he|they) (?:eats|borrows|takes|touches|uses|finds out|sees|hears|reads)', 'for (?:eating|borrowing|taking|using|spoiling|ruining|finishing|losing|breaking)', '(?:my|the) (?:leftovers|fries|snacks|charger|jacket|phone|remote|netflix|spoilers?)')), 0),
  rule('hto.imagining', null, rx(`(?:imagining|imagine|picturing|fantasi[sz]ing about|thinking about|think about)${gap(2)}(?:${HARM_VERB}|running|driving|hurting|killing|stabbing|shooting|pushing)${gap(4)}(?:${TARGET}|into)`), NEG),
  // ---- domestic and elder abuse
  rule('da.act', 'domestic_abuse', rx(alt(`(?:${PERP})${gapNoNeg(8)}(?:${ABUSE_ACT})`, '(?:got|was|been|being|get) (?:hit|punched|slapped|kicked|beaten|choked|strangled|raped|assaulted|attacked|strangled|locked in) by (?:my|him|her)', `(?:${PERP}) (?:just )?(?:tried to|almost|nearly) (?:kill|strangle|choke|drown|suffocate) me`)), NEG | QUOTE | HIST, { past: 'abuse.past', unless: rx(alt('dog', 'puppy', 'cat', 'kitten', 'pet', 'horse', 'hamster', 'rabbit', 'parrot', 'toddler', 'baby', 'pillow fight', 'play fight', 'playing', 'by accident', 'accidentally')) }),
  rule('da.threat', 'domestic_abuse', rx(THREAT), NEG | QUOTE | HIST, { past: 'abuse.past' }),
  rule('es.da.act', 'domestic_abuse', rx(alt(`(?:mi )?(?:pareja|esposo|marido|novio|novia|esposa|mujer|ex|padre|papa|madre|mama|hijo|hija|nuera|yerno|cuidador[a]?|suegr[oa]|padrastro)${gap(2)}(?:me |nos )(?:pega|golpea|golpeo|pego|empujo|empuja|ahorco|ahorca|estrangulo|estrangula|asfixio|encerro|encierra|viola|violo|patea|pateo|cacheteo|abofeteo|quemo|amarro|ato|tiro contra)`, 'me (?:amenazo|amenaza|ha amenazado) con (?:matarme|matarnos|hacerme dano|quitarme a los ninos|pegarme)', '(?:me dio|me pego|me metio|me ha dado) (?:una )?paliza', 'si (?:lo|la) (?:denuncio|dejo|abandono) me (?:mata|matara|va a matar)', 'me (?:pega|golpea|encierra|ahorca|estrangula|viola|patea|maltrata) (?:todos los dias|cuando|si|siempre|a veces|y)', 'no me (?:da|deja tomar) (?:mis )?(?:medicinas|medicamentos|pastillas|comida) (?:si no|hasta que|a menos)')), NEG | QUOTE | HIST, { past: 'abuse.past' }),
  rule('da.elder_third_party', 'domestic_abuse', rx(`(?:carer|caregiver|care worker|nurse|son|daughter|grandson|granddaughter|nephew|niece|neighbou?r|son in law|daughter in law|aide)${gap(2)}(?:slaps|hits|beats|pushes|shoves|hurts|punches|kicks|pinches|locks|starves|takes (?:her|his) (?:pension|money|bank card|medication))`), NEG | QUOTE | HIST, { onlyIf: rx(alt('gran', 'grandma', 'granny', 'nan', 'nana', 'grandad', 'grandpa', 'elderly', 'old (?:man|woman|lady)', 'pension', 'care home', 'dementia', 'my (?:mum|mom|dad|mother|father)', '\\d{2} year old', 'abuel[oa]')) }),
  rule('abuse.past', null, rx(alt('(?:was|were) (?:abusive|violent)', 'abused me', 'used to (?:hit|beat|touch|abuse|hurt|rape|molest)', '(?:sexually |physically |emotionally )?(?:abused|molested|raped|assaulted|beaten|groomed|touched) (?:as a|when i was)', `(?:when i was|as a) (?:a )?(?:kid|child|little|teen|\\d+)${gap(8)}(?:hit|beat|touched|abused|hurt|raped|molested)`, '(?:nos|me) pegaba', 'me (?:tocaba|maltrataba|violaba|golpeaba)', 'abuso de mi')), QUOTE),
  rule('abuse.access', null, rx(alt('(?:still )?(?:has|gets|sees|looks after|picks up) (?:the |my |our )?(?:kids|children)', 'has (?:contact|access) (?:with|to) (?:the |my |our )?(?:kids|children)', `(?:still|now) (?:coaches|teaches|works with|babysits|lives with|has access to|looks after|volunteers with|runs)${gap(3)}(?:kids|children|girls|boys|my (?:kids|son|daughter|niece|nephew))`, 'sigue (?:entrenando|dando clases|trabajando con) (?:a )?(?:ninos|ninas|menores)')), 0),
  rule('abuse.coercive', 'abuse_unclear_or_past', rx(alt('(?:controls|checks|tracks|monitors|reads|goes through|takes) (?:all )?(?:of )?(?:my|our) (?:money|finances|phone|messages|texts|location|emails|accounts|spending|every move|bank)', '(?:wont|will not|doesnt|does not) let me (?:see|talk to|visit|go out with|have|work|use|leave the house|go anywhere|have friends)', '(?:says|said|told me) i (?:cant|am not allowed to|m not allowed to) (?:see|talk to|go|have|leave|work)', 'not allowed to (?:see my|talk to|go out|leave|have (?:friends|money))', 'isolat(?:es|ed|ing) me', '(?:calls|called) me (?:worthless|stupid|useless|names)', 'walking on eggshells', '(?:keeps|kept|keep) (?:turning up|showing up|following me|waiting outside|messaging me|calling me|texting me)', 'stalking me', 'follows me (?:home|everywhere|around)', '(?:smashes|smashed|breaks|broke|throws|threw|punches|punched|kicks|kicked) (?:my |our )?(?:stuff|things|phone|walls?|doors?|plates|belongings)', '(?:hes|shes|he is|she is) (?:abusive|controlling|violent)', '(?:scared|afraid|terrified) of (?:my (?:partner|husband|boyfriend|wife|girlfriend)|him|her)', 'no me deja (?:salir|ver a|trabajar|hablar con|tener)', 'me (?:revisa|controla) (?:el telefono|el celular|el movil|los mensajes|el dinero|todo)', 'me quito (?:el pasaporte|el telefono|el dinero)')), NEG | QUOTE, { onlyIf: rx(alt(PARTNER, 'he', 'she', 'him', 'her', 'pareja', 'esposo', 'marido', 'novio', 'novia', 'esposa')) }),
  // A parent or partner threatening to kill someone in the home right now.
  rule('da.threat_family', 'domestic_abuse', rx(alt(`(?:screaming|shouting|yelling|saying|says|said|threatening|threatened)${gap(3)}(?:hes|shes|he is|she is|hell|shell|he will|she will|hed|shed)? ?(?:going to|gonna|will)? ?(?:kill|murder|stab|shoot|strangle) (?:her|him|us|them|my (?:mum|mom|dad|sister|brother|mother|father|stepmum|stepdad|grandma|grandad|nan))`, `(?:gritando|gritandole|diciendo|dice|dijo|amenaza con|amenazo con)${gap(2)}(?:que )?(?:la|lo|los|las|nos|me) va a matar`, 'amenaza con matar(?:la|lo|nos|me|los)')), NEG | QUOTE | HIST, { onlyIf: rx(alt('dad', 'mum', 'mom', 'father', 'mother', 'stepdad', 'stepmum', 'husband', 'wife', 'boyfriend', 'girlfriend', 'partner', 'brother', 'sister', 'he', 'she', 'papa', 'mama', 'padre', 'madre', 'padrastro', 'marido', 'esposo', 'novio')) }),
  // ---- child safeguarding
  rule('child.self_age', null, rx(CHILD_SELF), 0),
  rule('child.abuse_act', null, rx(alt('(?:makes|made|forces|forced) me (?:do|touch|watch|undress|take off)', '(?:touches|touched|touching) me', 'comes into my (?:room|bed)', '(?:get|getting|gets|climb|climbs|climbing|come|coming) (?:into|in) my (?:bed|room)', 'tries to (?:touch|kiss|get into|undress)', '(?:meet|see|visit) (?:him|her|them) (?:alone|on (?:my|our) own|in secret)', `sends? me (?:messages|texts|pics|photos|dms)${gap(4)}(?:loves me|love|special|secret|come to|come over|meet|pretty|sexy)`, '(?:wants|asked|asks) me to come (?:to|round to|over to|back to) his (?:house|flat|place|car|room)', '(?:says?|said|tells me) (?:he|she) loves me', '(?:not|dont|never) (?:to )?tell (?:my |your )?(?:parents|mum|mom|dad|anyone|anybody|family)', 'sleeps in my bed', '(?:hits|beats|hurts|slaps|kicks|burns|punches|chokes) me', 'locks me (?:in|up|out)', '(?:doesnt|dont|never) (?:feed|give) me', 'keep it (?:a )?secret', 'our (?:little )?secret', 'me (?:pega|toca|obliga|encierra|pide fotos)', 'me mandan? (?:fotos|mensajes|videos)', 'no (?:le |les )?(?:diga|digas|cuente|cuentes) (?:nada )?a nadie', 'es (?:nuestro|un) secreto', 'no se lo digas a nadie')), NEG),
  rule('child.sextortion', 'child_safeguarding', rx(alt(`(?:wants|asked|asking|keeps asking|made|making|pressuring|pressures) me (?:to )?(?:send|for)${gap(2)}(?:pics|pictures|photos|nudes|videos|vids)${gap(12)}(?:if i dont|unless i|or (?:else|he will|hell))`, `(?:if i dont|unless i)${gap(6)}(?:post|share|send|show|leak|tell)${gap(3)}(?:them|the pics|my pics|the photos|the ones|everyone)`, '(?:hell|he will|shell|she will|theyll|hes going to|they will) (?:post|share|send|show|leak) (?:them|the pics|my pics|the photos|the ones|my nudes)', `me pide fotos${gap(6)}(?:si no|o si no)`)), NEG | QUOTE),
  rule('child.parent_harm', null, rx(alt(`(?:i|ive|i have|i(?:ve)? started|i keep|i(?:ve)? been|i just)${gap(2)}(?:hit(?:ting)?|slap(?:ped|ping)?|smack(?:ed|ing)?|punch(?:ed|ing)?|kick(?:ed|ing)?|shak(?:e|en|ing)|shook|beat(?:ing)?|chok(?:ed|ing)|burn(?:ed|t)|throw(?:ing)?|threw|lock(?:ed|ing)|bit|pinch(?:ed|ing))${gap(1)}(?:my |the |our )?(?:${CHILD_NOUN}|him|her|them)`, `(?:le pego|le pegue|le estoy pegando|lo sacudi|la sacudi|le doy cachetadas)${gap(3)}(?:${ES_CHILD})`)), NEG | QUOTE | HIST, { past: 'abuse.past' }),
  rule('child.injury', null, rx(alt('face', 'head', 'bled', 'bleeding', 'bruises?', 'bruised', 'marks', 'hard', 'again', 'every (?:day|time|night)', 'started', 'cant stop', 'scared ill', 'lose it', 'losing it', 'really hurt', 'too hard', 'broke', 'burn', 'swollen', 'sangr\\w*', 'moretones?', 'todos los dias')), 0),
  rule('child.neglect', 'child_safeguarding', rx(alt(`(?:left|leave|leaving|leaves)${gap(1)}(?:my |the |her |his |their )?(?:${CHILD_NOUN})${gap(3)}(?:alone|home alone|by (?:themselves|himself|herself)|in the car)${gap(4)}(?:for|all) (?:days|the (?:weekend|night|day)|hours|\\d+ (?:days|hours)|night)`, `(?:${CHILD_NOUN})${gap(4)}(?:hasnt|havent|hadnt|not) (?:been )?(?:fed|eaten)${gap(3)}(?:in|for) (?:days|\\d+ days|two days)`)), NEG | QUOTE | HIST),
  rule('child.third_party', 'child_safeguarding', rx(alt(`(?:stepdad|stepfather|step dad|dad|father|mum|mom|mother|stepmum|stepmom|uncle|aunt|cousin|brother|grandad|grandfather|neighbou?r|coach|teacher|babysitter|boyfriend|friend|priest|tutor)${gap(2)}(?:hits|beats|slaps|kicks|punches|touches|abuses|hurts|burns|locks|starves|molests|rapes|is hitting|is touching|sleeps in|gets into|comes into|belts|whips)${gap(3)}(?:my |her |his |the |our )?(?:little )?(?:${CHILD_NOUN}|bed|room)`, `(?:${CHILD_NOUN})${gap(6)}(?:told|tells|disclosed|confided|said|says)${gap(14)}(?:keep it (?:a )?secret|our secret|sleeps in (?:her|his|my) bed|has sex with (?:her|him)|sleeps with (?:her|him)|rapes? (?:her|him)|raped (?:her|him)|abuses (?:her|him)|molests|makes (?:her|him) (?:do|touch|watch)|touch(?:es|ed|ing)|hits (?:her|him)|takes? (?:photos|pictures|videos|pics) of (?:her|him|them)|changing rooms?|in the shower|sends? (?:her|him) (?:pics|photos|messages)|beats (?:her|him)|bruises|hurts (?:her|him)|scared to go home|afraid to go home|doesnt want to go home|private parts|undress|no food)`, `(?:padrastro|papa|padre|mama|madre|tio|primo|abuelo|vecino|entrenador|profesor|novio de mi (?:mama|madre))${gap(1)}(?:le |les |la |lo )?(?:pega|golpea|toca|manosea|maltrata|abusa|viola|encierra|quema)${gap(5)}(?:a )?(?:mi |mis )?(?:${ES_CHILD})`)), NEG | QUOTE | HIST, { past: 'abuse.past' }),
  rule('child.injury_seen', null, rx(`(?:${CHILD_NOUN})${gap(8)}(?:burns|bruises|bruised|welts|cigarette burns|black eye|broken (?:arm|wrist)|belt marks|marks on)`), NEG | QUOTE),
  rule('child.says_done_to', null, rx(`(?:says|said|told me|tells me|admitted|explained)${gap(3)}(?:he|she|they|her dad|his dad|her mum|his mum|her mom|his mom|stepdad|step dad|mums boyfriend|dads girlfriend)${gap(2)}(?:does it|did it|did that|does that|hits|burns|hurts|did this|does this|gets angry|punishes)`), NEG),
  rule('child.witnessed', 'child_safeguarding', rx(`(?:saw|see|seen|heard|hear|watched|watch)${gap(2)}(?:him|her|them|the dad|the mum|the mom|the father|the mother|my neighbou?r|the neighbou?r|his dad|her dad|his mum|her mum|her boyfriend)${gap(1)}(?:drag|yank|slap|kick|punch|hit|beat|shake|shook|throw|threw|burn|choke|smack|whip|belt)\\w*${gap(3)}(?:the little one|the kids?|the baby|the child|the toddler|the boy|the girl|(?:his|her|their) (?:son|daughter|kids?|boy|girl|baby|little one))`), NEG | QUOTE),
  rule('child.grooming', null, rx(alt(`(?:a |this |some )?(?:guy|man|adult|older (?:guy|man|boy)|person|stranger|someone)${gap(5)}(?:met|online|in a game|on (?:discord|snapchat|insta|instagram|tiktok|roblox|fortnite|minecraft|whatsapp))`, 'wants to meet (?:me )?(?:up )?(?:in person|alone|secretly)', 'un (?:senor|hombre|chico mayor) (?:que conoci|de internet)')), NEG),
  // ---- someone else in danger right now (the patient is worried about them)
  rule(
    'third.crisis_now',
    'suicide_plan_intent',
    rx(alt(`(?:he|she|they|my (?:friend|best friend|sister|brother|mum|mom|dad|son|daughter|partner|girlfriend|boyfriend|wife|husband|roommate|flatmate|cousin|niece|nephew))${gap(4)}(?:is going to|going to|gonna|will|plans to|is planning to|said (?:she|he|they)(?:ll| will| is going to| was going to| would)|says (?:she|he|they)(?:ll| will| is going to))${gap(1)}(?:kill (?:herself|himself|themselves)|end (?:her|his|their) (?:own )?life|jump|overdose|hang (?:herself|himself|themselves))`)),
    QUOTE | HIST,
    { onlyIf: rx(alt('tonight', 'now', 'right now', 'today', 'tomorrow', 'this weekend', 'goodbye', 'not answering', 'isnt answering', 'wont answer', 'cant reach', 'has the', 'got the', 'has a', 'bought')) },
  ),
  rule(
    'third.overdose_now',
    'overdose_taken',
    rx(`(?:he|she|they|my (?:friend|best friend|sister|brother|mum|mom|dad|son|daughter|partner|girlfriend|boyfriend|wife|husband|roommate|flatmate|cousin))${gap(4)}(?:took|has taken|swallowed|overdosed|drank|downed)${gap(4)}(?:pills|tablets|meds|${MEDS_SHORT}|bleach|antifreeze|poison)`),
    QUOTE | HIST,
    { onlyIf: rx(alt('just', 'now', 'tonight', 'an hour', 'minutes', 'not answering', 'isnt answering', 'wont answer', 'wont wake', 'goodbye', 'all (?:her|his|their)', 'whole')) },
  ),
  // ---- command hallucinations
  rule('cmd.voices', 'command_hallucinations', rx(alt(`(?:${VOICE})${gapNoNeg(5)}(?:${COMMAND})${gap(6)}(?:me|that i|i)${gap(12)}(?:${HARM_ORDER})`, `(?:${VOICE})${gap(3)}(?:ordena|ordenan|dice|dicen|manda|mandan|pide|piden|obliga|obligan|exige)${gap(5)}(?:${ES_HARM_ORDER})`)), NEG | QUOTE),
  rule('cmd.context', null, rx(alt(VOICE, 'hearing things', 'hear voices', 'oigo', 'escucho voces', 'messages? (?:in|from) the', 'signs? (?:in|from) the', 'chosen one', 'sacrifice')), QUOTE),
  rule('cmd.anaphor', null, rx(`(?:they|it|he|she|theyre|theyve|its|hes|shes)${gap(1)}(?:${COMMAND}) (?:me|that i)${gap(4)}(?:${HARM_ORDER})`), NEG | QUOTE),
];
