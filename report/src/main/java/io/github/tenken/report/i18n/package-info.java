/**
 * Translations of the HTML report's labels (English and Japanese), read from UTF-8 properties files.
 */
package io.github.tenken.report.i18n;
