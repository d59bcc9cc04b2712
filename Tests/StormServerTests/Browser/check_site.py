#!/usr/bin/env python3
"""Opens pages of a static site made by `stormc generate site` from file:// in headless Chromium and
prints one JSON object: per page, the console errors, the images that failed to load, its links as the
browser resolves them, whether search finds a name, and a screenshot's ink.

usage: check_site.py CHROMIUM SITE_FOLDER SCREENSHOT_FOLDER PAGE... (the first page also gets a search for SEARCH=...)
"""
import json, os, sys, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser

chromium, site, shots = sys.argv[1:4]
pages = sys.argv[4:]
report = {}
browser = Browser(chromium)
browser.shots = shots
try:
    for number, page in enumerate(pages):
        if number == 0:
            browser.open("file://" + os.path.join(site, page))
        else:
            browser.send("Page.navigate", {"url": "file://" + os.path.join(site, page)})
        browser.wait_for("document.readyState === 'complete' && [...document.images].every(i => i.complete)")
        entry = {
            "title": browser.evaluate("document.title"),
            "brokenImages": browser.evaluate("[...document.images].filter(i => i.naturalWidth === 0).map(i => i.src)"),
            "images": browser.evaluate("document.images.length"),
            "scripts": browser.evaluate("document.querySelectorAll('script').length"),
            "text": browser.evaluate("document.querySelector('main').textContent"),
            "links": browser.evaluate("[...document.querySelectorAll('main a')].map(a => [a.textContent, a.href])"),
            "shot": browser.screenshot("site-%d.png" % number),
        }
        if number == 0:
            browser.evaluate("const s = document.getElementById('search'); s.value = %s; s.dispatchEvent(new Event('input'))" % json.dumps(os.environ.get("SEARCH", "")))
            entry["searchResults"] = browser.evaluate("[...document.querySelectorAll('#results a')].map(a => a.textContent)")
        report[page] = entry
    report["errors"] = browser.errors()
finally:
    browser.close()
print(json.dumps(report))
