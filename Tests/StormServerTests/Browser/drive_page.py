#!/usr/bin/env python3
"""Drives headless Chromium over the DevTools protocol (--remote-debugging-pipe, no packages) through
the live page of `stormc serve`. Prints one JSON object of what it saw; the Swift test asserts on it.

usage: drive_page.py CHROMIUM URL MODEL_FOLDER SCREENSHOT_FOLDER FOCUS_CONTEXT FLOW_CONTEXT LIFECYCLE_CONTEXT STATE
"""
import json, os, sys, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser

chromium, url, model, shots, focus_context, flow_context, lifecycle_context, state = sys.argv[1:9]


report = {}
browser = Browser(chromium)
browser.shots = shots
try:
    browser.open(url)
    report["loaded"] = browser.wait_for("document.body && document.body.dataset.generation && !!document.querySelector('#canvas svg')")
    report["title"] = browser.evaluate("document.getElementById('title').textContent")
    report["map"] = browser.screenshot("map.png")
    # Click a context of the map: its focus view.
    box = browser.evaluate("""(() => { for (const g of document.querySelectorAll('#canvas g.node')) {
        const t = g.querySelector(':scope > title'); if (t && t.textContent === %s) { const r = g.getBoundingClientRect();
        return {x: r.x + r.width / 2, y: r.y + r.height / 2}; } } return null; })()""" % json.dumps(focus_context))
    report["clickable"] = box is not None
    if box:
        browser.click(box["x"], box["y"])
        report["focused"] = browser.wait_for("document.body.dataset.focus === %s && document.querySelector('#canvas svg') && "
                                             "document.querySelector('#canvas svg').textContent.includes('neighbours')" % json.dumps(focus_context))
        report["focusNodes"] = browser.evaluate("[...document.querySelectorAll('#canvas g.node > title')].map(t => t.textContent)")
        report["focus"] = browser.screenshot("focus.png")
    browser.evaluate("showFlow(%s)" % json.dumps(flow_context))
    report["flowShown"] = browser.wait_for("document.body.dataset.view === 'flow' && document.querySelector('#canvas svg') && "
                                           "document.querySelector('#canvas svg').textContent.includes(%s)" % json.dumps(flow_context))
    report["flow"] = browser.screenshot("flow.png")
    # The lifecycle view, chosen as a user does: from its select, which offers only contexts with a lifecycle.
    report["lifecycleChoices"] = browser.evaluate("[...document.querySelectorAll('#lifecycle-context option')].map(o => o.value).filter(Boolean)")
    browser.evaluate("(() => { const s = document.getElementById('lifecycle-context'); s.value = %s; "
                     "s.dispatchEvent(new Event('change')); })()" % json.dumps(lifecycle_context))
    report["lifecycleShown"] = browser.wait_for("document.body.dataset.view === 'lifecycle' && document.querySelector('#canvas svg') && "
                                                "document.querySelector('#canvas svg').textContent.includes(%s)" % json.dumps(state))
    report["lifecycle"] = browser.screenshot("lifecycle.png")
    browser.evaluate("document.querySelector('#diagnostics li') && document.querySelector('#diagnostics li').click()")
    report["detail"] = browser.evaluate("document.getElementById('detail').textContent")
    report["diagnosticsPanel"] = browser.screenshot("diagnostics.png", {"x": 0, "y": 0, "width": 420, "height": 900})
    report["outlineText"] = browser.evaluate("document.getElementById('outline').textContent")
    report["diagnosticTexts"] = browser.evaluate("[...document.querySelectorAll('#diagnostics .message')].map(e => e.textContent)")
    report["scripts"] = browser.evaluate("document.querySelectorAll('script').length")
    report["pwned"] = browser.evaluate("window.__pwned === undefined ? null : window.__pwned")
    # Back to the map, then save a new context into the model and time the page's change.
    browser.evaluate("choose('context-map'); ui.focus = ''; choose('context-map')")
    browser.wait_for("document.body.dataset.view === 'context-map' && !document.body.dataset.focus && !ui.needsFit && ui.pictureKey.startsWith('view=context-map&g=')")
    zoom_before = browser.evaluate("ui.zoom = 1.5; applyTransform(); document.getElementById('canvas').style.transform")
    started = time.time()
    with open(os.path.join(model, "zz-live-edit.storm"), "w") as file:
        file.write("context LiveEditContext {\n  event SomethingHappened\n}\n")
    report["liveUpdated"] = browser.wait_for("[...document.querySelectorAll('#canvas g.node > title')].some(t => t.textContent === 'LiveEditContext')", 10)
    report["liveMilliseconds"] = int((time.time() - started) * 1000)
    report["zoomKept"] = browser.evaluate("document.getElementById('canvas').style.transform") == zoom_before
    # Break the model: the last good picture stays, with the errors on top.
    with open(os.path.join(model, "zz-live-edit.storm"), "w") as file:
        file.write("context LiveEditContext {\n  command Broken emits NoSuchEvent\n}\n")
    report["bannerShown"] = browser.wait_for("!document.getElementById('banner').hidden", 10)
    report["bannerText"] = browser.evaluate("document.getElementById('banner').textContent")
    report["pictureKept"] = browser.evaluate("[...document.querySelectorAll('#canvas g.node > title')].some(t => t.textContent === 'LiveEditContext')")
    report["broken"] = browser.screenshot("broken.png")
    os.remove(os.path.join(model, "zz-live-edit.storm"))
    report["errors"] = browser.errors()
finally:
    browser.close()
print(json.dumps(report))
