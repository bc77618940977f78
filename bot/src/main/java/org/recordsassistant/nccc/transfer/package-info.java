/**
 * File: takes the exported chat people send (WhatsApp .txt/.zip first), shows what it found, and
 * files it into the records library after the user confirms.
 */
package org.recordsassistant.nccc.transfer;
