/**
 * Ask: answers questions on the NCCC guidance, citing the paragraph, and says honestly when it has
 * no confirmed answer. Takes every text that is not a command or an open dialog's answer.
 */
package org.recordsassistant.nccc.guidance;
