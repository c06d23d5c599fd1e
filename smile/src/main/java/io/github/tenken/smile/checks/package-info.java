/**
 * Checks that train Smile models on the assessed data: {@code b3.label-noise} (guideline B-3.2b). They live in the
 * Smile module because training pulls Smile (GPL-3.0); the catalogue finds them when this module is on the class
 * path.
 */
package io.github.tenken.smile.checks;
