/**
 * How patients write, read before the library is searched: text-message shorthand stands for words
 * ("idk", "bf", "xq", "tb"), and some things are said in words the library does not use for them
 * ("I want to end my life" where the articles say suicidal; "the 5 4 3 2 1 thing" where they say
 * grounding). Both languages; only the search terms change, never what the patient sees.
 */

type Language = 'en' | 'es';

/** Shorthand → the words it stands for (stop words are fine: the search drops them). */
const SHORTHAND: Readonly<Record<Language, ReadonlyMap<string, string>>> = {
  en: new Map([
    ['u', 'you'],
    ['ur', 'your'],
    ['r', 'are'],
    ['idk', 'do not know'],
    ['dunno', 'do not know'],
    ['bf', 'boyfriend partner'],
    ['gf', 'girlfriend partner'],
    ['bc', 'because'],
    ['cuz', 'because'],
    ['coz', 'because'],
    ['abt', 'about'],
    ['ppl', 'people'],
    ['pls', 'please'],
    ['plz', 'please'],
    ['thx', 'thanks'],
    ['tmrw', 'tomorrow'],
    ['tmr', 'tomorrow'],
    ['2day', 'today'],
    ['2nite', 'tonight'],
    ['tonite', 'tonight'],
    ['b4', 'before'],
    ['msg', 'message'],
    ['txt', 'text'],
    ['convo', 'conversation'],
    ['rn', 'right now'],
    ['tho', 'though'],
    ['smth', 'something'],
    ['sth', 'something'],
    ['meds', 'medication'],
    ['bday', 'birthday'],
    ['wk', 'week'],
    ['hrs', 'hours'],
    ['mins', 'minutes'],
    ['ngl', ''],
    ['tbh', ''],
    ['lol', ''],
    ['omg', ''],
    ['fr', ''],
    ['lmao', ''],
  ]),
  es: new Map([
    ['q', 'que'],
    ['k', 'que'],
    ['ke', 'que'],
    ['qe', 'que'],
    ['xq', 'porque'],
    ['pq', 'porque'],
    ['porq', 'porque'],
    ['xk', 'porque'],
    ['pk', 'porque'],
    ['tb', 'también'],
    ['tmb', 'también'],
    ['tmbn', 'también'],
    ['x', 'por'],
    ['d', 'de'],
    ['toy', 'estoy'],
    ['bn', 'bien'],
    ['pa', 'para'],
    ['xfa', 'por favor'],
    ['porfa', 'por favor'],
    ['plis', 'por favor'],
    ['nse', 'no sé'],
    ['nd', 'nada'],
    ['dnd', 'donde'],
    ['cdo', 'cuando'],
    ['qdo', 'cuando'],
    ['msj', 'mensaje'],
    ['finde', 'fin de semana'],
    ['cel', 'celular'],
    ['tqm', ''],
    ['jaja', ''],
    ['jajaja', ''],
  ]),
};

/**
 * Words that only colour a question or tell where it came from ("what is CBT exactly", "what it actually
 * means in plain English", "my therapist keeps mentioning them", "¿qué es exactamente…?", "mi psicólogo
 * me la mencionó y no le entendí"): dropped, or a rare filler outweighs the topic (exactly is rarer in
 * the library than CBT).
 */
const FILLER: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set('exactly actually basically literally honestly seriously totally simply really truly anyway anyways okay ok yeah yes hey hi hello thanks thank means meaning plain english words kinda sorta sort kind maybe perhaps probably somehow whatever anyone someone heard supposed gonna mention mentions mentioned mentioning brought keeps kept saying'.split(' ')),
  es: new Set('exactamente realmente basicamente básicamente literalmente sinceramente simplemente oye hola gracias bueno pues vale significa significado palabras tipo quizás quizas igual alguien mencionó menciono mencionaron mencionan entendí entendi entenderlo entenderla oído oido escuché escuche'.split(' ')),
};

/** The query with shorthand written out and filler words dropped, in lower case. */
export function spellOut(query: string, language: string): string {
  const map = SHORTHAND[language === 'es' ? 'es' : 'en'];
  const filler = FILLER[language === 'es' ? 'es' : 'en'];
  return query
    .toLowerCase()
    .split(/(\s+)/)
    .map((token) => {
      const m = /^([^\p{L}\p{N}]*)([\p{L}\p{N}]+)([^\p{L}\p{N}]*)$/u.exec(token);
      if (m && filler.has(m[2]!)) return `${m[1]}${m[3]}`;
      const full = m ? map.get(m[2]!) : undefined;
      return m && full !== undefined ? `${m[1]}${full}${m[3]}` : token;
    })
    .join('');
}

/** Lower case, accents and apostrophes dropped, one space between words: what the patterns below read. */
export function plainWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const SUICIDAL_EN = /\b(?:kill(?:ing)? my ?self|end(?:ing)? (?:my|it) (?:life|all)|end it|take my (?:own )?life|(?:want|wanted|wanting|wanna) to die|wanna die|better off dead|(?:not|dont|no longer) (?:want|wanting) to (?:live|be alive|be here|wake up)|unalive|suicid\w*)\b/;
const SUICIDAL_ES = /\b(?:quitarme la vida|matarme|suicid\w*|(?:me )?quiero morir(?:me)?|quisiera morir(?:me)?|ganas de morir(?:me)?|no quiero (?:vivir|seguir viviendo|despertar)|acabar con (?:todo|mi vida)|desaparecer para siempre)\b/;
const SELF_HARM_EN = /\b(?:(?:hurt|hurting|harm|harming|cut|cutting|burn|burning) my ?self|self ?harm\w*)\b/;
const SELF_HARM_ES = /\b(?:lastimarme|cortarme|autolesion\w*|hacerme dano|me hago dano|me corto)\b/;
const AT_RISK_EN = /\bnot safe\b|\bunsafe\b|\bin danger\b|\bcrisis\b/;
const AT_RISK_ES = /\bno estoy a salvo\b|\ben peligro\b|\bcrisis\b/;
/** A question about what this companion does with what it is told. */
const ASKS_ABOUT_US_EN = /\b(?:what (?:do|will|would|did) (?:you|u) do|what happens (?:if|when)|(?:will|would|do|did) (?:you|u) (?:call|tell|alert|report|contact|send|ring|notify|inform)|who (?:sees|reads|gets told|finds out|is told|will know)|(?:does|will|would) (?:anyone|someone|somebody|my (?:therapist|doctor|clinic)) (?:find out|know|see|be told))\b/;
const ASKS_ABOUT_US_ES = /\b(?:que (?:haces|harias|hace|pasa|pasaria|sucede)|(?:llamas|avisas|avisarias|llamarias|reportas|le dices|le cuentas) a|a quien (?:avisas|llamas|le dices)|se entera (?:alguien|mi terapeuta|mi medico))\b/;

/**
 * Things said in other words than the library's, and the library's words for them: names made of
 * words the search drops (digits too short, "the 5 4 3 2 1 thing"; stop words, "all-or-nothing",
 * "todo o nada"), and ways of saying suicidal or self-harm. A question about what this companion does
 * when someone says so ("what happens if I tell you I want to end my life?") is also a question for
 * the article on what the companion does in a crisis.
 */
export function saidOtherwise(query: string, language: string): string[] {
  const q = plainWords(query);
  const es = language === 'es';
  const terms: string[] = [];
  if (/\b5 ?4 ?3 ?2 ?1\b/.test(q)) terms.push(es ? 'anclaje' : 'grounding');
  if (/\ball or nothing\b/.test(q)) terms.push('dichotomous', 'polarised', 'black', 'white');
  if (/\btodo o nada\b/.test(q)) terms.push('blanco', 'negro', 'dicotomico');
  const suicidal = (es ? SUICIDAL_ES : SUICIDAL_EN).test(q);
  const selfHarm = (es ? SELF_HARM_ES : SELF_HARM_EN).test(q);
  if (suicidal) terms.push(es ? 'suicidas' : 'suicidal');
  if (selfHarm) terms.push(es ? 'daño' : 'self-harm');
  if ((suicidal || selfHarm || (es ? AT_RISK_ES : AT_RISK_EN).test(q)) && (es ? ASKS_ABOUT_US_ES : ASKS_ABOUT_US_EN).test(q)) {
    terms.push(...(es ? ['acompañante', 'avisó', 'clínico'] : ['companion', 'alerted', 'clinician']));
  }
  return terms;
}
