#pragma once
// `ipt export` written record by record (JSON and JSONL through the interchange format, CSV as
// one row per entry), and the summary `ipt import` prints.
#include <memory>
#include <ostream>

#include "domain/exchange.hpp"
#include "domain/format.hpp"
#include "render/view.hpp"

namespace ipt::render {

class ExportWriter {
 public:
  virtual ~ExportWriter() = default;
  virtual void write(const domain::ExchangeRecord& r) = 0;
  virtual void finish() = 0;
};

/// json, jsonl or csv.
std::unique_ptr<ExportWriter> export_writer(std::ostream& out, domain::Format f);

/// The CSV columns of an export, in order (man ipt lists them).
const std::vector<std::string>& export_csv_columns();

const View<domain::ImportSummary>& import_summary_view();

}  // namespace ipt::render
