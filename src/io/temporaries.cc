// Temporary files removed on SIGINT and SIGTERM.
//
// WriteFile writes ".<name>.tmp-<pid>" and renames it when complete; a
// signal between the two would leave the hidden temporary behind. The
// paths of the temporaries open right now sit in a fixed table of slots
// (no allocation, no lock), so the handler may read it: for each slot
// marked ready it calls unlink(2), which is async-signal-safe, then puts
// the default action back and raises the signal again, so the process
// still ends by it (exit status 128 + signal). A slot goes free -> writing
// -> ready -> free; the handler skips a slot being written, whose file
// does not exist yet (the slot is filled before the open).
#include "io/temporaries.h"

#include <limits.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstring>

#include "concord/io.h"

namespace concord::io {
namespace internal {
namespace {

// As many temporaries as can be open at once: one per writing thread.
constexpr int kSlots = 256;
enum SlotState : int { kFree = 0, kWriting = 1, kReady = 2 };

struct Slot {
  std::atomic<int> state{kFree};
  char path[PATH_MAX];
};
static_assert(std::atomic<int>::is_always_lock_free, "the handler reads the states");

Slot g_slots[kSlots];

void RemoveAndReraise(int signal_number) {
  for (Slot& slot : g_slots) {
    if (slot.state.load(std::memory_order_acquire) == kReady) unlink(slot.path);
  }
  struct sigaction action {};
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  sigaction(signal_number, &action, nullptr);
  raise(signal_number);
}

}  // namespace

int RegisterTemporary(const std::string& path) {
  if (path.size() >= PATH_MAX) return -1;
  for (int i = 0; i < kSlots; ++i) {
    int expected = kFree;
    if (g_slots[i].state.compare_exchange_strong(expected, kWriting, std::memory_order_acq_rel)) {
      std::memcpy(g_slots[i].path, path.c_str(), path.size() + 1);
      g_slots[i].state.store(kReady, std::memory_order_release);
      return i;
    }
  }
  return -1;
}

void ReleaseTemporary(int slot) {
  if (slot < 0 || slot >= kSlots) return;
  g_slots[slot].state.store(kFree, std::memory_order_release);
}

}  // namespace internal

void RemoveTemporariesOnSignal() {
  for (const int signal_number : {SIGINT, SIGTERM}) {
    // A signal the parent ignores (a background job's SIGINT) stays ignored.
    struct sigaction old {};
    if (sigaction(signal_number, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    struct sigaction action {};
    action.sa_handler = internal::RemoveAndReraise;
    sigemptyset(&action.sa_mask);
    // Both signals are held while the handler runs, so it runs once.
    sigaddset(&action.sa_mask, SIGINT);
    sigaddset(&action.sa_mask, SIGTERM);
    sigaction(signal_number, &action, nullptr);
  }
}

}  // namespace concord::io
