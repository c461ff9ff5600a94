int guard_sample(int budget);
