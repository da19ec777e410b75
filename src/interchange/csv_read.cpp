#include "interchange/csv_read.hpp"

#include "domain/errors.hpp"

namespace ipt::interchange {

namespace {

class Reader {
 public:
  explicit Reader(std::string_view text) : s_(text) {}

  std::vector<CsvRow> rows() {
    std::vector<CsvRow> out;
    while (i_ < s_.size()) {
      if (end_of_line())
        continue;  // an empty line
      CsvRow row;
      row.line = line_;
      for (;;) {
        row.fields.push_back(field(row.line));
        if (i_ < s_.size() && s_[i_] == ',') {
          ++i_;
          continue;
        }
        end_of_line();  // or the end of the text
        break;
      }
      out.push_back(std::move(row));
    }
    return out;
  }

 private:
  // Consumes a line break at i_, if there is one.
  bool end_of_line() {
    if (i_ >= s_.size())
      return false;
    if (s_[i_] == '\n') {
      ++i_;
    } else if (s_[i_] == '\r' && i_ + 1 < s_.size() && s_[i_ + 1] == '\n') {
      i_ += 2;
    } else {
      return false;
    }
    ++line_;
    return true;
  }

  bool at_field_end() const {
    if (i_ >= s_.size() || s_[i_] == ',' || s_[i_] == '\n')
      return true;
    return s_[i_] == '\r' && i_ + 1 < s_.size() && s_[i_ + 1] == '\n';
  }

  std::string field(std::size_t row_line) {
    std::string out;
    if (i_ >= s_.size() || s_[i_] != '"') {
      while (!at_field_end())
        out += s_[i_++];
      return out;
    }
    ++i_;  // the opening quote
    for (;;) {
      if (i_ >= s_.size()) {
        throw UsageError(
            Errc::import_malformed,
            "a quoted field that starts on line " + std::to_string(row_line) + " is never closed",
            record(row_line));
      }
      const char c = s_[i_++];
      if (c == '"') {
        if (i_ < s_.size() && s_[i_] == '"') {
          out += '"';
          ++i_;
          continue;
        }
        break;
      }
      if (c == '\n')
        ++line_;
      out += c;
    }
    if (!at_field_end()) {
      throw UsageError(Errc::import_malformed,
                       "text after a closing quote; a quote inside a quoted field is written \"\"",
                       record(line_));
    }
    return out;
  }

  static ErrorDetail record(std::size_t line) {
    ErrorDetail d;
    d.record = "line " + std::to_string(line);
    return d;
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::size_t line_ = 1;
};

}  // namespace

std::vector<CsvRow> read_csv(std::string_view text) {
  return Reader(text).rows();
}

}  // namespace ipt::interchange
