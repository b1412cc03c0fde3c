/**
 * Parsers that turn text fields (byte ranges of a CSV line) into values without intermediate
 * Strings. Used by the CSV input formats; no file handling lives here.
 */
package io.eddy.api.io.parser;
