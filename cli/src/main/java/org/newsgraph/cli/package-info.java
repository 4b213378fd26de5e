/**
 * The {@code newsgraph} command. Each picocli command translates its arguments, delegates to the
 * pipeline stages and prints; none holds pipeline logic. Errors are one line on standard error,
 * never a stack trace. Exit codes: 0 every input read (a page that is not an article is still a
 * result), 1 some inputs could not be read, 2 a usage error.
 */
package org.newsgraph.cli;
