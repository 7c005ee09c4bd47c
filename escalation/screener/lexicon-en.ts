/**
 * English concept lexicons: pattern fragments (source strings, not compiled) over normalised text
 * (lowercase, apostrophes dropped: `im`, `dont`, `id`, `ill`). Rules combine these concepts with
 * proximity instead of listing whole sentences, so paraphrases land on the same concepts.
 */
import { alt, gap } from './pattern.js';

// ---------------------------------------------------------------- people and reference
export const MYSELF = alt('myself', 'my self', 'meself');
export const FAMILY = alt(
  'mum', 'mom', 'mam', 'mother', 'mama', 'dad', 'father', 'papa', 'parents', 'son', 'daughter', 'kids', 'kid',
  'children', 'child', 'baby', 'brother', 'sister', 'wife', 'husband', 'partner', 'boyfriend', 'girlfriend', 'bf',
  'gf', 'family', 'fiance', 'fiancee', 'grandma', 'grandmother', 'grandad', 'grandpa', 'grandfather', 'nan',
  'nana', 'aunt', 'auntie', 'uncle', 'cousin', 'friends', 'friend', 'best friend', 'stepdad', 'stepmum', 'stepmom',
  'stepfather', 'stepmother', 'ex', 'spouse', 'flatmate', 'roommate', 'twin',
);
export const PARTNER = alt(
  'husband', 'hubby', 'wife', 'partner', 'boyfriend', 'girlfriend', 'bf', 'gf', 'ex', 'ex husband', 'ex wife',
  'exs? (?:bf|gf|boyfriend|girlfriend)', 'fiance', 'fiancee', 'spouse', 'other half',
);
export const CHILD_NOUN = alt(
  'toddler', 'baby', 'son', 'daughter', 'kid', 'kids', 'child', 'children', 'boys?', 'girls?', 'little ones?', 'newborn',
  'infant', 'stepson', 'stepdaughter', 'little (?:sister|brother)', 'baby (?:sister|brother)', 'niece', 'nephew',
  'grandson', 'granddaughter', 'grandchild', 'pupils?', 'students?', '\\d{1,2} year old', '\\d{1,2} ?(?:yo|y o|yr old|yrs? old|month old|months? old)', 'little (?:ones?|girls?|boys?)', 'youngest', 'eldest',
);

// ---------------------------------------------------------------- time
export const WEEKDAY = alt('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday');
/** Future points in time that turn a stated act into a timeline. */
export const TIME_FUTURE = alt(
  'tonight', 'tomorrow(?: (?:night|morning|evening|afternoon))?', 'this (?:weekend|week|evening|afternoon|morning)',
  `this ${WEEKDAY}`, `(?:on|by|next|before|after) ${WEEKDAY}`, `${WEEKDAY} (?:night|morning|evening)`,
  'next (?:week|weekend|month|time)', '(?:on|by|after|before) the \\d{1,2}(?:st|nd|rd|th)?',
  'at (?:\\d{1,2}(?:_\\d\\d)? ?(?:am|pm|oclock|o clock|tonight|tomorrow)|\\d{1,2}_\\d\\d|midnight|dawn|sunrise|sunset|noon)', '\\d{1,2}(?:_\\d\\d)? ?(?:am|pm)',
  'midnight', 'after (?:the|my|this|our) [a-z]+', 'after (?:work|school|class|dinner|lunch|church|practice|everyone leaves|they leave|he leaves|she leaves)', 'right after', 'once (?:she|he|they|everyone|everybody|my [a-z]+|the [a-z]+) (?:leaves|goes|is|are|has|have|gets|falls)',
  'when (?:she|he|they|everyone|everybody|my [a-z]+) (?:leaves|goes|go|is asleep|are asleep|falls asleep|gets home|is out|is away)',
  '(?:while|whilst) (?:she|he|they|my [a-z]+) (?:is|are) (?:away|out|asleep|at)', 'in (?:a|an|two|three|a few|a couple of|\\d+) (?:hours?|days?)', 'in the next (?:\\d+|few|five|ten|couple of) (?:minutes|mins|hours)', 'once (?:that|this|its|thats|it is)(?: s| is)? (?:over|done|finished|out of the way)', '(?:\\d+|one|two|three|four|five|a few|a couple of) more (?:sleeps|days|nights)', 'on my birthday', 'for my birthday',
  'later (?:today|tonight)', 'by the end of (?:the|this) (?:day|week|month)', 'before (?:christmas|new year|my birthday|the end)',
  'this time tomorrow', 'as soon as', 'when the (?:fast one|train|next train|next one|express|last train) (?:comes|arrives|passes|goes through)', WEEKDAY,
);
/** Markers that something happened minutes or hours ago (recency makes a past act urgent). */
export const RECENT = alt(
  'just(?: now)?', 'earlier(?: today| tonight)?', 'today', 'tonight', 'this (?:morning|afternoon|evening)', 'last night',
  '(?:an?|one|two|three|few|couple of|half an|\\d+) (?:mins?|minutes?|hours?|hrs?) ago', 'an hour ago',
  'right now', 'a (?:bit|while|little while) ago', 'yesterday', 'since (?:this morning|lunch|dinner|breakfast)',
);
/** Remote-history markers: the event is long past. */
export const REMOTE = alt(
  'when i was (?:a |in |at |little|young|younger|\\d+)', 'at (?:age )?(?:1\\d|[2-9]\\d)(?! ?(?:am|pm|tonight|today|this|o ?clock|last|in the))',
  '(?:years?|decades?|months) ago', '(?:a|one|two|three|four|five|six|ten|\\d+|many|several|few) (?:years?|decades?)(?: ago| back)',
  'in (?:19|20)\\d\\d', 'back (?:in (?:the day|those days|\\d{4}|school|college|uni|my)|when|then)', '(?:years?|months?|decades?) since', 'as a (?:kid|child|teen|teenager|student)', 'in (?:high school|college|university|uni|secondary school|my teens|my twenties)',
  'used to', 'growing up', 'at (?:uni|university|college|school|high school|secondary school)', 'last (?:year|spring|summer|autumn|fall|winter)', '(?:over|more than) a (?:decade|year)',
  'free (?:of|from) it', '(?:clean|free) for (?:over |more than )?(?:a|\\d+|two|three|five|ten) (?:years?|decade)', 'ages ago',
  'long time ago', 'a lifetime ago', 'in the past',
);

// ---------------------------------------------------------------- suicide acts
/** First-person suicide acts; the self is built into each phrase. */
export const SUICIDE_ACT = alt(
  `kill(?:ing|ed|s)? ${MYSELF}`,
  '(?:end|ending|ended|take|taking|took) (?:my|my own) (?:life|lfe)',
  'end(?:ing)? (?:it all|everything(?! with| between)|things(?! with| between| off| on (?:a|that|the))|my suffering|this life|my existence|it for good|it(?! with| between| for (?:the|today|now|tonight)| at (?:the|that)| early| off| here| there| on (?:a|that|this|the) (?:high|good|positive|happy|sour)))',
  '(?:commit|committing|committed|do|doing|attempt) suicide',
  `(?:hang|hanging|hanged) ${MYSELF}`, `(?:shoot|shooting) ${MYSELF}`, 'blow my (?:brains|head) out', `(?:drown|drowning) ${MYSELF}`,
  '(?:slit|slitting|slash|slashing|open|opening) my (?:wrists?|throat|veins)', `(?:poison|poisoning|gas|gassing|suffocate|suffocating|smother|starve|starving|stab|stabbing|electrocute) ${MYSELF}`,
  `(?:set|setting) ${MYSELF} on fire`, `(?:off|offing|top|topping) ${MYSELF}`, `(?:throw|throwing|fling|launch) ${MYSELF} (?:off|in front of|under|from|into)(?! (?:the |my |a |our )?(?:sofa|couch|bed|chair|stool|settee|kerb|curb|treadmill|pool|work|it|the work|the deep end|a project|my (?:studies|work|job)))`,
  `(?:jump|jumping|leap|leaping) (?:off|from|in front of)${gap(3)}(?:bridge|building|roof|rooftop|train|cliff|balcony|window|tower|overpass|flyover|car park|parking (?:garage|structure)|ledge|platform|motorway|highway|tracks|bus|truck|lorry|the top)`,
  '(?:step|stepping|walk|walking|lie|lying|run|running) (?:out )?(?:in front of|into|onto|down on) (?:a |the )?(?:train|bus|truck|lorry|traffic|tracks|railway|road|sea|river|lake)',
  '(?:drive|driving|crash|crashing|steer|steering|swerve|swerving) (?:my car |the car )?(?:into|off) (?:a |the )?(?:wall|tree|cliff|bridge|oncoming|river|lake|sea|truck|lorry|barrier|road|edge|pier|quay|ravine|overpass|coast road|cliff road)',
  '(?:take|taking|swallow|swallowing|down|neck) (?:all|every one|the lot|every (?:single )?(?:pill|tablet)|everything)(?: of)? (?:my|the|them|these|those)?(?: pills| meds| tablets)?',
  '(?:take|taking|swallow|swallowing|down|downing) (?:them|these|those|the pills|my pills|my meds|the tablets) all', '(?:take|taking|swallow|swallowing) all of (?:them|these|those)',
  '(?:take|taking|swallow|swallowing) (?:the whole|a whole|my whole|my entire|the entire) (?:bottle|box|packet|pack|strip|supply|prescription|tub|blister|sheet)',
  '(?:overdose|overdosing)(?! by accident| accidentally| on (?:chocolate|sugar|caffeine|coffee|netflix|tv|cake|sweets|candy|carbs|pizza|cheese|memes|cuteness|love|christmas|food|junk food|ice cream|crisps|snacks|series|anime|content|vitamin c|tea|biscuits|cookies|doughnuts|donuts))', '(?:die|dying) by suicide', '(?:not|never) (?:wake|waking) up(?: again)?',
  'be dead by', '(?:step|stepping|stepped) (?:off|onto) (?:the )?(?:platform|tracks|edge|ledge)', '(?:jump|jumping|step|stepping|walk|walking) in front of (?:it|the (?:fast one|next one|next train|express|lorry|truck|bus))',
);
/** Future / decision frames: "im going to", "ive decided to", "ill". */
export const WILL = alt(
  '(?:im|i am|i m) (?:really |definitely |finally |just |actually |seriously |literally |totally |so )?(?:going to|about to|ready to|planning (?:to|on)|set to|getting ready to|prepared to)',
  'i (?:will|shall|must)', 'ill(?: just| finally| definitely| actually)?', 'im going to', '(?:i|ive|i have) (?:decided|made up my mind|made the decision|chosen|resolved) (?:to|that ill|that im going to|im going to|im)',
  'decided (?:to|im|ill|that im|that ill)', '(?:my|the) plan is to', 'i plan (?:to|on)', 'i intend to', 'i(?:ve| have)? got to', 'i need to', 'i have to', 'its time (?:for me )?to',
  'time to', 'tonight i', 'im gonna', 'going to', 'about to', 'gonna', 'planning (?:to|on)', 'plan (?:to|on)',
);
/** Desire / thought frames: ideation without stated intent (concern unless plan, means or timeline). */
export const WANT = alt(
  'want(?:s|ed|ing)? to', 'wish(?:ed)? (?:i could|to)', 'would like to', 'feel(?:ing)? like', 'tempted to', 'thinking (?:about|of)',
  'think(?:ing)? (?:about|of)', 'thought(?:s)? (?:about|of)', 'urge to', 'urges to', 'need to', 'considering', 'contemplating',
  'fantasi[sz](?:e|ing) about', 'dream(?:ing)? (?:about|of)',
);

// ---------------------------------------------------------------- means
export const MEDS = alt(
  'pills?', 'tablets?', 'meds', 'medications?', 'medicines?', 'capsules?', 'paracetamol', 'acetaminophen', 'tylenol', 'panadol',
  'ibuprofen', 'advil', 'nurofen', 'aspirin', 'codeine', 'co codamol', 'cocodamol', 'tramadol', 'oxy(?:codone|contin|s)?', 'percs?',
  'morphine', 'fentanyl', 'heroin', 'methadone', 'insulin', 'propranolol', 'amitriptyline', 'sertraline', 'zoloft', 'fluoxetine',
  'prozac', 'citalopram', 'escitalopram', 'lexapro', 'venlafaxine', 'effexor', 'mirtazapine', 'quetiapine', 'seroquel', 'olanzapine',
  'lithium', 'lamotrigine', 'diazepam', 'valium', 'xanax', 'xans?', 'alprazolam', 'lorazepam', 'ativan', 'clonazepam', 'klonopin',
  'benzos?', 'zopiclone', 'zolpidem', 'ambien', 'sleeping (?:pills|tablets)', 'sleepers', 'antidepressants?', 'painkillers?',
  'pain killers?', 'adhd meds', 'adderall', 'ritalin', 'vyvanse', 'concerta', 'methylphenidate', 'gabapentin', 'pregabalin',
  'antihistamines?', 'benadryl', 'melatonin', 'laxatives?', 'diet pills', 'slimming pills', 'iron (?:tablets|pills)', 'warfarin',
  'metformin', 'beta blockers?', 'ssris?', 'prescription', 'script', 'stash', 'supply', 'doses?', 'sleeping meds', 'nytol', 'opioids?',
  'ketamine', 'mdma', 'pills? bottle', 'bottle of pills', 'valproate', 'carbamazepine', 'digoxin', 'amlodipine', 'naproxen',
);
export const TOXIC = alt(
  'bleach', 'antifreeze', 'anti freeze', 'weed ?killer', 'pesticides?', 'paraquat', 'rat poison', 'poison', 'drain cleaner',
  'oven cleaner', 'detergent', 'cleaning (?:fluid|products?|spray)', 'lighter fluid', 'petrol', 'gasoline', 'kerosene', 'methanol',
  'windscreen wash', 'screen ?wash', 'washer fluid', 'battery acid', 'laundry pods?', 'tide pods?', 'cyanide', 'ethylene glycol', 'insecticide',
  'slug pellets', 'disinfectant', 'ammonia', 'hand sanitiser', 'hand sanitizer', 'mouthwash',
);
export const WEAPON = alt(
  'guns?', 'pistol', 'handgun', 'firearm', 'rifle', 'shotgun', 'revolver', 'glock', 'ammo', 'bullets?', 'knife', 'knives', 'machete',
  'blade', 'axe', 'crowbar', 'hammer', 'baseball bat', 'cricket bat', 'golf club', 'hockey stick', '(?:metal|iron) (?:bar|pipe)', 'bat', 'acid', 'bomb', 'explosives?', 'weapon', 'taser',
);
export const HANG_MEANS = alt('rope', 'noose', 'cord', 'ligature', 'belt', 'cable', 'ligatures');
export const HEIGHT_PLACE = alt(
  'bridges?', 'buildings?', 'overpass(?:es)?', 'flyovers?', 'viaducts?', 'cliffs?', 'roofs?', 'rooftops?', 'towers?', 'car parks?',
  'multi ?storey', 'parking (?:garage|structure|lot)s?', 'skyscrapers?', 'balcon(?:y|ies)', 'ledges?', 'floors?', 'stor(?:e)?ys?',
  'dam', 'quarry', 'gorge', 'apartment block', 'tower block', 'hotel',
);
/** Means being within reach: "its loaded", "everything i need is here". */
export const MEANS_READY = alt(
  `(?:i have|ive got|i got|got|have|i(?:ve| have) (?:saved|collected|bought|got)|there are|there is|theres) (?:all |enough |the |my |a |some |plenty of |loads of )?(?:${MEDS}|${WEAPON}|${HANG_MEANS}|${TOXIC})${gap(3)}(?:ready|here|at home|in the house|in my (?:room|bag|drawer|car|closet|hand)|right here|next to me|beside me|on me|with me|in front of me|saved|hidden|counted|lined up|laid out)`,
  `(?:i )?already (?:have|got|bought) (?:all |enough |the |my |some )?(?:${MEDS}|${WEAPON}|${HANG_MEANS}|${TOXIC})`,
  '(?:its|it is|the gun is|the pistol is|the gun s) loaded', 'i know (?:the|his|her|my dads?|my mums?) (?:safe |lock |cabinet )?(?:code|combination|where (?:he|she) keeps)',
  `(?:everything|all|all the stuff|the stuff|what) (?:i need|ill need|i need for it)${gap(2)}(?:is )?(?:ready|here|sorted|prepared|in the house|at home|already (?:here|in|there|sorted|bought)|in place|set)`,
  `(?:${MEDS}|${WEAPON}|${HANG_MEANS}) (?:are|is) (?:ready|counted out|lined up|laid out|in front of me|next to me|in my hand|on the (?:table|bed|counter))`,
  '(?:ive got|i have|i got|got|have) (?:what|everything|all) (?:i need|ill need|i need for it)(?! for (?:the|my|school|work|class|the trip))', `(?:carrying|carried|keeping|kept|been carrying) (?:the|a|my) (?:${HANG_MEANS}|gun|pistol|knife|blade|razor|pills|tablets)${gap(3)}(?:in my (?:bag|pocket|car|coat|backpack|rucksack))`, `counted out (?:the |my |all (?:the |my )?)?(?:${MEDS})`, `(?:${MEDS}) counted`, 'sitting here with (?:the|a|my) (?:pills|knife|gun|rope|razor|blade)',
  `in my (?:hand|hands) (?:is|are) (?:the |a )?(?:${MEDS}|${WEAPON})`, `(?:holding|have|got) (?:the|a|my dads?|his|her) (?:${WEAPON}|${HANG_MEANS}) (?:in my hand|right now|now|here)`,
);

// ---------------------------------------------------------------- context: loss and distress
const KIN = alt(
  'mum', 'mom', 'mother', 'dad', 'father', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'partner', 'boyfriend',
  'girlfriend', 'bf', 'gf', 'friend', 'best friend', 'grandma', 'grandmother', 'grandad', 'grandfather', 'nan', 'baby', 'child',
  'kid', 'fiance', 'fiancee', 'cousin', 'uncle', 'aunt', 'twin', 'husbands?', 'wifes?', 'partners?', 'dog', 'cat', 'son s', 'parents',
);
/** A recent loss or blow: job, relationship, custody, death, money, exams, disgrace. */
export const LOSS = alt(
  `(?:lost|losing|lose) (?:my |the |our |all my )?(?:job|jobs|house|home|flat|custody|kids|children|baby|business|licence|license|place|money|savings|everything|it all|scholarship|visa|${KIN})`,
  '(?:got |been |was |just |being )?(?:fired|sacked|laid off|made redundant|let go|evicted|dumped|kicked out|disowned|expelled|deported)',
  '(?:will|gonna|going to|are going to) disown', '(?:he|she|they|my ex|the ex|his ex|her ex) (?:got|gets|won|was given|was awarded|has been given) (?:full |sole |primary )?custody', '(?:dog|cat|pet|puppy|kitten|horse|rabbit|pup)s? (?:had to be|was|got|been|is being) put (?:down|to sleep)', '(?:had|having|have) (?:to have |to put )?(?:our|my|the) (?:old |little |poor )?(?:dog|cat|pet|puppy|kitten|horse|rabbit|pup) put (?:down|to sleep)', '(?:put|putting) (?:our|my) (?:old |little |poor )?(?:dog|cat|pet|puppy|kitten|horse|rabbit|pup) (?:down|to sleep)(?! for| in| on| at)', '(?:parents|family|mum|mom|dad|wife|husband|kids|children|son|daughter)(?: [a-z]+)? (?:wont|will not|no longer|refuses? to|refused to) (?:speak|talk) to me', 'disown me', '(?:taking|took|take|taken) (?:my |the |our )?(?:kids|children|baby|son|daughter) (?:away|off me|from me)',
  `(?:my|our)${gap(2)}${KIN}${gap(3)}(?:died|passed away|passed|was killed|killed (?:himself|herself)|took (?:his|her) (?:own )?life|left me|left us|left(?= [.,] | and | $)|walked out|moved out)`,
  '(?:broke|broken|split) up', 'breakup', 'break up', 'divorce', 'divorcing', 'affair', 'cheated', 'cheating on me', 'left me', 'walked out on',
  'filing for divorce', 'bankrupt', 'bankruptcy', 'foreclos\\w*', 'repossess\\w*', 'in debt', 'debts?', 'lost (?:all )?(?:my )?(?:money|savings)',
  '(?:failed|failing|flunked) (?:everything|all (?:my )?\\w+|my (?:exams?|finals|degree|course|year|resits?|retakes?|a levels|gcses|boards|bar|tests?|dissertation|thesis)|out|the year|uni|university|school)',
  'diagnos(?:is|ed) with', 'terminal', 'funeral', 'miscarriage', 'stillborn', '(?:lost|losing) the baby', 'arrested', 'charged with',
  'going to prison', 'convicted', 'humiliated', 'everyone knows', 'lost custody', 'since the (?:bankruptcy|divorce|accident|funeral|breakup|diagnosis)',
  'came out today', 'found out', 'everyone(?:s| has)? (?:seen|knows|found out)', 'sex offender', 'police (?:came|are after|arrested)', `(?:since|after|when) (?:my )?(?:mum|mom|dad|mother|father|wife|husband|son|daughter|brother|sister|partner|baby|best friend) (?:passed|died|left)`, 'widowed', `(?:my |our )?(?:mums?|moms?|mams?|dads?|nans?|grans?|grandmas?|grandads?|wifes?|husbands?|partners?|sons?|daughters?|brothers?|sisters?|babys?|best friends?)(?: is| has| have)? (?:gone|passed|died)(?= [.,?] | $| now| away| last| this| on| in)`, `(?:since|after|when) (?:my |our )?(?:gran|nan|grandma|grandad|grandpa|granny|uncle|aunt|auntie|cousin|friend|son|daughter|twin|fiance|fiancee|dog|cat) (?:passed|died|left|went)`, '(?:lost|losing) (?:the|my|our) (?:pregnancy|baby|twins)', `(?:took|taken|taking) the kids${gap(4)}(?:isnt|not|wont be|never) coming back`, '(?:she|he|they|wife|husband|partner|shes|hes|theyre)(?: is| are)? (?:isnt|not|never|arent) coming back(?= [.,?] | $| to me| home)', 'since the (?:fire|flood|crash|miscarriage|stillbirth|redundancy|eviction|court case|verdict|trial)', 'took (?:literally )?everything from me', '(?:everything|everythings|all) (?:is )?gone since', 'anniversary of (?:his|her|their|my \\w+s) death',
);
/** Strong distress / despair that, next to a means question, makes it urgent. */
export const DISTRESS = alt(
  'cant live with myself', 'cant see the point', '(?:stopped|stop) caring about (?:anything|everything|pretty much everything|myself|what happens)', 'havent been coping', 'not coping', 'dont have anyone', 'no one left', 'nobody left', 'all i think about', 'cant (?:go on|take (?:it|this|any ?more|much more)|cope|do this|keep going|keep living|carry on|handle (?:it|this|life)|live like this|bear it|do this anymore)',
  '(?:life|everything|it) (?:is|has been|feels|s) (?:unbearable|pointless|too much|hell|over|meaningless|hopeless)', 'unbearable',
  'nothing matters', '(?:it |none of it |none of this )?(?:doesnt|dont) matter (?:anymore|any more)', 'no point', 'pointless', 'hopeless', '(?:want|wanted) to die', 'wish i (?:was|were) dead',
  '(?:im|i am|i feel|feel|feeling|felt) (?:so |really |completely |totally )?(?:worthless|empty|numb|broken|destroyed|finished|at (?:my|the) end|desperate|lost|done with (?:it all|everything|life)|hopeless|trapped|alone|done)',
  'rock bottom', '(?:end|ends) of my (?:rope|tether)', '(?:really|so|very|extremely|been|super) (?:low|depressed|down)', 'been low',
  '(?:life|it) (?:isnt|is not|aint) worth', '(?:nobody|no one) (?:cares|would care|would notice)', 'my life is (?:over|ruined)',
  'only option left', 'only way out', 'no way out', 'no other (?:option|way)', 'no reason (?:to|left)', 'whats the point', 'had enough',
  'give up', 'giving up', 'gave up', 'cant anymore', 'cant do it anymore', 'falling apart', 'ruined my life', 'ruined everything',
  'everything is falling apart', 'no future', 'no hope', 'never (?:get|be) better', 'dont care anymore', 'dont care what happens',
  'done with life', 'done with everything', 'over it all', 'cant stop crying', 'crying all day', '(?:everyone|everybody|my (?:mum|mom|dad|parents|family|friends)) (?:hates?|hate) me', '(?:nobody|no one) (?:loves|likes|wants) me', 'devastated', 'in pieces', 'heartbroken',
);

// ---------------------------------------------------------------- tone and frames
/** Laughter / joking markers (after emoji and slang mapping). */
export const JOKE = alt('lol', 'jk', 'just kidding', '(?<!not |no |im not |i am not |never )kidding', '(?<!not |no |im not |i am not |never )joking', 'im joking', 'only joking', 'obviously not', 'not literally', 'skull');
/** Clarifications that retract an earlier ambiguous word. */
export const CLARIFY = alt(
  'i know (?:its|thats|it is|that is|it isnt|thats not|its not) (?:not )?(?:true|real|irrational|the (?:anxiety|depression) talking|a thinking trap|a distortion)', '(?:which|that) is (?:a )?(?:thinking trap|distortion|catastrophi[sz]ing)',
  '(?:by|when i said) [a-z]+(?: [a-z]+)?,? (?:i )?(?:meant|mean)', 'i (?:only |just )?meant (?!(?:it|that|every|what|everything|each|to|seriously|literally|really|exactly|business|this)\\b)[a-z]+', 'i (?:only |just )?meant (?:it|that) (?:as|like|about|as in)',
  '" (?:sounded|came out|came across) (?:way |really |so |a bit |kinda |pretty )?(?:worse|wrong|bad|darker|dark|weird|alarming|scary|more dramatic|off)',
  'didnt mean (?:it )?(?:like that|literally|that way|it that way|anything)', 'not literally', 'figure of speech',
  '(?:that|it|this) (?:sounded|sounds|came out|came across|reads) (?:way )?(?:worse|wrong|bad|darker|more dramatic)',
  'not in (?:that|a bad|the bad) way', '(?<=^ )with (?:the |my |all (?:the |my )?)?[a-z]+(?: [a-z]+){0,2} i mean(?:t)?', '(?:thats|that was|its|it was|those are) (?:the |a |just )?(?:chorus|lyrics?|line|verse|quote|title|hook|bridge) (?:from|of|for|in|to)', 'not like that', 'wrong (?:chat|number|person|window)', 'meant to send (?:that|this) to',
  'i was (?:talking|venting) about (?:my|the|work|school)', 'i mean(?:t)? (?:my|the) (?:job|work|course|relationship|degree|exam|diet|phone)',
);
/** Media and fiction: a risky phrase inside these is usually a quote, a plot or a game. */
export const MEDIA = alt(
  'songs?', 'lyrics?', 'line', 'poem', 'poetry', 'quote', 'quotes', 'title', 'titled', 'called', 'chorus', 'verse', 'book', 'novel',
  'memoir', 'film', 'movie', 'show', 'series', 'episode', 'play', 'scene', 'character', 'album', 'track', 'band', 'singer', 'rapper',
  'game', 'sims', 'level', 'boss fight', 'respawn', 'netflix', 'documentary', 'podcast', 'article', 'headline', 'meme', 'tiktok', 'video',
  'anime', 'manga', 'comic', 'script', 'lines', 'audition', 'theatre', 'theater', 'musical', 'opera', 'story', 'fanfic',
);
/** CBT homework: thought records and distortions; a quoted thought is being worked on, not endorsed. */
export const HOMEWORK = alt(
  'thought record', 'automatic thoughts?', '(?:negative|hot|unhelpful|anxious|intrusive|distorted) thoughts? (?:was|is|were|like|from)',
  'my thought (?:was|is)', 'the thought (?:was|is)', 'nats?', 'evidence (?:for|against)', 'balanced thought', 'alternative thought',
  'distortions?', 'catastrophi[sz]\\w*', 'fortune telling', 'mind reading', 'all or nothing', 'black and white thinking',
  'should statements?', 'reframe', 'reframing', 'worksheet', 'reestructuracion', 'hoja de registro', 'registro de pensamientos', 'el pensamiento (?:era|es|fue)', 'pensamiento automatico', 'la evidencia (?:en contra|a favor)', 'distorsion\\w*', 'thinking traps?', 'cognitive', 'homework', 'my therapist (?:said|asked)',
  'challenge (?:the|this|that) thought', 'hot thoughts?', 'rated (?:it|the thought|my belief|the belief)', 'belief (?:rating|rated|at)', 'core belief', 'behavioural experiment', 'behavioral experiment', 'belief rating',
);
