/**
 * Reading what a turn means beyond a yes or a number: requests to do something else, small talk,
 * worry about someone else, and how much weight a screening carries. Deterministic, English and
 * Spanish, over folded text (see parse.ts).
 */
import type { Screening } from '../escalation/screening.js';
import { MENU_WORDS, asksToSeeThoughtRecords, readCommand, readMenuChoice } from './intents.js';
import { fold, isOneOf } from './parse.js';

/** A concern only the statistical model raised (the rules found nothing): the weakest evidence. */
export function modelOnly(s: Screening): boolean {
  return s.level === 'concern' && s.signals.some((x) => x.startsWith('model.risk'));
}

/** The patient asks to go somewhere else: the menu, an exercise, or out of this one. */
export function isRequest(text: string): boolean {
  if (isOneOf(text, MENU_WORDS) || readCommand(text) !== null || asksToSeeThoughtRecords(text)) return true;
  const choice = readMenuChoice(text);
  return choice !== null && choice !== 'learn' && choice !== 'done';
}

const GREETING_WORD = '(hi+|hey+|hello+|hiya|heya|yo|morning|good (morning|afternoon|evening)|evening|afternoon|hola+|buenas|buenos dias|buenas tardes|buenas noches|que tal|que onda|hey there|hi there|hello there)';
const GREETING = new RegExp(`^${GREETING_WORD}( ${GREETING_WORD}| (again|there|companion|bot|you|all|amigo|amiga|wey|guey|we|che|loco|bro|mate|hun))*$`);
const FINE = /^((im|i m|i am|all|feeling|doing|im doing|i m doing)\s+)?(ok|okay|fine|alright|all right|good|better|a bit better|bit better|much better|not bad|well|grand)( (now|thanks|thank you|honestly|really|today))*$|^(estoy )?(bien|mejor|un poco mejor|tranquil[oa])( (gracias|ya|ahora))*$/;
const THANKS = /^(thanks|thank you|thx|ty|cheers|ta|gracias|muchas gracias|mil gracias)( (so much|a lot|very much|again))?$/;
const ACK = /^(ok|okay|k|kk|alright|sure|right|cool|fine|got it|i see|fair|fair enough|ok fair|okay fair|makes sense|gotcha|true|ok cool|ok got it|vale|de acuerdo|bueno|entendido|ya|vale vale|ok ok|okok|entiendo)$/;

const DECLINE = /^(no|nope|nah|no thanks|no thank you|no ty|not now|not right now|not really|maybe later|later|not today|no gracias|ahora no|no por ahora|quizas luego|quiza luego|luego|mas tarde|otro dia|no hace falta)$/;

/** "Are you a real person?", "is this a bot?", "¿eres una persona?" */
export function askingIfHuman(text: string): boolean {
  const t = fold(text);
  return /\b(are you|r u|is this|am i (talking|speaking|chatting) (to|with)|is there)( even| really| actually)? (a |an )?(real |actual )?(person|human|bot|robot|ai|machine|computer|someone real|real people)\b|\b(eres|es esto|hablo con) (una |un )?(persona|humano|bot|robot|maquina|ia)( real)?\b|\bare you real\b|\beres real\b/.test(t);
}

/**
 * A question about the companion as if it were a person: "do you sleep?", "¿tú duermes?", "do you
 * ever get lonely", "how old are you". Answered as what it is, not read as a request ("duermes"
 * is not a sleep problem).
 */
const ABOUT_THE_BOT =
  /^(and |but |so |y |pero |oye |oiga |hey |btw |by the way )?(((do|can|did) (you|u)|d you)( ever| even| actually| really)? (sleep|dream|eat|get (tired|sleepy|sad|lonely|bored|angry|happy|anxious|stressed)|feel (anything|things|tired|sad|lonely|happy)|have (feelings|emotions|a family|friends|a life|a body|a name|dreams))|are (you|u) (tired|sleepy|sad|lonely|bored|happy|alive|conscious)|how old are (you|u)|where do (you|u) live|what do (you|u) do (for fun|all day|at night)|(y )?(tu|usted) (duermes|duerme|suenas|suena|comes|come|te cansas|se cansa|sientes|siente|tienes sentimientos|tiene sentimientos|te aburres|se aburre|estas cansad[oa]|esta cansad[oa])|(duermes|suenas|te cansas|te aburres|tienes sentimientos|sientes algo|tienes familia|tienes amigos)|cuantos anos tienes|donde vives)( (tu|usted|you|u|ever|at all|alguna vez|nunca|bien|too|also|tambien|lol|jaja|haha))*$/;

export function asksAboutTheBot(text: string): boolean {
  return ABOUT_THE_BOT.test(fold(text).replace(/[¿?!.,]/g, ' ').replace(/\s+/g, ' ').trim());
}

const KIN_EN = "wife|husband|partner|mum|mom|mother|dad|father|son|daughter|brother|sister|baby|best friend|friend|nan|nana|nanna|gran|grandma|grandmother|granny|grandad|granddad|grandpa|grandfather|aunt|auntie|uncle|cousin|niece|nephew|fiance|fiancee|boyfriend|girlfriend|stepdad|stepmum|stepmom|dog|cat";
const KIN_ES = "esposa|esposo|marido|pareja|madre|padre|mama|mami|papa|papi|hijo|hija|hermano|hermana|abuela|abuelo|abuelita|abuelito|tia|tio|prima|primo|amigo|amiga|novio|novia|suegra|suegro|bebe|perro|perrito|perrita|gato|gata";
/** The Spanish words for a relative as they are written, accents back on ("papa" → "papá"). */
const KIN_ES_SPELT: Readonly<Record<string, string>> = { mama: 'mamá', papa: 'papá', tia: 'tía', tio: 'tío', bebe: 'bebé' };
const DIED = '(died|has died|just died|passed|passed away|has passed|passed on|was killed|got killed|is gone|murio|se murio|se nos fue|fallecio|ha fallecido|ha muerto|se fue al cielo)';
/** A death said outright, whoever it was: "passed away", "the funeral", "falleció", "estoy de duelo". */
const DEATH = /\b(passed away|passed on|bereave\w*|widow(ed|er)?|funeral|fallecio|fallecid[oa]|falleci|duelo|entierro|velorio|viud[oa]|grieving)\b/;
const KIN_DIED = new RegExp(`\\b(my|our|mi|nuestr[oa]) (?:\\w+ ){0,2}?(${KIN_EN}|${KIN_ES})s? (?:\\w+ ){0,3}?${DIED}\\b`);
const DIED_KIN = new RegExp(`\\b(${DIED}|lost|losing|perdi a|perdimos a) (my|our|mi|nuestr[oa]) (?:\\w+ ){0,1}?(${KIN_EN}|${KIN_ES})s?\\b`);
const KIN = new RegExp(`\\b(?:my|our|mi|nuestr[oa]) (?:\\w+ ){0,2}?(${KIN_EN}|${KIN_ES})s?\\b`);

/** A patient or client lost at work (a nurse, a carer): "a patient died on my shift", "perdimos a un paciente". */
const PATIENT_DIED = /\b(?:a|my|one of my|our|un|una|mi)\s+(patient|pt|client|resident|paciente)s?\s+(?:\w+\s+){0,3}?(?:died|passed away|passed|didnt make it|murio|fallecio)\b|\b(?:lost|we lost|perdimos a|perdi a|se murio|se nos murio|murio|fallecio|se nos fue)\s+(?:a|my|un|una|mi)\s+(patient|pt|client|resident|paciente)\b/;

/**
 * A death told ("my grandma died last month", "se murió mi papá", "lost my husband in March", "the
 * funeral was Tuesday"): who it was, from a fixed list of relations (never the patient's free
 * text), or '' when the message does not say. Null when no death is told: "my phone died" and "I
 * nearly died laughing" are not a loss.
 */
export function toldOfLoss(text: string): { who: string } | null {
  const t = fold(text);
  const patient = PATIENT_DIED.exec(t);
  if (patient) return { who: /^(paciente)$/.test(patient[1] ?? patient[2] ?? '') ? 'paciente' : 'patient' };
  const who = KIN_DIED.exec(t)?.[2] ?? DIED_KIN.exec(t)?.[4] ?? (DEATH.test(t) ? (KIN.exec(t)?.[1] ?? '') : null);
  return who === null ? null : { who: KIN_ES_SPELT[who] ?? who };
}

/**
 * Doubt that any of this helps: "what's the point of all this", "does any of this actually work or
 * is it just summat to keep us busy", "¿de qué sirve todo esto?". Answered honestly, not with a plan
 * list or an exercise.
 */
const DOUBT =
  /\b(whats|what s|what is) the (point|use)( of| in)? (all )?(this|doing this|these|writing (plans|things|it) down|any of this|cbt|this therapy|the app|this app|a phone|an app)\b(?! (breathing|grounding|exercise|thought record|worry time|mood|questionnaire|safety plan)s?\b)|\b(does|do|will|would|can|is) (any of this|all this|this stuff|cbt|these exercises|this app|a phone|an app|talking therapy|behavioural activation|behavioral activation|(it|this) (actually|really|even|ever)) (actually |really |even |ever )?(work|help|do anything|make (a|any) difference|going to help|gonna help|going to work|gonna work)\b|\b(just|only) (something|summat|sommat) to keep (us|me|people) busy\b|\b(this|it) is (a |such a )?waste of (time|my time)\b|\bnot sure what (a phone|an app|this|a chatbot|a bot) (is going to|is gonna|can|will) do\b|\b(de )?(que|para que) sirve (todo )?(esto|esta app|la tcc|hablar con un bot)\b|\besto (de verdad |realmente |en serio )?(funciona|sirve|ayuda)\b|\besto (sirve|funciona) (de|para) algo\b|\besto es (una )?perdida de tiempo\b/;

export function doubtsItHelps(text: string): boolean {
  return DOUBT.test(fold(text));
}

/** "Did you tell my team?", "will my therapist see this?", "¿se lo has dicho a mi psicóloga?" */
export function askingWhatWasShared(text: string): boolean {
  const t = fold(text);
  return /\b(did|have|will|are) you (tell|told|telling|going to tell|gonna tell|alert|alerted|report|reported|contact|contacted|notify|notified|inform|informed|send|sent|pass|passed)\b.*\b(team|therapist|doctor|clinic|clinician|counsel+or|psychologist|psychiatrist|nurse|gp|anyone|someone|somebody|them|it on)\b|\b(does|will|can) my (team|therapist|doctor|clinician|counsel+or|psychologist|care team) (know|see|be told|find out|read)\b|\b(has|have) (anyone|someone|my (team|therapist|doctor|clinician)) been (told|alerted|notified|contacted)\b|\b(did|does|will|has|would) (that|this|it|that (msg|message)|the crisis (msg|message|thing)|that crisis (msg|message|thing))( \w+){0,3} (flag|flagged|get sent|been sent|been flagged|been passed|been reported|go|get passed|alert|notify|get reported)\b.*\b(someone|anyone|team|therapist|doctor|clinic|clinician|me|them|my)\b|\b(am i|was i|did i get) (flagged|reported)\b|\b(le|les|se lo) (has|habeis|vas a) (dicho|contado|avisado|decir|contar|avisar)\b|\b(has|vas a) avisa(do|r) a (mi|alguien)\b/.test(t);
}

export type SmallTalk = 'greeting' | 'fine' | 'thanks' | 'ack' | 'decline';

/** Greetings and the small words of a conversation, so they are answered, not met with the menu fallback. */
/**
 * The patient telling the bot it got something wrong ("that's not what I asked", "you already asked
 * me that", "eso no tiene nada que ver, yo no te pregunté de pánico"): owned, not met with "that
 * sounds hard".
 */
const COMPLAINT =
  /\b(that s not what i (asked|meant|said)|thats not what i (asked|meant|said)|not what i asked|i didn t ask|i didnt ask|i never asked|you already (asked|said|told)|u already (asked|said)|that s the same thing|thats the same thing|same thing (you|u) said|you re not listening|youre not listening|ur not listening|you don t understand|you dont understand|u dont understand|wrong answer|that doesn t answer|that doesnt answer|no tiene nada que ver|no te pregunte|yo no te pregunte|eso no (fue lo que|es lo que) (te )?pregunte|ya me (lo )?preguntaste|ya me (lo )?dijiste|no me entiendes|no me estas escuchando|no era eso|eso no era lo que|you (didn t|didnt|did not|never) answer|(you|u) (ve |have )?(ignored|missed|skipped|chopped|cut off|cut) (my|what i)|you didn t (say|read|listen)|you didnt (say|read|listen)|no me (has )?contestado|no me respondiste|no me has respondido|te has saltado|me has cortado|no contestaste)\b/;

export function isComplaint(text: string): boolean {
  return COMPLAINT.test(fold(text));
}

export function readSmallTalk(text: string): SmallTalk | null {
  const t = fold(text).replace(/[.-]/g, ' ').replace(/\s+/g, ' ').trim();
  if (GREETING.test(t)) return 'greeting';
  // "Thank you, that's helpful. Margaret and I used to do the crossword…": more than thanks.
  if (THANKS.test(t) || (/^(thanks|thank you|thx|cheers|ta|gracias)\b/.test(t) && t.split(' ').length <= 10)) return 'thanks';
  if (ACK.test(t)) return 'ack';
  if (DECLINE.test(t)) return 'decline';
  if (FINE.test(t) || /^(no|nope|nah|no no)?\s*(honestly |really |de verdad )?(im|i m|i am|estoy) (ok|okay|fine|alright|good|bien)\b/.test(t)) return 'fine';
  return null;
}

const SOMEONE = new RegExp(
  [
    '\\bmy (best |close |old )?(friend|mate|bestie|bff|sister|brother|sibling|mum|mom|mother|dad|father|son|daughter|kid|child|partner|wife|husband|boyfriend|girlfriend|fiance|fiancee|ex|flatmate|roommate|housemate|colleague|coworker|co worker|boss|cousin|aunt|uncle|niece|nephew|gran|grandma|granny|grandad|grandpa|neighbou?r|student|teammate)s?\\b',
    '\\b(mi|mis) (mejor |buen |buena )?(amig[oa]s?|herman[oa]s?|madre|mama|padre|papa|hij[oa]s?|pareja|novi[oa]|espos[oa]|marido|mujer|companer[oa]s?|prim[oa]s?|ti[oa]s?|vecin[oa]s?|abuel[oa]s?|compa)\\b',
  ].join('|'),
);
const THIRD_PERSON = /\b(she|he|her|him|hers|his|they|them|herself|himself|themselves|ella|el|ellos|ellas|se quiere|quiere)\b/;
const RISK_WORDS =
  /\b(alive|die|dying|dead|kill|killing|suicid\w*|end (it|it all|her life|his life|their life|things)|hurt (her|him|them)sel(f|ves)|self harm\w*|cutting|overdos\w*|pills|jump|vivir|morir|morirse|matarse|suicid\w*|quitarse la vida|hacerse dano|cortarse|pastillas)\b/;
/** Historical or resolved: "last year … doing great now". Not a worry for today. */
const RESOLVED = /\b(last year|years ago|months ago|doing (great|well|better|good) now|clean|recovered|sober|el ano pasado|hace (anos|meses)|ya esta bien)\b/;

/**
 * The patient is worried about someone else at risk ("my best friend texted me saying she doesn't
 * want to be alive"): not their own risk, but they need the crisis line for that person.
 */
export function worriedAboutSomeoneElse(text: string): boolean {
  const t = fold(text).replace(/[.-]/g, ' ');
  return SOMEONE.test(t) && THIRD_PERSON.test(t) && RISK_WORDS.test(t) && !RESOLVED.test(t);
}

/** A step that makes the patient safer: means put away, locked up, handed over ("gave the key to my neighbor"). */
const SAFER =
  /\b(put|putting|locked|lock|locking|gave|given|giving|handed|handing|threw|thrown|throwing|flushed|got rid|get rid|binned|took (it|them) (out|away|to)|left (it|them) (with|at))\b.*\b(gun|pistol|rifle|firearm|safe|key|keys|pills|tablets|meds|medication|knife|knives|blade|blades|razor|razors|rope|belt|cord|them|it)\b|\b(guard[eé]|guardado|escond[ií]|tir[eé]|he tirado|le di|se las di|se la di|se lo di|deje) .*\b(pistola|arma|llave|pastillas|medicamentos|cuchillo|navaja|cuerda)\b/;
/** Drinking or drugs tonight. */
const USING = /\b(drinking|drunk|drank|beers?|wine|vodka|whiskey|whisky|shots|tipsy|buzzed|wasted|high|stoned|weed|bebiendo|borrach[oa]|cervezas?|vino|tomando alcohol|he bebido|alcohol)\b/;
/** Asking whether the bot heard something said during the hold. */
const DID_YOU_SEE = /\b(did (you|u) (see|read|get|hear)|are (you|u) (even )?(listening|reading)|you ignored|viste lo que|leiste lo que|me estas escuchando)\b/;

export type HoldTopic = 'safer' | 'using' | 'heard';

/** What, during an urgent escalation, the hold should answer rather than an exercise's next step. */
export function holdTopic(text: string): HoldTopic | null {
  const t = fold(text);
  if (SAFER.test(t)) return 'safer';
  if (USING.test(t)) return 'using';
  if (DID_YOU_SEE.test(t)) return 'heard';
  return null;
}

export type Tone = 'question' | 'hard' | 'good' | 'neutral';

const HARD =
  /\b(hard|awful|terrible|horrible|bad|worse|worst|sad|(?:feel\w*|so|really|pretty|bit|quite) (?:down|low)|anxious|anxiety|stress\w*|scared|afraid|worr\w*|tired|exhausted|drained|overwhelm\w*|lonely|alone|angry|upset|panic\w*|cry\w*|hat(?:e|es|ed|ing)|fail\w*|behind|struggl\w*|cant|can t|cannot|stuck|hopeless|ashamed|embarrass\w*|guilty|hurt\w*|pain|sick|awake|dread\w*|fried|drowning|wreck|mess|nervous|nerves|on edge|freaking out|spinning|racing|pounding|overwhelm\w*|mal|peor|triste|ansios\w*|ansiedad|estres\w*|estresad\w*|miedo|preocup\w*|cansad\w*|agotad\w*|no puedo|sol[oa]|enojad\w*|llor\w*|fatal|horrible|agobi\w*|rayad\w*|rayand\w*|me rayo|nervios\w*|bajon|bajonead\w*|deprimid\w*|culpa|verguenza|dolor|atorad\w*|harto|harta|broke up|break ?up|dumped|split up|left me|me corto|me corte|cortamos|cortaron|terminamos|me dejo|me dejaron|sin ganas|no tengo ganas)\b/;
const GOOD =
  /\b(good|great|better|well|fine|glad|happy|nice|lovely|proud|relieved|helped|worked|excited|calmer|calm|brilliant|amazing|awesome|sorted|went ok|did it|done it|managed( to)?|i did the|i opened|finished it|lo hice|lo logre|ya lo hice|bien|mejor|genial|content[oa]|feliz|tranquil[oa]|buen[oa]|bonit[oa]|orgullos[oa]|aliviad[oa]|sirvio|funciono|chido|padre|chevere)\b/;
const NOT_BEFORE_GOOD = /\b(not|isnt|wasnt|no|ni|nada)( so| very| really| too| muy| tan)? (good|great|better|well|fine|happy|bien|mejor|buen[oa]|feliz)\b/;

/**
 * How a message that asks for nothing we know should be met: a question we cannot answer is said to
 * be one ("is it meant to rain all week?"), good news is welcomed ("I rang them and they moved my
 * payments"), something hard is heard as hard, and anything else is simply thanked for. Meeting the
 * weather or a cat's name with "that sounds hard" was the commonest complaint in patients' trials.
 */
/** Trivia, recommendations, "have you played…": questions the companion is not for, even without "?". */
const TRIVIA = /\b(random question|quick question|do you know (any|how|what|if|where|a good|of any)|any (tips|ideas|advice) (for|on|about) (getting|how)|have you (ever )?(played|seen|watched|read|heard of)|has (jugado|visto|leido|escuchado)|(ya )?jugaste|viste la|conoces (el|la|a)|capital (city )?of|(recommend|suggest) (me )?(a|any|some|a good) (series|show|tv show|film|movie|book|song|album|podcast|game|restaurant)|(me )?(recomendas|recomiendas|recomendarias|sugeris|sugieres) (alguna?|algun|una?|un buen|una buena) (serie|peli|pelicula|libro|cancion|podcast|juego|restaurante)|who won|what s the score|what time is it|que hora es)\b/;
export function isTrivia(text: string): boolean {
  return TRIVIA.test(fold(text));
}

export function readTone(text: string): Tone {
  const t = fold(text);
  // A question: the last sentence asks one, or the message opens like one ("is it meant to rain", "¿sabes si…").
  const sentences = text.split(/(?<=[.!?])\s+/).filter((x) => x.trim());
  // Trivia and recommendations ("you don't happen to know the capital of…", "¿me recomendás una serie?"): a question, even without "?".
  if (isTrivia(text)) return 'question';
  const question = /\?/.test(sentences.at(-1) ?? '') || (/\?/.test(sentences[0] ?? '') && sentences.length <= 2) || /^(do|does|did|is|are|was|were|will|would|who|what|whats|when|where|which|why|how|sabes|hay|cual|cuando|donde|quien|por que)\b/.test(t);
  // "What do I do now?", "¿ahorita qué hago?": asking for help, not a question to answer.
  const hard = HARD.test(t) || NOT_BEFORE_GOOD.test(t) || /\b(what (do|can|should) i do|(que|q) (hago|puedo hacer)|help me|ayudame|me ayudas|can you help|could you help|would you help|me echas una mano)\b/.test(t);
  if (hard) return question && !/\b(i|im|my|me|yo|mi|me siento|estoy)\b/.test(t) ? 'question' : 'hard';
  if (question) return 'question';
  // "Bueno, lo planeo otra vez", "any good ways to…": a filler or part of a question, not good news.
  return GOOD.test(t.replace(/[.,!;:]/g, ' ').replace(/\s+/g, ' ').replace(/^(ash |ay |uf |ugh |pues )?(bueno|buena|good|ok good|okay good)\b/, ' ').replace(/\bgood (ways?|ideas?|tips?|way to|place|time)\b/, ' ')) ? 'good' : 'neutral';
}
