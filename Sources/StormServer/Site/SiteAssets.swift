/// The static site's script and style sheet.
enum SiteAssets {
    /// Client-side search over `window.stormSearchIndex` (a script, so it works from `file://`).
    static let search = #"""
    'use strict';
    (() => {
      const input = document.getElementById('search');
      const results = document.getElementById('results');
      input.addEventListener('input', () => {
        const needle = input.value.trim().toLowerCase();
        results.replaceChildren();
        const found = needle ? window.stormSearchIndex.filter((e) => e.name.toLowerCase().includes(needle)).slice(0, 50) : [];
        for (const entry of found) {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = entry.file.split('/').map(encodeURIComponent).join('/');
          link.textContent = entry.name;
          const kind = document.createElement('span');
          kind.className = 'kind';
          kind.textContent = ' ' + entry.kind;
          item.append(link, kind);
          results.append(item);
        }
        results.hidden = found.length === 0;
      });
    })();

    """#

    static let style = #"""
    body { margin: 0; font: 15px/1.5 Helvetica, Arial, sans-serif; color: #222; }
    header { display: flex; gap: 1em; align-items: center; padding: 0.5em 1em; border-bottom: 1px solid #ddd; position: relative; }
    header > a { font-weight: bold; }
    #search { margin-left: auto; min-width: 16em; }
    #results { position: absolute; right: 1em; top: 2.4em; background: white; border: 1px solid #ccc; list-style: none; margin: 0; padding: 0.3em 0.6em; }
    .kind { color: #888; font-size: 0.85em; }
    main { padding: 0 1em 2em; max-width: 70em; }
    .picture img { max-width: 100%; height: auto; border: 1px solid #eee; }
    .none { color: #888; }
    table { border-collapse: collapse; }
    td, th { border: 1px solid #ddd; padding: 0.2em 0.5em; text-align: left; }

    """#
}
