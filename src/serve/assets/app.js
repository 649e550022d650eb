// The query editor of depeche serve: runs the query through /sparql and
// shows the results as a table whose IRIs link to their pages. Text from the
// results only ever goes through textContent, never through HTML.
(function () {
  "use strict";
  const form = document.getElementById("query-form");
  if (!form) return;
  const ID = "https://w3id.org/depeche/id/";
  const WIKIDATA = "http://www.wikidata.org/entity/";
  const prefixes = form.dataset.prefixes
    .split("\n")
    .map((line) => line.split(" "))
    .sort((a, b) => b[1].length - a[1].length);
  const query = document.getElementById("query");
  const examples = document.getElementById("examples");
  const status = document.getElementById("status");
  const results = document.getElementById("results");

  function link(iri) {
    if (iri.startsWith(WIKIDATA)) return "https://www.wikidata.org/wiki/" + iri.slice(WIKIDATA.length);
    if (iri.startsWith(ID)) {
      const rest = iri.slice(ID.length);
      if (!/[#?]/.test(rest)) return "/id/" + rest;
    }
    return "/resource?iri=" + encodeURIComponent(iri);
  }

  function compact(iri) {
    for (const [p, ns] of prefixes) {
      if (iri.startsWith(ns)) return p + ":" + iri.slice(ns.length);
    }
    return iri;
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      const a = document.createElement("a");
      a.href = link(term.value);
      a.textContent = compact(term.value);
      td.appendChild(a);
    } else {
      td.textContent = term.value;
      if (term["xml:lang"]) td.lang = term["xml:lang"];
    }
    return td;
  }

  function show(text, cls) {
    const pre = document.createElement("pre");
    if (cls) pre.className = cls;
    pre.textContent = text;
    results.appendChild(pre);
  }

  async function run() {
    status.textContent = "running…";
    results.textContent = "";
    const started = performance.now();
    let response;
    try {
      response = await fetch("/sparql", {
        method: "POST",
        headers: { Accept: "application/sparql-results+json, text/turtle;q=0.9" },
        body: new URLSearchParams({ query: query.value }),
      });
    } catch (e) {
      status.textContent = "cannot reach the server";
      return;
    }
    const ms = Math.round(performance.now() - started);
    if (!response.ok) {
      status.textContent = "error " + response.status;
      show(await response.text(), "error");
      return;
    }
    const type = response.headers.get("Content-Type") || "";
    const truncated = response.headers.get("X-Depeche-Truncated") ? " (truncated at the row limit)" : "";
    if (type.includes("json")) {
      const data = await response.json();
      if ("boolean" in data) {
        status.textContent = "answered in " + ms + " ms";
        show(String(data.boolean));
      } else {
        const table = document.createElement("table");
        table.id = "results-table";
        table.className = "list";
        const head = table.insertRow();
        for (const v of data.head.vars) {
          const th = document.createElement("th");
          th.textContent = "?" + v;
          head.appendChild(th);
        }
        for (const row of data.results.bindings) {
          const tr = table.insertRow();
          for (const v of data.head.vars) tr.appendChild(cell(row[v]));
        }
        results.appendChild(table);
        const n = data.results.bindings.length;
        status.textContent = n + (n === 1 ? " row" : " rows") + " in " + ms + " ms" + truncated;
      }
    } else {
      status.textContent = "answered in " + ms + " ms" + truncated;
      show(await response.text());
    }
    history.replaceState(null, "", "/?query=" + encodeURIComponent(query.value));
  }

  examples.addEventListener("change", () => {
    const option = examples.selectedOptions[0];
    if (option && option.dataset.query) query.value = option.dataset.query;
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    run();
  });
  query.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      run();
    }
  });
  const asked = new URLSearchParams(location.search).get("query");
  if (asked) {
    query.value = asked;
    run();
  }
})();
