// The SPARQL editor of the landing page: the bundled YASGUI, pointed at this server's /sparql.
(function () {
  "use strict";
  var DEFAULT_QUERY = [
    "PREFIX unr: <https://w3id.org/un-rights/ontology#>",
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
    "",
    "# Mechanisms of the UN human-rights system and the state each concerns",
    "SELECT ?mechanism ?name ?state WHERE {",
    "  ?mechanism a/rdfs:subClassOf* unr:Mechanism ; rdfs:label ?name .",
    "  OPTIONAL { ?mechanism unr:concerns ?state }",
    "}",
    "ORDER BY ?name",
    "LIMIT 50"
  ].join("\n");

  function start() {
    var host = document.getElementById("yasgui");
    if (!host || !window.Yasgui) { return; }
    var endpoint = window.location.origin + "/sparql";
    // The class and property completers ask an outside vocabulary service; everything here stays local.
    Yasgui.Yasqe.defaults.autocompleters = Yasgui.Yasqe.defaults.autocompleters.filter(function (name) {
      return name !== "class" && name !== "property";
    });
    var yasgui = new Yasgui(host, {
      requestConfig: { endpoint: endpoint, method: "POST" },
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
      copyEndpointOnNewTab: true,
      populateFromUrl: false,
      autofocus: false,
      persistenceId: "un-rights-editor",
      yasqe: { value: DEFAULT_QUERY }
    });
    var tab = yasgui.getTab();
    tab.setEndpoint(endpoint);
    var asked = askedQuery();
    if (asked) {
      tab.setQuery(asked);
      window.setTimeout(function () { document.getElementById("editor").scrollIntoView(); }, 0);
    } else if (!tab.getQuery() || !tab.getQuery().trim()) {
      tab.setQuery(DEFAULT_QUERY);
    }
    // A share link followed while the page is open changes only the fragment.
    window.addEventListener("hashchange", function () {
      var shared = askedQuery();
      if (shared) {
        yasgui.getTab().setQuery(shared);
        document.getElementById("editor").scrollIntoView();
      }
    });
    // "Open in editor" buttons of the named queries put their text in the editor.
    document.querySelectorAll("button[data-edit]").forEach(function (button) {
      button.addEventListener("click", function () {
        var text = document.getElementById("query-" + button.getAttribute("data-edit")).textContent;
        yasgui.getTab().setQuery(text);
        document.getElementById("editor").scrollIntoView();
      });
    });
    // Result IRIs of the project open their page on this server rather than at w3id.org.
    host.addEventListener("click", function (event) {
      var link = event.target.closest("a.iri");
      if (link && window.UnRights.href(link.href) !== link.href) {
        event.preventDefault();
        window.location.href = window.UnRights.href(link.href);
      }
    });
    accessible(host);
    window.unRightsEditor = yasgui;
  }

  // What the bundled editor leaves out for assistive technology: a name for each of its inputs and keyboard
  // access to its scrolling query area. (Its tab bar, whose "new tab" control sits inside the tab list, is not
  // shown: the page's editor holds one query, which share links and the named queries' buttons replace.)
  function accessible(host) {
    host.querySelectorAll("input.autocomplete").forEach(function (input) {
      if (!input.getAttribute("aria-label")) { input.setAttribute("aria-label", "SPARQL endpoint"); }
    });
    host.querySelectorAll("textarea").forEach(function (area) {
      if (!area.getAttribute("aria-label")) { area.setAttribute("aria-label", "SPARQL query"); }
    });
    host.querySelectorAll(".CodeMirror-scroll").forEach(function (area) { area.setAttribute("tabindex", "0"); });
  }

  // The query a link asks for: "#query=" (YASGUI's own share links put it, with other settings, in the fragment)
  // or "?query=" (a named query's "open in editor" link). Only the query is taken: the endpoint stays this server.
  function askedQuery() {
    var fragment = new URLSearchParams(window.location.hash.replace(/^#/, "")).get("query");
    return fragment || new URLSearchParams(window.location.search).get("query");
  }

  document.addEventListener("DOMContentLoaded", start);
})();
