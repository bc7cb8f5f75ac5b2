// The atomic writer's failures: a write error is reported with its cause, and no temporary
// file survives a failed write, a throwing callback, or SIGINT/SIGTERM in the middle of a
// large write (the process still dies by that signal). Runs what changes process state
// (rlimits, signal dispositions) in a forked child.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <stdexcept>

#include "atomic_write_test_support.hpp"
#include "report/atomic_write.hpp"

namespace pacta::test {
namespace {

using namespace atomic_write;

TEST(AtomicWriteErrors, AThrowingCallbackLeavesNoTemporary) {
  fs::path dir = temp_dir("awe-throw");
  fs::path out = dir / "out.txt";
  std::ofstream(out) << "old";
  std::string error;
  auto write = [](std::ostream& o) {
    o << std::string(100 * 1024, 'x');
    throw std::runtime_error("boom");
  };
  EXPECT_THROW(report::write_atomically(out.string(), write, error), std::runtime_error);
  EXPECT_EQ(read(out), "old");
  EXPECT_EQ(temporaries(dir), 0);
  fs::remove_all(dir);
}

TEST(AtomicWriteErrors, AFailedStreamLeavesNoTemporary) {
  fs::path dir = temp_dir("awe-fail");
  fs::path out = dir / "out.txt";
  std::ofstream(out) << "old";
  std::string error;
  auto write = [](std::ostream& o) {
    o << "partial";
    o.setstate(std::ios::failbit);
  };
  EXPECT_FALSE(report::write_atomically(out.string(), write, error));
  EXPECT_EQ(error, "write failed");
  EXPECT_EQ(read(out), "old");
  EXPECT_EQ(temporaries(dir), 0);
  fs::remove_all(dir);
}

TEST(AtomicWriteErrors, AFullDeviceIsReportedAsSuch) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  std::string error;
  EXPECT_FALSE(report::write_atomically(
      "/dev/full", [](std::ostream& o) { o << "x"; }, error));
  EXPECT_EQ(error, "no space left on device");
}

TEST(AtomicWriteErrors, AWriteErrorIsReportedAndTheTemporaryRemoved) {
  // RLIMIT_FSIZE makes write(2) fail with EFBIG past 4 KiB, like a full disk would with ENOSPC.
  fs::path dir = temp_dir("awe-efbig");
  fs::path out = dir / "out.txt";
  std::ofstream(out) << "old";
  std::string result = in_child([&] {
    std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limit = {4096, 4096};
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) return std::string("setrlimit failed");
    std::string error;
    bool ok = report::write_atomically(
        out.string(), [](std::ostream& o) { o << std::string(1 << 20, 'x'); }, error);
    return ok ? std::string("succeeded") : error;
  });
  EXPECT_EQ(result, "file too large");
  EXPECT_EQ(read(out), "old");
  EXPECT_EQ(temporaries(dir), 0);
  fs::remove_all(dir);
}

TEST(AtomicWriteErrors, AReadOnlyDirectoryIsReported) {
  if (::geteuid() == 0) GTEST_SKIP() << "root writes into read-only directories";
  fs::path dir = temp_dir("awe-ro");
  fs::path out = dir / "out.txt";
  std::ofstream(out) << "old";
  ASSERT_EQ(::chmod(dir.c_str(), 0555), 0);
  std::string error;
  EXPECT_FALSE(report::write_atomically(
      out.string(), [](std::ostream& o) { o << "new"; }, error));
  EXPECT_EQ(error, "permission denied");
  EXPECT_EQ(read(out), "old");
  EXPECT_EQ(temporaries(dir), 0);
  ::chmod(dir.c_str(), 0755);
  fs::remove_all(dir);
}

// A child writes 8 MiB, tells the parent the temporary exists, then blocks until `sig` ends it.
void dies_by_signal_leaving_no_temporary(int sig, const char* name) {
  fs::path dir = temp_dir(name);
  fs::path out = dir / "report.txt";
  std::ofstream(out) << "old";
  int ready[2];
  int hold[2];
  ASSERT_EQ(::pipe(ready), 0);
  ASSERT_EQ(::pipe(hold), 0);
  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    ::close(ready[0]);
    ::close(hold[1]);
    ::alarm(30);
    std::signal(sig, SIG_DFL);  // as in a shell's foreground job, whatever the test runner does
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, sig);
    ::sigprocmask(SIG_UNBLOCK, &unblock, nullptr);
    std::string error;
    report::write_atomically(
        out.string(),
        [&](std::ostream& o) {
          std::string chunk(1 << 20, 'x');
          for (int i = 0; i < 8; ++i) o << chunk;
          o.flush();
          (void)!::write(ready[1], "r", 1);
          char c;
          (void)!::read(hold[0], &c, 1);  // the parent never writes: blocks until the signal
        },
        error);
    ::_exit(0);
  }
  ::close(ready[1]);
  ::close(hold[0]);
  char c = 0;
  EXPECT_EQ(::read(ready[0], &c, 1), 1);
  EXPECT_EQ(temporaries(dir), 1);  // the partial file exists while writing
  ::kill(child, sig);
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ::close(ready[0]);
  ::close(hold[1]);
  EXPECT_TRUE(WIFSIGNALED(status));
  if (WIFSIGNALED(status)) {
    EXPECT_EQ(WTERMSIG(status), sig);
  }
  EXPECT_EQ(temporaries(dir), 0);
  EXPECT_EQ(read(out), "old");
  fs::remove_all(dir);
}

TEST(AtomicWriteErrors, SigintMidWriteLeavesNoTemporary) { dies_by_signal_leaving_no_temporary(SIGINT, "awe-int"); }

TEST(AtomicWriteErrors, SigtermMidWriteLeavesNoTemporary) { dies_by_signal_leaving_no_temporary(SIGTERM, "awe-term"); }

TEST(AtomicWriteErrors, AnIgnoredSignalStaysIgnored) {
  // Under nohup SIGHUP is ignored: the writer must not install its handler over that.
  fs::path dir = temp_dir("awe-nohup");
  std::string result = in_child([&] {
    std::signal(SIGHUP, SIG_IGN);
    std::string error;
    if (!report::write_atomically((dir / "out.txt").string(), [](std::ostream& o) { o << "x"; }, error)) return error;
    struct sigaction now {};
    ::sigaction(SIGHUP, nullptr, &now);
    return std::string(now.sa_handler == SIG_IGN ? "ignored" : "not ignored");
  });
  EXPECT_EQ(result, "ignored");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace pacta::test
