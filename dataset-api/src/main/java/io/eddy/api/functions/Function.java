package io.eddy.api.functions;

import java.io.Serializable;

/**
 * The root of all user functions. Functions are serializable because the job graph carries them to
 * the tasks: every parallel instance runs its own deserialized copy.
 */
public interface Function extends Serializable {}
