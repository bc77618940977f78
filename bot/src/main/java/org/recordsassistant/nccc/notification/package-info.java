/**
 * Notify: Information Asset Owners get cards for declarations and filings in their business area,
 * acknowledge them, ask for more information, and see an overview of their area.
 */
package org.recordsassistant.nccc.notification;
