// Results written to a file appear whole or not at all: a temporary file beside the target,
// written, fsynced, then renamed over it, and the directory fsynced. A failed run never
// leaves a truncated report behind. Guarantees (pacta fmt --write and every --output):
//  - the replaced file keeps its mode, and its owner and group where permitted; a new file
//    gets 0666 minus the umask;
//  - the temporary ".<name>.tmp-XXXXXX" is created exclusively (O_EXCL|O_NOFOLLOW, random
//    suffix), so a planted symlink or a stale temporary is never followed nor overwritten;
//  - the temporary is removed on every error path (a write error, a throwing callback) and
//    when SIGINT, SIGTERM or SIGHUP ends the process (atomic_write_cleanup.hpp);
//  - write errors are reported with their cause ("no space left on device").
// A device, FIFO or socket (/dev/null, /dev/stdout) is written through, not replaced; through
// a symbolic link the file it names is replaced, not the link; a directory is refused. Like
// any rename-based write this breaks hard links: other names of the old file keep the old
// contents. Extended attributes and ACLs of the old file are not carried over.
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace pacta::report {

bool write_atomically(const std::string& path, const std::function<void(std::ostream&)>& write, std::string& error);

}  // namespace pacta::report
