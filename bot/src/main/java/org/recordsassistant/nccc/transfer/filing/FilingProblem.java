package org.recordsassistant.nccc.transfer.filing;

/**
 * Why filing stopped for good: something the user can put right, so retrying would not help. The name is stored as
 * the transfer's failure reason; the text is what the user is told.
 */
enum FilingProblem {
	ORIGINAL_MISSING("I couldn't file your upload: the copy I kept of it is no longer there, so nothing was filed. "
			+ "Please send the file again and confirm it."),
	ORIGINAL_CHANGED("I couldn't file your upload: the copy I kept of it changed after you sent it, so I won't file "
			+ "it as a record. Please send the file again and confirm it."),
	DECLARATION_UNKNOWN("I couldn't file your upload: there is no declaration %s, so nothing was filed. Send the file "
			+ "again and enter the right reference, or choose 'No declaration yet'."),
	DECLARATION_WITHDRAWN("I couldn't file your upload: declaration %s has been withdrawn, so nothing was filed "
			+ "against it. Send the file again and choose another declaration, or 'No declaration yet'."),
	NAME_CONFLICT("I couldn't file your upload: the records library already holds too many files with the same "
			+ "names in its folder. Rename the file (for example, add the date) and send it again.");

	private final String message;

	FilingProblem(String message) {
		this.message = message;
	}

	/** What the user is told; {@code declarationReference} fills the declaration problems' blank. */
	String message(String declarationReference) {
		return message.formatted(declarationReference);
	}

	/** Thrown where the problem is found; the worker marks the transfer FAILED and tells the user. */
	static final class Found extends RuntimeException {
		private static final long serialVersionUID = 1L;
		private final FilingProblem problem;

		Found(FilingProblem problem, Throwable cause) {
			super(problem.name(), cause);
			this.problem = problem;
		}

		FilingProblem problem() {
			return problem;
		}
	}
}
