package org.newsgraph.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = NewsGraphCommand.class.getPackage().getImplementationVersion();
    return new String[] {"newsgraph " + (version == null ? "development" : version)};
  }
}
