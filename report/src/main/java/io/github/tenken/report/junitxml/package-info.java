/**
 * The JUnit XML report: each check and each characteristic's required level as a test case, for CI servers.
 */
package io.github.tenken.report.junitxml;
