// split, rouge, extract and group: the engine's other entry points, each
// shaped like its CLI command's JSON output (split and extract lines are
// the request layer's, concord/api.h: concord.extract parses the line
// extract_line gives, so the page's fields are named in one place).
#include <pybind11/stl.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/group_flags.h"
#include "cli/options.h"
#include "concord/api.h"
#include "concord/extract.h"
#include "concord/group.h"
#include "concord/group_stream.h"
#include "concord/rouge.h"
#include "concord/text.h"
#include "python/binding.h"

namespace py = pybind11;

namespace concord::python {
namespace {

// ROUGE of one candidate against references, each a list of sentence
// lines; `flags` are ROUGE-1.5.5's ("-n 2 -m"). Returns (measure, R, P, F).
std::vector<std::tuple<std::string, double, double, double>> Rouge(
    const std::vector<std::string>& candidate,
    const std::vector<std::vector<std::string>>& references, const std::string& flags,
    const std::string& data_dir) {
  Result<eval::RougeOptions> options = eval::ParseRougeFlags(flags);
  if (!options.ok()) throw py::value_error(options.status().message());
  Result<eval::RougeData> data =
      data_dir.empty() ? eval::LoadDebianRougeData() : eval::LoadRougeData(data_dir);
  if (!data.ok()) {
    if (options.value().stem || options.value().remove_stopwords) {
      throw InputError(data.status().message());
    }
    data = eval::RougeData{};
  }
  Result<eval::RougeScorer> scorer =
      eval::RougeScorer::Create(options.value(), std::move(data).value());
  if (!scorer.ok()) throw py::value_error(scorer.status().message());
  if (references.empty()) throw py::value_error("rouge needs at least one reference");
  Result<eval::RougeScores> scores = [&] {
    py::gil_scoped_release release;
    return scorer.value().Score(candidate, references);
  }();
  if (!scores.ok()) throw InputError(scores.status().message());
  std::vector<std::tuple<std::string, double, double, double>> out;
  for (const auto& [name, score] : scores.value().measures) {
    out.emplace_back(name, score.recall, score.precision, score.f);
  }
  return out;
}

// One line of `concord extract` (JSON Lines) for the page `path`.
py::bytes ExtractLine(const py::handle& html, const std::string& url, const std::string& path) {
  const std::string bytes = BytesOf(html, "html");
  std::string line;
  {
    py::gil_scoped_release release;
    line = api::PageJson(path, extract::ExtractPage(bytes, url)) + "\n";
  }
  return py::bytes(line);
}

// `concord group` (JSON Lines) over JSON Lines `contents` named `name`.
py::bytes Group(const py::handle& contents_object, const std::string& name,
                const std::string& window, double threshold, double duplicate_threshold,
                double merge_threshold, bool no_duplicates) {
  cli::GroupFlags flags{window, threshold, duplicate_threshold, merge_threshold, no_duplicates};
  Result<group::GroupOptions> options = cli::ToGroupOptions(flags);
  if (!options.ok()) throw py::value_error(options.status().message());
  const std::string contents = BytesOf(contents_object, "articles");
  std::string out;
  {
    py::gil_scoped_release release;
    group::StreamInput input;
    if (Status s = group::ParseStreamLines(contents, name, input); !s.ok()) {
      throw InputError(s.message());
    }
    if (Status s = group::CheckUniqueIds(input); !s.ok()) throw InputError(s.message());
    group::SortByTime(input);
    for (size_t i = 0; i < input.articles.size(); ++i) {
      input.articles[i].outlet = cli::OutletOf(input.articles[i].article, i);
    }
    const group::Grouping grouping = group::GroupStream(input.articles, options.value());
    for (const group::Story& story : grouping.stories) {
      out += cli::DumpJson(cli::StoryJson(input, story)) + "\n";
    }
  }
  return py::bytes(out);
}

}  // namespace

void RegisterTexts(py::module_& m) {
  m.def(
      "split",
      [](const py::handle& text) {
        std::string bytes = BytesOf(text, "text");
        std::string out;
        {
          py::gil_scoped_release release;
          std::vector<std::string> notes;
          if (Status s = api::SplitText(std::move(bytes), "text", /*json=*/true, &out, &notes);
              !s.ok()) {
            throw InputError(s.message());
          }
        }
        return py::bytes(out);
      },
      py::arg("text"), "What `concord split --format json` prints for `text`, as bytes.");
  m.def("rouge", &Rouge, py::arg("candidate"), py::arg("references"), py::arg("flags"),
        py::arg("data_dir") = "", "ROUGE-1.5.5 scores: [(measure, R, P, F)].");
  m.def("extract_line", &ExtractLine, py::arg("html"), py::arg("url"), py::arg("path"),
        "One line of `concord extract` for the page `path`, as bytes.");
  m.def("group_jsonl", &Group, py::arg("contents"), py::arg("name"), py::arg("window") = "72h",
        py::arg("threshold") = group::GroupOptions{}.join_threshold,
        py::arg("duplicate_threshold") = group::GroupOptions{}.duplicate_threshold,
        py::arg("merge_threshold") = group::GroupOptions{}.merge_threshold,
        py::arg("no_duplicates") = false,
        "What `concord group NAME` prints for JSON Lines `contents`, as bytes.");
}

}  // namespace concord::python
