// A long report (a check's states, one after another) rendered on several threads: consecutive
// items are grouped in chunks, workers render chunks into their own buffers, and the caller's
// thread writes the chunks in order. The bytes are those of one thread; only the wall time
// changes. At most a few chunks per worker are held at once, so memory stays bounded.
#pragma once

#include <cstddef>
#include <functional>
#include <ostream>
#include <vector>

#include "report/json_text.hpp"

namespace pacta::report {

// Renders items [0, count): render(worker, first, last, out) appends items [first, last) to
// `out`; `worker` (0 .. threads-1) lets the caller keep per-thread state. threads == 0: as
// many as the machine has, up to 8. An exception thrown by `render` is rethrown here.
using RenderChunk = std::function<void(unsigned worker, std::size_t first, std::size_t last, JsonBuffer& out)>;
void render_in_order(std::size_t count, std::size_t per_chunk, unsigned threads, const RenderChunk& render,
                     std::ostream& stream);

// The worker count render_in_order uses for `count` items in chunks of `per_chunk`.
unsigned worker_count(std::size_t count, std::size_t per_chunk, unsigned threads);

// render_in_order with per-thread state: each thread makes its Worker on its first chunk with
// make(alone) (alone: the only thread, which may use the caller's own state), then
// render(worker, first, last, out) appends items [first, last).
template <class Make, class Render>
void render_in_order_per_worker(std::size_t count, std::size_t per_chunk, unsigned threads, Make make, Render render,
                                std::ostream& stream) {
  const unsigned workers = worker_count(count, per_chunk, threads);
  std::vector<decltype(make(true))> own(workers);
  render_in_order(
      count, per_chunk, workers,
      [&](unsigned w, std::size_t first, std::size_t last, JsonBuffer& out) {
        if (!own[w]) own[w] = make(workers == 1);
        render(*own[w], first, last, out);
      },
      stream);
}

}  // namespace pacta::report
