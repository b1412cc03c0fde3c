/**
 * Machine learning on the DataSet API: pipelines (estimators, transformers, predictors) and the
 * classic distributed algorithms, built on bulk iterations. Arrives with the ML issue.
 */
package io.eddy.ml;
