// The patient's chat page. Plain JavaScript, no build step. Message text is only ever set with
// textContent, never parsed as HTML.
(() => {
  'use strict';
  const TOKEN_KEY = 'cbt-companion-token';
  const $ = (id) => document.getElementById(id);
  const log = $('log'), quick = $('quick'), form = $('form'), input = $('input'), status = $('status');
  let token = localStorage.getItem(TOKEN_KEY);
  let cursor = '0';
  let fetching = null;
  const pending = new Map(); // clientMessageId -> element, until the server echoes the message

  async function api(path, options = {}) {
    const headers = { ...(options.body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) };
    const res = await fetch(path, { ...options, headers });
    if (res.status === 401 && path !== '/api/web/sessions') {
      await startSession();
      return api(path, options);
    }
    return res;
  }

  async function startSession() {
    const res = await fetch('/api/web/sessions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: navigator.language, timezone: Intl.DateTimeFormat().resolvedOptions().timeZone }),
    });
    if (!res.ok) throw new Error(`could not start a session (${res.status})`);
    token = (await res.json()).token;
    localStorage.setItem(TOKEN_KEY, token);
    cursor = '0';
    log.textContent = '';
  }

  function bubble(m) {
    const li = document.createElement('li');
    li.className = `msg msg--${m.direction}` + (m.author === 'system' ? ' msg--system' : '') + (m.author === 'clinician' ? ' msg--clinician' : '');
    if (m.author === 'clinician') {
      const who = document.createElement('span');
      who.className = 'msg__who';
      who.textContent = 'Clinician';
      li.appendChild(who);
    }
    li.appendChild(document.createTextNode(m.text));
    return li;
  }

  function showQuickReplies(replies) {
    quick.textContent = '';
    for (const q of replies || []) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = q.label;
      b.addEventListener('click', () => send(q.value || q.label));
      quick.appendChild(b);
    }
  }

  async function refresh() {
    if (fetching) return fetching;
    fetching = (async () => {
      const res = await api(`/api/web/messages?after=${encodeURIComponent(cursor)}`);
      if (!res.ok) return;
      const data = await res.json();
      for (const m of data.messages) {
        for (const [id, el] of pending) if (m.direction === 'in' && el.dataset.text === m.text) { el.remove(); pending.delete(id); break; }
        log.appendChild(bubble(m));
      }
      if (data.messages.length) {
        const last = data.messages[data.messages.length - 1];
        showQuickReplies(last.direction === 'out' ? last.quickReplies : []);
        window.scrollTo(0, document.body.scrollHeight);
      }
      cursor = data.cursor;
    })().finally(() => { fetching = null; });
    return fetching;
  }

  async function send(text) {
    text = text.trim();
    if (!text) return;
    const clientMessageId = crypto.randomUUID();
    const el = bubble({ direction: 'in', text, author: 'patient' });
    el.classList.add('msg--pending');
    el.dataset.text = text;
    log.appendChild(el);
    pending.set(clientMessageId, el);
    showQuickReplies([]);
    // Retries reuse the clientMessageId: the server answers a repeat without a second reply.
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        const res = await api('/api/web/messages', { method: 'POST', body: JSON.stringify({ text, clientMessageId }) });
        if (res.ok) { status.textContent = ''; break; }
        const err = await res.json().catch(() => ({}));
        status.textContent = err.error?.message || `Could not send (${res.status})`;
        el.remove(); pending.delete(clientMessageId);
        return;
      } catch {
        status.textContent = 'Connection lost, retrying…';
        await new Promise((r) => setTimeout(r, 1000 * 2 ** attempt));
      }
    }
    setTimeout(refresh, 150);
  }

  async function listen() {
    for (;;) {
      try {
        const res = await api('/api/web/events');
        if (!res.ok || !res.body) throw new Error('no stream');
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          if (buffer.includes('event: messages')) { buffer = ''; refresh(); }
          if (buffer.length > 4096) buffer = '';
        }
      } catch { /* fall through to a pause, polling keeps the page current meanwhile */ }
      await new Promise((r) => setTimeout(r, 3000));
    }
  }

  form.addEventListener('submit', (e) => { e.preventDefault(); const t = input.value; input.value = ''; send(t); });
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); } });
  $('help').addEventListener('click', async () => {
    $('help-panel').hidden = false;
    const res = await api('/api/web/resources');
    if (res.ok) $('help-text').textContent = (await res.json()).text;
  });
  $('help-close').addEventListener('click', () => { $('help-panel').hidden = true; });

  // Check-ins by text: the number is confirmed with a code texted to it.
  const textsStatus = $('texts-status');
  async function showPhone() {
    const res = await api('/api/web/phone');
    if (!res.ok) return;
    const s = await res.json();
    $('unlink').hidden = !s.phone;
    $('phone-form').hidden = Boolean(s.phone);
    $('code-form').hidden = !s.pending;
    if (s.phone) textsStatus.textContent = `Check-ins come by text to your number ending ${s.phone}.`;
    else if (s.pending) textsStatus.textContent = `We texted a code to your number ending ${s.pending.phone}. Type it below.`;
  }
  async function problem(res) {
    const err = await res.json().catch(() => ({}));
    textsStatus.textContent = err.error?.message || `Something went wrong (${res.status})`;
  }
  $('texts').addEventListener('click', () => {
    const panel = $('texts-panel');
    panel.hidden = !panel.hidden;
    $('texts').setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) showPhone();
  });
  $('texts-close').addEventListener('click', () => { $('texts-panel').hidden = true; $('texts').setAttribute('aria-expanded', 'false'); });
  $('phone-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const res = await api('/api/web/phone', { method: 'POST', body: JSON.stringify({ phone: $('phone').value }) });
    if (!res.ok) return problem(res);
    await showPhone();
    $('code').focus();
  });
  $('code-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const res = await api('/api/web/phone/confirm', { method: 'POST', body: JSON.stringify({ code: $('code').value }) });
    if (!res.ok) return problem(res);
    const linked = await res.json();
    $('code').value = '';
    if (linked.token) {
      // The number was already ours: this chat carries on that conversation, under its token.
      token = linked.token;
      localStorage.setItem(TOKEN_KEY, token);
      cursor = '0';
      log.textContent = '';
    }
    await showPhone();
    refresh();
  });
  $('unlink').addEventListener('click', async () => {
    const res = await api('/api/web/phone', { method: 'DELETE' });
    if (!res.ok) return problem(res);
    textsStatus.textContent = 'Your number is removed. Check-ins will wait for you here.';
    $('unlink').hidden = true;
    $('phone-form').hidden = false;
    refresh();
  });

  (async () => {
    try {
      if (!token) await startSession();
      await refresh();
      api('/api/web/phone').then(async (res) => { if (res.ok && !(await res.json()).available) $('texts').hidden = true; }).catch(() => {});
      setInterval(refresh, 4000);
      listen();
    } catch (e) {
      status.textContent = 'The companion is not reachable right now. If you need help urgently, call your local emergency number.';
    }
  })();
})();
