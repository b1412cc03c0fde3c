/**
 * Helpers shared by Gelly's algorithms: {@link io.eddy.gelly.utils.GellyTypes} builds the type
 * information their operators declare, since generic vertex ids cannot be recovered from erased
 * function classes.
 */
package io.eddy.gelly.utils;
