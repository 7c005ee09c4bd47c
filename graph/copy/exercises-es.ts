import type { Copy } from './en.js';

/**
 * Spanish copy for the exercises (same shape as the English): tuteo, neutral between Spain and
 * Latin America (no vosotros, no regional words such as coche/carro, enfado/enojo), present tense
 * where Spain and Latin America differ on the past.
 */
export const exercisesEs: Copy['exercises'] = {
  controls: 'Puedes escribir "atrás" o "me salto esta" en cualquier momento, o "menú" para salir.',
  gotIt: 'Entendido, lo anoto.',

  when: {
    today: 'hoy',
    tomorrow: 'mañana',
    now: 'ahora mismo',
    parts: { morning: 'mañana', afternoon: 'tarde', evening: 'tarde', night: 'noche' },
    weekday: (name) => `el ${name}`,
    dayTime: (day, time) => `${day} ${atHour(time)}`,
    dayPart: (day, part) => (day === 'hoy' ? `esta ${part}` : `${day} por la ${part}`),
    askTimeOn: (day) => `¿A qué hora ${day}, más o menos? Por ejemplo "a las 10" o "por la tarde".`,
    again: 'Perdona, no consigo leer ahí un día y una hora. ¿Puedes probar con algo como "hoy a las 18:00", "el domingo a las 10" o "mañana por la tarde"?',
    past: 'Hoy ya es más tarde que esa hora. ¿En qué otro momento podrías hacerlo?',
  },

  thoughtRecord: {
    intro: 'Hagamos un registro de pensamientos: una forma de ir más despacio con un pensamiento y mirarlo desde todos los ángulos.',
    resume: 'Sigamos con tu registro de pensamientos donde lo dejamos.',
    situation: '¿Cuál fue la situación? ¿Qué pasó, dónde y cuándo? Con una o dos frases basta.',
    thought: '¿Qué se te pasó por la cabeza en ese momento? Si hubo varios pensamientos, elige el que más te afecta: el "pensamiento caliente".',
    emotions: '¿Qué sentiste cuando pensaste eso? Nombra la emoción y su intensidad, de 0 a 100. Por ejemplo: "ansiedad 80, tristeza 40".',
    emotionsHelp:
      'No pasa nada, a veces cuesta ponerle nombre. Algunas comunes: ansiedad, tristeza, rabia, vergüenza, culpa, dolor, soledad. ¿Cuál se acerca más, y con qué intensidad, de 0 a 100?',
    rateOne: (feeling) => `¿Y con qué intensidad sentiste ${feeling}, de 0 a 100?`,
    rateMany: '¿Y con qué intensidad sentiste cada una, de 0 a 100? Por ejemplo: "70, 40".',
    thatFeeling: 'esa emoción',
    feelingNotThought: 'Eso suena a cómo te sentiste: a las emociones llegamos justo después. Antes, ¿cuál fue el pensamiento, las palabras que se te pasaron por la cabeza? Por ejemplo: "les estoy fallando a todos".',
    evidenceFor: (thought) => `¿Qué hace que ${thought} parezca cierto? Quédate con los hechos, lo que podría grabar una cámara.`,
    thatThought: 'ese pensamiento',
    evidenceAgainst: '¿Y qué no encaja con él? Cualquier cosa que indique que no es toda la historia: hechos, veces en que no fue así, lo que le dirías a una amistad.',
    traps: 'Las trampas de pensamiento son patrones comunes que hacen que un pensamiento parezca más cierto de lo que es. ¿Encaja alguna? Responde con números (como "2, 5"), "explica" para ver qué significan, o "ninguna".',
    trapsAgain: 'Responde con los números que encajen, como "3" o "2, 5". O escribe "explica" para ver qué significan, o "ninguna".',
    trapsExplained: '¿Encaja alguna con tu pensamiento? Responde con números, o "ninguna".',
    trapsFit: '¿Encaja? Responde "sí", otros números o "ninguna".',
    explainLabel: 'Explícamelas',
    noneLabel: 'Ninguna',
    explainWords: ['explica', 'explicame', 'explicamelas', 'explicalas', 'que es', 'que son', 'que significa', 'que significan', 'significa', 'significan', 'no entiendo', 'ayuda', 'cual es'],
    trapsNoted: (names) => `${names}. Ponerle nombre a la trampa puede ayudar a tomar distancia del pensamiento.`,
    balanced: 'Teniendo todo eso en cuenta, ¿cuál sería una forma más equilibrada de verlo? No tiene que ser positiva, solo justa con todos los hechos.',
    rerateOne: (feeling) => `Al leerlo ahora, ¿con qué intensidad sientes ${feeling}, de 0 a 100?`,
    rerateMany: (before) => `Al leerlo ahora, ¿con qué intensidad sientes cada emoción, de 0 a 100? Antes era: ${before}.`,
    rerateAgain: 'Basta con un número del 0 al 100, o "me salto esta".',
    summaryTitle: 'Este es tu registro de pensamientos:',
    labels: {
      situation: 'Situación',
      thought: 'Pensamiento',
      emotions: 'Emociones',
      evidenceFor: 'A favor',
      evidenceAgainst: 'En contra',
      traps: 'Trampas de pensamiento',
      balanced: 'Pensamiento equilibrado',
    },
    shift: (before, after) => `${before}, ahora ${after}`,
    closeLower: (before, after) =>
      `Buen trabajo. La emoción bajó de ${before} a ${after}: mirar un pensamiento desde todos los ángulos puede quitarle algo de fuerza.`,
    closeSame:
      'Buen trabajo. Si la emoción no cambia mucho, no pasa nada: a menudo hacen falta varios intentos, y darte cuenta del pensamiento ya es un paso.',
    close: 'Buen trabajo. Con la práctica se hace más fácil y, si te ayuda, puedes llevar este registro a tu próxima sesión.',
  },

  traps: {
    all_or_nothing: { name: 'Todo o nada', explain: 'ver las cosas en blanco o negro: si no es perfecto, es un fracaso.' },
    catastrophising: { name: 'Catastrofizar', explain: 'saltar a lo peor que podría pasar.' },
    mind_reading: { name: 'Leer la mente', explain: 'dar por hecho que sabes lo que otras personas piensan de ti.' },
    fortune_telling: { name: 'Adivinar el futuro', explain: 'predecir que saldrá mal como si lo supieras con certeza.' },
    overgeneralising: { name: 'Generalizar', explain: 'un mal momento se convierte en "siempre" o "nunca".' },
    labelling: { name: 'Etiquetar', explain: 'ponerte una etiqueta ("soy un desastre") en vez de describir lo que pasó.' },
    should_statements: { name: 'Los "debería"', explain: 'reglas rígidas sobre cómo tú u otras personas "deberían" ser.' },
    discounting_positive: { name: 'Descartar lo positivo', explain: 'lo bueno "no cuenta" o fue pura suerte.' },
    emotional_reasoning: { name: 'Razonamiento emocional', explain: '"lo siento así, así que debe ser verdad".' },
    personalising: { name: 'Personalizar', explain: 'culparte de cosas que no dependían solo de ti.' },
  },

  trapWords: {
    all_or_nothing: ['todo o nada', 'blanco o negro', 'blanco y negro', 'perfeccionismo', 'all or nothing'],
    catastrophising: ['catastrofizar', 'catastrofizando', 'catastrofico', 'catastrofica', 'catastrofe', 'catastrofismo', 'lo peor'],
    mind_reading: ['leer la mente', 'lectura de mente', 'lectura de la mente', 'leer mentes'],
    fortune_telling: ['adivinar el futuro', 'adivinacion', 'adivinar', 'predecir'],
    overgeneralising: ['generalizar', 'generalizacion', 'sobregeneralizar', 'sobregeneralizacion'],
    labelling: ['etiquetar', 'etiqueta', 'etiquetas', 'etiquetarme'],
    should_statements: ['deberia', 'deberias', 'los deberia', 'tendria que', 'tengo que'],
    discounting_positive: ['descartar lo positivo', 'descartar', 'minimizar lo positivo', 'quitarle valor'],
    emotional_reasoning: ['razonamiento emocional'],
    personalising: ['personalizar', 'personalizacion', 'culparme', 'me culpo'],
  },

  activation: {
    intro:
      'Planeemos una actividad. Cuando el ánimo está bajo, solemos hacer menos, y hacer menos tiende a mantener el ánimo bajo. Las actividades pequeñas que te importan pueden ayudar a romper ese círculo, paso a paso.',
    resume: 'Sigamos con tu plan de actividad donde lo dejamos.',
    area: '¿En qué área te gustaría centrarte? Responde con un número o con tus palabras.',
    areas: {
      connection: { label: 'Conexión', hint: 'tiempo con otras personas' },
      enjoyment: { label: 'Disfrute', hint: 'algo agradable o que te calme' },
      achievement: { label: 'Logro', hint: 'sacar algo adelante' },
      selfCare: { label: 'Autocuidado', hint: 'cuidar tu cuerpo y tu mente' },
      values: { label: 'Valores', hint: 'lo que te importa' },
    },
    areaWords: {
      connection: ['conexion', 'conectar', 'gente', 'personas', 'amigos', 'amigas', 'familia', 'social', 'alguien', 'pareja'],
      enjoyment: ['disfrute', 'disfrutar', 'diversion', 'divertirme', 'placer', 'hobby', 'pasatiempo', 'relajarme'],
      achievement: ['logro', 'lograr', 'sacar algo adelante', 'tareas', 'pendientes', 'productivo', 'productiva', 'cumplir'],
      selfCare: ['autocuidado', 'cuidarme', 'cuidado', 'salud', 'cuerpo', 'dormir', 'ejercicio', 'descanso'],
      values: ['valores', 'valor', 'lo que me importa', 'importa', 'sentido', 'proposito'],
    },
    activity: {
      connection: '¿Qué es una cosa pequeña y concreta que podrías hacer? Por ejemplo "escribirle a Ana para ver cómo está" o "llamar a mi mamá 10 minutos".',
      enjoyment: '¿Qué es una cosa pequeña y concreta que podrías hacer? Por ejemplo "escuchar un disco que me encanta" o "preparar algo sencillo de comer".',
      achievement: '¿Qué es una cosa pequeña y concreta que podrías hacer? Por ejemplo "despejar la mesa" o "responder un correo que llevo días evitando".',
      selfCare: '¿Qué es una cosa pequeña y concreta que podrías hacer? Por ejemplo "caminar 15 minutos por el barrio" o "ducharme y ponerme ropa limpia".',
      values: '¿Qué es una cosa pequeña y concreta que podrías hacer? Por ejemplo "leerles un cuento a mis hijos" o "apuntarme a un turno de voluntariado".',
      other: '¿Qué es una cosa pequeña y concreta que podrías hacer? Algo que puedas hacer incluso en un día bajo, como "caminar 10 minutos" o "escribirle a alguien".',
    },
    activityRequired: 'Esa es la parte central del plan, así que mejor no saltarla. Hasta algo muy pequeño cuenta, como tomarte un té junto a la ventana.',
    when: '¿Cuándo lo harás? Un día y una hora, como "mañana a las 17:00" o "el sábado por la mañana".',
    likely: '¿Qué probabilidad hay de que lo hagas, de 0 a 10? ¿Y hay algo que podría interponerse? (Puedes escribir "me salto esta".)',
    plan: (when, activity) => `Tu plan: ${when}: ${activity}.`,
    planNote: (when, activity) => `Tu plan: ${activity} (cuándo: ${when}).`,
    planOnly: (activity) => `Tu plan: ${activity}.`,
    smaller: 'Si lo ves poco probable, está bien hacerlo más pequeño, por ejemplo 10 minutos en lugar de 30. Un paso pequeño que das vale más que uno grande que no das.',
    obstacle: 'Puede ayudar decidir ahora qué harás si eso se interpone.',
    close: 'La próxima vez que hablemos, cuéntame cómo te fue. Hacer aunque sea una parte cuenta.',
    closeFollowUp: (when) => `Te preguntaré cómo te fue ${when}. Hacer aunque sea una parte cuenta.`,
  },

  review: {
    ask: (activity, when) => `Hola, un breve seguimiento. Tenías planeado: ${activity} (${when}). ¿Pudiste hacerlo?`,
    partlyLabel: 'En parte',
    askAgain: '¿Lo hiciste? Con "sí", "en parte" o "no" basta.',
    before: 'Bien hecho. ¿Cómo estaba tu ánimo justo antes, de 0 (muy bajo) a 10 (muy bien)?',
    beforePartly: 'Hacer una parte también cuenta. ¿Cómo estaba tu ánimo justo antes, de 0 (muy bajo) a 10 (muy bien)?',
    after: '¿Y cómo estaba después, de 0 a 10?',
    up: (before, after) => `Tu ánimo pasó de ${before} a ${after}. Vale la pena recordarlo: hacerlo te ayudó.`,
    same: (mood) => `Tu ánimo se quedó alrededor de ${mood}. Está bien: a menudo la mejora llega después, o tras hacerlo varias veces.`,
    down: (before, after) => `Tu ánimo pasó de ${before} a ${after}. Eso pasa, y es útil saberlo. La próxima vez podrías probar algo más pequeño o distinto.`,
    noRatings: 'Gracias por contármelo. Lo que cuenta es que lo hiciste.',
    next: '¿Quieres planear la siguiente?',
    planNext: 'Planear otra',
    obstacle: 'No pasa nada: los planes a menudo se caen, y ver por qué ayuda. ¿Qué se interpuso?',
    again: 'Gracias por contármelo. ¿Quieres intentarlo de nuevo en otro momento?',
    notAgain: 'De acuerdo. Sigue en tu lista si cambias de idea, y puedes planear algo nuevo cuando quieras.',
    missed: 'De acuerdo, lo dejamos aquí. Puedes contarme cómo te fue cuando quieras.',
  },

  thinkingTraps: {
    intro: 'Veamos un pensamiento y detectemos las trampas de pensamiento que tiene. Ponerle nombre a una trampa ayuda a tomar distancia del pensamiento.',
    resume: (thought) => `Sigamos con el pensamiento: ${thought}`,
    resumePlain: 'Sigamos detectando trampas de pensamiento.',
    thought: '¿Cuál es el pensamiento? Escríbelo tal como te pasa por la cabeza, en una frase, como "todo me sale mal".',
    thoughtRequired: 'Primero anotemos el pensamiento, con tus palabras: todo lo demás parte de ahí.',
    pick: '¿Con cuáles de estas encaja? Responde con números (como "2, 5"), o "no sé".',
    pickAgain: 'Responde con uno o varios números de la lista, como "3" o "1, 6", o escribe "no sé" y te sugiero las más probables.',
    picked: (names) => `${names}. Buena observación.`,
    suggest: (list) => `Por cómo está dicho, podría encajar con:\n${list}\n¿Te parece que sí?`,
    noTrap: 'Está bien: no todo pensamiento cae en una trampa. ¿Hay una forma más justa o más amable de decirlo, aunque sea un poco?',
    question: (trap, question) => `Una pregunta para "${trap}": ${question}`,
    loosen: {
      all_or_nothing: '¿Dónde quedaría de verdad en una escala del 0 al 100, en lugar de todo o nada?',
      catastrophising: '¿Qué es lo más probable, no solo lo peor? Y si pasara lo peor, ¿cómo lo afrontarías?',
      mind_reading: '¿Qué sabes de verdad que piensan y qué estás suponiendo? ¿Hay otra explicación?',
      fortune_telling: '¿Qué tan seguro puedes estar? ¿Qué pasó las últimas veces que predijiste esto?',
      overgeneralising: '¿Recuerdas una vez en que fue distinto? ¿Es de verdad "siempre" o "nunca"?',
      labelling: '¿Qué hiciste en realidad, descrito sin la etiqueta? ¿Le dirías eso a un amigo por lo mismo?',
      should_statements: '¿De quién es esa regla? ¿Qué pasa si cambias "debería" por "me gustaría"?',
      discounting_positive: 'Si un amigo hiciera lo mismo, ¿dirías que "no cuenta"? ¿Qué pusiste tú?',
      emotional_reasoning: 'Las emociones son reales, pero ¿son hechos? ¿Qué dirían solo los hechos?',
      personalising: '¿Qué más influyó? Si dibujaras un pastel con todo lo que lo causó, ¿qué tan grande sería tu parte?',
    },
    thanks: 'Gracias. Poner esa pregunta frente al pensamiento es justo la habilidad.',
    fairer: 'Ahora, ¿una forma más justa de decir el pensamiento? No tiene que ser positiva, solo justa con los hechos.',
    summaryThought: (thought) => `Pensamiento: ${thought}`,
    summaryTraps: (names) => `Trampas de pensamiento: ${names}`,
    summaryFairer: (fairer) => `Una versión más justa: ${fairer}`,
    close: 'Muy bien. Cuanto más detectas las trampas, antes las notas en el momento. Un registro de pensamientos va más a fondo cuando un pensamiento vuelve una y otra vez.',
  },

  windDown: {
    intro: 'Planeemos cómo desconectar esta noche. Una rutina estable y unas pocas reglas sobre la cama son lo que más ayuda a dormir, más que cualquier truco.',
    resume: 'Sigamos con tu plan para desconectar esta noche donde lo dejamos.',
    bed: '¿A qué hora te gustaría estar en la cama esta noche? (Si trabajas de noche, tu hora de dormir vale, sea cual sea.)',
    wake: '¿Y a qué hora te vas a levantar? Mantenerla igual todos los días, también los de descanso, es lo que más ayuda.',
    timeAgain: 'Perdona, no pude leer eso como una hora. Algo como "11 de la noche" o "23:00" basta, o escribe "me salto esta".',
    routine: 'Elige dos o tres cosas para la última hora antes de dormir (números, o una idea tuya):',
    options: {
      dim: 'bajar las luces',
      screens: 'dejar el celular y las pantallas lejos',
      shower: 'un baño o una ducha tibia',
      read: 'leer algo ligero',
      write: 'anotar los pendientes o las preocupaciones de mañana',
      breathe: 'respiración lenta o un recorrido por el cuerpo',
      drink: 'una bebida caliente sin cafeína',
    },
    rules:
      'Una cosa más, la que más ayuda: usa la cama solo para dormir. Si llevas unos 20 minutos despierto en la cama y te frustras, levántate, haz algo tranquilo con poca luz y vuelve cuando tengas sueño. No mires la hora. ¿Lo intentarás esta noche?',
    planTitle: 'Tu plan para esta noche:',
    planFrom: (time, routine) => `Desde las ${time}: ${routine}.`,
    planHour: (routine) => `En la última hora antes de dormir: ${routine}.`,
    planTimes: (bed, wake) => `A la cama a las ${bed}, arriba a las ${wake}, también los días de descanso.`,
    planWake: (wake) => `Arriba a las ${wake} todos los días, también los de descanso.`,
    planBed: (bed) => `A la cama a las ${bed}.`,
    planAwake: '¿Despierto y frustrado unos 20 minutos? Levántate, algo tranquilo con poca luz, y de vuelta a la cama cuando tengas sueño.',
    close: 'Suerte esta noche. A menudo hacen falta una o dos semanas de constancia para que el sueño se asiente, así que una o dos malas noches son normales.',
    closeUnsure: 'Está bien: intentar aunque sea una parte ayuda. A menudo hacen falta una o dos semanas para que el sueño se asiente.',
  },

  labels: { thinking_traps: 'Detectar trampas de pensamiento', sleep_wind_down: 'Rutina para desconectar antes de dormir' },

  moodAfter: {
    now: 'Una pregunta rápida: ¿cómo está tu ánimo ahora, de 0 (muy bajo) a 10 (muy bien)?',
    both: 'Una pregunta rápida: ¿cómo estaba tu ánimo antes de empezar, y cómo está ahora? Dos números del 0 al 10, como "4 y 6".',
    up: (name, before, after) => `De ${before} a ${after} después ${name.startsWith('el ') ? `del ${name.slice(3)}` : `de ${name}`}. Vale la pena anotarlo: con algunas más verás qué te ayuda más.`,
    same: (mood) => `Estable en ${mood}. No todos los ejercicios cambian el ánimo cada vez, y practicar igual fortalece la habilidad.`,
    down: (before, after) => `De ${before} a ${after}. Gracias por tu sinceridad: es útil saberlo, y quizá otro ejercicio te vaya mejor la próxima vez.`,
    noted: 'Gracias, lo anoto.',
    number: 'Gracias por contarme. ¿Y tu ánimo ahora, en número del 0 al 10? (O "me salto esta".)',
    question: 'Sobre tu pregunta: eso no lo puedo responder, lo siento.',
    names: { breathing: 'la respiración', grounding: 'el anclaje', thought_record: 'un registro de pensamientos', problem_solving: 'resolver problemas paso a paso', worry_time: 'el tiempo de preocupación', thinking_traps: 'detectar trampas de pensamiento' },
  },

  whatHelps: {
    helped: (list) => `Según tus propias respuestas, esto es lo que más te ha ayudado: ${list}. ¿Quieres hacer uno ahora?`,
    item: (name, mean, uses) => `${name} (tu ánimo subió ${mean} en promedio, ${uses} veces)`,
    none: 'Todavía no sé qué te ayuda más: después de cada ejercicio te preguntaré cómo está tu ánimo, y así podré decírtelo. Estos son buenos para empezar:',
    early: (list) => `Según tus respuestas hasta ahora: ${list}. Un intento de cada uno es poco para estar seguros, pero estos serían un buen comienzo:`,
    earlyItem: (name, before, after) => `${name} (de ${before} a ${after})`,
    others: 'O uno de estos:',
  },

  plans: {
    none: 'Ahora mismo no tienes actividades planeadas conmigo. ¿Quieres planear una?',
    title: (n) => (n === 1 ? 'Este es tu plan:' : `Estos son tus ${n} planes, del más próximo al más lejano:`),
    line: (n, when, activity) => `${n}. ${when}: ${activity}`,
    lineNoTime: (n, activity) => `${n}. ${activity}`,
    after: 'Para quitar uno, escribe "quitar plan" y su número. También puedes planear uno nuevo.',
    reminder: 'No te mando un recordatorio antes, pero una hora después de cada uno te escribiré para preguntarte cómo te fue.',
    cancelled: (activity) => `Hecho, ya no está en tu lista: ${activity}. No te preguntaré por él.`,
    whichOne: (n) => `¿Cuál? Escribe "quitar plan" y un número del 1 al ${n}.`,
  },

  problemSolving: {
    intro: 'Vamos a trabajar un problema paso a paso: ponerlo en una frase, buscar opciones, valorarlas y planear un primer paso.',
    resume: 'Sigamos con el problema que estábamos trabajando, donde lo dejamos.',
    problem: 'En una frase, ¿cuál es el problema? Cuanto más concreto, mejor, como "no sé cómo decirle a mi jefa que necesito un día libre".',
    confirmProblem: (problem) => `¿Trabajamos este problema? ${problem}\nResponde "sí" o cuéntalo con tus palabras.`,
    problemRequired: 'Primero pongamos el problema por escrito, aunque sea a grandes rasgos: todo lo demás parte de ahí.',
    options: 'Ahora, una lluvia de ideas. Todo vale, incluso lo que parezca absurdo o imposible: ya las valoraremos después. Envía una o varias (una por línea) y "listo" cuando termines.',
    optionsMore: (n) => `Entendido, llevamos ${n} ${n === 1 ? 'opción' : 'opciones'}. ¿Alguna más? Escribe "listo" cuando termines.`,
    optionsNeedOne: 'Anotemos al menos una, aunque sea a medias. ¿Qué es algo que podrías hacer?',
    optionsFull: (n) => `Ya tienes ${n} opciones, suficientes para trabajar.`,
    doneWords: ['listo', 'lista', 'ya', 'ya esta', 'nada mas', 'eso es todo', 'es todo', 'no', 'no se me ocurre nada mas', 'no se me ocurren mas', 'termine', 'ninguna mas', 'ya no', 'done', 'thats it', 'thats all', 'no more ideas'],
    doneLabel: 'Listo',
    top: '¿Cuáles te parecen más prometedoras? Elige una o dos y responde con sus números.',
    topAgain: 'Responde con uno o dos números de la lista, como "2" o "1, 3".',
    pros: (option) => `¿Qué tiene de bueno ${option}? ¿En qué podría ayudarte?`,
    cons: (option) => `¿Y qué tiene de malo ${option}? ¿Qué podría costar o salir mal?`,
    optionN: (n) => `la opción ${n}`,
    choose: 'Viendo todo eso, ¿cuál probarás primero?',
    chooseAgain: (first, second) => `Responde ${second ? `${first} o ${second}` : first}, la que probarías primero.`,
    chosen: (option) => `Vamos con ${option}.`,
    firstStep: '¿Cuál es el primer paso, el más pequeño? Algo que puedas hacer en 10 o 15 minutos, como enviar un mensaje o buscar un número.',
    firstStepRequired: 'Busquemos un primer paso, por pequeño que sea: es lo que convierte una opción en un plan.',
    when: '¿Cuándo darás ese primer paso? Un día y una hora, como "mañana a las 9" o "el lunes al salir del trabajo".',
    summaryTitle: 'Tu plan:',
    labels: { problem: 'Problema', option: 'Opción', firstStep: 'Primer paso', when: 'Cuándo' },
    close: 'Si no sale bien, eso también es información útil, no un fracaso: puedes volver y probar otra opción. La próxima vez que hablemos, cuéntame cómo te fue.',
    prosLabels: ['pros', 'pro', 'ventajas', 'ventaja', 'lo bueno', 'bueno', 'a favor', 'good', 'for'],
    consLabels: ['contras', 'contra', 'desventajas', 'desventaja', 'lo malo', 'malo', 'en contra', 'riesgos', 'cons', 'bad', 'against'],
  },

  worryTime: {
    intro:
      'Vamos a preparar un tiempo para la preocupación. Las preocupaciones pueden ocupar todo el día. La idea: darles un rato corto cada día y, cuando aparezca una en otro momento, anotarla y guardarla para entonces. Muchas se ven más pequeñas cuando llega su momento.',
    resume: 'Sigamos preparando tu tiempo para la preocupación donde lo dejamos.',
    slot: '¿Cuándo podrían ser cada día tus 15 a 20 minutos de tiempo para la preocupación? Elige una hora en que sueles estar libre y que no esté cerca de la hora de dormir, como "a las 18:00".',
    slotAgain: 'Perdona, no consigo leer una hora ahí. ¿Me das una hora del día, como "a las 18:00" o "a las 6 de la tarde"?',
    slotClock: '¿Más o menos a qué hora? Por ejemplo "a las 18:00" o "a las 17:30".',
    slotRequired: 'La hora es lo central del tiempo para la preocupación, así que elijamos una, aunque sea aproximada. Siempre puedes volver a prepararlo otro día.',
    theSlot: 'tu tiempo para la preocupación',
    late: (time) =>
      `Las ${time} es una hora cercana a la de dormir para mucha gente, y preocuparse entonces puede quitar el sueño. ¿Podrías elegir una hora más temprana, como al final de la tarde? O escribe "mantener" para quedarte con las ${time}.`,
    keepLabel: (time) => `Mantener las ${time}`,
    keepWords: ['mantener', 'mantenerla', 'mantener la hora', 'dejala', 'esta bien', 'si', 'vale', 'ok', 'keep', 'keep it', 'yes', 'fine'],
    postpone: (time) =>
      `Cuando aparezca una preocupación fuera de ese rato, anótala en una o dos palabras (una nota en el teléfono sirve), dite "ahora no, ${atHour(time, 'en')}" y vuelve a lo que estabas haciendo.`,
    atWorryTime: 'En tu tiempo para la preocupación, repasa la lista: piensa cada una a fondo o busca cómo resolverla. Cuando se acabe el tiempo, deja la lista, aunque no hayas terminado.',
    park: '¿Hay alguna preocupación rondándote ahora que puedas dejar para ese momento? Escríbela en una o dos palabras, o responde "no".',
    noLabel: 'No, nada ahora',
    parked: (worry, time) => `Guardada para luego: ${worry}. Si vuelve antes ${beforeHour(time)}, date cuenta y recuérdate que ya tiene su momento.`,
    summary: (time, minutes) => `Tu tiempo para la preocupación: todos los días ${atHour(time)}, durante ${minutes} minutos.`,
    summaryNote: (when) => `Tu tiempo para la preocupación: todos los días, ${when}.`,
    close: 'Al principio puede resultar raro, y suele ser más fácil tras unos días de práctica. La próxima vez que hablemos, cuéntame cómo te fue.',
  },
};

/** "a las 18:00", "a la 1:00"; a phrase instead of a time takes `otherwise` ("en tu tiempo…"). */
function atHour(time: string, otherwise = 'a'): string {
  if (!/^\d/.test(time)) return `${otherwise} ${time}`;
  return /^0?1:/.test(time) ? `a la ${time}` : `a las ${time}`;
}

/** "de las 18:00", "de tu tiempo para la preocupación". */
function beforeHour(time: string): string {
  if (!/^\d/.test(time)) return `de ${time}`;
  return /^0?1:/.test(time) ? `de la ${time}` : `de las ${time}`;
}
