// The whole C++ API of kpss. Include single facilities (kpss/core/money.hpp, ...) to keep
// compile times down; this header is for convenience.
#pragma once

#include "kpss/core/catalog.hpp"
#include "kpss/core/date.hpp"
#include "kpss/core/error.hpp"
#include "kpss/core/id.hpp"
#include "kpss/core/money.hpp"
#include "kpss/core/territory.hpp"
#include "kpss/version.hpp"
