#pragma once
// One writer per format for each thing ipt prints. A command names the view; the format the
// user chose picks the writer, in one place (View::write) instead of a switch per command.
#include <ostream>
#include <stdexcept>
#include <string>

#include "domain/format.hpp"
#include "render/style.hpp"

namespace ipt::render {

template <typename T>
struct View {
  using TextWriter = void (*)(std::ostream&, const T&, const Style&);
  using DataWriter = void (*)(std::ostream&, const T&);

  TextWriter text = nullptr;
  DataWriter json = nullptr;
  DataWriter csv = nullptr;
  DataWriter markdown = nullptr;
  DataWriter html = nullptr;
  DataWriter jsonl = nullptr;  ///< one JSON object per line

  bool has(domain::Format f) const {
    switch (f) {
      case domain::Format::text:
        return text != nullptr;
      case domain::Format::json:
        return json != nullptr;
      case domain::Format::csv:
        return csv != nullptr;
      case domain::Format::markdown:
        return markdown != nullptr;
      case domain::Format::html:
        return html != nullptr;
      case domain::Format::jsonl:
        return jsonl != nullptr;
    }
    return false;
  }

  /// Writes `data` in format `f`. A format the view lacks is a programming error: the command
  /// table offered a format nobody wrote.
  void write(std::ostream& out, domain::Format f, const T& data, const Style& st) const {
    if (!has(f))
      throw std::logic_error("no " + std::string(domain::to_string(f)) + " writer for this view");
    switch (f) {
      case domain::Format::text:
        return text(out, data, st);
      case domain::Format::json:
        return json(out, data);
      case domain::Format::csv:
        return csv(out, data);
      case domain::Format::markdown:
        return markdown(out, data);
      case domain::Format::html:
        return html(out, data);
      case domain::Format::jsonl:
        return jsonl(out, data);
    }
  }
};

}  // namespace ipt::render
