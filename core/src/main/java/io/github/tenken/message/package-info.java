/**
 * Texts of results as keys with typed arguments ({@link io.github.tenken.message.Message}) and their rendering in
 * English and Japanese from the message bundles on the class path ({@link io.github.tenken.message.MessageCatalog}).
 * Results never hold prose; renderers choose the language.
 */
package io.github.tenken.message;
