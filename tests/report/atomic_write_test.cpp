// Results written with --output: whole or not at all, and never by replacing a device or a
// symbolic link (writing to /dev/null as root must not turn it into a regular file). The
// replaced file keeps its mode and owner, and a planted temporary name is never followed.
// Error paths and signals: atomic_write_errors_test.cpp.
#include "report/atomic_write.hpp"

#include <grp.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <thread>
#include <vector>

#include "atomic_write_test_support.hpp"

namespace pacta::test {
namespace {

using namespace atomic_write;

// Sets the umask for one test, restoring the old one afterwards.
struct Umask {
  explicit Umask(mode_t m) : old(::umask(m)) {}
  ~Umask() { ::umask(old); }
  mode_t old;
};

mode_t mode_of(const fs::path& p) {
  struct stat st {};
  ::stat(p.c_str(), &st);
  return st.st_mode & 07777;
}

TEST(AtomicWrite, ReplacesARegularFileWhole) {
  fs::path dir = temp_dir("aw1");
  fs::path out = dir / "out.txt";
  std::ofstream(out) << "old";
  std::string error;
  ASSERT_TRUE(report::write_atomically(
      out.string(), [](std::ostream& o) { o << "new"; }, error))
      << error;
  EXPECT_EQ(read(out), "new");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}), 1);  // no temporary left
  fs::remove_all(dir);
}

TEST(AtomicWrite, LargeOutputIsWrittenExactly) {
  fs::path dir = temp_dir("aw-large");
  fs::path out = dir / "out.txt";
  std::string expected;
  for (int i = 0; i < 5000; ++i) expected += "line " + std::to_string(i) + "\n";
  expected += std::string(300 * 1024, 'z');  // one write larger than the buffer
  expected += "tail";
  std::string error;
  ASSERT_TRUE(report::write_atomically(
      out.string(), [&](std::ostream& o) { o << expected; }, error))
      << error;
  EXPECT_EQ(read(out), expected);
  fs::remove_all(dir);
}

TEST(AtomicWrite, WritesThroughAFifoWithoutReplacingIt) {
  fs::path dir = temp_dir("aw2");
  fs::path fifo = dir / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string got;
  std::thread reader([&] { got = read(fifo); });
  std::string error;
  EXPECT_TRUE(report::write_atomically(
      fifo.string(), [](std::ostream& o) { o << "through"; }, error))
      << error;
  reader.join();
  EXPECT_EQ(got, "through");
  EXPECT_TRUE(fs::is_fifo(fifo));
  fs::remove_all(dir);
}

TEST(AtomicWrite, DevNullStaysADevice) {
  std::string error;
  EXPECT_TRUE(report::write_atomically(
      "/dev/null", [](std::ostream& o) { o << "discarded"; }, error))
      << error;
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
}

TEST(AtomicWrite, ThroughASymlinkTheLinkSurvives) {
  fs::path dir = temp_dir("aw3");
  fs::path real = dir / "real.txt";
  fs::path link = dir / "link.txt";
  std::ofstream(real) << "old";
  fs::create_symlink(real, link);
  std::string error;
  ASSERT_TRUE(report::write_atomically(
      link.string(), [](std::ostream& o) { o << "new"; }, error))
      << error;
  EXPECT_TRUE(fs::is_symlink(link));
  EXPECT_EQ(read(real), "new");
  fs::remove_all(dir);
}

TEST(AtomicWrite, ADirectoryIsRefused) {
  fs::path dir = temp_dir("aw4");
  std::string error;
  EXPECT_FALSE(report::write_atomically(
      dir.string(), [](std::ostream& o) { o << "x"; }, error));
  EXPECT_EQ(error, "is a directory");
  fs::remove_all(dir);
}

TEST(AtomicWrite, TheReplacedFileKeepsItsMode) {
  Umask umask(022);  // the old writer gave every replaced file 0644
  fs::path dir = temp_dir("aw-mode");
  for (mode_t mode : {0600, 0640, 0444, 0755}) {
    fs::path out = dir / ("out-" + std::to_string(mode));
    std::ofstream(out) << "old";
    ASSERT_EQ(::chmod(out.c_str(), mode), 0);
    std::string error;
    ASSERT_TRUE(report::write_atomically(
        out.string(), [](std::ostream& o) { o << "new"; }, error))
        << error;
    EXPECT_EQ(read(out), "new");
    EXPECT_EQ(mode_of(out), mode) << std::oct << mode;
  }
  fs::remove_all(dir);
}

TEST(AtomicWrite, ANewFileGetsTheDefaultModeLessTheUmask) {
  Umask umask(027);
  fs::path dir = temp_dir("aw-umask");
  fs::path out = dir / "new.txt";
  std::string error;
  ASSERT_TRUE(report::write_atomically(
      out.string(), [](std::ostream& o) { o << "new"; }, error))
      << error;
  EXPECT_EQ(mode_of(out), 0640u);
  fs::remove_all(dir);
}

TEST(AtomicWrite, TheReplacedFileKeepsItsOwnerAndGroup) {
  // As root: any owner. Otherwise only a supplementary group can be tested.
  uid_t uid = ::geteuid();
  gid_t gid = ::getegid();
  if (uid == 0) {
    uid = 65534;
    gid = 65534;
  } else {
    std::vector<gid_t> groups(static_cast<std::size_t>(::getgroups(0, nullptr)));
    ::getgroups(static_cast<int>(groups.size()), groups.data());
    for (gid_t g : groups) gid = g != ::getegid() ? g : gid;
    if (gid == ::getegid()) GTEST_SKIP() << "needs root or a second group";
  }
  fs::path dir = temp_dir("aw-owner");
  fs::path out = dir / "out.txt";
  std::ofstream(out) << "old";
  ASSERT_EQ(::chown(out.c_str(), uid, gid), 0);
  ASSERT_EQ(::chmod(out.c_str(), 0640), 0);  // chown may clear other bits
  std::string error;
  ASSERT_TRUE(report::write_atomically(
      out.string(), [](std::ostream& o) { o << "new"; }, error))
      << error;
  struct stat st {};
  ASSERT_EQ(::stat(out.c_str(), &st), 0);
  EXPECT_EQ(st.st_uid, uid);
  EXPECT_EQ(st.st_gid, gid);
  EXPECT_EQ(st.st_mode & 07777, 0640u);
  fs::remove_all(dir);
}

TEST(AtomicWrite, APlantedTemporaryIsNeitherFollowedNorOverwritten) {
  fs::path dir = temp_dir("aw-plant");
  fs::path out = dir / "out.txt";
  fs::path victim = dir / "victim.txt";
  std::ofstream(out) << "old";
  std::ofstream(victim) << "secret";
  // The names the old writer used, and this one's pattern, as symlinks to a file to protect.
  std::string pid = std::to_string(::getpid());
  std::vector<fs::path> planted = {dir / ("out.txt.tmp-" + pid), dir / (".out.txt.tmp-" + pid)};
  for (const fs::path& p : planted) fs::create_symlink(victim, p);
  fs::path stale = dir / ".out.txt.tmp-AbC123";
  std::ofstream(stale) << "stale";
  std::string error;
  ASSERT_TRUE(report::write_atomically(
      out.string(), [](std::ostream& o) { o << "new"; }, error))
      << error;
  EXPECT_EQ(read(out), "new");
  EXPECT_FALSE(fs::is_symlink(out));
  EXPECT_EQ(read(victim), "secret");
  for (const fs::path& p : planted) {
    EXPECT_TRUE(fs::is_symlink(p)) << p;
    EXPECT_EQ(fs::read_symlink(p), victim) << p;
  }
  EXPECT_EQ(read(stale), "stale");
  EXPECT_EQ(temporaries(dir), 3);  // the planted ones only
  fs::remove_all(dir);
}

}  // namespace
}  // namespace pacta::test
