// Removal of in-flight temporary files on SIGINT/SIGTERM/SIGHUP; see atomic_write_cleanup.hpp.
#include "report/atomic_write_cleanup.hpp"

#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstring>

namespace pacta::report {
namespace {

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

enum : int { kFree, kFilling, kReady };

struct Slot {
  std::atomic<int> state{kFree};
  pid_t pid = 0;  // a forked child must not remove its parent's files
  int dirfd = -1;
  char name[NAME_MAX + 1] = {};
};

constexpr int kSlots = 32;
Slot slots[kSlots];

static_assert(std::atomic<int>::is_always_lock_free, "the signal handler needs lock-free atomics");

void remove_temporaries(int sig) {
  int saved = errno;
  pid_t self = ::getpid();
  for (Slot& s : slots) {
    if (s.state.load(std::memory_order_acquire) == kReady && s.pid == self) ::unlinkat(s.dirfd, s.name, 0);
  }
  // SA_RESETHAND restored the default disposition; the signal is blocked inside the handler,
  // so the re-raised one is delivered (and ends the process) as soon as the handler returns.
  ::raise(sig);
  errno = saved;
}

void install_handlers() {
  for (int sig : kSignals) {
    struct sigaction old {};
    if (::sigaction(sig, nullptr, &old) != 0) continue;
    if ((old.sa_flags & SA_SIGINFO) != 0 || old.sa_handler != SIG_DFL) continue;  // ignored or handled
    struct sigaction sa {};
    sa.sa_handler = remove_temporaries;
    sigemptyset(&sa.sa_mask);
    for (int other : kSignals) sigaddset(&sa.sa_mask, other);
    sa.sa_flags = SA_RESTART | SA_RESETHAND;
    ::sigaction(sig, &sa, nullptr);
  }
}

}  // namespace

CleanupSignalsBlocked::CleanupSignalsBlocked() {
  sigset_t block;
  sigemptyset(&block);
  for (int sig : kSignals) sigaddset(&block, sig);
  ::pthread_sigmask(SIG_BLOCK, &block, &saved_);
}

CleanupSignalsBlocked::~CleanupSignalsBlocked() { ::pthread_sigmask(SIG_SETMASK, &saved_, nullptr); }

int register_temporary(int dirfd, const char* name) {
  install_handlers();
  if (std::strlen(name) > NAME_MAX) return -1;
  for (int i = 0; i < kSlots; ++i) {
    int expected = kFree;
    if (!slots[i].state.compare_exchange_strong(expected, kFilling, std::memory_order_acquire)) continue;
    slots[i].pid = ::getpid();
    slots[i].dirfd = dirfd;
    std::strcpy(slots[i].name, name);
    slots[i].state.store(kReady, std::memory_order_release);
    return i;
  }
  return -1;
}

void unregister_temporary(int slot) {
  if (slot >= 0) slots[slot].state.store(kFree, std::memory_order_release);
}

}  // namespace pacta::report
