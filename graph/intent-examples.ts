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
  ],
  grounding: [
    'everything feels unreal', 'i feel disconnected from my body', 'like im watching myself from outside', 'get me back to the here and now', 'estoy disociando', 'todo se siente irreal', 'ando como ida', 'regresar al presente', 'volver a tierra', 'cinco cosas que veo cuatro que toco', 'name five things i can see',
    'grounding', '5 4 3 2 1', 'the five senses exercise', 'i feel spaced out', 'i feel unreal like im not here', 'bring me back to the present',
    'i feel detached from everything', 'i keep zoning out', 'my mind is all over the place help me focus on now', 'dissociating',
    'anclaje', 'el ejercicio de los cinco sentidos', 'me siento desconectado', 'siento que no estoy aqui', 'volver al presente', 'estoy como ido',
  ],
  mood: [
    'note down that im a 4 out of 10 today', 'can you record how i feel', 'track my mood this week', 'quiero registrar como me siento hoy del uno al diez', 'apunta que hoy estoy en un 5',
    'mood check in', 'log my mood', 'rate my mood', 'i want to track how i feel today', 'record my mood', 'how am i doing today check in',
    'can i tell you how im feeling', 'mood diary', 'update my mood',
    'registrar mi animo', 'quiero apuntar como me siento', 'revisar mi estado de animo', 'como estoy hoy', 'anotar mi animo del dia',
  ],
  thought_record: [
    'the columns worksheet situation feelings evidence', 'help me pick apart a thought', 'i think im a total failure and it wont go away', 'a thought that im not good enough', 'quiero analizar un pensamiento', 'la hoja de las columnas', 'pienso que todos me juzgan y quiero revisarlo', 'write down what went through my head',
    'thought record', 'can we do a thought record', 'i want to challenge a thought', 'help me work through a negative thought',
    'i keep thinking im useless can we look at that', 'my therapist said to write down my thoughts', 'the thoughts worksheet', 'the worksheet thing',
    'the thoughts one', 'a thought keeps bugging me', 'i cant shake this thought', 'look at the evidence for my thought', 'unhelpful thoughts exercise',
    'registro de pensamientos', 'quiero trabajar un pensamiento', 'tengo un pensamiento que no me deja', 'mi terapeuta me dijo que apuntara mis pensamientos',
    'la hoja de los pensamientos', 'cuestionar un pensamiento negativo', 'pienso que soy un fracaso y quiero revisarlo',
  ],
  activation: [
    'cant get off the sofa need a push', 'zero motivation and an empty weekend', 'one small thing to get me moving', 'help me fill my day with something', 'no salgo de la cama', 'necesito un empujon para hacer algo', 'algo pequeno que pueda hacer hoy', 'mi fin de semana esta vacio',
    'plan an activity', 'help me plan something small for tomorrow', 'schedule something nice to do', 'behavioural activation',
    'i have no motivation to do anything', 'i stay in bed all day help me get going', 'plan my week with some activities', 'the planning thing',
    'something to do to feel better', 'help me get out of the house', 'i need a plan for the weekend', 'i want to do more things i enjoy',
    'activacion conductual', 'planear una actividad', 'ayudame a planear algo para manana', 'no tengo ganas de hacer nada', 'me paso el dia en la cama',
    'organizar mi semana con actividades', 'quiero hacer algo que me guste', 'programar algo agradable',
  ],
  problem_solving: [
    'rent is due and im short of money what do i do', 'three deadlines and i need a plan', 'help me think it through step by step', 'decide whether to take the new job', 'my flatmate keeps leaving a mess and i dont know how to bring it up', 'no me alcanza el dinero', 'tengo que decidir si cambio de trabajo', 'me pelee con mi hermana y quiero pensar que hacer', 'ver opciones para un problema', 'un problema con mi familia paso a paso',
    'solve a problem', 'problem solving', 'help me work out what to do about money', 'i have a decision to make', 'i dont know what to do about my landlord',
    'too much to do and i dont know where to start', 'help me sort out a problem step by step', 'i need to fix a situation at work',
    'i have an argument with my partner to sort out', 'debts are piling up',
    'resolver un problema', 'tengo que tomar una decision', 'no se que hacer con mi jefe', 'tengo un problema con el dinero', 'ayudame a organizar un problema paso a paso',
    'tengo demasiadas cosas y no se por donde empezar',
  ],
  worry_time: [
    'can i park my worries somewhere', 'postpone these anxious thoughts till later', 'my brain keeps going over what could go wrong', 'what if this what if that', 'dejar lo que me angustia para despues', 'y si pasa esto y si pasa lo otro', 'la cabeza dandole vueltas', 'apartar las preocupaciones para mas tarde',
    'worry time', 'i cant stop worrying', 'i worry about everything all day', 'my worries keep going round and round', 'postpone my worries',
    'schedule a worry period', 'what if thoughts all the time', 'im worried sick about tomorrow', 'i keep overthinking',
    'tiempo de preocupacion', 'no paro de preocuparme', 'me preocupo por todo', 'le doy vueltas a todo', 'no puedo dejar de pensar en lo que puede pasar',
    'aplazar mis preocupaciones',
  ],
  safety_plan: [
    'where is the plan with my warning signs and who to call', 'the plan we made with my warning signs', 'ensename el plan con mis senales de alerta', 'my crisis plan with the people i can call',
    'safety plan', 'my safety plan', 'show my safety plan', 'update my safety plan', 'make a crisis plan', 'what was on my safety plan',
    'the plan for when things get bad',
    'plan de seguridad', 'mi plan de seguridad', 'ver mi plan de seguridad', 'actualizar mi plan', 'hacer un plan para las crisis',
  ],
  questionnaire: [
    'redo the phq', 'is there a quiz to see how anxious i am', 'assess my anxiety with a standard form', 'hay alguna prueba para saber que tan deprimido estoy', 'el cuestionario de ansiedad', 'test de ansiedad', 'score my depression',
    'questionnaire', 'phq9', 'gad7', 'depression questionnaire', 'anxiety test', 'can i do the depression quiz', 'the questions my therapist uses to score me',
    'check my depression score', 'mood survey',
    'cuestionario', 'el test de depresion', 'las preguntas de ansiedad', 'quiero hacer el cuestionario', 'medir mi depresion',
  ],
  resources: [
    'whats the samaritans number', 'is there a text line i can use', 'emergency contacts list', 'a que numero puedo llamar si necesito ayuda urgente', 'hay alguna linea para hablar con alguien de noche', 'numero de la linea de la vida', 'crisis text line', 'someone to talk to when my therapist isnt around',
    'crisis numbers', 'helpline', 'who can i call', 'what number do i call in an emergency', 'crisis resources', 'phone numbers for help',
    'is there someone i can talk to at night', 'hotline number',
    'recursos de crisis', 'telefonos de ayuda', 'a quien puedo llamar', 'numero de emergencia', 'linea de ayuda',
  ],
  learn: [
    'something to read about depression', 'tienes algo para leer sobre el pensamiento catastrofista', 'explain why depression makes everything hard', 'articulo sobre la ansiedad', 'read about panic attacks', 'information about avoidance',
    'learn about cbt', 'what is cbt', 'explain thinking traps', 'why do i avoid things', 'how does anxiety work', 'tell me about catastrophising',
    'what is behavioural activation', 'i want to read something helpful', 'teach me something',
    'que es la tcc', 'explicame las trampas de pensamiento', 'por que evito las cosas', 'como funciona la ansiedad', 'quiero leer algo', 'aprender sobre tcc',
  ],
  sleep: [
    'wide awake at 2am again', 'i keep waking at 4 and cant drop off', 'sleep hygiene', 'llevo noches en vela', 'me despierto de madrugada y ya no me duermo', 'insomnia has been awful', 'cant sleep after night shifts', 'no puedo dormir despues del turno de noche', 'trouble falling asleep',
    'i cant sleep', 'help me sleep', 'insomnia', 'i lie awake for hours', 'i wake up at 3am every night', 'sleep routine', 'tips for sleeping better',
    'cant switch my brain off in bed', 'im exhausted but cant fall asleep', 'bedtime routine',
    'no puedo dormir', 'ayudame a dormir', 'insomnio', 'me despierto por la noche', 'dormir mejor', 'no consigo dormirme', 'que hago para dormir', 'no descanso',
  ],
  show_thought_records: [
    'read back what i wrote', 'can i see the thought stuff i wrote', 'where do my saved thoughts go', 'ensename los pensamientos que apunte', 'puedo ver lo que escribi', 'look at my previous thought records',
    'show my thought records', 'see my past thought records', 'list my records', 'what did i write last time', 'my old thought records',
    'ver mis registros', 'mis registros de pensamientos', 'ensename lo que escribi', 'mis registros anteriores',
  ],
  done: [
    'gotta go my bus is here', 'thats enough for tonight talk tomorrow', 'thats me sorted ta', 'im good ttyl', 'lo dejo aqui por hoy', 'me tengo que ir luego hablamos', 'ya me voy', 'nos vemos manana',
    'done for now', 'bye', 'thats all', 'nothing else thanks', 'im done for today', 'talk later', 'goodnight',
    'nada mas', 'eso es todo', 'adios', 'hasta luego', 'ya esta por hoy',
  ],
} as const;

export type IntentId = keyof typeof INTENT_EXAMPLES;
