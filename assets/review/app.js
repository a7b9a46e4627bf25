// dubbelcheck review page: renders the flagged studies embedded in index.html (JSON in
// #review-data) and records one verdict per flagged finding in localStorage, keyed by the run id;
// "Export verdicts.csv" downloads them.
//
// Report text is untrusted input: everything from the data reaches the DOM as text nodes
// (textContent / append(string)), never through innerHTML.
'use strict';

(function () {
  /** The verdicts, in button and shortcut order (keys 1-4). Values are verdicts.csv's vocabulary. */
  const VERDICTS = [
    { value: 'confirmed_missed', label: 'Confirmed missed finding', note: 'clinically relevant' },
    { value: 'confirmed_not_relevant', label: 'Confirmed, not relevant', note: 'real, but no consequence' },
    { value: 'ai_false_positive', label: 'AI false positive', note: 'image does not show it' },
    { value: 'report_misread', label: 'Report misread by the tool', note: 'text engine error' },
  ];
  const CSV_COLUMNS = ['accession_number', 'finding', 'verdict', 'reviewer', 'timestamp'];
  const DISCREPANCY = {
    unreported: 'AI positive; the report says absent or does not mention it',
    hedged: 'AI positive; the report only hedges',
    unconfirmed: 'The report says present; the AI score is below its threshold',
  };
  const STATUS = {
    present: 'present',
    absent: 'absent',
    uncertain: 'uncertain (hedged)',
    not_mentioned: 'not mentioned',
  };

  const data = JSON.parse(document.getElementById('review-data').textContent);
  const STORE_KEY = 'dubbelcheck.verdicts.' + data.run_id;
  const REVIEWER_KEY = 'dubbelcheck.reviewer';

  /** Flat list of flagged findings in page order: what j/k move through and what is counted. */
  const items = [];
  let focused = -1;
  let storageOk = true;
  /** { [accession]: { [finding]: { verdict, reviewer, timestamp } } } */
  let verdicts = loadVerdicts();

  // ---- storage -------------------------------------------------------------------------------

  function loadVerdicts() {
    try {
      const raw = window.localStorage.getItem(STORE_KEY);
      const parsed = raw ? JSON.parse(raw) : {};
      return parsed && typeof parsed === 'object' ? parsed : {};
    } catch (e) {
      storageOk = false;
      return {};
    }
  }

  function saveVerdicts() {
    try {
      window.localStorage.setItem(STORE_KEY, JSON.stringify(verdicts));
      storageOk = true;
    } catch (e) {
      storageOk = false;
      say('This browser does not keep verdicts (storage blocked or full): export before closing the page.', true);
    }
  }

  function verdictOf(item) {
    const byFinding = verdicts[item.acc];
    return (byFinding && byFinding[item.finding]) || null;
  }

  function reviewerName() {
    return document.getElementById('reviewer').value.trim();
  }

  // ---- DOM helpers ---------------------------------------------------------------------------

  /** Creates an element; string children become text nodes. */
  function h(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c !== null && c !== undefined && c !== false) e.append(c);
    }
    return e;
  }

  /** A path relative to review/, as a URL: each segment percent-encoded. */
  function rel(path) {
    return path.split('/').map(encodeURIComponent).join('/');
  }

  function fmtDate(d) {
    return /^\d{8}$/.test(d) ? d.slice(0, 4) + '-' + d.slice(4, 6) + '-' + d.slice(6) : d;
  }

  function say(text, warn) {
    const m = document.getElementById('message');
    m.textContent = text;
    m.classList.toggle('warn', !!warn);
  }

  // ---- report highlighting -------------------------------------------------------------------
  // Offsets in the data count Unicode characters (Rust chars); JS strings count UTF-16 units.
  // Working on Array.from(text) (one element per code point) keeps the two in step.

  /** [start, end) of the evidence in chars, or null. Falls back to a text search if the offsets
   *  do not point at the evidence (they always should). */
  function locateEvidence(chars, flag) {
    if (!flag.evidence) return null;
    const s = flag.evidence_start;
    const e = flag.evidence_end;
    if (e > s && e <= chars.length && chars.slice(s, e).join('') === flag.evidence) return [s, e];
    const text = chars.join('');
    const at = text.indexOf(flag.evidence);
    if (at < 0) return null;
    const start = Array.from(text.slice(0, at)).length;
    return [start, start + Array.from(flag.evidence).length];
  }

  const WORD = /[\p{L}\p{N}]/u;

  /** Occurrences of `cue` as whole words in chars[from, to): exact case if any, else any case. */
  function findCue(chars, from, to, cue) {
    const c = Array.from(cue);
    if (!c.length) return [];
    const lower = (x) => x.toLowerCase();
    const search = (eq) => {
      const hits = [];
      for (let i = from; i + c.length <= to; i++) {
        let ok = true;
        for (let j = 0; j < c.length && ok; j++) ok = eq(chars[i + j], c[j]);
        if (!ok) continue;
        if (WORD.test(c[0]) && i > 0 && WORD.test(chars[i - 1])) continue;
        const after = i + c.length;
        if (WORD.test(c[c.length - 1]) && after < chars.length && WORD.test(chars[after])) continue;
        hits.push([i, after]);
      }
      return hits;
    };
    const exact = search((a, b) => a === b);
    return exact.length ? exact : search((a, b) => lower(a) === lower(b));
  }

  /** The report as text nodes and <mark>s: evidence sentences (data-ev = findings) and the cues
   *  inside them (data-cue). Overlapping spans are cut at every boundary. */
  function renderReport(text, flags) {
    const chars = Array.from(text);
    const spans = [];
    for (const f of flags) {
      const ev = locateEvidence(chars, f);
      if (ev) spans.push({ start: ev[0], end: ev[1], kind: 'ev', finding: f.finding });
      if (f.trigger) {
        let cues = exactCue(chars, f);
        if (!cues.length && ev) cues = findCue(chars, ev[0], ev[1], f.trigger);
        if (!cues.length) cues = findCue(chars, 0, chars.length, f.trigger);
        for (const [s, e] of cues) spans.push({ start: s, end: e, kind: 'cue', finding: f.finding });
      }
    }
    const cuts = new Set([0, chars.length]);
    for (const s of spans) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
    const points = Array.from(cuts).sort((a, b) => a - b);
    const out = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k];
      const b = points[k + 1];
      const piece = chars.slice(a, b).join('');
      const covering = (kind) => spans.filter((s) => s.kind === kind && s.start <= a && b <= s.end).map((s) => s.finding);
      const ev = covering('ev');
      const cue = covering('cue');
      if (!ev.length && !cue.length) out.push(piece);
      else {
        out.push(h('mark', {
          class: (ev.length ? 'ev' : '') + (cue.length ? ' cue' : ''),
          'data-ev': ev.join(' ') || null,
          'data-cue': cue.join(' ') || null,
        }, piece));
      }
      for (const s of spans) {
        if (s.kind === 'ev' && s.end === b) out.push(h('span', { class: 'ev-tag', 'data-for': s.finding, 'aria-hidden': 'true' }, s.finding));
      }
    }
    return out;
  }

  /** The cue at the engine's own offsets (trigger_start/end, in chars), when they hold it. */
  function exactCue(chars, flag) {
    const s = flag.trigger_start;
    const e = flag.trigger_end;
    return e > s && e <= chars.length && chars.slice(s, e).join('') === flag.trigger ? [[s, e]] : [];
  }

  /** The evidence sentence alone, with its cue marked, for the finding's panel. */
  function renderEvidence(flag) {
    const chars = Array.from(flag.evidence);
    const shifted = { ...flag, trigger_start: flag.trigger_start - flag.evidence_start, trigger_end: flag.trigger_end - flag.evidence_start };
    let cues = flag.trigger && flag.trigger_start >= flag.evidence_start ? exactCue(chars, shifted) : [];
    if (!cues.length && flag.trigger) cues = findCue(chars, 0, chars.length, flag.trigger);
    const out = [];
    let at = 0;
    for (const [s, e] of cues) {
      out.push(chars.slice(at, s).join(''), h('mark', { class: 'cue' }, chars.slice(s, e).join('')));
      at = e;
    }
    out.push(chars.slice(at).join(''));
    return out;
  }

  // ---- rendering -----------------------------------------------------------------------------

  /** Score as a bar on [0, 1] with the threshold as a tick. Widths go through the style object
   *  (allowed by the page's CSP, unlike style attributes). */
  function scoreBar(f) {
    const pct = (x) => Math.max(0, Math.min(100, x * 100)) + '%';
    const fill = h('div', { class: 'fill' + (f.ai_positive ? ' pos' : '') });
    const tick = h('div', { class: 'tick' });
    fill.style.width = pct(f.ai_score);
    tick.style.left = pct(f.ai_threshold);
    return h('div', { class: 'scorebar', title: 'AI score ' + f.ai_score.toFixed(3) + ', threshold ' + f.ai_threshold.toFixed(3) }, fill, tick);
  }

  function renderFlag(c, f, caseEl) {
    const item = { acc: c.accession_number, finding: f.finding, flag: f, caseEl, buttons: [] };
    const idx = items.length;
    items.push(item);
    const bar = scoreBar(f);
    const status = [h('span', { class: 'status status-' + f.report_status }, STATUS[f.report_status] || f.report_status)];
    if (f.laterality) status.push(' · side: ', h('b', {}, f.laterality));
    if (f.trigger) status.push(' · cue: ', h('mark', { class: 'cue' }, f.trigger));
    if (f.text_model_status) {
      const p = typeof f.text_model_probability === 'number' ? ' ' + f.text_model_probability.toFixed(2) : '';
      status.push(h('span', {
        class: 'textmodel' + (f.text_agreement === false ? ' disagrees' : ''),
        title: f.text_agreement === false ? 'The text model reads the report differently from the lexicon rules' : 'Text model agrees',
      }, ' · text model: ' + (STATUS[f.text_model_status] || f.text_model_status) + p + (f.text_agreement === false ? ' (disagrees)' : '')));
    }
    const buttons = VERDICTS.map((v, i) => {
      const b = h('button', {
        type: 'button',
        class: 'verdict v-' + v.value,
        'data-verdict': v.value,
        'aria-pressed': 'false',
        title: v.label + ' (' + v.note + ') - key ' + (i + 1),
        onclick: (e) => {
          e.stopPropagation();
          setFocus(idx, false);
          setVerdict(idx, v.value);
        },
      }, h('kbd', {}, String(i + 1)), h('span', { class: 'vlabel' }, v.label), h('small', {}, v.note));
      item.buttons.push(b);
      return b;
    });
    const headParts = [
      h('span', { class: 'finding' }, f.finding),
      h('span', { class: 'disc disc-' + f.discrepancy, title: DISCREPANCY[f.discrepancy] || '' }, f.discrepancy),
    ];
    if (f.heatmap) {
      item.heatmapButton = h('button', {
        type: 'button', class: 'heat-toggle', 'aria-pressed': 'false', title: 'Show the heatmap for ' + f.finding + ' (h)',
        onclick: (e) => { e.stopPropagation(); setFocus(idx, false); toggleHeatmap(idx); },
      }, 'heatmap');
      headParts.push(item.heatmapButton);
    }
    const el = h('section', {
      class: 'flag', tabindex: '-1', 'data-acc': c.accession_number, 'data-finding': f.finding,
      onclick: () => setFocus(idx, false),
    },
    h('div', { class: 'flag-head' }, headParts),
    h('div', { class: 'score' },
      h('span', {}, 'AI ', h('b', {}, f.ai_score.toFixed(3)), f.ai_positive ? ' ≥ ' : ' < ', 'threshold ', f.ai_threshold.toFixed(3)),
      bar),
    h('div', { class: 'report-status' }, 'Report: ', status),
    f.evidence ? h('blockquote', { class: 'evidence', lang: 'nl' }, renderEvidence(f)) : h('p', { class: 'evidence none' }, 'No sentence in the report mentions ' + f.finding + '.'),
    h('div', { class: 'verdicts', role: 'group', 'aria-label': 'Verdict for ' + f.finding }, buttons));
    item.el = el;
    return el;
  }

  function renderCase(c, rank) {
    const caseEl = h('article', { class: 'case', 'data-acc': c.accession_number });
    const meta = [fmtDate(c.study_date), [c.modality, c.view_position].filter(Boolean).join(' '),
      c.n_images > 1 ? c.n_images + ' frontal images' : '', c.institution].filter(Boolean).join(' · ');
    const views = [{ label: 'image', src: c.image, thumb: c.thumbnail, finding: null }];
    for (const f of c.flags) if (f.heatmap) views.push({ label: 'heatmap ' + f.finding, src: f.heatmap, thumb: f.heatmap, finding: f.finding });
    const viewer = { views, current: 0, img: null, buttons: [] };
    caseEl.viewer = viewer;
    viewer.img = h('img', { src: rel(c.thumbnail), alt: 'Radiograph ' + c.accession_number, class: 'thumb-img' });
    const thumb = h('button', { type: 'button', class: 'thumb', title: 'Enlarge (Enter)', onclick: () => openLightbox(caseEl) }, viewer.img);
    viewer.buttons = views.map((v, i) => h('button', {
      type: 'button', class: 'view', 'aria-pressed': i === 0 ? 'true' : 'false', 'data-view': v.finding || 'image',
      onclick: () => showView(caseEl, i),
    }, v.label));
    const flags = h('div', { class: 'flags' });
    const caseProgress = h('span', { class: 'case-progress' });
    caseEl.progressEl = caseProgress;
    caseEl.append(
      h('header', { class: 'case-head' },
        h('span', { class: 'rank' }, '#' + rank),
        h('h2', { class: 'acc' }, c.accession_number),
        h('span', { class: 'meta' }, meta),
        caseProgress),
      h('div', { class: 'case-body' },
        h('div', { class: 'viewer' }, thumb, h('div', { class: 'views' }, viewer.buttons)),
        flags,
        h('div', { class: 'report' }, h('h3', {}, 'Report'), h('p', { class: 'report-text', lang: 'nl' }, renderReport(c.report_text, c.flags)))));
    for (const f of c.flags) flags.append(renderFlag(c, f, caseEl));
    return caseEl;
  }

  function showView(caseEl, i) {
    const v = caseEl.viewer;
    v.current = i;
    v.img.src = rel(v.views[i].thumb);
    v.buttons.forEach((b, j) => b.setAttribute('aria-pressed', j === i ? 'true' : 'false'));
    for (const it of items) {
      if (it.caseEl === caseEl && it.heatmapButton) it.heatmapButton.setAttribute('aria-pressed', v.views[i].finding === it.finding ? 'true' : 'false');
    }
    if (lightboxCase === caseEl) renderLightbox();
  }

  function toggleHeatmap(idx) {
    const it = items[idx];
    if (!it || !it.flag.heatmap) return;
    const v = it.caseEl.viewer;
    const target = v.views.findIndex((x) => x.finding === it.finding);
    showView(it.caseEl, v.current === target ? 0 : target);
  }

  // ---- lightbox ------------------------------------------------------------------------------

  let lightboxCase = null;

  function openLightbox(caseEl) {
    lightboxCase = caseEl;
    document.getElementById('lightbox').hidden = false;
    document.documentElement.classList.add('lightbox-open');
    renderLightbox();
  }

  function closeLightbox() {
    lightboxCase = null;
    document.getElementById('lightbox').hidden = true;
    document.documentElement.classList.remove('lightbox-open');
  }

  function renderLightbox() {
    const v = lightboxCase.viewer;
    const view = v.views[v.current];
    document.getElementById('lightbox-img').src = rel(view.src);
    document.getElementById('lightbox-title').textContent = lightboxCase.dataset.acc + ' · ' + view.label;
    document.getElementById('lightbox-views').replaceChildren(...v.views.map((x, i) => h('button', {
      type: 'button', class: 'view', 'aria-pressed': i === v.current ? 'true' : 'false',
      onclick: () => showView(lightboxCase, i),
    }, x.label)));
  }

  // ---- focus, verdicts, progress -------------------------------------------------------------

  function setFocus(idx, scroll) {
    if (idx < 0 || idx >= items.length) return;
    const prev = items[focused];
    if (prev) {
      prev.el.classList.remove('focused');
      prev.caseEl.classList.remove('focused');
      for (const m of prev.caseEl.querySelectorAll('.report mark')) m.classList.remove('active');
    }
    focused = idx;
    const it = items[idx];
    it.el.classList.add('focused');
    it.caseEl.classList.add('focused');
    for (const m of it.caseEl.querySelectorAll('.report mark')) {
      const mine = (m.dataset.ev || '').split(' ').includes(it.finding) || (m.dataset.cue || '').split(' ').includes(it.finding);
      m.classList.toggle('active', mine);
    }
    if (scroll) {
      if (!prev || prev.caseEl !== it.caseEl) it.caseEl.scrollIntoView({ block: 'start' });
      else it.el.scrollIntoView({ block: 'nearest' });
    }
  }

  /** Sets (or, when it is already the verdict, clears) the verdict of item `idx`. */
  function setVerdict(idx, value) {
    const it = items[idx];
    if (!it) return;
    const current = verdictOf(it);
    const byFinding = verdicts[it.acc] || (verdicts[it.acc] = {});
    if (current && current.verdict === value) delete byFinding[it.finding];
    else byFinding[it.finding] = { verdict: value, reviewer: reviewerName(), timestamp: new Date().toISOString() };
    if (!Object.keys(byFinding).length) delete verdicts[it.acc];
    saveVerdicts();
    paint();
  }

  /** Brings buttons, per-case and overall progress in line with `verdicts`. */
  function paint() {
    let done = 0;
    const perCase = new Map();
    for (const it of items) {
      const v = verdictOf(it);
      const value = v ? v.verdict : '';
      it.el.dataset.verdict = value;
      for (const b of it.buttons) b.setAttribute('aria-pressed', b.dataset.verdict === value ? 'true' : 'false');
      if (value) done++;
      const p = perCase.get(it.caseEl) || [0, 0];
      perCase.set(it.caseEl, [p[0] + (value ? 1 : 0), p[1] + 1]);
    }
    for (const [caseEl, [d, n]] of perCase) {
      caseEl.progressEl.textContent = d + '/' + n + ' reviewed';
      caseEl.classList.toggle('done', d === n);
    }
    document.getElementById('progress-count').textContent = String(done);
    document.getElementById('progress-total').textContent = String(items.length);
    document.getElementById('progress-fill').style.width = (items.length ? (100 * done) / items.length : 0) + '%';
  }

  function nextUnreviewed() {
    for (let k = 1; k <= items.length; k++) {
      const i = (focused + k + items.length) % items.length;
      if (!verdictOf(items[i])) return setFocus(i, true);
    }
    say('Every flagged finding has a verdict. Export verdicts.csv when done.');
  }

  // ---- export --------------------------------------------------------------------------------

  /** RFC 4180 field: quoted when it holds a comma, quote, line break or edge space. */
  function csvField(value) {
    const s = String(value === null || value === undefined ? '' : value);
    return /[",\r\n]/.test(s) || s !== s.trim() ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function exportCsv() {
    const name = reviewerName();
    const rows = [];
    for (const it of items) {
      const v = verdictOf(it);
      if (v) rows.push([it.acc, it.finding, v.verdict, v.reviewer || name, v.timestamp]);
    }
    if (!rows.length) return say('No verdicts yet: nothing to export.', true);
    if (rows.some((r) => !r[3])) {
      document.getElementById('reviewer').focus();
      return say('Enter your name as reviewer before exporting.', true);
    }
    const csv = [CSV_COLUMNS, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = h('a', { href: url, download: 'verdicts.csv', hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    say('Exported ' + rows.length + ' verdict' + (rows.length === 1 ? '' : 's') + ' to verdicts.csv.');
  }

  // ---- keyboard ------------------------------------------------------------------------------

  function onKey(e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t && t.closest && t.closest('input, textarea, select, [contenteditable]')) {
      if (e.key === 'Escape' || e.key === 'Enter') t.blur();
      return;
    }
    if (lightboxCase) {
      if (e.key === 'Escape' || e.key === 'Enter') closeLightbox();
      else if (e.key === 'h' && items[focused] && items[focused].caseEl === lightboxCase) toggleHeatmap(focused);
      else return;
      e.preventDefault();
      return;
    }
    const n = '1234'.indexOf(e.key);
    if (n >= 0) {
      if (focused < 0) setFocus(0, true);
      setVerdict(focused, VERDICTS[n].value);
    } else if (e.key === 'j' || e.key === 'ArrowDown') setFocus(Math.min(focused + 1, items.length - 1), true);
    else if (e.key === 'k' || e.key === 'ArrowUp') setFocus(Math.max(focused - 1, 0), true);
    else if (e.key === 'n') nextUnreviewed();
    else if (e.key === 'h') toggleHeatmap(focused);
    else if (e.key === 'Enter' || e.key === 'o') {
      if (items[focused]) openLightbox(items[focused].caseEl);
    } else return;
    e.preventDefault();
  }

  // ---- start ---------------------------------------------------------------------------------

  function start() {
    const main = document.getElementById('cases');
    document.getElementById('runinfo').textContent = [
      data.cases.length + ' flagged stud' + (data.cases.length === 1 ? 'y' : 'ies'),
      data.model_id ? 'model ' + data.model_id : '',
      'run ' + data.run_id,
    ].filter(Boolean).join(' · ');
    if (!data.cases.length) {
      main.replaceChildren(h('p', { class: 'empty' }, 'Nothing was flagged in this run: there is nothing to review.'));
    } else {
      main.replaceChildren(...data.cases.map((c, i) => renderCase(c, i + 1)));
    }
    const reviewer = document.getElementById('reviewer');
    try {
      reviewer.value = window.localStorage.getItem(REVIEWER_KEY) || '';
    } catch (e) {
      storageOk = false;
    }
    reviewer.addEventListener('input', () => {
      try {
        window.localStorage.setItem(REVIEWER_KEY, reviewer.value);
      } catch (e) { /* reported on the next verdict */ }
    });
    document.getElementById('export').addEventListener('click', exportCsv);
    document.getElementById('lightbox-close').addEventListener('click', closeLightbox);
    document.getElementById('lightbox-img').addEventListener('click', closeLightbox);
    document.addEventListener('keydown', onKey);
    // Another tab of the same run recorded a verdict: show it here too.
    window.addEventListener('storage', (e) => {
      if (e.key === STORE_KEY) {
        verdicts = loadVerdicts();
        paint();
      }
    });
    paint();
    if (!storageOk) say('This browser does not keep verdicts (storage blocked): export before closing the page.', true);
    const first = items.findIndex((it) => !verdictOf(it));
    if (items.length) setFocus(first >= 0 ? first : 0, false);
    document.body.dataset.ready = 'true';
  }

  start();
})();
