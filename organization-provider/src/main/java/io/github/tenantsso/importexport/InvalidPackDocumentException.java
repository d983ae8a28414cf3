package io.github.tenantsso.importexport;

/**
 * A pack document that cannot be applied, saying which entry and why; nothing of it is applied.
 */
public final class InvalidPackDocumentException extends IllegalArgumentException {

    private final transient ImportProblem problem;

    InvalidPackDocumentException(ImportProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public ImportProblem problem() {
        return problem;
    }
}
