// The chat widget a clinic embeds with one script tag:
//   <script src="https://companion.example.org/widget.js" data-clinic="Riverside Clinic" async></script>
// It renders a launcher and a chat panel inside a shadow root, talks to the service the script came
// from, and keeps crisis help one tap away. Message text is only ever set with textContent.
import type { Strings } from './strings.js';
import { stringsFor } from './strings.js';
import { STYLES } from './styles.js';

interface QuickReply {
  label: string;
  value?: string;
}
interface Message {
  id: string;
  direction: 'in' | 'out';
  author: 'patient' | 'bot' | 'clinician' | 'system';
  text: string;
  createdAt: string;
  kind?: 'crisis' | 'clinician_joined' | 'clinician_left';
  quickReplies?: QuickReply[];
}
interface CrisisNumber {
  number: string;
  tel?: string;
  sms?: string;
}
interface Contacts {
  headline: string;
  text: string;
  numbers: CrisisNumber[];
  emergency: CrisisNumber[];
}
interface Queued {
  clientMessageId: string;
  text: string;
}

const script = document.currentScript as HTMLScriptElement | null;
const data = script?.dataset ?? {};
const API = (data.api ?? (script?.src ? new URL(script.src).origin : location.origin)).replace(/\/$/, '');
const LOCALE = data.locale || navigator.language || 'en-US';
const S: Strings = stringsFor(LOCALE);
const KEY = `cbt-companion:${API}:${data.clinic ?? ''}`;

/** The accent colour from `data-color`, darkened until white text on it meets WCAG AA (4.5:1). */
export function accessibleAccent(color: string | undefined): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(color?.trim() ?? '');
  if (!m) return '#1f5fbf';
  let [r, g, b] = [0, 2, 4].map((i) => parseInt(m[1]!.slice(i, i + 2), 16)) as [number, number, number];
  const lum = () => {
    const c = [r, g, b].map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
  };
  while (1.05 / (lum() + 0.05) < 4.5) [r, g, b] = [r, g, b].map((v) => Math.floor(v * 0.9)) as [number, number, number];
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits, but no longer than until the browser says it is back online. */
const nap = (ms: number) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      window.removeEventListener('online', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    window.addEventListener('online', done);
  });

class Widget {
  private readonly root: ShadowRoot;
  private readonly launcher: HTMLButtonElement;
  private readonly panel: HTMLDivElement;
  private readonly title: HTMLHeadingElement;
  private readonly sub: HTMLParagraphElement;
  /** The scrolling live region (role log); `log` is the list of messages inside it. */
  private readonly scroller: HTMLDivElement;
  private readonly log: HTMLOListElement;
  private readonly quick: HTMLDivElement;
  private readonly input: HTMLTextAreaElement;
  private readonly status: HTMLParagraphElement;
  private readonly typing: HTMLParagraphElement;
  private readonly banner: HTMLParagraphElement;
  private readonly newer: HTMLButtonElement;
  private readonly crisisLink: HTMLButtonElement;
  private readonly crisisPanel: HTMLElement;
  private readonly textsButton: HTMLButtonElement;
  private readonly textsPanel: HTMLElement;
  private token: string | null = localStorage.getItem(KEY);
  private cursor = '0';
  private readonly seen = new Set<string>();
  private contacts: Contacts | null = null;
  private botName = S.companion;
  private started: Promise<void> | null = null;
  private fetching: Promise<void> | null = null;
  private flushing: Promise<void> | null = null;
  private expired = false;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private streamOpen = false;
  /** Whether the log was scrolled to its end before something changed its size (then it stays there). */
  private pinned = true;
  private named: Promise<void> | null = null;

  constructor(host: HTMLElement) {
    this.root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`${STYLES}\n.cbt { --accent: ${accessibleAccent(data.color)}; }`);
    this.root.adoptedStyleSheets = [sheet];

    const wrap = el('div', { class: 'cbt', lang: S.lang, 'data-position': data.position === 'left' ? 'left' : 'right' });
    this.launcher = el('button', { type: 'button', class: 'launcher', 'aria-label': S.openChat, 'aria-haspopup': 'dialog', 'aria-expanded': 'false', 'aria-controls': 'cbt-panel' });
    this.launcher.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>';
    this.launcher.append(el('span', {}, S.launcherText));

    this.panel = el('div', { class: 'panel', id: 'cbt-panel', role: 'dialog', 'aria-labelledby': 'cbt-title', 'aria-describedby': 'cbt-notice', tabindex: '-1' });
    this.panel.hidden = true;
    const head = el('div', { class: 'head' });
    const id = el('div', { class: 'id' });
    this.title = el('h2', { id: 'cbt-title' }, data.clinic || S.companion);
    this.sub = el('p', { class: 'sub' }, S.companion);
    id.append(this.title, this.sub);
    this.textsButton = el('button', { type: 'button', class: 'icon', 'aria-expanded': 'false', 'aria-controls': 'cbt-texts' }, S.texts);
    this.textsButton.hidden = true;
    const close = el('button', { type: 'button', class: 'icon x', 'aria-label': S.closeChat }, '×');
    head.append(id, this.textsButton, close);
    const notice = el('p', { class: 'notice', id: 'cbt-notice' }, S.notice);
    this.crisisLink = el('button', { type: 'button', class: 'crisis-link', 'aria-expanded': 'false', 'aria-controls': 'cbt-crisis' }, S.crisisTitle);

    const body = el('div', { class: 'body' });
    this.scroller = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': S.messages, tabindex: '0' });
    this.log = el('ol', { class: 'list' });
    this.scroller.append(this.log);
    this.crisisPanel = el('section', { class: 'overlay crisis-panel', id: 'cbt-crisis', 'aria-labelledby': 'cbt-crisis-title', tabindex: '-1' });
    this.crisisPanel.hidden = true;
    this.textsPanel = el('section', { class: 'overlay', id: 'cbt-texts', 'aria-label': S.texts, tabindex: '-1' });
    this.textsPanel.hidden = true;
    body.append(this.scroller, this.crisisPanel, this.textsPanel);

    this.newer = el('button', { type: 'button', class: 'newer' }, S.newMessages);
    this.newer.hidden = true;
    this.newer.addEventListener('click', () => {
      this.scrollDown(true);
      this.input.focus();
    });
    body.append(this.newer);
    this.banner = el('p', { class: 'banner', role: 'status' });
    this.banner.hidden = true;
    this.typing = el('p', { class: 'typing', 'aria-live': 'polite' });
    this.quick = el('div', { class: 'quick', role: 'group', 'aria-label': S.suggested });
    const form = el('form', { class: 'composer', autocomplete: 'off' });
    const label = el('label', { class: 'vh', for: 'cbt-input' }, S.message);
    this.input = el('textarea', { id: 'cbt-input', rows: '1', maxlength: '4000', placeholder: S.placeholder });
    const send = el('button', { type: 'submit' }, S.send);
    form.append(label, this.input, send);
    this.status = el('p', { class: 'status', role: 'status' });
    this.panel.append(head, notice, this.crisisLink, body, this.banner, this.typing, this.quick, form, this.status);
    wrap.append(this.launcher, this.panel);
    this.root.append(wrap);

    this.launcher.addEventListener('click', () => void this.open());
    close.addEventListener('click', () => this.close());
    this.crisisLink.addEventListener('click', () => this.toggleCrisis(this.crisisPanel.hidden !== false));
    this.textsButton.addEventListener('click', () => void this.toggleTexts(this.textsPanel.hidden !== false));
    this.panel.addEventListener('keydown', (e) => this.onKey(e));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const text = this.input.value;
      this.input.value = '';
      sessionStorage.removeItem(`${KEY}:draft`);
      void this.send(text);
    });
    this.input.value = sessionStorage.getItem(`${KEY}:draft`) ?? '';
    this.input.addEventListener('input', () => sessionStorage.setItem(`${KEY}:draft`, this.input.value));
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        form.requestSubmit();
      }
    });
    this.scroller.addEventListener('keydown', (e) => this.moveInLog(e));
    window.addEventListener('online', () => {
      this.status.textContent = '';
      void this.flush();
    });
    window.addEventListener('offline', () => {
      this.status.textContent = S.offlineQueued;
    });
    // Kept at the newest message while quick replies, banners or the keyboard change the log's height,
    // unless the patient has scrolled up to read.
    this.scroller.addEventListener('scroll', () => {
      this.pinned = this.scroller.scrollTop + this.scroller.clientHeight >= this.scroller.scrollHeight - 24;
      if (this.pinned) this.newer.hidden = true;
    });
    new ResizeObserver(() => {
      if (this.pinned) this.scroller.scrollTop = this.scroller.scrollHeight;
    }).observe(this.scroller);
    void this.loadContacts();
    this.named = this.names();
    // A returning patient (a token kept from before) or a conversation left open: carry on.
    if (this.token && sessionStorage.getItem(`${KEY}:open`) === '1') void this.open(false);
  }

  // --- opening and closing -------------------------------------------------------------------
  private async open(focus = true): Promise<void> {
    this.panel.hidden = false;
    this.launcher.hidden = true;
    this.launcher.setAttribute('aria-expanded', 'true');
    sessionStorage.setItem(`${KEY}:open`, '1');
    this.scrollDown(true);
    // On a phone, focusing the message box would raise the keyboard over half the chat: the dialog takes focus instead.
    if (focus) (matchMedia('(pointer: coarse)').matches ? this.panel : this.input).focus();
    this.started ??= this.start();
    await this.started;
  }

  private close(): void {
    this.panel.hidden = true;
    this.launcher.hidden = false;
    this.launcher.setAttribute('aria-expanded', 'false');
    sessionStorage.removeItem(`${KEY}:open`);
    this.launcher.focus();
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Tab' && matchMedia('(max-width: 480px), (max-height: 560px)').matches) {
      // Full screen, the dialog is all there is to see: Tab stays inside it.
      const focusable = [...this.panel.querySelectorAll<HTMLElement>('button, [href], textarea, input, [tabindex="0"]')].filter((x) => !x.closest('[hidden]') && x.getAttribute('tabindex') !== '-1' && x.offsetParent !== null);
      const first = focusable[0];
      const last = focusable.at(-1);
      const active = this.root.activeElement;
      if (first && last && e.shiftKey && (active === first || active === this.panel)) {
        e.preventDefault();
        last.focus();
      } else if (first && last && !e.shiftKey && active === last) {
        e.preventDefault();
        first.focus();
      }
      return;
    }
    if (e.key !== 'Escape') return;
    e.preventDefault();
    if (!this.crisisPanel.hidden) this.toggleCrisis(false);
    else if (!this.textsPanel.hidden) void this.toggleTexts(false);
    else this.close();
  }

  /** Arrow keys move between messages in the log (each shows its time when focused). */
  private moveInLog(e: KeyboardEvent): void {
    const items = [...this.log.querySelectorAll<HTMLLIElement>('li')];
    if (!items.length || !['ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key)) return;
    e.preventDefault();
    const at = items.indexOf(this.root.activeElement as HTMLLIElement);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : at < 0 ? items.length - 1 : Math.max(0, Math.min(items.length - 1, at + (e.key === 'ArrowUp' ? -1 : 1)));
    items[next]!.focus();
  }

  // --- crisis help -----------------------------------------------------------------------------
  private async loadContacts(): Promise<void> {
    try {
      const res = await fetch(`${API}/api/web/resources?locale=${encodeURIComponent(LOCALE)}`);
      if (!res.ok) return;
      this.contacts = (await res.json()) as Contacts;
      this.crisisLink.textContent = this.contacts.headline;
      this.renderCrisisPanel();
    } catch {
      // Offline: the link still opens the panel with the emergency advice below.
    }
  }

  private renderCrisisPanel(): void {
    const c = this.contacts;
    this.crisisPanel.textContent = '';
    const h = el('h3', { id: 'cbt-crisis-title' }, S.crisisTitle);
    const actions = el('div', { class: 'crisis-actions' });
    for (const n of c?.numbers ?? []) {
      if (n.tel) actions.append(el('a', { href: n.tel }, S.call(n.number)));
      if (n.sms) {
        const keyword = /[?&]body=([^&]+)/.exec(n.sms)?.[1];
        actions.append(el('a', { href: n.sms, class: 'secondary' }, S.text(n.number, keyword ? decodeURIComponent(keyword) : undefined)));
      }
    }
    for (const n of c?.emergency ?? []) actions.append(el('a', { href: n.tel ?? `tel:${n.number}`, class: 'secondary' }, S.emergency(n.number)));
    const text = el('p');
    this.linkify(text, c?.text ?? S.unreachable);
    const close = el('button', { type: 'button', class: 'btn' }, S.crisisClose);
    close.addEventListener('click', () => this.toggleCrisis(false));
    this.crisisPanel.append(h, actions, text, close);
  }

  private toggleCrisis(show: boolean): void {
    this.crisisPanel.hidden = !show;
    // The panel takes the whole chat below the link, whatever the quick replies or the keyboard take.
    this.panel.classList.toggle('overlaying', show);
    this.crisisLink.setAttribute('aria-expanded', String(show));
    if (show) {
      this.textsPanel.hidden = true;
      this.crisisPanel.scrollTop = 0;
      this.crisisPanel.focus();
      if (!this.contacts) void this.loadContacts();
    } else this.crisisLink.focus();
  }

  /** Writes text into an element with every known crisis number as a tap-to-call (or text) link. */
  private linkify(target: HTMLElement, text: string): void {
    const numbers = [...(this.contacts?.numbers ?? []), ...(this.contacts?.emergency ?? [])].filter((n) => n.tel || n.sms);
    if (!numbers.length) {
      target.append(text);
      return;
    }
    const escaped = numbers.map((n) => n.number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
    const re = new RegExp(`(?<![\\d-])(${escaped.join('|')})(?![\\d-])`, 'g');
    let last = 0;
    for (const m of text.matchAll(re)) {
      const n = numbers.find((x) => x.number === m[1])!;
      target.append(text.slice(last, m.index));
      // Out of the Tab order (every message's numbers would come before the answer buttons); the
      // crisis panel, one Tab from the top, has them all as buttons.
      target.append(el('a', { href: (n.tel ?? n.sms)!, ...(target.closest('.overlay') ? {} : { tabindex: '-1' }) }, m[1]));
      last = m.index + m[0].length;
    }
    target.append(text.slice(last));
  }

  // --- session -------------------------------------------------------------------------------
  private async start(): Promise<void> {
    try {
      await this.named;
      if (!this.token) await this.newSession();
      await this.refresh();
      if (!this.seen.size && !this.queue().length) this.showHello();
      for (const q of this.queue()) this.pendingBubble(q);
      void this.flush();
      void this.listen();
      setInterval(() => {
        if (!this.streamOpen) void this.refresh();
      }, 5000);
      void this.textsAvailable();
    } catch {
      this.status.textContent = S.unreachable;
      this.started = null;
    }
  }

  private async newSession(): Promise<void> {
    const res = await fetch(`${API}/api/web/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: LOCALE, timezone: Intl.DateTimeFormat().resolvedOptions().timeZone }),
    });
    if (!res.ok) throw new Error(`session ${res.status}`);
    this.token = ((await res.json()) as { token: string }).token;
    localStorage.setItem(KEY, this.token);
    this.cursor = '0';
    this.seen.clear();
  }

  private async api(path: string, init: RequestInit = {}): Promise<Response> {
    const headers: Record<string, string> = { ...(init.body ? { 'content-type': 'application/json' } : {}), ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) };
    const res = await fetch(`${API}${path}`, { ...init, headers });
    if (res.status === 401) {
      this.showExpired();
      throw new Error('session ended');
    }
    return res;
  }

  /** The session expired or was ended: said so; a new one starts only when the patient agrees. */
  private showExpired(): void {
    if (this.expired) return;
    this.expired = true;
    const box = el('div', { class: 'expired', role: 'alert' });
    box.append(el('p', {}, S.expired));
    const again = el('button', { type: 'button', class: 'btn primary' }, S.startAgain);
    again.addEventListener('click', () => void this.restart());
    box.append(again);
    this.scroller.after(box);
    box.id = 'cbt-expired';
    again.focus();
  }

  private async restart(): Promise<void> {
    this.root.getElementById('cbt-expired')?.remove();
    this.log.textContent = '';
    this.quick.textContent = '';
    this.banner.hidden = true;
    this.token = null;
    localStorage.removeItem(KEY);
    this.expired = false;
    try {
      await this.newSession();
      await this.refresh();
      void this.flush();
      this.input.focus();
    } catch {
      this.status.textContent = S.unreachable;
    }
  }

  // --- messages ------------------------------------------------------------------------------
  private async refresh(): Promise<void> {
    if (this.fetching || this.expired || !this.token) return this.fetching ?? undefined;
    this.fetching = (async () => {
      for (;;) {
        const res = await this.api(`/api/web/messages?after=${encodeURIComponent(this.cursor)}&limit=200`);
        if (!res.ok) return;
        const page = (await res.json()) as { messages: Message[]; cursor: string };
        for (const m of page.messages) this.show(m);
        const last = page.messages.at(-1);
        if (last) this.showQuickReplies(last.direction === 'out' ? (last.quickReplies ?? []) : []);
        this.cursor = page.cursor;
        if (page.messages.length < 200) return;
      }
    })()
      .catch(() => undefined)
      .finally(() => {
        this.fetching = null;
      });
    return this.fetching;
  }

  private show(m: Message): void {
    if (this.seen.has(m.id)) return;
    this.seen.add(m.id);
    this.log.querySelector('.msg--hint')?.remove();
    if (m.direction === 'in') {
      // Our own message, sent from this page: the pending bubble becomes it.
      const pending = [...this.log.querySelectorAll<HTMLLIElement>('li.msg--pending')].find((li) => li.dataset.text === m.text && !li.dataset.id);
      if (pending) {
        this.settle(pending, m.id, m.createdAt);
        return;
      }
    }
    if (m.direction === 'out') this.setTyping(false);
    if (m.kind === 'clinician_joined') this.setBanner(S.joined, false);
    if (m.kind === 'clinician_left') this.setBanner(S.left(this.botName), true);
    this.log.append(this.bubble(m));
    this.scrollDown();
  }

  private bubble(m: Pick<Message, 'direction' | 'author' | 'text' | 'kind'> & { createdAt?: string }): HTMLLIElement {
    const li = el('li', { class: `msg msg--${m.direction}`, tabindex: '-1' });
    if (m.author === 'clinician') li.classList.add('msg--clinician');
    if (m.author === 'system') li.classList.add('msg--system');
    if (m.kind === 'crisis') li.classList.add('msg--crisis');
    const who = m.kind === 'crisis' ? S.crisisReply : m.author === 'clinician' ? S.clinician : m.direction === 'in' ? S.you : this.botName;
    li.append(el('span', { class: m.direction === 'in' && m.kind !== 'crisis' ? 'vh' : 'who' }, who));
    const body = el('span', { class: 'text' });
    if (m.direction === 'out') this.linkify(body, m.text);
    else body.textContent = m.text;
    li.append(body);
    if (m.createdAt) li.append(this.time(m.createdAt));
    return li;
  }

  private time(iso: string): HTMLTimeElement {
    const d = new Date(iso);
    return el('time', { class: 'ts', datetime: iso }, d.toLocaleString(LOCALE, { dateStyle: 'medium', timeStyle: 'short' }));
  }

  /** A new conversation: a first line and a button, so the patient knows what to do. */
  private showHello(): void {
    const li = el('li', { class: 'msg msg--out msg--hint' });
    li.append(el('span', { class: 'who' }, this.botName), el('span', { class: 'text' }, S.hello(this.botName)));
    this.log.append(li);
    this.showQuickReplies([{ label: S.hi }]);
  }

  private settle(li: HTMLLIElement, id: string, createdAt: string): void {
    li.dataset.id = id;
    li.classList.remove('msg--pending');
    li.querySelector('.meta')?.remove();
    if (!li.querySelector('time')) li.append(this.time(createdAt));
  }

  private showQuickReplies(replies: QuickReply[]): void {
    this.quick.textContent = '';
    for (const q of replies) {
      const b = el('button', { type: 'button' }, q.label);
      b.addEventListener('click', () => {
        // The buttons go with the answer: focus goes back into the dialog, not to the page.
        (matchMedia('(pointer: coarse)').matches ? this.panel : this.input).focus();
        void this.send(q.value || q.label);
      });
      this.quick.append(b);
    }
    this.scrollDown();
  }

  private setBanner(text: string, fades: boolean): void {
    this.banner.textContent = text;
    this.banner.hidden = false;
    if (fades) setTimeout(() => { if (this.banner.textContent === text) this.banner.hidden = true; }, 10_000);
  }

  private setTyping(on: boolean): void {
    clearTimeout(this.typingTimer);
    this.typing.textContent = on ? S.typing(this.botName) : '';
    if (on) this.typingTimer = setTimeout(() => this.setTyping(false), 30_000);
  }

  /**
   * Shows the newest message: its end, or its start when it is taller than the view (a long answer is
   * read from the top). Scrolled up to read, the patient is told there is something new instead.
   */
  private scrollDown(force = false): void {
    if (force) this.pinned = true;
    if (!this.pinned) {
      this.newer.hidden = false;
      return;
    }
    this.newer.hidden = true;
    const last = this.log.lastElementChild as HTMLElement | null;
    const view = this.scroller.clientHeight;
    this.scroller.scrollTop = last && last.offsetHeight > view - 16 ? last.offsetTop - 8 : this.scroller.scrollHeight;
  }

  // --- sending, with an outbox that survives going offline and reloading -----------------------
  private queue(): Queued[] {
    try {
      return JSON.parse(localStorage.getItem(`${KEY}:outbox`) ?? '[]') as Queued[];
    } catch {
      return [];
    }
  }

  private saveQueue(q: Queued[]): void {
    if (q.length) localStorage.setItem(`${KEY}:outbox`, JSON.stringify(q));
    else localStorage.removeItem(`${KEY}:outbox`);
  }

  private pendingBubble(q: Queued): HTMLLIElement {
    const li = this.bubble({ direction: 'in', author: 'patient', text: q.text });
    li.classList.add('msg--pending');
    li.dataset.text = q.text;
    li.dataset.client = q.clientMessageId;
    li.append(el('span', { class: 'meta' }, navigator.onLine ? S.sending : S.notSentYet));
    this.log.append(li);
    this.scrollDown();
    return li;
  }

  private async send(raw: string): Promise<void> {
    const text = raw.trim();
    if (!text) return;
    const q: Queued = { clientMessageId: crypto.randomUUID(), text };
    this.saveQueue([...this.queue(), q]);
    this.log.querySelector('.msg--hint')?.remove();
    this.pinned = true;
    this.pendingBubble(q);
    this.showQuickReplies([]);
    if (!navigator.onLine) this.status.textContent = S.offlineQueued;
    await (this.started ??= this.start());
    await this.flush();
  }

  /** Sends what is queued, in order, once each: a retry reuses the clientMessageId, which the server answers without a second reply. */
  private async flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    this.flushing = (async () => {
      for (let attempt = 0; ; attempt++) {
        const q = this.queue();
        const next = q[0];
        if (!next || this.expired || !this.token) return;
        const li = this.log.querySelector<HTMLLIElement>(`li[data-client="${next.clientMessageId}"]`);
        let res: Response;
        try {
          res = await this.api('/api/web/messages', { method: 'POST', body: JSON.stringify({ text: next.text, clientMessageId: next.clientMessageId }) });
        } catch {
          if (this.expired) return;
          this.status.textContent = S.offlineQueued;
          const meta = li?.querySelector('.meta');
          if (meta) meta.textContent = S.notSentYet;
          await nap(Math.min(30_000, 1000 * 2 ** Math.min(attempt, 5)));
          continue;
        }
        if (res.status === 429 || res.status >= 500) {
          await sleep(1000 * Number(res.headers.get('retry-after') ?? 2 ** Math.min(attempt, 5)));
          continue;
        }
        this.saveQueue(this.queue().filter((x) => x.clientMessageId !== next.clientMessageId));
        attempt = -1;
        if (res.ok) {
          const body = (await res.json()) as { id: string };
          this.status.textContent = '';
          if (li) {
            this.seen.add(body.id);
            this.settle(li, body.id, new Date().toISOString());
          }
          this.setTyping(true);
          setTimeout(() => void this.refresh(), 150);
        } else {
          const err = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
          this.status.textContent = err.error?.message ?? S.somethingWrong(res.status);
          if (li) {
            li.classList.replace('msg--pending', 'msg--failed');
            const meta = li.querySelector('.meta');
            if (meta) meta.textContent = S.notSent;
          }
        }
      }
    })().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  /** Live updates: the event stream (read with fetch, so the token stays out of URLs), reconnecting with backoff and catching up each time. */
  private async listen(): Promise<void> {
    for (let attempt = 0; !this.expired; attempt++) {
      try {
        const res = await this.api('/api/web/events');
        if (!res.ok || !res.body) throw new Error('no stream');
        this.streamOpen = true;
        attempt = 0;
        void this.refresh();
        void this.flush();
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          if (buffer.includes('event: messages')) {
            buffer = '';
            void this.refresh();
          }
          if (buffer.length > 4096) buffer = '';
        }
      } catch {
        // dropped or refused: polling covers the gap until the stream is back
      }
      this.streamOpen = false;
      await nap(Math.min(30_000, 1000 * 2 ** Math.min(attempt, 5)) * (0.75 + Math.random() / 2));
    }
  }

  // --- check-ins by text (phone linking) --------------------------------------------------------
  private async textsAvailable(): Promise<void> {
    try {
      const res = await this.api('/api/web/phone');
      if (res.ok && ((await res.json()) as { available?: boolean }).available) this.textsButton.hidden = false;
    } catch {
      // stays hidden
    }
  }

  private async toggleTexts(show: boolean): Promise<void> {
    this.textsPanel.hidden = !show;
    this.panel.classList.toggle('overlaying', show);
    this.textsButton.setAttribute('aria-expanded', String(show));
    if (!show) {
      this.textsButton.focus();
      return;
    }
    this.crisisPanel.hidden = true;
    this.textsPanel.textContent = '';
    const heading = el('h3', {}, S.texts);
    const note = el('p', { role: 'status' }, S.textsIntro);
    const phoneForm = el('form');
    const phone = el('input', { id: 'cbt-phone', type: 'tel', autocomplete: 'tel', maxlength: '40', required: '' });
    phoneForm.append(el('label', { for: 'cbt-phone' }, S.mobile), phone, el('button', { type: 'submit', class: 'btn primary' }, S.sendCode));
    const codeForm = el('form');
    const code = el('input', { id: 'cbt-code', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '12', required: '' });
    codeForm.append(el('label', { for: 'cbt-code' }, S.codeLabel), code, el('button', { type: 'submit', class: 'btn primary' }, S.confirm));
    const unlink = el('button', { type: 'button', class: 'btn' }, S.unlink);
    const close = el('button', { type: 'button', class: 'btn' }, S.close);
    this.textsPanel.append(heading, note, phoneForm, codeForm, el('div', { class: 'row' }));
    this.textsPanel.lastElementChild!.append(unlink, close);
    close.addEventListener('click', () => void this.toggleTexts(false));
    const problem = async (res: Response) => {
      const err = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
      note.textContent = err.error?.message ?? S.somethingWrong(res.status);
    };
    const state = async () => {
      const res = await this.api('/api/web/phone');
      if (!res.ok) return problem(res);
      const s = (await res.json()) as { phone?: string | null; pending?: { phone: string } | null };
      phoneForm.hidden = Boolean(s.phone);
      codeForm.hidden = !s.pending;
      unlink.hidden = !s.phone;
      if (s.phone) note.textContent = S.textsOn(s.phone);
      else if (s.pending) note.textContent = S.codeSent(s.pending.phone);
    };
    phoneForm.addEventListener('submit', (e) => {
      e.preventDefault();
      void (async () => {
        const res = await this.api('/api/web/phone', { method: 'POST', body: JSON.stringify({ phone: phone.value }) });
        if (!res.ok) return problem(res);
        await state();
        code.focus();
      })();
    });
    codeForm.addEventListener('submit', (e) => {
      e.preventDefault();
      void (async () => {
        const res = await this.api('/api/web/phone/confirm', { method: 'POST', body: JSON.stringify({ code: code.value }) });
        if (!res.ok) return problem(res);
        const linked = (await res.json()) as { token?: string };
        code.value = '';
        if (linked.token) {
          // The number was already ours: this chat carries on that conversation, under its token.
          this.token = linked.token;
          localStorage.setItem(KEY, linked.token);
          this.cursor = '0';
          this.seen.clear();
          this.log.textContent = '';
        }
        await state();
        void this.refresh();
      })();
    });
    unlink.addEventListener('click', () => {
      void (async () => {
        const res = await this.api('/api/web/phone', { method: 'DELETE' });
        if (!res.ok) return problem(res);
        await state();
        note.textContent = S.unlinked;
        void this.refresh();
      })();
    });
    phoneForm.hidden = codeForm.hidden = unlink.hidden = true;
    this.textsPanel.focus();
    await state().catch(() => undefined);
    if (phoneForm.hidden && codeForm.hidden && unlink.hidden) phoneForm.hidden = false;
  }

  /** The bot's and clinic's names as the service knows them (data-clinic wins for the clinic). */
  private async names(): Promise<void> {
    try {
      const res = await fetch(`${API}/api/web/widget-config`);
      if (!res.ok) return;
      const cfg = (await res.json()) as { botName: string; clinicName: string | null };
      this.botName = cfg.botName || S.companion;
      const clinic = data.clinic || cfg.clinicName;
      this.title.textContent = clinic || this.botName;
      this.sub.textContent = clinic ? this.botName : S.notice.split('.')[0]!;
    } catch {
      // keeps the defaults
    }
  }
}

function mount(): void {
  const host = document.createElement('div');
  host.setAttribute('data-cbt-companion', '');
  document.body.append(host);
  new Widget(host);
}

if (document.body) mount();
else document.addEventListener('DOMContentLoaded', mount, { once: true });
