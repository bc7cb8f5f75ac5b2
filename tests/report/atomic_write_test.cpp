// Results written with --output: whole or not at all, and never by replacing a device or a
// symbolic link (writing to /dev/null as root must not turn it into a regular file).
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "report/atomic_write.hpp"

namespace pacta::test {
namespace {

namespace fs = std::filesystem;

fs::path temp_dir(const char* name) {
  fs::path dir = fs::temp_directory_path() / (std::string("pacta-") + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(AtomicWrite, ReplacesARegularFileWhole) {
  fs::path dir = temp_dir("aw1");
  fs::path out = dir / "out.txt";
  std::ofstream(out) << "old";
  std::string error;
  ASSERT_TRUE(report::write_atomically(out.string(), [](std::ostream& o) { o << "new"; }, error)) << error;
  EXPECT_EQ(read(out), "new");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}), 1);  // no temporary left
  fs::remove_all(dir);
}

TEST(AtomicWrite, WritesThroughAFifoWithoutReplacingIt) {
  fs::path dir = temp_dir("aw2");
  fs::path fifo = dir / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string got;
  std::thread reader([&] { got = read(fifo); });
  std::string error;
  EXPECT_TRUE(report::write_atomically(fifo.string(), [](std::ostream& o) { o << "through"; }, error)) << error;
  reader.join();
  EXPECT_EQ(got, "through");
  EXPECT_TRUE(fs::is_fifo(fifo));
  fs::remove_all(dir);
}

TEST(AtomicWrite, DevNullStaysADevice) {
  std::string error;
  EXPECT_TRUE(report::write_atomically("/dev/null", [](std::ostream& o) { o << "discarded"; }, error)) << error;
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
}

TEST(AtomicWrite, ThroughASymlinkTheLinkSurvives) {
  fs::path dir = temp_dir("aw3");
  fs::path real = dir / "real.txt";
  fs::path link = dir / "link.txt";
  std::ofstream(real) << "old";
  fs::create_symlink(real, link);
  std::string error;
  ASSERT_TRUE(report::write_atomically(link.string(), [](std::ostream& o) { o << "new"; }, error)) << error;
  EXPECT_TRUE(fs::is_symlink(link));
  EXPECT_EQ(read(real), "new");
  fs::remove_all(dir);
}

TEST(AtomicWrite, ADirectoryIsRefused) {
  fs::path dir = temp_dir("aw4");
  std::string error;
  EXPECT_FALSE(report::write_atomically(dir.string(), [](std::ostream& o) { o << "x"; }, error));
  EXPECT_EQ(error, "is a directory");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace pacta::test
