/* marsad report: map, timeline, cards, table, framing. Every string from the data goes in with
   textContent (article text is hostile input); only http(s) links are made. No network. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("marsad-data").textContent);
  var BOUNDS = JSON.parse(document.getElementById("marsad-boundaries").textContent);
  var COLORS = {
    "Battles": "#d62728", "Explosions/Remote violence": "#ff7f0e", "Violence against civilians": "#9467bd",
    "Protests": "#2ca02c", "Riots": "#8c564b", "Strategic developments": "#1f77b4"
  };
  var incidents = DATA.incidents || [], events = DATA.events || [], docs = DATA.documents || {};
  var byInc = {};
  incidents.forEach(function (i) { byInc[i.incident_id] = i; });

  function color(t) { return COLORS[t] || "#666"; }
  function el(tag, attrs, text) {
    var n = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) n.textContent = String(text);
    return n;
  }
  function ar(tag, text) { return el(tag, { dir: "rtl", lang: "ar", "class": "ar" }, text); }
  function link(url, text) {
    // dir=auto isolates each name: Arabic outlet names must not reorder the English around them
    if (!url || !/^https?:\/\//i.test(url)) return el("span", { dir: "auto" }, text);
    return el("a", { href: url, target: "_blank", rel: "noopener noreferrer", dir: "auto" }, text);
  }
  function uniq(xs) { var s = {}; xs.forEach(function (x) { if (x) s[x] = 1; }); return Object.keys(s).sort(); }
  function outletsOf(inc) { return uniq(inc.sources.map(function (s) { return s.outlet || "unknown outlet"; })); }

  /* ---------- filters ---------- */
  var F = { type: "", from: "", to: "", admin1: "", outlet: "", actor: "" };
  function fill(id, values) {
    var sel = document.getElementById(id);
    values.forEach(function (v) { sel.appendChild(el("option", { value: v }, v)); });
  }
  fill("f-type", uniq(incidents.map(function (i) { return i.event_type; })));
  fill("f-admin1", uniq(incidents.map(function (i) { return i.admin1; })));
  fill("f-outlet", uniq([].concat.apply([], incidents.map(outletsOf))));
  fill("f-actor", uniq([].concat.apply([], incidents.map(function (i) { return i.actors || []; }))));

  function dateOk(d) {
    if (!F.from && !F.to) return true;
    if (!d) return false; // a date range excludes undated items
    return (!F.from || d >= F.from) && (!F.to || d <= F.to);
  }
  function incOk(inc, noDate) {
    return (!F.type || inc.event_type === F.type) && (noDate || dateOk(inc.event_date)) &&
      (!F.admin1 || inc.admin1 === F.admin1) &&
      (!F.outlet || outletsOf(inc).indexOf(F.outlet) >= 0) &&
      (!F.actor || (inc.actors || []).indexOf(F.actor) >= 0);
  }
  function evOk(e, noDate) {
    var inc = byInc[e.incident_id];
    if (inc) return incOk(inc, noDate) && (!F.outlet || (e.outlet || "unknown outlet") === F.outlet);
    return (!F.type || e.event_type === F.type) && (noDate || dateOk(e.event_date)) && (!F.admin1 || e.admin1 === F.admin1) &&
      (!F.outlet || (e.outlet || "unknown outlet") === F.outlet) &&
      (!F.actor || e.actor1 === F.actor || e.actor2 === F.actor);
  }

  /* ---------- map ---------- */
  var map = L.map("map", { attributionControl: true, zoomSnap: 0.25, minZoom: 4, maxZoom: 15 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Boundaries: OCHA COD-AB, CC BY 3.0 IGO | Leaflet");
  // outlines in their own pane under the markers' (SVG or canvas) overlay pane
  map.createPane("base").style.zIndex = 350;
  var base = L.geoJSON(BOUNDS, {
    pane: "base", interactive: false,
    style: { color: "#5b6b7a", weight: 1, fillColor: "#fbfaf6", fillOpacity: 1 }
  }).addTo(map);
  map.fitBounds(base.getBounds(), { padding: [6, 6] });
  // refit after a width change (phone rotation, window resize); debounced, and never while the map
  // has no size (hidden, mid-capture): fitting a zero-size map would zoom to maxZoom
  var lastW = window.innerWidth, refit = null;
  window.addEventListener("resize", function () {
    clearTimeout(refit);
    refit = setTimeout(function () {
      map.invalidateSize({ animate: false });
      var sz = map.getSize();
      if (window.innerWidth === lastW || sz.x < 50 || sz.y < 50) return;
      lastW = window.innerWidth;
      map.fitBounds(base.getBounds(), { padding: [6, 6], animate: false });
    }, 150);
  });
  BOUNDS.features.forEach(function (f) {
    var lat = null, lon = null, ring = f.geometry.type === "Polygon" ? f.geometry.coordinates[0] : f.geometry.coordinates[0][0];
    var sx = 0, sy = 0; ring.forEach(function (p) { sx += p[0]; sy += p[1]; });
    lon = sx / ring.length; lat = sy / ring.length;
    L.marker([lat, lon], { interactive: false, keyboard: false,
      icon: L.divIcon({ className: "gov-label", html: "", iconSize: [0, 0] }) }).addTo(map)
      .bindTooltip(f.properties.ADM1_EN, { permanent: true, direction: "center", className: "gov-tip", opacity: 0.55 });
  });
  var markerLayer = L.layerGroup().addTo(map);
  var markers = {}, samePoint = {};
  // SVG markers (one DOM node each, easy to test) up to 3000 incidents; one canvas beyond that
  var renderer = incidents.length > 3000 ? L.canvas({ padding: 0.2 }) : L.svg();
  function radius(f) { return 5 + Math.min(16, 3 * Math.sqrt(f || 0)); }
  function popup(inc) {
    var d = el("div", { "class": "popup" });
    d.appendChild(el("h4", null, inc.sub_event_type || inc.event_type));
    d.appendChild(el("p", null, (inc.event_date || "undated") + " · " + inc.event_type));
    var p = el("p", null, (inc.location || "") + " ");
    p.appendChild(ar("span", inc.location_ar || ""));
    if (inc.admin1) p.appendChild(document.createTextNode(" · " + inc.admin1));
    d.appendChild(p);
    d.appendChild(el("p", null, "Actors: " + ((inc.actors || []).join("; ") || "unknown")));
    d.appendChild(el("p", null, "Fatalities: " + inc.fatalities + (inc.sources.length > 1 ? " (" + inc.fatalities_rule + ")" : "")));
    var s = el("p", null, "Sources: ");
    inc.sources.forEach(function (c, k) {
      if (k) s.appendChild(document.createTextNode(", "));
      s.appendChild(link(c.url, (c.outlet || "unknown outlet") + (c.fatalities !== null && c.fatalities !== undefined ? " (" + c.fatalities + " dead)" : "")));
    });
    d.appendChild(s);
    if (inc.disputed) d.appendChild(el("p", { "class": "badge disputed" }, "disputed by " + (inc.disputed_by.join(", ") || "a party")));
    return d;
  }
  incidents.forEach(function (inc) {
    if (inc.latitude === null || inc.latitude === undefined || inc.longitude === null || inc.longitude === undefined) return;
    // incidents at the same point (same town, other days or types) fan out on a small spiral so each
    // stays clickable when zoomed in; the data keeps the true coordinates
    var key = inc.latitude.toFixed(4) + "," + inc.longitude.toFixed(4), k = (samePoint[key] = (samePoint[key] || 0) + 1) - 1;
    var lat = inc.latitude + (k ? 0.003 * Math.sqrt(k) * Math.sin(k * 2.4) : 0);
    var lon = inc.longitude + (k ? 0.003 * Math.sqrt(k) * Math.cos(k * 2.4) : 0);
    var m = L.circleMarker([lat, lon], {
      renderer: renderer,
      radius: radius(inc.fatalities), color: "#222", weight: 1, fillColor: color(inc.event_type), fillOpacity: 0.8,
      className: "incident-marker"
    });
    m.bindPopup(function () { return popup(inc); }, { maxWidth: 320 });
    m.on("click", function () { var c = document.getElementById("card-" + inc.incident_id); if (c) c.scrollIntoView({ block: "nearest" }); });
    markers[inc.incident_id] = m;
  });
  var legend = document.getElementById("legend");
  Object.keys(COLORS).forEach(function (t) {
    var s = el("span"); var i = el("i"); i.style.background = COLORS[t]; s.appendChild(i);
    s.appendChild(document.createTextNode(t)); legend.appendChild(s);
  });
  legend.appendChild(el("span", { "class": "muted" }, "· circle size grows with fatalities"));

  /* ---------- timeline ---------- */
  var SVGNS = "http://www.w3.org/2000/svg";
  var dated = events.filter(function (e) { return e.event_date; });
  function countDays(list) {
    var days = {};
    list.forEach(function (e) {
      var d = e.event_date.slice(0, 10);
      days[d] = days[d] || {}; days[d][e.event_type] = (days[d][e.event_type] || 0) + 1;
    });
    return days;
  }
  var allDays = countDays(dated), dayList = Object.keys(allDays).sort(), barsG = null, maxDay = 1;
  dayList.forEach(function (d) { var t = 0; for (var k in allDays[d]) t += allDays[d][k]; maxDay = Math.max(maxDay, t); });
  function ordinal(d) { return Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 864e5; }
  function iso(o) { return new Date(o * 864e5).toISOString().slice(0, 10); }
  var tl = document.getElementById("timeline"), svg = null, brushRect = null, x0 = 0, x1 = 0, W = 600, H = 130, PAD = 22;
  function sx(o) { return PAD + (o - x0) / Math.max(1, x1 - x0 + 1) * (W - 2 * PAD); }
  // bars follow every filter but the date range (the range is what the brush selects); the scale stays
  // that of all events so a filtered day shows its share
  function drawBars(list) {
    if (!barsG) return;
    while (barsG.firstChild) barsG.removeChild(barsG.firstChild);
    var days = countDays(list), bw = Math.max(2, (W - 2 * PAD) / (x1 - x0 + 1) - 2);
    Object.keys(days).sort().forEach(function (d) {
      var y = H - PAD, o = ordinal(d);
      Object.keys(COLORS).concat(Object.keys(days[d]).filter(function (k) { return !COLORS[k]; })).forEach(function (t) {
        var n = days[d][t]; if (!n) return;
        var h = n / maxDay * (H - 2 * PAD), r = document.createElementNS(SVGNS, "rect");
        r.setAttribute("x", sx(o)); r.setAttribute("y", y - h); r.setAttribute("width", bw); r.setAttribute("height", h);
        r.setAttribute("fill", color(t)); r.setAttribute("class", "bar");
        var tt = document.createElementNS(SVGNS, "title"); tt.textContent = d + ": " + n + " " + t; r.appendChild(tt);
        barsG.appendChild(r); y -= h;
      });
    });
  }
  function drawTimeline() {
    tl.textContent = "";
    if (!dayList.length) { tl.appendChild(el("p", { "class": "muted" }, "No dated events.")); return; }
    x0 = ordinal(dayList[0]); x1 = ordinal(dayList[dayList.length - 1]);
    svg = document.createElementNS(SVGNS, "svg");
    svg.setAttribute("viewBox", "0 0 " + W + " " + H); svg.setAttribute("preserveAspectRatio", "none");
    svg.setAttribute("role", "img"); svg.setAttribute("aria-label", "Events per day by type");
    var max = maxDay;
    barsG = document.createElementNS(SVGNS, "g");
    svg.appendChild(barsG);
    drawBars(dated);
    [dayList[0], dayList[dayList.length - 1]].forEach(function (d, k) {
      var t = document.createElementNS(SVGNS, "text");
      t.setAttribute("x", k ? W - PAD : PAD); t.setAttribute("y", H - 6); t.setAttribute("font-size", "11");
      t.setAttribute("text-anchor", k ? "end" : "start"); t.setAttribute("fill", "#5b6570"); t.textContent = d; svg.appendChild(t);
    });
    var mx = document.createElementNS(SVGNS, "text");
    mx.setAttribute("x", 2); mx.setAttribute("y", PAD); mx.setAttribute("font-size", "10"); mx.setAttribute("fill", "#5b6570");
    mx.textContent = String(max); svg.appendChild(mx);
    brushRect = document.createElementNS(SVGNS, "rect");
    brushRect.setAttribute("y", 2); brushRect.setAttribute("height", H - 4); brushRect.setAttribute("fill", "rgba(11,92,173,0.15)");
    brushRect.setAttribute("stroke", "#0b5cad"); brushRect.setAttribute("width", 0); brushRect.setAttribute("id", "brush");
    svg.appendChild(brushRect);
    tl.appendChild(svg);
    var start = null;
    function toDay(ev) {
      var r = svg.getBoundingClientRect(), px = (ev.clientX - r.left) / r.width * W;
      var o = Math.floor(x0 + (px - PAD) / (W - 2 * PAD) * (x1 - x0 + 1));
      return Math.max(x0, Math.min(x1, o));
    }
    svg.addEventListener("pointerdown", function (ev) { start = toDay(ev); svg.setPointerCapture(ev.pointerId); showBrush(start, start); });
    svg.addEventListener("pointermove", function (ev) { if (start !== null) showBrush(start, toDay(ev)); });
    svg.addEventListener("pointerup", function (ev) {
      if (start === null) return;
      var a = start, b = toDay(ev); start = null;
      F.from = iso(Math.min(a, b)); F.to = iso(Math.max(a, b));
      document.getElementById("f-from").value = F.from; document.getElementById("f-to").value = F.to;
      update();
    });
  }
  function showBrush(a, b) {
    if (!brushRect) return;
    var lo = Math.min(a, b), hi = Math.max(a, b);
    brushRect.setAttribute("x", sx(lo)); brushRect.setAttribute("width", Math.max(2, sx(hi + 1) - sx(lo) - 2));
  }
  function syncBrush() {
    if (!brushRect) return;
    if (!F.from && !F.to) { brushRect.setAttribute("width", 0); return; }
    var a = F.from ? Math.max(x0, ordinal(F.from)) : x0, b = F.to ? Math.min(x1, ordinal(F.to)) : x1;
    if (b < a) { brushRect.setAttribute("width", 0); return; }
    showBrush(a, b);
  }
  drawTimeline();
  var undated = events.length - dated.length;
  document.getElementById("undated-note").textContent = undated ?
    undated + " undated event" + (undated > 1 ? "s are" : " is") + " not on the timeline (shown in the cards and the table)." : "";

  /* ---------- cards ---------- */
  var cards = document.getElementById("cards");
  function card(inc) {
    var c = el("article", { "class": "card", id: "card-" + inc.incident_id, "data-id": inc.incident_id });
    c.style.borderLeftColor = color(inc.event_type);
    var h = el("h3", null, (inc.sub_event_type || inc.event_type) + " — " + (inc.location || inc.location_ar || "unknown place") + " ");
    if (inc.location_ar) h.appendChild(ar("span", inc.location_ar));
    c.appendChild(h);
    var meta = el("div", { "class": "meta" }, (inc.event_date || "undated") + " · " + inc.event_type +
      (inc.admin1 ? " · " + inc.admin1 : "") + " · fatalities " + inc.fatalities);
    meta.appendChild(el("span", { "class": "badge" }, inc.sources.length + " source" + (inc.sources.length > 1 ? "s" : "")));
    if (inc.disputed) meta.appendChild(el("span", { "class": "badge disputed" }, "disputed by " + (inc.disputed_by.join(", ") || "a party")));
    if (inc.latitude === null || inc.latitude === undefined) meta.appendChild(el("span", { "class": "badge" }, "not on map"));
    else {
      var show = el("button", { type: "button", "class": "badge linkish" }, "show on map");
      show.addEventListener("click", function () {
        var m = markers[inc.incident_id];
        if (!m) return;
        map.setView(m.getLatLng(), Math.max(map.getZoom(), 10));
        m.openPopup();
        document.getElementById("map").scrollIntoView({ block: "nearest" });
      });
      meta.appendChild(show);
    }
    c.appendChild(meta);
    c.appendChild(el("p", { "class": "summary" }, inc.summary_en));
    if (inc.sources.length > 1 && inc.fatalities_rule) c.appendChild(el("div", { "class": "meta" }, "Fatalities rule: " + inc.fatalities_rule));
    inc.sources.forEach(function (s) {
      var d = el("div", { "class": "source" }), who = el("div", { "class": "who" });
      who.appendChild(link(s.url, s.outlet || "unknown outlet"));
      var extra = [];
      if (s.published) extra.push("published " + s.published);
      if (s.fatalities !== null && s.fatalities !== undefined) extra.push(s.fatalities + " dead" + (s.fatalities_note ? " (" + s.fatalities_note + ")" : ""));
      if (s.sub_event_type && s.sub_event_type !== inc.sub_event_type) extra.push("coded as " + s.sub_event_type);
      if ((s.attribution || []).length) extra.push("according to " + s.attribution.join(", "));
      if (extra.length) who.appendChild(document.createTextNode(" · " + extra.join(" · ")));
      if ((s.disputed_by || []).length) who.appendChild(el("span", { "class": "badge disputed" }, "denied by " + s.disputed_by.join(", ")));
      d.appendChild(who);
      if (s.evidence_ar) d.appendChild(el("blockquote", { "class": "evidence ar", dir: "rtl", lang: "ar" }, s.evidence_ar));
      c.appendChild(d);
    });
    return c;
  }
  // cards are built lazily and at most PAGE at a time ("show more"): a run of 20 000 incidents must
  // not build 20 000 cards up front
  var PAGE = 200, cardLimit = PAGE, rowLimit = 4 * PAGE, cardEls = {};
  var cardOrder = incidents.slice().sort(function (a, b) {
    return (b.event_date || "").localeCompare(a.event_date || "") || b.sources.length - a.sources.length ||
      a.incident_id.localeCompare(b.incident_id);
  });
  function moreButton(label, onclick) {
    var b = el("button", { type: "button", "class": "more" }, label);
    b.addEventListener("click", onclick);
    return b;
  }
  function drawCards() {
    cards.textContent = "";
    var list = cardOrder.filter(function (i) { return incOk(i); });
    list.slice(0, cardLimit).forEach(function (inc) {
      var c = cardEls[inc.incident_id] || (cardEls[inc.incident_id] = card(inc));
      cards.appendChild(c);
    });
    if (list.length > cardLimit) {
      cards.appendChild(moreButton("Show " + Math.min(PAGE, list.length - cardLimit) + " more of " +
        (list.length - cardLimit) + " remaining", function () { cardLimit += PAGE; drawCards(); }));
    }
    return list.length;
  }

  /* ---------- table ---------- */
  var COLS = [["event_date", "Date"], ["event_type", "Type"], ["sub_event_type", "Sub-type"], ["actor1", "Actor 1"],
    ["actor2", "Actor 2"], ["location", "Place"], ["location_ar", "المكان"], ["admin1", "Governorate"],
    ["fatalities", "Fatalities"], ["outlet", "Outlet"], ["incident_id", "Incident"], ["disputed", "Disputed"]];
  var thead = document.querySelector("#events thead"), tbody = document.querySelector("#events tbody");
  var sortKey = "event_date", sortDir = 1, hr = el("tr");
  COLS.forEach(function (c) {
    var th = el("th", { "data-key": c[0], scope: "col", tabindex: "0" }, c[1]);
    function sortBy() { sortDir = sortKey === c[0] ? -sortDir : 1; sortKey = c[0]; drawTable(); }
    th.addEventListener("click", sortBy);
    th.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); sortBy(); } });
    hr.appendChild(th);
  });
  thead.appendChild(hr);
  function cmp(a, b) {
    var x = a[sortKey], y = b[sortKey];
    if (x === y) return 0;
    if (x === null || x === undefined || x === "") return 1; // blanks last whatever the direction
    if (y === null || y === undefined || y === "") return -1;
    return (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y))) * sortDir;
  }
  function drawTable() {
    Array.prototype.forEach.call(thead.querySelectorAll("th"), function (th) {
      th.setAttribute("aria-sort", th.getAttribute("data-key") === sortKey ? (sortDir > 0 ? "ascending" : "descending") : "none");
    });
    tbody.textContent = "";
    var rows = events.filter(function (e) { return evOk(e); }).sort(cmp);
    rows.slice(0, rowLimit).forEach(function (e) {
      var tr = el("tr", { "data-incident": e.incident_id || "" });
      COLS.forEach(function (c) {
        var v = e[c[0]];
        if (c[0] === "event_date" && !v) v = "undated";
        if (c[0] === "disputed") v = v ? "yes" : "";
        tr.appendChild(c[0] === "location_ar" ? ar("td", v) : el("td", c[0] === "outlet" ? { dir: "auto" } : null, v));
      });
      tbody.appendChild(tr);
    });
    if (rows.length > rowLimit) {
      var tr = el("tr"), td = el("td", { colspan: COLS.length });
      td.appendChild(moreButton("Show more rows (" + (rows.length - rowLimit) + " remaining)",
        function () { rowLimit += 4 * PAGE; drawTable(); }));
      tr.appendChild(td); tbody.appendChild(tr);
    }
  }

  /* ---------- framing ---------- */
  (function drawFraming() {
    var box = document.getElementById("framing"), outlets = (DATA.framing || {}).outlets || {};
    var names = Object.keys(outlets).sort();
    if (!names.length) { box.appendChild(el("p", { "class": "muted" }, "No actor terms recorded.")); return; }
    // the comparison first: one row per actor named by two or more outlets, the words each outlet used
    var byActor = (DATA.framing || {}).actors || {}, shared = Object.keys(byActor).filter(function (a) {
      return Object.keys(byActor[a]).length > 1;
    }).sort();
    if (shared.length) {
      var wrap = el("div", { "class": "tablewrap" }), t = el("table", { id: "framing-compare" });
      var hr = el("tr");
      hr.appendChild(el("th", { scope: "col" }, "Actor"));
      names.forEach(function (o) { hr.appendChild(el("th", { scope: "col", dir: "auto" }, o)); });
      var th = el("thead"); th.appendChild(hr); t.appendChild(th);
      var tb = el("tbody");
      shared.forEach(function (a) {
        var tr = el("tr");
        tr.appendChild(el("td", null, a));
        names.forEach(function (o) {
          var td = el("td");
          ((outlets[o].actors || {})[a] || []).forEach(function (r) {
            var span = el("span", { "class": "term" + (r.loaded ? " loaded" : ""), title: r.loaded ? "loaded term" : "" });
            span.appendChild(ar("span", r.term));
            span.appendChild(document.createTextNode(" ×" + r.articles));
            td.appendChild(span);
          });
          tr.appendChild(td);
        });
        tb.appendChild(tr);
      });
      t.appendChild(tb); wrap.appendChild(t); box.appendChild(wrap);
      box.appendChild(el("p", { "class": "muted" }, "Per outlet:"));
    }
    names.forEach(function (o) {
      var info = outlets[o], d = el("div", { "class": "framing-outlet", "data-outlet": o });
      var h3 = el("h3");
      h3.appendChild(el("span", { dir: "auto" }, o));
      h3.appendChild(document.createTextNode(" — " + info.articles + " article" + (info.articles === 1 ? "" : "s") +
        (info.loaded_share !== null && info.loaded_share !== undefined ? ", loaded terms " + Math.round(info.loaded_share * 100) + "%" : "")));
      d.appendChild(h3);
      Object.keys(info.actors || {}).sort().forEach(function (a) {
        var p = el("p", null, a + ": ");
        info.actors[a].forEach(function (t) {
          var s = el("span", { "class": "term" + (t.loaded ? " loaded" : ""), title: t.loaded ? "loaded term" : "" });
          s.appendChild(ar("span", t.term));
          s.appendChild(document.createTextNode(" ×" + t.articles + (t.loaded ? " (loaded)" : "")));
          p.appendChild(s);
        });
        d.appendChild(p);
      });
      box.appendChild(d);
    });
  })();

  /* ---------- stories ---------- */
  (function drawStories() {
    var ul = document.getElementById("stories");
    (DATA.stories || []).forEach(function (s) {
      var li = el("li", null, s.label + ": ");
      s.doc_ids.forEach(function (d, k) {
        if (k) li.appendChild(document.createTextNode(", "));
        var info = docs[d] || {};
        li.appendChild(link(info.url, (info.outlet || "unknown outlet") + " [" + d + "]"));
      });
      ul.appendChild(li);
    });
  })();

  /* ---------- update ---------- */
  function update() {
    cardLimit = PAGE; rowLimit = 4 * PAGE;
    incidents.forEach(function (inc) {
      var m = markers[inc.incident_id];
      if (m) { if (incOk(inc)) markerLayer.addLayer(m); else markerLayer.removeLayer(m); }
    });
    var shown = drawCards();
    drawTable();
    drawBars(dated.filter(function (e) { return evOk(e, true); }));
    syncBrush();
    document.getElementById("shown").textContent = shown + " of " + incidents.length + " incidents shown";
  }
  function bind(id, key, ev) {
    document.getElementById(id).addEventListener(ev || "change", function (e) { F[key] = e.target.value; update(); });
  }
  bind("f-type", "type"); bind("f-admin1", "admin1"); bind("f-outlet", "outlet"); bind("f-actor", "actor");
  bind("f-from", "from"); bind("f-to", "to");
  document.getElementById("f-reset").addEventListener("click", function () {
    Object.keys(F).forEach(function (k) { F[k] = ""; });
    ["f-type", "f-admin1", "f-outlet", "f-actor", "f-from", "f-to"].forEach(function (id) { document.getElementById(id).value = ""; });
    update();
  });

  var nOutlets = uniq(Object.keys(docs).map(function (d) { return docs[d].outlet; })).length;
  var types = {};
  incidents.forEach(function (i) { types[i.event_type] = (types[i.event_type] || 0) + 1; });
  document.getElementById("summary").textContent = Object.keys(docs).length + " articles from " + nOutlets +
    " named outlets · " + events.length + " events · " + incidents.length + " incidents (" +
    incidents.filter(function (i) { return i.sources.length > 1; }).length + " reported by more than one source) · " +
    Object.keys(types).sort().map(function (t) { return t + " " + types[t]; }).join(", ");
  document.getElementById("generated").textContent = DATA.generated || "";
  update();
  window.marsadReport = {
    visibleIncidents: function () { return incidents.filter(function (i) { return incOk(i); }).length; },
    visibleMarkers: function () { return markerLayer.getLayers().length; },
    filters: F, update: update
  };
})();
