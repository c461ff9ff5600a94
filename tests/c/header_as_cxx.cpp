// The public C header on its own must compile as C++ too (with the same strict warnings).
#include "kpss/kpss.h"

int kpss_header_as_cxx_compiles() { return KPSS_OK; }
