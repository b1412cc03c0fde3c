/**
 * The bytes the engine manages itself: {@link io.eddy.runtime.memory.MemorySegment} pages, the
 * {@link io.eddy.runtime.memory.MemoryManager} that budgets them per task executor and hands them to
 * operators, and the byte views serializers read from and write to (growable arrays, page
 * sequences, random-access page lists). Nothing here knows records or types.
 */
package io.eddy.runtime.memory;
