import type { Copy } from './en.js';

/** Lo que dice el bot, en español (tuteo, neutro entre España y Latinoamérica). */
export const es: Copy = {
  defaultClinic: 'tu equipo de atención',
  yes: 'Sí',
  no: 'No',
  notNow: 'Ahora no',
  done: 'Listo',
  next: 'Siguiente',
  menuLabel: 'Menú',

  onboarding: {
    intro: (bot, clinic, crisisLine) =>
      `Hola, soy ${bot}, un acompañante automático de TCC (terapia cognitivo-conductual) de ${clinic}. Puedo ayudarte a practicar habilidades entre tus sesiones de terapia. No soy terapeuta ni un servicio de emergencias: si estás en peligro o piensas en hacerte daño, ${crisisLine}.`,
    privacy: (clinic) =>
      `Lo que escribes aquí se guarda de forma segura y solo se comparte con ${clinic} para apoyar tu atención, por ejemplo si me preocupa tu seguridad. Puedes escribir "menú" en cualquier momento.`,
  },

  mood: {
    askRating: 'Empecemos con un breve registro de ánimo. ¿Cómo está tu ánimo ahora mismo, de 0 (muy bajo) a 10 (muy bien)?',
    checkIn: 'Hola, es hora de tu registro. ¿Cómo está tu ánimo ahora mismo, de 0 (muy bajo) a 10 (muy bien)?',
    askRatingAgain: 'Basta con un número del 0 al 10. ¿Cómo valorarías tu ánimo ahora mismo?',
    askFeeling: 'Gracias. ¿Qué palabra describe mejor cómo te sientes ahora?',
    feelings: ['Ansioso/a', 'Triste', 'Estresado/a', 'Enfadado/a', 'Cansado/a', 'Solo/a', 'Tranquilo/a', 'Con esperanza'],
    hardFeelings: ['ansios', 'triste', 'estresad', 'enfadad', 'enojad', 'cansad', 'solo', 'sola', 'preocupad', 'asustad', 'agobiad', 'frustrad', 'culpa', 'vacio', 'vacia', 'mal', 'bajon', 'decaid'],
    somethingElse: 'Otra cosa',
    askFeelingFree: 'En una o dos palabras, ¿cómo lo describirías?',
    reflectLow: (n, feeling) =>
      `Gracias por contármelo. Sentirte ${feeling}, con un ${n} de 10, suena muy difícil. Notar y nombrar una emoción ya es una habilidad de la TCC: nos da algo con lo que trabajar.`,
    reflectMid: (n, feeling) =>
      `Gracias. ${cap(feeling)}, con un ${n} de 10: más o menos en el medio. Nombrar cómo te sientes es un primer paso útil, y nos ayuda a ver patrones con el tiempo.`,
    reflectHigh: (n, feeling) =>
      `Me alegra leerlo: ${feeling}, con un ${n} de 10. Puede ayudar fijarse en lo que va bien, para volver a ello en los días más difíciles.`,
    reflectMixed: (n, feeling) =>
      `Gracias. ${cap(feeling)}, y un ${n} de 10 en general. Las dos cosas pueden ser ciertas a la vez: puede ayudar mirar qué te está sosteniendo y de dónde viene esa sensación.`,
    trend: (prev, n) => (n > prev ? `Es más que la última vez (${prev}).` : n < prev ? `Es menos que la última vez (${prev}).` : `Es igual que la última vez (${prev}).`),
  },

  menu: {
    offer: '¿Qué te gustaría hacer ahora?',
    intro: 'Esto es lo que podemos hacer juntos. Responde con un número o una palabra:',
    items: {
      breathing: 'Ejercicio de respiración',
      grounding: 'Anclaje (5-4-3-2-1)',
      mood: 'Registro de ánimo',
      safety_plan: 'Mi plan de seguridad',
      resources: 'Recursos de crisis',
      learn: 'Aprender sobre TCC',
      done: 'Nada por ahora',
    },
    notUnderstood: 'Soy un acompañante con guion, así que puede que no entienda todo. Esto es en lo que puedo ayudarte:',
    goodbye: 'Cuídate. Aquí estoy cuando quieras hacer un registro o practicar una habilidad.',
    welcomeBack: 'Ya estoy de vuelta. Gracias por hablar con tu profesional. Cuando quieras, esto es lo que podemos hacer:',
  },

  cssrs: {
    intro: 'Gracias por contármelo. Me gustaría hacerte unas preguntas directas para saber cómo de seguro/a estás. No hay respuestas incorrectas, y está bien ser sincero/a.',
    introWatch: 'Quiero volver a preguntarte cómo estás, porque antes me dijiste que las cosas estaban siendo difíciles.',
    wishDead: 'En el último mes, ¿has deseado estar muerto/a, o poder dormirte y no despertar?',
    thoughts: 'En el último mes, ¿has tenido pensamientos reales de quitarte la vida?',
    method: '¿Has pensado en cómo podrías hacerlo?',
    intent: '¿Has tenido estos pensamientos con alguna intención de llevarlos a cabo?',
    plan: '¿Has empezado a planear, o has planeado, los detalles de cómo quitarte la vida? ¿Tienes intención de llevar a cabo ese plan?',
    behavior: '¿Alguna vez has hecho algo, empezado a hacer algo o preparado algo para acabar con tu vida?',
    behaviorRecent: '¿Fue en los últimos tres meses?',
    clarify: 'Perdona, quiero asegurarme de entenderte. ¿Podrías responder sí o no?',
    positive: 'Gracias por ser sincero/a conmigo. Hace falta valor. Voy a avisar ahora a un profesional de tu equipo de atención.',
    negative: (crisisLine) =>
      `Gracias por responder; sé que no son preguntas fáciles. Si las cosas cambian, puedes decírmelo cuando quieras, o ${crisisLine}. ¿Te ayudaría alguna de estas opciones ahora?`,
    ideationNoPlan: (crisisLine) =>
      `Gracias por contármelo. He avisado a tu equipo de atención de cómo te sientes para que puedan contactarte (no es un aviso de emergencia). Si las cosas empeoran o no te sientes a salvo, ${crisisLine}. ¿Te ayudaría alguna de estas opciones ahora?`,
  },

  crisis: {
    followUp: 'Estoy aquí contigo. Mientras tu equipo de atención está avisado, ¿quieres que hagamos juntos un breve ejercicio de anclaje?',
    hold: (emergencyLine) => `Gracias por contármelo. Tu equipo de atención ya está avisado. Sigo aquí contigo. Si estás en peligro inmediato, ${emergencyLine}.`,
  },

  grounding: {
    intro: 'Probemos el anclaje 5-4-3-2-1. Lleva tu atención al presente. Tómate tu tiempo en cada paso.',
    see: 'Mira a tu alrededor. Nombra 5 cosas que puedas ver.',
    feel: 'Bien. Ahora fíjate en 4 cosas que puedas sentir, como los pies en el suelo o la tela de tu ropa.',
    hear: 'Ahora escucha 3 cosas que puedas oír.',
    smell: 'Fíjate en 2 cosas que puedas oler (o 2 olores que te gusten, si no notas ninguno).',
    taste: 'Y 1 cosa que puedas saborear.',
    close: 'Muy bien. ¿Cómo te sientes ahora comparado con cuando empezamos?',
    thanks: 'Gracias por hacerlo conmigo. Puedes volver a este ejercicio siempre que las cosas se te hagan demasiado.',
  },

  breathing: {
    intro: 'Hagamos la respiración en caja. Inspira despacio contando 4, aguanta 4, espira 4, aguanta 4. Haz 4 rondas a tu ritmo y dime cuando termines.',
    check: '¿Cómo te sientes ahora?',
    thanks: 'Gracias por probarlo. Respirar despacio calma el sistema de alarma del cuerpo, y funciona mejor cuanto más se practica.',
  },

  safetyPlan: {
    intro: 'Un plan de seguridad es una lista corta que escribes ahora, mientras te sientes capaz, para los momentos difíciles. Son 6 pasos; escribe "saltar" para saltarte uno.',
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

  clinician: {
    joined: (name, clinic) => `${name}, profesional de ${clinic}, se ha unido a esta conversación. Sus mensajes aparecen marcados como de un profesional.`,
    left: (name) => `${name} ha salido de la conversación.`,
    smsLabel: (name) => `${name} (profesional)`,
  },
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
