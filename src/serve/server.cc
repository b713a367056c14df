// `concord serve` (see server.h): cpp-httplib routes over api::Run and the
// store. Every failure is a JSON body {"error":{"code","message"}}: bad
// input is a 4xx, never a 500, and the server keeps serving after it.
#include "serve/server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <charconv>
#include <chrono>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>

#include "concord/api.h"
#include "concord/web_assets.h"
#include "serve/metrics.h"
#include "serve/pool.h"
#include "serve/store.h"

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
    case 415:
      return "unsupported_media_type";
    case 429:
      return "too_many_requests";
    case 503:
      return "unavailable";
    default:
      return status >= 500 ? "internal" : "error";
  }
}

// `code` defaults to CodeName(status).
void SendError(httplib::Response& res, int status, const std::string& message,
               const char* code = nullptr) {
  res.status = status;
  const json body = {
      {"error", {{"code", code != nullptr ? code : CodeName(status)}, {"message", message}}}};
  res.set_content(body.dump(-1, ' ', false, json::error_handler_t::replace) + "\n",
                  "application/json");
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

struct Context {
  const ServeOptions* options;
  Store* store;
  Metrics metrics;
};

thread_local std::chrono::steady_clock::time_point request_start;

// Method, token and content-type checks before any route runs.
httplib::Server::HandlerResponse PreRoute(const Context& context, const httplib::Request& req,
                                          httplib::Response& res) {
  request_start = std::chrono::steady_clock::now();
  // The worker queue was full (pool.h): answer at once and close, without
  // reading the body.
  if (BoundedPool::Overloaded()) {
    res.set_header("Retry-After", "1");
    res.set_header("Connection", "close");
    SendError(res, 503, "the server is busy (all workers and the queue are taken); retry later",
              "overloaded");
    return httplib::Server::HandlerResponse::Handled;
  }
  // The web page (web_assets.h): exact paths only, so no path can reach
  // outside the embedded files.
  if (req.method == "GET" || req.method == "HEAD") {
    if (std::optional<WebAsset> asset = FindWebAsset(req.path)) {
      res.status = 200;
      res.set_content(std::string(asset->body), std::string(asset->content_type).c_str());
      res.set_header("X-Content-Type-Options", "nosniff");
      return httplib::Server::HandlerResponse::Handled;
    }
  }
  const std::vector<std::string> allowed = AllowedMethods(req.path);
  if (allowed.empty()) return httplib::Server::HandlerResponse::Unhandled;  // 404 below
  if (std::find(allowed.begin(), allowed.end(), req.method) == allowed.end()) {
    std::string list;
    for (const std::string& m : allowed) list += (list.empty() ? "" : ", ") + m;
    res.set_header("Allow", list);
    SendError(res, 405, req.method + " is not allowed on " + req.path + " (allowed: " + list + ")");
    return httplib::Server::HandlerResponse::Handled;
  }
  const bool writes = req.method == "POST" || req.method == "DELETE";
  if (writes && !context.options->token.empty() &&
      req.get_header_value("Authorization") != "Bearer " + context.options->token) {
    res.set_header("WWW-Authenticate", "Bearer");
    SendError(res, 401, "this route needs the header 'Authorization: Bearer <token>'");
    return httplib::Server::HandlerResponse::Handled;
  }
  if (req.method == "POST") {
    const std::string type = req.get_header_value("Content-Type");
    if (type.rfind("application/json", 0) != 0) {
      SendError(res, 415,
                "the body must be JSON with 'Content-Type: application/json' (got '" + type + "')");
      return httplib::Server::HandlerResponse::Handled;
    }
  }
  return httplib::Server::HandlerResponse::Unhandled;
}

// POST /v1/<command>: the bytes the command prints, or 503 "timeout" when
// it runs past --timeout (counted from the request's arrival).
void Stateless(const Context& context, const std::string& command, const httplib::Request& req,
               httplib::Response& res) {
  Result<json> request = api::ParseRequest(req.body);
  if (!request.ok()) return SendError(res, 400, request.status().message());
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
void PostArticles(Context& context, const httplib::Request& req, httplib::Response& res) {
  Result<json> request = api::ParseRequest(req.body);
  if (!request.ok()) return SendError(res, 400, request.status().message());
  for (const auto& [key, value] : request.value().items()) {
    if (key != "articles") return SendError(res, 400, "request: unknown field \"" + key + "\"");
  }
  Result<Cluster> story = api::ReadStory(request.value());
  if (!story.ok()) return SendError(res, 400, story.status().message());
  std::vector<bool> named;
  for (const json& item : request.value()["articles"]) {
    named.push_back(item.is_object() && item.contains("id") && item["id"].is_string() &&
                    !item["id"].get_ref<const std::string&>().empty());
  }
  Result<std::vector<Store::Added>> added =
      context.store->Add(std::move(story.value().articles), named);
  if (!added.ok()) return SendError(res, HttpStatus(added.status()), added.status().message());
  json articles = json::array();
  for (const Store::Added& a : added.value()) {
    json item = {{"id", a.id}, {"story", a.story}, {"existed", a.existed}};
    if (!a.duplicate_of.empty()) item["duplicate_of"] = a.duplicate_of;
    articles.push_back(std::move(item));
  }
  SendJson(res, {{"articles", std::move(articles)}});
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

void AddRoutes(httplib::Server& server, Context& context) {
  for (const std::string command : {"summarize", "compare", "quotes", "extract"}) {
    server.Post("/v1/" + command,
                [command, &context](const httplib::Request& req, httplib::Response& res) {
                  Stateless(context, command, req, res);
                });
  }
  server.Post("/v1/articles", [&context](const httplib::Request& req, httplib::Response& res) {
    PostArticles(context, req, res);
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
  server.Delete(R"(/v1/articles/([^/]+))",
                [&context](const httplib::Request& req, httplib::Response& res) {
                  const Status s = context.store->Delete(req.matches[1]);
                  if (!s.ok()) return SendError(res, HttpStatus(s), s.message());
                  SendJson(res, {{"deleted", std::string(req.matches[1])}});
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
  // Statuses httplib sets itself (404 for no route, 413, 400 for a
  // malformed request line) get the JSON error body too.
  server.set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        const std::string message = res.status == 404   ? "no route " + req.method + " " + req.path
                                    : res.status == 413 ? "the body is larger than the limit"
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
  Result<std::unique_ptr<Store>> store = Store::Open(options.db);
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
