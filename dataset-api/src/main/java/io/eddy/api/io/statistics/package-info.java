/** Statistics that input formats report to the optimizer. Only small value types live here. */
package io.eddy.api.io.statistics;
