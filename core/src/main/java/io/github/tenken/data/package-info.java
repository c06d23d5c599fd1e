/**
 * What checks read, free of any backend: immutable columnar {@link io.github.tenken.data.Table}s whose categorical
 * columns share a {@link io.github.tenken.data.CategoryDictionary} across an assessment, the roles of columns, and
 * declared cases.
 */
package io.github.tenken.data;
