/**
 * The immutable result of an assessment: required against achieved level per internal characteristic, the state of
 * every level item, every check result, and provenance.
 */
package io.github.tenken.result;
