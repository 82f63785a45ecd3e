// Shared by the pages: SPARQL over fetch, and results as an HTML table. Built with DOM calls only
// (textContent, never innerHTML), so nothing in the data can inject markup.
(function () {
  "use strict";
  var BASE = "https://w3id.org/un-rights/";

  /** Runs a SELECT on this server's endpoint; resolves to the SPARQL JSON results. */
  function select(query) {
    return fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json" },
      body: query
    }).then(function (response) {
      if (!response.ok) { throw new Error("the endpoint answered " + response.status); }
      return response.json();
    });
  }

  /** Where a link to an IRI goes: the project's own IRIs resolve on this server. */
  function href(iri) {
    return iri.indexOf(BASE) === 0 ? "/" + iri.substring(BASE.length) : iri;
  }

  function shortForm(iri) {
    return iri.indexOf(BASE + "id/") === 0 ? iri.substring((BASE + "id/").length)
      : iri.indexOf(BASE + "vocab/") === 0 ? iri.substring((BASE + "vocab/").length) : iri;
  }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }

  function cell(binding) {
    var td = el("td");
    if (!binding) { return td; }
    if (binding.type === "uri" && /^https?:/.test(binding.value)) {
      var a = el("a", shortForm(binding.value));
      a.href = href(binding.value);
      a.title = binding.value;
      td.appendChild(a);
    } else {
      td.textContent = binding.value;
    }
    return td;
  }

  /** A table of SPARQL JSON SELECT results, with a row count under it. */
  function resultsTable(json) {
    var wrap = el("div", null, "results-wrap");
    var table = el("table", null, "results");
    var head = el("tr");
    json.head.vars.forEach(function (v) { head.appendChild(el("th", v)); });
    table.appendChild(el("thead")).appendChild(head);
    var body = table.appendChild(el("tbody"));
    json.results.bindings.forEach(function (row) {
      var tr = el("tr");
      json.head.vars.forEach(function (v) { tr.appendChild(cell(row[v])); });
      body.appendChild(tr);
    });
    wrap.appendChild(table);
    var n = json.results.bindings.length;
    wrap.appendChild(el("p", n + (n === 1 ? " row" : " rows"), "row-count"));
    return wrap;
  }

  /** "Run" buttons of the named queries: fetch /queries/NAME as SPARQL JSON and show the table in place. */
  function namedQueries() {
    document.querySelectorAll("button[data-run]").forEach(function (button) {
      button.addEventListener("click", function () {
        var name = button.getAttribute("data-run");
        var target = document.getElementById("result-" + name);
        target.replaceChildren(el("p", "Running…", "status"));
        fetch("/queries/" + encodeURIComponent(name), { headers: { "Accept": "application/sparql-results+json" } })
          .then(function (response) {
            if (!response.ok) { throw new Error("the server answered " + response.status); }
            return response.json();
          })
          .then(function (json) { target.replaceChildren(resultsTable(json)); })
          .catch(function (error) { target.replaceChildren(el("p", "Could not run the query: " + error.message, "error")); });
      });
    });
  }

  window.UnRights = { select: select, href: href, shortForm: shortForm, el: el, resultsTable: resultsTable };
  document.addEventListener("DOMContentLoaded", namedQueries);
})();
