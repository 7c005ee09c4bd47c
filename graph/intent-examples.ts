/**
 * Example requests per intent, English and Spanish, for the lexical intent matcher (intent-match.ts).
 * Written for this project from how patients ask for things between sessions; never copied from an
 * evaluation set. Add an example when a real request is missed; `npm run eval:intents` measures it.
 */
export const INTENT_EXAMPLES = {
  breathing: [
    'the box one where you count to four', 'calm down before an interview my heart is going mad', 'need to chill out fast', 'anxiety attack help me relax', 'me esta dando ansiedad necesito relajarme', 'el de contar hasta cuatro', 'breathe in for four hold for four', 'i am so wound up', 'estoy muy acelerada antes de trabajar',
    'breathing exercise', 'help me breathe', 'can we do some breathing', 'box breathing', 'i need to calm down my body',
    'my heart is racing what can i do', 'my heart is pounding and i cant slow it down', 'i feel panicky help me calm down', 'having a panic attack',
    'chest is tight and i am shaking', 'i cant catch my breath', 'help me relax my body', 'slow breaths please', 'something to calm my nerves right now',
    'ejercicio de respiracion', 'ayudame a respirar', 'quiero respirar despacio', 'tengo el corazon acelerado que hago', 'me va a dar un ataque de panico',
    'estoy temblando y no me calmo', 'necesito calmarme', 'algo para tranquilizarme', 'me falta el aire de los nervios',
    // Written blind by a helper session (2026-12-06), from a brief of what each intent means.
    'my heart is pounding and i cant slow down, help me calm my body', 'chest feels tight and im breathing way too fast', 'panic attack on the train, need something to slow me down NOW', 'can we do the slow breathing thing again', 'shoulders are up by my ears, so tense, need to relax physically', 'feel shaky and my pulse is racing before this interview', 'breathing excersise pls', 'tengo el corazón a mil y no puedo calmarme', 'me falta el aire, ayúdame a respirar más despacio', 'estoy con un ataque de pánico, necesito bajar las pulsaciones', 'quiero hacer lo de respirar lento que hicimos', 'tengo todo el cuerpo tenso, algo para relajarme ya',
  ],
  grounding: [
    'everything feels unreal', 'i feel disconnected from my body', 'like im watching myself from outside', 'get me back to the here and now', 'estoy disociando', 'todo se siente irreal', 'ando como ida', 'regresar al presente', 'volver a tierra', 'cinco cosas que veo cuatro que toco', 'name five things i can see',
    'grounding', '5 4 3 2 1', 'the five senses exercise', 'i feel spaced out', 'i feel unreal like im not here', 'bring me back to the present',
    'i feel detached from everything', 'i keep zoning out', 'my mind is all over the place help me focus on now', 'dissociating',
    'anclaje', 'el ejercicio de los cinco sentidos', 'me siento desconectado', 'siento que no estoy aqui', 'volver al presente', 'estoy como ido',
    // Written blind by a helper session (2026-12-06), from a brief of what each intent means.
    'i feel really spaced out like im not actually here', 'everything feels unreal and far away, help me come back', 'having a flashback and need to get back to the present', 'the 5 4 3 2 1 thing please', 'totally overwhelmed, too much going on in my head, need to anchor myself in the room', 'feel detached from my body, like watching myself from outside', 'zoned out for an hour again, need to reconnect with where i am', 'me siento desconectada, como si no estuviera aquí', 'estoy reviviendo algo feo y necesito volver al presente', 'lo de los cinco sentidos, el 5 4 3 2 1', 'todo se siente irreal, ayúdame a aterrizar', 'estoy ida y agobiada, necesito ubicarme donde estoy',
  ],
  mood: [
    'note down that im a 4 out of 10 today', 'can you record how i feel', 'track my mood this week', 'quiero registrar como me siento hoy del uno al diez', 'apunta que hoy estoy en un 5',
    'mood check in', 'log my mood', 'rate my mood', 'i want to track how i feel today', 'record my mood', 'how am i doing today check in',
    'can i tell you how im feeling', 'mood diary', 'update my mood',
    'registrar mi animo', 'quiero apuntar como me siento', 'revisar mi estado de animo', 'como estoy hoy', 'anotar mi animo del dia',
    // Written blind by a helper session (2026-12-06), from a brief of what each intent means.
    "want to log how i'm feeling today", 'quick check in, today is maybe a 4 out of 10', 'can i rate my mood', 'feeling pretty flat today, wanna record it', 'mood chek pls', "I'd like to note down how I've been feeling this evening", 'how do i track my mood day to day', 'quiero registrar cómo me siento hoy', 'hoy estoy como un 6 de 10, apúntalo', 'quiero puntuar mi estado de ánimo', 'chequeo rápido de ánimo porfa', 'me siento bajón hoy, quiero anotarlo',
  ],
  thought_record: [
    'the columns worksheet situation feelings evidence', 'help me pick apart a thought', 'i think im a total failure and it wont go away', 'a thought that im not good enough', 'quiero analizar un pensamiento', 'la hoja de las columnas', 'pienso que todos me juzgan y quiero revisarlo', 'write down what went through my head',
    'thought record', 'can we do a thought record', 'i want to challenge a thought', 'help me work through a negative thought',
    'i keep thinking im useless can we look at that', 'my therapist said to write down my thoughts', 'the thoughts worksheet', 'the worksheet thing',
    'the thoughts one', 'a thought keeps bugging me', 'i cant shake this thought', 'look at the evidence for my thought', 'unhelpful thoughts exercise',
    'registro de pensamientos', 'quiero trabajar un pensamiento', 'tengo un pensamiento que no me deja', 'mi terapeuta me dijo que apuntara mis pensamientos',
    'la hoja de los pensamientos', 'cuestionar un pensamiento negativo', 'pienso que soy un fracaso y quiero revisarlo',
    // Written blind by a helper session (2026-12-06), from a brief of what each intent means.
    'my boss criticised my report and i keep thinking im useless, can we unpack that thought', 'i want to write down what happened and what went through my head', 'friend didnt reply and im convinced she hates me, want to check the evidence', 'thought recrod please', 'i keep telling myself im a failure, help me find a more balanced way to see it', 'something at work set me off, want to go through the situation, feelings and thoughts', 'can we challenge this thought properly, step by step', 'mi pareja me dijo algo y no paro de pensar que soy un desastre, quiero analizarlo', 'quiero apuntar la situación, lo que pensé y lo que sentí', 'registro de pensamientos porfa', 'necesito buscar pruebas a favor y en contra de lo que estoy pensando', 'tuve una discusión con mi madre y quiero revisar mis pensamientos con calma',
  ],
  activation: [
    'cant get off the sofa need a push', 'zero motivation and an empty weekend', 'one small thing to get me moving', 'help me fill my day with something', 'no salgo de la cama', 'necesito un empujon para hacer algo', 'algo pequeno que pueda hacer hoy', 'mi fin de semana esta vacio',
    'plan an activity', 'help me plan something small for tomorrow', 'schedule something nice to do', 'behavioural activation',
    'i have no motivation to do anything', 'i stay in bed all day help me get going', 'plan my week with some activities', 'the planning thing',
    'something to do to feel better', 'help me get out of the house', 'i need a plan for the weekend', 'i want to do more things i enjoy',
    'activacion conductual', 'planear una actividad', 'ayudame a planear algo para manana', 'no tengo ganas de hacer nada', 'me paso el dia en la cama',
    'organizar mi semana con actividades', 'quiero hacer algo que me guste', 'programar algo agradable',
    // Written blind by a helper session (2026-12-06), from a brief of what each intent means.
    'ive been in bed all weekend and cant get myself going', 'help me plan one small thing to do today', 'no motivation at all, want to schedule something enjoyable', 'i keep putting everything off, need a tiny step to start', 'can we plan some activities for this week', "feel like a slob, what's one thing i could do this afternoon", 'want to get back into doing stuff i used to like', 'llevo días sin hacer nada y no me animo a nada', 'ayúdame a planear una actividad pequeña para hoy', 'quiero organizar algo que me guste para el finde', 'no tengo ganas de nada, necesito ponerme en marcha', 'me la paso tirado en el sillón, quiero programar algo que hacer',
  ],
  problem_solving: [
    'rent is due and im short of money what do i do', 'three deadlines and i need a plan', 'help me think it through step by step', 'decide whether to take the new job', 'my flatmate keeps leaving a mess and i dont know how to bring it up', 'no me alcanza el dinero', 'tengo que decidir si cambio de trabajo', 'me pelee con mi hermana y quiero pensar que hacer', 'ver opciones para un problema', 'un problema con mi familia paso a paso',
    'solve a problem', 'problem solving', 'help me work out what to do about money', 'i have a decision to make', 'i dont know what to do about my landlord',
    'too much to do and i dont know where to start', 'help me sort out a problem step by step', 'i need to fix a situation at work',
    'i have an argument with my partner to sort out', 'debts are piling up',
    'resolver un problema', 'tengo que tomar una decision', 'no se que hacer con mi jefe', 'tengo un problema con el dinero', 'ayudame a organizar un problema paso a paso',
    'tengo demasiadas cosas y no se por donde empezar',
    // Written blind by a helper session (2026-12-06), from a brief of what each intent means.
    'behind on rent and bills and dont know where to start', 'two deadlines on the same day, need to work out a plan', 'cant decide whether to take the new job or stay, help me weigh it up', 'i have a practical problem i need to break down into options', 'my car broke down and i need to sort out how to get to work', 'want to list pros and cons and pick a solution', 'landlord wants me out by next month, what are my options', 'me ofrecieron otro curro y no sé si aceptarlo, ayúdame a pensarlo', 'debo dinero de la tarjeta y necesito un plan para pagarlo', 'quiero resolver un problema paso a paso, con opciones', 'tengo que entregar dos trabajos el viernes y no sé cómo organizarme', 'no sé si mudarme o quedarme, ayúdame a decidir',
  ],
  worry_time: [
    'can i park my worries somewhere', 'postpone these anxious thoughts till later', 'my brain keeps going over what could go wrong', 'what if this what if that', 'dejar lo que me angustia para despues', 'y si pasa esto y si pasa lo otro', 'la cabeza dandole vueltas', 'apartar las preocupaciones para mas tarde',
    'worry time', 'i cant stop worrying', 'i worry about everything all day', 'my worries keep going round and round', 'postpone my worries',
    'schedule a worry period', 'what if thoughts all the time', 'im worried sick about tomorrow', 'i keep overthinking',
    'tiempo de preocupacion', 'no paro de preocuparme', 'me preocupo por todo', 'le doy vueltas a todo', 'no puedo dejar de pensar en lo que puede pasar',
    'aplazar mis preocupaciones',
    // Written blind by a helper session (2026-12-06), from a brief of what each intent means.
    "i've been worrying nonstop since i woke up", "cant stop worrying about everything all day, it's exhausting", 'can i park my worries for later', 'want to set a time to worry so it doesnt take over my whole day', 'the what ifs keep popping up at work, how do i put them off till later', 'worry time pls', 'my mind keeps jumping from one worry to the next all day long', 'me paso el día entero preocupada por todo', 'quiero dejar mis preocupaciones para más tarde', 'el rato de preocuparse, eso que me explicaste', 'no paro de preocuparme por mil cosas, quiero posponerlas', 'quiero apartar un horario fijo para mis preocupaciones',
  ],
  safety_plan: [
    'where is the plan with my warning signs and who to call', 'the plan we made with my warning signs', 'ensename el plan con mis senales de alerta', 'my crisis plan with the people i can call',
    'safety plan', 'my safety plan', 'show my safety plan', 'update my safety plan', 'make a crisis plan', 'what was on my safety plan',
    'the plan for when things get bad',
    'plan de seguridad', 'mi plan de seguridad', 'ver mi plan de seguridad', 'actualizar mi plan', 'hacer un plan para las crisis',
    // Written blind by a helper session (2026-12-06), from a brief of what each intent means.
    'i want to look at my safety plan', 'need to update the contacts on my plan for when things get bad', 'can we write down my warning signs and the people i trust', 'show me my safety plan', 'my therapist said to fill in a plan for crisis moments, can we do it', 'want to add some new coping things to my plan', "where's the plan with my warning signs and people to contact", 'quiero ver mi plan de seguridad', 'necesito actualizar mi plan de seguridad, mi hermana cambió de número', 'vamos a escribir mis señales de alarma y mis personas de confianza', 'quiero agregar cosas que me ayudan a mi plan para las crisis', 'enséñame mi plan de seguridad porfa',
  ],
  questionnaire: [
    'redo the phq', 'is there a quiz to see how anxious i am', 'assess my anxiety with a standard form', 'hay alguna prueba para saber que tan deprimido estoy', 'el cuestionario de ansiedad', 'test de ansiedad', 'score my depression',
    'questionnaire', 'phq9', 'gad7', 'depression questionnaire', 'anxiety test', 'can i do the depression quiz', 'the questions my therapist uses to score me',
    'check my depression score', 'mood survey',
    'cuestionario', 'el test de depresion', 'las preguntas de ansiedad', 'quiero hacer el cuestionario', 'medir mi depresion',
    // Written blind by a helper session (2026-12-06), from a brief of what each intent means.
    'i want to do the depression questionnaire', 'can i take the phq9 again', 'want to check my anxiety score', 'gad 7 please', 'the form with the questions about how often ive felt down in the last two weeks', "i'd like to see if my depression score has gone down", 'can i fill in that anxiety quiz my therapist gave me', 'quiero hacer el cuestionario de depresión', 'quiero medir mi ansiedad con el test', 'el phq 9 porfa', 'quiero ver mi puntaje de ansiedad', 'me toca rellenar el cuestionario de las dos semanas',
  ],
  resources: [
    'whats the samaritans number', 'is there a text line i can use', 'emergency contacts list', 'a que numero puedo llamar si necesito ayuda urgente', 'hay alguna linea para hablar con alguien de noche', 'numero de la linea de la vida', 'crisis text line', 'someone to talk to when my therapist isnt around',
    'crisis numbers', 'helpline', 'who can i call', 'what number do i call in an emergency', 'crisis resources', 'phone numbers for help',
    'is there someone i can talk to at night', 'hotline number',
    'recursos de crisis', 'telefonos de ayuda', 'a quien puedo llamar', 'numero de emergencia', 'linea de ayuda',
    // Written blind by a helper session (2026-12-06), from a brief of what each intent means.
    'what number can i call right now', 'i need a crisis line', 'who can i ring tonight if i need to talk to someone', 'is there a helpline open 24 hours', 'give me phone numbers for emergencies', 'need to speak to a real person, who do i call', 'crisis number uk?', 'a qué número puedo llamar ahora', 'necesito una línea de ayuda', 'hay algún teléfono de crisis abierto 24 horas', 'con quién puedo hablar ahora mismo por teléfono', 'dame los números de emergencia',
  ],
  learn: [
    'something to read about depression', 'tienes algo para leer sobre el pensamiento catastrofista', 'explain why depression makes everything hard', 'articulo sobre la ansiedad', 'read about panic attacks', 'information about avoidance',
    'learn about cbt', 'what is cbt', 'explain thinking traps', 'why do i avoid things', 'how does anxiety work', 'tell me about catastrophising',
    'what is behavioural activation', 'i want to read something helpful', 'teach me something',
    'que es la tcc', 'explicame las trampas de pensamiento', 'por que evito las cosas', 'como funciona la ansiedad', 'quiero leer algo', 'aprender sobre tcc',
    // Written blind by a helper session (2026-12-06), from a brief of what each intent means.
    'what is cbt actually about', 'can you explain how thoughts affect feelings', 'i want to read about thinking traps', 'why does avoidance make anxiety worse', 'teach me something about depression', 'whats catastrophising', 'want to learn more about how panic works', 'quiero aprender sobre la terapia cognitivo conductual', 'qué son las distorsiones cognitivas', 'explícame cómo funciona la ansiedad', 'quiero leer algo sobre la depresión', 'por qué evitar las cosas empeora la ansiedad',
  ],
  sleep: [
    'wide awake at 2am again', 'i keep waking at 4 and cant drop off', 'sleep hygiene', 'llevo noches en vela', 'me despierto de madrugada y ya no me duermo', 'insomnia has been awful', 'cant sleep after night shifts', 'no puedo dormir despues del turno de noche', 'trouble falling asleep',
    'i cant sleep', 'help me sleep', 'insomnia', 'i lie awake for hours', 'i wake up at 3am every night', 'sleep routine', 'tips for sleeping better',
    'cant switch my brain off in bed', 'im exhausted but cant fall asleep', 'bedtime routine',
    'no puedo dormir', 'ayudame a dormir', 'insomnio', 'me despierto por la noche', 'dormir mejor', 'no consigo dormirme', 'que hago para dormir', 'no descanso',
    // Written blind by a helper session (2026-12-06), from a brief of what each intent means.
    'cant sleep again, been lying awake since 2am', 'i keep waking up at 4 and cant drop off again', 'help me sleep better', 'insomnia is killing me', 'my sleep is all over the place, any tips', 'takes me hours to fall asleep every night', 'knackered all day because i sleep so badly', 'no puedo dormir', 'me despierto a las 3 y ya no me vuelvo a dormir', 'tengo insomnio, ayúdame', 'llevo semanas durmiendo fatal', 'tardo horas en quedarme dormido',
  ],
  show_thought_records: [
    'read back what i wrote', 'can i see the thought stuff i wrote', 'where do my saved thoughts go', 'ensename los pensamientos que apunte', 'puedo ver lo que escribi', 'look at my previous thought records',
    'show my thought records', 'see my past thought records', 'list my records', 'what did i write last time', 'my old thought records',
    'ver mis registros', 'mis registros de pensamientos', 'ensename lo que escribi', 'mis registros anteriores',
    // Written blind by a helper session (2026-12-06), from a brief of what each intent means.
    'show me the thought records i did before', 'can i see the thought record i wrote last week', 'i want to look back at my old records', 'where are my past thought records', 'pull up my previous entries about work', 'let me reread the balanced thoughts i came up with', 'view saved thought records', 'quiero ver mis registros de pensamientos anteriores', 'enséñame el registro que escribí la semana pasada', 'dónde están mis registros guardados', 'quiero repasar los pensamientos que anoté antes', 'muéstrame mis registros viejos',
  ],
  done: [
    'gotta go my bus is here', 'thats enough for tonight talk tomorrow', 'thats me sorted ta', 'im good ttyl', 'lo dejo aqui por hoy', 'me tengo que ir luego hablamos', 'ya me voy', 'nos vemos manana',
    'done for now', 'bye', 'thats all', 'nothing else thanks', 'im done for today', 'talk later', 'goodnight',
    'nada mas', 'eso es todo', 'adios', 'hasta luego', 'ya esta por hoy',
    // Written blind by a helper session (2026-12-06), from a brief of what each intent means.
    'thats all for now thanks', 'ok im off, bye', 'gotta go, talk later', "i'm done for today", 'cheers, that helped, logging off', 'no more for now', 'night night', 'eso es todo por ahora, gracias', 'me voy, hasta luego', 'ya terminé por hoy', 'chao, nos vemos', 'vale, lo dejo aquí',
  ],
} as const;

export type IntentId = keyof typeof INTENT_EXAMPLES;
