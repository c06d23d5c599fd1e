/** Helpers shared by Tenken's modules; not part of the API and may change without notice. */
package io.github.tenken.internal;
