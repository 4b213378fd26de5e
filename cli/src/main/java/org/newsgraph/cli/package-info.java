/**
 * The {@code newsgraph} command. Each picocli command translates its arguments, delegates to the
 * pipeline stages and prints; none holds pipeline logic. Exit codes: 0 all inputs done, 1 some
 * inputs failed or were rejected, 2 a usage error.
 */
package org.newsgraph.cli;
