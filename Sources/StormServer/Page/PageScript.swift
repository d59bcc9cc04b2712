/// The page's script: loads `/state.json` and the picture, listens on `/events`, swaps the picture in
/// place keeping zoom and view. Model text reaches the page only through `textContent` and through
/// Graphviz's SVG, which is parsed as XML and stripped of anything active before it is shown.
enum PageScript {
    static let text = #"""
    'use strict';
    const $ = (id) => document.getElementById(id);
    const ui = { view: 'context-map', context: '', focus: '', depth: 1, collapse: false, zoom: 1, x: 0, y: 0,
                 filters: { domain: '', team: '', pattern: '' }, data: null, pictureKey: '', needsFit: true };

    // Elements with text: never innerHTML.
    function el(tag, className, text) {
      const node = document.createElement(tag);
      if (className) node.className = className;
      if (text !== undefined) node.textContent = text;
      return node;
    }

    async function refresh() {
      const response = await fetch('/state.json', { cache: 'no-store' });
      ui.data = await response.json();
      render();
    }

    function render() {
      const data = ui.data;
      document.title = data.name + ' · Storm';
      $('title').textContent = data.name;
      $('summary').textContent = (data.summary || '') + (data.workshop ? ' · workshop profile' : '');
      renderDiagnostics(data);
      renderModelLists(data.model);
      renderBanner(data);
      // The mesh view, while the model uses another domain.
      $('mesh-view').hidden = !data.mesh;
      if (!data.mesh && ui.view === 'mesh') { ui.view = 'context-map'; updateControls(); }
      loadPicture(data);
    }

    function renderBanner(data) {
      const errors = data.diagnostics.filter((d) => d.severity === 'error').length;
      const banner = $('banner');
      banner.hidden = !data.hasErrors;
      banner.textContent = data.hasErrors
        ? errors + (errors === 1 ? ' error' : ' errors') + ': ' + (data.pictureGeneration ? 'showing the last good picture' : 'no picture until the model checks')
        : '';
    }

    function renderDiagnostics(data) {
      const list = $('diagnostics');
      list.replaceChildren();
      $('diagnostic-count').textContent = '(' + data.diagnosticCount + (data.diagnosticCount > data.diagnostics.length ? ', the first ' + data.diagnostics.length + ' listed' : '') + ')';
      for (const d of data.diagnostics) {
        const item = el('li', d.severity);
        item.append(el('span', 'message', d.severity + ': ' + d.message + ' [' + d.id + ']'));
        if (d.path) item.append(el('span', 'place', d.path + ':' + d.line + ':' + d.column));
        item.addEventListener('click', () => showDetail(d));
        list.append(item);
      }
    }

    function showDetail(d) {
      const detail = $('detail');
      detail.replaceChildren();
      detail.hidden = false;
      detail.append(el('b', '', d.message));
      if (d.path) {
        const link = el('a', 'file', d.path + ':' + d.line + ':' + d.column);
        link.href = '/files/' + d.path.split('/').map(encodeURIComponent).join('/');
        link.target = '_blank';
        detail.append(el('br'), link);
      }
      if (d.snippet) {
        const pre = el('pre');
        for (const line of d.snippet) {
          pre.append(el('span', line.line === d.line ? 'current' : '', String(line.line).padStart(5) + ' | ' + line.text + '\n'));
        }
        detail.append(pre);
      }
    }

    function fillSelect(select, values, chosen) {
      const first = select.options[0];
      select.replaceChildren(first);
      for (const value of values) {
        const option = el('option', '', value);
        option.value = value;
        select.append(option);
      }
      select.value = values.includes(chosen) ? chosen : '';
    }

    function relationships(model) { return model ? model.contextMaps.flatMap((m) => m.relationships) : []; }

    function renderModelLists(model) {
      const contexts = model ? model.contexts : [];
      fillSelect($('flow-context'), contexts.map((c) => c.name), ui.view === 'flow' ? ui.context : '');
      // Only the contexts with an aggregate that declares a lifecycle have a lifecycle view.
      const withLifecycles = contexts.filter((c) => c.aggregates.some((a) => a.lifecycle)).map((c) => c.name);
      fillSelect($('lifecycle-context'), withLifecycles, ui.view === 'lifecycle' ? ui.context : '');
      $('lifecycle-choice').hidden = withLifecycles.length === 0;
      fillSelect($('filter-domain'), [...new Set(contexts.map((c) => c.domain))], ui.filters.domain);
      fillSelect($('filter-team'), [...new Set(contexts.map((c) => c.owner).filter(Boolean))], ui.filters.team);
      const patterns = new Set();
      for (const r of relationships(model)) {
        patterns.add(r.kind);
        r.upstreamPatterns.concat(r.downstreamPatterns).forEach((p) => patterns.add(p));
      }
      fillSelect($('filter-pattern'), [...patterns], ui.filters.pattern);
      const outline = $('outline');
      outline.replaceChildren();
      for (const c of contexts) {
        const item = el('li', '', c.name);
        const counts = [c.aggregates.length + ' aggregates', c.commands.length + ' commands', c.events.length + ' events'];
        item.append(el('div', 'meta', [c.domain, c.owner ? 'team ' + c.owner : null].filter(Boolean).join(' · ')));
        item.append(el('div', 'meta', counts.join(', ')));
        for (const h of c.hotspots) item.append(el('div', 'meta hotspot', '⚠ ' + h.text));
        item.addEventListener('click', () => showFlow(c.name));
        outline.append(item);
      }
    }

    function pictureQuery() {
      const query = new URLSearchParams({ view: ui.view });
      if (ui.view === 'flow' || ui.view === 'lifecycle') query.set('context', ui.context);
      if (ui.view === 'context-map') {
        if (ui.collapse) query.set('collapse', 'domain');
        if (ui.focus) { query.set('focus', ui.focus); query.set('depth', String(ui.depth)); }
      }
      return query.toString();
    }

    async function loadPicture(data) {
      const stage = $('no-picture');
      if (data.graphvizMissing) {
        stage.hidden = false;
        stage.replaceChildren(el('h2', '', 'No pictures: Graphviz is not installed'), el('p', '', data.graphvizMissing),
          el('p', '', 'The diagnostics and the outline still follow every change.'));
        document.body.dataset.generation = data.generation;
        return;
      }
      const key = pictureQuery() + '&g=' + data.pictureGeneration;
      if (!data.pictureGeneration || key === ui.pictureKey) {
        document.body.dataset.generation = data.generation;
        return;
      }
      const response = await fetch('/picture.svg?' + key, { cache: 'no-store' });
      const text = await response.text();
      if (!response.ok) {
        stage.hidden = false;
        stage.replaceChildren(el('p', '', text));
        if (ui.focus && response.status === 404) { ui.focus = ''; updateControls(); loadPicture(ui.data); }
        return;
      }
      stage.hidden = true;
      const svg = safeSVG(text);
      if (!svg) return;
      ui.pictureKey = key;
      $('canvas').replaceChildren(svg);
      wirePicture(svg);
      applyFilters();
      if (ui.needsFit) { fit(); ui.needsFit = false; }
      applyTransform();
      document.body.dataset.generation = data.generation;
    }

    // Scales the picture to fit the stage (never above its natural size) and centres it.
    function fit() {
      const svg = $('canvas').querySelector('svg');
      if (!svg) return;
      const stage = $('stage').getBoundingClientRect();
      const width = svg.width.baseVal.value || 1, height = svg.height.baseVal.value || 1;
      ui.zoom = Math.min(1, stage.width / width, stage.height / height);
      ui.x = (stage.width - width * ui.zoom) / 2;
      ui.y = Math.max(0, (stage.height - height * ui.zoom) / 2);
      applyTransform();
    }

    // Graphviz's SVG as a node, without scripts, foreign content, event handlers or links out.
    function safeSVG(text) {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      if (!root || root.nodeName !== 'svg') return null;
      for (const bad of root.querySelectorAll('script, foreignObject, iframe, object, embed')) bad.remove();
      for (const node of root.querySelectorAll('*')) {
        for (const attribute of [...node.attributes]) {
          const name = attribute.name.toLowerCase();
          if (name.startsWith('on') || ((name === 'href' || name === 'xlink:href') && !attribute.value.startsWith('#'))) node.removeAttribute(attribute.name);
        }
      }
      return document.importNode(root, true);
    }

    function titleOf(g) { const t = g.querySelector(':scope > title'); return t ? t.textContent : ''; }

    function wirePicture(svg) {
      if (ui.view !== 'context-map' || ui.collapse) return;
      for (const node of svg.querySelectorAll('g.node')) {
        const name = titleOf(node);
        if (!ui.data.model.contexts.some((c) => c.name === name)) continue;
        node.addEventListener('click', (event) => { event.stopPropagation(); focusOn(name); });
      }
    }

    function applyFilters() {
      const svg = $('canvas').querySelector('svg');
      if (!svg || !ui.data.model || ui.view !== 'context-map' || ui.collapse) return;
      const byName = new Map(ui.data.model.contexts.map((c) => [c.name, c]));
      const keep = (c) => c && (!ui.filters.domain || c.domain === ui.filters.domain) && (!ui.filters.team || c.owner === ui.filters.team);
      for (const node of svg.querySelectorAll('g.node')) {
        const context = byName.get(titleOf(node));
        if (context) node.classList.toggle('dimmed', !keep(context));
      }
      const all = relationships(ui.data.model);
      for (const edge of svg.querySelectorAll('g.edge')) {
        const match = /^relationship-(\d+)$/.exec(edge.id);
        if (!match) continue;
        const r = all[Number(match[1]) - 1];
        if (!r) continue;
        const hasPattern = !ui.filters.pattern || r.kind === ui.filters.pattern || r.upstreamPatterns.includes(ui.filters.pattern) || r.downstreamPatterns.includes(ui.filters.pattern);
        edge.classList.toggle('dimmed', !(hasPattern && keep(byName.get(r.first)) && keep(byName.get(r.second))));
      }
    }

    function applyTransform() {
      $('canvas').style.transform = 'translate(' + ui.x + 'px,' + ui.y + 'px) scale(' + ui.zoom + ')';
    }

    function updateControls() {
      for (const button of document.querySelectorAll('#views button')) button.classList.toggle('selected', button.dataset.view === ui.view);
      $('flow-context').value = ui.view === 'flow' ? ui.context : '';
      $('lifecycle-context').value = ui.view === 'lifecycle' ? ui.context : '';
      $('focus-note').hidden = !ui.focus;
      $('focus-name').textContent = ui.focus;
      document.body.dataset.view = ui.view;
      document.body.dataset.focus = ui.focus;
    }

    function choose(view, context) {
      ui.view = view;
      ui.context = context || '';
      ui.needsFit = true;
      updateControls();
      if (ui.data) loadPicture(ui.data);
    }

    function showFlow(name) { choose('flow', name); }
    function showLifecycle(name) { choose('lifecycle', name); }
    function focusOn(name) { ui.focus = name; choose('context-map'); }

    function search(text) {
      const results = $('results');
      results.replaceChildren();
      const needle = text.trim().toLowerCase();
      const model = ui.data && ui.data.model;
      if (!needle || !model) { results.hidden = true; return; }
      const found = [];
      const add = (name, kind, action) => { if (name.toLowerCase().includes(needle)) found.push({ name, kind, action }); };
      for (const d of model.domains) add(d.name, 'domain', () => { ui.filters.domain = d.name; $('filter-domain').value = d.name; choose('context-map'); });
      for (const t of model.teams) add(t.name, 'team', () => { ui.filters.team = t.name; $('filter-team').value = t.name; choose('context-map'); });
      for (const c of model.contexts) {
        add(c.name, 'context', () => showFlow(c.name));
        for (const kind of ['aggregates', 'commands', 'events', 'policies', 'readModels', 'dataProducts']) {
          for (const item of c[kind]) add(item.name, kind.replace(/s$/, '') + ' in ' + c.name, () => showFlow(c.name));
        }
      }
      for (const f of found.slice(0, 50)) {
        const item = el('li', '', f.name);
        item.append(el('span', 'kind', f.kind));
        item.addEventListener('click', () => { results.hidden = true; f.action(); });
        results.append(item);
      }
      results.hidden = found.length === 0;
    }

    function wireControls() {
      for (const button of document.querySelectorAll('#views button')) button.addEventListener('click', () => choose(button.dataset.view));
      $('flow-context').addEventListener('change', (e) => { if (e.target.value) showFlow(e.target.value); });
      $('lifecycle-context').addEventListener('change', (e) => { if (e.target.value) showLifecycle(e.target.value); });
      $('search').addEventListener('input', (e) => search(e.target.value));
      for (const name of ['domain', 'team', 'pattern']) {
        $('filter-' + name).addEventListener('change', (e) => { ui.filters[name] = e.target.value; applyFilters(); });
      }
      $('collapse').addEventListener('change', (e) => { ui.collapse = e.target.checked; ui.focus = ''; choose('context-map'); });
      $('depth').addEventListener('change', (e) => { ui.depth = Number(e.target.value) || 0; choose('context-map'); });
      $('unfocus').addEventListener('click', () => { ui.focus = ''; choose('context-map'); });
      $('reset-zoom').addEventListener('click', fit);
      $('projector').addEventListener('change', (e) => document.body.classList.toggle('projector', e.target.checked));
      const stage = $('stage');
      stage.addEventListener('wheel', (e) => {
        e.preventDefault();
        const box = stage.getBoundingClientRect();
        const px = e.clientX - box.left, py = e.clientY - box.top;
        const factor = Math.exp(-e.deltaY * 0.0015);
        const zoom = Math.min(8, Math.max(0.1, ui.zoom * factor));
        ui.x = px - (px - ui.x) * (zoom / ui.zoom);
        ui.y = py - (py - ui.y) * (zoom / ui.zoom);
        ui.zoom = zoom;
        applyTransform();
      }, { passive: false });
      let drag = null;
      stage.addEventListener('mousedown', (e) => { drag = { x: e.clientX - ui.x, y: e.clientY - ui.y }; stage.classList.add('dragging'); });
      window.addEventListener('mousemove', (e) => { if (drag) { ui.x = e.clientX - drag.x; ui.y = e.clientY - drag.y; applyTransform(); } });
      window.addEventListener('mouseup', () => { drag = null; stage.classList.remove('dragging'); });
    }

    function listen() {
      const events = new EventSource('/events');
      events.addEventListener('model', (e) => {
        const generation = JSON.parse(e.data).generation;
        if (!ui.data || generation !== ui.data.generation) refresh();
      });
    }

    wireControls();
    updateControls();
    refresh().then(listen);

    """#
}
