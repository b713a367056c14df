// Who a set of sentences names (person_refs.h): full names and surnames of
// one person grouped, and the surnames that are not counted.
#include "compare/person_refs.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace concord::compare::internal {
namespace {

std::vector<std::string> Described(const std::vector<std::string_view>& texts) {
  std::vector<std::string> out;
  for (const PersonRef& r : FindPersonRefs(texts)) {
    out.push_back(std::to_string(r.text) + ":" + r.name + (r.full ? " full" : " surname"));
  }
  return out;
}

TEST(PersonRefs, ASurnameJoinsItsFullName) {
  const std::vector<std::string_view> texts = {
      "Varga said the girder had cracked in the cold.",
      "Peter Varga, the city's engineer, closed the harbor bridge.",
      "The mayor thanked Mr. Varga on Tuesday."};
  const std::vector<PersonRef> refs = FindPersonRefs(texts);
  ASSERT_EQ(refs.size(), 3u);
  EXPECT_EQ(refs[0].person, refs[1].person);
  EXPECT_EQ(refs[1].person, refs[2].person);
  EXPECT_EQ(Described(texts),
            (std::vector<std::string>{"0:Varga surname", "1:Peter Varga full", "2:Varga surname"}));
}

TEST(PersonRefs, ASurnameNeverGivenInFullOrUsedAsAModifierIsNotListed) {
  EXPECT_TRUE(Described({"Varga said the girder had cracked in the cold."}).empty());
  EXPECT_EQ(Described({"Peter Varga closed the bridge.", "The Varga plan was dropped."}),
            (std::vector<std::string>{"0:Peter Varga full"}));
}

// Found on BASIL: "Medicare" took "Romney-Ryan Medicare" for its full name.
// A group is a person only when a title or a given name says so.
TEST(PersonRefs, ANameWithNoTitleOrGivenNameIsNoPerson) {
  EXPECT_TRUE(Described({"The ad attacked the Romney-Ryan Medicare plan on Tuesday.",
                         "Critics said Medicare would be cut."})
                  .empty());
  EXPECT_EQ(Described({"Sen. Kyrsten Sinema voted no.", "Sinema said it was close."}),
            (std::vector<std::string>{"0:Kyrsten Sinema full", "1:Sinema surname"}));
}

}  // namespace
}  // namespace concord::compare::internal
