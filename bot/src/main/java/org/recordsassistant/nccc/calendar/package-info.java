/** Calendar rules shared by features: working days in UK time. */
package org.recordsassistant.nccc.calendar;
