/**
 * Concern-level mood signals: passive ideation, hopelessness and entrapment, perceived
 * burdensomeness, veiled / ambiguous statements, unwanted intrusive harm thoughts; plus the
 * context features (loss, distress, current distress, recovery) that combos weigh.
 */
import { alt, gap, rx, span } from './pattern.js';
import { DISTRESS, LOSS, MYSELF } from './lexicon-en.js';
import { ES_DISTRESS, ES_LOSS } from './lexicon-es.js';
import { CLARIFY, HIST, IDIOM, JOKE, NEG, QUOTE, SELF, THIRD, TRIVIAL, rule } from './rule-types.js';
import type { PatternRule } from './rule-types.js';

/** "No quiero seguir con esto / por hoy": leaving an exercise or a chat, not life. */
const ON_WITH_THIS = '(?! con (?:esto|eso|el|este|esta|la|las|los|lo)\\b| (?:por hoy|hoy|ahora|ahorita|por ahora)\\b| ?[.,;]? (?:(?:luego|despues|mas tarde|otro dia|manana) lo (?:termino|acabo|sigo|seguimos|terminamos)(?! todo)|lo (?:termino|acabo|sigo|seguimos|terminamos) (?:luego|despues|mas tarde|otro dia|manana)))';

// Softeners between a verb and its complement: "sounds kinda peaceful", "seems weirdly nice".
const SOFT = ' (?:(?:kinda|kind of|sort of|so|really|quite|pretty|almost|weirdly|strangely|actually|oddly|honestly|rather|very|more and more|increasingly|genuinely|just) )?';
// Everyday annoyances that "just end me" is hyperbole about ("wifi's down again, just end me").
const EVERYDAY = rx(alt('wifis?', 'wi fi', 'internet', 'printers?', 'traffic', 'group project', 'project', 'reply all', 'whole company', 'spreadsheet', 'powerpoint', 'slides', 'mondays?', 'meeting', 'exam', 'homework', 'lecture', 'queue', 'zoom', 'emails?', 'laptop', 'charger', 'commute', 'hangover', 'essay', 'deadline', 'assignment', 'spreadsheet', 'excel', 'update', 'ads', 'adverts?', 'self checkout', 'group chat', 'autocorrect', 'spoilers?', 'playlist', 'parking', 'hay fever', 'sunburn', 'dentist', 'gym', 'leg day'));
const BE_GONE = alt('dead', 'gone', 'never born', 'not here', 'not alive', 'asleep forever', 'no longer here', 'no longer alive', 'invisible forever');
// Disappearing, but not into bed or a book, nor for a while to a cabin: that is a wish to get away.
const DISAPPEAR = `(?:disappear|vanish)(?! (?:under|into (?:my|a|the) (?:bed|duvet|room|book|blanket)|for (?:a|the) (?:while|bit|week|weekend|day|few(?: days)?)${gap(3)}(?:to|on|in|at|somewhere|off grid|off the grid|camping|hiking|holiday|vacation|beach|cabin|trip|abroad|island|mountains|with(?:out)? (?:my|no|a) (?:phone|book|wifi)|and (?:read|sleep|relax|rest|recharge|reset|travel))\\b|all (?:day|weekend|week)|to (?:a|an|my|the) ))`;
const STOP_EXISTING = alt(
  'die', DISAPPEAR, 'not exist', 'sleep for (?:a hundred|a thousand|100|1000) years', '(?:fall )?asleep forever', '(?:fall )?asleep and (?:never|not) wake up', 'stop existing', 'cease to exist', 'not be here', 'be dead', 'be gone', 'not be alive', 'not wake up',
  'never wake up', 'sleep forever', 'go to sleep (?:forever|and (?:never|not) wake up)', 'fall asleep and (?:never|not) wake up', 'fade away', 'not be around',
  'just stop', 'be erased', 'not have been born', 'evaporate', 'not wake', 'stop living',
);

export const MOOD_RULES: readonly PatternRule[] = [
  // ---- passive ideation
  rule(
    'passive.wish',
    'passive_ideation',
    rx(
      alt(
        `wish(?:ed)? (?:i was|i were|i could be|to be|id be|i had been) (?:${BE_GONE})`, `wish(?:ed)? (?:i|id) (?:would|could|had|d)? ?(?:just )?(?:die|not wake up|never wake up|${DISAPPEAR}|stop existing|cease to exist|never been born|not exist|fall asleep and (?:never|not) wake|been born|never existed|not be here)`,
        '(?:like|about|of|imagine|imagining|picture|wish(?:ing)?(?: for)?|dream(?:ing)? of|the idea of|the thought of|kind of|sort of) going to sleep and (?:not|never) (?:wake|waking) up',
        'wish (?:i|you|we|id|youd|wed) (?:had |d )?never been born', `wish${gap(4)}(?:${STOP_EXISTING})`, `(?:hope|hoping|pray|praying)${gap(3)}(?:i|that i)${gap(2)}(?:dont|never|wont|do not) wake(?: up)?`,
        'wish(?:ed)? (?:i|id) (?:wasnt|werent|didnt exist|had never existed|was never born|wasnt born|wasnt alive|wasnt around|wasnt here|could just not exist)',
        `(?:wouldnt|dont|wouldnt really|would not|wont)${gap(1)}(?:mind|care)${gap(2)}if${gap(4)}(?:hit|hits|killed|kills|ran over|runs over|took|takes) me`, `(?:want|wants|wanted|wanna|wanting|would like|need|wish) (?:to )?(?:${STOP_EXISTING})`, '(?:hope|hoping|hopefully|pray|praying) (?:i|that i) (?:dont|do not|never|wont|will not) wake(?: up)?',
        `(?:hope|hoping|pray|praying|wish)${gap(2)}(?:the|my|this|a) (?:plane|car|bus|train|cancer|illness|tumou?r|truck|lorry)${gap(4)}(?:crash\\w*|goes down|hits me|kills me|takes me|wins|falls)`,
        `(?:if|when) (?:something|a (?:car|bus|truck|lorry)|someone|anything)${gap(2)}(?:hit|hits|killed|kills|happened to) me${gap(6)}(?:ok|okay|fine|relief|wouldnt mind|not mind|wouldnt care|be glad|welcome|relieved)`,
        '(?:wouldnt|would not|dont|do not|wouldnt really) (?:mind|care) (?:if i )?(?:died|dying|being dead|not waking up|never woke up|getting hit|if (?:something|a car|a bus) hit me)',
        `(?:death|dying|being dead|not existing|not waking up|never waking up|not being here|not being alive) (?:sounds|seems|feels|would be|would feel|is|looks)${SOFT}(?:like )?(?:a |such a )?(?:relief|rest|restful|peaceful|nice|better|welcome|freedom|escape|easier|comforting|good|tempting|appealing|inviting|calm)`,
        // "it wouldn't be the worst thing if that lorry didn't stop": an accidental death as no loss.
        `(?:wouldnt|would not|might not|wouldnt really|would not really) be (?:the )?(?:worst thing|end of the world|so bad|that bad|such a bad thing|a bad thing|a tragedy)${gap(1)}if${gap(6)}(?:didnt stop|hit me|hits me|killed me|ran me over|runs me over|took me|got me|i (?:died|didnt wake up|never woke up|wasnt here|was gone|got hit|just stopped|stopped existing|disappeared))`,
        `(?:relieved|glad|grateful|thankful|happy|ok|okay|fine|at peace)${gap(1)}if${gap(2)}(?:i|me) (?:got|caught|developed|had|was diagnosed with) (?:some |an? |a terminal |a fatal |a serious |something )?(?:illness|disease|cancer|accident|heart attack|stroke|bug|virus|terminal|fatal)`,
        `how (?:nice|good|peaceful|easy|easier|lovely|restful|quiet|nice and quiet) (?:it )?(?:would|d|might|could) be (?:to|if)${gap(2)}(?:${STOP_EXISTING}|i (?:didnt exist|wasnt here|was gone|died|disappeared|never woke up|just stopped))`,
        `(?:easier|better|nicer|simpler|a relief|more peaceful) (?:just )?(?:not to (?:be here|be alive|exist|wake up|be around)|to not (?:be here|be alive|exist|wake up|be around))`,
        `(?:turbulence|crash\\w*|accident|near miss|nearly (?:hit|crashed)|almost (?:hit|crashed)|swerved|plane (?:dropped|shook))${gap(10)}(?:relief|relieved|felt (?:relief|relieved|glad|calm|peaceful)|maybe this is it|good , maybe|disappointed|a bit sad (?:when|that) (?:it|we|i) (?:didnt|landed|survived))`,
        `(?:hoping|hope|wish|wishing|pray|praying)${gap(3)}(?:the )?(?:ceiling|roof|building|sky|plane|car|bus|lorry|truck|world|house|tree)${gap(3)}(?:comes? down on me|falls? on me|crush\\w* me|crash\\w*|hits? me|swallows? me|takes? me)`,
        '(?:wouldnt|would not|dont|do not) (?:mind|care) if i (?:just )?(?:didnt exist|wasnt here|was gone|disappeared|died|never woke up|stopped existing|wasnt alive)',
        '(?:maybe|hopefully) i (?:wont|will not|dont) have to (?:do this|wake up|face (?:this|it|another day)|be here) (?:tomorrow|anymore|again)',
        '(?:life|it all|everything|it) can (?:stop|end) (?:anytime|any time|whenever|now)', `if i (?:got|get|was given|had) (?:a )?(?:terminal|fatal|serious|cancer)${gap(2)}(?:diagnosis|illness|disease)?${gap(6)}(?:relieved|relief|glad|happy|grateful|welcome it)`,
        `(?:hoping|hope|wish|wishing|pray|praying)${gap(2)}(?:ill|i will|i|id) (?:get|got|catch|develop|come down with)${gap(1)}(?:ill|sick|cancer|something (?:serious|terminal|fatal|bad)|a (?:terminal|fatal|serious) (?:illness|disease))`,
        '(?:id|i would) rather (?:not be alive|not be around|be dead|not wake up)', `(?:be|would be|its) a (?:mercy|blessing|relief|kindness) if${gap(4)}(?:took me|died|didnt wake|never woke|passed)`, '(?:god|the lord|jesus|he) (?:took|would take|takes|would just take) me (?:in my sleep|tonight|now|home)',
        `(?:jealous|envious) of${gap(2)}(?:the dead|people who (?:died|have died|are dead|get to die)|those who|patients who(?:ve| have)? (?:gone|died|passed)|(?:the )?ones who (?:died|passed|went))`, 'skip the rest(?: of it)?',
        '(?:tired|sick|exhausted|so done) of (?:living|being alive|life|existing|being here|waking up)', '(?:i )?(?:just )?(?:dont|do not) want to be(?= [.,?] | $)', '(?:dont|do not|no longer) want to (?:live|be alive|exist|be here|wake up|go on|keep living|keep going|do life|carry on)(?= [.,?] | $| anymore| any longer| like this)',
        '(?:why|what) am i (?:still )?(?:here|alive|even alive|living|for)', `(?:disappointed|annoyed|sad|upset|angry|furious|gutted|pissed off|frustrated)${gap(2)}(?:that )?i (?:woke up|wake up|am still alive|im still alive|im still here|still woke up|survived)`, 'waiting to die', 'waiting for (?:death|the end|it all to end|it to be over)',
        '(?:life|living) (?:is not|isnt|aint|is no longer) worth (?:living|it)', 'not worth living', 'better off dead', 'rather be dead(?! than)', '(?:id|i would) rather (?:die|not exist|not be here)(?! than)',
        'stop existing', '(?:dont|do not|couldnt|no longer) care (?:if|whether) i live or die', `(?:itd|it would|would|it d) be (?:so )?(?:nice|good|great|easier|better|a relief|peaceful) to${gap(2)}(?:${STOP_EXISTING})`, '(?:welcome|embrace|look forward to) death', 'death would be (?:welcome|a gift|a mercy|a blessing)', `(?:hope|hoping|wish|pray|praying)${gap(3)}(?:the |my )?(?:cancer|tumou?r|illness|disease|heart condition) (?:comes back|returns|wins|spreads|takes me|gets me|kills me)`, `(?:sleep|bed|close my eyes)${gap(4)}(?:i )?(?:hope|wish|pray) (?:thats it|that is it|this is it|its the end|i dont wake|it(?:s| is) over|i never wake)`, `(?:hope|hoping|wish|pray|praying)${gap(3)}(?:get|die|am|was|got) (?:in|hit by|killed in|killed by)${gap(1)}(?:an |a )?(?:accident|crash|car|bus|truck)`, `(?:would it|would anyone|would they|would it really) (?:be so bad|be that bad|matter|care|notice)${gap(2)}if i${gap(1)}(?:wasnt|werent|was gone|didnt exist|died|disappeared|wasnt here)`,
        `(?:imagine|imagining|wonder|wondering|think about) (?:what it would be like|how it would feel|how nice it would be) (?:to|if i)${gap(2)}(?:not exist|die|be dead|didnt exist|wasnt here|disappeared|was gone|never woke up)`, '(?:death|dying) (?:doesnt|does not|no longer|doesnt really) (?:scare|frighten|bother) me', `(?:would be|be|is|d be) (?:a |such a )?relief${gap(3)}(?:${STOP_EXISTING}|dead|gone)`,
        `if i (?:died|was dead|were dead|didnt wake up|never woke up|got hit|was gone)${gap(3)}(?:i )?(?:wouldnt|would not|dont|wouldnt really|would not really) (?:mind|care)`, '(?:id|i would) be (?:ok|okay|fine|relieved|glad|happy) (?:with it )?if i (?:died|didnt wake up|never woke up|was gone)', '(?:not|no longer|not really) (?:afraid|scared|frightened) (?:of|to) (?:die|dying|death)',
        `(?:death|dying|being dead|not existing)${span(10)}(?:sounds|seems|feels|would be|would feel|looks) (?:like )?(?:a |such a )?(?:relief|rest|peaceful|nice|welcome|freedom|escape|comforting)`, 'no reason to (?:live|be alive|keep living|stay)', 'dont see the point in (?:living|being alive|life)',
        'whats the point (?:of|in) (?:living|being alive|life|me)', 'wish it was (?:me|my turn)', 'ready to die', 'okay with dying', 'ok with dying', 'wouldnt mind dying',
      ),
    ),
    SELF | IDIOM | TRIVIAL | HIST,
  ),
  rule(
    'es.passive.wish',
    'passive_ideation',
    rx(
      alt(
        'ojala (?:me muriera|estuviera muert[oa]|no despertara|no despierte(?! (?:a|al) )|no despertar|no hubiera nacido|me atropellara|desapareciera|no existiera|me diera algo|se acabara todo|me durmiera y no despertara)',
        '(?:quiero|quisiera|me gustaria|tengo ganas de|ganas de) (?:morir(?:me)?|desaparecer|dejar de existir|no despertar|dormir para siempre|no estar aqui|no existir|irme para siempre|estar muert[oa])',
        'me quiero morir', `no quiero (?:vivir|seguir viviendo|despertar|estar aqui|existir|seguir${ON_WITH_THIS}|estar viv[oa]|seguir aqui)`, `ya no quiero (?:vivir|seguir${ON_WITH_THIS}|estar|existir)`,
        '(?:estoy )?(?:cansad[oa]|harta|harto) de (?:vivir|la vida|existir|estar viv[oa])', 'la vida no vale la pena', 'no vale la pena vivir', '(?:para|por) que sigo (?:aqui|viv[oa]|viviendo)',
        'seria un alivio (?:morir|no despertar|desaparecer)', '(?:estaria|estoy) mejor muert[oa]', 'mejor (?:estar|estaria) muert[oa]', 'la muerte (?:seria|es|suena|parece) (?:un |una )?(?:alivio|descanso|paz)',
        'me da igual (?:vivir|morir|si me muero)', '(?:seria|estaria|es) mejor (?:no estar|no existir|morirme|estar muert[oa]|desaparecer|no haber nacido)', 'no me importaria (?:morir|no despertar|que me atropellaran)', 'por que sigo viv[oa]', 'no le encuentro sentido a (?:la vida|vivir)',
        '(?:quisiera|ojala|me gustaria|desearia) no haber nacido', `(?:seria|estaria|sera) (?:todo )?(?:mas facil|mejor|mas sencillo|mas tranquilo)${gap(2)}si (?:yo )?(?:no estuviera|no existiera|me muriera|desapareciera|no hubiera nacido)`,
        'no despertar (?:nunca )?mas', '(?:quisiera|quiero|ojala) que (?:se me acabara|se acabara|se acabe|termine) (?:la vida|todo)', '(?:quiero|quisiera|ojala) que me pase algo', '(?:me provoca|me dan ganas de) (?:no existir|desaparecer|morirme|no despertar)', 'no existir mas', `si me muero${gap(3)}no me (?:molestaria|importaria)(?: para nada| en absoluto| nada)?`, 'no me (?:importaria|molestaria) (?:morir|morirme|no despertar)', `(?:seria|es|sera|estaria) (?:mucho |tanto )?(?:mas facil|mejor|mas sencillo|un alivio|mas tranquilo|lo mejor)${gap(1)}(?:no (?:estar(?: aqui)?|existir|despertar(?:me)?|seguir (?:aqui|viv[oa]))|desaparecer|morir(?:me)?|dejar de existir)`, '(?:dormir|dormirme|acostarme) y no (?:despertar|despertarme|volver a despertar)', `(?:quiero|quisiera|me gustaria|ojala)${gap(3)}(?:no despertar|morirme|desaparecer|dejar de existir)`,
      ),
    ),
    SELF | IDIOM | HIST | TRIVIAL,
  ),
  rule('mixed.denial_but_want', 'self_harm_urge', rx(`(?:not going to|wont|wouldnt|never|dont|not gonna) (?:hurt|kill|cut|harm|burn) (?:${MYSELF}|me)${gap(2)}but i (?:really |still |kind of |kinda |do |so )?(?:want|wanna|feel like|need) to`), QUOTE | THIRD),
  // ---- hopelessness and entrapment
  rule(
    'hopeless.future',
    'hopelessness',
    rx(
      alt(
        '(?:nothing|it|things|life|this) (?:will|is going to|is ever going to|ever|is never going to) (?:ever )?(?:change|changes|get better|improve|be different|be ok|be okay)',
        '(?:never|not ever|wont ever|will never) (?:going to )?(?:get|be|feel) (?:better|ok|okay|any better|fixed|different|well|happy|normal)', '(?:ill|i will|im going to|im) never (?:get|be|feel) (?:better|well|happy|normal|ok|okay|fixed)',
        'nothing (?:will|is going to|ever) (?:change|changes|help|helps|work|works|get better|gets better)', '(?:dont|do not) think (?:ill|i will) ever (?:get|be|feel) (?:better|happy|ok|okay|well)',
        'no (?:way out|hope left|hope|future|escape|light at the end)', '(?:see|have|there is|theres) no (?:future|way out|point|hope|escape)', 'cant (?:see|imagine) (?:a|any) (?:future|way out|version of my life|life where|way forward)',
        '(?:whats|what is) the point (?:of|in) (?:anything|living|trying|life|going on|a future|it all|any of (?:it|this)|me|getting up|carrying on)', 'whats the point(?: anymore)?(?= [.,?] | $)', 'why (?:even )?bother(?: anymore| trying)?', '(?:dont|cant) see (?:the|any) point (?:of|in) (?:anything|living|life|trying|going on|it all|being here|getting up|any of (?:it|this)|carrying on|doing anything)(?: (?:anymore|any more))?', '(?:dont|cant) see (?:the|any) point(?: (?:anymore|any more|now))?(?= [.,?] | $)',
        '(?:im|i am) (?:just |so |completely |totally |truly |probably |basically |simply )?(?:unfixable|beyond (?:help|repair|saving)|a lost cause|broken beyond|a hopeless case|past saving)', '(?:feel|feeling|im|i am|so|totally|completely) hopeless(?! at| with| when it comes)',
        // Life as a whole as the subject ("everything feels hopeless"), not an object ("this printer is hopeless").
        '(?:everything|it all|all of (?:it|this)|life|my life|things|my future|the future) (?:feels|seems|is|looks|has felt|has been) (?:so |completely |totally |utterly |pretty |just )?(?:hopeless|pointless)',
        '(?:feel|feeling|im|i am) (?:so )?trapped', `(?:im|i am|feel|feeling|i feel) (?:so |just |completely |totally |really )?(?:stuck|trapped)${span(3)}(?:forever|for good|permanently|for the rest of my life|for life|with no way out|no way out)`,
        `nothing${gap(3)}(?:can|will|is going to|could)(?: ever| possibly)(?: actually| really| truly)? (?:change|get better|improve|be different|help|fix (?:it|this|me))`, 'nothing about my (?:situation|life|circumstances|future|illness|depression) (?:will|can|is going to|could)',
        '(?:ive|i have|i|i ve)(?: just| completely| finally| basically)? (?:stopped|given up|gave up|quit) (?:hoping|having hope|believing (?:it|things|ill|i will) (?:will|can|could|get|be))', '(?:ive|i have|i) lost (?:all )?(?:hope|faith (?:that|in) (?:it|things|ever|getting|myself|me))(?! (?:in|for) (?:the|this|that|humanity|people|society|politics|my team|the team))', 'no hope left', '(?<=^ |[.,] )trapped(?= [.,?] | $)', 'every (?:door|exit|option|way out)(?:s| is| has)? (?:been )?(?:closed|shut|locked|bricked up|gone|blocked)', '(?:literally )?no (?:exit|way forward|options left)(?= [.,?] | $)',
        `(?:itll|it will|life will|its going to) (?:just )?be (?:exactly )?(?:this|the same|like this)${gap(3)}(?:but|only|just|forever|till|until) ?(?:older|worse|sadder|lonelier|im \\d+)?`, 'no (?:rebuilding|coming back|recovering|fixing|starting over|way back)(?: from (?:this|it|that))?(?= [.,?] | $| at my age| mate)', 'too late for me',
        '(?:nobody|no one) (?:is )?(?:ever )?going to (?:pull|get|help|save|rescue) me', '(?:ive )?(?:even )?stopped (?:shouting|asking for help|reaching out|calling out)', 'stopped believing (?:any of (?:this|it)|it|that) (?:works|will work|helps|can help)',
        'there never will be', 'nothing (?:coming|ahead|left) (?:thats|that is) worth', 'nothing (?:ever )?(?:changes|shifts)(?= [.,?] | $| for me)', 'nothing will(?= [.,?] | $)', 'nothing is(?= [.,?] | $)',
        '(?:im|i am) never (?:getting|going to get) (?:off|out of|out|better)', 'its a loop', 'know how the rest of my life goes', 'nothing to (?:wait|live|hope) for',
        '(?:therapy|meds|medication|treatment|nothing|no one|nobody)(?: is)? (?:isnt|is not|aint|wont|will never|not) (?:going to |gonna )?(?:fix|help|save|cure) me', 'broken too long',
        `(?:my )?futures? (?:is |s )?(?:just )?(?:a )?(?:black|blank|dark|empty|nothing|void|wall|brick wall)`, 'cant see (?:anything|past it|beyond (?:it|this))', 'one of the (?:ones|people) who (?:doesnt|dont|never|wont) get better',
        `(?:couldnt|cant) think of (?:a single (?:one|thing)|one thing|anything)${gap(6)}(?:not ever|never)`, `not this (?:month|year)${gap(3)}not ever`, 'nothing (?:i do )?(?:matters|will matter)', 'never has never will', 'every (?:year|day|week) is worse(?: than the last)?',
        '(?:life|my life) (?:has no|doesnt have any|has lost (?:its|all)) (?:meaning|purpose|point)', 'no reason to (?:go on|keep going|get up|try)', '(?:given|giving) up on (?:life|everything|myself|getting better|ever)',
        '(?:treatment|therapy|meds|medication|nothing) (?:doesnt|will never|never|wont ever|isnt going to) (?:work|help)', `(?:none|nothing) (?:of (?:them|it) )?(?:worked|works|helped|helps)${gap(6)}(?:unfixable|never|hopeless|give up|point)`,
        `(?:im|i am) (?:finished|done for)${gap(3)}(?:for good|in every (?:sense|way))`, 'cant imagine (?:things|it|life) (?:ever )?(?:getting|being) better', 'stuck like this forever', '(?:nothing|no treatment|none of it|no medication|no therapy) (?:helps|works|is working|has helped|has worked)', '(?:im|i am) giving up(?! (?:on )?(?:sugar|coffee|chocolate|alcohol|smoking|drinking|caffeine|meat|social media|dairy|gluten|carbs|booze)| [a-z]+ for lent)', '(?:its|it is|things are|life is|everything is) only (?:going to|gonna) get worse', 'ive got nothing (?:left|to live for|to look forward to)', '(?:it|this|things|life) (?:always will be|will always be (?:like this|this way|the same|this bad))', 'it always will be', `(?:antidepressants|meds|medications|therapies|therapists|treatments|pills|drugs|tried everything)${span(4)}(?:none|nothing|not one) (?:of them )?(?:has |have )?(?:worked|work|helped|helps)`,
      ),
    ),
    NEG | QUOTE | THIRD | IDIOM | TRIVIAL | HIST | CLARIFY,
  ),
  rule(
    'es.hopeless',
    'hopelessness',
    rx(
      alt(
        'nunca va a (?:mejorar|cambiar|pasar|acabar)', 'nada va a (?:cambiar|mejorar)', '(?:mi vida|la vida|todo|nada) (?:ya )?(?:no )?tiene sentido', 'no le veo (?:el )?sentido', 'no hay (?:salida|esperanza|futuro|solucion)',
        'no tengo (?:futuro|esperanza|salida|nada por lo que vivir)', 'sin (?:esperanza|salida|futuro)', 'no sirve de nada', '(?:para|por) que (?:seguir|intentarlo|luchar)', 'nunca voy a (?:estar bien|mejorar|salir de esto|ser feliz|cambiar)',
        '(?:estoy|me siento) atrapad[oa]', 'no le veo salida', 'asi va a ser siempre', 'siempre va a ser (?:asi|igual)', 'nunca va a cambiar nada', 'no veo (?:ninguna |una |la |otra )?(?:salida|futuro|solucion)', 'ya no hay nada que hacer', 'me rindo', '(?:estoy|soy) un caso perdido', 'todo es inutil', 'no tengo arreglo', 'nada funciona',
      ),
    ),
    NEG | QUOTE | IDIOM | HIST | TRIVIAL | CLARIFY,
    // Doubting the homework, not life: "¿para qué sirve apuntar los pensamientos? no le veo sentido".
    { unlessTurn: rx(alt('(?:para|de) que sirve (?:apuntar|anotar|escribir|hacer (?:el|la|los|las|esto|eso)|el (?:registro|ejercicio)|la tarea|los ejercicios|respirar|lo de|esto de)', `no le veo (?:el )?sentido (?:a|al) (?:apuntar|anotar|escribir|registr\\w*|ejercicio|esto de|lo de|la tarea|respirar|las columnas)`)) },
  ),
  // ---- perceived burdensomeness
  rule(
    'burden.self',
    'burden',
    rx(
      alt(
        'better off without me',
        `(?:easier|better|happier|freer|lighter|calmer|simpler|quieter|breathe easier|sleep better|more peaceful)${gap(3)}(?:without me(?! (?:there|around to|for (?:a|the|this|one)|tonight|today|at|on|in (?:the|this|that)))|if i (?:wasnt|werent|was not|were not) (?:around|here|in the picture|alive|in (?:their|his|her|the) (?:lives?|way))|if i (?:was|were) (?:gone|dead|out of the picture)|with me (?:gone|out of the picture|out of the way)|once im gone|when im gone)`,
        `(?:get|have|got|take) (?:their|his|her|our|my [a-z]+s) (?:own )?(?:lives?|life|freedom|peace) back${gap(2)}(?:if i|without me|once i|when i)`,
        `(?:be|d be|would be|its|it d be) (?:a |such a )?(?:saving|relief|favou?r|blessing|gift|kindness|mercy)${gap(4)}(?:if i (?:wasnt|werent|was gone|were gone|disappeared|died|wasnt here|wasnt in the picture)|without me|once im gone|when im gone)`,
        '(?:holding|hold|holds) (?:him|her|them|my [a-z]+|everyone) back', `(?:deserves?|deserve) (?:someone|something|better)${gap(3)}(?:without|than (?:me|this|carrying))`, `without me${gap(2)}(?:they|he|she|everyone|you|my [a-z]+) (?:could|would|might|can)`,
        `(?:kindest|best|nicest|most useful) thing (?:i could do|to do|for me to do)${gap(4)}(?:disappear|die|go|leave|not be here|be gone|is to go|vanish)`, `(?:ruining|wrecking|destroying|stealing|wasting)${gap(5)}(?:(?:her|his|their|my [a-z]+s|everyones) )?(?:life|lives|years|retirement|future)`,
        `if i (?:wasnt|werent|was not) (?:around|here|in the picture)${gap(5)}(?:peaceful|better|happier|easier|calmer|quiet|fine|normal)`, '(?:im|i am) (?:just |only )?(?:in the way|in everyones way|getting in the way)(?= [.,?] | $| now| of everyone)', 'if i (?:wasnt|werent) in it',
        `(?:a |such a |the |like a )?(?:weight|millstone|albatross|anchor|noose) (?:around|round|on|hanging (?:around|round|on)) (?:my |their |his |her |everyones |everybodys )?(?:[a-z]+s )?necks?`,
        '(?:im|i am) (?:always |just )?the problem (?:in every (?:room|situation|family|relationship)|everywhere|for everyone|in everyones (?:life|lives))', `(?:be|d be|would be|will be|are|is) (?:so much |much |a lot |way )?(?:better|happier|richer|relieved|freer|free|calmer|fine|better off|easier|lighter|simpler|quieter)${gap(2)}(?:without me|if i(?: just)? (?:was|were|wasnt|werent|died|vanished|disappeared|left|was gone|were gone|wasnt around|werent around|was dead|were dead|didnt exist|never existed|wasnt born|wasnt alive)|once im gone|when im gone)`, '(?:everyone|they|my family|my kids|he|she) (?:would be|d be|will be) (?:so much |much )?better off(?= [.,?] | $)', '(?:would|d|will|could) (?:all )?(?:manage|cope|get on|get by|carry on|do)(?: just)? (?:fine|ok|okay|better|perfectly well|just fine) without me',
        '(?:im|i am|feel like|feel like im|just|such) (?:a |such a |just a |nothing but a |only a )?(?:burden|waste of (?:space|oxygen|air|life|time|money)|drain|dead weight|nuisance|parasite|leech)', 'burden (?:to|on|for) (?:everyone|my|them|him|her)',
        '(?:im|i am) (?:ruining|wrecking|destroying) (?:his|her|their|everyones|my (?:familys|kids|parents)) (?:life|lives)', 'dragging everyone down',
        '(?:they|he|she|nobody|no one) (?:shouldnt|should not|shouldnt have to) (?:have to )?(?:carry|deal with|look after|put up with|take care of) me',
        '(?:no one|nobody) would (?:miss|notice|care about) me', `(?:no one|nobody|noone) would(?: even| really| actually| ever)? (?:notice|care|miss me)${gap(2)}if i(?: just)? (?:was|were|died|disappeared|vanished|left|wasnt)`,
        '(?:i only|all i do is|i just) (?:cause|bring|make) (?:problems|pain|trouble|everyone miserable|things worse)', `(?:i only|all i do is|i just|all i ever do is) (?:cost|costs|drain|waste)${gap(3)}(?:money|stress|time|grief|pain|energy)`, '(?:everyone|they|he|she)d be (?:better|happier|relieved|fine)',
        '(?:hes|shes|theyre|everyone) (?:would be|d be) free if i (?:was|were) gone', 'relieved if i (?:vanished|was gone|were gone|died|disappeared)', 'im just a list of (?:appointments|bills|problems)',
        'i (?:dont|do not) deserve to (?:live|be alive|be here|exist)', 'i (?:cost|costs) (?:everyone|everybody|them|my family|my parents|you all) (?:so much|a lot|too much|everything)', `(?:theyd|they would|everyone would|he would|she would|hed|shed|they ll|theyll) (?:have|get|save) (?:so much )?(?:more|a better life|more money|more time|an easier life)${gap(2)}(?:if i|without me)`, 'everyone would be glad (?:if i|when i)', '(?:i )?(?:ruin|ruined|wreck|spoil|destroy) (?:everything|everyones (?:life|lives)) (?:for (?:everyone|everybody|them|my family|the people i love))',
      ),
    ),
    NEG | QUOTE | HIST | CLARIFY,
  ),
  rule('es.burden', 'burden', rx(alt('(?:soy|me siento|me siento como) (?:una carga|un estorbo|un peso|una molestia|un problema|un lastre)', `si no estuviera${gap(3)}(?:les haria un favor|estarian mejor|seria mejor|todo seria mas facil)`, 'les? estorbo', 'les? soy una carga', `(?:estarian|estaria|estaran|vivirian|serian) (?:mejor|mas tranquil[oa]s|mas felices|mas a gusto|mas libres)${gap(1)}sin mi`, 'sin mi (?:estarian|estaria|estaran|todo seria|seria todo|les iria|vivirian) (?:mejor|mas)', '(?:estarian|estaria|estaran|vivirian|serian) (?:mejor|mas felices|mas tranquil[oa]s) (?:[a-z]+ )?si (?:yo )?(?:no existiera|no estuviera|me muriera|desapareciera|no hubiera nacido|me fuera)', 'nadie me (?:extranaria|echaria de menos)', 'solo (?:doy|causo|traigo) problemas', '(?:les )?arruino la vida', 'no merezco (?:vivir|estar aqui|existir)')), NEG | QUOTE | HIST | CLARIFY),
  // ---- ambiguous / veiled: needs a direct safety question
  rule(
    'ambiguous.veiled',
    'ambiguous_needs_followup',
    rx(
      alt(
        '(?:want|need|wish|just want) (?:it|everything|this|all of it|the pain|it all|all of this|things) (?:all )?to (?:stop|end|be over|go away)(?! (?:raining|snowing|hurting my))', '(?:wish|want) it (?:would|could) (?:all )?(?:stop|end|be over)',
        '(?:running out of|no more|dont have any|have no) reasons(?: to (?:stay|keep going|live|be here))?', '(?:wont|will not|not going to|dont think ill|dont think i will|doubt ill|might not) be (?:around|here|alive) (?:much|for much|a lot|very much|that much) longer',
        '(?:dont|do not|cant|can not) see myself (?:making it|being here|being around|getting to|alive|living past)', '(?:cant|dont|can not) (?:picture|see|imagine) (?:myself )?being (?:around|here|alive) (?:for|at|by|in|next|to see)', '(?:not|wont|dont think ill|will not) (?:make it|be here|be around|last) (?:to|till|until|past|through|for) (?:christmas|next|my birthday|the end|the weekend|new year|summer|spring|[a-z]+day)',
        'something (?:has|is going) to give', 'cant (?:do|keep doing|go on with) (?:this|it) (?:anymore|any longer|much longer)', 'cant keep (?:doing|going on with|living) (?:this|it|like this)(?= [.,?] | $)', '(?:want|need|wish for) (?:a |an )?(?:permanent |long |forever )?(?:break|rest|escape) from (?:everything|it all|life|existing|being alive|being me)(?= [.,?] | $)', 'cant go on(?! (?:holiday|a trip|the|with the|without my))',
        'cant take (?:it|this|any of this|much more) (?:anymore|any longer|much longer)', '(?:everyone|they|you|people) (?:will|would) understand (?:eventually|one day|someday|why|in time)',
        'if (?:im|i am|i m) not (?:online|here|around|answering|replying) (?:tomorrow|later|tonight|anymore)', '(?:dont|do not) read (?:too much )?into it', '(?:sorry|forgive me) for (?:everything(?! (?:yesterday|earlier|last night|today|i said|this morning|at dinner|the other day))|what im about to do|what i am about to do)',
        '(?:no one|nobody|you) (?:will|wont) (?:have to )?(?:deal with|worry about|put up with) me (?:anymore|soon|for long|much longer)', '(?:soon|shortly) (?:it|this|everything) will (?:be over|end)',
        `(?:thinking|think|thought|wondering|figuring) about how (?:id|i would|to|i could|i might)${gap(2)}(?:do it|go|end it|kill ${MYSELF})`, '(?:thinking|think|thought|wondering) about (?:how|ways) (?:id|i would|to|i could) do it', '(?:thinking|think|thought|wondering) about how (?:id|i would|i could|i might)(?= [.,?] | $)', '(?:keep|kept|been|always|still) (?:thinking|wondering|imagining) about (?:how|ways|doing it)(?= [.,?] | $)', `(?:never|wouldnt|wont|not going to|would never) (?:actually )?do it${gap(3)}(?:but|though|yet)${gap(4)}(?:thinking|think|thought|wondering|imagine|imagining|picture|picturing|planning) (?:about )?(?:how|it|doing it|ways)`,
        `(?:what happens|how long)${gap(6)}(?:stop|stopped|stopping) (?:eating|drinking)`, 
        '(?:running|run) out of (?:time|strength|fight)', 'i (?:honestly |really |just |genuinely )?(?:dont|do not) know how (?:much|many) (?:longer|more)(?: days)? i can', 'last (?:christmas|birthday|summer) (?:ill|i will) (?:have|see)',
        '(?:wont|will not|not going to|dont think ill) (?:see|make it to|be alive (?:for|by|next)|live to see|be here (?:for|by|next)) (?:next|tomorrow|the (?:weekend|morning|end of)|another|my birthday|christmas|new year|monday|friday)',
        '(?:ill|i will|im going to) be gone (?:by|before|tomorrow|soon|tonight|in the morning)', `(?:soon|shortly|after (?:tonight|today|this week))${gap(1)}(?:none of (?:this|it)|nothing|it) (?:will|wont|is going to|going to) matter`,
        '(?:you|they|everyone) (?:wont|will not|will never) (?:hear from|see) me again', '(?:cant|dont want to) keep living (?:like this|this way)',
        '(?:im|i am|ill be) done for good', `(?:thinking|think|thought|wondering) about how easy it (?:would be|d be|is) to${gap(3)}(?:die|end it|crash|jump|overdose|kill myself|step|drive|not wake up|swerve|fall|disappear)`,
        'i know (?:exactly )?how (?:id|i would|ill|i will|to) (?:do it|end it|kill myself)', '(?:cant|dont|can not) (?:picture|see|imagine) myself (?:getting old|growing old|being old|at \\d+|in (?:a few|five|ten|\\d+) years|in the future|next year|older)', `(?:soon|shortly) (?:it|i|this)${gap(1)}(?:wont|will not) be (?:a )?(?:problem|issue|burden)`, '(?:ill|i will) (?:soon )?not be (?:a )?(?:problem|burden) (?:anymore|for long|much longer)',
        `(?:dont think|doubt) (?:ill|i will) (?:still )?be (?:here|around|alive) (?:next|by|in|for|at)`, '(?:it|nothing) (?:wont|will not|isnt going to|is not going to) matter (?:much )?(?:after (?:that|tonight|today|then|saturday|sunday|friday)|anymore|soon|by then)', '(?:shell|hell|theyll|they will|she will|he will|everyone will|youll|you will) understand (?:after|afterwards|later|one day|eventually|soon|why|when)', `if (?:it wasnt for|it werent for|not for|i didnt have|i hadnt got|i lost)${gap(4)}(?:i )?(?:dont know if|doubt|wouldnt|would not)${gap(1)}(?:id|i would|i) (?:still )?be (?:here|alive|around)`, 'only (?:reason|thing) (?:im|i am) still (?:here|alive|around)', `(?:dont think|doubt) i can (?:do|keep doing|go on with|take|cope with) (?:this|it)${gap(1)}(?:much )?(?:longer|anymore|any longer)`, 'everyone would understand', 'tired of fighting',
        '(?:sorry|apologies|forgive me) (?:in advance )?for (?:whatever happens|what happens|what(?:ever)? (?:im about to do|comes next|happens next))', '(?:only|just) (?:got |have )?one (?:option|way out|choice) left',
        `(?:only|just) (?:got |have )?one left${gap(6)}(?:wouldnt|would not|wont|dont think you(?:d| would)?) like`, '(?:figured out|worked out|found|know) (?:how|a way) to make (?:it|this|all of this|everything|it all|all this) (?:stop|end|go away)',
        `sleep for a (?:really |very )?long (?:time|while)${gap(2)}(?:coffin|tombstone|skull|grave|forever)`, `(?:tired|done|exhausted|over it)${gap(2)}(?:tombstone|coffin|grave)(?= [.,?] | $)`,
        `(?:disappear\\w*|vanish\\w*|walk(?:ed|ing)? out of (?:their|my) li\\w+|never (?:be )?found)${span(10)}(?:tempting|appealing|jealous|envy|want that|sounds nice|sounds good)`,
        '(?:dont think|doubt|dont expect) (?:ill|i will|im going to) (?:be )?(?:needing|need|using|use) (?:the |my |a |any )?(?:summer |winter |next years? |new )?(?:timetable|calendar|diary|planner|passport|pension|savings|appointments?|sessions?|prescription|repeat|winter coat|place)',
        '(?:dont|no need to) worry about me (?:after|from|past|beyond) (?:this|next|tonight|today|[a-z]+day)', `(?:not sure|unsure|doubt) (?:ill|i will|if ill|if i will) make it (?:to|till|until|through) (?:next|the next|my next|christmas|the weekend|tomorrow)`,
        '(?:switch|shut|turn) (?:myself |it all |everything )?off (?:for good|forever|permanently)', '(?:ready|want|going|need) to (?:rest|sleep) (?:for good|forever|permanently)', '(?:dont think|doubt) (?:ill|i will) be (?:around|here|alive) to see',
        '(?:she|he|they|mum|mom|dad|everyone|you) (?:wont|will not) have to (?:put up with|deal with|worry about) me (?:much longer|for much longer|anymore|for long|soon)', '(?:ill|i will) (?:soon )?(?:stop being|no longer be) (?:a |anyones |your |their )?(?:problem|burden)', '(?:wont|will not) be (?:anyones|your|their|a) (?:problem|burden)(?= [.,?] | $| anymore| for long| much longer| after| soon)',
        `my (?:brain|head|mind) (?:goes|says|tells me|whispers)${gap(2)}(?:you could|do it|just (?:jump|step|go))`,
        `(?:want|need|wish|just want)${gap(1)}(?:it|everything|this|it all|all of it|the world|things|life)${gap(1)}to (?:go (?:quiet|dark|black|silent|away)|shut off|switch off|turn off|stop|end)${span(2)}(?:permanently|forever|for good|for ever|and never (?:come back|start again|restart))`,
        `(?:an? |the )?(?:off|stop|kill|exit|pause|delete|eject|reset) (?:switch|button)${gap(2)}(?:for|on|to) (?:everything|life|it all|existence|me|myself|all of it|being alive|being me|my life)`,
        '(?:want|need|just want|looking for|searching for|wish (?:i had|there was)) (?:a |an |the |my )?(?:way out|exit|escape|out)(?= [.,?] | $| of (?:all of )?(?:this|it all|everything|life|here|existence|this life))',
        `after (?:that|then|tonight|today|this|the \\d+(?:st|nd|rd|th)?|[a-z]+day|the end of the (?:month|week))${gap(2)}(?:it|nothing|none of (?:it|this)|anything)${gap(1)}(?:wont|will not|isnt going to|doesnt|wouldnt) matter(?= [.,?] | $| anyway| anymore| to me)`,
        `(?:soon|shortly|after (?:tonight|today|this)|before long|one day soon)${gap(3)}(?:you|no one|nobody|they|everyone|you all|yall|my family)${gap(1)}(?:wont|will not|will never|wont ever) (?:have to|need to) (?:worry|deal|put up|bother|look after|take care|care) (?:about |with |of )?me`,
        '(?:you|they|no one|nobody)(?: all)? (?:wont|will not|will never) (?:have to|need to) (?:worry|deal|put up) (?:about|with) me (?:again|ever again|anymore|any more|much longer|for long|soon)', 'ready to give up', 'im out of options', 'one way or another',
      ),
    ),
    NEG | QUOTE | THIRD | CLARIFY | IDIOM | TRIVIAL | HIST,
  ),
  // "if someone just stopped turning up, how long before people noticed": whose absence is asked about
  // is the point, so no third-party guard here.
  rule(
    'ambiguous.unnoticed',
    'ambiguous_needs_followup',
    rx(
      alt(
          `how long${gap(4)}(?:before|until|till|for|would it take|does it take)${gap(3)}(?:people|anyone|someone|anybody|they|somebody|my (?:family|friends|parents|work|boss|flatmates?|neighbou?rs)) (?:would |will |to |even )?(?:notice|noticed|realise|realised|realize|realized|miss|missed|find|found|noticing)(?= [.,?] | $| (?:i|im|id|someone|they|he|she|anything|something)(?: was| is| had| were)? (?:gone|missing|dead|not there|absent|wrong))`,
        `(?:would|will)${gap(1)}(?:anyone|people|someone|anybody|they) (?:even )?(?:notice|realise|realize|miss me|care)${gap(2)}if (?:i|someone|somebody|a person)${gap(2)}(?:stopped|disappeared|vanished|went missing|wasnt|werent|didnt (?:show|turn) up|was gone|were gone|died)`,
      ),
    ),
    NEG | QUOTE | CLARIFY | HIST,
  ),
  rule('ambiguous.done', 'ambiguous_needs_followup', rx('(?:im|i am) (?:so |just |really )?done(?: with (?:everything|life|it all|all of (?:this|it)|trying|living|people))?(?= [.,?] | $)'), NEG | QUOTE | THIRD | CLARIFY | HIST | TRIVIAL, {
    unlessTurn: rx(alt('finished', 'done with (?:my|the|this|that|work|school|uni)', 'completed', 'submitted', 'handed in', 'homework', 'assignment', 'essay', 'exam', 'shift', 'revision', 'chores', 'report', 'dinner', 'eating', 'gym', 'workout', 'for (?:today|the day|tonight|now)', 'shopping', 'cleaning', 'breaks? (?:is |s )?over', 'lunch (?:is |s )?over', '(?:go|going|get|head|heading) back to work', 'back to work')),
  }),
  rule(
    'es.ambiguous',
    'ambiguous_needs_followup',
    rx(
      alt(
        'no se cuanto (?:mas|tiempo mas) (?:voy a|puedo|podre) (?:aguantar|soportar|seguir|resistir|poder)', 'ya no (?:aguanto|puedo mas|puedo seguir|soporto|doy mas)(?! (?:a|al|a la|a los|a mi|a mis|este|esta|estos|estas|el|la|los|las|con (?:este|esta|el|la|mi)) )', 'no puedo mas', 'no aguanto mas',
        'quiero que (?:todo|esto|todo esto) (?:se acabe|termine|pare|acabe)', 'ya no voy a seguir', 'no voy a seguir (?:aqui|viviendo|mas|asi)', 'no voy a estar (?:aqui )?(?:mucho tiempo|por mucho|mucho mas)', 'pronto (?:todo )?(?:va a terminar|se acabara|acabara|terminara)',
        'no creo que llegue a (?:navidad|fin de ano|mi cumple\\w*|[a-z]+)', '(?:estoy )?(?:harta|harto|agotad[oa]) de todo', 'ya no me importa nada', 'si manana no (?:contesto|respondo)',
        'no puedo seguir (?:asi|con esto)', 'pensando en como (?:lo )?haria', 'dejare de ser (?:un problema|una carga|un estorbo|una molestia)', 'se (?:les|te|os) va a acabar el problema conmigo', 'ya no (?:este|estare|voy a estar) para molestar', 'de una forma u otra', '(?:encargar|asegurar) de que (?:todo )?(?:esto )?(?:termine|acabe|se acabe)', 'desaparezca (?:un rato largo|para siempre|un buen rato)',
        `(?:pronto|ya|muy pronto|dentro de poco|despues de hoy|despues de esta noche)${gap(2)}no (?:vas|van|vais|va) a tener que (?:preocupar(?:te|se|os)|aguantarme|cuidarme|lidiar conmigo|soportarme)`,
        'no (?:vas|van|vais) a tener que (?:preocupar(?:te|se|os)|aguantarme|soportarme) (?:mas )?por mi (?:nunca mas|mas)', 'quiero (?:una salida|desaparecer para siempre|que todo se apague)',
      ),
    ),
    NEG | QUOTE | CLARIFY | HIST | TRIVIAL,
  ),
  rule('ambiguous.hyperbole_wish', 'ambiguous_needs_followup', rx(alt('(?:someone|somebody|just|pls|please|god) (?:kill|shoot|end) me(?: now)?', 'put me out of my misery', 'end me', 'kill me now', 'beam me up', 'matenme', 'que alguien me mate')), QUOTE | JOKE | CLARIFY, { unlessTurn: EVERYDAY }),
  // ---- unwanted intrusive harm thoughts (ego-dystonic, no intent)
  rule(
    'intrusive.harm',
    'intrusive_harm_thoughts',
    rx(
      alt(
        `(?:intrusive|unwanted|random|horrible|awful|scary|disturbing|terrible|sudden|weird) (?:thoughts?|images?|pictures?|urges?|ideas?|flashes|visions)${gap(3)}(?:of|about)${gap(2)}(?:harming|hurting|stabbing|pushing|shoving|drowning|killing|swerving|holding|dropping|strangling|smothering|throwing|shaking|jumping|running|driving|poisoning|attacking|hitting|punching|slapping|kicking|tripping|burning|cutting|suffocating|scalding)`,
        `(?:imagining|picturing|visuali[sz]ing|flashes? of|images? of|me viene la imagen de|me vienen imagenes de|pienso en) (?:myself )?(?:hurting|harming|hitting|stabbing|pushing|shoving|drowning|killing|smothering|dropping|strangling|throwing|yanking|swerving|clavar\\w*|empujar\\w*|lastimar\\w*|ahogar\\w*|tirar\\w*)(?:${gap(4)}|$| )(?:my|the|him|her|them|someone|people|into|a mi|el cuchillo|with)`,
        `(?:get|keep getting|have|having|keep having|getting) (?:(?:this|these|an?) )?(?:awful|horrible|terrible|scary|disturbing|intrusive|sudden)? ?(?:image|thought|picture|urge|flash|vision)(?:e?s)? (?:of|about|that i might|that i could|that ill)${gap(2)}(?:harm|hurt|stab|push|drown|kill|swerve|hold|drop|strangle|smother|throw|shake|holding|pushing|hurting|stabbing|drowning|dropping|yanking|swerving|shoving|hitting)`,
        `(?:what if|scared|terrified|afraid|worried|frightened|panicking)(?: that)? i(?:ll| will| might| could| would| may)?(?: snap and| lose control and)? (?:hurt|harm|kill|stab|drown|drop|push|smother|shake|strangle|poison)${gap(2)}(?:my|the|him|her|them|someone|baby|partner)`,
        '(?:keep|keeps|kept) (?:imagining|picturing|seeing|thinking about) (?:myself )?(?:hurting|harming|stabbing|drowning|killing|pushing|shoving|smothering|dropping|strangling|hitting|swerving|yanking) (?:my|the|him|her|them|someone|people|into)',
        `thoughts? (?:that )?i (?:might|could|would|will|may) (?:snap and )?(?:hurt|harm|kill|stab|push|drop|smother|drown) (?:one of|my|the|him|her|them|someone|a)`, `thought${gap(3)}(?:hold (?:him|her|them) under|push (?:him|her|them)|drop (?:him|her|them))`,
        `(?:imagenes|pensamientos|ideas)${gap(3)}(?:de|en la cabeza de)${gap(1)}(?:hacer dano|hacerle dano|empujar|lastimar|matar|ahogar|apunalar|tirar)`,
      ),
    ),
    NEG | QUOTE,
  ),
  rule('intrusive.urge', null, rx(`(?:urges?|impulses?|thoughts?|images?) (?:to|of)${gap(1)}(?:push|pushing|stab|stabbing|hurt|hurting|harm|harming|kill|killing|drown|drowning|throw|throwing|strangle|strangling|smother|smothering)${gap(3)}(?:people|someone|somebody|him|her|them|my|the|strangers|a stranger|in front)`), NEG | QUOTE),
  rule('intrusive.dystonic', null, rx(alt('scared of myself', 'afraid of myself', 'feel sick', 'i love (?:him|her|them|my [a-z]+)', '(?:dont|do not|never) want to', '(?:id|i would) never', 'scares? me', 'scared', 'freak(?:s|ing)? me out', 'terrif\\w*', 'horrif\\w*', 'disgust\\w*', 'ocd', 'hate (?:these|this|that)', 'makes me sick', 'why (?:does|do|would) my (?:brain|head|mind)', 'i love (?:him|her|them)', 'lo amo', 'la amo', 'me da (?:terror|miedo|asco)', 'horrif\\w*', 'feel disgusting', 'check(?:ing)? (?:myself|my mirrors|the)', 'not (?:want|wanting) to (?:drive|hold|bath|be alone with)', 'me muero de culpa', 'is it normal', 'cried', 'never been violent', 'stand (?:right )?at the back', '(?:avoiding|avoid|started avoiding) (?:the|knives|being)', 'i would never', 'id never', 'me asusta\\w*', 'no quiero hacerlo', 'nunca lo haria', 'me da miedo', 'they just (?:show|pop) up')), 0),
  // ---- context features
  rule('ctx.loss', null, rx(alt(LOSS, ES_LOSS)), NEG | QUOTE | HIST),
  // A rough patch in plain words ("been a shit year", "everything's gone to shit"): weaker than distress,
  // so it only counts next to a means question (combos.ts).
  rule('mood.envy_dead', null, rx(alt('(?:jealous|envious) of (?:whoever|the person|the (?:man|woman|guy|lady)) (?:it was|who died|in (?:it|the coffin|there))', `(?:died|gone peacefully|passed|the dead|funeral|coffin|hearse|grave)${gap(8)}(?:jealous|envious|envy)`, 'feel jealous of them')), NEG | QUOTE),
  rule('ctx.death_seen', null, rx(alt('funeral', 'hearse', 'coffin', 'cemetery', 'graveyard', 'obituar\\w*', 'gone peacefully', 'passed away', 'died')), 0),
  rule('ctx.rough', null, rx(alt('after (?:everything|all this|all of this|what happened)(?= [.,?] | $)', '(?:been|had|having|its been|what|such) (?:a |an )?(?:shit|shitty|awful|horrible|terrible|crap|crappy|rough|hellish|brutal|fucked up|fucking awful|miserable|horrendous|nightmare) (?:year|month|week|few (?:weeks|months|days)|time|life|day|couple of (?:weeks|months))', '(?:everything|everythings|it all|its all|life|my life)(?: has| is|s)? (?:gone|going|went|turned) (?:to shit|to hell|to crap|wrong|down the drain|to pieces|tits up|pear shaped)', '(?:fuck|screw) it all', 'whats the use', 'nothing left (?:for me|to lose)', '(?:didnt|did not|never) get (?:the|that|this) (?:job|place|promotion|part|flat|house|offer|visa|role|position|scholarship)', '(?:another|third|fourth|fifth|yet another|\\d+(?:st|nd|rd|th)) rejection', 'rejected (?:again|by every)', '(?:they|he|she|work|my boss|the company|the firm) let me go', '(?:failed|flunked) (?:the|my) (?:[a-z]+ )?(?:exam|bar|boards)', 'nadie me quiere', 'no me (?:dieron|quisieron dar) el (?:trabajo|puesto)', 'me (?:rechazaron|corrieron|botaron)', '(?:tuvimos|tuve) que (?:dormir|sacrificar) a', 'vaya (?:ano|mes|semana) de mierda', '(?:todo|mi vida) (?:se fue|se ha ido|esta) a la mierda')), NEG | QUOTE | THIRD),
  rule('ctx.distress', null, rx(alt(DISTRESS, ES_DISTRESS)), NEG | QUOTE | THIRD | IDIOM),
  rule(
    'distress.current',
    null,
    rx(
      alt(
        '(?:again|back|returning|coming back|creeping back)', 'same (?:feelings?|place|way|thoughts|state|darkness|low)', '(?:getting|so|really) close', 'feel(?:ing|s)? (?:like )?(?:that |it )?(?:again|empty|scared|low|hopeless|awful|terrible|the same|numb|lost|worse|like (?:i did )?(?:back )?then|like before)',
        'struggling', '(?:bad|dark|rough|low) (?:place|week|time|patch|days|spot)', `(?:feel|feels|feeling|felt)${gap(3)}like (?:back then|then|before|last time|that time)`, 'sentir(?:me)? igual', 'igual que (?:entonces|antes|aquella vez|la otra vez|la ultima vez)', 'scares me', 'creeping (?:back|in)', 'like that (?:time|autumn|winter|summer|spring|year|night|day)', 'feeling (?:very |so |really )?heavy', '(?:keep|kept) (?:driving|walking|going) (?:past|back to) (?:that|the) (?:spot|place|bridge|station)', 'keep thinking about that (?:night|day|time)', 'nothings (?:really )?different', '(?:heading|going|slipping|sliding) back (?:there|to that)', 'vuelven (?:esos |los )?(?:pensamientos|recuerdos|ganas)', '(?:everyone|they) thinks? (?:im|i am) (?:fine|ok|okay)', 'dark in my head', '(?:its|it is|things are) getting bad', 'me asusta', 'en ese sitio', `(?:reading|using|looking at|needed|opened) (?:it|my safety plan|the safety plan|my crisis plan)${gap(2)}(?:a lot|again|every day|constantly|more)`, 'tells you how im doing',
        'not (?:doing )?(?:ok|okay|well|great)', 'scared', 'afraid', 'terrified', 'frightened', '(?:depressed|low|down|empty|hopeless|numb) (?:again|lately|right now|these days|this week)', 'cant stop (?:crying|shaking|thinking)',
        'shaking', 'panic\\w*', 'flashbacks?', 'nightmares?', 'triggered', 'falling apart', 'spiral\\w*', 'relaps\\w*', 'vuelvo a sentir\\w*', 'otra vez', 'de nuevo', 'como antes', 'tengo miedo',
        'me siento (?:mal|fatal|vaci[oa]|igual)', 'slipping', 'going downhill', 'back (?:in|to) (?:that|the same) (?:place|dark place|state|headspace|hole)', 'feels? like (?:back )?then', 'like i did (?:back )?then', '(?:same|like) (?:as )?back then', 'feels like (?:last time|before)', 'like (?:last time|back then)', 'getting worse', 'sliding back', 'crashing', 'not ok again', 'no puedo dejar de (?:temblar|llorar|pensar)', 'temblando', 'me da miedo', 'empty', 'cant cope', 'dont know what to do', 'no se que hacer',
      ),
    ),
    NEG | THIRD,
  ),
  rule('safety.affirmed', null, rx(alt('(?:im|i am) (?:safe|ok|okay|fine|alright|all right)(?! with)', 'no (?:thoughts|plans?|intention) (?:of|to)', 'not (?:suicidal|thinking (?:of|about) (?:ending|hurting|killing))', 'estoy a salvo', 'estoy bien', 'no pienso hacer nada')), 0),
  rule('recovery.now', null, rx(alt('(?:doing|feel|feeling|im|i am) (?:really )?(?:well|great|better|good|fine|ok|okay) now', '(?:im|i am) (?:in a )?(?:good|better|great) (?:place|now)', 'recovered', '(?:free|clean) (?:of|from) it', 'esta (?:super |muy )?bien', 'pulled through', '(?:years?|decade) (?:clean|free|sober)', 'proud of (?:how far|myself|me)', 'happily', 'now (?:happy|married|thriving|well|a peer|working)', 'survived and', 'inspired', 'esta (?:feliz|bien)', 'estoy bien ahora', 'ya estoy bien', 'lo supere')), NEG),
];
