int guard_sample(long budget, int pots);
