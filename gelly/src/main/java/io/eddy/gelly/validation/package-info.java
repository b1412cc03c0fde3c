/**
 * Graph validators: checks of a graph's consistency such as "every edge endpoint is a vertex". They
 * use only the public Graph and DataSet API.
 */
package io.eddy.gelly.validation;
