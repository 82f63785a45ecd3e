#!/usr/bin/env python3
"""Checks a running UN Rights Graph server with the clients data consumers use: rdflib parses every dump
and every content-negotiated format of a resource; void.ttl's counts are recomputed from the dumps;
SPARQLWrapper queries /sparql. Usage: check_clients.py BASE_URL. Prints one line per check and
'N passed, N failed'; exits 1 if any check failed."""
import gzip
import io
import sys
import urllib.request

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF
from SPARQLWrapper import JSON, SPARQLWrapper

VOID = Namespace("http://rdfs.org/ns/void#")
ID = "https://w3id.org/un-rights/id/"
DATASET = URIRef("https://w3id.org/un-rights/dataset")
PRK = URIRef(ID + "state/prk")
UNR_STATE = URIRef("https://w3id.org/un-rights/ontology#State")
DUMPS = {
    "un-rights.ttl": "turtle",
    "un-rights.nt.gz": "nt",
    "un-rights.trig": "trig",
    "un-rights.jsonld": "json-ld",
    "un-rights-ontology.ttl": "turtle",
    "un-rights-computed.trig": "trig",
    "void.ttl": "turtle",
}
COMPUTED = URIRef("https://w3id.org/un-rights/graph/computed")
FORMATS = {
    "text/turtle": "turtle",
    "application/ld+json": "json-ld",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/trig": "trig",
    "application/n-quads": "nquads",
}

results = []


def check(name, condition, detail=""):
    results.append(bool(condition))
    print(("ok   " if condition else "FAIL ") + name + ("" if condition else ": " + detail), flush=True)


def fetch(url, accept=None):
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.read(), response.headers.get("Content-Type", "")


def parse(data, fmt):
    holder = Dataset() if fmt in ("trig", "nquads") else Graph()
    holder.parse(data=data, format=fmt)
    return holder


def main(base):
    parsed = {}
    for name, fmt in DUMPS.items():
        data, _ = fetch(base + "/dumps/" + name)
        if name.endswith(".gz"):
            data = gzip.decompress(data)
        try:
            parsed[name] = parse(data.decode("utf-8"), fmt)
            check("dump " + name + " parses", len(parsed[name]) > 0 or fmt == "trig", "empty")
        except Exception as e:  # a parse error is the finding
            check("dump " + name + " parses", False, repr(e))
            return

    union = parsed["un-rights.nt.gz"]
    void = parsed["void.ttl"]
    check("turtle and n-triples dumps hold the same triples", len(parsed["un-rights.ttl"]) == len(union),
          "%d vs %d" % (len(parsed["un-rights.ttl"]), len(union)))
    check("json-ld dump holds the same triples", len(parsed["un-rights.jsonld"]) == len(union),
          "%d vs %d" % (len(parsed["un-rights.jsonld"]), len(union)))

    said = int(void.value(DATASET, VOID.triples))
    check("void:triples is the number of triples", said == len(union), "void says %d, dump has %d" % (said, len(union)))

    entities = {s for s in union.subjects() if isinstance(s, URIRef) and str(s).startswith(ID)}
    said = int(void.value(DATASET, VOID.entities))
    check("void:entities is the number of entities", said == len(entities), "void says %d, dump has %d" % (said, len(entities)))

    trig = parsed["un-rights.trig"]
    for subset in void.objects(DATASET, VOID.subset):
        said = int(void.value(subset, VOID.triples))
        # the counts computed at build are dumped apart from the data
        holder = parsed["un-rights-computed.trig"] if subset == COMPUTED else trig
        actual = len(holder.graph(subset))
        check("void:triples of " + str(subset), said == actual, "void says %d, TriG has %d" % (said, actual))
    check("the computed counts are a subset", COMPUTED in set(void.objects(DATASET, VOID.subset)), "missing")

    for partition in void.objects(DATASET, VOID.classPartition):
        cls = void.value(partition, VOID["class"])
        said = int(void.value(partition, VOID.entities))
        actual = len(set(union.subjects(RDF.type, cls)))
        check("void:entities of " + str(cls), said == actual, "void says %d, dump has %d" % (said, actual))

    for media_type, fmt in FORMATS.items():
        data, content_type = fetch(base + "/id/state/prk", media_type)
        graph = parse(data.decode("utf-8"), fmt)
        triples = graph.quads((PRK, RDF.type, UNR_STATE, None)) if fmt in ("trig", "nquads") else graph.triples((PRK, RDF.type, UNR_STATE))
        check("/id/state/prk as " + media_type, content_type.startswith(media_type) and any(True for _ in triples),
              "Content-Type " + content_type)

    negotiated = Graph()
    negotiated.parse(base + "/id/state/prk")
    check("rdflib's own content negotiation gets prk", (PRK, RDF.type, UNR_STATE) in negotiated)

    sparql = SPARQLWrapper(base + "/sparql")
    sparql.setQuery("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <%s> }" % UNR_STATE)
    sparql.setReturnFormat(JSON)
    answered = int(sparql.queryAndConvert()["results"]["bindings"][0]["n"]["value"])
    states = len(set(union.subjects(RDF.type, UNR_STATE)))
    check("SPARQLWrapper counts the states of the dump", answered == states, "endpoint %d, dump %d" % (answered, states))

    sparql.setQuery("ASK { GRAPH <https://w3id.org/un-rights/graph/reference> { <%s> a <%s> } }" % (PRK, UNR_STATE))
    check("SPARQLWrapper sees named graphs", sparql.queryAndConvert()["boolean"] is True)


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"))
    passed = sum(results)
    print("%d passed, %d failed" % (passed, len(results) - passed))
    sys.exit(0 if results and all(results) else 1)
