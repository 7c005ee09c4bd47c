/** Every word the widget itself shows, in English and Spanish (the bot's own words come from the server). */
export interface Strings {
  lang: string;
  openChat: string;
  launcherText: string;
  closeChat: string;
  companion: string;
  notice: string;
  messages: string;
  message: string;
  placeholder: string;
  send: string;
  suggested: string;
  typing: (bot: string) => string;
  crisisTitle: string;
  crisisClose: string;
  call: (n: string) => string;
  text: (n: string, keyword?: string) => string;
  emergency: (n: string) => string;
  crisisReply: string;
  you: string;
  clinician: string;
  joined: string;
  left: (bot: string) => string;
  offlineQueued: string;
  notSentYet: string;
  newMessages: string;
  hello: (bot: string) => string;
  hi: string;
  sending: string;
  notSent: string;
  expired: string;
  startAgain: string;
  unreachable: string;
  texts: string;
  textsIntro: string;
  mobile: string;
  sendCode: string;
  codeLabel: string;
  confirm: string;
  unlink: string;
  close: string;
  textsOn: (last: string) => string;
  codeSent: (last: string) => string;
  unlinked: string;
  somethingWrong: (status: number) => string;
}

const en: Strings = {
  lang: 'en',
  openChat: 'Open chat',
  launcherText: 'Chat',
  closeChat: 'Close chat',
  companion: 'Companion',
  notice: 'An automated companion between your sessions. Not an emergency service.',
  messages: 'Messages',
  message: 'Message',
  placeholder: 'Type a message…',
  send: 'Send',
  suggested: 'Suggested replies',
  typing: (bot) => `${bot} is typing…`,
  crisisTitle: 'Crisis help, now',
  crisisClose: 'Close crisis help',
  call: (n) => `Call ${n}`,
  text: (n, keyword) => (keyword ? `Text ${keyword} to ${n}` : `Text ${n}`),
  emergency: (n) => `Emergency: call ${n}`,
  crisisReply: 'Crisis support',
  you: 'You',
  clinician: 'Clinician',
  joined: 'A clinician has joined the chat.',
  left: (bot) => `The clinician has left the chat. You're talking with ${bot} again.`,
  offlineQueued: "You're offline. Messages will be sent when you're back online.",
  notSentYet: 'Not sent yet',
  newMessages: 'New messages ↓',
  hello: (bot) => `Hi, I'm ${bot}, an automated companion for the exercises between your sessions. Say hi to start.`,
  hi: 'Hi',
  sending: 'Sending…',
  notSent: 'Not sent',
  expired: 'This conversation has ended: sessions expire after a while for your privacy. Start a new conversation? The earlier messages will not be shown.',
  startAgain: 'Start a new conversation',
  unreachable: 'The companion is not reachable right now. If you need help urgently, use the crisis link above.',
  texts: 'Check-ins by text',
  textsIntro: 'Add your mobile number to get check-ins by text. Texts and this chat are one conversation.',
  mobile: 'Mobile number',
  sendCode: 'Send code',
  codeLabel: 'Code we texted you',
  confirm: 'Confirm',
  unlink: 'Stop texts to this number',
  close: 'Close',
  textsOn: (last) => `Check-ins come by text to your number ending ${last}.`,
  codeSent: (last) => `We texted a code to your number ending ${last}. Type it below.`,
  unlinked: 'Your number is removed. Check-ins will wait for you here.',
  somethingWrong: (status) => `Something went wrong (${status}). Please try again.`,
};

const es: Strings = {
  lang: 'es',
  openChat: 'Abrir chat',
  launcherText: 'Chat',
  closeChat: 'Cerrar chat',
  companion: 'Compañero',
  notice: 'Un acompañante automático entre tus sesiones. No es un servicio de emergencias.',
  messages: 'Mensajes',
  message: 'Mensaje',
  placeholder: 'Escribe un mensaje…',
  send: 'Enviar',
  suggested: 'Respuestas sugeridas',
  typing: (bot) => `${bot} está escribiendo…`,
  crisisTitle: 'Ayuda en crisis, ahora',
  crisisClose: 'Cerrar la ayuda en crisis',
  call: (n) => `Llamar al ${n}`,
  text: (n, keyword) => (keyword ? `Enviar ${keyword} al ${n}` : `Escribir al ${n}`),
  emergency: (n) => `Emergencias: llama al ${n}`,
  crisisReply: 'Apoyo en crisis',
  you: 'Tú',
  clinician: 'Profesional clínico',
  joined: 'Un profesional de tu equipo se ha unido al chat.',
  left: (bot) => `El profesional ha salido del chat. Vuelves a hablar con ${bot}.`,
  offlineQueued: 'No tienes conexión. Los mensajes se enviarán cuando vuelvas a estar en línea.',
  notSentYet: 'Aún sin enviar',
  newMessages: 'Mensajes nuevos ↓',
  hello: (bot) => `Hola, soy ${bot}, un acompañante automático para los ejercicios entre tus sesiones. Salúdame para empezar.`,
  hi: 'Hola',
  sending: 'Enviando…',
  notSent: 'No enviado',
  expired: 'Esta conversación ha terminado: las sesiones caducan pasado un tiempo, por tu privacidad. ¿Empezar una nueva? Los mensajes anteriores no se mostrarán.',
  startAgain: 'Empezar una nueva conversación',
  unreachable: 'El acompañante no está disponible ahora mismo. Si necesitas ayuda urgente, usa el enlace de crisis de arriba.',
  texts: 'Recordatorios por SMS',
  textsIntro: 'Añade tu número de móvil para recibir los recordatorios por SMS. Los SMS y este chat son una sola conversación.',
  mobile: 'Número de móvil',
  sendCode: 'Enviar código',
  codeLabel: 'Código que te enviamos',
  confirm: 'Confirmar',
  unlink: 'Dejar de enviar SMS a este número',
  close: 'Cerrar',
  textsOn: (last) => `Los recordatorios llegan por SMS a tu número terminado en ${last}.`,
  codeSent: (last) => `Enviamos un código a tu número terminado en ${last}. Escríbelo abajo.`,
  unlinked: 'Tu número se ha quitado. Los recordatorios te esperarán aquí.',
  somethingWrong: (status) => `Algo salió mal (${status}). Inténtalo de nuevo.`,
};

/** The page's language, chosen like the bot's: Spanish for any `es` locale, English otherwise. */
export function stringsFor(locale: string): Strings {
  return locale.toLowerCase().startsWith('es') ? es : en;
}
