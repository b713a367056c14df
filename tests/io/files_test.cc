// io::ReadFile and io::WriteFile: the one whole-file reader and writer.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <string>
#include <thread>

#include "concord/io.h"
#include "testing/temp_dir.h"

namespace concord::io {
namespace {

using concord::testing::TempDir;

// Standard input replaced by the read end of a pipe fed `bytes` (from a
// thread, so that more than a pipe buffer can be offered) for one scope.
class PipedStdin {
 public:
  explicit PipedStdin(std::string bytes) {
    std::signal(SIGPIPE, SIG_IGN);  // the writer may outlive the reader
    int fds[2];
    EXPECT_EQ(pipe(fds), 0);
    saved_ = dup(STDIN_FILENO);
    dup2(fds[0], STDIN_FILENO);
    close(fds[0]);
    writer_ = std::thread([fd = fds[1], bytes = std::move(bytes)] {
      size_t done = 0;
      while (done < bytes.size()) {
        const ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
        if (n <= 0) break;  // the reader stopped (EPIPE): that is the point
        done += static_cast<size_t>(n);
      }
      close(fd);
    });
  }
  ~PipedStdin() {
    dup2(saved_, STDIN_FILENO);  // closes the read end: the writer sees EPIPE
    close(saved_);
    writer_.join();
  }

 private:
  int saved_ = -1;
  std::thread writer_;
};

TEST(ReadFile, ReadsARegularFileWhole) {
  TempDir dir;
  const std::string bytes("line one\nline\0two\n", 18);
  Result<std::string> read = ReadFile(dir.Write("a.txt", bytes));
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(read.value(), bytes);
  Result<std::string> empty = ReadFile(dir.Write("empty.txt", ""));
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty.value(), "");
}

TEST(ReadFile, MissingFileIsNotFoundNamingIt) {
  Result<std::string> read = ReadFile("/nonexistent/concord/x.txt");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(read.status().message(), "/nonexistent/concord/x.txt: no such file");
}

TEST(ReadFile, FolderFifoAndDeviceAreRefusedWithoutBlocking) {
  TempDir dir;
  Result<std::string> folder = ReadFile(dir.path());
  ASSERT_FALSE(folder.ok());
  EXPECT_NE(folder.status().message().find("is a folder"), std::string::npos);
  const std::string fifo = dir.Path("fifo");
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  Result<std::string> pipe = ReadFile(fifo);  // no writer: a blocking open would hang
  ASSERT_FALSE(pipe.ok());
  EXPECT_EQ(pipe.status().message(), fifo + ": not a regular file (a pipe, socket or device)");
  Result<std::string> zero = ReadFile("/dev/zero");
  ASSERT_FALSE(zero.ok());
  EXPECT_NE(zero.status().message().find("/dev/zero: not a regular file"), std::string::npos);
}

TEST(ReadFile, FileOverTheCapIsRefusedNamingSizeAndLimit) {
  TempDir dir;
  const std::string path = dir.Write("big.txt", std::string(5000, 'a'));
  Result<std::string> read = ReadFile(path, 4096);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().message(), path + ": too large (5000 bytes; the limit is 4096)");
  EXPECT_TRUE(ReadFile(path, 5000).ok());
}

TEST(ReadFile, StandardInputIsReadWholeUnderTheCap) {
  const std::string bytes(3 << 20, 'x');  // several chunks
  PipedStdin stdin_pipe(bytes);
  Result<std::string> read = ReadFile("-", 4 << 20);
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(read.value(), bytes);
}

TEST(ReadFile, StandardInputPastTheCapStopsWithAnError) {
  PipedStdin stdin_pipe(std::string(3 << 20, '\0'));
  Result<std::string> read = ReadFile("-", 1 << 20);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().message(),
            "standard input: too large (over 1048576 bytes; the limit is 1048576)");
}

TEST(WriteFile, WritesReplacesAndLeavesNoTemporary) {
  TempDir dir;
  const std::string path = dir.Path("out.txt");
  ASSERT_TRUE(WriteFile(path, "first\n").ok());
  ASSERT_TRUE(WriteFile(path, "second\n").ok());
  EXPECT_EQ(ReadFile(path).value(), "second\n");
  size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    ++files;
    EXPECT_EQ(entry.path().filename(), "out.txt");
  }
  EXPECT_EQ(files, 1u);
}

TEST(WriteFile, FailedWriteLeavesTheOldFileAndNoTemporary) {
  TempDir dir;
  const std::string path = dir.Path("model.txt");
  ASSERT_TRUE(WriteFile(path, "old = 1\n").ok());
  // A file size limit of 0 makes every write to a file fail (EFBIG), as a
  // full disk would; SIGXFSZ is ignored so that the write returns an error.
  std::signal(SIGXFSZ, SIG_IGN);
  rlimit saved{};
  getrlimit(RLIMIT_FSIZE, &saved);
  rlimit none = saved;
  none.rlim_cur = 0;
  ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &none), 0);
  const Status status = WriteFile(path, "new = 2\n");
  setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, SIG_DFL);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.code(), StatusCode::kIoError);
  EXPECT_NE(status.message().find(path + ": cannot write: "), std::string::npos);
  EXPECT_EQ(ReadFile(path).value(), "old = 1\n");
  size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    ++files;
    EXPECT_EQ(entry.path().filename(), "model.txt");
  }
  EXPECT_EQ(files, 1u);
}

TEST(WriteFile, FullDeviceIsAnErrorAndTheDeviceIsNotReplaced) {
  const Status status = WriteFile("/dev/full", "anything\n");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("/dev/full: cannot write: "), std::string::npos);
  struct stat info {};
  ASSERT_EQ(stat("/dev/full", &info), 0);
  EXPECT_TRUE(S_ISCHR(info.st_mode));  // still the device, not a renamed file
}

TEST(WriteFile, MissingFolderIsAnErrorNamingThePath) {
  const Status status = WriteFile("/nonexistent/concord/out.txt", "x");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("/nonexistent/concord/out.txt: cannot write"), std::string::npos);
}

}  // namespace
}  // namespace concord::io
