// Runs `concord serve` as a real process on 127.0.0.1, a free port (--port
// 0) and a store in a temporary folder, for the server's tests.
//
//   ServerProcess server(db_path);            // waits for the listening line
//   httplib::Client client = server.Client();
//   server.Stop();                            // SIGTERM, waits for the exit
//
// Thread safety: one test thread.
#ifndef CONCORD_TESTS_SERVE_SERVER_PROCESS_H_
#define CONCORD_TESTS_SERVE_SERVER_PROCESS_H_

#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace concord::testing {

class ServerProcess {
 public:
  explicit ServerProcess(const std::string& db, const std::vector<std::string>& extra = {}) {
    int out[2];
    if (pipe(out) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      std::vector<std::string> args = {CONCORD_BINARY, "serve", "--db",   db,
                                       "--port",       "0",     "--bind", "127.0.0.1"};
      if (std::find(extra.begin(), extra.end(), "--threads") == extra.end()) {
        args.insert(args.end(), {"--threads", "4"});
      }
      args.insert(args.end(), extra.begin(), extra.end());
      std::vector<char*> argv;
      for (std::string& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(CONCORD_BINARY, argv.data());
      _exit(127);
    }
    close(out[1]);
    // The one line the server prints when it listens.
    std::string line;
    char c = 0;
    while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
    close(out[0]);
    line_ = line;
    const std::string prefix = "concord serve: listening on http://127.0.0.1:";
    if (line.rfind(prefix, 0) == 0) port_ = std::stoi(line.substr(prefix.size()));
  }
  ~ServerProcess() { Stop(); }
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }
  const std::string& line() const { return line_; }
  httplib::Client Client() const {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(60, 0);
    return client;
  }
  // SIGTERM, then the exit code (-1 when killed by a signal or not running).
  int Stop() {
    if (pid_ <= 0) return -1;
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  std::string line_;
};

}  // namespace concord::testing

#endif  // CONCORD_TESTS_SERVE_SERVER_PROCESS_H_
