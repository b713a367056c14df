// `concord serve`: the HTTP API over the request layer (api.h) and the
// store (store.h). docs/api.md and docs/openapi.yaml describe every route.
//
//   ServeOptions options;
//   options.port = 0;            // a free port
//   return RunServer(options);   // until SIGINT or SIGTERM; the exit code
//
// Thread safety: RunServer blocks SIGINT and SIGTERM in the calling thread
// (and so in every thread it starts) and waits for them on a thread of its
// own; call it once, from the main thread, before starting other threads.
#ifndef CONCORD_SERVE_SERVER_H_
#define CONCORD_SERVE_SERVER_H_

#include <cstddef>
#include <string>

namespace concord::serve {

struct ServeOptions {
  std::string db = "concord.db";  // the SQLite store, created when missing
  std::string bind = "127.0.0.1";
  int port = 8080;                     // 0: a free port
  std::string token;                   // when set, POST and DELETE need "Bearer <token>"
  int threads = 8;                     // worker threads
  int queue = 64;                      // accepted connections waiting for a worker; more: 503
  double timeout_seconds = 30;         // summarize/compare/quotes past it: 503 "timeout"
  size_t max_body = size_t{32} << 20;  // larger bodies: 413
  int read_timeout_seconds = 5;        // longest wait for the next bytes of a request
  int write_timeout_seconds = 30;      // longest wait to write the next bytes of a response
};

// Opens the store, binds, prints "concord serve: listening on
// http://HOST:PORT" on standard output (flushed) and serves until SIGINT or
// SIGTERM, letting requests in flight finish. Returns 0 after a clean stop,
// 2 (after one line on stderr naming the file or address) when the store
// cannot be opened or the address cannot be bound.
int RunServer(const ServeOptions& options);

}  // namespace concord::serve

#endif  // CONCORD_SERVE_SERVER_H_
