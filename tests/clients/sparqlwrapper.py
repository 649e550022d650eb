"""A real SPARQL client against a running `depeche serve`: SPARQLWrapper
(SELECT in JSON and XML, ASK, CONSTRUCT in Turtle, POST) and rdflib's
SPARQLStore. Prints one line per check; exits non-zero on the first failure.

    python3 tests/clients/sparqlwrapper.py URL EXPECTED_DOCUMENTS"""

import sys

from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, POST, TURTLE, XML, SPARQLWrapper

PREFIXES = """PREFIX dp: <https://w3id.org/depeche/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def check(cond, message):
    if not cond:
        print(f"sparqlwrapper: FAILED: {message}", file=sys.stderr)
        sys.exit(1)
    print(f"sparqlwrapper: ok: {message}")


def main():
    endpoint, expected = sys.argv[1], int(sys.argv[2])
    docs = PREFIXES + "SELECT DISTINCT ?d ?id WHERE { ?d a dp:Document ; dcterms:identifier ?id } ORDER BY ?id"

    s = SPARQLWrapper(endpoint)
    s.setQuery(docs)
    s.setReturnFormat(JSON)
    rows = s.query().convert()["results"]["bindings"]
    check(len(rows) == expected, f"SELECT in JSON gives {len(rows)} documents")

    s.setReturnFormat(XML)
    dom = s.query().convert()
    check(len(dom.getElementsByTagName("result")) == expected, "SELECT in XML gives the same rows")

    s.setMethod(POST)
    s.setReturnFormat(JSON)
    check(len(s.query().convert()["results"]["bindings"]) == expected, "SELECT by POST gives the same rows")

    s = SPARQLWrapper(endpoint)
    s.setQuery(PREFIXES + "ASK { ?p a dp:Person ; rdfs:label ?l }")
    s.setReturnFormat(JSON)
    check(s.query().convert()["boolean"] is True, "ASK is true")

    s = SPARQLWrapper(endpoint)
    s.setQuery(PREFIXES + "CONSTRUCT { ?d a dp:Document } WHERE { ?d a dp:Document }")
    s.setReturnFormat(TURTLE)
    graph = s.queryAndConvert()
    text = graph.decode() if isinstance(graph, bytes) else graph.serialize(format="turtle")
    from rdflib import Graph
    g = Graph().parse(data=text, format="turtle")
    check(len(g) == expected, f"CONSTRUCT in Turtle gives {len(g)} triples")

    store = SPARQLStore(endpoint)
    got = list(store.query(docs))
    check(len(got) == expected, "rdflib's SPARQLStore gives the same rows")


if __name__ == "__main__":
    main()
