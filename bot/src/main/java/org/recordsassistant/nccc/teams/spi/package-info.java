/**
 * What a feature implements to take part in a conversation turn: {@link TurnHandler} (commands, card
 * verbs, an open dialog), {@link FreeTextHandler} (any other text) and {@link FileHandler} (files sent to
 * the bot). {@link Turn} is the feature's view of the turn; {@link Cards} builds Adaptive Card 1.5
 * nodes the way every feature must (Jackson nodes, never JDK collections: tech-notes §2.2).
 */
@NamedInterface("spi")
package org.recordsassistant.nccc.teams.spi;

import org.springframework.modulith.NamedInterface;
