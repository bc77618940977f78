/**
 * The NCCC records assistant: a Teams bot that answers questions on the guidance, takes declarations
 * of non-corporate channel use, files exported chats into the records library and tells Information
 * Asset Owners. Each direct sub-package is a Spring Modulith module.
 */
package org.recordsassistant.nccc;
