// The smoothed inverse frequency (text.h, "Term weights").
#include <cmath>

#include "concord/text.h"

namespace concord::text {

double InverseFrequency(double units, double count) { return std::log((units + 1.0) / count); }

}  // namespace concord::text
