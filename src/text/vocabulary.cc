// text::Vocabulary (text.h): the interned lower-case forms and stems of one
// analysis.
//
// Terms are numbered by first sight and found through an open-addressing
// table of ids (linear probing, doubled at half load), so a word costs one
// hash and no allocation. Their bytes are copied into chunks that are only
// ever added (1 KB first, or what Reserve expects, doubling up to 64 KB; a
// longer term gets a chunk of its own), never moved or freed before the
// Vocabulary: that is what keeps every view given out valid for the
// Vocabulary's life. An empty Vocabulary allocates nothing.
#include <algorithm>
#include <cstring>

#include "concord/text.h"
#include "util/id_map.h"

namespace concord::text {
namespace {

constexpr uint32_t kEmpty = UINT32_MAX;
constexpr size_t kFirstSlots = 256;
// Small: a story of 34,000 short articles holds as many vocabularies (a
// 4 KB first chunk and room reserved for terms cost that story 200 MB).
constexpr size_t kFirstChunk = size_t{1} << 10;
constexpr size_t kBytesATerm = 8;  // a guess for Reserve: form and stem
constexpr size_t kLargestChunk = size_t{64} << 10;
// The largest table a thread keeps for the next Vocabulary (256 KB).
constexpr size_t kLargestSpareTable = size_t{1} << 16;

// The look-up table that the last Vocabulary shrunk on this thread gave
// back. A story of many short articles analyses them one after the other
// on a thread, and each Document keeps its terms but not its table: taking
// the table from here, rather than from the heap, leaves no hole of a
// kilobyte between each Document's blocks (freed, such holes did not
// lower the peak memory at all).
thread_local std::vector<uint32_t> spare_table;

// Makes `slots` a table of `size` empty slots, from the spare one when
// that is large enough.
void AssignTable(std::vector<uint32_t>& slots, size_t size) {
  if (slots.capacity() < size && spare_table.capacity() >= size) slots.swap(spare_table);
  slots.assign(size, kEmpty);
}

}  // namespace

Vocabulary::Vocabulary() : next_chunk_(kFirstChunk) {}

Vocabulary::~Vocabulary() = default;

Vocabulary::Vocabulary(Vocabulary&& other) noexcept
    : terms_(std::move(other.terms_)),
      slots_(std::move(other.slots_)),
      chunks_(std::move(other.chunks_)),
      free_(other.free_),
      left_(other.left_),
      next_chunk_(other.next_chunk_),
      bytes_(other.bytes_) {
  other.Clear();
}

Vocabulary& Vocabulary::operator=(Vocabulary&& other) noexcept {
  if (this != &other) {
    terms_ = std::move(other.terms_);
    slots_ = std::move(other.slots_);
    chunks_ = std::move(other.chunks_);
    free_ = other.free_;
    left_ = other.left_;
    next_chunk_ = other.next_chunk_;
    bytes_ = other.bytes_;
    other.Clear();
  }
  return *this;
}

void Vocabulary::Clear() {
  terms_.clear();
  slots_.clear();  // made again by the next Intern
  chunks_.clear();
  free_ = nullptr;
  left_ = 0;
  next_chunk_ = kFirstChunk;
  bytes_ = 0;
}

std::string_view Vocabulary::Keep(std::string_view bytes) {
  if (bytes.empty()) return {};
  if (bytes.size() > left_) {
    const size_t size = std::max(next_chunk_, bytes.size());
    chunks_.push_back(std::make_unique<char[]>(size));
    free_ = chunks_.back().get();
    left_ = size;
    next_chunk_ = std::min(next_chunk_ * 2, kLargestChunk);
  }
  char* kept = free_;
  std::memcpy(kept, bytes.data(), bytes.size());
  free_ += bytes.size();
  left_ -= bytes.size();
  bytes_ += bytes.size();
  return {kept, bytes.size()};
}

// Sizes the slot table and the first chunk only: the vector of terms grows
// by doubling (reserved, it cost a story of short articles more memory
// than the copies it saved).
void Vocabulary::Reserve(size_t terms) {
  size_t slots = std::max(kFirstSlots, slots_.size());
  while (slots < 2 * terms + 2) slots *= 2;
  if (chunks_.empty()) {
    next_chunk_ = std::clamp(terms * kBytesATerm, kFirstChunk, kLargestChunk);
  }
  if (slots > slots_.size()) {
    if (terms_.empty()) {
      AssignTable(slots_, slots);
    } else {
      slots_.resize(slots / 2);
      Grow();
    }
  }
}

// The look-up table goes too (a Document's vocabulary is only read after
// its analysis; its table was a kilobyte or more of every Document): Intern
// builds it again, and Find without it reads the terms one by one.
void Vocabulary::ShrinkToFit() {
  terms_.shrink_to_fit();
  if (slots_.capacity() > spare_table.capacity() && slots_.capacity() <= kLargestSpareTable) {
    slots_.swap(spare_table);
  }
  slots_ = {};
}

uint32_t Vocabulary::Find(std::string_view lower) const {
  if (slots_.empty()) {
    for (uint32_t id = 0; id < terms_.size(); ++id) {
      if (terms_[id].lower == lower) return id;
    }
    return kNotFound;
  }
  const size_t mask = slots_.size() - 1;
  for (size_t slot = util::ViewHash()(lower) & mask; slots_[slot] != kEmpty;
       slot = (slot + 1) & mask) {
    if (terms_[slots_[slot]].lower == lower) return slots_[slot];
  }
  return kNotFound;
}

uint32_t Vocabulary::Intern(std::string_view lower) {
  return Intern(lower, util::ViewHash()(lower));
}

uint32_t Vocabulary::Intern(std::string_view lower, size_t hash) {
  if (slots_.empty()) {
    if (terms_.empty()) {
      AssignTable(slots_, kFirstSlots);
    } else {
      Reserve(terms_.size());  // after ShrinkToFit: the table again
    }
  }
  const size_t mask = slots_.size() - 1;
  size_t slot = hash & mask;
  for (; slots_[slot] != kEmpty; slot = (slot + 1) & mask) {
    if (terms_[slots_[slot]].lower == lower) return slots_[slot];
  }
  const auto id = static_cast<uint32_t>(terms_.size());
  Term& term = terms_.emplace_back();
  term.lower = Keep(lower);
  slots_[slot] = id;
  if (2 * terms_.size() > slots_.size()) Grow();
  return id;
}

void Vocabulary::SetStem(uint32_t id, std::string_view stem, bool stopword) {
  Term& term = terms_[id];
  // Most stems are a prefix of their form ("elections" -> "elect"): they
  // share its bytes.
  term.stem = term.lower.starts_with(stem) ? term.lower.substr(0, stem.size()) : Keep(stem);
  term.stemmed = true;
  term.stopword = stopword;
}

void Vocabulary::Grow() {
  AssignTable(slots_, slots_.size() * 2);
  const size_t mask = slots_.size() - 1;
  for (uint32_t id = 0; id < terms_.size(); ++id) {
    size_t slot = util::ViewHash()(terms_[id].lower) & mask;
    while (slots_[slot] != kEmpty) slot = (slot + 1) & mask;
    slots_[slot] = id;
  }
}

}  // namespace concord::text
