/**
 * Declare: walks a person through declaring their use of a non-corporate channel and keeps the
 * register they can review, amend and withdraw from.
 */
package org.recordsassistant.nccc.declaration;
