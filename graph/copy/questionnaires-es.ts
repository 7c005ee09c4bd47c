import type { Copy } from './en.js';

/**
 * Spanish copy for the questionnaires (same shape as the English). Stems, items and options are the
 * published Spanish (USA) versions of the PHQ-9 and GAD-7 (Pfizer), in "usted" as published; keep
 * them verbatim. The bot's own sentences around them use "tú", like the rest of the Spanish copy.
 */
export const questionnairesEs: Copy['questionnaires'] = {
  names: { phq9: 'PHQ-9', gad7: 'GAD-7' },
  choose: 'Puedo hacer contigo uno de dos cuestionarios breves: el PHQ-9, sobre el estado de ánimo, o el GAD-7, sobre la ansiedad. ¿Cuál prefieres?',
  chooseAgain: 'Perdona, no lo entendí. ¿Cuál prefieres: el PHQ-9 (ánimo) o el GAD-7 (ansiedad)?',
  choices: { phq9: 'PHQ-9 (ánimo)', gad7: 'GAD-7 (ansiedad)' },
  intro: (name, count, clinic) =>
    `El ${name} tiene ${count} preguntas breves sobre las últimas 2 semanas. No hay respuestas correctas ni incorrectas, y ${clinic} las verá. "Atrás" cambia la respuesta anterior; "menú" lo para.`,
  resume: (name, n, count) => `Sigamos con el ${name}: pregunta ${n} de ${count}.`,
  resumeDifficulty: (name) => `Sigamos con el ${name}: solo queda una pregunta.`,
  restart: (name) =>
    `Ha pasado un tiempo desde que empezamos el ${name}, y pregunta por las últimas 2 semanas, así que volvamos a empezar desde la primera pregunta.`,

  phq9: {
    stem: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
    items: {
      interest: 'Poco interés o placer en hacer cosas',
      down: 'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
      sleep: 'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
      tired: 'Se ha sentido cansado(a) o con poca energía',
      appetite: 'Sin apetito o ha comido en exceso',
      failure: 'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
      concentration: 'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
      psychomotor:
        '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
      selfHarm: 'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
    },
  },
  gad7: {
    stem: 'Durante las últimas 2 semanas, ¿con qué frecuencia le han molestado los siguientes problemas?',
    items: {
      nervous: 'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta',
      control: 'No ha sido capaz de parar o controlar su preocupación',
      worrying: 'Se ha preocupado demasiado por motivos diferentes',
      relaxing: 'Ha tenido dificultad para relajarse',
      restless: 'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)',
      irritable: 'Se ha molestado o irritado fácilmente',
      afraid: 'Ha tenido miedo de que algo terrible fuera a pasar',
    },
  },
  options: {
    notAtAll: 'Ningún día',
    severalDays: 'Varios días',
    moreThanHalf: 'Más de la mitad de los días',
    nearlyEveryDay: 'Casi todos los días',
  },
  goingBack: 'De acuerdo, volvamos a la anterior.',
  changed: (n, answer) => `Cambiado: la pregunta ${n} queda como "${answer}".`,
  askAgain: 'Perdona, no lo entendí. En las últimas 2 semanas, ¿con qué frecuencia ha pasado esto? Puedes elegir una de estas opciones.',
  askByNumber: 'Con un número basta: 0 si ningún día, 1 si varios días, 2 si más de la mitad de los días, 3 si casi todos los días. O escribe "saltar" para dejar esta sin responder.',
  movingOn: 'No pasa nada, dejamos esa sin responder.',

  difficulty: {
    question:
      'Una última pregunta, que no cuenta para la puntuación: ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?',
    again: 'Perdona, no lo entendí. ¿Qué tanta dificultad te han dado estos problemas? Puedes elegir una de estas opciones.',
    options: {
      notDifficult: 'No ha sido difícil',
      somewhat: 'Un poco difícil',
      very: 'Muy difícil',
      extremely: 'Extremadamente difícil',
    },
  },

  severity: {
    minimal: 'mínimo',
    mild: 'leve',
    moderate: 'moderado',
    moderately_severe: 'moderadamente grave',
    severe: 'grave',
  },
  result: (name, score, max, severity) =>
    `Gracias por completar el ${name}. Tu puntuación es ${score} de ${max}, que está en el rango ${severity}.`,
  prorated: 'Una pregunta quedó sin responder, así que la puntuación se ha estimado a partir de tus otras respuestas.',
  noScore: (name) =>
    `Gracias por hacer el ${name}. Quedaron varias preguntas sin responder, así que esta vez no hay puntuación, pero tus respuestas están guardadas.`,
  closing: (clinic) =>
    `Es una herramienta de detección, no un diagnóstico. ${cap(clinic)} verá tus respuestas, y pueden ser un tema para tu próxima sesión.`,
  closingHigher: (clinic) =>
    `Es una herramienta de detección, no un diagnóstico. ${cap(clinic)} verá tus respuestas. Sería bueno hablar con tu terapeuta sobre cómo han ido las cosas, mejor pronto que tarde.`,

  explain: (name, score, severity, bands, meaning, clinic) =>
    `Tu puntuación de ${score} en el ${name} está en el rango ${severity}. El ${name} suma con qué frecuencia te han molestado algunos síntomas frecuentes en las últimas 2 semanas, y los rangos son: ${bands}. ${meaning} Es una herramienta de detección, no un diagnóstico: no dice si "tienes" un trastorno. ${cap(clinic)} la verá y puede explicarte qué significa en tu caso, y repetirlo dentro de unas semanas muestra si las cosas están cambiando.`,
  explainNoScore: (name, missing) =>
    `Esta vez no hay puntuación del ${name} porque ${missing === 1 ? 'quedó 1 pregunta' : `quedaron ${missing} preguntas`} sin respuesta, y para una puntuación justa hacen falta casi todas. Tus respuestas están guardadas, y puedes repetirlo cuando quieras: son unos minutos.`,
  bands: {
    phq9: 'de 0 a 4 mínimo, de 5 a 9 leve, de 10 a 14 moderado, de 15 a 19 moderadamente grave, de 20 a 27 grave',
    gad7: 'de 0 a 4 mínimo, de 5 a 9 leve, de 10 a 14 moderado, de 15 a 21 grave',
  },
  bandMeaning: {
    minimal: 'Mínimo quiere decir pocos de estos síntomas ahora mismo.',
    mild: 'Leve quiere decir algunos de estos síntomas, algunas veces.',
    moderate: 'Moderado quiere decir que los síntomas se notan y te afectan bastantes días: vale la pena hablarlo en tu próxima sesión.',
    moderately_severe: 'Este rango quiere decir que los síntomas te están pesando mucho: coméntalo con tu terapeuta pronto, sin esperar, y antes aún si las cosas empeoran.',
    severe: 'Este rango quiere decir que los síntomas te están pesando mucho: coméntalo con tu terapeuta pronto, sin esperar, y antes aún si las cosas empeoran.',
  },
  requested: (name) => `Este es el que te pidió tu equipo de atención, el ${name}.`,
  offer: {
    clinician: (name, clinic) => `${clinic} te pide que respondas el ${name}: unas preguntas breves sobre las últimas 2 semanas, unos 2 minutos. ¿Lo hacemos ahora?`,
    due: (name) => `Han pasado unas dos semanas desde tu último ${name}. Hacerlo cada par de semanas muestra cómo van cambiando las cosas. ¿Lo hacemos ahora? Son unos 2 minutos.`,
    first: (name) => `Tu equipo de atención usa un cuestionario breve, el ${name}, para ver cómo cambian las cosas con el tiempo. ¿Lo hacemos ahora? Son unos 2 minutos.`,
    now: 'Sí, ahora',
    later: 'Más tarde',
    nudge: (name) => `Solo un recordatorio amable del ${name} de antes: ¿quieres hacerlo ahora? Si no, no pasa nada, y no te lo volveré a recordar.`,
    postponed: (name) => `De acuerdo. Cuando quieras, solo di "${name}".`,
  },
  item9: 'Gracias por responder a eso con sinceridad. Por tu respuesta a la última pregunta, me gustaría hacerte un par de preguntas más sobre tu seguridad.',
};

function cap(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}
