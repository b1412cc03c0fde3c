/**
 * Plumbing shared by Gelly's iteration models (vertex counts, degree-annotated vertex state); not
 * part of the API and free to change.
 */
package io.eddy.gelly.internal;
