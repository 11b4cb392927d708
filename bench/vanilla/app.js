// The benchmark's vanilla-JS twin of the widget: the same cards, sliders and
// verdict computation (weighted mean, contributions, flip points, robustness)
// with plain DOM calls and no framework, so the Rust/Yew app's input-to-paint
// time can be reported as a ratio. Benchmark only; never shipped.
const data = await (await fetch('../../data/dataset.json')).json();
const T = data.technologies.length;
const C = data.criteria;
const name = (t) => data.technologies[t].name;
const score = (c, t, key = 'value') => {
  const s = C[c].scores.find((x) => x.technology === data.technologies[t].id);
  return key === 'value' ? s.value : (s.range ? s.range[key === 'low' ? 0 : 1] : s.value);
};
const levels = C.map(() => data.default_weight);
const tenths = (x) => String(Math.round(x * 10) / 10);
const el = (tag, attrs = {}, text) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
};
const svg = (tag, attrs) => {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
};

function evaluate() {
  const W = levels.reduce((a, b) => a + b, 0);
  if (W === 0) return null;
  const totals = [...Array(T)].map((_, t) => C.reduce((s, _c, c) => s + levels[c] * score(c, t), 0) / W);
  const order = [...totals.keys()].sort((a, b) => totals[b] - totals[a] || a - b);
  const [lead, run] = order;
  const contributions = C.map((_c, c) => ({ c, v: (levels[c] / W) * (score(c, lead) - score(c, run)) }));
  let worst = Infinity;
  for (let t = 0; t < T; t++) {
    if (t === lead) continue;
    worst = Math.min(worst, C.reduce((s, _c, c) => s + levels[c] * (score(c, lead, 'low') - score(c, t, 'high')), 0) / W);
  }
  return { totals, lead, run, margin: totals[lead] - totals[run], contributions, worst };
}

function flips(c) {
  const sums = [...Array(T)].map((_, t) => C.reduce((s, _x, i) => s + levels[i] * score(i, t), 0));
  const lines = sums.map((s, t) => ({ a: s - levels[c] * score(c, t), b: score(c, t) }));
  const out = [];
  let x = 0;
  let cur = 0;
  lines.forEach((l, i) => { const v = l.a + l.b * x; const bv = lines[cur].a + lines[cur].b * x; if (v > bv || (v === bv && l.b > lines[cur].b)) cur = i; });
  while (out.length < T) {
    let next = null;
    lines.forEach((l, i) => {
      if (l.b <= lines[cur].b) return;
      const cross = (lines[cur].a - l.a) / (l.b - lines[cur].b);
      if (cross > x && (!next || cross < next.x)) next = { x: cross, i };
    });
    if (!next || next.x >= 10) break;
    out.push({ weight: next.x, below: cur, above: next.i });
    cur = next.i;
    x = next.x;
  }
  return out;
}

const root = el('div', { class: 'versus' });
const status = el('div', { role: 'status', 'aria-live': 'polite', class: 'verdict-status' });
const headline = el('p', { class: 'verdict-headline' });
const detail = el('p', { class: 'verdict-detail' });
status.append(headline, detail);
const reasons = el('ol', { class: 'reasons' });
const table = el('table', { class: 'contributions' });
const tbody = el('tbody');
table.append(tbody);
const verdict = el('section', { class: 'verdict' });
verdict.append(status, reasons, table);
const cards = el('div', { class: 'cards' });
const flipTexts = [];
C.forEach((crit, c) => {
  const card = el('article', { class: 'card' });
  const label = el('label', { for: `weight-${crit.id}` }, crit.name);
  const input = el('input', { type: 'range', id: `weight-${crit.id}`, min: '0', max: '10', step: '1', value: String(levels[c]) });
  const flip = el('p', { class: 'card-flip' });
  flipTexts.push({ flip, input });
  input.addEventListener('input', () => {
    levels[c] = Number(input.value);
    render();
  });
  const scores = el('div', { class: 'scores' });
  crit.scores.forEach((s) => {
    const box = el('div', { class: `score tech-${s.technology}` });
    const bar = svg('svg', { class: 'score-bar', viewBox: '0 0 100 12', preserveAspectRatio: 'none' });
    bar.append(svg('rect', { class: 'score-fill', x: '0', y: '3', width: String(s.value * 10), height: '6' }));
    box.append(el('p', {}, `${s.technology} ${s.value} / 10`), bar, el('p', { class: 'score-rationale' }, s.rationale));
    scores.append(box);
  });
  card.append(el('h3', {}), label, el('p', { class: 'card-question' }, crit.question), input, flip, scores);
  cards.append(card);
});
root.append(el('h1', {}, data.title), verdict, cards);
document.getElementById('versus-root').append(root);

function render() {
  const r = evaluate();
  if (!r) {
    headline.textContent = 'No priorities set';
    detail.textContent = '';
    return;
  }
  headline.textContent = r.margin < 0.25 ? 'Too close to call' : `${name(r.lead)} wins by ${tenths(r.margin)} points`;
  detail.textContent = `Weighted scores out of 10: ${r.totals.map((s, t) => `${name(t)} ${tenths(s)}`).join(', ')}.`;
  const strongest = r.contributions.filter((x) => x.v !== 0).sort((a, b) => Math.abs(b.v) - Math.abs(a.v));
  reasons.replaceChildren(...strongest.slice(0, 3).map((x) => el('li', {}, `${C[x.c].name}: ${x.v.toFixed(2)}`)));
  const largest = Math.max(1e-9, ...strongest.map((x) => Math.abs(x.v)));
  tbody.replaceChildren(...strongest.slice(0, 8).map((x) => {
    const tr = el('tr');
    const bar = svg('svg', { viewBox: '-100 0 200 10', preserveAspectRatio: 'none', class: 'diverging' });
    const len = (Math.abs(x.v) / largest) * 100;
    bar.append(svg('rect', { x: String(x.v > 0 ? 0 : -len), y: '1', width: String(len), height: '8' }));
    const td = el('td');
    td.append(bar);
    tr.append(el('th', {}, C[x.c].name), td, el('td', {}, x.v.toFixed(2)));
    return tr;
  }));
  flipTexts.forEach(({ flip, input }, c) => {
    const f = flips(c);
    const near = f.sort((a, b) => Math.abs(a.weight - levels[c]) - Math.abs(b.weight - levels[c]))[0];
    flip.textContent = near ? `${name(levels[c] < near.weight ? near.above : near.below)} wins ${levels[c] < near.weight ? 'above' : 'below'} ${tenths(near.weight)}` : 'On its own, this cannot change the leader.';
    input.setAttribute('aria-valuetext', `${levels[c]} of 10`);
  });
}
render();
