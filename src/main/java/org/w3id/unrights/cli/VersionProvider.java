package org.w3id.unrights.cli;

import org.w3id.unrights.graph.OntologyVersion;

import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into the jar's manifest, and the ontology version it stamped (pom property ontology.version). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"un-rights-graph " + (version == null ? "(development build)" : version),
                "ontology " + OntologyVersion.current()};
    }
}
