// The smoothed inverse frequency (text::InverseFrequency) of compare's
// alignment.
#include <gtest/gtest.h>

#include <cmath>

#include "concord/text.h"

namespace concord::text {
namespace {

TEST(InverseFrequency, IsLogOfUnitsPlusOneOverCount) {
  EXPECT_DOUBLE_EQ(InverseFrequency(9, 1), std::log(10.0));
  EXPECT_DOUBLE_EQ(InverseFrequency(9, 5), std::log(2.0));
  EXPECT_DOUBLE_EQ(InverseFrequency(2, 2), std::log(1.5));
}

TEST(InverseFrequency, ATermInEveryUnitStillWeighs) {
  // log(N / n) would give 0 here, and two sentences of a two-sentence
  // story could never be alike.
  for (double units : {1.0, 2.0, 10.0, 1000.0}) {
    EXPECT_GT(InverseFrequency(units, units), 0.0) << units;
  }
}

TEST(InverseFrequency, RarerTermsWeighMore) {
  for (double count = 1; count < 50; ++count) {
    EXPECT_GT(InverseFrequency(50, count), InverseFrequency(50, count + 1)) << count;
  }
}

}  // namespace
}  // namespace concord::text
