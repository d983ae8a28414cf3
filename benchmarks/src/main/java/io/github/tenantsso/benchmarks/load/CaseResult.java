package io.github.tenantsso.benchmarks.load;

/** The measured logins of one outcome in one realm: the e-mail step and the whole login, and the wrong answers. */
final class CaseResult {

    final Samples emailStep = new Samples();
    final Samples login = new Samples();
    private int wrong;
    private String firstWrong;

    synchronized void wrong(String description) {
        wrong++;
        if (firstWrong == null) {
            firstWrong = description;
        }
    }

    synchronized int wrongCount() {
        return wrong;
    }

    synchronized String firstWrong() {
        return firstWrong;
    }
}
