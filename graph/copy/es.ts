import type { Copy } from './en.js';
import { exercisesEs } from './exercises-es.js';
import { questionnairesEs } from './questionnaires-es.js';

/** Dónde queda una puntuación de 4 a 6. */
function medio(n: number): string {
  return Number(n) <= 4 ? 'un poco por debajo de la mitad' : Number(n) >= 6 ? 'un poco por encima de la mitad' : 'más o menos a la mitad';
}

/** Lo que dice el bot, en español (tuteo, neutro entre España y Latinoamérica). */
export const es: Copy = {
  exercises: exercisesEs,
  questionnaires: questionnairesEs,
  defaultClinic: 'tu equipo de atención',
  yes: 'Sí',
  no: 'No',
  notNow: 'Ahora no',
  notSure: 'No estoy seguro/a',
  done: 'Listo',
  next: 'Siguiente',
  menuLabel: 'Menú',
  sorryAbout: (who) => (who ? `Siento mucho lo de tu ${who}.` : 'Siento mucho tu pérdida.'),

  onboarding: {
    intro: (bot, clinic, crisisLine) =>
      `Hola, soy ${bot}, un acompañante automático de TCC (terapia cognitivo-conductual) de ${clinic}. Puedo ayudarte a practicar habilidades entre tus sesiones de terapia. No soy terapeuta ni un servicio de emergencias: si estás en peligro o piensas en hacerte daño, ${crisisLine}.`,
    privacy: (clinic) =>
      `Lo que escribes aquí se guarda de forma segura y solo se comparte con ${clinic} para apoyar tu atención, por ejemplo si me preocupa tu seguridad. Puedes escribir "menú" en cualquier momento.`,
    consent:
      'Una pregunta antes de empezar: ¿puedo darle a tu equipo de atención un breve resumen antes de tus sesiones (tus puntuaciones, los ejercicios que hiciste y algunas de tus propias palabras)? Lo que tenga que ver con tu seguridad les llega de todos modos.',
    yes: 'Sí',
    no: 'No',
    consentYes: 'Gracias.',
    consentNo: 'De acuerdo, sin resúmenes. Lo que tenga que ver con tu seguridad sí les llega a tu equipo, y pueden leer este chat si lo necesitan para tu atención.',
    consentExplain:
      'Unas líneas antes de cada sesión: tus puntuaciones de cuestionarios y de ánimo, qué ejercicios hiciste y un par de frases cortas. Tu equipo puede leer este chat si lo necesita para tu atención, y lo de tu seguridad le llega de todos modos. ¿Te parece bien el resumen?',
    nameNoted: (name) => `Entendido: te llamaré ${name}.`,
    consentAgain: 'Solo un sí o un no: ¿puedo darle a tu equipo un breve resumen de nuestras conversaciones antes de tus sesiones?',
    consentUnclear: 'Por ahora dejo los resúmenes desactivados; di "compartir resúmenes" cuando quieras si los quieres. Lo que tenga que ver con tu seguridad sí les llega a tu equipo.',
    summariesOn: 'Listo: tu equipo recibirá un breve resumen antes de tus sesiones. Di "sin resúmenes" cuando quieras para dejarlos.',
    summariesOff: 'Listo: sin resúmenes. Lo que tenga que ver con tu seguridad sí le llega a tu equipo.',
    offer: '¿Te puedo hacer tres preguntas rápidas para ayudarte mejor: cómo quieres que te llame, con qué te gustaría ayuda y si quieres un mensaje de seguimiento diario?',
    sure: 'Claro',
    notNow: 'Ahora no',
    offerDeclined: 'Sin problema.',
    askName: '¿Cómo quieres que te llame? (O di "paso".)',
    askNameAgain: 'Solo el nombre que quieres que use, como "Sam", o di "paso".',
    askHelp: (name) => `Gracias${name ? `, ${name}` : ''}. ¿Con qué te gustaría más ayuda ahora mismo? Con una frase basta.`,
    askGoals: '¿Y uno o dos objetivos para las próximas semanas? Por ejemplo "dormirme antes de medianoche" o "ver a una amiga una vez por semana".',
    askCheckIn: 'La última: ¿quieres que te escriba cada día para preguntarte cómo estás? Si es así, dime una hora, como "a las 7 de la tarde".',
    askCheckInAgain: 'Solo necesito una hora, como "8 de la mañana" o "7:30 de la tarde", o "no, gracias".',
    noThanks: 'No, gracias',
    noCheckIns: 'De acuerdo, sin mensajes diarios: solo escribiré cuando tú lo hagas.',
    thanks: (name) => `Gracias${name ? `, ${name}` : ''}. Lo he anotado para tu equipo de atención.`,
  },

  checkIns: {
    none: 'No tengo mensajes de seguimiento diarios programados contigo. Si quieres uno, dime una hora, por ejemplo "escríbeme a las 7 de la tarde".',
    off: 'Los mensajes de seguimiento están desactivados: solo escribo cuando tú lo haces. Di "reanuda los recordatorios" para volver a tenerlos.',
    current: (days, time, next) => `Te escribo ${days} a las ${time}. El próximo es ${next}.`,
    pausedNow: (until) => `Los mensajes de seguimiento están en pausa hasta ${until}.`,
    byText: 'Los mensajes de seguimiento te llegan como SMS al teléfono; solo tienes que responder.',
    inChat: 'Los mensajes de seguimiento aparecen aquí en el chat, así que los verás cuando vuelvas a abrirlo; esta página no puede mandarte notificaciones.',
    addNumber: 'Para recibirlos por SMS, añade tu número de teléfono en "Texts", arriba en el chat.',
    noneYet: 'Todavía no hay mensajes de seguimiento diarios (dime una hora si quieres uno, como "escríbeme a las 7 de la tarde").',
    howToChange: 'Puedes decir "pausa los recordatorios una semana", "escríbeme a las 7 de la tarde" o "ya no quiero recordatorios".',
    everyDay: 'todos los días',
    onDays: (names) => `los ${names}`,
    weekdays: 'entre semana',
    paused: (until, time) => `De acuerdo: no te escribiré hasta ${until}. Después volveré a escribirte a las ${time}. Puedes escribirme cuando quieras.`,
    turnedOff: 'De acuerdo, desactivé los mensajes de seguimiento: no te escribiré por mi cuenta. Puedes escribirme cuando quieras, y decir "reanuda los recordatorios" si los quieres de vuelta.',
    resumed: (next) => `Los mensajes de seguimiento vuelven a estar activos. El próximo es ${next}.`,
    moved: (time, next) => `Listo: te escribiré a las ${time} a partir de ahora. El próximo es ${next}.`,
    created: (time, next) => `Listo: te escribiré todos los días a las ${time}. El próximo es ${next}. Di "pausa los recordatorios" o "ya no quiero recordatorios" cuando quieras.`,
    quiet: (time, from, to) => `Las ${time} están dentro de tus horas de descanso (de ${from} a ${to}), cuando no envío mensajes. ¿Puedes elegir una hora desde las ${to} y antes de las ${from}?`,
    quietHours: (from, to) => `Tus horas de descanso son de ${from} a ${to}: en ese horario no envío mensajes. Las configura tu equipo de atención, así que pídeles que las cambien si hace falta (por ejemplo, si trabajas de noche).`,
    pauseFromNow: 'Solo puedo empezar una pausa desde ahora, por ejemplo "pausa los recordatorios 4 días". Dímelo el día que quieras que empiece y la pongo entonces.',
    nothingToPause: 'No hay mensajes de seguimiento que pausar: solo escribo cuando tú lo haces.',
    alreadyOn: (next) => `Los mensajes de seguimiento ya están activos. El próximo es ${next}.`,
    dayNames: ['domingos', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábados'],
    and: 'y',
  },

  mood: {
    resume: 'Volvamos a tu registro.',
    askRating: 'Empecemos con un breve registro de ánimo. ¿Cómo está tu ánimo ahora mismo, de 0 (muy bajo) a 10 (muy bien)?',
    checkIn: 'Hola, es hora de tu registro. ¿Cómo está tu ánimo ahora mismo, de 0 (muy bajo) a 10 (muy bien)?',
    nudge: 'Solo un recordatorio amable del registro de hoy: ¿cómo está tu ánimo, de 0 a 10? Si ahora no es buen momento, no pasa nada, y no te lo volveré a recordar hoy.',
    askRatingAgain: 'Basta con un número del 0 al 10. ¿Cómo valorarías tu ánimo ahora mismo?',
    askFeeling: 'Gracias. ¿Qué palabra describe mejor cómo te sientes ahora?',
    feelings: ['Ansioso/a', 'Triste', 'Estresado/a', 'Molesto/a', 'Cansado/a', 'Solo/a', 'Tranquilo/a', 'Con esperanza'],
    hardFeelings: ['ansios', 'triste', 'estresad', 'enfadad', 'enojad', 'cansad', 'solo', 'sola', 'preocupad', 'asustad', 'agobiad', 'frustrad', 'culpa', 'vacio', 'vacia', 'mal', 'bajon', 'decaid'],
    somethingElse: 'Otra cosa',
    askFeelingFree: 'En una o dos palabras, ¿cómo lo describirías?',
    reflectLow: (n, feeling) =>
      `Gracias por contármelo. Sentirte ${feeling}, con el ánimo en ${n} de 10, suena muy difícil. Notar y nombrar una emoción ya es una habilidad de la TCC: nos da algo con lo que trabajar.`,
    reflectMid: (n, feeling) =>
      `Gracias. ${cap(feeling)}, con el ánimo en ${n} de 10: ${medio(n)}. Nombrar cómo te sientes es un primer paso útil, y nos ayuda a ver patrones con el tiempo.`,
    reflectHigh: (n, feeling) =>
      `Me alegra leerlo: ${feeling}, con el ánimo en ${n} de 10. Puede ayudar fijarse en lo que va bien, para volver a ello en los días más difíciles.`,
    reflectMixed: (n, feeling) =>
      `Gracias. ${cap(feeling)}, y un ${n} de 10 en general. Las dos cosas pueden ser ciertas a la vez: puede ayudar mirar qué te está sosteniendo y de dónde viene esa sensación.`,
    reflectPlain: {
      low: (n) => `Gracias por contármelo. Un ${n} de 10 suena muy difícil. Notar y poner palabras a cómo te sientes ya es una habilidad de la TCC: nos da algo con lo que trabajar.`,
      mid: (n) => `Gracias. Un ${n} de 10: ${medio(n)}. Notar cómo te sientes es un primer paso útil, y nos ayuda a ver patrones con el tiempo.`,
      high: (n) => `Me alegra leerlo: un ${n} de 10. Puede ayudar fijarse en lo que va bien, para volver a ello en los días más difíciles.`,
    },
    and: 'y',
    trend: (prev, n) => (n > prev ? `Es más que la última vez (${prev}).` : n < prev ? `Es menos que la última vez (${prev}).` : `Es igual que la última vez (${prev}).`),
  },

  menu: {
    offer: '¿Qué te gustaría hacer ahora?',
    intro: 'Esto es lo que podemos hacer juntos. Responde con un número o una palabra:',
    items: {
      breathing: 'Ejercicio de respiración',
      grounding: 'Anclaje (5-4-3-2-1)',
      mood: 'Registro de ánimo',
      thought_record: 'Registro de pensamientos',
      activation: 'Planear una actividad',
      problem_solving: 'Resolver un problema',
      worry_time: 'Tiempo de preocupación',
      safety_plan: 'Mi plan de seguridad',
      questionnaire: 'Cuestionario (PHQ-9 / GAD-7)',
      resources: 'Recursos de crisis',
      learn: 'Aprender sobre TCC',
      done: 'Nada por ahora',
    },
    notUnderstood: 'Soy un acompañante con guion, así que puede que no entienda todo. Esto es en lo que puedo ayudarte:',
    goodbyeKept: (exercise) => `Sin problema. He guardado por dónde íbamos: pide "${exercise}" cuando quieras seguir y lo retomamos desde ahí.`,
    welcomeBackTo: (exercise) => `Hola de nuevo. ¿Quieres seguir con "${exercise}" donde lo dejaste, o hacer otra cosa?`,
    welcomeBackShort: 'Hola de nuevo. ¿Qué te gustaría hacer?',
    welcomeBackLast: (exercise) => `Hola de nuevo. Lo último que hicimos fue ${exercise}, y no quedó nada a medias. ¿Qué te gustaría hacer?`,
    welcomeBackLine: 'Hola de nuevo.',
    goAhead: 'Claro, dime.',
    careTeamSees: (clinic) =>
      `${cap(clinic)} puede ver lo que registras en los ejercicios (registros de pensamientos, planes, cuestionarios, valoraciones de ánimo), y también puede leer este chat cuando ayude a tu atención. El breve resumen antes de tus sesiones solo le llega si aceptaste ("compartir resúmenes" / "sin resúmenes").`,
    noReminders:
      'No puedo mandarte recordatorios a la hora que elijas, lo siento: para eso va muy bien una alarma en el teléfono. Si lo planeamos como una actividad, después te pregunto cómo te fue.',
    saved: {
      intro: 'Esto es lo que tienes guardado conmigo:',
      thoughtRecords: (n) => `${n} registro${n === 1 ? '' : 's'} de pensamientos ("ver mis registros")`,
      plans: (n) => `${n} actividad${n === 1 ? '' : 'es'} planeada${n === 1 ? '' : 's'} ("ver mis planes")`,
      solved: (n) => `${n} plan${n === 1 ? '' : 'es'} para resolver un problema ("ver mi plan de resolver el problema")`,
      worryTime: (n) => `tu tiempo para la preocupación${n ? `, con ${n} preocupaci${n === 1 ? 'ón guardada' : 'ones guardadas'}` : ''} ("ver mis preocupaciones")`,
      questionnaire: (name) => `tu último ${name} y su puntuación`,
      moods: 'tus valoraciones de ánimo, antes y después de los ejercicios',
      who: (clinic) => `Los planes de resolución de problemas y todo lo anterior se guardan de forma segura para ${clinic}, que puede leerlos para apoyar tu atención.`,
      nothing: (clinic) => `Todavía no tienes nada guardado conmigo. Lo que haces en los ejercicios se guarda de forma segura para ti y para ${clinic}.`,
    },
    progress: {
      intro: 'Así te ha ido hasta ahora, según lo que me has contado:',
      moods: (list) => `Ánimo antes y después de los ejercicios: ${list}`,
      moodItem: (name, before, after) => `${name}, de ${before} a ${after}`,
      lastMood: (n) => `Tu última valoración de ánimo: ${n} de 10`,
      thoughtRecords: (n, feelings) => `${n} registro${n === 1 ? '' : 's'} de pensamientos${feelings ? ` (el último: ${feelings})` : ''}`,
      plans: (open, done) => `Actividades: ${open} planeada${open === 1 ? '' : 's'}${done ? `, ${done} hecha${done === 1 ? '' : 's'}` : ''}`,
      worryTime: (slot) => `Un tiempo para la preocupación cada día a las ${slot}`,
      questionnaire: (name, score) => `Tu último ${name}: ${score}`,
      nothing: 'Todavía no hemos hecho ejercicios juntos, así que no hay nada que mostrar. Después de cada uno te preguntaré cómo está tu ánimo, y así podré decirte qué te ayuda.',
    },
    goodbye: 'Cuídate. Aquí estoy cuando quieras hacer un registro o practicar una habilidad.',
    welcomeBack: 'Ya estoy de vuelta. Gracias por hablar con tu profesional. Cuando quieras, esto es lo que podemos hacer:',
    greeting: 'Hola, me alegra saber de ti. ¿Qué te gustaría hacer hoy?',
    acknowledge: 'De acuerdo. Estoy aquí si quieres que hagamos algo juntos:',
    glad: 'Me alegra oírlo. ¿Hay algo que te gustaría hacer?',
    youreWelcome: 'De nada. Aquí estoy cuando lo necesites.',
    heard: 'Gracias por contármelo; suena difícil. Alguna de estas opciones podría ayudarte, o cuéntame más:',
    sorry: 'Perdón, me equivoqué. ¿Me lo dices de otra forma, o eliges una de estas? Soy un acompañante con guion, así que las preguntas cortas funcionan mejor.',
    heardLoss: 'El duelo puede tocarlo todo, también el sueño y la concentración, y no hay una forma correcta de vivirlo. Aquí estoy para escucharte; alguna de estas opciones podría ayudarte un poco, o cuéntame más:',
    heardAgain: 'Te escucho. Cuando quieras, podemos trabajarlo juntos con una de estas opciones:',
    heardNeutral: 'Gracias por contármelo. Si quieres hacer algo mientras estás aquí, alguna de estas opciones podría servirte, o cuéntame más:',
    heardGood: 'Qué bien, me alegra mucho. Si quieres hacer algo mientras estás aquí, alguna de estas opciones podría servirte:',
    cantAnswer: 'Eso no lo puedo responder, lo siento: soy un acompañante de TCC, así que puedo ayudarte con ejercicios y explicarte ideas de la TCC. Alguna de estas opciones podría servirte, o pregúntamelo de otra forma:',
    everything: 'Todo lo demás',
    records: {
      none: 'Todavía no has terminado ningún registro de pensamientos conmigo. ¿Quieres empezar uno ahora?',
      title: (n) => (n === 1 ? 'Este es tu último registro de pensamientos:' : `Estos son tus últimos ${n} registros de pensamientos, del más reciente al más antiguo:`),
      after: '¿Quieres hacer uno nuevo?',
      cantEdit: 'Lo siento, no puedo cambiar un registro de pensamientos ya terminado. Puedes hacer uno nuevo con las palabras correctas y decirle a tu terapeuta cuál mirar; el primero también queda guardado para tu equipo.',
    },
    didYouMean: 'No estoy seguro de haberte entendido. ¿Te refieres a alguna de estas? O dímelo con otras palabras.',
    notUnderstoodAgain: 'Perdona, sigo sin entenderte. Puedes elegir una de estas, escribir "menú" para verlo todo, o decirme en pocas palabras qué te gustaría.',
    decline: 'De acuerdo, sin problema. Aquí estoy cuando quieras; escribe "menú" para ver lo que podemos hacer.',
    doubt: [
      'Es una pregunta justa, y es normal tener dudas. La TCC es una de las terapias psicológicas más estudiadas para el ánimo bajo y la ansiedad, y practicar entre sesiones es buena parte de por qué ayuda: los pasos pequeños y constantes suelen mover el ánimo más que esperar a tener ganas.',
      'No lo arregla todo, y funciona mejor junto con tus sesiones, así que cuéntale a tu terapeuta cómo te va, dudas incluidas. Si quieres, podemos probar algo pequeño o leer un poco más sobre cómo funciona:',
    ],
    doubtAgain: 'Te entiendo. Sinceramente, ayuda a mucha gente pero no a todo el mundo, y tú eres quien mejor puede juzgar si te ayuda. Dar un paso pequeño y ver cómo cambia tu ánimo es la prueba más justa; a tu terapeuta le interesará saberlo, sea como sea.',
    aboutMe: (bot) => `Soy ${bot}, un programa informático, así que no duermo ni siento las cosas como las personas. Pero estoy aquí siempre que quieras escribirme. ¿Hay algo en lo que pueda ayudarte?`,
    notAPerson: (bot) =>
      `Soy ${bot}, un acompañante automático, no una persona. Estoy aquí para ayudarte a practicar entre sesiones lo que trabajas en terapia. Lo que escribes se guarda de forma segura para tu equipo de atención, que lo ve para apoyar tu atención (por ejemplo, si me preocupa tu seguridad). Para algo urgente, tu equipo de atención y las líneas de crisis son personas reales.`,
    shared: {
      urgentPaged: (clinic) => `Sí. Por lo que me contaste, avisé a la persona de guardia de ${clinic}, y tiene tu mensaje. Lo hago siempre que alguien puede no estar a salvo.`,
      urgentOffShift: (clinic) =>
        `Sí, envié un aviso a ${clinic} por lo que me contaste. Pero ahora no hay nadie de guardia, así que puede que no lo vean hasta que haya personal disponible.`,
      urgentNobody: (clinic) =>
        `Tu mensaje se guarda para ${clinic} por lo que me contaste, pero ahora no hay nadie de guardia, así que todavía no se ha avisado a nadie; lo verán en cuanto haya personal disponible.`,
      concern: (clinic) => `Sí. Por lo que me contaste, dejé una nota para que ${clinic} la revise. No es un aviso de emergencia, así que puede que no la vean enseguida.`,
      nothing: 'No. Nada de nuestra conversación se ha señalado a tu equipo de atención. Solo les aviso si alguien puede no estar a salvo, y te lo diría si lo hiciera.',
    },
    asideKept: (exercise) => `Tu ${exercise.toLowerCase()} sigue donde lo dejaste: di "seguir" para retomarlo.`,
    paused: (exercise) => `De acuerdo, lo dejamos aquí. He guardado tus respuestas: pide "${exercise}" cuando quieras para seguir. ¿Qué te gustaría hacer ahora?`,
    someoneElse: (lines, emergency) =>
      `Eso suena muy angustiante, y dice mucho de ti que quieras ayudar. Si esa persona puede estar en peligro ahora mismo, ${emergency}. Tú o esa persona también pueden ${lines}: también atienden a quien está preocupado por otra persona. ¿Te ayudaría algo para ti ahora, como un ejercicio de respiración?`,
    resumeOffer: (exercise) => `Antes empezaste "${exercise}" y no lo terminaste. ¿Seguimos donde lo dejaste o empezamos de nuevo?`,
    medication: (emergency) =>
      `No puedo aconsejarte sobre medicamentos ni dosis, y adivinar no sería seguro. Por favor, no empieces, dejes, te saltes ni cambies un medicamento, ni tomes uno que no te recetaron a ti, sin preguntar antes a un médico o a un farmacéutico (en la farmacia a menudo te orientan el mismo día), y cuéntaselo a tu terapeuta. Si ya tomaste más de lo indicado, busca atención médica ahora: ${emergency}.`,
    medicationAgain: 'Te entiendo, y aun así no puedo decirte que está bien: incluso una dosis pequeña o un cambio pequeño puede afectar distinto a cada persona, por eso debe decidirlo un médico o un farmacéutico. Pregúntale primero a uno de ellos y cuéntaselo a tu terapeuta. Mientras tanto puedo ayudarte de otras formas, como con un ejercicio de respiración.',
    medicationEffects: (emergency) =>
      `No puedo saber qué lo causa, y vale la pena revisarlo: algunos medicamentos pueden dar efectos así cuando se saltan o cambian dosis. Llama hoy a quien te lo recetó o a un farmacéutico y cuéntale qué tomaste y cuándo. Si te sientes muy mal o como para desmayarte, busca atención médica: ${emergency}.`,
    helpThenBack: 'Si necesitas a alguien ahora mismo, usa esos números, por favor. Si te referías a ayuda con este paso, aquí está otra vez:',
    carryOn: 'Seguir',
    startAgain: 'Empezar uno nuevo',
  },

  cssrs: {
    check: {
      passive_ideation: 'Gracias por contármelo. Quiero asegurarme de entenderte: ¿has deseado estar muerto/a, o poder dormirte y no despertar?',
      hopelessness: 'Eso suena muy duro. Cuando todo parece tan sin salida, a algunas personas les vienen pensamientos de no querer vivir. ¿Te está pasando a ti?',
      burden: 'Siento que te sientas una carga. A veces esa sensación viene con pensamientos de no querer vivir. ¿Tienes pensamientos así?',
      ambiguous: 'Quiero asegurarme de entender lo que quieres decir. ¿Tienes pensamientos de no querer vivir, o de quitarte la vida?',
      past_attempt: 'Gracias por contármelo. ¿Tienes ahora pensamientos de quitarte la vida?',
      gentle: 'Parece que llevas mucho encima. Esto lo pregunto siempre que las cosas están difíciles: ¿tienes algún pensamiento de no querer vivir?',
      self_harm_urge: 'Gracias por contármelo. ¿Sientes que podrías actuar pronto sobre las ganas de hacerte daño?',
      intrusive: 'Pensamientos así pueden angustiar mucho, y tenerlos no significa que quieras hacerlo. ¿Tienes alguna intención de actuar sobre ellos?',
      abuse: 'Gracias por contármelo. ¿Estás a salvo donde estás ahora mismo?',
      eating: 'Gracias por contármelo. ¿Te has desmayado, has tenido dolor en el pecho o has notado el corazón latir de forma rara?',
      phq9: 'Has dicho que has tenido pensamientos de que estarías mejor muerto/a o de hacerte daño. ¿Has tenido pensamientos de quitarte la vida?',
    },
    checkNo: (crisisLine) => `Gracias por contármelo, me alegro. Si alguna vez lo sientes así, puedes decírmelo cuando quieras, o ${crisisLine}.`,
    more: 'Gracias por ser sincero/a conmigo. Me gustaría hacerte unas preguntas directas más para saber cómo de seguro/a estás. No hay respuestas incorrectas.',
    noted: (crisisLine) =>
      `Gracias por responder. Se lo he pasado a tu equipo de atención para que puedan contactarte. No es un aviso de emergencia, así que puede que no lo vean enseguida. Si las cosas empeoran, ${crisisLine}.`,
    deflect: (question) => `Enseguida vamos. Antes, solo esta pregunta: ${question}`,
    declined: (crisisLine) =>
      `De acuerdo, lo dejamos aquí. He avisado a tu equipo de atención de que no terminamos, así que puede que te contacten. Si en algún momento no te sientes a salvo, ${crisisLine}.`,
    intro: 'Gracias por contármelo. Me gustaría hacerte unas preguntas directas para saber cómo de seguro/a estás. No hay respuestas incorrectas, y está bien ser sincero/a.',
    introWatch: 'Por lo que acabas de decir, quiero preguntarte otra vez si estás a salvo.',
    wishDead: 'En el último mes, ¿has deseado estar muerto/a, o poder dormirte y no despertar?',
    thoughts: 'En el último mes, ¿has tenido pensamientos reales de quitarte la vida?',
    method: '¿Has pensado en cómo podrías hacerlo?',
    intent: '¿Has tenido estos pensamientos con alguna intención de llevarlos a cabo?',
    plan: '¿Has empezado a planear, o has planeado, los detalles de cómo quitarte la vida? ¿Tienes intención de llevar a cabo ese plan?',
    behavior: '¿Alguna vez has hecho algo, empezado a hacer algo o preparado algo para acabar con tu vida?',
    behaviorRecent: '¿Fue en los últimos tres meses?',
    clarify: (question) => `Perdona, quiero asegurarme de entenderte. ${question}`,
    checkAgain: '¿Tienes algún pensamiento de no querer vivir, o de quitarte la vida? Basta con un sí o un no.',
    positive: 'Gracias por ser sincero/a conmigo. Hace falta valor, y quiero que recibas ayuda ahora.',
    negative: (crisisLine) =>
      `Gracias por responder; sé que no son preguntas fáciles. Si las cosas cambian, puedes decírmelo cuando quieras, o ${crisisLine}. ¿Te ayudaría alguna de estas opciones ahora?`,
    ideationNoPlan: (crisisLine) =>
      `Gracias por contármelo. Le he pasado a tu equipo de atención cómo te sientes para que puedan contactarte. No es un aviso de emergencia, así que puede que no lo vean enseguida. Si las cosas empeoran o no te sientes a salvo, ${crisisLine}. ¿Te ayudaría alguna de estas opciones ahora?`,
    backTo: 'Gracias. Volvamos a lo que estábamos haciendo, o escribe "menú" para otra cosa.',
  },

  crisis: {
    ask: {
      safe: 'Estoy aquí contigo. ¿Puedo preguntarte algo? ¿Estás en un lugar seguro ahora mismo, lejos de cualquier cosa con la que puedas hacerte daño?',
      taken: (emergency) => `Estoy aquí contigo. ¿Ya te has tomado algo? Si es así, por favor ${emergency}, aunque te encuentres bien: algunos medicamentos hacen daño horas después.`,
      tookWhat: (emergency) =>
        `Por favor, ${emergency}, aunque te encuentres bien: algunos medicamentos hacen daño horas después, y necesitas que te revisen ya. ¿Qué tomaste y cuándo? ¿Hay alguien contigo?`,
      medical: (emergency) => `Por favor, no esperes a ver si se pasa: ${emergency}. ¿Hay alguien contigo ahora mismo?`,
      others: 'Estoy aquí contigo. ¿Estáis tú y las personas a tu alrededor a salvo ahora mismo? Si puedes, aléjate de cualquier cosa con la que se pueda hacer daño a alguien.',
      home: 'Estoy aquí contigo. ¿Estás a salvo donde estás ahora mismo? Si puedes, ve a algún sitio donde la persona que te hizo daño no pueda llegar.',
      child: (emergency) => `Gracias por contármelo. Si el niño o la niña está en peligro ahora mismo, ${emergency}. ¿Está a salvo en este momento?`,
    },
    childHelp: (lines) => `Para ayuda con lo que le está pasando a un niño o una niña: ${lines}.`,
    offers: 'También podemos hacer algo para calmarnos juntos mientras esperas:',
    whenAcknowledged: [
      (name, clinic, crisisLine) =>
        `${name}, de ${clinic}, ha visto tu mensaje y se pondrá en contacto contigo. No puedo decirte exactamente cuándo. Si antes no te sientes a salvo, no esperes: ${crisisLine}.`,
      (name, _clinic, crisisLine) => `${name} tiene tu mensaje y sabe que estás esperando. No sé exactamente cuándo te contactará. Mientras tanto, si las cosas empeoran, ${crisisLine}.`,
    ],
    whenPaged: [
      (clinic, crisisLine) =>
        `Se ha avisado a la persona de guardia de ${clinic}, pero todavía nadie lo ha atendido, así que no puedo prometerte un momento. Si no te sientes a salvo, no esperes: ${crisisLine}.`,
      (_clinic, crisisLine) =>
        `La persona de guardia tiene tu aviso y sigo esperando a que lo atienda, así que de verdad no sé cuánto tardará. No tienes que esperar: ${crisisLine}.`,
    ],
    whenNobody: [
      (clinic, crisisLine) =>
        `Lo siento: ahora mismo no hay nadie de guardia en ${clinic}, así que no puedo prometerte que alguien te contacte pronto. Verán tu mensaje en cuanto haya personal disponible. Ahora mismo, por favor, ${crisisLine}.`,
      (_clinic, crisisLine) =>
        `Tengo que ser sincero contigo: ahora no hay ningún profesional de guardia, así que no puedo decirte cuándo te contactarán. La forma más rápida de hablar con una persona ahora: ${crisisLine}. Sigo aquí contigo.`,
    ],
    denial: [
      (clinic, crisisLine) =>
        `Me alegra oírlo. Aun así, guardo lo que me contaste para ${clinic}, para que alguien pueda contactarte; lo hago siempre que alguien me cuenta algo así. Si vuelve, ${crisisLine}.`,
      (clinic, crisisLine) =>
        `De acuerdo. Te escucho, y sigo aquí. Alguien de ${clinic} te contactará igualmente, por precaución. ¿Hay alguien que pueda estar contigo esta noche? Si no te sientes a salvo, ${crisisLine}.`,
      (clinic, crisisLine) =>
        `Gracias por decírmelo. Prefiero ser prudente: tu mensaje sigue con ${clinic}. ¿Qué te ayudaría a sentirte un poco más estable ahora? Y si algo cambia, ${crisisLine}.`,
    ],
    denialNobody: [
      (clinic, crisisLine) =>
        `Me alegra oírlo. Aun así, guardo lo que me contaste para ${clinic}; ahora no hay nadie de guardia, así que lo verán en cuanto haya personal disponible. Si vuelve, ${crisisLine}.`,
      (_clinic, crisisLine) =>
        `De acuerdo. Te escucho, y sigo aquí. ¿Hay alguien que pueda estar contigo esta noche? Si no te sientes a salvo, no esperes a la clínica: ${crisisLine}.`,
      (clinic, crisisLine) =>
        `Gracias por decírmelo. Prefiero ser prudente: tu mensaje sigue con ${clinic} para cuando vuelva el personal. ¿Qué te ayudaría a sentirte un poco más estable ahora? Y si algo cambia, ${crisisLine}.`,
    ],
    takenSleepy: [
      (emergency) =>
        `Por favor, no intentes dormir para que se pase. Tener sueño, o encontrarte bien, después de tomar pastillas no significa que estés a salvo: algunas hacen daño horas después, mientras duermes. Por favor, ${emergency}, o pide a alguien cerca que llame por ti.`,
      (emergency) =>
        `Te escucho, y voy a seguir diciéndotelo: después de tomar pastillas necesitas que te vea un médico, aunque te encuentres bien. Por favor, ${emergency}. Si no puedes llamar, pide a alguien cerca que lo haga.`,
    ],
    goodbyeTaken: (emergency, clinic) =>
      `Antes de irte, por favor, ${emergency}, y no te duermas con lo que has tomado: algunos medicamentos hacen daño horas después. Tu mensaje sigue con ${clinic}, y aquí estoy si quieres hablar.`,
    safer: (crisisLine) =>
      `Ese es un paso muy importante, y me alegra que lo hayas dado. ¿Hay alguna otra forma de llegar a eso, o a algo parecido, esta noche? Si es así, aléjate también de eso. Si las cosas empeoran, ${crisisLine}.`,
    using: (crisisLine) =>
      `Gracias por contármelo. El alcohol y las drogas hacen que los pensamientos oscuros se sientan más urgentes y que sea más difícil mantenerse a salvo: por favor, no tomes más esta noche y, si puedes, busca a alguien que esté contigo. Si no te sientes a salvo, ${crisisLine}.`,
    heard: (crisisLine) => `Sí, leo todo lo que escribes, y siento si no lo ha parecido. Sigo aquí contigo. Si no te sientes a salvo, ${crisisLine}.`,
    toMenu: (crisisLine) => `De acuerdo. Lo que me contaste sigue con tu equipo de atención, y yo sigo aquí. Si en algún momento no te sientes a salvo, ${crisisLine}.`,
    notAPerson: (bot) => `Soy ${bot}, un acompañante automático, no una persona.`,
    caution: {
      taken: (emergency) => `Aunque te encuentres bien, algunos medicamentos hacen daño horas después: por favor, ${emergency}.`,
      medical: (emergency) => `Lo que me has contado necesita un médico hoy. Si vuelves a marearte o empeoras, ${emergency}.`,
      injury: (emergency) => `Si vuelve a sangrar o te mareas, ${emergency}.`,
    },
    hold: [
      (crisisLine) => `Sigo aquí contigo. Si no te sientes a salvo, ${crisisLine}.`,
      (crisisLine) => `Gracias por seguir aquí conmigo. Tómate tu tiempo. Recuerda: si las cosas empeoran, ${crisisLine}.`,
      (crisisLine) => `Te escucho. ¿Te ayudaría respirar despacio juntos? Y si no te sientes a salvo, ${crisisLine}.`,
      (crisisLine) => `No tienes que pasar por esto a solas. Si puedes, habla con alguien de confianza, o ${crisisLine}.`,
    ],
    notNow: (crisisLine) =>
      `Dejemos eso para más tarde; ahora prefiero quedarme contigo. Podemos hacer un anclaje o respirar juntos. Si no te sientes a salvo, ${crisisLine}.`,
    safeYes: 'Me alegra que estés en un lugar seguro. Sigo aquí contigo. ¿Te ayudaría algo para calmarte mientras esperas?',
    planOffer: 'Si te ayuda antes de irte, podemos escribir juntos un plan de seguridad corto: qué hacer y a quién contactar si las cosas empeoran esta noche.',
    planReminder: 'Tu plan de seguridad también está aquí, por si quieres mirarlo antes de irte.',
    goodbye: (clinic, crisisLine) => `De acuerdo. Antes de irte: ${crisisLine}. Tu mensaje sigue con ${clinic}, y aquí estoy cuando quieras hablar.`,
  },

  grounding: {
    intro: 'Probemos el anclaje 5-4-3-2-1. Lleva tu atención al presente. Tómate tu tiempo en cada paso.',
    resume: 'Volvamos al ejercicio de anclaje.',
    see: 'Mira a tu alrededor. Nombra 5 cosas que puedas ver.',
    feel: 'Bien. Ahora fíjate en 4 cosas que puedas sentir, como los pies en el suelo o la tela de tu ropa.',
    hear: 'Ahora escucha 3 cosas que puedas oír.',
    smell: 'Fíjate en 2 cosas que puedas oler (o 2 olores que te gusten, si no notas ninguno).',
    taste: 'Y 1 cosa que puedas saborear.',
    why: 'Es una forma de traer tu atención al aquí y ahora, un sentido cada vez. No hay respuestas incorrectas: solo nombra lo que notes.',
    close: 'Muy bien. ¿Cómo te sientes ahora comparado con cuando empezamos?',
    thanks: 'Gracias por hacerlo conmigo. Puedes volver a este ejercicio siempre que las cosas se te hagan demasiado.',
  },

  breathing: {
    intro: 'Hagamos la respiración en caja. Toma aire despacio contando 4, aguanta 4, suelta el aire en 4, aguanta 4. Haz 4 rondas a tu ritmo y dime cuando termines.',
    again: 'No pasa nada, a veces hacen falta varias rondas. Vamos otra vez, despacio: toma aire en 4, aguanta 4, suelta el aire en 4, aguanta 4. Dime cuando termines, o podemos probar el anclaje.',
    noHolds:
      'Sí, quita las pausas: pueden dar sensación de que falta el aire. Inspira suave por la nariz contando 4 y suelta el aire despacio contando 6, como por una pajita. Sigue así uno o dos minutos y dime cuando termines: la espiración larga es lo que calma el cuerpo.',
    check: '¿Cómo te sientes ahora?',
    thanks: 'Gracias por probarlo. Respirar despacio calma el sistema de alarma del cuerpo, y funciona mejor cuanto más se practica.',
  },

  safetyPlan: {
    intro: 'Un plan de seguridad es una lista corta que escribes ahora, mientras te sientes capaz, para los momentos difíciles. Son 6 pasos; escribe "saltar" para saltarte uno.',
    resume: 'Sigamos con tu plan de seguridad donde lo dejamos.',
    steps: {
      warningSigns: '1/6. ¿Qué pensamientos, emociones o situaciones te indican que puede empezar una crisis?',
      coping: '2/6. ¿Qué puedes hacer por tu cuenta para distraerte (por ejemplo, caminar, escuchar música, ducharte)?',
      distraction: '3/6. ¿Qué personas o lugares te ayudan a distraerte o a sentirte mejor?',
      people: '4/6. ¿A quién podrías pedir ayuda? Un nombre (y un número, si quieres).',
      professionals: (crisisLine) => `5/6. ¿A qué profesionales podrías contactar? Tu terapeuta, tu médico o una línea de crisis (${crisisLine}). ¿A quién añadirías?`,
      environment: '6/6. ¿Qué podrías hacer para que tu entorno sea más seguro mientras te sientes así?',
    },
    skipped: '(omitido)',
    summary: 'Este es tu plan de seguridad. Puedes pedírmelo cuando quieras escribiendo "plan de seguridad".',
    existing: 'Este es el plan de seguridad que escribiste. ¿Quieres actualizarlo?',
    update: 'Actualizarlo',
    keep: 'Dejarlo así',
    updateIntro: 'Vamos paso a paso. Cada respuesta que tienes ahora se queda si no escribes una nueva: escribe "igual" para dejar un paso como está.',
    current: (answer) => `Ahora: ${answer}`,
    kept: 'De acuerdo, tu plan de seguridad se queda como está. Puedes pedírmelo cuando quieras escribiendo "plan de seguridad".',
    explain: {
      warningSigns: 'Las señales de alerta son lo que notas cuando empieza un momento difícil: pensamientos (como "para qué"), emociones, o cosas que haces o dejas de hacer, como no levantarte de la cama o no contestar el teléfono.',
      coping: 'Cosas que puedes hacer por tu cuenta para pasar un momento difícil, aunque sea unos minutos: caminar, música, una ducha, una bebida caliente, algo que hacer con las manos.',
      distraction: 'Personas o lugares que te despejan o te animan un poco, sin tener que hablar de cómo te sientes: la casa de alguien, una cafetería, un grupo, un parque.',
      people: 'Personas a las que podrías contar que lo estás pasando mal y pedir ayuda: familia, alguien amigo, un vecino. Un número de teléfono ayuda, si lo tienes.',
      professionals: 'Profesionales a los que podrías contactar: tu terapeuta o tu centro, tu médico, y las líneas de crisis, a las que puedes llamar en cualquier momento.',
      environment: 'Se trata de hacer más seguro lo que te rodea en un momento difícil: por ejemplo, dejar fuera de tu alcance, o con otra persona, cualquier cosa con la que pudieras hacerte daño, o ir a un sitio donde te sientas más a salvo. Si no va contigo, puedes escribir "saltar".',
    },
    labels: {
      warningSigns: 'Señales de alerta',
      coping: 'Lo que puedo hacer por mi cuenta',
      distraction: 'Personas y lugares que me ayudan',
      people: 'Personas a las que puedo pedir ayuda',
      professionals: 'Profesionales y líneas de crisis',
      environment: 'Hacer mi entorno más seguro',
    },
  },

  resources: {
    intro: 'Estas son personas a las que puedes contactar ahora mismo, de día o de noche:',
  },

  learn: {
    ask: '¿Qué te gustaría saber? Por ejemplo:',
    topics: ['Registro de pensamientos', 'Qué es la TCC', 'Respiración'],
    nothing: 'No tengo nada sobre eso en mi biblioteca (solo contiene material revisado para este servicio). Tu terapeuta puede ayudarte con ello. O prueba con uno de estos temas:',
    from: (title, source) => `(De "${title}". Fuente: ${source})`,
    more: 'Otra pregunta',
  },

  sms: {
    optedOut: (clinic, crisisLine) =>
      `Te has dado de baja del acompañante de TCC de ${clinic} y no recibirás más mensajes automáticos. Responde START para volver a suscribirte. Si estás en crisis, ${crisisLine}.`,
    optedIn: (clinic) => `Te has vuelto a suscribir al acompañante de TCC de ${clinic}. Escríbeme cuando quieras. Responde HELP para ayuda o STOP para darte de baja.`,
    help: (clinic, contact, crisisLine) =>
      `Acompañante de TCC de ${clinic}: apoyo automático entre sesiones de terapia, no un servicio de emergencias.${contact ? ` Para contactar con tu equipo: ${contact}.` : ''} En una crisis, ${crisisLine}. Responde STOP para darte de baja. Pueden aplicarse tarifas de mensajes y datos.`,
    notEnrolled: (clinic, contact, crisisLine) =>
      `Hola, este es el acompañante de TCC de ${clinic}. Este número aún no está dado de alta: pide a tu profesional que te añada${contact ? `, o contacta con ${contact}` : ''}. Si estás en crisis, ${crisisLine}.`,
    welcome: (bot, clinic, crisisLine) =>
      `Hola, soy ${bot}, el acompañante de TCC de ${clinic}. Tu equipo de atención te ha dado de alta para recibir apoyo por SMS entre sesiones. Responde HOLA para empezar, HELP para ayuda o STOP para darte de baja. Pueden aplicarse tarifas de mensajes y datos. Si alguna vez estás en crisis, ${crisisLine}.`,
  },

  phone: {
    code: (clinic, code) => `${code} es tu código para vincular este número al acompañante de TCC de ${clinic}. Caduca en 10 minutos. Si no lo pediste, puedes ignorar este mensaje.`,
    linkedSms: (clinic) =>
      `Este número ya está vinculado al acompañante de TCC de ${clinic}. Los mensajes de seguimiento llegarán aquí por SMS; responde aquí o en el chat web, es una sola conversación. Responde HELP para ayuda o STOP para darte de baja. Pueden aplicarse tarifas de mensajes y datos.`,
    linkedWeb: (phone, joined) =>
      joined
        ? `Tu número terminado en ${phone} está vinculado. Ya nos habías escrito desde él, así que este chat continúa esa conversación, aquí y por SMS. Los mensajes de seguimiento llegarán por SMS.`
        : `Tu número terminado en ${phone} está vinculado. A partir de ahora los mensajes de seguimiento llegarán por SMS, y lo que escribas aquí o por SMS es una sola conversación.`,
    unlinked: (phone) => `Tu número terminado en ${phone} ya no está vinculado: no se le enviará nada más y los mensajes de seguimiento te esperarán aquí en el chat.`,
  },

  clinician: {
    joined: (name, clinic) => `${name}, profesional de ${clinic}, se ha unido a esta conversación. Sus mensajes aparecen marcados como de un profesional.`,
    left: (name) => `${name} ha salido de la conversación.`,
    smsLabel: (name) => `${name} (profesional)`,
  },
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
