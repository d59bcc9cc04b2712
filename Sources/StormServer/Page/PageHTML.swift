/// The page `stormc serve` shows: a frame the script fills in. No model text is in it.
enum PageHTML {
    static let text = #"""
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Storm</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="/app.css">
    <script src="/app.js" defer></script>
    </head>
    <body>
    <header>
      <h1 id="title">Storm</h1>
      <span id="summary"></span>
      <nav id="views" aria-label="Views">
        <button data-view="context-map" class="selected">Context map</button>
        <button data-view="big-picture">Big picture</button>
        <button data-view="mesh" id="mesh-view" hidden>Mesh</button>
        <label>Flow <select id="flow-context"><option value="">choose a context</option></select></label>
        <label id="lifecycle-choice" hidden>Lifecycle <select id="lifecycle-context"><option value="">choose a context</option></select></label>
      </nav>
      <input id="search" type="search" placeholder="Search names" autocomplete="off" aria-label="Search names">
      <ul id="results" hidden></ul>
    </header>
    <section id="toolbar" aria-label="Filters">
      <label>Domain <select id="filter-domain"><option value="">all</option></select></label>
      <label>Team <select id="filter-team"><option value="">all</option></select></label>
      <label>Pattern <select id="filter-pattern"><option value="">all</option></select></label>
      <label><input id="collapse" type="checkbox"> Collapse domains</label>
      <span id="focus-note" hidden>Focus: <b id="focus-name"></b> <label>depth <input id="depth" type="number" min="0" max="20" value="1"></label> <button id="unfocus">Show all</button></span>
      <button id="reset-zoom">Fit</button>
      <label><input id="projector" type="checkbox"> Projector</label>
    </section>
    <main>
      <aside id="diagnostics-panel"><h2>Diagnostics <span id="diagnostic-count"></span></h2><div id="detail" hidden></div><ol id="diagnostics"></ol></aside>
      <section id="stage" aria-label="Picture">
        <div id="banner" hidden></div>
        <div id="canvas"></div>
        <div id="no-picture" hidden></div>
      </section>
      <aside id="side">
        <h2>Outline</h2><ul id="outline"></ul>
        <h2>Legend</h2>
        <dl id="legend">
          <dt><i class="swatch core"></i></dt><dd>core subdomain</dd>
          <dt><i class="swatch supporting"></i></dt><dd>supporting subdomain</dd>
          <dt><i class="swatch generic"></i></dt><dd>generic subdomain</dd>
          <dt><i class="swatch actor"></i></dt><dd>actor</dd>
          <dt><i class="swatch command"></i></dt><dd>command</dd>
          <dt><i class="swatch event"></i></dt><dd>domain event</dd>
          <dt><i class="swatch policy"></i></dt><dd>policy</dd>
          <dt><i class="swatch readmodel"></i></dt><dd>read model</dd>
          <dt><i class="swatch hotspot"></i></dt><dd>hotspot</dd>
          <dt>U / D</dt><dd>upstream / downstream</dd>
          <dt>OHS, PL, S</dt><dd>open host service, published language, supplier</dd>
          <dt>ACL, CF, C</dt><dd>anticorruption layer, conformist, customer</dd>
        </dl>
        <p class="hint">Scroll to zoom, drag to pan, click a context to focus it.</p>
      </aside>
    </main>
    </body>
    </html>

    """#
}
