// Temporary files of writes in flight, removed if SIGINT, SIGTERM or SIGHUP ends the process.
// A fixed table of slots (directory descriptor + file name, so the handler needs only
// unlinkat(2)) guarded by lock-free atomics: everything the handler touches is
// async-signal-safe. The handler then restores the default disposition and re-raises the
// signal, so the process still dies by it and its exit status is unchanged. Handlers are
// installed on the first write, and only for a signal still at its default disposition (a
// signal ignored under nohup stays ignored).
#pragma once

#include <csignal>

namespace pacta::report {

// Blocks the cleanup signals for its lifetime, so a file cannot exist unregistered.
class CleanupSignalsBlocked {
 public:
  CleanupSignalsBlocked();
  ~CleanupSignalsBlocked();
  CleanupSignalsBlocked(const CleanupSignalsBlocked&) = delete;
  CleanupSignalsBlocked& operator=(const CleanupSignalsBlocked&) = delete;

 private:
  sigset_t saved_;
};

// Registers `name` in directory `dirfd` for removal on a signal; returns a slot, or -1 when
// the table is full (the file is then only removed on the ordinary error paths).
int register_temporary(int dirfd, const char* name);
void unregister_temporary(int slot);

}  // namespace pacta::report
