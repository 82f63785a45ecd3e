// Charts of the landing page, drawn as plain SVG from live SPARQL queries against this server.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var PREFIXES = [
    "PREFIX unr: <https://w3id.org/un-rights/ontology#>",
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>",
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
    "PREFIX dct: <http://purl.org/dc/terms/>", ""].join("\n");

  var QUERIES = {
    // Several sources may describe one review; the largest figure each gives per category is shown.
    upr: PREFIXES + [
      "SELECT ?review ?state ?cycle (SAMPLE(?year) AS ?when) (MAX(?received) AS ?recommendations) ?category (MAX(?n) AS ?count) WHERE {",
      "  ?review a unr:Review ; unr:cycle ?cycle ; unr:concerns ?s .",
      "  ?s rdfs:label ?state .",
      "  OPTIONAL { ?review unr:date ?d BIND (SUBSTR(STR(?d), 1, 4) AS ?year) }",
      "  OPTIONAL { ?review unr:recommendationCount ?received }",
      "  OPTIONAL { ?review unr:hasResponse ?r . ?r unr:responseCategory ?c ; unr:count ?n . ?c skos:prefLabel ?category }",
      "} GROUP BY ?review ?state ?cycle ?category ORDER BY ?state ?cycle ?category"].join("\n"),
    council: PREFIXES + [
      "SELECT ?year (COUNT(DISTINCT ?event) AS ?meetings) WHERE {",
      "  ?event a unr:Event ; unr:inBody <https://w3id.org/un-rights/id/body/un-security-council> .",
      "  { ?event unr:date ?d } UNION { ?event unr:startDate ?d }",
      "  BIND (SUBSTR(STR(?d), 1, 4) AS ?year)",
      "} GROUP BY ?year ORDER BY ?year"].join("\n"),
    // The roll-call record, one column a year: every roll call, and those the data set codes as human rights.
    record: PREFIXES + [
      "SELECT ?year (COUNT(?vote) AS ?rollCalls) (SUM(IF(?rights, 1, 0)) AS ?humanRights) WHERE {",
      "  GRAPH <https://w3id.org/un-rights/graph/unga-rollcalls> { ?vote a unr:Vote ; unr:date ?d }",
      "  BIND (EXISTS { ?vote unr:issue <https://w3id.org/un-rights/vocab/unga-issue/hr> } AS ?rights)",
      "  BIND (YEAR(?d) AS ?year)",
      "} GROUP BY ?year ORDER BY ?year"].join("\n"),
    // The votes the articles describe (the record's own roll calls are the chart above), one row each.
    votes: PREFIXES + [
      "SELECT ?vote ?resolution ?body (SAMPLE(STR(?d)) AS ?date) (MAX(?y) AS ?yes) (MAX(?no_) AS ?no) (MAX(?a) AS ?abstain) (MAX(?ab) AS ?absent) (SAMPLE(?o) AS ?outcome) WHERE {",
      "  GRAPH ?g { ?vote a unr:Vote } FILTER (?g != <https://w3id.org/un-rights/graph/unga-rollcalls>)",
      "  ?vote unr:onResolution ?res .",
      "  OPTIONAL { ?res unr:symbol ?symbol } OPTIONAL { ?res rdfs:label ?resLabel } OPTIONAL { ?res dct:title ?title }",
      "  BIND (COALESCE(?symbol, ?title, ?resLabel, STR(?res)) AS ?resolution)",
      "  OPTIONAL { ?vote unr:inBody/rdfs:label ?body }",
      "  OPTIONAL { ?vote unr:date ?d }",
      "  OPTIONAL { ?vote unr:yesCount ?y } OPTIONAL { ?vote unr:noCount ?no_ }",
      "  OPTIONAL { ?vote unr:abstainCount ?a } OPTIONAL { ?vote unr:absentCount ?ab }",
      "  OPTIONAL { ?vote unr:outcome/skos:prefLabel ?o }",
      "} GROUP BY ?vote ?resolution ?body ORDER BY ?date"].join("\n")
  };

  function svg(tag, attributes, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attributes || {}).forEach(function (k) { node.setAttribute(k, attributes[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function value(row, name) {
    return row[name] ? row[name].value : null;
  }

  /** Horizontal bars in groups: [{label, bars: [{name, value, kind}]}], one row per bar, scaled to the largest. */
  function groupedBars(groups, ariaLabel) {
    var width = 640, labelWidth = 230, rowHeight = 22, gap = 14;
    var max = 1;
    groups.forEach(function (g) { g.bars.forEach(function (b) { max = Math.max(max, b.value); }); });
    var rows = groups.reduce(function (n, g) { return n + g.bars.length + 1; }, 0);
    var height = rows * rowHeight + groups.length * gap;
    var root = svg("svg", { viewBox: "0 0 " + width + " " + height, role: "img", "aria-label": ariaLabel, "class": "chart-svg" });
    var y = 0;
    groups.forEach(function (g) {
      var label = svg("text", { x: 0, y: y + 15, "class": "group-label" }, g.label.length > 80 ? g.label.substring(0, 79) + "…" : g.label);
      label.appendChild(svg("title", {}, g.label));
      root.appendChild(label);
      y += rowHeight;
      g.bars.forEach(function (b) {
        var w = Math.max(1, (width - labelWidth - 60) * b.value / max);
        root.appendChild(svg("text", { x: 12, y: y + 15, "class": "bar-label" }, b.name));
        var rect = svg("rect", { x: labelWidth, y: y + 3, width: w, height: rowHeight - 6, "class": "bar " + (b.kind || "") });
        rect.appendChild(svg("title", {}, b.name + ": " + b.value));
        root.appendChild(rect);
        root.appendChild(svg("text", { x: labelWidth + w + 6, y: y + 15, "class": "bar-value" }, String(b.value)));
        y += rowHeight;
      });
      y += gap;
    });
    return root;
  }

  function upr(json) {
    var byReview = {};
    var order = [];
    json.results.bindings.forEach(function (row) {
      var key = value(row, "review");
      if (!byReview[key]) {
        var when = value(row, "when");
        byReview[key] = { label: value(row, "state") + " · cycle " + value(row, "cycle") + (when ? " (" + when + ")" : ""), bars: [] };
        if (value(row, "recommendations") !== null) {
          byReview[key].bars.push({ name: "recommendations received", value: +value(row, "recommendations"), kind: "total" });
        }
        order.push(key);
      }
      if (value(row, "category") !== null) {
        byReview[key].bars.push({ name: value(row, "category"), value: +value(row, "count"), kind: "response" });
      }
    });
    var groups = order.map(function (k) { return byReview[k]; }).filter(function (g) { return g.bars.length > 0; });
    return groups.length ? groupedBars(groups, "Universal Periodic Review: recommendations and responses per cycle") : null;
  }

  function council(json) {
    var rows = json.results.bindings;
    if (!rows.length) { return null; }
    var width = 640, height = 220, bottom = 30, top = 20;
    var max = Math.max.apply(null, rows.map(function (r) { return +value(r, "meetings"); }));
    var step = width / rows.length;
    var root = svg("svg", { viewBox: "0 0 " + width + " " + height, role: "img", "aria-label": "Security Council meetings per year", "class": "chart-svg" });
    rows.forEach(function (r, i) {
      var n = +value(r, "meetings");
      var h = (height - bottom - top) * n / max;
      var x = i * step + step * 0.2;
      var rect = svg("rect", { x: x, y: height - bottom - h, width: step * 0.6, height: h, "class": "bar total" });
      rect.appendChild(svg("title", {}, value(r, "year") + ": " + n));
      root.appendChild(rect);
      root.appendChild(svg("text", { x: x + step * 0.3, y: height - bottom - h - 5, "class": "bar-value", "text-anchor": "middle" }, String(n)));
      root.appendChild(svg("text", { x: x + step * 0.3, y: height - 10, "class": "bar-label", "text-anchor": "middle" }, value(r, "year")));
    });
    return root;
  }

  /** One column a year, the human-rights share drawn over the whole: bounded by the years, not the roll calls. */
  function record(json) {
    var rows = json.results.bindings.filter(function (r) { return value(r, "year") !== null; });
    if (!rows.length) { return null; }
    var width = 640, height = 180, axis = 18, top = 14;
    var max = Math.max.apply(null, rows.map(function (r) { return +value(r, "rollCalls"); }));
    var step = width / rows.length;
    var root = svg("svg", { viewBox: "0 0 " + width + " " + (height + axis + top), role: "img",
      "aria-label": "General Assembly roll calls by year", "class": "chart-svg" });
    rows.forEach(function (r, i) {
      var year = value(r, "year"), all = +value(r, "rollCalls"), rights = +value(r, "humanRights");
      var x = i * step, h = height * all / max, hr = height * rights / max;
      var total = svg("rect", { x: x + 0.5, y: top + height - h, width: Math.max(1, step - 1), height: h, "class": "bar total" });
      total.appendChild(svg("title", {}, year + ": " + all + " roll calls, " + rights + " on human rights"));
      root.appendChild(total);
      if (rights > 0) {
        root.appendChild(svg("rect", { x: x + 0.5, y: top + height - hr, width: Math.max(1, step - 1), height: hr, "class": "bar rights" }));
      }
      if (i === 0 || i === rows.length - 1 || +year % 10 === 0) {
        root.appendChild(svg("text", { x: x + step / 2, y: top + height + 14, "class": "bar-label", "text-anchor": "middle" }, year));
      }
    });
    root.appendChild(svg("text", { x: 0, y: 10, "class": "bar-value" }, "most in a year: " + max));
    return root;
  }

  /** One row a vote: its tally as one stacked bar, or how it was decided without one. */
  function votes(json) {
    var rows = json.results.bindings;
    if (!rows.length) { return null; }
    var width = 640, labelWidth = 300, rowHeight = 20;
    var options = ["yes", "no", "abstain", "absent"];
    var max = 1;
    rows.forEach(function (r) {
      max = Math.max(max, options.reduce(function (n, o) { return n + (+value(r, o) || 0); }, 0));
    });
    var root = svg("svg", { viewBox: "0 0 " + width + " " + rows.length * rowHeight, role: "img",
      "aria-label": "Votes the articles describe", "class": "chart-svg" });
    rows.forEach(function (r, i) {
      var y = i * rowHeight;
      var label = value(r, "resolution") + (value(r, "date") ? " · " + value(r, "date") : "");
      var text = svg("text", { x: 0, y: y + 14, "class": "bar-label" }, label.length > 44 ? label.substring(0, 43) + "…" : label);
      text.appendChild(svg("title", {}, label + (value(r, "body") ? " · " + value(r, "body") : "")));
      root.appendChild(text);
      var x = labelWidth;
      var counted = options.filter(function (o) { return value(r, o) !== null; });
      counted.forEach(function (o) {
        var w = (width - labelWidth - 10) * (+value(r, o)) / max;
        var rect = svg("rect", { x: x, y: y + 4, width: Math.max(0, w), height: rowHeight - 8, "class": "bar vote-" + o });
        rect.appendChild(svg("title", {}, o + ": " + value(r, o)));
        root.appendChild(rect);
        x += w;
      });
      if (!counted.length) {
        root.appendChild(svg("text", { x: labelWidth, y: y + 14, "class": "bar-value" }, (value(r, "outcome") || "decided") + " without a recorded vote"));
      }
    });
    return root;
  }

  var DRAW = { upr: upr, council: council, record: record, votes: votes };

  function start() {
    document.querySelectorAll("figure[data-chart]").forEach(function (figure) {
      var name = figure.getAttribute("data-chart");
      var body = figure.querySelector(".chart-body");
      var link = figure.querySelector("a.chart-query");
      if (link) { link.href = "/?query=" + encodeURIComponent(QUERIES[name]) + "#editor"; }
      window.UnRights.select(QUERIES[name]).then(function (json) {
        var drawn = DRAW[name](json);
        body.replaceChildren(drawn || window.UnRights.el("p", "The graph holds no data for this chart yet.", "status"));
        figure.setAttribute("data-drawn", drawn ? "true" : "empty");
      }).catch(function (error) {
        body.replaceChildren(window.UnRights.el("p", "Could not draw the chart: " + error.message, "error"));
        figure.setAttribute("data-drawn", "error");
      });
    });
  }

  document.addEventListener("DOMContentLoaded", start);
})();
