"""report.html in a real headless browser (Debian's chromium via selenium), kept off the network.

Set up with scripts/setup_test_env.sh. Skipped (with the reason) only when chromium, chromedriver or
selenium is missing. Screenshots land in test-output/ (gitignored).
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from test_incidents_fixtures import seed_like_documents, seed_like_events

from marsad.incidents import link_all
from marsad.report import write_report

CHROMIUM = Path("/usr/bin/chromium")
DRIVER = Path(shutil.which("chromedriver") or "/usr/bin/chromedriver")
OUT = Path(__file__).resolve().parents[1] / "test-output"
OFFLINE_FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-default-apps",
    "--metrics-recording-only", "--disable-domain-reliability", "--disable-client-side-phishing-detection",
    "--disable-extensions", "--no-default-browser-check", "--disable-breakpad", "--safebrowsing-disable-auto-update",
    "--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater",
    "--no-pings", "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
]


def _why_not() -> str | None:
    if not CHROMIUM.exists():
        return "chromium not installed (run scripts/setup_test_env.sh; needs apt)"
    if not DRIVER.exists():
        return "chromedriver not installed (run scripts/setup_test_env.sh; needs apt)"
    importlib.invalidate_caches()
    if importlib.util.find_spec("selenium") is None:
        return "selenium not installed (run scripts/setup_test_env.sh)"
    return None


SETUP = Path(__file__).resolve().parents[1] / "scripts/setup_test_env.sh"


@pytest.fixture(scope="module", autouse=True)
def browser_available():
    """Install chromium/selenium with the project's script when missing; skip only if that fails."""
    why = _why_not()
    if why is None:
        return
    if os.environ.get("MARSAD_NO_INSTALL") == "1" or not SETUP.exists():
        pytest.skip(why + " (MARSAD_NO_INSTALL=1 or no setup script)")
    proc = subprocess.run(["bash", str(SETUP), sys.executable], capture_output=True, text=True, timeout=1200)
    if proc.returncode != 0 or _why_not() is not None:
        pytest.skip(f"{why}; scripts/setup_test_env.sh could not install it: {(proc.stderr or proc.stdout)[-300:]}")


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    events, docs = seed_like_events(), seed_like_documents()
    res = link_all(events, docs)
    path = write_report(tmp_path_factory.mktemp("report"), list(docs.values()), events, res)
    return path, res


@pytest.fixture(scope="module")
def driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="marsad-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for f in OFFLINE_FLAGS + [f"--user-data-dir={profile}", "--window-size=1366,900", "--lang=en-US"]:
        opts.add_argument(f)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(service=Service(str(DRIVER)), options=opts)
    yield drv
    drv.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _errors(drv) -> list[dict]:
    return [m for m in drv.get_log("browser") if m.get("level") == "SEVERE"]


def test_report_in_browser(report, driver):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    path, res = report
    OUT.mkdir(exist_ok=True)
    driver.set_window_size(1366, 900)
    driver.get(path.as_uri())
    assert driver.execute_script("return !!window.marsadReport") is True
    assert _errors(driver) == []

    n_inc = len(res.incidents)
    n_geo = sum(1 for i in res.incidents if i.latitude is not None)
    cards = driver.find_elements(By.CSS_SELECTOR, "#cards .card")
    assert len(cards) == n_inc == 14
    assert len(driver.find_elements(By.CSS_SELECTOR, "path.incident-marker")) == n_geo
    assert len(driver.find_elements(By.CSS_SELECTOR, "#events tbody tr")) == len(seed_like_events())
    # undated events are shown (cards and table) though not on the timeline
    assert len([c for c in cards if "undated" in c.text]) == 3
    assert "3 undated events" in driver.find_element(By.ID, "undated-note").text
    assert len(driver.find_elements(By.CSS_SELECTOR, "#timeline rect.bar")) >= 3

    # Arabic evidence is laid out right-to-left
    ev_els = driver.find_elements(By.CSS_SELECTOR, "blockquote.evidence")
    assert ev_els
    for e in ev_els[:5]:
        assert driver.execute_script("return getComputedStyle(arguments[0]).direction", e) == "rtl"
        assert e.get_attribute("lang") == "ar"
    font = driver.execute_script("return getComputedStyle(arguments[0]).fontFamily", ev_els[0])
    assert "Naskh" in font
    driver.save_screenshot(str(OUT / "report-desktop.png"))

    # a filter changes what is shown: cards, markers and table rows
    Select(driver.find_element(By.ID, "f-type")).select_by_value("Battles")
    visible = [c for c in driver.find_elements(By.CSS_SELECTOR, "#cards .card") if c.is_displayed()]
    n_battles = sum(1 for i in res.incidents if i.event_type == "Battles")
    assert 0 < len(visible) == n_battles < n_inc
    n_battle_geo = sum(1 for i in res.incidents if i.event_type == "Battles" and i.latitude is not None)
    assert len(driver.find_elements(By.CSS_SELECTOR, "path.incident-marker")) == n_battle_geo
    rows = driver.find_elements(By.CSS_SELECTOR, "#events tbody tr")
    assert rows and all(r.find_elements(By.TAG_NAME, "td")[1].text == "Battles" for r in rows)
    bars = driver.find_elements(By.CSS_SELECTOR, "#timeline rect.bar")
    assert bars and {b.get_attribute("fill") for b in bars} == {"#d62728"}  # the timeline follows the type filter

    # a date range hides the undated incidents and the other days
    driver.find_element(By.ID, "f-reset").click()
    driver.execute_script(
        "var f=document.getElementById('f-from'); f.value='2021-07-29'; f.dispatchEvent(new Event('change'));"
        "var t=document.getElementById('f-to'); t.value='2021-07-29'; t.dispatchEvent(new Event('change'));")
    n_day = sum(1 for i in res.incidents if i.event_date == "2021-07-29")
    assert driver.execute_script("return window.marsadReport.visibleIncidents()") == n_day
    assert len([c for c in driver.find_elements(By.CSS_SELECTOR, "#cards .card") if c.is_displayed()]) == n_day

    # sortable table: clicking Fatalities twice puts the highest first
    driver.find_element(By.ID, "f-reset").click()
    th = driver.find_element(By.CSS_SELECTOR, "#events th[data-key=fatalities]")
    th.click()
    th.click()
    first = driver.find_element(By.CSS_SELECTOR, "#events tbody tr td:nth-child(9)").text
    assert first == str(max(e.fatalities for e in seed_like_events()))

    # a marker opens a popup with the Arabic place name
    driver.execute_script("document.querySelector('path.incident-marker').dispatchEvent(new MouseEvent('click', {bubbles: true}))")
    popup = driver.find_element(By.CSS_SELECTOR, ".leaflet-popup-content .popup")
    assert "Fatalities" in popup.get_attribute("textContent") and popup.find_elements(By.CSS_SELECTOR, "[lang=ar]")

    # "show on map" on a card opens its marker's popup
    driver.execute_script("document.querySelector('.leaflet-popup-close-button').click()")
    WebDriverWait(driver, 5).until(lambda d: not d.find_elements(By.CSS_SELECTOR, ".leaflet-popup-content"))
    card = driver.find_elements(By.CSS_SELECTOR, "#cards .card")[1]
    title = card.find_element(By.TAG_NAME, "h3").text.split(" — ")[1].split(" ")[0]
    driver.execute_script("arguments[0].click()", card.find_element(By.CSS_SELECTOR, "button.linkish"))
    WebDriverWait(driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".leaflet-popup-content .popup"))
    popup = driver.find_element(By.CSS_SELECTOR, ".leaflet-popup-content .popup")
    assert title in popup.get_attribute("textContent")

    # the framing view lists the outlets' terms
    framing = driver.find_element(By.ID, "framing").get_attribute("textContent")
    assert "قوات الأسد" in framing and "قوات النظام" in framing
    # the comparison table: one row for the state forces, one column per outlet
    rows = driver.find_elements(By.CSS_SELECTOR, "#framing-compare tbody tr")
    assert len(rows) == 1 and rows[0].find_elements(By.CSS_SELECTOR, ".term.loaded")

    full = driver.execute_cdp_cmd("Page.captureScreenshot", {"captureBeyondViewport": True, "format": "png"})
    (OUT / "report-desktop-full.png").write_bytes(__import__("base64").b64decode(full["data"]))

    driver.set_window_size(390, 844)
    driver.find_element(By.ID, "f-reset").click()
    driver.execute_script("var b = document.querySelector('.leaflet-popup-close-button'); if (b) b.click(); window.scrollTo(0, 0)")
    time.sleep(0.5)  # the map refits 150 ms after a resize
    width = driver.execute_script("return document.documentElement.scrollWidth")
    assert width <= 400, f"page scrolls sideways at phone width ({width}px)"
    driver.save_screenshot(str(OUT / "report-phone.png"))
    assert _errors(driver) == []


def test_timeline_brush_filters(report, driver):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    path, res = report
    driver.set_window_size(1366, 900)
    driver.get(path.as_uri())
    svg = driver.find_element(By.CSS_SELECTOR, "#timeline svg")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", svg)
    w = svg.size["width"]
    # the seed-like data spans two days: drag across the right half only (29 July)
    ActionChains(driver).move_to_element_with_offset(svg, int(w * 0.3), 0).click_and_hold() \
        .move_by_offset(int(w * 0.15), 0).release().perform()
    assert driver.find_element(By.ID, "f-from").get_attribute("value") == "2021-07-29"
    n_day = sum(1 for i in res.incidents if i.event_date == "2021-07-29")
    assert driver.execute_script("return window.marsadReport.visibleIncidents()") == n_day
    assert driver.execute_script("return window.marsadReport.visibleMarkers()") == n_day  # all have coordinates
    assert _errors(driver) == []


def test_hostile_and_empty_reports_load_cleanly(tmp_path, driver):
    from selenium.webdriver.common.by import By

    from marsad.incidents import IncidentResult
    from marsad.models import Document
    from test_incidents_fixtures import CIVS, STATE, ev

    hostile = '</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2">'
    docs = {"h": Document(doc_id="h", text="x", outlet=hostile, url="javascript:window.pwned=3")}
    events = [ev("h-1", "h", "2021-07-29", "Shelling/artillery/missile attack", "balad", STATE, 1, CIVS, 7, evidence=hostile)]
    p = write_report(tmp_path / "hostile", list(docs.values()), events, link_all(events, docs))
    driver.get(p.as_uri())
    assert driver.execute_script("return window.pwned === undefined && !!window.marsadReport") is True
    ev_el = driver.find_element(By.CSS_SELECTOR, "blockquote.evidence")
    assert ev_el.text == hostile  # shown as text, not markup
    assert not driver.find_elements(By.CSS_SELECTOR, "a[href^=javascript]")
    assert _errors(driver) == []

    p = write_report(tmp_path / "empty", [], [], IncidentResult())
    driver.get(p.as_uri())
    assert driver.execute_script("return window.marsadReport.visibleIncidents()") == 0
    assert "No dated events" in driver.find_element(By.ID, "timeline").text
    assert _errors(driver) == []


SEEDS = Path(__file__).resolve().parents[2] / "shared/corpus/seeds.jsonl"


@pytest.mark.skipif(not SEEDS.exists(), reason="shared seed corpus not mounted")
def test_seed_run_report_in_browser(tmp_path, driver):
    """The whole pipeline over the five seeds: the page shows every incident the run wrote."""
    import json

    from selenium.webdriver.common.by import By

    from marsad.runner import run_corpus

    out = tmp_path / "seeds"
    assert run_corpus([str(SEEDS)], out, quiet=True) == 0
    incidents = [json.loads(line) for line in (out / "incidents.jsonl").read_text(encoding="utf-8").splitlines() if line]
    events = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines() if line]
    if not events:
        pytest.skip("the extractor produced no events for the seeds")
    driver.set_window_size(1366, 900)
    driver.get((out / "report.html").as_uri())
    assert _errors(driver) == []
    assert len(driver.find_elements(By.CSS_SELECTOR, "#cards .card")) == len(incidents)
    n_geo = sum(1 for i in incidents if i["latitude"] is not None)
    assert len(driver.find_elements(By.CSS_SELECTOR, "path.incident-marker")) == n_geo
    assert len(driver.find_elements(By.CSS_SELECTOR, "#events tbody tr")) == len(events)
    # 002 and 004 report the same happenings: their shared incidents show two sources
    multi = [i for i in incidents if len({s["doc_id"] for s in i["sources"]}) > 1]
    assert multi, "no incident merged across the seed articles"
    for i in multi:
        card = driver.find_element(By.ID, "card-" + i["incident_id"])
        assert len(card.find_elements(By.CSS_SELECTOR, ".source")) == len(i["sources"])
    for e in driver.find_elements(By.CSS_SELECTOR, "blockquote.evidence")[:3]:
        assert driver.execute_script("return getComputedStyle(arguments[0]).direction", e) == "rtl"
    driver.save_screenshot(str(OUT / "report-seeds-desktop.png"))
    driver.set_window_size(390, 844)
    time.sleep(0.5)  # the map refits 150 ms after a resize
    driver.save_screenshot(str(OUT / "report-seeds-phone.png"))
    assert _errors(driver) == []
