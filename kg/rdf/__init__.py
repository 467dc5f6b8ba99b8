"""Records as RDF: the ontology's namespace, minted IRIs, the mapping and the cross-document step.

A build keeps each document's triples as a set of N-Triples lines (`Triples`, each term written
by Oxigraph): cheap to make, to sort and to write, many times cheaper than an rdflib Graph at
scale. The API hands users rdflib Graphs and Datasets read from them (kg.rdf.oxigraph).
"""

Triples = set[str]
