// `concord serve` (see server.h): cpp-httplib routes over api::Run and the
// store. Every failure is a JSON body {"error":{"code","message"}}: bad
// input is a 4xx, never a 500, and the server keeps serving after it.
#include "serve/server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <charconv>
#include <chrono>
#include <functional>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <thread>

#include "concord/api.h"
#include "concord/group.h"
#include "concord/web_assets.h"
#include "serve/metrics.h"
#include "serve/pool.h"
#include "serve/store.h"
#include "util/ascii.h"

namespace concord::serve {
namespace {

using nlohmann::json;

const char* CodeName(int status) {
  switch (status) {
    case 400:
      return "bad_request";
    case 401:
      return "unauthorized";
    case 404:
      return "not_found";
    case 405:
      return "method_not_allowed";
    case 413:
      return "payload_too_large";
    case 414:
      return "uri_too_long";
    case 415:
      return "unsupported_media_type";
    case 416:
      return "range_not_satisfiable";
    case 429:
      return "too_many_requests";
    case 503:
      return "unavailable";
    default:
      return status >= 500 ? "internal" : "bad_request";
  }
}

// {"error":{"code","message"}}; `code` defaults to CodeName(status).
std::string ErrorBody(int status, const std::string& message, const char* code) {
  const json body = {
      {"error", {{"code", code != nullptr ? code : CodeName(status)}, {"message", message}}}};
  return body.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
}

void SendError(httplib::Response& res, int status, const std::string& message,
               const char* code = nullptr) {
  res.status = status;
  res.set_content(ErrorBody(status, message, code), "application/json");
}

// SendError, then the server closes the connection: for an answer given
// while (part of) the request's body is still unread, so that the rest of
// the body is never read as the next request on the connection. A
// "Connection: close" header only tells the client; httplib 0.11 keeps
// reading the connection unless writing the response fails, and it counts a
// content provider that returns false as a failure. So the body is written
// by a provider that returns false once it has written every byte.
void SendErrorAndClose(httplib::Response& res, int status, const std::string& message,
                       const char* code = nullptr) {
  res.status = status;
  res.set_header("Connection", "close");
  auto body = std::make_shared<const std::string>(ErrorBody(status, message, code));
  res.set_content_provider(body->size(), "application/json",
                           [body](size_t offset, size_t length, httplib::DataSink& sink) {
                             sink.write(body->data() + offset, length);
                             return false;
                           });
}

// Whether the request says it carries a body.
bool HasBody(const httplib::Request& req) {
  return req.has_header("Transfer-Encoding") ||
         (req.has_header("Content-Length") && req.get_header_value("Content-Length") != "0");
}

// An answer before any route read the body: SendErrorAndClose when the
// request has one, else SendError.
httplib::Server::HandlerResponse Refuse(const httplib::Request& req, httplib::Response& res,
                                        int status, const std::string& message,
                                        const char* code = nullptr) {
  if (HasBody(req)) {
    SendErrorAndClose(res, status, message, code);
  } else {
    SendError(res, status, message, code);
  }
  return httplib::Server::HandlerResponse::Handled;
}

void SendJson(httplib::Response& res, const json& body) {
  res.status = 200;
  res.set_content(body.dump(-1, ' ', false, json::error_handler_t::replace) + "\n",
                  "application/json");
}

// The status of a Status from the API or the store.
int HttpStatus(const Status& status) {
  switch (status.code()) {
    case StatusCode::kNotFound:
      return 404;
    case StatusCode::kIoError:
    case StatusCode::kDeadlineExceeded:
      return 503;
    default:
      return 400;
  }
}

// The methods a known path answers; empty for an unknown path.
std::vector<std::string> AllowedMethods(const std::string& path) {
  const std::string route = RouteLabel(path);
  if (route == "/healthz" || route == "/metrics" || route == "/v1/stories" ||
      route == "/v1/stories/{id}") {
    return {"GET", "HEAD"};
  }
  if (route == "/v1/articles/{id}") return {"DELETE"};
  if (route == "other" || route == "/{asset}") return {};
  return {"POST"};
}

// A query parameter as a whole number in [min, max]; false when malformed.
bool QueryNumber(const httplib::Request& req, const char* name, int64_t min, int64_t max,
                 int64_t* out) {
  if (!req.has_param(name)) return true;
  const std::string value = req.get_param_value(name);
  int64_t number = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (value.empty() || error != std::errc() || end != value.data() + value.size() || number < min ||
      number > max) {
    return false;
  }
  *out = number;
  return true;
}

// Whether a Content-Type header names JSON: "application/json" in any
// letter case (media types are case-insensitive), with or without
// parameters such as "; charset=utf-8".
bool IsJsonMediaType(std::string_view type) {
  type = type.substr(0, type.find(';'));
  const auto blank = [](char c) { return c == ' ' || c == '\t'; };
  while (!type.empty() && blank(type.front())) type.remove_prefix(1);
  while (!type.empty() && blank(type.back())) type.remove_suffix(1);
  return util::EqualsI(type, "application/json");
}

// Whether a Content-Length header is a plain count of bytes (httplib reads
// "-5" as a number near 2^64, which it would answer 413).
bool IsByteCount(const std::string& value) {
  return !value.empty() && std::all_of(value.begin(), value.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  });
}

std::string TooLargeMessage(size_t max_body) {
  return "the body is larger than the limit of " + std::to_string(max_body) + " bytes";
}

struct Context {
  const ServeOptions* options;
  Store* store;
  Metrics metrics;
};

thread_local std::chrono::steady_clock::time_point request_start;

// Method, token and content-type checks before any route runs. A request
// that passes them is one of a route's: every route that may get a body
// reads it through ReadBody, so httplib never reads a body itself (it would
// read a chunked one whole, however large).
httplib::Server::HandlerResponse PreRoute(const Context& context, const httplib::Request& req,
                                          httplib::Response& res) {
  request_start = std::chrono::steady_clock::now();
  // Every answer is a whole document (JSON, a page, a report): a Range
  // header is ignored, as HTTP lets a server do. httplib 0.11 would cut
  // the body after the handler and still answer 200 (with a Content-Range),
  // so the ranges it parsed are dropped here; the request object is the
  // server's own, not const, only handed over as const.
  const_cast<httplib::Request&>(req).ranges.clear();
  // And says so: httplib would answer a HEAD with "Accept-Ranges: bytes".
  res.set_header("Accept-Ranges", "none");
  // The worker queue was full (pool.h): answer at once and close, without
  // reading the body.
  if (BoundedPool::Overloaded()) {
    res.set_header("Retry-After", "1");
    SendErrorAndClose(res, 503,
                      "the server is busy (all workers and the queue are taken); retry later",
                      "overloaded");
    return httplib::Server::HandlerResponse::Handled;
  }
  // A body whose length cannot be read cannot be read at all. (One whose
  // Content-Length is over the limit httplib reads and drops, then answers
  // 413: a client that sends it all then reads a clean answer.)
  if (req.has_header("Content-Length") && !IsByteCount(req.get_header_value("Content-Length"))) {
    SendErrorAndClose(res, 400,
                      "Content-Length must be a whole number of bytes (got '" +
                          req.get_header_value("Content-Length") + "')");
    return httplib::Server::HandlerResponse::Handled;
  }
  // httplib reads a body that is not chunked until the connection ends,
  // and ignores a DELETE's chunked body, which it would then read as the
  // next request: such bodies are refused.
  const std::string encoding = req.get_header_value("Transfer-Encoding");
  if (!encoding.empty() && !util::EqualsI(encoding, "chunked")) {
    return Refuse(req, res, 400, "Transfer-Encoding must be chunked (got '" + encoding + "')");
  }
  const bool reads = req.method == "GET" || req.method == "HEAD";
  if ((reads || req.method == "DELETE") && HasBody(req)) {
    return Refuse(req, res, 400, req.method + " takes no body");
  }
  // The web page (web_assets.h): exact paths only, so no path can reach
  // outside the embedded files.
  if (reads) {
    if (std::optional<WebAsset> asset = FindWebAsset(req.path)) {
      res.status = 200;
      res.set_content(std::string(asset->body), std::string(asset->content_type).c_str());
      res.set_header("X-Content-Type-Options", "nosniff");
      return httplib::Server::HandlerResponse::Handled;
    }
  }
  const std::vector<std::string> allowed = AllowedMethods(req.path);
  if (allowed.empty()) return Refuse(req, res, 404, "no route " + req.method + " " + req.path);
  if (std::find(allowed.begin(), allowed.end(), req.method) == allowed.end()) {
    std::string list;
    for (const std::string& m : allowed) list += (list.empty() ? "" : ", ") + m;
    res.set_header("Allow", list);
    return Refuse(req, res, 405,
                  req.method + " is not allowed on " + req.path + " (allowed: " + list + ")");
  }
  if (!reads && !context.options->token.empty() &&
      req.get_header_value("Authorization") != "Bearer " + context.options->token) {
    res.set_header("WWW-Authenticate", "Bearer");
    return Refuse(req, res, 401, "this route needs the header 'Authorization: Bearer <token>'");
  }
  if (req.method == "POST" && !IsJsonMediaType(req.get_header_value("Content-Type"))) {
    return Refuse(req, res, 415,
                  "the body must be JSON with 'Content-Type: application/json' (got '" +
                      req.get_header_value("Content-Type") + "')");
  }
  // Without either header a request has no body; httplib would wait for
  // one until the read timeout.
  if (req.method == "POST" && !req.has_header("Content-Length") && encoding.empty()) {
    return Refuse(req, res, 400, "the body is empty (no Content-Length or Transfer-Encoding)");
  }
  return httplib::Server::HandlerResponse::Unhandled;
}

// Reads the body of a request into `*body`, holding at most `max_body`
// bytes however it is sent. httplib 0.11 applies its payload limit to a
// body with Content-Length only: a chunked body it would read whole into
// memory, however large. So every route that takes a body (the POST ones)
// reads it itself through httplib's content reader. False after answering
// 413 (over the limit; the rest of the body is left unread) or 400 (a
// malformed chunk, a broken connection), and closing the connection, which
// is then mid-body.
bool ReadBody(size_t max_body, const httplib::ContentReader& reader, httplib::Response& res,
              std::string* body) {
  bool too_large = false;
  const bool read = reader([&](const char* data, size_t size) {
    if (size > max_body - body->size()) {
      too_large = true;
      return false;
    }
    body->append(data, size);
    return true;
  });
  if (read && !too_large) return true;
  body->clear();
  body->shrink_to_fit();
  if (too_large || res.status == 413) {
    SendErrorAndClose(res, 413, TooLargeMessage(max_body));
  } else {
    SendErrorAndClose(res, 400,
                      "the body could not be read (a malformed chunk or a closed connection)");
  }
  return false;
}

// POST /v1/<command>: the bytes the command prints, or 503 "timeout" when
// it runs past --timeout (counted from the request's arrival).
void Stateless(const Context& context, const std::string& command, const std::string& body,
               httplib::Response& res) {
  std::vector<std::string> warnings;
  Result<json> request = api::ParseRequest(body, &warnings);
  if (!request.ok()) return SendError(res, 400, request.status().message());
  // What the command line prints on stderr (a repaired byte) goes in a
  // header: the body is the command's output, byte for byte.
  for (const std::string& warning : warnings) res.set_header("X-Concord-Warning", warning);
  const auto limit = std::chrono::duration_cast<std::chrono::steady_clock::duration>(
      std::chrono::duration<double>(context.options->timeout_seconds));
  Result<std::string> out = api::Run(command, request.value(), request_start + limit);
  if (out.status().code() == StatusCode::kDeadlineExceeded) {
    res.set_header("Retry-After", "1");
    return SendError(res, 503, out.status().message(), "timeout");
  }
  if (!out.ok()) return SendError(res, HttpStatus(out.status()), out.status().message());
  res.status = 200;
  res.set_content(out.value(), api::MediaType(command, request.value()).c_str());
}

// POST /v1/articles: stores and groups the articles.
void PostArticles(Context& context, const std::string& body, httplib::Response& res) {
  std::vector<std::string> warnings;
  Result<json> request = api::ParseRequest(body, &warnings);
  if (!request.ok()) return SendError(res, 400, request.status().message());
  for (const auto& [key, value] : request.value().items()) {
    if (key != "articles") return SendError(res, 400, "request: unknown field \"" + key + "\"");
  }
  // An article with nothing to name it is named by its place in its story
  // (Store::Add), not in this request.
  Result<Cluster> story = api::ReadStory(request.value(), /*number_unnamed=*/false);
  if (!story.ok()) return SendError(res, 400, story.status().message());
  // An article named by the request keeps its id, a string or an integer
  // (read as its digits, as the command line reads it); one with "/" is
  // refused, since DELETE /v1/articles/{id} could never reach it (httplib
  // decodes "%2F" before routing).
  const json& items = request.value()["articles"];
  std::vector<bool> named;
  for (size_t i = 0; i < items.size(); ++i) {
    const json& item = items[i];
    const auto id = item.is_object() ? item.find("id") : item.end();
    named.push_back(id != item.end() &&
                    ((id->is_string() && !id->get_ref<const std::string&>().empty()) ||
                     id->is_number_integer()));
    const std::string& given = story.value().articles[i].id;
    if (named.back() && given.find('/') != std::string::npos) {
      return SendError(res, 400,
                       api::ArticleWhere(i) + ": field \"id\" must not contain '/' (got '" + given +
                           "'): it is the {id} of DELETE /v1/articles/{id}");
    }
    // Clients and browsers resolve "." and ".." in a URL's path, so
    // DELETE /v1/articles/.. would reach /v1/ instead.
    if (named.back() && (given == "." || given == "..")) {
      return SendError(res, 400,
                       api::ArticleWhere(i) + ": field \"id\" must not be '" + given +
                           "': HTTP clients resolve it in the path of DELETE /v1/articles/{id}, "
                           "which could never reach it");
    }
    // A time the grouper cannot read would be stored and sorted as text
    // ("yesterday" newest of all): refused when the request gives it, left
    // out when a page's own metadata does (the command line warns and reads
    // the article as having no time).
    std::string& published = story.value().articles[i].published;
    if (published.empty()) continue;
    if (const Result<int64_t> time = group::ParseTime(published); !time.ok()) {
      if (item.is_object() && item.contains("published")) {
        return SendError(
            res, 400, api::ArticleWhere(i) + ": field \"published\": " + time.status().message());
      }
      published.clear();
    }
  }
  Result<std::vector<Store::Added>> added =
      context.store->Add(std::move(story.value().articles), named);
  if (!added.ok()) return SendError(res, HttpStatus(added.status()), added.status().message());
  json articles = json::array();
  for (const Store::Added& a : added.value()) {
    json item = {{"id", a.id}, {"story", a.story}, {"existed", a.existed}};
    if (a.existed) item["replaced"] = a.replaced;
    if (!a.duplicate_of.empty()) item["duplicate_of"] = a.duplicate_of;
    articles.push_back(std::move(item));
  }
  json answer = {{"articles", std::move(articles)}};
  if (!warnings.empty()) answer["warnings"] = warnings;
  SendJson(res, answer);
}

void GetStories(Context& context, const httplib::Request& req, httplib::Response& res) {
  const std::string order = req.has_param("order") ? req.get_param_value("order") : "newest";
  if (order != "newest" && order != "widest") {
    return SendError(res, 400, "order must be newest or widest (got '" + order + "')");
  }
  int64_t limit = 20;
  int64_t offset = 0;
  if (!QueryNumber(req, "limit", 1, 1000, &limit)) {
    return SendError(res, 400, "limit must be a whole number from 1 to 1000");
  }
  if (!QueryNumber(req, "offset", 0, int64_t{1} << 40, &offset)) {
    return SendError(res, 400, "offset must be a whole number from 0");
  }
  Result<json> stories = context.store->Stories(order, limit, offset);
  if (!stories.ok())
    return SendError(res, HttpStatus(stories.status()), stories.status().message());
  SendJson(res, stories.value());
}

// A POST route whose handler gets the body ReadBody read.
void PostRoute(httplib::Server& server, const std::string& pattern, const Context& context,
               std::function<void(const std::string& body, httplib::Response&)> handler) {
  server.Post(pattern, [&context, handler = std::move(handler)](
                           const httplib::Request&, httplib::Response& res,
                           const httplib::ContentReader& reader) {
    std::string body;
    if (ReadBody(context.options->max_body, reader, res, &body)) handler(body, res);
  });
}

// DELETE /v1/articles/{id} (PreRoute refused a body): the id is the whole
// rest of the decoded path, so an article stored with a "/" in its id
// before POST refused such ids can still be deleted.
void DeleteArticle(Context& context, const httplib::Request& req, httplib::Response& res) {
  const std::string id = req.matches[1];
  const Status s = context.store->Delete(id);
  if (!s.ok()) return SendError(res, HttpStatus(s), s.message());
  SendJson(res, {{"deleted", id}});
}

void AddRoutes(httplib::Server& server, Context& context) {
  for (const std::string command : {"summarize", "compare", "quotes", "extract"}) {
    PostRoute(server, "/v1/" + command, context,
              [command, &context](const std::string& body, httplib::Response& res) {
                Stateless(context, command, body, res);
              });
  }
  PostRoute(server, "/v1/articles", context,
            [&context](const std::string& body, httplib::Response& res) {
              PostArticles(context, body, res);
            });
  server.Get("/v1/stories", [&context](const httplib::Request& req, httplib::Response& res) {
    GetStories(context, req, res);
  });
  server.Get(R"(/v1/stories/([^/]+))",
             [&context](const httplib::Request& req, httplib::Response& res) {
               Result<json> story = context.store->Story(req.matches[1]);
               if (!story.ok()) {
                 return SendError(res, HttpStatus(story.status()), story.status().message());
               }
               SendJson(res, story.value());
             });
  server.Delete(R"(/v1/articles/(.*))",
                [&context](const httplib::Request& req, httplib::Response& res) {
                  DeleteArticle(context, req, res);
                });
  server.Get("/healthz", [](const httplib::Request&, httplib::Response& res) {
    SendJson(res, {{"status", "ok"}});
  });
  server.Get("/metrics", [&context](const httplib::Request&, httplib::Response& res) {
    res.set_content(context.metrics.Render({{"concord_articles", context.store->ArticleCount()},
                                            {"concord_stories", context.store->StoryCount()}}),
                    "text/plain; version=0.0.4");
  });
}

void Configure(httplib::Server& server, Context& context) {
  const ServeOptions& options = *context.options;
  const size_t threads = static_cast<size_t>(std::max(1, options.threads));
  const size_t queue = static_cast<size_t>(std::max(0, options.queue));
  server.new_task_queue = [threads, queue] { return new BoundedPool(threads, queue); };
  server.set_payload_max_length(options.max_body);
  server.set_read_timeout(options.read_timeout_seconds, 0);
  server.set_write_timeout(options.write_timeout_seconds, 0);
  server.set_pre_routing_handler([&context](const httplib::Request& req, httplib::Response& res) {
    return PreRoute(context, req, res);
  });
  // Statuses httplib sets itself (404 for a path no route's pattern takes,
  // 400 for a malformed request line, 414, 416) get the JSON error body
  // too; the answers of the handlers above, which set a Content-Type, are
  // left as they are.
  server.set_error_handler(httplib::Server::HandlerWithResponse(
      [max_body = options.max_body](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty() || res.has_header("Content-Type")) {
          return httplib::Server::HandlerResponse::Unhandled;  // ours
        }
        const std::string message =
            res.status == 404   ? "no route " + req.method + " " + req.path
            : res.status == 413 ? TooLargeMessage(max_body)
            : res.status == 414 ? "the URL is longer than the limit of " +
                                      std::to_string(CPPHTTPLIB_REQUEST_URI_MAX_LENGTH) + " bytes"
            : res.status == 416 ? "the Range header cannot be read"
                                : "the request could not be served";
        SendError(res, res.status, message);
        return httplib::Server::HandlerResponse::Handled;
      }));
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res,
                                  std::exception_ptr) { SendError(res, 500, "internal error"); });
  server.set_logger([&context](const httplib::Request& req, const httplib::Response& res) {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - request_start).count();
    context.metrics.Record(RouteLabel(req.path), res.status, seconds);
  });
  AddRoutes(server, context);
}

}  // namespace

int RunServer(const ServeOptions& options) {
  // SIGINT and SIGTERM are taken by one thread that stops the server; every
  // thread started from here inherits the mask.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  // A large store takes a while to open (its articles grouped again, and
  // every story computed again after a schema upgrade): say so, every two
  // seconds and at the end, on standard error.
  auto last_said = std::chrono::steady_clock::now();
  const Store::OpenProgress progress = [&](std::string_view phase, size_t done, size_t total) {
    const auto now = std::chrono::steady_clock::now();
    if (total < 2 * Store::kProgressEvery) return;
    if (done != 0 && done != total && now - last_said < std::chrono::seconds(2)) return;
    last_said = now;
    std::cerr << "concord serve: " << options.db << ": " << phase << ": " << done << " of " << total
              << "\n";
  };
  Result<std::unique_ptr<Store>> store = Store::Open(options.db, progress);
  if (!store.ok()) {
    std::cerr << "concord serve: --db: " << store.status().message() << "\n";
    return 2;
  }
  Context context{&options, store.value().get(), {}};
  httplib::Server server;
  Configure(server, context);
  const int port = options.port == 0
                       ? server.bind_to_any_port(options.bind)
                       : (server.bind_to_port(options.bind, options.port) ? options.port : -1);
  if (port < 0) {
    std::cerr << "concord serve: --bind/--port: cannot listen on " << options.bind << ":"
              << options.port << "\n";
    return 2;
  }
  std::atomic<bool> signalled{false};
  std::thread waiter([&server, &signalled, signals] {
    int signal = 0;
    sigwait(&signals, &signal);
    signalled = true;
    server.stop();
  });
  std::cout << "concord serve: listening on http://" << options.bind << ":" << port << std::endl;
  const bool served = server.listen_after_bind();
  // When listening failed, no signal came: wake the waiter with one.
  if (!signalled) pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  if (!served) {
    std::cerr << "concord serve: the server stopped with an error\n";
    return 1;
  }
  return 0;
}

}  // namespace concord::serve
