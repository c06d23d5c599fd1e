/**
 * A short GitHub-flavoured Markdown summary of an assessment, for a CI job summary ({@code $GITHUB_STEP_SUMMARY}) or
 * a pull-request comment: the verdict, required against achieved levels, what fails and what is missing.
 */
package io.github.tenken.report.markdown;
