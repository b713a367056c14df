// Tests of util::IdMap (src/util/id_map.h): ids in order of first sight,
// the same after the table grows, and the same keys as std::map finds.
#include "util/id_map.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace concord::util {
namespace {

TEST(IdMapTest, IdsFollowFirstSight) {
  IdMap<std::string_view, ViewHash> ids;
  EXPECT_EQ(ids.Intern("harbor"), std::make_pair(0u, true));
  EXPECT_EQ(ids.Intern("bridge"), std::make_pair(1u, true));
  EXPECT_EQ(ids.Intern("harbor"), std::make_pair(0u, false));
  EXPECT_EQ(ids.size(), 2u);
  EXPECT_EQ(ids.key(1), "bridge");
}

TEST(IdMapTest, GrowingKeepsEveryId) {
  // Start small so that the table doubles many times; compare with the ids
  // a std::map hands out in the same order. Keys collide in their low bits.
  IdMap<uint64_t, U64Hash> ids(1);
  std::map<uint64_t, uint32_t> expected;
  for (uint64_t round = 0; round < 3; ++round) {
    for (uint64_t k = 0; k < 5000; ++k) {
      const uint64_t key = (k % 2500) << 20;
      const auto [id, inserted] = ids.Intern(key);
      const auto [it, fresh] = expected.emplace(key, static_cast<uint32_t>(expected.size()));
      EXPECT_EQ(inserted, fresh);
      ASSERT_EQ(id, it->second) << "key " << key;
    }
  }
  EXPECT_EQ(ids.size(), 2500u);
}

TEST(IdMapTest, EmptyViewIsAKey) {
  std::vector<std::string> words = {"", "a", ""};
  IdMap<std::string_view, ViewHash> ids;
  EXPECT_EQ(ids.Intern(words[0]).first, 0u);
  EXPECT_EQ(ids.Intern(words[1]).first, 1u);
  EXPECT_EQ(ids.Intern(words[2]), std::make_pair(0u, false));
}

}  // namespace
}  // namespace concord::util
