#include "report/ordered_chunks.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace pacta::report {

// More threads than this would hold more chunks (two per worker) than they save time: writing
// the bytes out stays on one thread.
constexpr unsigned max_workers = 8;

unsigned worker_count(std::size_t count, std::size_t per_chunk, unsigned threads) {
  if (threads == 0) threads = std::clamp(std::thread::hardware_concurrency(), 1u, max_workers);
  std::size_t chunks = (count + per_chunk - 1) / std::max<std::size_t>(per_chunk, 1);
  return static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(threads, chunks)));
}

void render_in_order(std::size_t count, std::size_t per_chunk, unsigned threads, const RenderChunk& render,
                     std::ostream& stream) {
  per_chunk = std::max<std::size_t>(per_chunk, 1);
  const std::size_t chunks = (count + per_chunk - 1) / per_chunk;
  const unsigned workers = worker_count(count, per_chunk, threads);
  if (workers == 1) {
    JsonBuffer out;
    for (std::size_t c = 0; c < chunks; ++c) {
      render(0, c * per_chunk, std::min(count, (c + 1) * per_chunk), out);
      out.flush_to(stream);
    }
    return;
  }
  // Chunk c is rendered into slot c % window, once chunk c - window has been written.
  const std::size_t window = 2 * std::size_t{workers};
  std::vector<JsonBuffer> slots(window);
  std::vector<char> ready(window, 0);
  std::mutex m;
  std::condition_variable changed;
  std::size_t next_chunk = 0, written = 0;
  bool failed = false;
  std::exception_ptr error;

  auto work = [&](unsigned worker) {
    while (true) {
      std::size_t c;
      {
        std::unique_lock<std::mutex> lock(m);
        changed.wait(lock, [&] { return failed || next_chunk >= chunks || next_chunk < written + window; });
        if (failed || next_chunk >= chunks) return;
        c = next_chunk++;
      }
      try {
        render(worker, c * per_chunk, std::min(count, (c + 1) * per_chunk), slots[c % window]);
      } catch (...) {
        std::lock_guard<std::mutex> lock(m);
        if (!failed) error = std::current_exception();
        failed = true;
        changed.notify_all();
        return;
      }
      std::lock_guard<std::mutex> lock(m);
      ready[c % window] = 1;
      changed.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (unsigned w = 0; w < workers; ++w) pool.emplace_back(work, w);
  for (std::size_t c = 0; c < chunks; ++c) {
    {
      std::unique_lock<std::mutex> lock(m);
      changed.wait(lock, [&] { return failed || ready[c % window]; });
      if (failed) break;
    }
    slots[c % window].flush_to(stream);  // its worker is done with it until it is freed below
    std::lock_guard<std::mutex> lock(m);
    ready[c % window] = 0;
    written = c + 1;
    changed.notify_all();
  }
  for (std::thread& t : pool) t.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace pacta::report
