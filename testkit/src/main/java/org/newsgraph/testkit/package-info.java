/** What the modules' tests share: access to the shared evaluation data, fixtures, assertions. */
package org.newsgraph.testkit;
