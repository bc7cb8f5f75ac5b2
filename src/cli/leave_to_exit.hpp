// What a verb holds when it is done is left to the operating system, not freed piece by piece:
// the process exits right after. Freeing a large rule set's syntax tree, node by node, was 15 %
// of `pacta lint` on 35 MB of rules (clang does the same: -disable-free). The values stay
// reachable from a global that is never destroyed, so leak checkers do not report them.
#pragma once

#include <type_traits>
#include <utility>
#include <vector>

namespace pacta::cli {

template <class T>
void leave_to_exit(T&& value) {
  static auto* kept = new std::vector<const void*>;
  kept->push_back(new std::decay_t<T>(std::forward<T>(value)));
}

}  // namespace pacta::cli
