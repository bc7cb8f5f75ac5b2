// Results written to a file appear whole or not at all: a temporary file beside the target,
// flushed, then renamed over it. A failed run never leaves a truncated report behind.
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace pacta::report {

bool write_atomically(const std::string& path, const std::function<void(std::ostream&)>& write, std::string& error);

}  // namespace pacta::report
