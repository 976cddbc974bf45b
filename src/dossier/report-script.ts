/**
 * The HTML report's only script: a click on any line that carries evidence (`data-ev`, a list
 * of "article:start:end" triples) shows the article in the reader pane with the evidence spans
 * highlighted. Article text is put into the page as text nodes, never as markup. The report's
 * Content-Security-Policy allows this script by its hash and nothing else.
 */
export const REPORT_SCRIPT = `(() => {
  const data = JSON.parse(document.getElementById('recoupe-data').textContent);
  const reader = document.getElementById('reader');
  const head = reader.querySelector('.reader-head');
  const tabs = reader.querySelector('.reader-tabs');
  const body = reader.querySelector('.reader-body');
  const parse = (ev) => ev.split(';').filter(Boolean).map((t) => t.split(':').map(Number));
  function render(ai, spans) {
    const a = data.articles[ai];
    head.replaceChildren();
    const h = document.createElement('h3');
    h.textContent = a.title || a.name;
    const m = document.createElement('div');
    m.className = 'meta';
    m.textContent = [a.outlet, a.publishedAt, a.language].filter(Boolean).join(' · ');
    head.append(h, m);
    body.replaceChildren();
    const marks = spans.slice().sort((x, y) => x[0] - y[0]);
    const text = a.text;
    let from = 0;
    while (from <= text.length) {
      let to = text.indexOf('\\n\\n', from);
      if (to < 0) to = text.length;
      const p = document.createElement('p');
      let at = from;
      for (const [s, e] of marks) {
        if (e <= at || s >= to) continue;
        const ms = Math.max(s, at);
        const me = Math.min(e, to);
        if (ms > at) p.append(document.createTextNode(text.slice(at, ms)));
        const mark = document.createElement('mark');
        mark.textContent = text.slice(ms, me);
        p.append(mark);
        at = me;
      }
      if (at < to) p.append(document.createTextNode(text.slice(at, to)));
      body.append(p);
      from = to + 2;
    }
    const first = body.querySelector('mark');
    if (first) first.scrollIntoView({ block: 'center' });
    else body.scrollTop = 0;
  }
  function show(ev) {
    const by = new Map();
    for (const [ai, s, e] of ev) {
      if (!by.has(ai)) by.set(ai, []);
      by.get(ai).push([s, e]);
    }
    tabs.replaceChildren();
    const ids = [...by.keys()];
    ids.forEach((ai, k) => {
      const b = document.createElement('button');
      b.type = 'button';
      const a = data.articles[ai];
      b.textContent = a.name + (by.get(ai).length > 1 || by.get(ai)[0][1] > by.get(ai)[0][0] ? ' (' + by.get(ai).length + ')' : '');
      b.addEventListener('click', () => {
        tabs.querySelectorAll('button').forEach((x) => x.classList.remove('on'));
        b.classList.add('on');
        render(ai, by.get(ai));
      });
      if (k === 0) b.classList.add('on');
      tabs.append(b);
    });
    if (ids.length) render(ids[0], by.get(ids[0]));
  }
  function pick(el) {
    document.querySelectorAll('.selected').forEach((x) => x.classList.remove('selected'));
    el.classList.add('selected');
    show(parse(el.dataset.ev));
  }
  document.addEventListener('click', (e) => {
    const el = e.target.closest('[data-ev]');
    if (el) pick(el);
  });
  document.addEventListener('keydown', (e) => {
    const el = e.target.closest && e.target.closest('[data-ev]');
    if (el && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      pick(el);
    }
  });
  if (data.articles.length) render(0, []);
})();`;
