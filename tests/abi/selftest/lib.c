/* Two versions of one function, to prove the ABI guard catches a changed signature. */
#include "sample.h"
#ifdef SAMPLE_V2
int guard_sample(long budget, int pots) { return (int)budget + pots; }
#else
int guard_sample(int budget) { return budget; }
#endif
