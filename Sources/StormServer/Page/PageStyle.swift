/// The page's style sheet.
enum PageStyle {
    static let text = #"""
    * { box-sizing: border-box; }
    body { margin: 0; font: 14px/1.4 Helvetica, Arial, sans-serif; color: #222; display: flex; flex-direction: column; height: 100vh; }
    header, #toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.8em; padding: 0.4em 0.8em; border-bottom: 1px solid #ddd; position: relative; }
    header h1 { font-size: 1.2em; margin: 0; }
    #summary { color: #666; }
    #views button.selected { background: #333; color: white; }
    #search { margin-left: auto; min-width: 16em; }
    #results { position: absolute; right: 0.8em; top: 2.4em; z-index: 5; background: white; border: 1px solid #ccc; list-style: none; margin: 0; padding: 0; max-height: 60vh; overflow: auto; min-width: 20em; }
    #results li { padding: 0.3em 0.6em; cursor: pointer; }
    #results li:hover { background: #eef; }
    #results .kind { color: #888; font-size: 0.85em; margin-left: 0.5em; }
    main { flex: 1; display: flex; min-height: 0; }
    aside { width: 20em; overflow: auto; padding: 0.5em 0.8em; border-right: 1px solid #ddd; }
    #side { border-right: none; border-left: 1px solid #ddd; }
    h2 { font-size: 1em; margin: 0.6em 0 0.3em; }
    #diagnostics { padding-left: 1.2em; }
    #diagnostics li { cursor: pointer; margin-bottom: 0.3em; }
    #diagnostics li.error { color: #b00020; }
    #diagnostics li.warning { color: #8a5a00; }
    #diagnostics li.note, #diagnostics li.remark { color: #555; }
    #diagnostics li .place { display: block; color: #777; font-size: 0.85em; }
    #detail { border: 1px solid #ccc; background: #fafafa; padding: 0.4em; margin-bottom: 0.6em; }
    #detail pre { margin: 0.3em 0 0; overflow: auto; font-size: 0.85em; }
    #detail .current { background: #ffe3e3; display: block; }
    #stage { flex: 1; position: relative; overflow: hidden; background: #fcfcfc; cursor: grab; }
    #stage.dragging { cursor: grabbing; }
    #canvas { transform-origin: 0 0; position: absolute; left: 0; top: 0; }
    #canvas svg { display: block; }
    #canvas .dimmed { opacity: 0.12; }
    #canvas g.node { cursor: pointer; }
    #banner { position: absolute; z-index: 3; left: 0; right: 0; top: 0; background: #b00020; color: white; padding: 0.5em 0.8em; }
    #no-picture { padding: 2em; max-width: 40em; }
    #outline { padding-left: 1em; }
    #outline li { cursor: pointer; }
    #outline .meta { color: #777; font-size: 0.85em; }
    #legend { display: grid; grid-template-columns: auto 1fr; gap: 0.2em 0.6em; font-size: 0.9em; }
    #legend dd { margin: 0; }
    .swatch { display: inline-block; width: 1.4em; height: 1em; border: 1px solid #999; }
    .swatch.core { background: #FFD8A8; } .swatch.supporting { background: #D0EBFF; } .swatch.generic { background: #E9ECEF; }
    .swatch.actor { background: #FFEC99; } .swatch.command { background: #A5D8FF; } .swatch.event { background: #FFC078; }
    .swatch.policy { background: #D0BFFF; } .swatch.readmodel { background: #B2F2BB; } .swatch.hotspot { background: #F783AC; }
    .hint { color: #777; font-size: 0.85em; }
    body.projector { font-size: 22px; }
    body.projector aside { width: 24em; }

    """#
}
